"""The admin importer: upload, dry-run preview, import (immediately or by a worker)."""

import io
import zipfile

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from importer.models import ImportBatch, ImportFile
from reports import questionnaire
from reports.models import ProjectReportPage
from testing.seed import SEED_EXPORT

NBSP = "\u00a0"
TIPS = questionnaire.QUESTIONS_BY_KEY["tips"].label
GOOD = f"{TIPS}:{NBSP}\nPlanera tidigt.\n".encode()
ODD = f"{questionnaire.QUESTIONS_BY_KEY['grades_change'].label}:{NBSP}\nVet inte\n".encode()
PNR = f"{TIPS}:{NBSP}\nRing 19121212-1212.\n".encode()
URL = "/admin/importera-slutrapporter/"


def upload(*files):
    return [SimpleUploadedFile(name, data, content_type="text/plain") for name, data in files]


def zipped(**files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def preview(client, *files, **options):
    response = client.post(URL, {"files": upload(*files), **options})
    assert response.status_code == 302, response.content.decode()[:3000]
    return ImportBatch.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def test_menu_item_and_page_for_editors(editor_client):
    html = editor_client.get(URL).content.decode()
    assert "Importera slutrapporter" in html
    assert 'type="file"' in html and "multiple" in html
    assert "Importera slutrapporter" in editor_client.get("/admin/").content.decode()


def test_users_without_the_permission_are_refused(client, db):
    user = User.objects.create_user("gast", password="x-lösen-123")
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
    client.logout()
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_preview_shows_answers_warnings_and_errors_and_writes_no_report(
    editor_client, import_index
):
    before = ProjectReportPage.objects.count()
    batch = preview(
        editor_client,
        ("seed.txt", SEED_EXPORT.read_bytes()),
        ("odd.txt", ODD),
        ("pnr.txt", PNR),
        ("alla.zip", zipped(**{"a.txt": GOOD, "tom.txt": b""})),
    )
    files = {f.name: f for f in batch.files.all()}
    assert set(files) == {"seed.txt", "odd.txt", "pnr.txt", "alla.zip/a.txt", "alla.zip/tom.txt"}
    assert files["seed.txt"].answers == 64 and len(files["seed.txt"].warnings) == 8
    assert files["odd.txt"].status == "valid" and "passar inte" in files["odd.txt"].warnings[0]
    assert files["pnr.txt"].status == "invalid" and "personnummer" in files["pnr.txt"].error
    assert bytes(files["pnr.txt"].content) == b""  # never stored
    assert files["alla.zip/tom.txt"].error == "alla.zip/tom.txt: Filen är tom."
    assert batch.total == 3 and ProjectReportPage.objects.count() == before

    html = editor_client.get(f"{URL}{batch.pk}/").content.decode()
    assert "3 filer kan importeras, 2 kan inte importeras och hoppas över." in html
    assert "Importera 3 filer" in html
    assert "pnr.txt: rad 2: Filen innehåller ett personnummer (19121212-****)" in html


def test_confirm_imports_the_valid_files(
    editor_client, import_index, django_capture_on_commit_callbacks
):
    batch = preview(editor_client, ("x1.txt", GOOD), ("x2.txt", ODD), ("x3.txt", b""))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"{URL}{batch.pk}/", {"action": "import"})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert (batch.status, batch.processed, batch.total) == ("done", 2, 2)
    statuses = dict(batch.files.values_list("name", "status"))
    assert statuses == {"x1.txt": "created", "x2.txt": "created", "x3.txt": "invalid"}
    assert not ImportFile.objects.exclude(content=b"").exists()  # bytes dropped after import
    report = ProjectReportPage.objects.get(source_name="x2.txt")
    assert not report.live
    assert report.extra_answers.get().answer == "Vet inte"
    html = editor_client.get(f"{URL}{batch.pk}/").content.decode()
    assert "Importen är klar: 2 av 2 filer bearbetade." in html
    assert f"/admin/pages/{report.pk}/edit/" in html


def test_cancel_imports_nothing(editor_client, import_index):
    batch = preview(editor_client, ("y.txt", GOOD))
    editor_client.post(f"{URL}{batch.pk}/", {"action": "cancel"})
    batch.refresh_from_db()
    assert batch.status == "cancelled"
    assert not ProjectReportPage.objects.filter(source_name="y.txt").exists()
    # A second confirm cannot start it any more.
    editor_client.post(f"{URL}{batch.pk}/", {"action": "import"})
    assert not ProjectReportPage.objects.filter(source_name="y.txt").exists()


def test_upload_without_files_keeps_the_form_with_a_swedish_error(editor_client, db):
    response = editor_client.post(URL, {"publish": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Välj minst en fil att importera." in html
    assert 'name="publish"' in html and "checked" in html


def test_large_batches_run_in_a_worker_with_visible_progress(
    editor_client, import_index, settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    batch = preview(editor_client, *[(f"z{i}.txt", GOOD + str(i).encode()) for i in range(5)])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(f"{URL}{batch.pk}/", {"action": "import"})
    html = editor_client.get(f"{URL}{batch.pk}/").content.decode()
    assert 'http-equiv="refresh"' in html
    assert "Importerade filer: 0 av 5" in html and '<progress id="import-progress" max="5"' in html
    assert not ProjectReportPage.objects.filter(source_name__startswith="z").exists()

    # The worker closes "old" connections on waking; on PostgreSQL that would close the
    # connection holding this test's transaction (SQLite keeps in-memory connections).
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    batch.refresh_from_db()
    assert (batch.status, batch.processed) == ("done", 5)
    assert ProjectReportPage.objects.filter(source_name__startswith="z").count() == 5
    assert 'http-equiv="refresh"' not in editor_client.get(f"{URL}{batch.pk}/").content.decode()


@pytest.mark.parametrize("needs_review, shown", [("true", "odd"), ("false", "good")])
def test_admin_report_listing_filters_needs_review(
    editor_client, import_index, django_capture_on_commit_callbacks, needs_review, shown
):
    from importer.importing import import_file

    import_file("good.txt", GOOD, publish=True)
    import_file("odd.txt", ODD, publish=True)
    ProjectReportPage.objects.filter(source_name="good.txt").update(needs_review=False)
    html = editor_client.get(f"/admin/slutrapporter/?needs_review={needs_review}").content.decode()
    titles = {"good": "Slutrapport good", "odd": "Slutrapport odd"}
    assert titles[shown] in html
    other = "good" if shown == "odd" else "odd"
    assert titles[other] not in html


def test_report_edit_page_shows_the_import_warnings(editor_client, import_index):
    from importer.importing import import_file

    outcome = import_file("odd.txt", ODD)
    html = editor_client.get(f"/admin/pages/{outcome.report.pk}/edit/").content.decode()
    assert "data-import-warnings" in html
    assert "Importen av odd.txt gav 1 varning." in html
    assert "passar inte frågans skala" in html
    assert 'name="needs_review"' in html
