"""Where success factors and methods may stand in the page tree, and that their factories
build pages that route and render there."""

from django.apps import apps
from wagtail.test.utils import WagtailPageTestCase

from methods.models import MethodIndexPage, MethodPage, SuccessFactorIndexPage, SuccessFactorPage
from testing.factories import (
    MethodIndexPageFactory,
    MethodPageFactory,
    SuccessFactorIndexPageFactory,
    SuccessFactorPageFactory,
    default_home,
)
from testing.helpers import assert_parent_types

# The home app stands above methods in the layers: named, not imported.
HomePage = apps.get_model("home", "HomePage")


class SuccessFactorTreeTests(WagtailPageTestCase):
    def test_factor_index_stands_under_the_home_page_only(self):
        assert_parent_types(self, SuccessFactorIndexPage, {HomePage})

    def test_factor_index_holds_success_factors_only(self):
        self.assertAllowedSubpageTypes(SuccessFactorIndexPage, {SuccessFactorPage})

    def test_success_factor_stands_under_the_factor_index_only(self):
        assert_parent_types(self, SuccessFactorPage, {SuccessFactorIndexPage})

    def test_success_factor_has_no_subpages(self):
        self.assertAllowedSubpageTypes(SuccessFactorPage, set())

    def test_there_is_one_factor_index(self):
        home = default_home()
        SuccessFactorIndexPageFactory(parent=home)
        self.assertFalse(SuccessFactorIndexPage.can_create_at(home))

    def test_factories_build_factor_pages_that_render(self):
        index = SuccessFactorIndexPageFactory(parent=default_home(), published=True)
        factor = SuccessFactorPageFactory(parent=index, published=True)
        for page in (index, factor):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)


class MethodTreeTests(WagtailPageTestCase):
    def test_method_index_stands_under_the_home_page_only(self):
        assert_parent_types(self, MethodIndexPage, {HomePage})

    def test_method_index_holds_methods_only(self):
        self.assertAllowedSubpageTypes(MethodIndexPage, {MethodPage})

    def test_method_stands_under_the_method_index_only(self):
        assert_parent_types(self, MethodPage, {MethodIndexPage})

    def test_method_has_no_subpages(self):
        self.assertAllowedSubpageTypes(MethodPage, set())

    def test_there_is_one_method_index(self):
        home = default_home()
        MethodIndexPageFactory(parent=home)
        self.assertFalse(MethodIndexPage.can_create_at(home))

    def test_factories_build_method_pages_that_render(self):
        index = MethodIndexPageFactory(parent=default_home(), published=True)
        method = MethodPageFactory(parent=index, published=True)
        for page in (index, method):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
