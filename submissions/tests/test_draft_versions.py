"""Two tabs on one draft (issue 11, item 2), and the limits of what a save may hold
(item 16), through the step form as the page renders it: every save carries the draft's
version and what each field showed, and a stale tab never overwrites newer text."""

import pytest

from submissions.drafts import DRAFT_MAX_CHARS, draft_size
from submissions.forms import MAX_TEXT, STEPS
from submissions.models import Submission
from submissions.tests.browser_like import second_tab, send_step, soup_of, step_form
from testing.submissions import fill_in, send_in, step_url

GOALS = 3  # the step "Måluppfyllelse": goal_achievement (a scale), goal_results (text)
HUGE = "Långt svar! " * 199_999 + "Långt svar!!"  # 2.4 MB


@pytest.fixture
def leader(leader_submission):
    return leader_submission


def stored(submission, name):
    return Submission.objects.get(pk=submission.pk).draft.get(name)


def test_the_form_carries_the_drafts_version_and_its_url(client, leader):
    form = step_form(client, leader, GOALS)
    assert form["draft_version"] == str(leader.version)
    assert form["draft_base"] and form["form_token"]
    page = soup_of(client.get(step_url(leader, GOALS)))
    # The script posts to this, not to form.action (the buttons are named "action").
    assert page.find("form", attrs={"data-autosave": step_url(leader, GOALS)})


def test_a_save_from_a_stale_tab_is_refused_and_shows_both_texts(client, leader):
    older = step_form(client, leader, GOALS)
    newer_tab = second_tab(client)
    newer = step_form(newer_tab, leader, GOALS)
    response = send_step(newer_tab, leader, GOALS, newer, goal_results="Text från flik två.")
    assert response.status_code == 302
    response = send_step(client, leader, GOALS, older, goal_results="Text från flik ett.")
    assert response.status_code == 200
    page = soup_of(response)
    assert "Inte sparat: rapporten har ändrats sedan du öppnade sidan" in page.text
    assert page.find("textarea", attrs={"name": "goal_results"}).text.strip() == (
        "Text från flik ett."
    )  # what was just typed stays in the form
    beside = page.find(id="id_goal_results_conflict")
    assert "Text från flik två." in beside.find("blockquote").text  # the saved text beside it
    assert beside.find("input", attrs={"name": "choose_goal_results", "value": "mine"})
    assert stored(leader, "goal_results") == "Text från flik två."  # nothing overwritten

    # Sent again from the page that showed both (keeping its own text): it stands now.
    again = {
        field["name"]: field.get("value", "")
        for field in page.find_all("input", attrs={"type": "hidden"})
    }
    response = send_step(
        client,
        leader,
        GOALS,
        {**older, **again},
        goal_results="Text från flik ett.",
        choose_goal_results="mine",
    )
    assert response.status_code == 302
    assert stored(leader, "goal_results") == "Text från flik ett."


def test_choosing_the_saved_text_keeps_it(client, leader):
    older = step_form(client, leader, GOALS)
    tab = second_tab(client)
    send_step(tab, leader, GOALS, step_form(tab, leader, GOALS), goal_results="Sparad text.")
    page = soup_of(send_step(client, leader, GOALS, older, goal_results="Min text."))
    hidden = {field["name"]: field["value"] for field in page.find_all("input", type="hidden")}
    response = send_step(
        client,
        leader,
        GOALS,
        {**older, **hidden},
        goal_results="Min text.",
        choose_goal_results="theirs",
    )
    assert response.status_code == 302
    assert stored(leader, "goal_results") == "Sparad text."


def test_fields_changed_in_only_one_tab_each_are_merged(client, leader):
    older = step_form(client, leader, GOALS)
    tab = second_tab(client)
    newer = step_form(tab, leader, GOALS)
    send_step(tab, leader, GOALS, newer, goal_achievement="Vi har uppnått målsättningarna")
    response = send_step(client, leader, GOALS, older, goal_results="Bara texten ändrad här.")
    assert response.status_code == 302
    assert stored(leader, "goal_achievement") == "Vi har uppnått målsättningarna"
    assert stored(leader, "goal_results") == "Bara texten ändrad här."
    page = client.get(response["Location"]).content.decode()
    assert "Ändringarna därifrån finns kvar i fälten du inte ändrade" in page


def test_autosave_from_a_stale_tab_is_refused_with_409(client, leader):
    older = step_form(client, leader, GOALS)
    tab = second_tab(client)
    send_step(tab, leader, GOALS, step_form(tab, leader, GOALS), goal_results="Nyare text.")
    response = send_step(client, leader, GOALS, older, "autosave", goal_results="Äldre flik.")
    assert response.status_code == 409
    assert response.json()["saved"] is False
    assert "Välj Spara utkast för att se båda texterna" in response.json()["message"]
    assert stored(leader, "goal_results") == "Nyare text."


def test_autosave_answers_the_new_version_for_the_next_save(client, leader):
    form = step_form(client, leader, GOALS)
    first = send_step(client, leader, GOALS, form, "autosave", goal_results="Första.").json()
    assert first["saved"] is True and first["version"] == int(form["draft_version"]) + 1
    # The page's script puts the answer into the hidden fields before the next save.
    form.update(draft_version=str(first["version"]), draft_base=first["base"])
    second = send_step(client, leader, GOALS, form, "autosave", goal_results="Andra.")
    assert second.status_code == 200 and second.json()["saved"] is True
    assert stored(leader, "goal_results") == "Andra."


# --- Limits (item 16) ------------------------------------------------------------------


@pytest.mark.parametrize("action", ["save", "next", "autosave"])
def test_a_huge_field_is_refused_with_a_swedish_message_and_not_stored(client, leader, action):
    form = step_form(client, leader, GOALS)
    response = send_step(client, leader, GOALS, form, action, goal_results=HUGE)
    message = "Texten är för lång: 2\u00a0400\u00a0000 tecken, men högst 20\u00a0000 får plats."
    if action == "autosave":
        assert response.json()["not_saved"] == ["goal_results"]
        assert message in response.json()["errors"]["goal_results"]
    else:
        assert response.status_code == 200
        assert message in response.content.decode()
    draft = Submission.objects.get(pk=leader.pk).draft
    assert draft_size(draft) < 1000 and "Långt svar" not in str(draft)


def test_every_field_keeps_its_forms_limit(client, leader):
    form = step_form(client, leader, 1)
    response = send_step(client, leader, 1, form, title="T" * 256, period_start="2" * 40)
    assert response.status_code == 200
    draft = Submission.objects.get(pk=leader.pk).draft
    assert draft["title"] == "Vägen tillbaka" and len(draft.get("period_start", "")) <= 32


def test_the_whole_draft_is_capped(client, leader):
    """Texts within each field's limit, step after step, until the draft is full."""
    long_text = "Ett långt svar om projektet. " * (MAX_TEXT // 30)
    refused = None
    for number, step in enumerate(STEPS, start=1):
        texts = {q.key: long_text for q in step.questions if q.is_text}
        if not texts:
            continue
        response = send_step(client, leader, number, step_form(client, leader, number), **texts)
        if response.status_code == 200:
            refused = response.content.decode()
            break
    assert refused is not None, "the draft was never full"
    assert "Rapporten får vara högst 200\u00a0000 tecken sammanlagt" in refused
    assert draft_size(Submission.objects.get(pk=leader.pk).draft) <= DRAFT_MAX_CHARS


def test_autosave_after_sending_in_from_another_tab_says_so(client, leader):
    form = step_form(client, leader, GOALS)
    fill_in(client, leader)
    send_in(client, leader)
    response = send_step(client, leader, GOALS, form, "autosave", goal_results="För sent.")
    assert response.status_code == 409
    assert response.json()["message"] == (
        "Inte sparat: rapporten är inskickad och kan inte ändras nu."
    )
