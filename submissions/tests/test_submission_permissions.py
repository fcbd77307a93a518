"""Who may do what with an online report: every cell of the matrix, checked on the server.

users: anonymous / leader A (the owner) / leader B (another project leader) / editor
states: draft / submitted / returned / published
actions: view (the report's page in "Mina rapporter"), edit (save a step), submit
(send in from the review page)
"""

import pytest
from django.test import Client

from submissions.services import submission_status
from submissions.tests.browser_like import public_url
from testing.submissions import (
    PASSWORD,
    accept,
    fill_in,
    invite,
    review_action,
    review_url,
    send_in,
    step_url,
)

STATES = ("draft", "submitted", "returned", "published")
USERS = ("anonymous", "leader_a", "leader_b", "editor")
ACTIONS = ("view", "edit", "submit")

# The expected answer per (user, action, state): a status code, "login" (a redirect to
# sign in) or "overview" (a redirect to the report's status page: not editable now).
EXPECTED = (
    {("anonymous", action, state): "login" for action in ACTIONS for state in STATES}
    | {("leader_b", action, state): 404 for action in ACTIONS for state in STATES}
    | {("editor", action, state): 404 for action in ACTIONS for state in STATES}
    | {("leader_a", "view", state): 200 for state in STATES}
    | {
        ("leader_a", "edit", "draft"): 302,
        ("leader_a", "edit", "returned"): 302,
        ("leader_a", "edit", "submitted"): "overview",
        ("leader_a", "edit", "published"): "overview",
        ("leader_a", "submit", "draft"): 302,
        ("leader_a", "submit", "returned"): 302,
        ("leader_a", "submit", "submitted"): "overview",
        ("leader_a", "submit", "published"): "overview",
    }
)
# Whether the action changed the report (edit: the draft; submit: a new sending in).
CHANGES = {("leader_a", "edit", "draft"), ("leader_a", "edit", "returned")} | {
    ("leader_a", "submit", "draft"),
    ("leader_a", "submit", "returned"),
}


def test_every_cell_is_defined():
    assert len(EXPECTED) == len(USERS) * len(STATES) * len(ACTIONS) == 48


@pytest.fixture
def world(reports_index, editor, reviewer_client):
    """Leader A's report in the given state, leader B with a report of their own."""
    leader_a, leader_b = Client(), Client()
    _, link_a = invite(reviewer_client, email="a@example.se", project="A:s projekt")
    _, link_b = invite(reviewer_client, email="b@example.se", project="B:s projekt")
    submission_a = accept(leader_a, link_a)
    accept(leader_b, link_b)
    fill_in(leader_a, submission_a)
    editor_client = Client()
    editor_client.force_login(editor)
    return {
        "clients": {
            "anonymous": Client(),
            "leader_a": leader_a,
            "leader_b": leader_b,
            "editor": editor_client,
        },
        "submission": submission_a,
        "reviewer": reviewer_client,
    }


def bring_to(world, state):
    submission, leader = world["submission"], world["clients"]["leader_a"]
    if state == "draft":
        return
    report = send_in(leader, submission)
    if state == "returned":
        review_action(world["reviewer"], report, "reject", "Komplettera.")
    if state == "published":
        review_action(world["reviewer"], report, "approve")
    submission.refresh_from_db()
    assert submission_status(submission).code == {"submitted": "submitted"}.get(state, state)


def perform(client, submission, action):
    if action == "view":
        return client.get(f"/mina-rapporter/{submission.pk}/")
    if action == "edit":
        return client.post(
            step_url(submission, 3), {"goal_results": "Ändrad text.", "action": "save"}
        )
    return client.post(review_url(submission))


def snapshot(submission):
    submission.refresh_from_db()
    return (dict(submission.draft), submission.submitted_at, submission.report_id)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("user", USERS)
@pytest.mark.parametrize("action", ACTIONS)
def test_permission_matrix(world, user, state, action):
    bring_to(world, state)
    submission = world["submission"]
    before = snapshot(submission)
    response = perform(world["clients"][user], submission, action)
    expected = EXPECTED[(user, action, state)]
    if expected == "login":
        assert response.status_code == 302 and "/konto/logga-in/" in response["Location"]
    elif expected == "overview":
        assert response.status_code == 302
        assert response["Location"] == f"/mina-rapporter/{submission.pk}/"
    else:
        assert response.status_code == expected
    changed = snapshot(submission) != before
    assert changed == ((user, action, state) in CHANGES), (user, action, state)


@pytest.mark.parametrize("state", STATES)
def test_only_a_published_report_is_visible_to_the_public(world, state):
    bring_to(world, state)
    submission = world["submission"]
    if submission.report is None:
        assert state == "draft"
        return
    response = Client().get(public_url(submission.report))
    assert response.status_code == (200 if state == "published" else 404)


@pytest.mark.parametrize("state", ["submitted", "returned", "published"])
def test_editors_see_every_sent_in_report_in_the_admin(world, state):
    bring_to(world, state)
    report = world["submission"].report
    response = world["clients"]["editor"].get(f"/admin/pages/{report.pk}/edit/")
    assert response.status_code == 200


def test_editors_see_drafts_in_the_invitation_list(world):
    html = world["clients"]["editor"].get("/admin/projektledare/").content.decode()
    assert "A:s projekt" in html and "Utkast" in html


def test_leaders_have_no_admin_access(world):
    response = world["clients"]["leader_a"].get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_guessing_numbers_reveals_nothing(world):
    leader_b = world["clients"]["leader_b"]
    for pk in (world["submission"].pk, 99999):
        assert leader_b.get(f"/mina-rapporter/{pk}/").status_code == 404
        assert leader_b.get(f"/mina-rapporter/{pk}/steg/1/").status_code == 404


def test_forms_refuse_posts_without_a_csrf_token(world):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/konto/logga-in/", {"username": "a@example.se", "password": PASSWORD})
    assert response.status_code == 403
    strict_leader = Client(enforce_csrf_checks=True)
    strict_leader.force_login(world["submission"].leader)
    response = strict_leader.post(
        step_url(world["submission"], 3), {"goal_results": "x", "action": "save"}
    )
    assert response.status_code == 403


def test_repeated_failed_sign_ins_lock_the_account_for_a_while(world):
    attacker = Client()
    for _ in range(5):
        response = attacker.post(
            "/konto/logga-in/", {"username": "a@example.se", "password": "fel-lösenord"}
        )
    response = attacker.post("/konto/logga-in/", {"username": "a@example.se", "password": PASSWORD})
    assert response.status_code == 429
    assert "Inloggningen är spärrad en stund" in response.content.decode()
    other = Client(REMOTE_ADDR="10.0.0.9")  # another address may still sign in
    response = other.post("/konto/logga-in/", {"username": "a@example.se", "password": PASSWORD})
    assert response.status_code == 302
