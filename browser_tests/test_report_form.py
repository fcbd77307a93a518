"""A project leader's online report, end to end in Chromium: an editor invites, the
leader accepts, fills in the whole form over two sessions and sends it in, the editor
approves in the admin, and the report is on the public site and in search. Also: the
form pages pass axe-core and can be completed with the keyboard alone."""

import re
import uuid

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from playwright.sync_api import expect

from browser_tests.leaders import PASSWORD, create_leader, sign_in
from browser_tests.pages import tab_to
from browser_tests.test_axe import assert_no_violations
from reports import questionnaire
from submissions.forms import STEPS

EDITOR_PASSWORD = "Redaktor-lösenord-2026"


def answer_for(question):
    if question.is_scale:
        return question.scale.values[0]
    if question.is_number:
        return {"participants_total": "20", "participants_girls": "9"}.get(question.key, "2")
    return f"Svar på {question.label[:40]}"


def fill_step(page, number):
    """Fill step `number` the way a person would: click the radio labels, type text."""
    step = STEPS[number - 1]
    if step.is_project:
        page.get_by_label("Kort sammanfattning").fill("Ett projekt för att komma tillbaka.")
        page.get_by_role("group", name="Organisationstyp").get_by_label("Skola").check()
        page.get_by_role("group", name="Plug In-omgång").get_by_label(
            "Plug In 2.0 (2015–2018)"
        ).check()
        page.get_by_label("Projektstart").fill("2016-08")  # month and year
        page.get_by_label("Projektslut").fill("2018-06")
        return
    for question in step.questions:
        if question.is_scale:
            page.locator(f"input[name='{question.key}'][value='{answer_for(question)}']").check()
        else:
            page.locator(f"[name='{question.key}']").fill(answer_for(question))


@pytest.fixture
def editor_credentials(django_db_blocker):
    username = f"redaktor-{uuid.uuid4().hex[:6]}"
    with django_db_blocker.unblock():
        user = User.objects.create_user(username, f"{username}@example.se", EDITOR_PASSWORD)
        user.groups.add(Group.objects.get(name="Redaktörer"))
    return username, EDITOR_PASSWORD


def sign_in_to_admin(page, username, password):
    page.goto("/admin/login/")
    page.locator("input[name='username']").fill(username)
    page.locator("input[name='password']").fill(password)  # labelled "Password" in Swedish
    page.get_by_role("button", name=re.compile("Logga in")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def invite_leader(page, email, project):
    page.goto("/admin/projektledare/new/")
    page.get_by_label("Projektledarens namn").fill("Anna Andersson")
    page.get_by_label("Projektledarens e-post").fill(email)
    page.get_by_label("Kommun").select_option(label="Växjö")
    page.get_by_label("Projektets namn").fill(project)
    page.get_by_role("button", name=re.compile("Skicka inbjudan|Spara|Skapa")).first.click()
    expect(page.get_by_text(f"Inbjudan skickad till {email}.")).to_be_visible()
    message = next(m for m in reversed(mail.outbox) if email in m.to)
    return re.search(r"https?://\S+/inbjudan/\S+/", message.body).group(0)


def approve_from_dashboard(editor, project):
    """The editor opens the report from the dashboard's list of reports sent in
    ("Granska"), then approves it in the edit page's action menu ("Godkänn och Publicera")."""
    editor.goto("/admin/")
    editor.get_by_role("link", name=f"Granska {project}").click()
    footer = editor.locator("footer")
    footer.get_by_role("button", name=re.compile("Fler åtgärder|More actions")).click()
    with editor.expect_navigation():
        footer.get_by_role("button", name="Godkänn och Publicera", exact=True).click()
    editor.goto("/admin/")
    expect(editor.get_by_role("link", name=f"Granska {project}")).to_have_count(0)


def test_invite_accept_fill_over_two_sessions_send_in_and_publish(new_page, editor_credentials):
    project = f"Vägen tillbaka {uuid.uuid4().hex[:6]}"
    email = f"anna-{uuid.uuid4().hex[:6]}@example.se"
    editor = new_page()
    sign_in_to_admin(editor, *editor_credentials)
    link = invite_leader(editor, email, project)

    # Session 1: accept, choose a password, fill in the first half, save the draft.
    leader = new_page()
    leader.goto(link)
    leader.get_by_label("Lösenord", exact=False).first.fill(PASSWORD)
    leader.get_by_label("Samma lösenord en gång till").fill(PASSWORD)
    leader.get_by_role("button", name="Skapa konto och börja").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text(project)
    leader.get_by_role("link", name="Projektet").click()
    half = len(STEPS) // 2
    for number in range(1, half + 1):
        expect(leader.locator("h1")).to_contain_text(f"Steg {number} av {len(STEPS)}")
        fill_step(leader, number)
        leader.get_by_role("button", name="Nästa steg").click()
    leader.get_by_role("button", name="Spara utkast").click()
    expect(leader.get_by_text("Utkastet är sparat.")).to_be_visible()
    leader.context.close()  # the browser is closed

    # Session 2: sign in again, find the draft, finish, review, send in.
    leader = new_page()
    leader.goto("/konto/logga-in/")
    leader.get_by_label("E-postadress").fill(email.upper())
    leader.get_by_label("Lösenord").fill(PASSWORD)
    leader.get_by_role("button", name="Logga in").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Mina rapporter")
    expect(leader.get_by_text("Utkast")).to_be_visible()
    leader.get_by_role("link", name=project).click()
    leader.get_by_role("link", name=STEPS[half].title).click()
    for number in range(half + 1, len(STEPS) + 1):
        expect(leader.locator("h1")).to_contain_text(f"Steg {number} av {len(STEPS)}")
        fill_step(leader, number)
        leader.get_by_role("button", name=re.compile("Nästa steg|Granska och skicka in")).click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Granska och skicka in")
    expect(leader.get_by_text("Ett projekt för att komma tillbaka.")).to_be_visible()
    leader.get_by_role("button", name="Skicka in rapporten").click()
    expect(leader.get_by_text("Tack! Rapporten är inskickad.")).to_be_visible()
    expect(leader.get_by_text("Inskickad", exact=True)).to_be_visible()

    approve_from_dashboard(editor, project)

    # Published: on the public site, in search, and "Publicerad" for the leader.
    leader.reload()
    expect(leader.get_by_text("Publicerad", exact=True)).to_be_visible()
    leader.get_by_role("link", name="se den på webbplatsen").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text(project)
    expect(leader.get_by_text("Ett projekt för att komma tillbaka.").first).to_be_visible()
    visitor = new_page(javascript=False)
    visitor.goto(f"/sok/?q={project.split()[-1]}")
    expect(visitor.locator("ol.search-results")).to_contain_text(project)


@pytest.fixture
def leader_page(new_page, django_db_blocker):
    """A signed-in project leader with a fresh report, and the report's number."""
    email, pk = create_leader(django_db_blocker)
    page = new_page()
    sign_in(page, email)
    return page, pk


def test_every_form_page_has_no_axe_violations(leader_page):
    page, pk = leader_page
    assert_no_violations(page)  # Mina rapporter
    page.goto(f"/mina-rapporter/{pk}/")
    assert_no_violations(page)
    for number in range(1, len(STEPS) + 1):
        page.goto(f"/mina-rapporter/{pk}/steg/{number}/")
        assert_no_violations(page)
    page.goto(f"/mina-rapporter/{pk}/steg/3/")
    page.get_by_role("button", name="Nästa steg").click()  # errors shown
    expect(page.get_by_role("alert")).to_be_visible()
    assert_no_violations(page)
    page.goto(f"/mina-rapporter/{pk}/granska/")
    assert_no_violations(page)


def test_sign_in_and_invitation_pages_have_no_axe_violations(new_page):
    page = new_page()
    for path in ("/konto/logga-in/", "/konto/glomt-losenord/", "/inbjudan/ogiltig/"):
        page.goto(path)
        assert_no_violations(page)


def test_a_step_can_be_completed_with_the_keyboard_alone(leader_page):
    page, pk = leader_page
    page.goto(f"/mina-rapporter/{pk}/steg/3/")
    # Tab to the first radio of the goal question, choose with the arrow keys.
    first = page.locator("input[name='goal_achievement']").first
    tab_to(page, first, "the first answer")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # radio groups move with the arrow keys
    page.keyboard.press("Tab")
    page.keyboard.type("Fler elever gick klart.")
    page.keyboard.press("Tab")  # the buttons: "Föregående steg", "Spara utkast", "Nästa steg"
    assert page.evaluate("document.activeElement.textContent.trim()") == "Föregående steg"
    tab_to(page, page.get_by_role("button", name="Nästa steg"), "Nästa steg")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("Steg 4 av")
    page.goto(f"/mina-rapporter/{pk}/steg/3/")
    expect(
        page.locator("input[name='goal_achievement'][value='Vi har uppnått målsättningarna']")
    ).to_be_checked()
    expect(page.locator("[name='goal_results']")).to_have_value("Fler elever gick klart.")


def test_the_form_works_without_javascript(new_page, leader_page):
    _, pk = leader_page
    # The same session in a context without JavaScript: copy the sign-in cookie.
    cookies = leader_page[0].context.cookies()
    page = new_page(javascript=False)
    page.context.add_cookies(cookies)
    page.goto(f"/mina-rapporter/{pk}/steg/2/")
    page.get_by_label("Antal deltagare totalt").fill("10")
    page.get_by_label("Varav tjejer").fill("8")
    page.get_by_label("Varav killar").fill("8")
    page.get_by_role("button", name="Nästa steg").click()
    expect(page.get_by_role("alert")).to_contain_text("fler än antalet deltagare totalt (10)")
    expect(page.get_by_label("Varav killar")).to_have_value("8")  # nothing typed is lost
    assert questionnaire.KEY_FIGURES.title in page.locator("h1").inner_text()
