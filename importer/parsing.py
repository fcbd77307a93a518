"""Parse legacy final-report survey exports (the format of seed 004) losslessly.

An export is a sequence of question lines, each ending in ":" (the survey tool adds a
no-break space), each followed by its answer, which may span several lines and
paragraphs. Questions are recognised against the questionnaire catalogue only, so an
answer that happens to end with a colon stays part of its answer.

Nothing is dropped: a question the catalogue does not know, a scale answer that fits
no value of its scale, text before the first question and a question asked twice all
become "extra answers" with a warning for the editor.
"""

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from core.identity_numbers import find_identity_numbers
from reports import questionnaire

NO_BREAK_SPACES = "\u00a0\u202f\u2007"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# An unknown line counts as a question only with the survey tool's signature.
UNKNOWN_QUESTION_MAX_LENGTH = 250
# A cut export label must keep this much text (normalised) to be matched as a prefix.
MIN_PREFIX_LENGTH = 100
MAX_HEADING_WORDS = 3


class ExportError(Exception):
    """The file cannot be imported; the message says why (Swedish, for editors)."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self):
        return f"rad {self.line}: {self.message}" if self.line else self.message


@dataclass
class ExtraAnswer:
    question_key: str  # "" when the question is not in the catalogue
    question_text: str
    answer: str
    line: int | None = None


@dataclass
class ParsedReport:
    answers: dict = field(default_factory=dict)  # question key -> text / canonical value
    extras: list = field(default_factory=list)  # ExtraAnswer
    key_figures: dict = field(default_factory=dict)  # key -> int / Decimal (extracted)
    warnings: list = field(default_factory=list)  # Swedish, for the editor
    question_lines: dict = field(default_factory=dict)  # key -> line number in the file

    @property
    def answer_count(self):
        return sum(1 for value in self.answers.values() if value not in ("", None))


# --- decoding -----------------------------------------------------------------


def decode_export(data):
    """Bytes of an export file to text: UTF-8 (with or without BOM), UTF-16 or cp1252."""
    if not data or not data.strip():
        raise ExportError("Filen är tom.")
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_strict(data, "utf-16")
    if b"\x00" in data:
        raise ExportError("Filen är inte en textfil (den innehåller binära data).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_strict(data, "cp1252")
    _refuse_control_characters(text)
    return text


def _decode_strict(data, encoding):
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ExportError(
            f"Filen går inte att läsa som {encoding.upper()} eller Windows-1252 "
            f"(oläsbart tecken vid byte {error.start}). Spara den som UTF-8 och försök igen."
        ) from None
    _refuse_control_characters(text)
    return text


def _refuse_control_characters(text):
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            if unicodedata.category(char) == "Cc" and char != "\t":
                raise ExportError(
                    "Filen innehåller styrtecken och verkar inte vara en textexport "
                    f"(tecken U+{ord(char):04X}).",
                    line=number,
                )


# --- normalisation --------------------------------------------------------------


def clean_line(line):
    """Whitespace-normalised line: no-break spaces to spaces, runs collapsed, trimmed."""
    line = line.translate(INVISIBLE)
    for char in NO_BREAK_SPACES:
        line = line.replace(char, " ")
    return re.sub(r"[ \t]+", " ", line).strip()


def normalise(text):
    """Case-, whitespace- and punctuation-insensitive form for matching labels and values."""
    text = unicodedata.normalize("NFC", clean_line(text)).casefold()
    text = "".join(char if char.isalnum() or char.isspace() else " " for char in text)
    return " ".join(text.split())


# --- catalogue matching ---------------------------------------------------------


class QuestionMatcher:
    """Recognise export question labels against the questionnaire catalogue."""

    def __init__(self, questions=questionnaire.SURVEY_QUESTIONS):
        self.questions = questions
        self.by_label = {}
        for question in questions:
            self.by_label.setdefault(normalise(question.label), []).append(question)

    def candidates(self, label):
        norm = normalise(label)
        if not norm:
            return []
        if norm in self.by_label:
            return self.by_label[norm]
        return self._cut_label(norm) or self._glued_heading(norm)

    def _cut_label(self, norm):
        """The survey tool cut labels at 128 characters: match by prefix either way."""
        for known, questions in self.by_label.items():
            shorter, longer = sorted((norm, known), key=len)
            if len(shorter) >= MIN_PREFIX_LENGTH and longer.startswith(shorter):
                return questions
        return []

    def _glued_heading(self, norm):
        """A short survey heading glued in front of the label ("Förändringar Har ni ...")."""
        words = norm.split()
        for skip in range(1, MAX_HEADING_WORDS + 1):
            rest = " ".join(words[skip:])
            questions = self.by_label.get(rest)
            if not questions:
                continue
            heading = " ".join(words[:skip])
            declared = any(normalise(q.heading) == heading for q in questions)
            # One-word labels ("Media") must not swallow longer unknown questions.
            if declared or len(rest.split()) >= 4:
                return questions
        return []


def choose_question(candidates, previous_key, used_keys):
    """Pick among questions sharing a label: the one that follows the previous question."""
    for question in candidates:
        if question.follows and question.follows == previous_key:
            return question
    for question in candidates:
        if question.key not in used_keys:
            return question
    return candidates[0]


# --- parsing --------------------------------------------------------------------


@dataclass
class _Block:
    question: object  # Question or None (unknown question-like line) or "preamble"
    label: str
    line: int
    lines: list = field(default_factory=list)


def _question_label(raw_line):
    """The label of a line that ends with ':' (and its survey signature), else None."""
    stripped = raw_line.rstrip(" \t\r" + NO_BREAK_SPACES)
    if not stripped.endswith(":"):
        return None, False
    tail = raw_line[len(stripped) :]
    has_signature = any(char in tail for char in NO_BREAK_SPACES) or stripped.endswith(" :")
    return clean_line(stripped[:-1]), has_signature


def _join_answer(lines):
    """Answer text with paragraphs kept: lines trimmed, blank runs collapsed to one."""
    cleaned = [clean_line(line) for line in lines]
    paragraphs, current = [], []
    for line in cleaned:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def split_blocks(text, matcher):
    """Split export text into question blocks (recognised, unknown, or preamble)."""
    blocks = [_Block(question="preamble", label="", line=1)]
    previous_key, used = "", set()
    for number, raw in enumerate(text.split("\n"), start=1):
        label, has_signature = _question_label(raw)
        if label is not None:
            candidates = matcher.candidates(label)
            if candidates:
                question = choose_question(candidates, previous_key, used)
                blocks.append(_Block(question=question, label=label, line=number))
                previous_key = question.key
                used.add(question.key)
                continue
            if has_signature and len(label) <= UNKNOWN_QUESTION_MAX_LENGTH:
                blocks.append(_Block(question=None, label=label, line=number))
                previous_key = ""
                continue
        blocks[-1].lines.append(raw)
    return blocks


def parse_export_text(text, matcher=None):
    """Parse decoded export text into answers, extras and warnings. Raises ExportError."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    _refuse_identity_numbers(text)
    matcher = matcher or QuestionMatcher()
    result = ParsedReport()
    blocks = split_blocks(text, matcher)
    if not any(isinstance(block.question, questionnaire.Question) for block in blocks):
        raise ExportError("Hittade ingen fråga från slutrapportenkäten i filen.")
    for block in blocks:
        _store_block(block, result)
    extract_key_figures(result)
    return result


def parse_export(data):
    """Parse the bytes of an export file. Raises ExportError with a Swedish message."""
    return parse_export_text(decode_export(data))


def _refuse_identity_numbers(text):
    for number, line in enumerate(text.split("\n"), start=1):
        found = find_identity_numbers(clean_line(line))
        if found:
            raise ExportError(
                f"Filen innehåller ett {found[0].kind} ({_mask(found[0].text)}). "
                "Personuppgifter om elever får inte finnas i slutrapporter: ta bort "
                "numret ur filen och importera igen.",
                line=number,
            )


def _mask(number):
    return number[:-4] + "****"


def _store_block(block, result):
    answer = _join_answer(block.lines)
    if block.question == "preamble":
        if answer:
            result.extras.append(ExtraAnswer("", "", answer, line=1))
            result.warnings.append("Text före första frågan sparades som övrigt svar (rad 1).")
        return
    if block.question is None:
        result.extras.append(ExtraAnswer("", block.label, answer, line=block.line))
        result.warnings.append(
            f"Okänd fråga på rad {block.line} sparades som övrigt svar: ”{block.label}”."
        )
        return
    question = block.question
    if question.key in result.answers:
        result.extras.append(ExtraAnswer(question.key, block.label, answer, line=block.line))
        result.warnings.append(
            f"Frågan ”{question.label}” förekommer flera gånger; svaret på rad {block.line} "
            "sparades som övrigt svar."
        )
        return
    result.question_lines[question.key] = block.line
    if question.is_scale and answer:
        value = match_scale_value(question.scale, answer)
        if value is None:
            result.answers[question.key] = ""
            result.extras.append(ExtraAnswer(question.key, question.label, answer, line=block.line))
            result.warnings.append(
                f"Svaret ”{answer}” på frågan ”{question.label}” (rad {block.line}) passar inte "
                "frågans skala. Det sparades som det står; välj rätt skalvärde."
            )
            return
        answer = value
    result.answers[question.key] = answer


SCALE_ALIASES = {
    # The survey's own spelling is "Tillfredställande"; exports also carry the correct one.
    "tillfredsställande": "Tillfredställande",
}


def match_scale_value(scale, answer):
    """The canonical scale value for an answer (case/space/punctuation-tolerant), or None."""
    norm = normalise(answer)
    for value in scale.values:
        if normalise(value) == norm:
            return value
    alias = SCALE_ALIASES.get(norm)
    return alias if alias in scale.values else None


# --- key figures in free text ---------------------------------------------------

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
    ("outcome_moved_away", re.compile(r"\bflytta", re.IGNORECASE)),
    ("outcome_still_enrolled", re.compile(r"kvar i projektet", re.IGNORECASE)),
    ("outcome_other_agencies", re.compile(r"andra instanser|övergått till", re.IGNORECASE)),
    ("outcome_discharged", re.compile(r"utskrivn|avslutat|avslutade", re.IGNORECASE)),
)


def _to_number(token):
    token = token.lower()
    return NUMBER_WORDS[token] if token in NUMBER_WORDS else int(token)


def _sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def extract_key_figures(result):
    """Find key numbers stated in the usual phrasing; each is flagged for verification."""
    texts = [
        result.answers.get(q.key, "")
        for q in questionnaire.SURVEY_QUESTIONS
        if q.type is questionnaire.AnswerType.TEXT
    ]
    found = {}
    for text in filter(None, texts):
        _extract_participants(text, found)
        _extract_months(text, found)
        for sentence in _sentences(text):
            _extract_outcome(sentence, found)
    for key, (value, source) in found.items():
        result.key_figures[key] = value
        label = questionnaire.QUESTIONS_BY_KEY[key].label
        result.warnings.append(
            f"Nyckeltal hämtat ur fritext, kontrollera: {label} = {value} (”{source}”)."
        )
    if _gender_split_mismatch(result.key_figures):
        result.warnings.append("Antalet tjejer och killar summerar inte till antalet deltagare.")


def _gender_split_mismatch(figures):
    keys = ("participants_total", "participants_girls", "participants_boys")
    if not all(key in figures for key in keys):
        return False
    total, girls, boys = (figures[key] for key in keys)
    return girls + boys != total


def _extract_participants(text, found):
    match = _PARTICIPANTS.search(text)
    if match:
        total, first, first_kind, second, second_kind = match.groups()
        found.setdefault("participants_total", (int(total), match.group(0)))
        for count, kind in ((first, first_kind), (second, second_kind)):
            key = "participants_girls" if re.fullmatch(_GIRLS, kind, re.I) else "participants_boys"
            found.setdefault(key, (int(count), match.group(0)))
        return
    match = _TOTAL_ONLY.search(text)
    if match:
        found.setdefault("participants_total", (int(match.group(1)), match.group(0)))


def _extract_months(text, found):
    match = _MONTHS.search(text)
    if match:
        value = Decimal(match.group(1).replace(",", "."))
        found.setdefault("avg_months_enrolled", (value, match.group(0)))


def _extract_outcome(sentence, found):
    match = _OUTCOME_SENTENCE.match(sentence)
    if not match:
        return
    count, rest = _to_number(match.group(1)), match.group(2)
    for key, pattern in _OUTCOME_RULES:
        if pattern.search(rest):
            found.setdefault(key, (count, sentence))
            return
