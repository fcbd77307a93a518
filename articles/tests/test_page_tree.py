"""Where the case study, news, research and English pages may stand in the page tree,
and that their factories build pages that route and render there."""

from django.apps import apps
from wagtail.test.utils import WagtailPageTestCase

from articles.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    EnglishPage,
    NewsIndexPage,
    NewsPage,
    ResearchIndexPage,
    ResearchPage,
)
from testing.article_factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    EnglishPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PdfFactory,
    ResearchIndexPageFactory,
    ResearchPageFactory,
)
from testing.factories import default_home
from testing.helpers import assert_parent_types

# The home app stands above articles in the layers: named, not imported.
HomePage = apps.get_model("home", "HomePage")

SECTIONS = {
    CaseStudyIndexPage: CaseStudyPage,
    NewsIndexPage: NewsPage,
    ResearchIndexPage: ResearchPage,
}


class ArticleTreeTests(WagtailPageTestCase):
    def test_index_pages_and_the_english_page_stand_under_the_home_page_only(self):
        for model in (*SECTIONS, EnglishPage):
            with self.subTest(model.__name__):
                assert_parent_types(self, model, {HomePage})

    def test_each_index_holds_its_own_pages_only(self):
        for index, child in SECTIONS.items():
            with self.subTest(index.__name__):
                self.assertAllowedSubpageTypes(index, {child})
                assert_parent_types(self, child, {index})
                self.assertAllowedSubpageTypes(child, set())
        self.assertAllowedSubpageTypes(EnglishPage, set())

    def test_there_is_one_of_each_index_and_one_english_page(self):
        home = default_home()
        for factory in (
            CaseStudyIndexPageFactory,
            NewsIndexPageFactory,
            ResearchIndexPageFactory,
            EnglishPageFactory,
        ):
            page = factory(parent=home)
            self.assertFalse(type(page).can_create_at(home))

    def test_factories_build_pages_that_route_and_render(self):
        home = default_home()
        case_studies = CaseStudyIndexPageFactory(parent=home, published=True)
        news = NewsIndexPageFactory(parent=home, published=True)
        research = ResearchIndexPageFactory(parent=home, published=True)
        pages = (
            case_studies,
            CaseStudyPageFactory(parent=case_studies, pdf=PdfFactory(), published=True),
            news,
            NewsPageFactory(parent=news, published=True),
            research,
            ResearchPageFactory(parent=research, document=PdfFactory(), published=True),
            EnglishPageFactory(parent=home, published=True),
        )
        for page in pages:
            with self.subTest(type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
