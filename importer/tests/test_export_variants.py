"""Real exports differ from the seed: questions left out and in another order, questions
the seed lacks, other question endings, scale answers the seed never gives, and the
page's heading in front. The files in `exports/` are such exports (written for these
tests); the last test builds one from the seed and counts that no scale answer is lost."""

import random
from pathlib import Path

import pytest

from importer.parsing import normalise, parse_export, parse_export_text
from importer.tests.test_parsing import stored_report_text
from reports import questionnaire
from reports.services import create_report_page
from testing.seed import seed_pairs

NBSP = "\u00a0"
EXPORTS = Path(__file__).resolve().parent / "exports"
CHANGE, EXTENT = questionnaire.CHANGE, questionnaire.EXTENT
NEW_QUESTION = "other_individual_results"  # asked by later exports, not by the seed


def parse_file(name):
    return parse_export((EXPORTS / name).read_bytes())


def label(key):
    return questionnaire.QUESTIONS_BY_KEY[key].label


def not_fitting(parsed):
    return [warning for warning in parsed.warnings if "passar inte" in warning]


# --- the export files -------------------------------------------------------------


def test_evaluation_report_with_the_page_heading_and_questions_left_out():
    parsed = parse_file("utvardering_med_sidhuvud.txt")
    assert parsed.kind == "utvardering"
    # The page's heading is not an answer: no extra answer, no warning.
    assert parsed.page_heading[0] == "Du är här"
    assert parsed.page_heading[-1] == "Utvärderingsrapport"
    assert parsed.extras == [] and parsed.warnings == []
    assert parsed.answers["attendance_change"] == CHANGE.unchanged  # "Oförändrad"
    assert parsed.answers["return_to_studies_change"] == CHANGE.increased_somewhat
    assert parsed.answers[NEW_QUESTION].startswith("Vi har följt elevernas eget välmående")
    assert parsed.answers["org_staff_engagement"] == EXTENT.dont_know
    assert parsed.answers["partner_employment_service"] == EXTENT.dont_know
    assert parsed.answers["steering_group_work"] == "Tillfredställande"
    assert parsed.answers["steering_group_composition"].startswith("Rektor, elevhälsochef")
    assert parsed.answers["goal_results"].count("\n\n") == 1  # its two paragraphs
    # Unanswered questions are left out of the file, so they are not in the answers.
    assert "grades_change" not in parsed.answers and "kia_mapping_change" not in parsed.answers
    assert parsed.answer_count == 15


def test_unknown_question_after_a_scale_answer_keeps_the_scale_answer_clean():
    parsed = parse_file("slutrapport_okand_fraga.txt")
    assert parsed.kind is None and parsed.page_heading == []
    # "...praktik under projekttiden:" has no signature, but follows a one-line scale answer.
    assert parsed.answers["grades_change"] == CHANGE.not_measured
    assert [(extra.question_key, extra.question_text[:28]) for extra in parsed.extras] == [
        ("", "Hur stor andel av deltagarna"),
        ("", "Vad tyckte deltagarna om pro"),
    ]
    assert parsed.extras[0].answer.startswith("Ungefär hälften av deltagarna")
    assert not_fitting(parsed) == []
    assert parsed.answers["attendance_change"] == CHANGE.unchanged
    assert parsed.answers[NEW_QUESTION].startswith("Vi har inte mätt något mer")
    assert parsed.answers["practice_material"] == EXTENT.dont_know
    assert parsed.answers["spread_region"] == EXTENT.dont_know  # "Regionen.:"
    assert parsed.answers["partner_county_council"] == EXTENT.small
    assert parsed.key_figures["participants_total"] == 18


def test_breadcrumb_on_one_line_is_the_page_not_an_answer():
    parsed = parse_file("slutrapport_brodsmulor_pa_en_rad.txt")
    assert parsed.kind is None
    assert parsed.page_heading == ["Du är här: Startsida › Plug In › Slutrapporter › Alvesta"]
    assert parsed.extras == [] and parsed.warnings == []
    assert parsed.answers["return_to_studies_change"] == CHANGE.unchanged
    assert parsed.answers["spread_media"] == EXTENT.some


def test_a_lone_kind_line_before_the_first_question_is_the_page_heading():
    parsed = parse_export_text(f"Utvärderingsrapport\n{label('tips')}:{NBSP}\nTa hjälp.")
    assert (parsed.kind, parsed.extras) == ("utvardering", [])
    # Other text before the first question is still kept.
    parsed = parse_export_text(f"Plug In Ljungby\n{label('tips')}:{NBSP}\nTa hjälp.")
    assert parsed.kind is None and parsed.extras[0].answer == "Plug In Ljungby"


@pytest.mark.parametrize("name", sorted(path.name for path in EXPORTS.glob("*.txt")))
def test_every_line_but_the_page_heading_ends_up_in_the_stored_report(import_index, name):
    text = (EXPORTS / name).read_bytes().decode("utf-8")
    parsed = parse_export_text(text)
    report = create_report_page(import_index, title="Import", parsed=parsed)
    stored = stored_report_text(type(report).objects.get(pk=report.pk))
    heading = {normalise(line) for line in parsed.page_heading}
    # Another spelling of a scale value is stored as the declared value ("Oförändrad").
    spellings = {
        normalise(spelling): normalise(value)
        for scale in questionnaire.SCALES
        for spelling, value in scale.aliases
    }
    for line in text.replace("\r\n", "\n").split("\n"):
        line = spellings.get(normalise(line), normalise(line))
        if line and line not in heading:
            assert line in stored, line


# --- question endings --------------------------------------------------------------


ENDINGS = ["? : ", "?: ", " : ", ".: ", ". : "]


@pytest.mark.parametrize("space", [" ", NBSP], ids=["space", "nbsp"])
@pytest.mark.parametrize("ending", ENDINGS)
def test_question_endings_with_a_space_or_a_no_break_space(ending, space):
    ending = ending.replace(" ", space)
    unknown = f"Hur har ni följt upp eleverna efter projektet{ending}"
    text = "\n".join(
        [
            f"{label('learning')}{ending}",
            "Att relationen är grunden.",
            unknown,
            "Med ett samtal efter ett halvår.",
            f"{label('org_staff_competence').rstrip('?')}{ending}",
            "I stor utsträckning",
        ]
    )
    parsed = parse_export_text(text)
    assert parsed.answers == {
        "learning": "Att relationen är grunden.",
        "org_staff_competence": EXTENT.large,
    }
    [extra] = parsed.extras
    assert extra.question_text == normalise_ending(unknown)
    assert extra.answer == "Med ett samtal efter ett halvår."


def normalise_ending(line):
    return " ".join(line.replace(NBSP, " ").split()).removesuffix(":").rstrip()


def test_a_colon_at_the_end_of_an_answer_line_stays_part_of_the_answer():
    answer = "Vi tog med oss tre saker:\nTid, tålamod och tydlighet."
    parsed = parse_export_text(f"{label('learning')}:{NBSP}\n{answer}")
    assert parsed.answers == {"learning": answer} and parsed.extras == []


# --- nothing lost: every scale answer in the file is parsed --------------------------


def seed_variant():
    """The seed as a real export might give it: questions shuffled, some left out
    (unanswered), endings with no-break spaces, an unknown question right after a
    scale answer (no signature), and "Oförändrad" and "Vet ej" as answers.

    Returns the text and {question key: the scale value expected} for every scale
    answer in the file."""
    rng = random.Random(7)
    # Scale questions by their label (each scale label is asked once); None for text.
    scales = {normalise(q.label): q for q in questionnaire.SURVEY_QUESTIONS if q.is_scale}
    pairs = [(scales.get(normalise(line)), (line, answer)) for line, answer in seed_pairs()]
    assert sum(1 for question, _ in pairs if question) == len(scales)
    rng.shuffle(pairs)
    kept = [pair for pair in pairs if rng.random() > 0.2]
    first_change = next(i for i, (q, _) in enumerate(kept) if q and q.scale is CHANGE)
    extents = [i for i, (q, _) in enumerate(kept) if q and q.scale is EXTENT]
    for i, answer in [(first_change, "Oförändrad"), *((i, "Vet ej") for i in extents[:3])]:
        kept[i] = (kept[i][0], (kept[i][1][0], answer))
    endings = [f" :{NBSP}", f"{NBSP}:{NBSP}", f":{NBSP}", f"{NBSP}: ", ": "]
    lines, expected = [], {}
    for number, (question, (line, answer)) in enumerate(kept):
        label_text = line.rstrip(NBSP + " ").removesuffix(":").rstrip(NBSP + " ")
        lines += [label_text + endings[number % len(endings)], answer]
        if question:
            expected[question.key] = answer
    after = next(i for i, (question, _) in enumerate(kept) if question)
    unknown = ["Hur många elever har fått sommarjobb genom projektet:", "Sex elever."]
    lines[2 * after + 2 : 2 * after + 2] = unknown
    return "\n".join(lines), expected


def test_every_scale_answer_of_a_real_looking_export_reaches_the_answers():
    text, expected = seed_variant()
    assert "Oförändrad" in expected.values() and "Vet ej" in expected.values()
    assert len(expected) > 30
    parsed = parse_export_text(text)
    scale_answers = {
        key: value
        for key, value in parsed.answers.items()
        if questionnaire.QUESTIONS_BY_KEY[key].is_scale and value
    }
    canonical = {
        key: CHANGE.unchanged if value == "Oförändrad" else value for key, value in expected.items()
    }
    assert scale_answers == canonical  # none lost, none changed
    assert not_fitting(parsed) == []
    [unknown] = parsed.extras
    assert unknown.question_text.startswith("Hur många elever har fått sommarjobb")
