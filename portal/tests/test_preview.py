"""Editors preview every page type: the preview panel and "view draft" answer 200, for
published pages, a draft report whose draft names methods, and a report sent in online."""

from django.contrib.auth.models import Group, User
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

from reports.models import ProjectReportPage
from testing.article_factories import (
    CaseStudyPageFactory,
    EnglishPageFactory,
    NewsPageFactory,
    ResearchPageFactory,
    article_tree,
)
from testing.fixtures import build_site_pages
from testing.helpers import publish_report, save_draft
from testing.submissions import accept, fill_in, invite, send_in
from testing.workshop_factories import RegionPageFactory, WorkshopPageFactory, workshop_tree


class PreviewTests(TestCase):
    def setUp(self):
        self.editor = User.objects.create_user("granskare", "g@example.se", "losen-123-abc")
        self.editor.groups.add(Group.objects.get(name="Redaktörer"))
        self.site = build_site_pages()
        tree = workshop_tree(self.site.home)
        self.region = RegionPageFactory(parent=tree.regions, published=True)
        self.workshop = WorkshopPageFactory(parent=tree.workshops, published=True)
        articles = article_tree(self.site.home)
        CaseStudyPageFactory(parent=articles.case_studies, workshop=self.workshop, published=True)
        NewsPageFactory(parent=articles.news, published=True)
        ResearchPageFactory(parent=articles.research, published=True)
        EnglishPageFactory(parent=self.site.home, published=True)

    def assertPreviews(self, page):
        """The preview panel as the editor uses it (the edit form posted to the preview
        view, then the preview shown), and "view draft"."""
        self.client.force_login(self.editor)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
        for field in page.specific._meta.get_fields():
            # StreamFields are drawn by JavaScript: the HTML holds none of their inputs.
            # An empty stream still renders the page's context and template.
            if isinstance(field, StreamField):
                data.setdefault(f"{field.name}-count", "0")
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        checked = self.client.post(preview_url, data)
        self.assertEqual(checked.json(), {"is_valid": True, "is_available": True})
        self.assertEqual(self.client.get(preview_url).status_code, 200)
        response = self.client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        self.assertEqual(response.status_code, 200, type(page.specific).__name__)

    def test_every_page_type_previews(self):
        page_types = [model for model in get_page_models() if model is not Page]
        for model in page_types:
            with self.subTest(model.__name__):
                page = model.objects.descendant_of(self.site.home, inclusive=True).first()
                self.assertIsNotNone(page, "build a page of this type in setUp")
                self.assertPreviews(page)

    def test_a_draft_report_whose_draft_names_methods_previews(self):
        site = self.site
        report = publish_report(
            "Förhandsvisad rapport", methods=[site.method.slug], parent=site.reports
        )
        report.methods = [site.other_method]
        report.summary = "Ändrad i utkastet."
        save_draft(report)
        self.assertPreviews(report)
        self.client.force_login(self.editor)
        html = self.client.get(f"/admin/pages/{report.pk}/view_draft/").content.decode()
        self.assertIn("Ändrad i utkastet.", html)
        self.assertIn(self.site.other_method.title, html)

    def test_a_report_sent_in_by_a_leader_previews(self):
        editor_client = Client()
        editor_client.force_login(self.editor)
        _, link = invite(editor_client, email="forhandsvisning@example.se")
        leader = Client()
        submission = accept(leader, link)
        fill_in(leader, submission)
        report = send_in(leader, submission)
        self.assertFalse(ProjectReportPage.objects.get(pk=report.pk).live)
        self.assertPreviews(report)
