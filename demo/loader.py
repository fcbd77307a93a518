"""Build the demo site from the seed files. Idempotent: existing pages are left alone."""

from html import escape
from pathlib import Path

from django.db import transaction
from wagtail.models import Page, Site

from core.models import Municipality
from core.navigation import configured_address, has_local_address
from demo import content
from evidence.models import StatisticsPage
from home.models import AccessibilityStatementPage, HomePage, HomePageFeaturedMethod, StandardPage
from importer.importing import content_hash, import_key_for
from importer.parsing import decode_export, parse_export
from methods.models import (
    MethodIndexPage,
    MethodPage,
    SuccessFactorIndexPage,
    SuccessFactorPage,
)
from reports.models import ProjectReportPage, ReportIndexPage
from reports.services import create_report_page
from submissions.services import review_workflow

SEEDS_DIR = Path(__file__).resolve().parent / content.SEEDS_DIR_NAME
WHY_HEADING = "Varför är det här viktigt?"
BREADCRUMB_LINE = "Du är här"


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in paragraphs)


def list_html(items):
    return "<ul>" + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items) + "</ul>"


def follow_up_paragraphs(path=None):
    """The paragraphs of seed 000 under "Varför är det här viktigt?", every one of them."""
    text = (path or SEEDS_DIR / content.FOLLOW_UP_SEED).read_text(encoding="utf-8")
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [block for block in blocks if block]
    # The page text starts with the breadcrumb and the heading; the rest is the body.
    if blocks and blocks[0] == BREADCRUMB_LINE:
        blocks = blocks[1:]
    if blocks and blocks[0] == WHY_HEADING:
        blocks = blocks[1:]
    return [" ".join(block.split()) for block in blocks]


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = []

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    def child(self, parent, model, slug, prepare=None, **fields):
        """Return the existing child page with `slug`, or create and publish it.

        `prepare(page)` runs before the first save (e.g. to add tags).
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, **fields)
        if prepare:
            prepare(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.created.append(page)
        return page

    @transaction.atomic
    def load(self):
        home = self.home()
        factors = self.success_factors(home)
        methods = self.methods(home, factors)
        self.featured_methods(home, methods)
        self.reports(home, methods)
        self.statistics(home)
        self.about(home)
        self.accessibility(home)
        self.log(f"Demo content: {len(self.created)} pages created.")
        return self.created

    def home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        home = HomePage.objects.first()
        if home is None:
            home = HomePage(
                title=content.HOME["title"],
                slug=content.HOME["slug"],
                intro=paragraphs_html([content.HOME["intro"]]),
            )
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            self.created.append(home)
        if has_local_address(site):
            # Wagtail's placeholder site or an earlier local run: follow the configured
            # address (`make run` sets it from HOST and PORT). A real host name set by the
            # editors is kept.
            site.hostname, site.port = configured_address()
        old_root = site.root_page if site.root_page_id else None
        site.root_page = home
        site.site_name = site.site_name or "PlugInnovation"
        site.save()
        # Wagtail's placeholder "Welcome" page is replaced by the portal's home page.
        if old_root and old_root.pk != home.pk and type(old_root.specific) is Page:
            old_root.delete()
        return home

    def success_factors(self, home):
        index = self.child(
            home,
            SuccessFactorIndexPage,
            content.SUCCESS_FACTOR_INDEX["slug"],
            title=content.SUCCESS_FACTOR_INDEX["title"],
            intro=paragraphs_html([content.SUCCESS_FACTOR_INDEX["intro"]]),
            show_in_menus=True,
        )
        factors = {}
        for factor in content.SUCCESS_FACTORS:
            why = factor.get("why_important") or follow_up_paragraphs()
            factors[factor["slug"]] = self.child(
                index,
                SuccessFactorPage,
                factor["slug"],
                title=factor["title"],
                long_name=factor["long_name"],
                summary=factor["summary"],
                why_important=paragraphs_html(why),
                how_to_work=list_html(factor["how_to_work"]),
            )
        return factors

    def methods(self, home, factors):
        index = self.child(
            home,
            MethodIndexPage,
            content.METHOD_INDEX["slug"],
            title=content.METHOD_INDEX["title"],
            intro=paragraphs_html([content.METHOD_INDEX["intro"]]),
            show_in_menus=True,
        )
        methods = {}
        for method in content.METHODS:
            methods[method["slug"]] = self.child(
                index,
                MethodPage,
                method["slug"],
                title=method["title"],
                summary=method["summary"],
                search_synonyms=method["synonyms"],
                why_it_matters=paragraphs_html(method["why"]),
                steps=[
                    ("step", {"title": title, "text": paragraphs_html([text])})
                    for title, text in method["steps"]
                ],
                prerequisites=paragraphs_html(method["prerequisites"]),
                success_factors=[factors[slug] for slug in method["factors"]],
                prepare=lambda page, tags=method["tags"]: page.target_groups.add(*tags),
            )
        return methods

    def featured_methods(self, home, methods):
        if home.featured_methods.exists():
            return
        # Through a revision, so that the editor sees the same list as the visitor.
        home.featured_methods = [
            HomePageFeaturedMethod(method=methods[slug], sort_order=position)
            for position, slug in enumerate(content.FEATURED_METHODS)
        ]
        home.save_revision().publish()

    def statistics(self, home):
        self.child(
            home,
            StatisticsPage,
            content.STATISTICS["slug"],
            title=content.STATISTICS["title"],
            intro=paragraphs_html([content.STATISTICS["intro"]]),
            show_in_menus=True,
        )

    def reports(self, home, methods):
        index = self.child(
            home,
            ReportIndexPage,
            content.REPORT_INDEX["slug"],
            title=content.REPORT_INDEX["title"],
            intro=paragraphs_html([content.REPORT_INDEX["intro"]]),
            show_in_menus=True,
        )
        review_workflow()  # project leaders' reports sent in under the index are reviewed
        seed = content.SEED_REPORT
        if index.get_children().filter(slug=seed["slug"]).exists():
            return
        data = (SEEDS_DIR / content.REPORT_SEED).read_bytes()
        parsed = parse_export(data)
        report = create_report_page(
            index,
            title=seed["title"],
            slug=seed["slug"],
            parsed=parsed,
            publish=True,
            methods=[methods[slug] for slug in seed["methods"]],
            tags=seed["tags"],
            municipality=Municipality.objects.get(code=seed["municipality_code"]),
            organisation_type=seed["organisation_type"],
            plugin_round=seed["plugin_round"],
            period_start=seed["period_start"],
            period_end=seed["period_end"],
            summary=seed["summary"],
            source_name=content.REPORT_SEED,
            # Importing the seed file again finds this report (and leaves it unchanged).
            import_key=import_key_for(content.REPORT_SEED),
            source_hash=content_hash(decode_export(data)),
        )
        # The extracted key figures were checked by hand against the seed text (and
        # are asserted in the tests), so the demo report needs no further review.
        ProjectReportPage.objects.filter(pk=report.pk).update(needs_review=False)
        self.created.append(report)

    def about(self, home):
        self.child(
            home,
            StandardPage,
            content.ABOUT["slug"],
            title=content.ABOUT["title"],
            intro=content.ABOUT["intro"],
            body=[("paragraph", paragraphs_html(content.ABOUT["paragraphs"]))],
        )

    def accessibility(self, home):
        statement = content.ACCESSIBILITY
        self.child(
            home,
            AccessibilityStatementPage,
            statement["slug"],
            title=statement["title"],
            intro=statement["intro"],
            body=statement["body"].strip(),
            contact_email=statement["contact_email"],
            assessed_on=statement["assessed_on"],
        )
