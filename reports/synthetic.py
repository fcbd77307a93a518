"""Realistic synthetic report answers, for benchmarks and load tests (never for real data).

Free-text answers are stitched from sentences of the seed report, so word frequencies
and lengths resemble real exports; scale answers are drawn from each question's scale.
"""

import random
import re
from functools import lru_cache

from reports import questionnaire
from reports.parsing import parse_export

NBSP = "\u00a0"


@lru_cache(maxsize=1)
def seed_sentences():
    from portal.demo.content import REPORT_SEED
    from portal.demo.loader import SEEDS_DIR

    parsed = parse_export((SEEDS_DIR / REPORT_SEED).read_bytes())
    text = " ".join(
        value
        for key, value in parsed.answers.items()
        if questionnaire.QUESTIONS_BY_KEY[key].type is questionnaire.AnswerType.TEXT
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
    answers["goal_results"] += (
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
