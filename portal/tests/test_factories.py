"""The test factories build what the portal itself would: valid page trees under a site
root, pages published as editors publish them (indexed for search), imported reports
with their real import key and source, and reports sent in through the online form."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from core.content_version import current_content_version
from importer.importing import content_hash, import_file
from reports.models import ProjectReportPage
from search.models import SearchDocument
from submissions import services
from testing.factories import (
    AccessibilityStatementPageFactory,
    ImportedReportFactory,
    MethodPageFactory,
    ProjectReportPageFactory,
    StandardPageFactory,
    SubmissionFactory,
    SuccessFactorPageFactory,
    default_home,
    export_text,
    report_index,
    site_tree,
)
from testing.helpers import index, publish, site_client


def allowed_under_parent(page):
    return page.get_parent().specific_class in type(page).allowed_parent_page_models()


def test_site_tree_is_a_valid_tree_under_its_own_site_root(db):
    tree = site_tree()
    pages = [
        tree.home,
        tree.factors,
        tree.methods,
        tree.reports,
        tree.statistics,
        SuccessFactorPageFactory(parent=tree.factors),
        MethodPageFactory(parent=tree.methods),
        ProjectReportPageFactory(parent=tree.reports),
        StandardPageFactory(parent=tree.home),
        AccessibilityStatementPageFactory(parent=tree.home),
    ]
    assert tree.site.root_page.pk == tree.home.pk
    assert tree.home.get_parent().pk == Page.get_first_root_node().pk
    assert all(allowed_under_parent(page) for page in pages)
    for page in pages:
        page.full_clean()
        assert page.get_site() == tree.site
        assert site_client(tree.site).get(page.get_url(current_site=tree.site)).status_code == 200


def test_default_home_is_the_root_of_the_default_site(db):
    home = default_home()
    assert Site.objects.get(is_default_site=True).root_page.pk == home.pk
    assert default_home().pk == home.pk


def test_factory_pages_are_live_but_unindexed_until_published(db):
    tree = site_tree()
    method = MethodPageFactory(parent=tree.methods)
    assert method.live and method.live_revision is None
    assert not SearchDocument.objects.filter(page=method).exists()
    version = current_content_version()
    publish(method)
    assert method.live_revision is not None and method.first_published_at is not None
    assert SearchDocument.objects.get(page=method).title == method.title
    assert current_content_version() != version


def test_index_puts_unpublished_factory_pages_in_the_search_index(db):
    report = ProjectReportPageFactory(parent=site_tree().reports, municipality_code="1280")
    index(report)
    assert SearchDocument.objects.get(page=report).facets["municipality:1280"] == "Malmö"


def test_publishing_a_renamed_method_reindexes_the_reports_that_used_it(db):
    tree = site_tree()
    method = MethodPageFactory(parent=tree.methods, title="Gammalt namn", published=True)
    report = ProjectReportPageFactory(parent=tree.reports, methods=[method], published=True)
    assert "Gammalt namn" in SearchDocument.objects.get(page=report).keywords
    method.title = "Nytt namn"
    publish(method)
    assert "Nytt namn" in SearchDocument.objects.get(page=report).keywords


def test_relations_and_municipality_by_code(db):
    tree = site_tree()
    factor = SuccessFactorPageFactory(parent=tree.factors)
    method = MethodPageFactory(
        parent=tree.methods, success_factors=[factor], target_groups=["autism"], published=True
    )
    report = ProjectReportPageFactory(
        parent=tree.reports, municipality_code="0780", methods=[method], tags=["hög frånvaro"]
    )
    assert list(method.success_factors.all()) == [factor]
    assert [tag.name for tag in method.target_groups.all()] == ["autism"]
    assert list(method.live_revision.as_object().success_factors.all()) == [factor]
    assert (report.municipality.name, report.municipality.county.code) == ("Växjö", "07")
    assert list(report.methods.all()) == [method]
    assert [tag.name for tag in report.tags.all()] == ["hög frånvaro"]
    assert ProjectReportPageFactory(parent=tree.reports).municipality is not None


def test_imported_report_carries_its_real_import_key_and_source(db):
    report = ImportedReportFactory(name="kalmar_2017.txt", municipality_code="0880")
    assert isinstance(report, ProjectReportPage)
    assert (report.import_key, report.source_name) == ("kalmar_2017.txt", "kalmar_2017.txt")
    assert report.source_hash == content_hash(export_text(marker="Fil: kalmar_2017.txt."))
    assert report.live and report.get_parent().pk == report_index().pk
    assert report.municipality.name == "Kalmar"
    assert report.goal_achievement and report.tips.endswith("Fil: kalmar_2017.txt.")
    assert report.participants_total is not None and report.needs_review
    assert SearchDocument.objects.filter(page=report).exists()
    again = import_file("kalmar_2017.txt", export_text(marker="Fil: kalmar_2017.txt.").encode())
    assert (again.status, again.report.pk) == ("unchanged", report.pk)


def test_imported_report_takes_answers_and_can_stay_a_draft(db):
    report = ImportedReportFactory(answers={"attendance_change": "Minskat mycket"}, publish=False)
    assert report.attendance_change == "Minskat mycket"
    assert not report.live
    assert not SearchDocument.objects.filter(page=report).exists()
    with pytest.raises(TypeError):
        ImportedReportFactory.build()


def test_submission_is_sent_in_through_the_services(db):
    submission = SubmissionFactory(project_name="Vägen framåt", answers={"tips": "Börja tidigt."})
    report = submission.report.specific
    leader = submission.leader
    assert submission.invitation.accepted_at is not None
    assert leader.groups.filter(name=services.LEADERS_GROUP).exists()
    assert not leader.is_staff
    assert services.submission_status(submission) == services.SUBMITTED
    assert (report.title, report.tips, report.owner) == ("Vägen framåt", "Börja tidigt.", leader)
    assert report.municipality.code == "0780" and not report.live
    assert report.get_parent().pk == report_index().pk
    state = report.current_workflow_state
    assert state.workflow.name == services.WORKFLOW_NAME
    assert (
        Group.objects.get(name=services.EDITORS_GROUP)
        in state.current_task_state.task.specific.groups.all()
    )


def test_submission_can_stop_before_sending_in(db):
    submission = SubmissionFactory(sent_in=False)
    assert submission.report is None
    assert services.submission_status(submission) == services.DRAFT
    assert services.step_problems(submission) == []
