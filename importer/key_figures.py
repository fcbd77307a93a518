"""Key figures stated in the free text of a legacy export, in the usual phrasing
("25 elever, varav 10 tjejer och 15 killar"); each is flagged for verification."""

import re
from decimal import Decimal

from reports import questionnaire

FIGURES = questionnaire.KEY_FIGURES

NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20,
}  # fmt: skip
_COUNT = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
_PEOPLE = r"(?:elev|elever|ungdom|ungdomar|deltagare|unga)"
_GIRLS = r"(?:tjejer|flickor)"
_BOYS = r"(?:killar|pojkar)"
_PARTICIPANTS = re.compile(
    rf"(\d+)\s+{_PEOPLE}\s*,?\s*varav\s+(\d+)\s+({_GIRLS}|{_BOYS})\s+och\s+(\d+)\s+({_GIRLS}|{_BOYS})",
    re.IGNORECASE,
)
_TOTAL_ONLY = re.compile(r"antal deltagare\D{0,30}?(\d+)", re.IGNORECASE)
_MONTHS = re.compile(
    r"genomsnitt\w*[^.]{0,120}?(?:ca|cirka|ungefär|omkring|runt)?\.?\s*(\d+(?:[,.]\d+)?)\s*månader",
    re.IGNORECASE,
)
_OUTCOME_SENTENCE = re.compile(rf"^{_COUNT}\s+{_PEOPLE}\b(.*)$", re.IGNORECASE | re.DOTALL)
# Checked in order: "utskrivna ... och har övergått till andra instanser" is not "discharged".
_OUTCOME_RULES = (
    (FIGURES.moved_away, re.compile(r"\bflytta", re.IGNORECASE)),
    (FIGURES.still_enrolled, re.compile(r"kvar i projektet", re.IGNORECASE)),
    (FIGURES.other_agencies, re.compile(r"andra instanser|övergått till", re.IGNORECASE)),
    (FIGURES.discharged, re.compile(r"utskrivn|avslutat|avslutade", re.IGNORECASE)),
)


def _to_number(token):
    token = token.lower()
    return NUMBER_WORDS[token] if token in NUMBER_WORDS else int(token)


def _sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def extract_key_figures(result):
    """Find key numbers stated in the usual phrasing in the text answers of `result`
    (a ParsedReport); store them in its key figures, each with a warning to verify it."""
    texts = [result.answers.get(q.key, "") for q in questionnaire.SURVEY_QUESTIONS if q.is_text]
    found = {}
    for text in filter(None, texts):
        _extract_participants(text, found)
        _extract_months(text, found)
        for sentence in _sentences(text):
            _extract_outcome(sentence, found)
    for question, (value, source) in found.items():
        result.key_figures[question.key] = value
        result.warnings.append(
            f"Nyckeltal hämtat ur fritext, kontrollera: {question.label} = {value} (”{source}”)."
        )
    if _gender_split_mismatch(result.key_figures):
        result.warnings.append("Antalet tjejer och killar summerar inte till antalet deltagare.")


def _gender_split_mismatch(figures):
    keys = (FIGURES.total.key, FIGURES.girls.key, FIGURES.boys.key)
    if not all(key in figures for key in keys):
        return False
    total, girls, boys = (figures[key] for key in keys)
    return girls + boys != total


def _extract_participants(text, found):
    match = _PARTICIPANTS.search(text)
    if match:
        total, first, first_kind, second, second_kind = match.groups()
        found.setdefault(FIGURES.total, (int(total), match.group(0)))
        for count, kind in ((first, first_kind), (second, second_kind)):
            question = FIGURES.girls if re.fullmatch(_GIRLS, kind, re.I) else FIGURES.boys
            found.setdefault(question, (int(count), match.group(0)))
        return
    match = _TOTAL_ONLY.search(text)
    if match:
        found.setdefault(FIGURES.total, (int(match.group(1)), match.group(0)))


def _extract_months(text, found):
    match = _MONTHS.search(text)
    if match:
        value = Decimal(match.group(1).replace(",", "."))
        found.setdefault(FIGURES.months_enrolled, (value, match.group(0)))


def _extract_outcome(sentence, found):
    match = _OUTCOME_SENTENCE.match(sentence)
    if not match:
        return
    count, rest = _to_number(match.group(1)), match.group(2)
    for question, pattern in _OUTCOME_RULES:
        if pattern.search(rest):
            found.setdefault(question, (count, sentence))
            return
