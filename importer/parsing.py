"""Parse legacy final-report survey exports (the format of seed 004) losslessly.

An export is a sequence of question lines, each ending in ":" (`? : `, `?: `, ` : `,
`.: ` or `. : `, with a space or a no-break space), each followed by its answer, which
may span several lines and paragraphs. Unanswered questions are left out, and the order
and the set of questions vary. Questions are recognised against the questionnaire
catalogue, so an answer that happens to end with a colon stays part of its answer; an
unknown line is a question when it has the survey tool's signature or when it follows a
one-line scale answer (a scale answer is never more than one line). Some exports begin
with the page's heading ("Du är här", the breadcrumb, "Utvärderingsrapport"): that is
the page, not an answer (`importer.page_heading`); it gives the report's kind.

Nothing is dropped: a question the catalogue does not know, a scale answer that fits
no value of its scale, other text before the first question and a question asked twice
all become "extra answers" with a warning for the editor.

Recognising labels and scale values is `importer.matching`; key figures stated in free
text are `importer.key_figures`. This module reads the file and puts the pieces together.
"""

import codecs
import unicodedata
from dataclasses import dataclass, field

from core.identity_numbers import find_identity_numbers, phone_number_hint
from importer.key_figures import extract_key_figures
from importer.matching import (
    NO_BREAK_SPACES,
    QuestionMatcher,
    choose_question,
    clean_line,
    match_scale_value,
    normalise,
)
from importer.page_heading import read_page_heading, starts_page_heading
from reports import questionnaire

__all__ = [
    "ExportError",
    "ExtraAnswer",
    "ParsedReport",
    "QuestionMatcher",
    "choose_question",
    "decode_export",
    "normalise",
    "parse_export",
    "parse_export_text",
    "split_blocks",
]

# An unknown line counts as a question only with the survey tool's signature (or
# right after a one-line scale answer), and only this long.
UNKNOWN_QUESTION_MAX_LENGTH = 250
# A label ending like this, then a space after the colon, is the survey tool's signature.
QUESTION_ENDINGS = ("?", ".")


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
    # The report's kind when the page's heading names it ("utvardering"), else None.
    kind: str | None = None
    page_heading: list = field(default_factory=list)  # the page's heading lines, not kept

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


# --- parsing --------------------------------------------------------------------


@dataclass
class _Block:
    question: object  # Question or None (unknown question-like line) or "preamble"
    label: str
    line: int
    lines: list = field(default_factory=list)


def _question_label(raw_line):
    """The label of a line that ends with ':' (and its survey signature), else None.

    The signature: a no-break space after the colon, a space (of any kind) before it, or
    a label ending in "?" or "." with a space after the colon."""
    stripped = raw_line.rstrip(" \t\r" + NO_BREAK_SPACES)
    if not stripped.endswith(":"):
        return None, False
    tail = raw_line[len(stripped) :]
    before_colon = stripped[:-1]
    label = clean_line(before_colon)
    has_signature = (
        any(char in tail for char in NO_BREAK_SPACES)
        or before_colon[-1:].isspace()
        or (bool(tail) and label.endswith(QUESTION_ENDINGS))
    )
    return label, has_signature


def _after_one_line_scale_answer(block):
    """True when the block is a scale question whose answer so far is one line."""
    question = block.question
    if not isinstance(question, questionnaire.Question) or not question.is_scale:
        return False
    return sum(1 for line in block.lines if clean_line(line)) == 1


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
        if len(blocks) == 1 and starts_page_heading(raw):
            label = None  # "Du är här:" begins the page's heading, not a question
        if label is not None:
            has_signature = has_signature or _after_one_line_scale_answer(blocks[-1])
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
                f"Filen innehåller ett {found[0].kind} ({found[0].masked}). "
                "Personuppgifter om elever får inte finnas i slutrapporter: ta bort "
                f"numret ur filen och importera igen.{phone_number_hint(found[0])}",
                line=number,
            )


def _store_block(block, result):
    answer = _join_answer(block.lines)
    if block.question == "preamble":
        result.kind, is_page_heading = read_page_heading(block.lines)
        if is_page_heading:
            result.page_heading = [line for line in map(clean_line, block.lines) if line]
            return
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
