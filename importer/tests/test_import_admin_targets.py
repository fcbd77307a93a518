"""The admin importer over HTTP changes only the report an upload was clearly meant for:
the preview lists a report found by content alone ("Uppdaterar befintlig rapport …") with
what will change, and the import button confirms it; renamed copies for another
municipality and nameless zip members never touch an existing report."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import WorkflowState

from core.models import Municipality
from importer.models import ImportBatch
from reports import questionnaire
from reports.models import ProjectReportPage
from testing.factories import SubmissionFactory
from testing.submissions import review_action

URL = "/admin/importera-slutrapporter/"
TIPS = questionnaire.QUESTIONS_BY_KEY["tips"]
GOOD = f"{TIPS.label}:\u00a0\nPlanera tidigt.\n".encode()


def preview(client, files, **fields):
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    response = client.post(URL, {"files": uploads, **fields})
    assert response.status_code == 302, response.content.decode()[:3000]
    batch = ImportBatch.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])
    return batch, client.get(f"{URL}{batch.pk}/").content.decode()


def confirm(client, batch, capture):
    with capture(execute=True):
        response = client.post(f"{URL}{batch.pk}/", {"action": "import"})
    assert response.status_code == 302
    batch.refresh_from_db()
    return batch


def latest(report):
    return ProjectReportPage.objects.get(pk=report.pk).get_latest_revision_as_object()


def test_preview_shows_the_report_found_by_content_and_the_button_confirms_it(
    editor_client, vaxjo_report, own_export, editor, django_capture_on_commit_callbacks
):
    reports = ProjectReportPage.objects.count()
    draft = vaxjo_report.get_latest_revision_as_object()
    draft.tips = "Redaktionens egen text."
    draft.save_revision(user=editor)
    batch, html = preview(editor_client, [("kopia.txt", own_export)])
    row = batch.files.get()
    assert (row.status, row.report_id) == ("confirm", vaxjo_report.pk)
    assert f"Uppdaterar befintlig rapport ”{vaxjo_report.title}” (Växjö)" in html
    imported_tips = "”Planera med skolan från första dagen."
    assert f"<li>{TIPS.label}: ”Redaktionens egen text.” → {imported_tips}" in html
    assert "Importera 1 fil och uppdatera 1 befintlig rapport" in html
    assert latest(vaxjo_report).tips == "Redaktionens egen text."  # nothing written yet

    batch = confirm(editor_client, batch, django_capture_on_commit_callbacks)
    assert batch.files.get().status == "updated"
    live = ProjectReportPage.objects.get(pk=vaxjo_report.pk)
    assert latest(vaxjo_report).tips == live.tips != "Redaktionens egen text."
    assert latest(vaxjo_report).import_key == vaxjo_report.import_key
    assert ProjectReportPage.objects.count() == reports


def test_renamed_copy_for_another_municipality_creates_its_own_report(
    editor_client, vaxjo_report, own_export, django_capture_on_commit_callbacks
):
    revisions = vaxjo_report.revisions.count()
    ljungby = Municipality.objects.get(code="0781")
    batch, html = preview(
        editor_client,
        [("ljungby_2014.txt", own_export)],
        municipality=ljungby.pk,
        publish="on",
    )
    assert batch.files.get().report is None
    assert "Uppdaterar" not in html and "Importera 1 fil</button>" in html
    batch = confirm(editor_client, batch, django_capture_on_commit_callbacks)
    created = batch.files.get()
    assert created.status == "created" and created.report_id != vaxjo_report.pk
    assert created.report.municipality == ljungby and created.report.live
    vaxjo_report.refresh_from_db()
    assert vaxjo_report.revisions.count() == revisions
    assert latest(vaxjo_report).municipality.name == "Växjö"


def test_nameless_zip_member_never_overwrites_or_publishes_a_leaders_report(
    editor_client, import_index, django_capture_on_commit_callbacks
):
    report = SubmissionFactory().report
    review_action(editor_client, report, "reject", "Komplettera.")
    revisions = report.revisions.count()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(" ", GOOD)
        archive.writestr("ok.txt", GOOD.replace(b"tidigt", b"sent"))
    batch, html = preview(editor_client, [("alla.zip", buffer.getvalue())], publish="on")
    rows = {row.name: row for row in batch.files.all()}
    assert rows["alla.zip/ "].status == "invalid" and not rows["alla.zip/ "].content
    assert "Filen saknar namn" in rows["alla.zip/ "].error and "Filen saknar namn" in html
    confirm(editor_client, batch, django_capture_on_commit_callbacks)
    report.refresh_from_db()
    assert not report.live and report.revisions.count() == revisions
    assert report.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert ProjectReportPage.objects.filter(source_name="ok.txt", live=True).exists()


def test_report_in_review_is_refused_in_the_preview(editor_client, import_index, editor):
    from importer.importing import import_file

    report = import_file("kronoberg.txt", GOOD).report
    report.get_workflow().start(report, editor)
    batch, html = preview(
        editor_client, [("kronoberg.txt", GOOD.replace(b"tidigt", b"noga"))], publish="on"
    )
    assert batch.files.get().status == "invalid" and batch.total == 0
    assert f"Rapporten ”{report.title}” (utan kommun) är i granskningsflödet" in html
