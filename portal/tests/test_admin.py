"""Editors work in the Wagtail admin, in Swedish: every page type, reference data, tags.

The pages are a site of their own built by `site_pages` (testing/fixtures.py)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import AccessibilityStatementPage, HomePage, StandardPage
from methods.models import MethodIndexPage, MethodPage, SuccessFactorIndexPage, SuccessFactorPage
from reports import questionnaire
from reports.models import ProjectReportPage, ReportIndexPage
from testing.factories import ImportedReportFactory


def test_admin_login_page_is_in_swedish(client, db):
    html = client.get("/admin/login/").content.decode()
    assert 'lang="sv"' in html
    assert "Logga in" in html


def test_anonymous_visitor_is_sent_to_login(client, db):
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editor_can_log_in_with_password(client, editor):
    response = client.post(
        "/admin/login/", {"username": "redaktor", "password": "hemligt-losen-123"}, follow=True
    )
    assert response.status_code == 200
    assert response.context["user"].username == "redaktor"


@pytest.mark.parametrize(
    "model, parent_model",
    [
        (SuccessFactorIndexPage, HomePage),
        (SuccessFactorPage, SuccessFactorIndexPage),
        (MethodIndexPage, HomePage),
        (MethodPage, MethodIndexPage),
        (ReportIndexPage, HomePage),
        (ProjectReportPage, ReportIndexPage),
        (StandardPage, HomePage),
        (AccessibilityStatementPage, HomePage),
    ],
)
def test_editor_can_open_the_create_form_for_every_page_type(
    editor_client, site_pages, model, parent_model
):
    parent = site_pages.page_of(parent_model)
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    response = editor_client.get(url)
    # Single-instance types (max_count=1) already exist in the site: Wagtail refuses.
    if model.max_count == 1:
        assert response.status_code in (302, 403)
    else:
        assert response.status_code == 200


@pytest.mark.parametrize(
    "model",
    [
        HomePage,
        SuccessFactorPage,
        MethodPage,
        ProjectReportPage,
        StandardPage,
        AccessibilityStatementPage,
        ReportIndexPage,
        MethodIndexPage,
        SuccessFactorIndexPage,
    ],
)
def test_editor_can_open_the_edit_form_for_every_page_type(editor_client, site_pages, model):
    page = site_pages.page_of(model)
    assert editor_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_editor_creates_a_method_page(editor_client, site_pages):
    index = site_pages.methods
    factor = site_pages.factor
    response = editor_client.post(
        f"/admin/pages/add/methods/methodpage/{index.pk}/",
        nested_form_data(
            {
                "title": "Mentorskap",
                "slug": "mentorskap",
                "summary": "Vuxna mentorer följer eleven.",
                "why_it_matters": rich_text("<p>Därför.</p>"),
                "steps": streamfield([]),
                "prerequisites": rich_text(""),
                "target_groups_new": "hög frånvaro, autism",  # typed below the checkboxes
                "action-publish": "publish",
            }
        )
        | {"success_factors": [factor.pk]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    method = MethodPage.objects.child_of(index).get(slug="mentorskap")
    assert method.live and list(method.success_factors.all()) == [factor]
    assert sorted(t.name for t in method.target_groups.all()) == ["autism", "hög frånvaro"]


def test_report_edit_form_groups_answers_by_questionnaire_section(editor_client):
    report = ImportedReportFactory(answers={"attendance_change": "Ökat ganska mycket"})
    html = editor_client.get(f"/admin/pages/{report.pk}/edit/").content.decode()
    for tab in ("Projekt", "Enkätsvar"):
        assert tab in html
    for section in questionnaire.SURVEY_SECTIONS:
        assert section.title in html, section.title
    # A scale answer, as a selected choice.
    assert '<option value="Ökat ganska mycket" selected>' in html
    assert 'name="attendance_change"' in html


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/core/county/",
        "/admin/snippets/core/municipality/",
        "/admin/snippets/taggit/tag/",
    ],
)
def test_editor_manages_reference_data(editor_client, url):
    response = editor_client.get(url)
    assert response.status_code == 200
    assert editor_client.get(url + "add/").status_code == 200


def test_editor_finds_municipality_by_name(editor_client, db):
    html = editor_client.get("/admin/snippets/core/municipality/?q=Växjö").content.decode()
    assert "Växjö" in html and "Kronobergs län" in html


def test_editors_group_has_reference_data_permissions(db):
    group = Group.objects.get(name="Redaktörer")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_municipality", "add_county", "change_tag", "delete_tag"} <= codenames


@pytest.mark.parametrize(
    "child, parent, allowed",
    [
        (ProjectReportPage, ReportIndexPage, True),
        (ProjectReportPage, HomePage, False),
        (ProjectReportPage, MethodIndexPage, False),
        (MethodPage, MethodIndexPage, True),
        (MethodPage, ReportIndexPage, False),
        (SuccessFactorPage, SuccessFactorIndexPage, True),
        (SuccessFactorPage, HomePage, False),
        (HomePage, Page, True),
        (MethodIndexPage, MethodIndexPage, False),
    ],
)
def test_parent_child_rules(child, parent, allowed):
    assert (parent in child.allowed_parent_page_models()) == allowed
