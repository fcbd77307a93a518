"""A batch import with a mapping file (`--mapping archive.csv`, and the admin importer's
second upload): each report under its workshop (made when missing) with its kind and
date, a permanent redirect from its old address; a dry run that says so; bad mapping
input refused whole; a second run changes nothing."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from importer.models import ImportBatch
from reports.models import ProjectReportPage
from testing.factories import export_text
from testing.workshop_factories import WorkshopIndexPageFactory, WorkshopPageFactory
from workshops.models import WorkshopPage

HEADER = "file,workshop,municipality,kind,date,old_url"
OLD = "/projektet/projektverkstader/rottne-smv/delrapport%20mars-2015"
ROWS = [
    f"rottne_mars.txt,Rottne,Växjö,delrapport,2015-03-31,http://www.pluginnovation.se{OLD}",
    "ljungby_ny.txt,Ljungby nya,0781,,2016-06-30,",
]
TEXTS = {
    "rottne_mars.txt": export_text(marker="Rottne mars."),
    "ljungby_ny.txt": "Utvärderingsrapport\n" + export_text(marker="Ljungby ny."),
    "utan_rad.txt": export_text(marker="Utan rad."),
}
URL = "/admin/importera-slutrapporter/"


@pytest.fixture
def rottne(import_index):
    """The workshop index and the workshop Rottne in Växjö (the old site's rottne-smv)."""
    workshops = WorkshopIndexPageFactory(parent=import_index.get_parent(), published=True)
    return WorkshopPageFactory(
        parent=workshops,
        title="Rottne",
        old_slug="rottne-smv",
        municipality_codes=["0780"],
        published=True,
    )


@pytest.fixture
def files(rottne, tmp_path):
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def mapping_file(tmp_path, rows=ROWS, header=HEADER, bom=True):
    path = tmp_path / "archive.csv"
    path.write_text(("\ufeff" if bom else "") + "\n".join([header, *rows]) + "\n", "utf-8")
    return str(path)


def run(*args):
    out = StringIO()
    call_command("import_reports", *args, stdout=out)  # exit code 1 would raise
    return out.getvalue()


def snapshot():
    return (
        Page.objects.count(),
        Redirect.objects.count(),
        sorted(ProjectReportPage.objects.values_list("pk", "latest_revision_id")),
    )


def test_dry_run_says_what_each_file_will_do_and_writes_nothing(files, tmp_path):
    before = snapshot()
    out = run("--dry-run", "--mapping", mapping_file(tmp_path), *files)
    assert snapshot() == before
    assert f"> under workshop 'Rottne' (Växjö), delrapport, 2015-03-31, redirect from {OLD}" in out
    assert "> under new workshop 'Ljungby nya' (Ljungby), utvardering, 2016-06-30" in out
    assert out.count("new report") == 3 and out.count("\n           > ") == 2  # no row: as today


def test_import_places_each_report_and_redirects_its_old_address(files, rottne, tmp_path):
    out = run("--publish", "--mapping", mapping_file(tmp_path), *files)
    assert out.count("created    ") == 3, out
    spring = ProjectReportPage.objects.get(import_key="rottne_mars.txt")
    assert spring.get_parent().pk == rottne.pk
    assert (spring.kind, str(spring.report_date), spring.municipality.name) == (
        "delrapport",
        "2015-03-31",
        "Växjö",
    )
    ljungby = ProjectReportPage.objects.get(import_key="ljungby_ny.txt")
    workshop = WorkshopPage.objects.get(title="Ljungby nya")
    assert ljungby.get_parent().pk == workshop.pk and workshop.live
    assert [m.code for m in workshop.municipalities.all()] == ["0781"]
    assert (ljungby.kind, ljungby.municipality.code) == ("utvardering", "0781")
    plain = ProjectReportPage.objects.get(import_key="utan_rad.txt")
    assert plain.get_parent().specific_class.__name__ == "ReportIndexPage"
    redirect = Redirect.objects.get(redirect_page=spring)
    assert redirect.is_permanent and redirect.old_path == OLD
    response = Client().get(OLD.replace("%20", " ") + "/")
    assert response.status_code == 301 and response["Location"].endswith(spring.url)

    before = snapshot()
    again = run("--publish", "--mapping", mapping_file(tmp_path), *files)
    assert again.count("unchanged  ") == 3, again
    assert snapshot() == before
    assert WorkshopPage.objects.filter(title="Ljungby nya").count() == 1


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        ("file,workshop,kommun,kind,date,old_url", ROWS, "row 1: unknown header"),
        (HEADER, [*ROWS, ROWS[0]], "row 4: file 'rottne_mars.txt' is already named on row 2"),
        (HEADER, [*ROWS, "saknas.txt,X,Växjö,,,"], "row 4: file 'saknas.txt' is not among"),
        (HEADER, ["rottne_mars.txt,Rottne,Atlantis,,,"], "row 2: unknown municipality 'Atlantis'"),
        (HEADER, ["rottne_mars.txt,Rottne,Växjö,rapport,,"], "row 2: unknown kind 'rapport'"),
        (HEADER, ["rottne_mars.txt,Rottne,Växjö,,2015-13-01,"], "row 2: bad date '2015-13-01'"),
        (HEADER, ["rottne_mars.txt,Rottne 19121212-1212,Växjö,,,"], "row 2: holds a personnummer"),
        (HEADER, ["rottne_mars.txt,Rottne,Växjö,,,/x/121212-1212"], "(121212-****)"),
    ],
)
def test_bad_mapping_input_is_refused_and_nothing_is_written(
    files, tmp_path, header, rows, message
):
    before = snapshot()
    with pytest.raises(CommandError, match="mapping file") as refused:
        call_command("import_reports", "--mapping", mapping_file(tmp_path, rows, header), *files)
    assert message in str(refused.value)
    assert "1212-1212" not in str(refused.value)
    assert snapshot() == before


# --- The admin importer ------------------------------------------------------------


def upload(client, mapping=None, names=("rottne_mars.txt", "ljungby_ny.txt", "utan_rad.txt")):
    data = {"files": [SimpleUploadedFile(name, TEXTS[name].encode()) for name in names]}
    if mapping is not None:
        data["mapping"] = SimpleUploadedFile("archive.csv", mapping.encode("utf-8-sig"))
    data["publish"] = "on"
    return client.post(URL, data)


def test_admin_mapping_preview_and_import(
    editor_client, rottne, django_capture_on_commit_callbacks
):
    response = upload(editor_client, "\n".join([HEADER, *ROWS]))
    assert response.status_code == 302, response.content.decode()[:2000]
    batch = ImportBatch.objects.get()
    html = editor_client.get(f"{URL}{batch.pk}/").content.decode()
    assert "Ny rapport under projektverkstaden ”Rottne” (Växjö), delrapport, 2015-03-31" in html
    assert f"omdirigering från {OLD}" in html
    assert "under ny projektverkstad ”Ljungby nya” (Ljungby), utvardering" in html
    assert not WorkshopPage.objects.filter(title="Ljungby nya").exists()
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(f"{URL}{batch.pk}/", {"action": "import"})
    assert sorted(batch.files.values_list("status", flat=True)) == ["created"] * 3
    spring = ProjectReportPage.objects.get(import_key="rottne_mars.txt")
    assert spring.get_parent().pk == rottne.pk and spring.kind == "delrapport"
    assert Redirect.objects.get(old_path=OLD).redirect_page_id == spring.pk

    before = snapshot()
    upload(editor_client, "\n".join([HEADER, *ROWS]))
    again = ImportBatch.objects.order_by("-pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(f"{URL}{again.pk}/", {"action": "import"})
    assert sorted(again.files.values_list("status", flat=True)) == ["unchanged"] * 3
    assert snapshot() == before


def test_admin_bad_mapping_is_refused_in_swedish(editor_client, rottne):
    response = upload(editor_client, "\n".join([HEADER, "rottne_mars.txt,Rottne,Atlantis,,,"]))
    assert response.status_code == 200
    assert "Mappningsfilen, rad 2: okänd kommun ”Atlantis”" in response.content.decode()
    assert not ImportBatch.objects.exists()
    response = upload(editor_client, "\n".join([HEADER, *ROWS]), names=["rottne_mars.txt"])
    assert "rad 3: filen ”ljungby_ny.txt” finns inte bland filerna" in response.content.decode()
    assert not ImportBatch.objects.exists()
