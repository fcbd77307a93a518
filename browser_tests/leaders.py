"""Project leaders for the browser tests: an account with a fresh report, and signing in
through the sign-in page as a leader does."""

import uuid

from django.contrib.auth.models import User
from playwright.sync_api import expect

from core.models import Municipality
from submissions.models import Submission

PASSWORD = "Ett-bra-lösenord-2026"


def create_leader(django_db_blocker, title="Tillgänglighetsprojektet"):
    """(e-mail, report number) of a new leader with a fresh report in Växjö."""
    email = f"leder-{uuid.uuid4().hex[:6]}@example.se"
    with django_db_blocker.unblock():
        user = User.objects.create_user(email, email, PASSWORD)
        submission = Submission.objects.create(
            leader=user,
            municipality=Municipality.objects.get(code="0780"),
            draft={"title": title},
        )
    return email, submission.pk


def sign_in(page, email):
    page.goto("/konto/logga-in/")
    page.get_by_label("E-postadress").fill(email)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina rapporter")
