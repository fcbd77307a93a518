"""An editor's save in the admin, through the real edit form: a personal identity number
in any text of a report (title, summary, answers, an extra answer) is refused next to
its field and nothing is written; methods and target groups are chosen with checkboxes;
the import warnings and the listing's review column say what they mean."""

import re

import pytest
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import Revision
from wagtail.test.utils.form_data import querydict_from_html

from methods.models import MethodPage
from reports import questionnaire
from reports.models import ProjectReportPage
from testing.factories import MethodIndexPageFactory, MethodPageFactory

NUMBER = "19121212-1212"  # the Tax Agency's test number: valid date and check digit


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form(client, page):
    """The edit form's fields as the browser would send them."""
    html = client.get(edit_url(page)).content.decode()
    return querydict_from_html(html, form_id="page-edit-form")


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def error_next_to(html, field_name, text):
    """Whether `text` is shown as the error of the field named `field_name`: the field's
    own error block, the one just before its input."""
    for match in re.finditer(r'<div class="w-field__errors"', html):
        block_end = html.find("</div>", match.end())
        field_at = html.find(f'name="{field_name}"', block_end)
        next_block = html.find('<div class="w-field__errors"', match.end())
        owns_field = field_at != -1 and (next_block == -1 or field_at < next_block)
        if owns_field and text in html[match.end() : block_end]:
            return True
    return False


def post_edit(client, page, data):
    # Every value of a field sent more than once (checkboxes), as a browser sends them:
    # the test client would send only the last value of a QueryDict's list.
    return client.post(edit_url(page), dict(data.lists()))


def latest(page):
    """The page as its latest revision has it (what the editor sees next)."""
    return ProjectReportPage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.mark.parametrize(
    "field",
    ["title", "summary", "seo_title", questionnaire.GOALS.results.key, "tips"],
)
def test_an_identity_number_in_any_text_is_refused_and_nothing_is_written(
    editor_client, seed_report, field
):
    data = edit_form(editor_client, seed_report)
    data[field] = f"Kontakta eleven, {NUMBER}, om uppföljningen."
    before = revisions(seed_report)
    response = post_edit(editor_client, seed_report, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert error_next_to(html, field, "Texten innehåller ett personnummer (19121212-****)")
    assert revisions(seed_report) == before
    stored = ProjectReportPage.objects.get(pk=seed_report.pk)
    assert NUMBER not in getattr(stored, field)
    assert NUMBER not in str(stored.get_latest_revision().content)
    assert NUMBER not in str(latest(seed_report).__dict__)


def test_a_number_that_may_be_a_phone_number_says_how_to_write_one(editor_client, seed_report):
    data = edit_form(editor_client, seed_report)
    data["summary"] = "Ring samordnaren på 0701010241."
    html = post_edit(editor_client, seed_report, data).content.decode()
    assert error_next_to(html, "summary", "070-101 02 41")


def test_an_identity_number_in_an_extra_answer_is_refused(editor_client, seed_report):
    data = edit_form(editor_client, seed_report)
    index = int(data["extra_answers-TOTAL_FORMS"])
    data["extra_answers-TOTAL_FORMS"] = str(index + 1)
    prefix = f"extra_answers-{index}-"
    data.update(
        {
            f"{prefix}id": "",
            f"{prefix}ORDER": str(index + 1),
            f"{prefix}question_key": "",
            f"{prefix}question_text": "Övrigt",
            f"{prefix}answer": f"Eleven ({NUMBER.replace('-', '')}) slutade i maj.",
        }
    )
    before = revisions(seed_report)
    html = post_edit(editor_client, seed_report, data).content.decode()
    assert error_next_to(html, f"{prefix}answer", "Texten innehåller ett personnummer")
    assert revisions(seed_report) == before
    assert not seed_report.extra_answers.filter(answer__contains="191212").exists()


def test_a_clean_text_is_saved(editor_client, seed_report):
    data = edit_form(editor_client, seed_report)
    data["summary"] = "Ring 070-101 02 41 eller skriv till oss den 2014-06-30."
    before = revisions(seed_report)
    response = post_edit(editor_client, seed_report, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert revisions(seed_report) == before + 1
    assert latest(seed_report).summary.startswith("Ring 070-101 02 41")


def test_methods_and_target_groups_are_checkboxes(editor_client, seed_report):
    method = MethodPageFactory(
        parent=MethodIndexPageFactory(parent=seed_report.get_parent().get_parent()),
        title="Kryssad metod",
        target_groups=["kryssad målgrupp"],
        published=True,
    )
    html = editor_client.get(edit_url(seed_report)).content.decode()
    assert re.search(rf'<input type="checkbox" name="methods" value="{method.pk}"', html)
    assert re.search(r'<input type="checkbox" name="tags" value="kryssad målgrupp"', html)
    assert not re.search(r'<select[^>]+name="methods"', html)
    assert not re.search(r'<input[^>]+name="tags"[^>]+data-controller="w-tag"', html)
    data = edit_form(editor_client, seed_report)
    data.setlist("methods", [str(method.pk)])
    data.setlist("tags", ["kryssad målgrupp"])
    data["tags_new"] = "nyanlända, hög frånvaro"
    response = post_edit(editor_client, seed_report, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = latest(seed_report)
    assert [m.pk for m in saved.methods.all()] == [method.pk]
    names = sorted(tag.name for tag in saved.tags.all())
    assert names == ["hög frånvaro", "kryssad målgrupp", "nyanlända"]
    again = editor_client.get(edit_url(seed_report)).content.decode()
    assert re.search(r'name="tags" value="nyanlända" id="[^"]+" checked', again)


def test_import_warnings_are_shown_only_when_there_are_some(editor_client, seed_report):
    seed_report.import_warnings = ["Okänd fråga: Vad hände sen?", "Nyckeltal ur fritext."]
    seed_report.save_revision().publish()
    html = editor_client.get(edit_url(seed_report)).content.decode()
    assert "data-import-warnings" in html and "gav 2 varningar" in html
    assert "Okänd fråga: Vad hände sen?" in html
    seed_report.import_warnings = []
    seed_report.save_revision().publish()
    html = editor_client.get(edit_url(seed_report)).content.decode()
    assert "data-import-warnings" not in html and "Inga varningar" not in html


def test_the_listing_says_what_needs_review_means(editor_client, seed_report):
    seed_report.needs_review = True
    seed_report.save_revision().publish()
    html = editor_client.get("/admin/slutrapporter/").content.decode()
    assert "Ja, se importvarningarna" in html
    assert ">True<" not in html and ">False<" not in html
    assert not re.search(r"\bTrue\b|\bFalse\b", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(
    "tags_field, values",
    [
        ("tags_new", [f"elev {NUMBER}, hög frånvaro"]),  # typed as a new tag
        ("tags", [f"elev {NUMBER}", "hög frånvaro"]),  # a ticked box sent as if it existed
    ],
)
def test_an_identity_number_in_a_tag_is_refused(editor_client, seed_report, tags_field, values):
    data = edit_form(editor_client, seed_report)
    data.setlist(tags_field, values)
    before = revisions(seed_report)
    response = post_edit(editor_client, seed_report, data)
    html = response.content.decode()
    assert error_next_to(html, "tags", "Ordet ”elev 19121212-****” innehåller ett personnummer")
    assert revisions(seed_report) == before
    assert not Tag.objects.filter(name__contains="1212").exists()


def test_a_method_chooses_target_groups_with_checkboxes_and_refuses_a_number(
    editor_client, seed_report
):
    method = MethodPageFactory(
        parent=MethodIndexPageFactory(parent=seed_report.get_parent().get_parent()),
        title="Metod med målgrupper",
        target_groups=["hög frånvaro"],
        published=True,
    )
    html = editor_client.get(edit_url(method)).content.decode()
    assert re.search(r'<input type="checkbox" name="target_groups" value="hög frånvaro"', html)
    data = querydict_from_html(html, form_id="page-edit-form")
    data["steps-count"] = "0"  # the factory's method has no steps (the field is drawn by JS)
    data["target_groups_new"] = f"unga, {NUMBER}"
    response = post_edit(editor_client, method, data)
    assert response.status_code == 200
    assert "innehåller ett personnummer" in response.content.decode()
    data["target_groups_new"] = "nyanlända"
    response = post_edit(editor_client, method, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = MethodPage.objects.get(pk=method.pk).get_latest_revision_as_object()
    assert sorted(tag.name for tag in saved.target_groups.all()) == ["hög frånvaro", "nyanlända"]
