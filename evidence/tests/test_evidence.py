"""Evidence panels, statistics, comparison and similar projects, checked against reports
counted by hand (conftest.py): three published reports of a test method, one of the other
method of its success factor, a draft and an unpublished one that must never count."""

import pytest
from bs4 import BeautifulSoup

from core.content_version import current_content_version
from evidence.aggregates import evidence_for, factor_evidence, method_evidence, statistics
from evidence.opendata import question_schema
from reports import questionnaire
from reports.selectors import published_reports
from testing.factories import MethodPageFactory
from testing.helpers import publish_report, result_titles


def bars(distribution):
    return {bar.value: bar.count for bar in distribution.bars if bar.count}


def outcome(evidence, key):
    return next(d for d in evidence.outcomes if d.key == key)


def test_method_evidence_counts_published_reports_only(method, reports):
    evidence = method_evidence(method, current_content_version())
    assert (evidence.reports, evidence.municipalities, evidence.counties) == (3, 3, 2)
    assert (evidence.participants, evidence.girls, evidence.boys) == (30, 16, 14)
    assert evidence.reports_with_participants == 2
    attendance = outcome(evidence, "attendance_change")
    assert bars(attendance) == {"Ökat mycket": 2, "Minskat mycket": 1}
    assert (attendance.answered, attendance.unanswered) == (3, 0)
    assert [bar.percent for bar in attendance.bars if bar.count] == [67, 33]
    # "Har ej mätt" is an answer; a report without an answer is counted apart.
    kia = outcome(evidence, "kia_mapping_change")
    assert bars(kia) == {"Har ej mätt": 1}
    assert (kia.answered, kia.unanswered) == (1, 2)
    goal = outcome(evidence, "goal_achievement")
    assert bars(goal) == {
        "Vi har överträffat målsättningarna": 1,
        "Vi har uppnått målsättningarna": 1,
    }


def test_each_bar_links_to_exactly_the_reports_behind_it(site_pages, method, reports):
    attendance = outcome(method_evidence(method, current_content_version()), "attendance_change")
    bar = next(bar for bar in attendance.bars if bar.value == "Ökat mycket")
    titles = result_titles(site_pages.client.get(bar.url).content.decode())
    assert sorted(titles) == ["Lund-projektet", "Malmö-projektet"]


def test_factor_evidence_counts_each_report_once(site_pages, method, reports):
    # The test method and the site's other method support the factor. Malmö used both;
    # Växjö used the other method only.
    evidence = factor_evidence(site_pages.factor, current_content_version())
    assert evidence.reports == 4
    assert evidence.participants == 30 + 25


def test_a_new_publication_updates_cached_figures(method, reports, build_report):
    assert method_evidence(method, current_content_version()).reports == 3
    build_report("Ännu ett", municipality="0184", methods=["test"])
    assert method_evidence(method, current_content_version()).reports == 4


def test_no_reports_gives_empty_figures(db):
    evidence = evidence_for(published_reports().filter(title="finns inte"))
    assert evidence.reports == 0
    assert all(d.answered == 0 and d.largest == 0 for d in evidence.outcomes)


def test_method_page_shows_the_panel_with_n_and_the_caveat(site_pages, method, reports):
    html = site_pages.client.get(site_pages.url(method)).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    panel = soup.find("section", class_="evidence")
    text = " ".join(panel.get_text(" ").split())
    assert "3 publicerade slutrapporter från 3 kommuner i 2 län" in text
    assert "30 deltagare (16 tjejer, 14 killar) i de 2 rapporter som angav antal" in text
    assert "Självrapporterat" in text and "inte att det orsakade resultatet" in text
    chart = panel.find("figure", attrs={"aria-labelledby": "metod-attendance_change-caption"})
    assert "n = 3 rapporter svarade" in chart.get_text(" ")
    link = next(a for a in chart.find_all("a") if a.get_text().startswith("Ökat mycket"))
    row = link.find_parent("li")
    assert row.find(class_="chart__figure").get_text() == "2 (67\xa0%)"
    assert row.find("rect", class_="chart__fill")["width"] == "67%"
    table = chart.find("table")
    row_heads = [th.get_text() for th in table.find_all("th", scope="row")]
    assert row_heads[0] == "Ökat mycket" and "Inget svar" not in row_heads  # all answered
    assert table.find("caption").get_text().startswith("Hur har närvaron utvecklats")


def test_statistics_filters_follow_the_reports(method, reports):
    version = current_content_version()
    everything = statistics({}, version)
    assert everything.evidence.reports == 4  # the four published
    assert everything.county_counts == {"12": 2, "01": 1, "07": 1}
    skane = statistics({"county": "12"}, version)
    assert skane.evidence.reports == 2
    assert bars(outcome(skane.evidence, "attendance_change")) == {"Ökat mycket": 2}
    assert statistics({"county": "12", "org": "school"}, version).evidence.reports == 1
    assert statistics({"tag": "autism"}, version).evidence.reports == 2  # Malmö + Växjö
    assert statistics({"round": "plugin2"}, version).evidence.reports == 2
    competence = next(
        d for d in everything.evidence.organisation if d.key == "org_staff_competence"
    )
    # Malmö, Lund and Växjö: "I stor utsträckning"; Solna: "Inte alls".
    assert bars(competence) == {"I stor utsträckning": 3, "Inte alls": 1}
    assert competence.unanswered == 0


def test_statistics_page_state_is_in_the_url(site_pages, reports):
    statistics_url = site_pages.url(site_pages.statistics)
    response = site_pages.client.get(statistics_url, {"county": "12", "tag": "autism"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="12" selected>Skåne län</option>' in html
    assert '<div class="figure"><dt>Slutrapporter</dt><dd>1</dd></div>' in html
    assert 'href="/oppna-data/slutrapporter.csv?county=12&amp;tag=autism"' in html
    # Bars link to the search with the same filters.
    assert "/sok/?type=report&amp;county=12&amp;tag=autism&amp;answer=" in html


def test_statistics_page_headings_are_the_questionnaire_sections(site_pages, reports):
    response = site_pages.client.get(site_pages.url(site_pages.statistics))
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [h2.get_text() for h2 in soup.find_all("h2")]
    assert "Resultat för målgruppen" in headings
    assert "Effekter på organisationen" in headings
    assert "Strukturella resultat och samverkan" in headings
    titles = [h3.get_text() for h3 in soup.find_all("h3", class_="chart__title")]
    assert "I vilken utsträckning har projektet lett till:" in titles
    assert "I vilken utsträckning stämmer följande påståenden?" in titles


def test_unknown_filter_value_is_named_and_left_out(site_pages, reports):
    params = {"county": "99", "org": "school"}
    html = site_pages.client.get(site_pages.url(site_pages.statistics), params).content.decode()
    assert "Län: värdet ”99” finns inte och användes inte." in html
    assert '<div class="figure"><dt>Slutrapporter</dt><dd>3</dd></div>' in html  # school only


def test_county_grid_names_every_county_and_links_its_reports(site_pages, reports):
    response = site_pages.client.get(site_pages.url(site_pages.statistics))
    soup = BeautifulSoup(response.content, "html.parser")
    grid = soup.find("svg", class_="county-grid")
    labels = [link["aria-label"] for link in grid.find_all("a")]
    assert len(labels) == 21
    assert "Skåne län: 2 slutrapporter" in labels and "Gotlands län: 0 slutrapporter" in labels
    skane = grid.find("a", attrs={"aria-label": "Skåne län: 2 slutrapporter"})
    assert skane["href"] == "/sok/?type=report&county=12"


def test_compare_two_methods_side_by_side(site_pages, method, reports):
    other = site_pages.other_method
    html = site_pages.client.get(
        "/jamfor-metoder/", {"metod": [method.slug, other.slug]}
    ).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    rows = soup.find("table", class_="compare-table").find("tbody").find_all("tr")
    cells = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in rows]
    assert cells[0][:4] == ["Testmetod", "3", "3", "2"]
    assert cells[1][:2] == [other.title, "2"]  # Växjö + Malmö
    assert len(soup.find_all("figure", class_="chart")) == 10  # 5 outcomes x 2 methods


@pytest.mark.parametrize(
    "methods, message",
    [
        (["testmetod"], "Välj minst en metod till"),
        (["testmetod", "finns-inte"], "finns inte längre"),
        (
            ["testmetod", "first", "other", "third", "fourth"],
            "Du valde 5 metoder. Jämförelsen visar de fyra första.",
        ),
    ],
)
def test_compare_explains_what_is_wrong_and_keeps_the_choice(site_pages, method, methods, message):
    # Besides the test method: the site's two methods and two more, named by role.
    built = {"first": site_pages.method, "other": site_pages.other_method}
    for role in ("third", "fourth"):
        built[role] = MethodPageFactory(parent=site_pages.methods, published=True)
    slugs = [built[role].slug if role in built else role for role in methods]
    html = site_pages.client.get("/jamfor-metoder/", {"metod": slugs}).content.decode()
    assert message in html
    assert 'value="testmetod" checked' in html


def test_similar_projects_share_what_matters_and_never_drafts(site_pages, reports):
    html = site_pages.client.get(site_pages.url(reports["malmo"])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "similar-heading"})
    titles = [h3.get_text(strip=True) for h3 in section.find_all("h3")]
    assert "Utkastet" not in titles and "Det tillbakadragna" not in titles
    assert "Malmö-projektet" not in titles
    lund = section.find("a", string="Lund-projektet").find_parent("li")
    reasons = [li.get_text() for li in lund.find_all("li")]
    assert reasons[0] == "Samma metod: Testmetod"
    assert "Samma län: Skåne län" in reasons


def test_dont_know_is_counted_as_an_answer_in_statistics_and_open_data(site_pages):
    """The extent answer "Vet ej" (found in real exports) has its bar and counts as
    answered, like "Har ej mätt"; the open data's question schema lists it."""
    dont_know = questionnaire.EXTENT.dont_know
    report = publish_report(
        "Vet ej-projektet", parent=site_pages.reports, org_staff_competence=dont_know
    )
    evidence = evidence_for(published_reports().filter(pk=report.pk), details=True)
    competence = next(d for d in evidence.organisation if d.key == "org_staff_competence")
    assert bars(competence) == {dont_know: 1}
    assert (competence.answered, competence.unanswered) == (1, 0)
    assert competence.bars[-1].value == dont_know
    schema = {question["key"]: question for question in question_schema()}
    assert schema["org_staff_competence"]["values"] == list(questionnaire.EXTENT.values)
