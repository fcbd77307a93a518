"""Method and success-factor pages for visitors: published pages render and are listed,
found and in the sitemap; drafts and unpublished pages answer 404 and are nowhere.

Every page is built with the factories on a site of its own (`conftest.py`)."""

import re

import pytest

from testing.factories import (
    MethodPageFactory,
    ProjectReportPageFactory,
    SuccessFactorPageFactory,
)
from testing.helpers import publish, result_titles, save_draft


def url(page, tree):
    return page.get_url(current_site=tree.site)


def sitemap_locations(visitor):
    response = visitor.get("/sitemap.xml")
    assert response.status_code == 200
    return set(re.findall(r"<loc>(.*?)</loc>", response.content.decode()))


@pytest.fixture
def draft_method(tree, factor):
    """A method an editor saved as a draft and never published, supporting `factor`."""
    return save_draft(
        MethodPageFactory(
            parent=tree.methods, title="Hemlig metod", success_factors=[factor], live=False
        )
    )


@pytest.fixture
def draft_factor(tree):
    return save_draft(
        SuccessFactorPageFactory(parent=tree.factors, title="Hemlig faktor", live=False)
    )


def test_method_page_renders_for_visitors(visitor, tree, method, factor):
    response = visitor.get(url(method, tree))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Lärlingsspåret</h1>" in html
    assert "Eleven varvar skolan med en lärlingsplats." in html
    assert "Praktiken ger skolarbetet en mening." in html
    assert f'<a href="{url(factor, tree)}">Tydlig överlämning</a>' in html
    assert "studietrötta elever" in html


def test_success_factor_page_renders_with_its_methods(visitor, tree, method, factor):
    response = visitor.get(url(factor, tree))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tydlig överlämning</h1>" in html
    assert "Överlämning mellan skolformer som ingen missar" in html
    assert f'<a href="{url(method, tree)}">Lärlingsspåret</a>' in html


def test_index_pages_list_their_published_pages(visitor, tree, method, factor):
    assert "Lärlingsspåret" in visitor.get(url(tree.methods, tree)).content.decode()
    assert "Tydlig överlämning" in visitor.get(url(tree.factors, tree)).content.decode()


def test_method_page_lists_published_reports_that_used_it(visitor, tree, method):
    ProjectReportPageFactory(
        parent=tree.reports,
        title="Lärlingar i Växjö",
        municipality_code="0780",
        methods=[method],
        published=True,
    )
    ProjectReportPageFactory(
        parent=tree.reports, title="Ett opublicerat projekt", methods=[method], live=False
    )
    html = visitor.get(url(method, tree)).content.decode()
    assert "Projekt som använt metoden (1)" in html
    assert "Lärlingar i Växjö" in html
    assert "Ett opublicerat projekt" not in html


@pytest.mark.parametrize("kind", ["draft_method", "draft_factor"])
def test_drafts_answer_404(request, visitor, tree, kind):
    page = request.getfixturevalue(kind)
    assert not page.live
    assert page.has_unpublished_changes
    assert visitor.get(url(page, tree)).status_code == 404


@pytest.mark.parametrize("kind", ["method", "factor"])
def test_unpublished_pages_answer_404(request, visitor, tree, kind):
    page = request.getfixturevalue(kind)
    assert visitor.get(url(page, tree)).status_code == 200
    page.unpublish()
    assert visitor.get(url(page, tree)).status_code == 404


def test_drafts_are_not_listed(visitor, tree, method, factor, draft_method, draft_factor):
    methods_html = visitor.get(url(tree.methods, tree)).content.decode()
    assert "Lärlingsspåret" in methods_html
    assert "Hemlig metod" not in methods_html
    assert "Hemlig faktor" not in visitor.get(url(tree.factors, tree)).content.decode()
    factor_html = visitor.get(url(factor, tree)).content.decode()
    assert "Lärlingsspåret" in factor_html
    assert "Hemlig metod" not in factor_html


def test_sitemap_lists_the_published_pages_and_no_draft(
    visitor, tree, method, factor, draft_method, draft_factor
):
    published = [tree.home, tree.factors, factor, tree.methods, method]
    sections = [tree.reports, tree.statistics]
    expected = {page.get_full_url() for page in [*published, *sections]}
    assert sitemap_locations(visitor) == expected  # the site's pages only, no draft


def test_unpublished_method_leaves_the_sitemap(visitor, tree, method):
    assert method.get_full_url() in sitemap_locations(visitor)
    method.unpublish()
    assert method.get_full_url() not in sitemap_locations(visitor)


def test_published_method_and_factor_are_found_draft_is_not(visitor, method, factor):
    assert result_titles(visitor.get("/sok/?q=lärlingsspåret").content.decode()) == [
        "Lärlingsspåret"
    ]
    assert "Tydlig överlämning" in result_titles(
        visitor.get("/sok/?q=överlämning skolformer").content.decode()
    )
    draft = MethodPageFactory(parent=method.get_parent(), title="Lärlingsspåret två", live=False)
    save_draft(draft)
    assert "Lärlingsspåret två" not in visitor.get("/sok/?q=lärlingsspåret").content.decode()
    publish(draft)
    assert "Lärlingsspåret två" in result_titles(
        visitor.get("/sok/?q=lärlingsspåret").content.decode()
    )
