"""The invited leader chooses a password: Django's SetPasswordForm, through the page.

The rules are the settings' AUTH_PASSWORD_VALIDATORS, their help and messages Django's
Swedish translations; the form is read from the page and sent as a browser would.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from submissions.models import Submission
from testing.submissions import PASSWORD, invite

BUTTON = "Skapa konto och börja"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def link(reviewer_client):
    return invite(reviewer_client, email="Anna@Example.se")[1]


def password_form(client, link):
    """(form, [name of the password field, name of the repeat field]) from the page."""
    soup = soup_of(client.get(link))
    form = soup.find("button", string=BUTTON).find_parent("form")
    return form, [field["name"] for field in form.find_all("input", type="password")]


def choose(client, link, password, again=None):
    """Type a password twice (or `again` the second time) and press the button."""
    form, (first, second) = password_form(client, link)
    data = {
        field["name"]: field.get("value", "") for field in form.find_all("input", type="hidden")
    }
    data.update({first: password, second: password if again is None else again})
    return client.post(link, data)


def errors_of(response):
    """{field id: its error message} from the page, and the error summary's text."""
    soup = soup_of(response)
    errors = {
        error["id"].removesuffix("_error"): error.get_text(" ", strip=True)
        for error in soup.select(".field__error")
    }
    summary = soup.select_one('[role="alert"]')
    return errors, summary.get_text(" ", strip=True) if summary else ""


def test_the_page_asks_for_the_password_twice_with_the_rules_as_help(client, link):
    soup = soup_of(client.get(link))
    form = soup.find("button", string=BUTTON).find_parent("form")
    first, again = form.find_all("input", type="password")
    assert first["autocomplete"] == again["autocomplete"] == "new-password"
    assert form.find("label", attrs={"for": first["id"]}).get_text(" ", strip=True) == (
        "Lösenord (obligatoriskt)"
    )
    assert form.find("label", attrs={"for": again["id"]}).get_text(" ", strip=True) == (
        "Samma lösenord en gång till (obligatoriskt)"
    )
    # The settings' validators explain themselves, in Swedish, tied to the field.
    help_id = f"{first['id']}_helptext"
    assert help_id in first["aria-describedby"].split()
    help_text = soup.find(id=help_id)
    assert help_text.name != "p"  # a list in a paragraph is not HTML
    assert "Ditt lösenord måste innehålla minst 8 tecken." in help_text.get_text()
    assert "Ditt lösenord kan inte bara vara numeriskt." in help_text.get_text()


@pytest.mark.parametrize(
    "password, message",
    [
        ("kort1", "Det här lösenordet är för kort. Det måste innehålla minst 8 tecken."),
        ("12345678901", "Detta lösenord är enbart numeriskt."),
        ("password123", "Detta lösenord är alldeles för vanligt."),
        ("anna@example.se", "Ditt lösenord är alltför likt"),  # the new account's address
    ],
    ids=["short", "numeric", "common", "like-the-address"],
)
def test_weak_passwords_are_refused_with_the_validators_swedish_messages(
    client, link, password, message
):
    response = choose(client, link, password)
    assert response.status_code == 200
    errors, summary = errors_of(response)
    assert message in errors["id_password"]  # where the rules are described
    assert "Lösenordet kunde inte sparas" in summary and message in summary
    assert not Submission.objects.exists()
    assert not get_user_model().objects.filter(username="anna@example.se").exists()


def test_the_rules_are_the_settings(client, link, settings):
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 20},
        }
    ]
    help_text = soup_of(client.get(link)).find(id="id_password_helptext").get_text()
    assert "minst 20 tecken" in help_text and "numeriskt" not in help_text
    assert choose(client, link, PASSWORD).status_code == 302  # 21 characters
    assert Submission.objects.exists()


def test_mismatching_passwords_are_explained_on_the_repeat_field(client, link):
    response = choose(client, link, PASSWORD, again=PASSWORD.upper())
    errors, summary = errors_of(response)
    assert errors == {
        "id_password_again": "Lösenorden är inte likadana. Skriv samma lösenord två gånger."
    }
    assert "Lösenorden är inte likadana" in summary
    # Neither password comes back in the page.
    html = response.content.decode()
    assert PASSWORD not in html and PASSWORD.upper() not in html


def test_an_empty_form_asks_for_both(client, link):
    errors, _ = errors_of(choose(client, link, ""))
    assert errors == {
        "id_password": "Välj ett lösenord.",
        "id_password_again": "Skriv lösenordet en gång till.",
    }


def test_a_good_password_creates_the_account_signs_in_and_opens_the_report(client, link):
    response = choose(client, link, PASSWORD)
    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/mina-rapporter/{submission.pk}/"
    leader = submission.leader
    assert leader.username == leader.email == "anna@example.se"
    assert leader.check_password(PASSWORD)
    assert client.get("/mina-rapporter/").status_code == 200
