"""Requests that race: one wins, the other gets a page that says what happened, never an
error page, and nothing is done twice.

The concurrent tests run two requests at once, each in a thread with its own database
connection, on PostgreSQL (SQLite lets one writer in at a time, so nothing races there).
Each request waits for the other at a barrier once it is past the view's own checks, so
that both have seen the same state before either acts on it.
"""

import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client

from core.models import Municipality
from reports.models import ProjectReportPage
from submissions import services
from submissions.admin_views import InvitationForm
from submissions.models import Invitation, Submission
from testing.submissions import PASSWORD, accept, fill_in, invite, review_url

EMAIL = "anna@example.se"
PROJECT = "Vägen tillbaka"

CONCURRENT = (
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="two requests at once need PostgreSQL (SQLite lets one writer in at a "
        "time): run `make test-postgres`",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("database_kept"),
)


def concurrent(test):
    """Two requests at once, on PostgreSQL, with committed data (see `database_kept`)."""
    for mark in CONCURRENT:
        test = mark(test)
    return test


def empty_every_table():
    call_command(
        "flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0
    )


@pytest.fixture(scope="module")
def database_kept(django_db_setup, django_db_blocker):
    """The tests here commit, and each ends with every table emptied; its serialized
    rollback puts the migrations' data back when the next one starts. The tables are
    emptied before the first, so that each starts the same way; after the last, the
    database gets back what it held before the first (whatever the session put in it),
    for the tests that follow."""
    if connection.vendor != "postgresql":
        yield
        return
    with django_db_blocker.unblock():
        kept = connection.creation.serialize_db_to_string()
        empty_every_table()
    yield
    with django_db_blocker.unblock():
        empty_every_table()
        connection.creation.deserialize_db_from_string(kept)


def at_once(*requests):
    """Run the requests at the same time, each in a thread (a connection) of its own;
    their responses (an error in a view is a 500: see `browser`)."""
    results = [None] * len(requests)

    def run(index, request):
        try:
            results[index] = request()
        except Exception as error:  # noqa: BLE001  (an error page, reported by the test)
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def meet_after(monkeypatch, owner, name):
    """`owner.name` runs, then waits until the other request has run it too."""
    barrier = threading.Barrier(2, timeout=30)
    real = getattr(owner, name)

    def waiting(*args, **kwargs):
        result = real(*args, **kwargs)
        barrier.wait()
        return result

    monkeypatch.setattr(owner, name, waiting)


def no_error_pages(results):
    errors = [result for result in results if isinstance(result, Exception)]
    assert errors == [], errors
    assert [result.status_code for result in results if result.status_code >= 500] == []


def browser(user=None):
    """A browser of its own. An error in a request is its 500 response: a Client that
    raises would also raise the other thread's error (Django's test Client listens for
    every request's exception)."""
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def invitation_form():
    return {
        "name": "Anna Andersson",
        "email": EMAIL,
        "municipality": Municipality.objects.get(code="0780").pk,
        "project_name": PROJECT,
    }


def followed(client, response):
    return client.get(response["Location"]).content.decode()


# --- The invitation form sent twice --------------------------------------------------


def test_the_invitation_form_sent_again_invites_once(reviewer_client):
    invite(reviewer_client, email=EMAIL, project=PROJECT)
    response = reviewer_client.post("/admin/projektledare/new/", invitation_form())
    assert response.status_code == 200
    assert f"{EMAIL} är redan inbjuden till projektet {PROJECT}" in response.content.decode()
    assert Invitation.objects.filter(email=EMAIL).count() == 1
    assert len([message for message in mail.outbox if EMAIL in message.to]) == 1


@concurrent
def test_the_invitation_form_sent_twice_at_once_invites_once(editor, monkeypatch):
    meet_after(monkeypatch, InvitationForm, "clean")
    browsers = [browser(editor), browser(editor)]
    data = invitation_form()
    results = at_once(*[lambda b=b: b.post("/admin/projektledare/new/", data) for b in browsers])
    monkeypatch.undo()
    no_error_pages(results)
    assert Invitation.objects.filter(email=EMAIL).count() == 1
    assert len([message for message in mail.outbox if EMAIL in message.to]) == 1
    assert sorted(result.status_code for result in results) == [200, 302]
    refused = next(result for result in results if result.status_code == 200)
    assert f"{EMAIL} är redan inbjuden" in refused.content.decode()


# --- One link accepted twice ----------------------------------------------------------


def test_a_used_link_says_so(client, reviewer_client):
    _, link = invite(reviewer_client)
    accept(client, link)
    response = Client().post(link, {"password": PASSWORD, "password_again": PASSWORD})
    assert response.status_code == 410
    assert "Länken har redan använts" in response.content.decode()


@concurrent
def test_a_link_accepted_twice_at_once_makes_one_account(editor, monkeypatch):
    _, link = invite(browser(editor), email=EMAIL, project=PROJECT)
    meet_after(monkeypatch, services, "invitation_for_token")
    tabs = [browser(), browser()]
    form = {"password": PASSWORD, "password_again": PASSWORD}
    results = at_once(*[lambda tab=tab: tab.post(link, form) for tab in tabs])
    monkeypatch.undo()
    no_error_pages(results)
    assert sorted(result.status_code for result in results) == [302, 410]
    lost = next(result for result in results if result.status_code == 410)
    assert "Länken har redan använts" in lost.content.decode()
    assert Submission.objects.filter(invitation__email=EMAIL).count() == 1
    assert services.get_user_model().objects.filter(username=EMAIL).count() == 1


# --- A report sent in twice ------------------------------------------------------------


def test_a_report_sent_in_again_says_it_is_already_sent_in(client, leader_submission):
    fill_in(client, leader_submission)
    assert client.post(review_url(leader_submission)).status_code == 302
    response = client.post(review_url(leader_submission))
    assert response.status_code == 302
    assert "inskickad" in followed(client, response)
    assert ProjectReportPage.objects.filter(title=PROJECT).count() == 1


@concurrent
def test_a_report_sent_in_twice_at_once_is_sent_in_once(editor, reports_index, monkeypatch):
    _, link = invite(browser(editor), email=EMAIL, project=PROJECT)
    first_tab = browser()
    submission = accept(first_tab, link)
    fill_in(first_tab, submission)
    second_tab = browser(submission.leader)
    mail.outbox.clear()
    meet_after(monkeypatch, services, "step_problems")
    tabs = [first_tab, second_tab]
    results = at_once(*[lambda tab=tab: tab.post(review_url(submission)) for tab in tabs])
    monkeypatch.undo()
    no_error_pages(results)
    assert [result.status_code for result in results] == [302, 302]
    pages = [followed(tab, result) for tab, result in zip(tabs, results, strict=True)]
    assert sum("Tack! Rapporten är inskickad" in page for page in pages) == 1
    assert sum("Rapporten är redan inskickad" in page for page in pages) == 1
    assert ProjectReportPage.objects.filter(title=PROJECT).count() == 1
    report = Submission.objects.get(pk=submission.pk).report
    assert report.workflow_states.count() == 1
    receipts = [m for m in mail.outbox if EMAIL in m.to and "tagit emot" in m.subject]
    assert len(receipts) == 1
