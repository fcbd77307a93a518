"""Forms read from the page and sent as a browser sends them, for the leader's tests:
what a field shows, its hidden fields (the draft's version and fingerprints, the form's
token) and the buttons, as rendered; and a page's address as a visitor opens it."""

from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Site

from testing.submissions import step_url


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def form_values(form):
    """What a browser sends for `form` (a parsed <form>) before anything is typed."""
    values = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        kind = element.get("type", "text")
        if not name or element.has_attr("disabled"):
            continue
        if element.name == "textarea":
            values[name] = element.text.removeprefix("\n")  # a browser drops the first newline
        elif element.name == "select":
            option = element.find("option", selected=True) or element.find("option")
            values[name] = option.get("value", option.text) if option else ""
        elif kind in ("radio", "checkbox"):
            if element.has_attr("checked"):
                values[name] = element.get("value", "on")
        elif kind not in ("submit", "button", "reset", "image", "file"):
            values[name] = element.get("value", "")
    return values


def step_form(client, submission, number):
    """The step's form as the page shows it: {name: value} a browser would send."""
    response = client.get(step_url(submission, number))
    assert response.status_code == 200, response.status_code
    return form_values(soup_of(response).find("form", attrs={"data-autosave": True}))


def send_step(client, submission, number, form, action="save", **typed):
    """Send a step's form (from `step_form`) with `typed` changed, pressing `action`."""
    return client.post(step_url(submission, number), {**form, **typed, "action": action})


def second_tab(client):
    """Another tab of the same browser: the same cookies, the same session."""
    tab = Client()
    tab.cookies = client.cookies
    return tab


def public_url(page):
    """The page's address on the default site (the one `Client()` requests), published
    or not: where a visitor would open it."""
    url = page.get_url(current_site=Site.objects.get(is_default_site=True))
    assert url and url.startswith("/"), url
    return url
