"""Factories for tests (wagtail-factories): every page type, built under a real parent.

A factory page is saved live, without a revision and outside the search index, as a
fixture would load it. `published=True` publishes it the way an editor does
(`testing.helpers.publish`: a revision, then publish, so the search index follows);
`live=False` with `testing.helpers.save_draft` gives a draft. Municipalities are never
made up: they are the migration's rows, chosen by SCB code (`municipality_code="0780"`).

    site = PortalSiteFactory()                  # a site of its own, rooted at a new home
    tree = site_tree()                          # ... with the index pages under it
    method = MethodPageFactory(parent=tree.methods, success_factors=[factor], published=True)

Imported and submitted reports go through the importer and the submissions services, so
that their import key, source file, owner and workflow are real:

    report = ImportedReportFactory(answers={"attendance_change": "Ökat mycket"})
    submission = SubmissionFactory()            # sent in: submission.report is in review
"""

import random
from dataclasses import dataclass
from datetime import date

import factory
import wagtail_factories
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from core.models import Municipality
from demo.synthetic import random_answers, render_export
from evidence.models import StatisticsPage
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from importer.importing import import_file
from methods.models import MethodIndexPage, MethodPage, SuccessFactorIndexPage, SuccessFactorPage
from reports.models import ProjectReportPage, ReportIndexPage
from submissions import services
from submissions.models import Invitation, Submission
from testing.helpers import publish
from testing.submissions import PASSWORD, valid_answers


def municipality(code):
    """A municipality loaded by the reference-data migration, by SCB code ("0780")."""
    return Municipality.objects.get(code=code)


def _relation(name):
    """A post-generation hook: `Factory(name=[...])` sets that many-to-many relation."""

    def hook(obj, create, extracted, **kwargs):
        if extracted is not None:
            setattr(obj, name, list(extracted))
            if create:
                obj.save()

    return factory.PostGeneration(hook)


def _tags(name):
    """A post-generation hook: `Factory(name=["autism"])` adds those tags."""

    def hook(obj, create, extracted, **kwargs):
        if extracted:
            getattr(obj, name).add(*extracted)
            if create:
                obj.save()

    return factory.PostGeneration(hook)


class PortalPageFactory(wagtail_factories.PageFactory):
    """Base of the portal's page factories: `published=True` publishes after creation."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def published(obj, create, extracted, **kwargs):
        return bool(create and extracted)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # After every hook (relations set first), so that the revision holds them.
        if results and results.get("published"):
            publish(instance)


# --- home ----------------------------------------------------------------------------


class HomePageFactory(PortalPageFactory):
    """A home page; by default under the tree's root node, where a site root belongs."""

    title = "Startsida"
    slug = factory.Sequence(lambda n: f"start-{n}")
    intro = "<p>En portal om vad som fungerar mot avhopp från gymnasieskolan.</p>"
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Informationssida {n}")
    intro = "En sida med information."
    body = factory.LazyFunction(lambda: [("paragraph", RichText("<p>Om portalen.</p>"))])

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(PortalPageFactory):
    title = "Tillgänglighetsredogörelse"
    slug = factory.Sequence(lambda n: f"tillganglighet-{n}")
    intro = "Så tillgänglig är webbplatsen."
    body = "<p>Webbplatsen uppfyller kraven.</p>"
    contact_email = "tillganglighet@example.se"
    assessed_on = date(2026, 1, 15)

    class Meta:
        model = AccessibilityStatementPage


# --- methods -------------------------------------------------------------------------


class SuccessFactorIndexPageFactory(PortalPageFactory):
    title = "Framgångsfaktorer"
    slug = factory.Sequence(lambda n: f"framgangsfaktorer-{n}")

    class Meta:
        model = SuccessFactorIndexPage


class SuccessFactorPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Faktor {n}")
    long_name = factory.LazyAttribute(lambda page: f"{page.title} i SKL:s formulering")
    summary = "En framgångsfaktor."
    why_important = "<p>Därför är den viktig.</p>"

    class Meta:
        model = SuccessFactorPage


class MethodIndexPageFactory(PortalPageFactory):
    title = "Metoder"
    slug = factory.Sequence(lambda n: f"metoder-{n}")

    class Meta:
        model = MethodIndexPage


class MethodPageFactory(PortalPageFactory):
    """`success_factors=[...]` and `target_groups=["autism"]` set the relations."""

    title = factory.Sequence(lambda n: f"Metod {n}")
    summary = "En metod."
    why_it_matters = "<p>Därför.</p>"
    success_factors = _relation("success_factors")
    target_groups = _tags("target_groups")

    class Meta:
        model = MethodPage


# --- reports and statistics ----------------------------------------------------------


class ReportIndexPageFactory(PortalPageFactory):
    title = "Slutrapporter"
    slug = factory.Sequence(lambda n: f"rapporter-{n}")

    class Meta:
        model = ReportIndexPage


class ProjectReportPageFactory(PortalPageFactory):
    """A report with a few answers. `municipality_code="0780"` picks the municipality;
    without it the factory goes through all 290 in code order. `methods=[...]` and
    `tags=[...]` set the relations."""

    class Params:
        municipality_code = None

    title = factory.Sequence(lambda n: f"Projekt {n}")
    municipality = factory.Maybe(
        "municipality_code",
        yes_declaration=factory.LazyAttribute(lambda page: municipality(page.municipality_code)),
        no_declaration=factory.Iterator(Municipality.objects.order_by("code")),
    )
    organisation_type = "school"
    plugin_round = "plugin2"
    participants_total = 12
    attendance_change = "Ökat mycket"
    goal_results = "Fler elever fullföljde."
    methods = _relation("methods")
    tags = _tags("tags")

    class Meta:
        model = ProjectReportPage


class StatisticsPageFactory(PortalPageFactory):
    title = "Resultat i siffror"
    slug = factory.Sequence(lambda n: f"statistik-{n}")
    intro = "<p>Vad slutrapporterna säger.</p>"

    class Meta:
        model = StatisticsPage


# --- sites and trees -----------------------------------------------------------------


class PortalSiteFactory(wagtail_factories.SiteFactory):
    """A site of its own (host localhost, its own port) rooted at a new home page;
    `testing.helpers.site_client(site)` requests its pages."""

    site_name = "Testportal"
    root_page = factory.SubFactory(HomePageFactory)


@dataclass
class SiteTree:
    site: Site
    home: HomePage
    factors: SuccessFactorIndexPage
    methods: MethodIndexPage
    reports: ReportIndexPage
    statistics: StatisticsPage


def site_tree(site=None, published=False):
    """The portal's sections under a site's home page: a site of its own unless given."""
    site = site or PortalSiteFactory(root_page__published=published)
    home = site.root_page.specific
    return SiteTree(
        site=site,
        home=home,
        factors=SuccessFactorIndexPageFactory(parent=home, published=published),
        methods=MethodIndexPageFactory(parent=home, published=published),
        reports=ReportIndexPageFactory(parent=home, published=published),
        statistics=StatisticsPageFactory(parent=home, published=published),
    )


def default_home():
    """The default site's home page (the one `client` requests); built when missing."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_page.specific if site else None
    if isinstance(root, HomePage):
        return root
    home = HomePageFactory()
    if site is None:
        site = Site(hostname="testserver", port=80, is_default_site=True, site_name="Portal")
    site.root_page = home
    site.save()
    return home


def report_index():
    """Where imported and sent-in reports go: the first report index (as the importer and
    the submissions services choose it), built under the default home when missing."""
    return ReportIndexPage.objects.first() or ReportIndexPageFactory(parent=default_home())


# --- imported and submitted reports --------------------------------------------------


class _ServiceFactory(factory.Factory):
    """Objects that exist only once a service made them: `build()` is refused."""

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        raise TypeError(f"{cls.__name__} makes its object through a service: use create().")


def export_text(answers=None, marker=""):
    """A survey export as the legacy tool wrote it (a question line, then its answer):
    realistic answers stitched from the seed report's sentences (`demo.synthetic`), the
    same every time, with `answers` ({question key: answer}) put over them. `marker` ends
    the tips answer, so that two exports differ (the importer knows a file by content)."""
    merged = {**random_answers(random.Random(0)), **(answers or {})}
    if marker:
        merged["tips"] = f"{merged.get('tips', '')} {marker}".strip()
    return render_export(merged)


class ImportedReportFactory(_ServiceFactory):
    """A report imported from an export file by `importer.importing.import_file`, with its
    real import key (the file name, or `title`), source name and hash, parsed answers,
    key figures and warnings. Published unless `publish=False` (the importer's default
    is a draft). `answers={...}` sets questionnaire answers; `text` replaces the file."""

    class Params:
        answers = None
        municipality_code = "0780"

    name = factory.Sequence(lambda n: f"slutrapport-{n}.txt")
    text = factory.LazyAttribute(lambda o: export_text(o.answers, marker=f"Fil: {o.name}."))
    publish = True
    municipality = factory.LazyAttribute(
        lambda o: municipality(o.municipality_code) if o.municipality_code else None
    )
    title = None
    user = None

    class Meta:
        model = ProjectReportPage

    @classmethod
    def _create(cls, model_class, *, name, text, **options):
        report_index()
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        outcome = import_file(name, data, **options)
        if outcome.status != "created":
            raise AssertionError(f"{name}: {outcome.status} {outcome.error}")
        return model_class.objects.get(pk=outcome.report.pk)


class SubmissionFactory(_ServiceFactory):
    """A project leader's online report through `submissions.services`: an invitation,
    accepted (the leader's account, in group Projektledare), every step answered
    (`testing.submissions.valid_answers`, with `answers={...}` over them) and sent in:
    `submission.report` is a draft report page under review. `sent_in=False` stops
    before sending in."""

    name = "Anna Andersson"
    email = factory.Sequence(lambda n: f"projektledare-{n}@example.se")
    project_name = factory.Sequence(lambda n: f"Inskickat projekt {n}")
    municipality = factory.LazyFunction(lambda: municipality("0780"))
    password = PASSWORD
    answers = None
    sent_in = True

    class Meta:
        model = Submission

    @classmethod
    def _create(cls, model_class, *, password, answers, sent_in, **fields):
        report_index()
        invitation = Invitation(**fields)
        services.issue_token(invitation)
        invitation.save()
        submission = services.accept_invitation(invitation, password=password)
        submission.draft.update(
            {**valid_answers(), "title": invitation.project_name, **(answers or {})}
        )
        submission.save()
        if sent_in:
            services.submit(submission, submission.leader)
        return model_class.objects.get(pk=submission.pk)


# --- regions, municipalities and workshops -------------------------------------------
# In `testing.workshop_factories` (this module is at the size limit).
