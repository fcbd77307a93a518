"""`manage.py import_reports` on real files: created, updated, unchanged, failed."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command

from reports import questionnaire
from reports.models import ProjectReportPage
from testing.seed import SEED_EXPORT

NBSP = "\u00a0"
GOOD = f"{questionnaire.QUESTIONS_BY_KEY['tips'].label}:{NBSP}\nPlanera tidigt.\n".encode()
PERSONNUMMER = (
    f"{questionnaire.QUESTIONS_BY_KEY['tips'].label}:{NBSP}\nRing 19121212-1212.\n".encode()
)


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
        path.write_bytes(data)
        return path

    return write


def imported(name):
    return ProjectReportPage.objects.filter(source_name=name)


def test_import_creates_a_draft_with_every_answer(import_index, files):
    path = files("vaxjo_2014.txt", SEED_EXPORT.read_bytes().replace(b"saknas", b"ingen alls"))
    code, out = run(path, "--municipality", "0780")
    assert code == 0
    assert "created    " in out and "vaxjo_2014.txt: 64 answers, 8 warnings" in out
    assert "1 files: 1 created" in out
    report = imported("vaxjo_2014.txt").get()
    assert not report.live and report.has_unpublished_changes
    draft = report.get_latest_revision_as_object()
    assert draft.reference_group_composition == "ingen alls"
    assert draft.attendance_change == "Ökat ganska mycket"
    assert draft.participants_total == 25 and draft.needs_review
    assert draft.municipality.name == "Växjö"
    assert draft.title == "Slutrapport vaxjo 2014"


def test_publish_and_title(import_index, files, client):
    path = files("a.txt", GOOD)
    code, out = run(path, "--publish", "--title", "Projekt Kompassen")
    assert code == 0
    report = ProjectReportPage.objects.get(title="Projekt Kompassen")
    assert report.live and report.tips == "Planera tidigt."
    assert client.get(report.url).status_code == 200


def test_reimport_updates_the_same_report(import_index, files):
    path = files("b.txt", GOOD)
    run(path)
    code, out = run(path)
    assert "unchanged  " in out and code == 0
    path.write_bytes(GOOD.replace(b"tidigt", b"noga"))
    code, out = run(path)
    assert code == 0 and "updated    " in out
    report = imported("b.txt").get()
    assert report.get_latest_revision_as_object().tips == "Planera noga."
    assert report.revisions.count() == 2


def test_a_file_imported_before_is_unchanged(seed_report):
    """The seed export, imported (`seed_report`) under its title, imported again."""
    reports = ProjectReportPage.objects.count()
    revisions = seed_report.revisions.count()
    code, out = run(SEED_EXPORT, "--title", seed_report.title)
    assert code == 0 and out.startswith("unchanged"), out
    assert ProjectReportPage.objects.count() == reports
    assert seed_report.revisions.count() == revisions


def test_dry_run_writes_nothing(import_index, files):
    before = ProjectReportPage.objects.count()
    code, out = run(files("c.txt", GOOD), "--dry-run")
    assert code == 0 and "ok (dry run)" in out and "nothing written" in out
    assert ProjectReportPage.objects.count() == before


def test_bad_files_fail_alone_and_exit_non_zero(import_index, files):
    paths = [
        files("ok.txt", GOOD),
        files("empty.txt", b""),
        files("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
        files("noquestions.txt", b"Hej:\nsvar\n"),
        files("pnr.txt", PERSONNUMMER),
        files("ok2.txt", GOOD.replace(b"tidigt", b"sent")),
    ]
    code, out = run(*paths)
    assert code == 1
    lines = out.splitlines()
    failed = [line for line in lines if line.startswith("failed")]
    assert len(failed) == 4
    assert any("empty.txt: Filen är tom." in line for line in failed)
    assert any("pnr.txt: rad 2: Filen innehåller ett personnummer" in line for line in failed)
    assert any("image.png: Filen är inte en textfil" in line for line in failed)
    assert imported("ok.txt").exists() and imported("ok2.txt").exists()
    for name in ("empty.txt", "image.png", "noquestions.txt", "pnr.txt"):
        assert not imported(name).exists()
    assert "6 files: 2 created, 4 failed" in lines[-1]


def test_zip_of_exports(import_index, files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("rapporter/ett.txt", GOOD)
        archive.writestr("rapporter/tva.txt", GOOD.replace(b"tidigt", b"sent"))
        archive.writestr("__MACOSX/rapporter/._ett.txt", b"\x00\x05")
    code, out = run(files("alla.zip", buffer.getvalue()))
    assert code == 0 and "2 files: 2 created" in out
    assert imported("ett.txt").exists() and imported("tva.txt").exists()


def test_unknown_municipality_and_missing_file_are_operator_errors(import_index, files):
    with pytest.raises(CommandError, match="Unknown municipality code '9999'"):
        call_command("import_reports", str(files("d.txt", GOOD)), "--municipality", "9999")
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_reports", "/finns/inte.txt")


def test_one_file_is_one_transaction(import_index, files, monkeypatch):
    """A failure half-way through saving leaves no page and no revision behind."""
    from importer import importing

    def explode(*args, **kwargs):
        raise importing.UploadError("simulerat fel efter att sidan skapats")

    monkeypatch.setattr(importing, "find_available_slug", lambda *a: "halvfardig")
    original = importing.create_report_page

    def create_then_fail(*args, **kwargs):
        original(*args, **kwargs)
        explode()

    monkeypatch.setattr(importing, "create_report_page", create_then_fail)
    before = ProjectReportPage.objects.count()
    code, out = run(files("e.txt", GOOD))
    assert code == 1 and "simulerat fel" in out
    assert ProjectReportPage.objects.count() == before
    assert not ProjectReportPage.objects.filter(slug="halvfardig").exists()


def test_progress_bar_on_a_terminal_for_many_files(import_index, files, monkeypatch, capsys):
    import sys

    paths = [files(f"p{i}.txt", GOOD + str(i).encode()) for i in range(12)]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    call_command("import_reports", *map(str, paths), "--dry-run", stdout=io.StringIO())
    bar = capsys.readouterr().err
    assert "Importerar" in bar and "12/12" in bar


def test_no_progress_bar_when_output_is_not_a_terminal(import_index, files, capsys):
    paths = [files(f"p{i}.txt", GOOD + str(i).encode()) for i in range(12)]
    call_command("import_reports", *map(str, paths), "--dry-run", stdout=io.StringIO())
    assert capsys.readouterr().err == ""
