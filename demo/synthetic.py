"""Realistic synthetic report answers, for benchmarks and load tests (never for real data).

Free-text answers are stitched from sentences of the seed report, so word frequencies
and lengths resemble real exports; scale answers are drawn from each question's scale.
"""

import random
import re
from contextlib import contextmanager
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.signal_handlers import post_save_signal_handler

from core.models import Municipality
from demo.content import REPORT_SEED
from demo.loader import SEEDS_DIR
from importer.parsing import parse_export
from methods.models import MethodPage
from reports import questionnaire
from reports.models import OrganisationType, PluginRound, ProjectReportPage, ReportIndexPage
from search.indexing import index_pages

NBSP = "\u00a0"
FIGURES = questionnaire.KEY_FIGURES


@lru_cache(maxsize=1)
def seed_sentences():
    parsed = parse_export((SEEDS_DIR / REPORT_SEED).read_bytes())
    text = " ".join(
        value
        for key, value in parsed.answers.items()
        if questionnaire.QUESTIONS_BY_KEY[key].is_text
    )
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text)]
    # Numbers in sentences would be extracted as key figures; keep the prose only.
    return [s for s in sentences if len(s) > 20 and not re.search(r"\d", s)]


def random_text(rng, sentences=(1, 6)):
    pool = seed_sentences()
    return " ".join(rng.choice(pool) for _ in range(rng.randint(*sentences)))


def random_answers(rng):
    """An answer for every survey question; a few left empty, as in real exports."""
    answers = {}
    for question in questionnaire.SURVEY_QUESTIONS:
        if rng.random() < 0.05:
            answers[question.key] = ""
        elif question.is_scale:
            answers[question.key] = rng.choice(question.scale.values)
        else:
            answers[question.key] = random_text(rng)
    total = rng.randint(5, 60)
    girls = rng.randint(0, total)
    # Real exports state the key figures in the free text of the goal question.
    answers[questionnaire.GOALS.results.key] += (
        f" Antal deltagare har totalt varit {total} elever, varav {girls} tjejer och "
        f"{total - girls} killar. Genomsnittstiden på hur länge deltagarna varit inskrivna "
        f"i projektet är ca {rng.randint(2, 20)} månader."
    )
    return answers


def render_export(answers):
    """Answers in the survey tool's export format (question line, then the answer)."""
    lines = []
    for question in questionnaire.SURVEY_QUESTIONS:
        label = f"{question.heading} {question.label}" if question.heading else question.label
        lines += [f"{label}:{NBSP}", answers.get(question.key, "")]
    return "\n".join(lines)


def random_export(seed):
    return render_export(random_answers(random.Random(seed)))  # noqa: S311 (not crypto)


# --- Whole report pages, for search and statistics benchmarks (manage.py generate_reports)

TARGET_GROUPS = (
    "hög frånvaro",
    "låg studiemotivation",
    "autism",
    "neuropsykiatriska funktionsnedsättningar",
    "hemmasittare",
    "nyanlända",
    "psykisk ohälsa",
    "socialt utanförskap",
    "skoltrötthet",
    "lågpresterande elever",
    "introduktionsprogram",
    "unga utanför skola och arbete",
)


# Domain words drawn with a Zipf-like skew, so that generated texts hold common,
# mid-frequency and rare words as real reports do.
def _words(text):
    return tuple(text.split())


DOMAIN_WORDS = _words(
    "elevhälsa kurator skolsköterska studievägledning mentorskap mentor studiecoach "
    "lärlingsutbildning introduktionsprogram språkintroduktion yrkesintroduktion "
    "individuella studieplaner kartläggning uppföljningssamtal frånvarorutiner "
    "närvaroteam närvarosamordnare föräldrakontakt vårdnadshavare hembesök "
    "socialtjänsten arbetsförmedlingen ungdomsmottagningen ungdomspsykiatrin "
    "habilitering samordnare coachningssamtal motivationssamtal lösningsfokus "
    "studieteknik läxhjälp studiestöd anpassningar specialpedagog speciallärare "
    "elevassistent fritidsledare ungdomscoach praktikplatser arbetsgivare näringsliv "
    "sommarjobb feriepraktik validering kompetensutveckling handledning "
    "samverkansavtal överlämning grundskolan gymnasiesärskolan folkhögskola "
    "vuxenutbildning komvux aktivitetsansvaret avhopp studieavbrott återgång "
    "skolnärvaro skolfrånvaro hemmasittande schemaanpassning distansundervisning "
    "flexibel skolstart friluftsdagar idrott musik kultur skapande verksamhet "
    "gruppstärkande övningar värdegrund trygghet studiero relationer förtroende "
    "bemötande tillit delaktighet inflytande elevråd utvärdering enkäter "
    "processutvärdering effektmätning nyckeltal statistik rutiner riktlinjer "
    "styrgrupp projektgrupp referensgrupp nätverk erfarenhetsutbyte spridning "
    "konferens seminarium workshop studiebesök omvärldsbevakning implementering "
    "förankring ledning rektor förvaltning politiker budget finansiering "
    "socialfonden regionförbundet landstinget försäkringskassan polisen "
    "fritidsgård idrottsförening studieförbund mentorsprogram faddrar "
    "nyanlända språkstöd modersmål integration jämställdhet tillgänglighet "
    "normkritik hbtq funktionsvariation dyslexi adhd autism ångest depression "
    "sömnsvårigheter kost motion hälsosamtal livsstil digital kompetens "
    "lärplattform sms facebook instagram snapchat app videosamtal "
    "portfolio yrkesdiplom betygsättning examensmål gymnasieexamen högskolebehörighet"
)

ORGANISATION_TYPES = tuple(OrganisationType.values)


def zipf_choice(rng, words, skew=1.1):
    """A word from `words`, the first ones far more often than the last."""
    weights = [1 / (rank + 1) ** skew for rank in range(len(words))]
    return rng.choices(words, weights=weights)[0]


def domain_sentence(rng, place):
    first, second, third = (zipf_choice(rng, DOMAIN_WORDS) for _ in range(3))
    templates = (
        f"I {place} har vi arbetat med {first} och {second} för att stärka {third}.",
        f"Arbetet med {first} har gett bättre {second} för eleverna.",
        f"Vi ser att {first} tillsammans med {second} minskar risken för avhopp.",
        f"Samverkan kring {first}, {second} och {third} har utvecklats under projektet.",
    )
    return rng.choice(templates)


def random_report_answers(rng, place):
    """Survey answers with domain words and the place mixed into the seed's prose."""
    answers = random_answers(rng)
    for question in questionnaire.SURVEY_QUESTIONS:
        if question.is_text and answers[question.key]:
            extra = " ".join(domain_sentence(rng, place) for _ in range(rng.randint(1, 4)))
            answers[question.key] = f"{answers[question.key]} {extra}"
    return answers


def _synthetic_report(rng, number, municipality, methods):
    answers = random_report_answers(rng, municipality.name)
    start_year = rng.randint(2012, 2017)
    end = date(start_year + rng.randint(1, 2), 6, 30)
    published = datetime.combine(end, time(12), ZoneInfo("Europe/Stockholm"))
    total = rng.randint(5, 80)
    girls = rng.randint(0, total)
    report = ProjectReportPage(
        title=f"{zipf_choice(rng, DOMAIN_WORDS).capitalize()} i {municipality.name} ({number})",
        slug=f"syntetisk-rapport-{number:06d}",
        live=True,
        first_published_at=published,
        last_published_at=published,
        municipality=municipality,
        organisation_type=rng.choice(ORGANISATION_TYPES),
        plugin_round=PluginRound.PLUGIN_1 if start_year < 2015 else PluginRound.PLUGIN_2,
        period_start=date(start_year, 8, 1),
        period_end=end,
        summary=domain_sentence(rng, municipality.name),
        import_key=f"synthetic-{number}",
        **{
            FIGURES.total.key: total,
            FIGURES.girls.key: girls,
            FIGURES.boys.key: total - girls,
            FIGURES.months_enrolled.key: rng.randint(2, 20),
        },
        **answers,
    )
    report.methods = rng.sample(methods, k=min(len(methods), rng.randint(1, 3)))
    report.tags.add(*rng.sample(TARGET_GROUPS, k=rng.randint(1, 3)))
    return report


def create_synthetic_reports(count, seed=0, progress=None, batch_size=200):
    """Create `count` published synthetic reports under the report index, spread over
    all municipalities in turn, with methods, tags, answers and key figures; index them
    for search. Numbering continues after earlier runs, so running twice adds more."""
    index = ReportIndexPage.objects.first()
    if index is None:
        raise ValueError("There is no report index page: run `manage.py load_demo` first.")
    rng = random.Random(seed)  # noqa: S311 (not crypto)
    municipalities = list(Municipality.objects.select_related("county").order_by("code"))
    methods = list(MethodPage.objects.live().order_by("pk"))
    first = ProjectReportPage.objects.filter(import_key__startswith="synthetic-").count()
    created = 0
    with _without_wagtail_search_updates(ProjectReportPage):
        while created < count:
            created += _create_batch(
                index,
                rng,
                municipalities,
                methods,
                first + created,
                min(batch_size, count - created),
            )
            if progress:
                progress(created)
    return created


@contextmanager
def _without_wagtail_search_updates(model):
    """Wagtail's own search index (the admin's) is not updated for synthetic pages:
    it would triple the time. `manage.py update_index` adds them when needed."""
    disconnected = post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


def _create_batch(index, rng, municipalities, methods, start, size):
    with transaction.atomic():
        index.refresh_from_db()
        ids = []
        for number in range(start, start + size):
            municipality = municipalities[number % len(municipalities)]
            report = _synthetic_report(rng, number, municipality, methods)
            index.add_child(instance=report)
            ids.append(report.pk)
        index_pages(ids)
    return len(ids)
