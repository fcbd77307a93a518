"""Editors edit and preview the workshops app's pages; the workshop form has the fields
of the brief (tags as checkboxes, methods as checkboxes, the consent box)."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from testing.factories import MethodPageFactory
from testing.workshop_factories import RegionPageFactory, WorkshopPageFactory


@pytest.fixture
def admin(client, db):
    user = User.objects.create_superuser("verkstadsadmin", "v@example.se", "losen-123-abc")
    client.force_login(user)
    return client


def test_every_page_type_edits_and_previews(admin, tree):
    region = RegionPageFactory(parent=tree.regions, contacts=[{"name": "Kontakt"}])
    MethodPageFactory(parent=tree.methods, title="Kryssmetoden", published=True)
    workshop = WorkshopPageFactory(
        parent=tree.workshops, region=region, municipality_codes=["0780"]
    )
    for page in (tree.regions, region, tree.workshops, workshop, tree.municipalities):
        edit = admin.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert edit.status_code == 200
        data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        checked = admin.post(preview_url, data).json()
        assert checked == {"is_valid": True, "is_available": True}, type(page).__name__
        assert admin.get(preview_url).status_code == 200
    html = admin.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk])).content.decode()
    assert "Kontaktpersonen har godkänt att visas" in html
    assert 'type="checkbox" name="methods"' in html
    assert "Syfte/mål lokal nivå" in html
