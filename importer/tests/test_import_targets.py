"""An import changes only the report it was clearly meant for (`manage.py import_reports`
on real files): renamed copies never cross municipality or project, a report found by
content alone is updated only when confirmed, nameless files are refused, and reports
sent in online or in review are never overwritten or published."""

import io
import zipfile

import pytest
from django.core.management import call_command
from wagtail.models import WorkflowState

from importer.parsing import parse_export
from reports import questionnaire
from reports.models import ProjectReportPage
from testing.factories import SubmissionFactory
from testing.submissions import review_action

NBSP = "\u00a0"
TIPS = questionnaire.QUESTIONS_BY_KEY["tips"]
GOOD = f"{TIPS.label}:{NBSP}\nPlanera tidigt.\n".encode()


def run(*args):
    out = io.StringIO()
    code = 0
    try:
        call_command("import_reports", *map(str, args), stdout=out, stderr=io.StringIO())
    except SystemExit as exit_:
        code = exit_.code
    return code, out.getvalue()


@pytest.fixture
def files(tmp_path):
    def write(name, data):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return write


def zipped(**members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def latest(report):
    return ProjectReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()


def edit_draft(report, user=None, **values):
    """An editor's change, saved as a draft revision (as "Spara utkast" does)."""
    draft = ProjectReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()
    for name, value in values.items():
        setattr(draft, name, value)
    draft.save_revision(user=user, log_action=True)


def test_renamed_copy_for_another_municipality_never_updates_the_vaxjo_report(
    vaxjo_report, own_export, files
):
    answers = parse_export(own_export).answer_count
    revisions = vaxjo_report.revisions.count()
    copy = files("ljungby_2014.txt", own_export)
    code, out = run(copy, "--municipality", "0781", "--publish")
    assert code == 0 and out.startswith("created "), out
    assert f"/ljungby_2014.txt: {answers} answers" in out, out
    # Not even a confirmed update crosses municipalities.
    other = files("alvesta_2014.txt", own_export)
    code, out = run(other, "--municipality", "0764", "--confirm-updates")
    assert code == 0 and out.startswith("created "), out
    vaxjo_report.refresh_from_db()
    assert vaxjo_report.revisions.count() == revisions
    assert latest(vaxjo_report).municipality.name == "Växjö"
    assert vaxjo_report.municipality.name == "Växjö" and vaxjo_report.live
    ljungby = ProjectReportPage.objects.get(source_name="ljungby_2014.txt")
    assert ljungby.pk != vaxjo_report.pk and ljungby.municipality.name == "Ljungby"
    assert ljungby.import_key == "ljungby_2014.txt"


def test_content_only_match_is_shown_in_the_dry_run_and_needs_confirmation(
    vaxjo_report, own_export, files, editor
):
    reports = ProjectReportPage.objects.count()
    answers = parse_export(own_export).answer_count
    edit_draft(vaxjo_report, editor, tips="Redaktionens egen text.")
    revisions = vaxjo_report.revisions.count()
    copy = files("kopia.txt", own_export)
    name = f"'{vaxjo_report.title}' (Växjö)"

    code, out = run(copy, "--dry-run")
    assert code == 0, out
    assert f"updates existing report {name}, found by content alone: needs --confirm-updates" in out
    assert f"* {TIPS.label}: ”Redaktionens egen text.” → ”" in out

    code, out = run(copy)
    assert code == 1 and out.startswith("skipped "), out
    assert f"/kopia.txt: {answers} answers" in out, out
    assert "NOT updated" in out and "--confirm-updates" in out and "1 skipped" in out
    assert vaxjo_report.revisions.count() == revisions
    assert latest(vaxjo_report).tips == "Redaktionens egen text."

    code, out = run(copy, "--confirm-updates")
    assert code == 0 and out.startswith("updated "), out
    draft = latest(vaxjo_report)
    live = ProjectReportPage.objects.get(pk=vaxjo_report.pk)  # the published version
    assert draft.tips == live.tips != "Redaktionens egen text."
    # Found by content, the report keeps the key and file it is known by.
    assert (draft.import_key, draft.source_name) == (vaxjo_report.import_key,) * 2
    assert ProjectReportPage.objects.count() == reports


def test_identical_renamed_copy_changes_nothing(vaxjo_report, own_export, files):
    reports = ProjectReportPage.objects.count()
    code, out = run(files("kopia.txt", own_export))
    assert code == 0 and out.startswith("unchanged "), out
    assert f"existing report '{vaxjo_report.title}' (Växjö), found by content alone" in out
    assert ProjectReportPage.objects.count() == reports


def test_content_match_never_crosses_projects(import_index, files):
    run(files("a.txt", GOOD), "--title", "Projekt A")
    code, out = run(files("b.txt", GOOD), "--title", "Projekt B")
    assert code == 0 and out.startswith("created"), out
    assert ProjectReportPage.objects.get(import_key="Projekt A").title == "Projekt A"
    assert latest(ProjectReportPage.objects.get(import_key="Projekt A")).title == "Projekt A"
    assert ProjectReportPage.objects.filter(title="Projekt B").count() == 1


def test_same_file_name_for_another_municipality_is_refused(import_index, files):
    run(files("vaxjo/slutrapport.txt", GOOD), "--municipality", "0780")
    report = ProjectReportPage.objects.get(import_key="slutrapport.txt")
    other = files("ljungby/slutrapport.txt", GOOD.replace(b"tidigt", b"sent"))
    code, out = run(other, "--municipality", "0781", "--publish")
    assert code == 1, out
    assert "belongs to Växjö, not Ljungby" in out
    assert latest(report).tips == "Planera tidigt." and latest(report).municipality.code == "0780"
    assert not ProjectReportPage.objects.get(pk=report.pk).live


@pytest.mark.parametrize("blank", [" ", "rapporter/ ", "\u3000", "rapporter/\u200b"])
def test_zip_member_without_a_name_never_touches_a_leaders_returned_report(
    import_index, files, editor_client, blank
):
    submission = SubmissionFactory()
    report = submission.report
    review_action(editor_client, report, "reject", "Komplettera.")
    revisions = report.revisions.count()
    code, out = run(files("alla.zip", zipped(**{blank: GOOD})), "--publish")
    assert code == 1, out
    assert out.startswith("failed") and "the file has no name" in out
    report.refresh_from_db()
    assert not report.live and report.revisions.count() == revisions
    assert report.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert latest(report).tips != "Planera tidigt."


def test_report_sent_in_online_is_never_overwritten(import_index, files, editor_client):
    submission = SubmissionFactory()
    report = submission.report
    review_action(editor_client, report, "approve")
    ProjectReportPage.objects.filter(pk=report.pk).update(import_key="anna.txt")
    revisions = report.revisions.count()
    code, out = run(files("anna.txt", GOOD), "--publish")
    assert code == 1 and "was sent in online by a project leader" in out, out
    assert report.revisions.count() == revisions
    assert latest(report).tips == f"Svar på {TIPS.key}."


def test_report_in_review_is_neither_overwritten_nor_published(import_index, files, editor):
    path = files("kronoberg.txt", GOOD)
    run(path)
    report = ProjectReportPage.objects.get(import_key="kronoberg.txt")
    report.get_workflow().start(report, editor)
    revisions = report.revisions.count()
    path.write_bytes(GOOD.replace(b"tidigt", b"noga"))
    code, out = run(path, "--publish")
    assert code == 1 and "is in the review workflow" in out, out
    report.refresh_from_db()
    assert not report.live and report.revisions.count() == revisions
    assert latest(report).tips == "Planera tidigt."
    assert report.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
