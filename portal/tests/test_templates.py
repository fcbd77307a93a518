"""The shared templates, through HTTP as a visitor uses them: forms are read from the page
and sent with what a browser would send, so a field the template names differently from
the view fails here.

- A form sent with mistakes comes back with one error summary: announced (role="alert"),
  focusable (tabindex="-1"), named by its h2, and a link to every field in error; each
  such field is marked aria-invalid and described by its error next to it.
- Every page has exactly one search landmark, with a name.

The public pages are those of the site `site_pages` builds (testing/fixtures.py).
"""

from urllib.parse import urlencode, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.test import Client

from submissions.forms import STEPS, StepForm, step_data
from submissions.models import Submission
from testing.submissions import PASSWORD, invite, step_url


def address(site_pages, where):
    """A route of the portal ("/sok/"), or a page of `site_pages` by its attribute name."""
    return where if where.startswith("/") else site_pages.url(getattr(site_pages, where))


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def form_values(form):
    """What a browser sends for the form as rendered, before anything is typed."""
    values = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            values[name] = element.text.removeprefix("\n")  # a browser drops the first newline
        elif element.name == "select":
            option = element.find("option", selected=True) or element.find("option")
            values[name] = option.get("value", option.text) if option else ""
        elif element.get("type", "text") in ("radio", "checkbox"):
            if element.has_attr("checked"):
                values[name] = element.get("value", "on")
        elif element.get("type", "text") not in ("submit", "button", "reset", "image", "file"):
            values[name] = element.get("value", "")
    return values


def send(client, url, form, typed, button=None):
    """Submit `form` of the page at `url` with the fields in `typed` changed (None: an
    unticked radio group), pressing `button` (a submit button's text) if given."""
    data = form_values(form)
    for name, value in typed.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    if button is not None:
        pressed = form.find("button", string=button)
        assert pressed is not None, f"no button {button!r}"
        if pressed.get("name"):
            data[pressed["name"]] = pressed.get("value", "")
    action = urlsplit(urljoin(url, form.get("action") or url))
    return client.post(action.path + (f"?{action.query}" if action.query else ""), data)


def form_with_button(soup, text):
    button = soup.find("button", string=text)
    assert button is not None, f"no button {text!r}"
    return button.find_parent("form")


def error_summary(soup):
    """The page's one error summary, checked for what every summary must be."""
    alerts = soup.select('[role="alert"]')
    assert len(alerts) == 1, alerts
    summary = alerts[0]
    assert summary.get("tabindex") == "-1", "the summary cannot take focus"
    heading = summary.find(["h1", "h2", "h3", "h4", "h5", "h6"])
    assert heading is not None and heading.name == "h2", heading
    assert heading.get("id") and summary.get("aria-labelledby") == heading["id"], (
        "the summary is not named by its heading"
    )
    return summary


def linked_fields(soup, summary):
    """{field id: link text} of the summary's links; each link leads to a field marked
    invalid and described by its error message, which the link repeats."""
    links = {}
    for link in summary.select("li a"):
        target_id = link["href"].removeprefix("#")
        field = soup.find(id=target_id)
        assert field is not None, f"the link {link['href']} leads nowhere"
        assert field.name in ("input", "textarea", "select"), field
        assert field.get("aria-invalid") == "true", field
        # A radio group is described on its fieldset, any other field on itself.
        owner = field if field.get("aria-describedby") else field.find_parent("fieldset")
        assert owner is not None and owner.get("aria-describedby"), field
        errors = [
            soup.find(id=token)
            for token in owner["aria-describedby"].split()
            if token.endswith("_error")
        ]
        assert len(errors) == 1 and errors[0] is not None, owner
        message = errors[0].get_text(" ", strip=True)
        assert message and message in link.get_text(" ", strip=True), (message, link)
        links[target_id] = link.get_text(" ", strip=True)
    return links


# --- Error summaries ------------------------------------------------------------------


def test_accessibility_problem_form_summarises_its_errors(site_pages):
    client, statement_url = site_pages.client, site_pages.url(site_pages.statement)
    soup = soup_of(client.get(statement_url))
    form = form_with_button(soup, "Skicka rapport")
    response = send(
        client,
        statement_url,
        form,
        {"page_address": "/sok/", "description": "", "reply_email": "inte-en-adress"},
        button="Skicka rapport",
    )
    assert response.status_code == 200
    soup = soup_of(response)
    summary = error_summary(soup)
    assert set(linked_fields(soup, summary)) == {"id_description", "id_reply_email"}
    assert soup.title.string.startswith("Fel i formuläret: ")
    # What was typed is still there.
    assert soup.find(id="id_page_address")["value"] == "/sok/"
    assert soup.find(id="id_reply_email")["value"] == "inte-en-adress"


def test_accessibility_problem_form_comes_back_to_the_form(site_pages):
    """The statement is long and the form is at its end: sent back to #rapportera."""
    page = site_pages.client.get(site_pages.url(site_pages.statement))
    form = form_with_button(soup_of(page), "Skicka rapport")
    assert urlsplit(form["action"]).fragment == "rapportera"


@pytest.fixture
def leader_client(client, editor):
    """A project leader who accepted an invitation through its page, signed in on `client`."""
    editor_client = Client()
    editor_client.force_login(editor)
    _, link = invite(editor_client)
    form = form_with_button(soup_of(client.get(link)), "Skapa konto och börja")
    passwords = [field["name"] for field in form.find_all("input", type="password")]
    response = send(client, link, form, dict.fromkeys(passwords, PASSWORD))
    assert response.status_code == 302, response.content.decode()[:3000]
    return client, Submission.objects.latest("pk")


def test_step_form_summarises_its_errors_with_links_to_fields_and_radio_groups(leader_client):
    client, submission = leader_client
    url = step_url(submission, 1)
    form = form_with_button(soup_of(client.get(url)), "Nästa steg")
    response = send(
        client,
        url,
        form,
        {"title": "", "organisation_type": None, "period_start": "förra hösten"},
        button="Nästa steg",
    )
    assert response.status_code == 200
    soup = soup_of(response)
    summary = error_summary(soup)
    links = linked_fields(soup, summary)
    # The radio group is reached through its first button.
    assert set(links) >= {"id_title", "id_organisation_type_0", "id_period_start"}
    assert "Projektets namn: Skriv projektets namn." in links["id_title"]
    assert soup.find(id="id_organisation_type_0").find_parent("fieldset").legend
    # What was typed is still there.
    assert soup.find(id="id_period_start")["value"] == "förra hösten"


@pytest.mark.parametrize("number", [1, 2, 3])
def test_step_form_renders_every_field_with_the_shared_field_include(leader_client, number):
    """One way to render a field: the step page holds exactly what includes/field.html
    makes of each of its fields (text, number, date, radio group)."""
    client, submission = leader_client
    page = " ".join(client.get(step_url(submission, number)).content.decode().split())
    step = STEPS[number - 1]
    form = StepForm(step, initial=step_data(step, submission.draft))
    for field in form:
        rendered = " ".join(render_to_string("includes/field.html", {"field": field}).split())
        assert rendered in page, field.name


def test_invitation_with_mismatching_passwords_summarises_the_error(client, editor):
    editor_client = Client()
    editor_client.force_login(editor)
    _, link = invite(editor_client)
    form = form_with_button(soup_of(client.get(link)), "Skapa konto och börja")
    first, again = [field["name"] for field in form.find_all("input", type="password")]
    response = send(
        client,
        link,
        form,
        {first: PASSWORD, again: PASSWORD + "x"},
        button="Skapa konto och börja",
    )
    assert response.status_code == 200
    soup = soup_of(response)
    summary = error_summary(soup)
    links = linked_fields(soup, summary)
    assert len(links) == 1
    (text,) = links.values()
    assert "Lösenorden är inte likadana" in text
    # Passwords are never sent back to the browser.
    assert all(not field.get("value") for field in soup.find_all("input", type="password"))


# --- Search landmarks -----------------------------------------------------------------


def search_landmarks(soup):
    return soup.select('search, [role="search"]')


def assert_one_named_search_landmark(soup):
    landmarks = search_landmarks(soup)
    assert len(landmarks) == 1, landmarks
    (landmark,) = landmarks
    name = landmark.get("aria-label") or ""
    if not name and landmark.get("aria-labelledby"):
        name = soup.find(id=landmark["aria-labelledby"]).get_text(strip=True)
    assert name.strip(), landmark
    return landmark


@pytest.mark.parametrize("query", ["", "a word of a method's title", "Växsjö"])
def test_search_page_has_one_search_landmark_its_own_form(site_pages, query):
    if query == "a word of a method's title":
        query = site_pages.method.title.split()[0]
    soup = soup_of(site_pages.client.get(f"/sok/?{urlencode({'q': query})}" if query else "/sok/"))
    landmark = assert_one_named_search_landmark(soup)
    assert landmark.find_parent("main") is not None, "the landmark is not the page's search"
    assert landmark.find("input", attrs={"name": "q"}) is not None
    # The header's box is a plain form: no name, so no "form" landmark either.
    for form in soup.find("header").find_all("form"):
        assert not form.get("role") and not form.get("aria-label"), form


@pytest.mark.parametrize(
    "where",
    [
        "home",
        "methods",
        "method",
        "factor",
        "reports",
        "report",
        "about",
        "statement",
        "/malgrupper/",
        "statistics",
        "/konto/logga-in/",
    ],
)
def test_every_other_page_has_one_named_search_landmark(site_pages, where):
    response = site_pages.client.get(address(site_pages, where))
    assert response.status_code == 200, where
    landmark = assert_one_named_search_landmark(soup_of(response))
    assert landmark.get("action") == "/sok/"


def test_not_found_page_has_one_named_search_landmark(site_pages):
    response = site_pages.client.get("/finns-inte-har/")
    assert response.status_code == 404
    assert_one_named_search_landmark(soup_of(response))
