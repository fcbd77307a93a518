"""`manage.py load_demo` builds the demo site from the seed files, idempotently."""

from django.core.management import call_command
from wagtail.models import Page

from demo.loader import SEEDS_DIR, follow_up_paragraphs
from methods.models import MethodPage, SuccessFactorPage
from reports.models import ProjectReportPage


def test_load_demo_twice_creates_no_duplicates(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = Page.objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Page.objects.count() == first == 20  # root + 19 portal pages
    assert ProjectReportPage.objects.count() == 1


def test_five_success_factors_with_short_and_skl_names(demo_site):
    factors = {f.title: f.long_name for f in SuccessFactorPage.objects.live()}
    assert factors == {
        "Individcentrering": "Individcentrerat arbetssätt",
        "Koll och uppföljning": "Systematisk uppföljning av frånvaro",
        "Bemötande": "Positiva relationer mellan elev och personal",
        "Flexibilitet": "Flexibla lösningar",
        "Samverkan": "Samverkan",
    }


def test_follow_up_factor_carries_every_paragraph_of_seed_000(client, demo_site):
    seed_text = (SEEDS_DIR / "000_f03eabbffc6a3598.txt").read_text(encoding="utf-8")
    paragraphs = [" ".join(p.split()) for p in seed_text.split("\n\n") if p.strip()]
    assert paragraphs[:2] == ["Du är här", "Varför är det här viktigt?"]
    body = paragraphs[2:]
    assert len(body) == 3
    assert follow_up_paragraphs() == body

    html = client.get("/framgangsfaktorer/koll-och-uppfoljning/").content.decode()
    why = html.split("Varför är det här viktigt?</h2>", 1)[1].split("</section>", 1)[0]
    for paragraph in body:
        # Quotes in the seed are escaped in HTML; compare on the escaped text.
        assert paragraph.replace('"', "&quot;") in why or paragraph in why


def test_required_methods_exist_with_factors_and_the_seed_report(demo_site):
    expected = {
        "Coachning i grupp",
        "Individuell coachning",
        "Upplevelsebaserat lärande",
        "Kontakt via sociala medier (sms, Facebook)",
        "Särskild undervisningsgrupp för elever med autism",
        "Praktik som alternativ till skolan",
    }
    methods = MethodPage.objects.live()
    assert expected <= {m.title for m in methods}
    report = ProjectReportPage.objects.get()
    for method in methods:
        assert method.success_factors.exists(), method.title
        assert report in method.reports.all(), method.title


def test_method_page_lists_factors_and_reports(client, demo_site):
    html = client.get("/metoder/sarskild-undervisningsgrupp-autism/").content.decode()
    assert "Individcentrering" in html and "Flexibilitet" in html
    assert "Projekt som använt metoden (1)" in html
    assert "/slutrapporter/elever-med-hog-franvaro-vaxjo/" in html


def test_home_shows_featured_methods_latest_reports_and_key_figures(client, demo_site):
    html = client.get("/").content.decode()
    assert "Utvalda metoder" in html and "Coachning i grupp" in html
    assert "Fler elever genom gymnasiet" in html
    assert "<dt>Publicerade slutrapporter</dt><dd>1</dd>" in html
    assert "<dt>Kommuner</dt><dd>1</dd>" in html
    assert "<dt>Deltagare i projekten</dt><dd>25</dd>" in html


def test_featured_methods_are_in_the_home_pages_latest_revision(demo_site):
    # Editors open the latest revision; it must hold the same featured methods.
    revision_home = demo_site.get_latest_revision_as_object()
    assert [f.method.title for f in revision_home.featured_methods.all()] == [
        "Coachning i grupp",
        "Individuell coachning",
        "Kontakt via sociala medier (sms, Facebook)",
    ]


def test_ensure_demo_admin_prints_a_working_login(client, db, settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("ensure_demo_admin")
    first = capsys.readouterr().out
    call_command("ensure_demo_admin")
    assert capsys.readouterr().out == first
    password = first.split("password: ")[1].strip()
    # Signing in to the admin with the printed login works.
    response = client.post("/admin/login/", {"username": "admin", "password": password})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
