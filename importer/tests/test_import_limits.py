"""Limits of the importer, through the admin over HTTP and `manage.py import_reports`:
zips are streamed with a limit on the total unpacked size (a zip bomb is refused early,
memory stays flat), and a file whose *name* holds a personal identity number is refused
without the number ever being shown, stored or logged."""

import io
import logging
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from importer.models import ImportBatch, ImportFile
from reports import questionnaire
from reports.models import ProjectReportPage

URL = "/admin/importera-slutrapporter/"
GOOD = f"{questionnaire.QUESTIONS_BY_KEY['tips'].label}:\u00a0\nPlanera tidigt.\n".encode()
MB = 1024 * 1024
MAX_FILE_BYTES = 2 * MB  # the importer's limit per file


def write_zip(path, members):
    """A zip on disk; each member is (name, size in MiB of zeros) or (name, bytes)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            with archive.open(name, "w") as member:
                if isinstance(content, bytes):
                    member.write(content)
                    continue
                for _ in range(content):
                    member.write(bytes(MB))
    return path


def post_measured(client, name, data, **fields):
    """POST the upload form; returns (response, peak bytes allocated during the POST)."""
    client.get(URL)  # templates and code loaded before measuring
    upload = SimpleUploadedFile(name, data, content_type="application/zip")
    tracemalloc.start()
    try:
        response = client.post(URL, {"files": [upload], **fields})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return response, peak


# --- zip bombs --------------------------------------------------------------------------


def test_admin_zip_bomb_member_is_read_only_up_to_the_file_limit(
    editor_client, import_index, tmp_path
):
    bomb = write_zip(tmp_path / "bomb.zip", [("rapport.txt", 190), ("ok.txt", GOOD)]).read_bytes()
    assert len(bomb) < MB  # 190 MiB of zeros, packed
    response, peak = post_measured(editor_client, "bomb.zip", bomb)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert peak < 3 * MAX_FILE_BYTES + 4 * MB, f"peak {peak / MB:.1f} MiB"
    batch = ImportBatch.objects.latest("pk")
    rows = {row.name: row for row in batch.files.all()}
    assert rows["bomb.zip/rapport.txt"].status == "invalid"
    assert rows["bomb.zip/rapport.txt"].error == "bomb.zip/rapport.txt: filen är större än 2 MB."
    assert bytes(rows["bomb.zip/rapport.txt"].content) == b""
    assert rows["bomb.zip/ok.txt"].status == "valid" and batch.total == 1


def test_admin_refuses_a_zip_whose_members_unpack_past_the_total_limit(
    editor_client, import_index, tmp_path
):
    members = [("ok.txt", GOOD)] + [(f"del-{n:02}.txt", 1) for n in range(52)]  # 52 MiB
    data = write_zip(tmp_path / "manga.zip", members).read_bytes()
    batches = ImportBatch.objects.count()
    response, peak = post_measured(editor_client, "manga.zip", data, publish="on")
    html = response.content.decode()
    assert response.status_code == 200
    assert "manga.zip: filerna är för stora uppackade (mer än 50 MB totalt)" in html
    assert peak < 3 * MAX_FILE_BYTES + 4 * MB, f"peak {peak / MB:.1f} MiB"
    assert ImportBatch.objects.count() == batches and not ImportFile.objects.exists()
    assert not ProjectReportPage.objects.filter(source_name="ok.txt").exists()


def test_command_applies_the_same_total_limit_before_importing_anything(
    import_index, tmp_path, settings
):
    settings.PORTAL_IMPORT_MAX_UNCOMPRESSED = 3 * MB
    path = write_zip(tmp_path / "alla.zip", [("ok.txt", GOOD), ("a.txt", 2), ("b.txt", 2)])
    with pytest.raises(CommandError, match="unpack to more than 3 MB.*MAX_UNCOMPRESSED"):
        call_command("import_reports", str(path), stdout=io.StringIO())
    assert not ProjectReportPage.objects.filter(source_name="ok.txt").exists()


# --- personal identity numbers in file names --------------------------------------------

NUMBERED = {
    "19121212-1212.txt": "19121212-****",
    "rapport-121212-1212.txt": "121212-****",
    "elev_811218 9876.txt": "811218 ****",
}
FULL_NUMBERS = ("19121212-1212", "121212-1212", "811218 9876", "8112189876")


def assert_never_shown(*texts):
    for text in texts:
        for number in FULL_NUMBERS:
            assert number not in text, (number, text)


def test_command_refuses_a_file_whose_name_holds_an_identity_number(import_index, tmp_path):
    paths = []
    for name in [*NUMBERED, "0701010241.txt", "ok.txt"]:
        paths.append(tmp_path / name)
        paths[-1].write_bytes(GOOD)
    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import_reports", *map(str, paths), stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    failed = [line for line in lines if line.startswith("failed")]
    assert len(failed) == 4 and "5 files: 1 created, 4 failed" in lines[-1]
    for masked in NUMBERED.values():
        assert any(f"Filnamnet innehåller ett personnummer ({masked})" in line for line in failed)
    assert any("0701010241" not in line and "070-101 02 41" in line for line in failed)
    assert_never_shown(out.getvalue())
    stored = list(ProjectReportPage.objects.values_list("source_name", "title", "import_key"))
    assert [row for row in stored if row[0] == "ok.txt"] == [("ok.txt", "Slutrapport ok", "ok.txt")]
    assert_never_shown(repr(stored))
    assert "0701010241" not in repr(stored)


def test_admin_refuses_names_with_identity_numbers_and_never_stores_them(
    editor_client, import_index, caplog
):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("klass/811218-9876 Anna.txt", GOOD)
        archive.writestr("klass/ok.txt", GOOD)
    uploads = [
        SimpleUploadedFile("19121212-1212.txt", GOOD),
        SimpleUploadedFile("elever.zip", buffer.getvalue()),
        SimpleUploadedFile("121212-1212.zip", buffer.getvalue()),
    ]
    with caplog.at_level(logging.DEBUG):
        response = editor_client.post(URL, {"files": uploads})
        assert response.status_code == 302
        batch = ImportBatch.objects.latest("pk")
        html = editor_client.get(f"{URL}{batch.pk}/").content.decode()
    rows = list(batch.files.values_list("name", "status", "error", "content"))
    assert [(name, status) for name, status, *_ in rows] == [
        ("19121212-****.txt", "invalid"),
        ("elever.zip/klass/811218-**** Anna.txt", "invalid"),
        ("elever.zip/klass/ok.txt", "valid"),
        ("121212-****.zip", "invalid"),
    ]
    assert all(bytes(content) == b"" for _, status, _, content in rows if status == "invalid")
    assert "19121212-****.txt: Filnamnet innehåller ett personnummer (19121212-****)" in html
    assert_never_shown(html, repr(rows), caplog.text)
