"""The legacy export parser: the seed, variants real exports contain, and bad input."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importer.parsing import ExportError, normalise, parse_export, parse_export_text
from reports import questionnaire
from reports.services import create_report_page
from testing.seed import SEED_EXPORT, seed_pairs

NBSP = "\u00a0"
SEED_BYTES = SEED_EXPORT.read_bytes()
SEED_TEXT = SEED_BYTES.decode("utf-8")


def export(*pairs, nbsp=True):
    """Build an export text from (label, answer) pairs in the survey tool's format."""
    tail = f":{NBSP}" if nbsp else ":"
    return "\n".join(f"{label}{tail}\n{answer}" for label, answer in pairs)


def label(key):
    return questionnaire.QUESTIONS_BY_KEY[key].label


# --- the seed -------------------------------------------------------------------


def test_seed_gives_64_answers_equal_to_the_seed_answer_by_answer():
    parsed = parse_export(SEED_BYTES)
    assert parsed.answer_count == 64
    assert parsed.extras == []
    answers_in_order = [
        parsed.answers[key] for key in sorted(parsed.question_lines, key=parsed.question_lines.get)
    ]
    assert answers_in_order == [answer.strip() for _, answer in seed_pairs()]


def test_seed_composition_answers_go_to_their_groups():
    parsed = parse_export(SEED_BYTES)
    assert parsed.answers["project_group_composition"].startswith("projektledare 20%")
    assert parsed.answers["steering_group_composition"].startswith("projektledare, junior")
    assert parsed.answers["reference_group_composition"] == "saknas"


def test_seed_key_figures_are_extracted_and_flagged_for_verification():
    parsed = parse_export(SEED_BYTES)
    assert parsed.key_figures == {
        "participants_total": 25,
        "participants_girls": 10,
        "participants_boys": 15,
        "avg_months_enrolled": Decimal("8"),
        "outcome_discharged": 9,
        "outcome_other_agencies": 4,
        "outcome_moved_away": 1,
        "outcome_still_enrolled": 11,
    }
    verify = [w for w in parsed.warnings if w.startswith("Nyckeltal hämtat ur fritext")]
    assert len(verify) == 8


# --- encodings, line endings, whitespace ----------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xef\xbb\xbf" + SEED_BYTES,
        SEED_BYTES.replace(b"\n", b"\r\n"),
        SEED_TEXT.encode("utf-16"),
        SEED_TEXT.replace("”", '"').replace("–", "-").encode("cp1252"),
        SEED_TEXT.replace("”", '"').replace("–", "-").encode("latin-1"),
    ],
    ids=["utf8-bom", "crlf", "utf16", "cp1252", "latin1"],
)
def test_encodings_and_line_endings(encoded):
    parsed = parse_export(encoded)
    assert parsed.answer_count == 64
    assert parsed.answers["attendance_change"] == "Ökat ganska mycket"
    assert parsed.answers["goal_results"].startswith("Det har blivit en ökad närvaro")


def test_spaces_and_missing_no_break_spaces_are_tolerated():
    text = (
        f"{label('goal_achievement')}   :   \n  Vi har   uppnått målsättningarna  \n"
        f"{label('attendance_change').upper()}:\nÖKAT  MYCKET\n"
        f"  {label('org_staff_competence').replace(' ', '  ')}:\ni stor utsträckning\n"
    )
    parsed = parse_export_text(text)
    assert parsed.answers == {
        "goal_achievement": "Vi har uppnått målsättningarna",
        "attendance_change": "Ökat mycket",
        "org_staff_competence": "I stor utsträckning",
    }
    assert not [w for w in parsed.warnings if "passar inte" in w]


# --- structure ----------------------------------------------------------------


def test_multi_paragraph_answers_keep_paragraphs_and_colon_lines():
    answer = "Första stycket rad ett\nrad två:\n\n\nAndra stycket, med kolon på slutet:"
    parsed = parse_export_text(export(("Vilket lärande har åstadkommits i projektet?", answer)))
    assert parsed.answers["learning"] == (
        "Första stycket rad ett\nrad två:\n\nAndra stycket, med kolon på slutet:"
    )


def test_questions_in_other_order_missing_and_empty():
    text = export(
        (label("tips"), "Planera tidigt."),
        (label("goal_results"), ""),
        (label("goal_achievement"), "Vi har överträffat målsättningarna"),
    )
    parsed = parse_export_text(text)
    assert parsed.answers == {
        "tips": "Planera tidigt.",
        "goal_results": "",
        "goal_achievement": "Vi har överträffat målsättningarna",
    }
    assert parsed.answer_count == 2


def test_unknown_question_is_kept_as_extra_answer_with_warning():
    text = export(
        (label("tips"), "Planera tidigt."),
        ("Hur många besökte er monter på mässan?", "Ungefär 300"),
    )
    parsed = parse_export_text(text)
    assert parsed.answers == {"tips": "Planera tidigt."}
    [extra] = parsed.extras
    assert (extra.question_key, extra.question_text, extra.answer) == (
        "",
        "Hur många besökte er monter på mässan?",
        "Ungefär 300",
    )
    assert any("Okänd fråga på rad 3" in w for w in parsed.warnings)


def test_scale_answer_outside_the_scale_is_kept_verbatim_and_flagged():
    parsed = parse_export_text(export((label("attendance_change"), "Vet inte riktigt")))
    assert parsed.answers["attendance_change"] == ""
    [extra] = parsed.extras
    assert (extra.question_key, extra.answer) == ("attendance_change", "Vet inte riktigt")
    assert any("passar inte frågans skala" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "raw, value",
    [
        ("har ej mätt", "Har ej mätt"),
        ("Ej aktuellt", "Ej aktuellt"),
        ("  Ökat ganska   mycket. ", "Ökat ganska mycket"),
    ],
)
def test_not_measured_and_not_applicable_are_real_values(raw, value):
    parsed = parse_export_text(export((label("grades_change"), raw)))
    assert parsed.answers["grades_change"] == value


def test_correct_spelling_of_tillfredsstallande_maps_to_the_survey_value():
    parsed = parse_export_text(export((label("steering_group_work"), "Tillfredsställande")))
    assert parsed.answers["steering_group_work"] == "Tillfredställande"


def test_label_cut_at_128_characters_is_recognised():
    full = label("org_attitudes") + " Beskriv gärna också hur ni har arbetat med det i praktiken."
    cut = (full * 2)[:128]
    assert len(label("org_attitudes")) < 128 <= len(cut)
    parsed = parse_export_text(export((cut, "Inte alls")))
    # "Förändring av förhållningssätt ..." cut inside the longer wording still matches.
    assert parsed.answers == {"org_attitudes": "Inte alls"}


def test_glued_heading_is_tolerated_but_short_labels_are_not_swallowed():
    text = export(
        (f"Förändringar {label('changes')}", "Vi bytte målgrupp."),
        ("Sociala medier Media", "I viss utsträckning"),
    )
    parsed = parse_export_text(text)
    assert parsed.answers["changes"] == "Vi bytte målgrupp."
    assert "spread_media" not in parsed.answers
    assert parsed.extras[0].question_text == "Sociala medier Media"


def test_repeated_composition_question_is_assigned_by_position():
    composition = questionnaire.COMPOSITION
    text = export(
        (label("steering_group_work"), "Mycket väl"),
        (composition, "Styrgruppens folk"),
        (label("project_group_work"), "Mindre bra"),
        (composition, "Projektgruppens folk"),
    )
    parsed = parse_export_text(text)
    assert parsed.answers["steering_group_composition"] == "Styrgruppens folk"
    assert parsed.answers["project_group_composition"] == "Projektgruppens folk"


def test_duplicate_question_keeps_the_second_answer_as_extra():
    text = export((label("tips"), "Ett"), (label("tips"), "Två"))
    parsed = parse_export_text(text)
    assert parsed.answers["tips"] == "Ett"
    assert [(e.question_key, e.answer) for e in parsed.extras] == [("tips", "Två")]


def test_text_before_the_first_question_is_kept():
    parsed = parse_export_text("Slutrapport Plug In\n\n" + export((label("tips"), "Tips")))
    assert parsed.extras[0].answer == "Slutrapport Plug In"


# --- bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "Filen är tom."),
        (b"  \n\n ", "Filen är tom."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binära data"),
        ("Bara lite text: utan frågor:\nSvar".encode(), "Hittade ingen fråga"),
        (b"\x81\x8d\x8f\x90\x9d", "går inte att läsa"),
    ],
    ids=["empty", "blank", "binary", "no-question", "undecodable"],
)
def test_bad_files_are_refused_with_a_clear_message(data, message):
    with pytest.raises(ExportError) as error:
        parse_export(data)
    assert message in str(error.value)


def test_personal_identity_number_refuses_the_file_naming_the_line():
    text = export((label("tips"), "Ring eleven 19121212-1212 om det behövs."))
    with pytest.raises(ExportError) as error:
        parse_export_text(text)
    assert error.value.line == 2
    assert "personnummer (19121212-****)" in str(error.value)
    assert str(error.value).startswith("rad 2: ")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_random_text_never_crashes_the_parser(text):
    try:
        parse_export(text.encode("utf-8"))
    except ExportError as error:
        assert str(error)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_parser(data):
    try:
        parse_export(data)
    except ExportError as error:
        assert str(error)


# --- nothing lost ---------------------------------------------------------------


def stored_report_text(report):
    """Everything a stored report holds that came from the file, as one searchable text."""
    parts = []
    for question in questionnaire.SURVEY_QUESTIONS:
        value = getattr(report, question.key)
        if value not in ("", None):
            parts += [question.heading, question.label, str(value)]
    for extra in report.extra_answers.all():
        parts += [extra.question_text, extra.answer]
        if extra.question_key:
            question = questionnaire.QUESTIONS_BY_KEY[extra.question_key]
            parts += [question.heading, question.label]
    return normalise(" \n ".join(parts))


VARIANTS = {
    "seed": SEED_TEXT,
    "seed-crlf-reordered": "\r\n".join(f"{q}\r\n{a}" for q, a in reversed(seed_pairs())),
    "odd": export(
        ("Inledande rad utan fråga", "…"),
        (label("attendance_change"), "Vet ej"),
        ("En fråga vi inte känner till?", "Ett svar:\n\nsom fortsätter."),
        (f"Förändringar {label('changes')}", "Ändrat."),
        (label("tips"), "Första\nandra"),
        (label("tips"), "Igen"),
    ),
}


@pytest.mark.parametrize("text", VARIANTS.values(), ids=VARIANTS.keys())
def test_every_non_empty_line_of_the_input_ends_up_in_the_stored_report(import_index, text):
    parsed = parse_export_text(text)
    report = create_report_page(import_index, title="Import", parsed=parsed)
    report = type(report).objects.get(pk=report.pk)
    stored = stored_report_text(report)
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip().rstrip(NBSP + " ").rstrip(":")
        if normalise(line):
            assert normalise(line) in stored, line
