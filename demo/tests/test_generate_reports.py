"""manage.py generate_reports: realistic synthetic reports for benchmarks and load tests."""

import pytest
from django.core.management import CommandError, call_command

from reports.models import ProjectReportPage
from search.params import SearchParams
from search.selectors import run_search


def test_generates_published_varied_reports_across_municipalities(demo_site, capsys):
    call_command("generate_reports", 12, seed=3)
    reports = ProjectReportPage.objects.filter(import_key__startswith="synthetic-")
    assert reports.count() == 12
    assert all(report.live for report in reports)
    # One municipality after the other, in code order: 12 different ones.
    assert reports.values("municipality").distinct().count() == 12
    assert reports.values("organisation_type").distinct().count() == 2
    report = reports.first()
    assert report.methods.exists() and report.tags.exists()
    assert report.goal_achievement and report.goal_results
    assert report.participants_girls + report.participants_boys == report.participants_total
    assert "Created 12 synthetic reports" in capsys.readouterr().out
    # Indexed for search at once.
    outcome = run_search(SearchParams(filters={"type": ("report",)}))
    assert outcome.total == 13  # with the seed report


def test_running_again_adds_more(demo_site):
    call_command("generate_reports", 2, verbosity=0)
    call_command("generate_reports", 3, verbosity=0)
    reports = ProjectReportPage.objects.filter(import_key__startswith="synthetic-")
    assert reports.count() == 5
    assert len(set(reports.values_list("slug", flat=True))) == 5


def test_count_must_be_positive(demo_site):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_reports", 0)
