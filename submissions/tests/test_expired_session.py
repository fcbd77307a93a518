"""Text typed when the session had run out (issue 11, item 10): kept only for the leader
whose form it is, for their own report, at most 256 KB, for hours, never an identity
number; anonymous POSTs never fill a session. Through HTTP, as the browser sends it."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from submissions import stash
from submissions.models import Submission
from submissions.tests.browser_like import send_step, step_form
from testing.submissions import PASSWORD, accept, invite, step_url

GOALS = 3
HUGE = "Långt svar! " * 200_000  # 2.4 MB


@pytest.fixture
def leader(leader_submission):
    return leader_submission


def session_ran_out():
    """The server forgets every session (expired, or the store emptied); the browser
    still sends its cookie."""
    Session.objects.all().delete()


def sign_in(client, email="anna@example.se"):
    response = client.post("/konto/logga-in/", {"username": email, "password": PASSWORD})
    assert response.status_code == 302


def stored_sessions():
    return [session.get_decoded() for session in Session.objects.all()]


def raw_sessions():
    return "".join(session.session_data for session in Session.objects.all())


def test_anonymous_posts_never_fill_the_session(leader):
    visitor = Client()
    for number, field in [
        (1, "summary"),
        (3, "goal_results"),
        (5, "org_examples"),
        (7, "learning"),
    ]:
        response = visitor.post(
            step_url(leader, number), {field: HUGE, "form_token": "made-up", "action": "next"}
        )
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    response = visitor.post(step_url(leader, GOALS), {"goal_results": "x", "action": "autosave"})
    assert response.status_code == 401 and response.json()["kept"] is False
    assert not Session.objects.filter(session_data__contains="report_input").exists()
    assert sum(len(session.session_data) for session in Session.objects.all()) < 1000


def test_another_reports_form_token_keeps_nothing(client, reviewer_client, leader):
    """A leader's token, posted to someone else's report, is not the form of that report."""
    form = step_form(client, leader, GOALS)
    _, link = invite(reviewer_client, email="bo@example.se", project="Annat projekt")
    other = accept(Client(), link)
    attacker = Client()
    response = send_step(attacker, other, GOALS, form, goal_results="Inskjuten text.")
    assert response.status_code == 302
    assert "Inskjuten" not in str(stored_sessions())


def test_the_leaders_form_is_kept_for_hours_and_saved_after_signing_in(client, leader):
    form = step_form(client, leader, GOALS)
    session_ran_out()
    response = send_step(client, leader, GOALS, form, "next", goal_results="Skrivet sent.")
    assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    [kept] = stored_sessions()
    [entry] = kept[stash.STASH].values()
    assert set(entry["values"]) <= {"goal_achievement", "goal_results", *stash_state()}
    assert "csrfmiddlewaretoken" not in entry["values"] and "action" not in entry["values"]
    expires = Session.objects.get().expire_date - timezone.now()
    assert expires <= timedelta(hours=stash.STASH_HOURS)  # hours, not 14 days

    sign_in(client)
    page = client.get(step_url(leader, GOALS)).content.decode()
    assert "Det du skrev innan du loggades ut är sparat i utkastet." in page
    assert "Skrivet sent." in page
    assert Submission.objects.get(pk=leader.pk).draft["goal_results"] == "Skrivet sent."
    [signed_in] = stored_sessions()
    assert stash.STASH not in signed_in
    assert Session.objects.get().expire_date - timezone.now() > timedelta(days=1)


def stash_state():
    return {"draft_version", "draft_base", "choose_goal_results", "choose_goal_achievement"}


def test_an_identity_number_is_never_written_to_the_session(client, leader):
    form = step_form(client, leader, GOALS)
    session_ran_out()
    send_step(client, leader, GOALS, form, goal_results="Eleven 19121212-1212 slutade.")
    assert "19121212" not in str(stored_sessions()) and "19121212" not in raw_sessions()
    sign_in(client)
    page = client.get(step_url(leader, GOALS)).content.decode()
    assert "Text som var för lång eller innehöll ett personnummer sparades inte." in page
    assert "19121212" not in str(Submission.objects.get(pk=leader.pk).draft)


def test_the_kept_form_is_capped(client, leader):
    form = step_form(client, leader, GOALS)
    session_ran_out()
    send_step(client, leader, GOALS, form, goal_results=HUGE)
    assert sum(len(session.session_data) for session in Session.objects.all()) < 256 * 1024
    assert "Långt svar" not in str(stored_sessions())


def test_someone_else_signing_in_on_the_same_browser_gets_nothing(client, reviewer_client, leader):
    _, link = invite(reviewer_client, email="bo@example.se", project="Bos projekt")
    accept(Client(), link)
    form = step_form(client, leader, GOALS)
    session_ran_out()
    send_step(client, leader, GOALS, form, goal_results="Annas text.")
    sign_in(client, "bo@example.se")
    assert client.get("/mina-rapporter/").status_code == 200
    assert "Annas text." not in str(stored_sessions())
    assert Submission.objects.get(pk=leader.pk).draft.get("goal_results", "") != "Annas text."


def test_kept_text_is_forgotten_after_some_hours(client, leader, monkeypatch):
    form = step_form(client, leader, GOALS)
    session_ran_out()
    send_step(client, leader, GOALS, form, goal_results="För länge sedan.")
    later = stash.now() + (stash.STASH_HOURS + 1) * 3600
    monkeypatch.setattr(stash, "now", lambda: later)
    sign_in(client)
    page = client.get(step_url(leader, GOALS)).content.decode()
    assert "För länge sedan." not in page
    assert Submission.objects.get(pk=leader.pk).draft.get("goal_results", "") == ""


def test_autosave_after_the_session_ran_out_says_so(client, leader):
    form = step_form(client, leader, GOALS)
    session_ran_out()
    response = send_step(client, leader, GOALS, form, "autosave", goal_results="Autosparat.")
    assert response.status_code == 401
    body = response.json()
    assert body["kept"] is True and body["message"].startswith("Inte sparat: du har loggats ut.")
    sign_in(client)
    assert "Autosparat." in client.get(step_url(leader, GOALS)).content.decode()
