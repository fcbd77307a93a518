"""Recognise what an export says against the questionnaire: question labels and scale
values, tolerant of case, spacing, punctuation, cut labels and glued headings."""

import re
import unicodedata

from reports import questionnaire

NO_BREAK_SPACES = "\u00a0\u202f\u2007"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# A cut export label must keep this much text (normalised) to be matched as a prefix.
MIN_PREFIX_LENGTH = 100
MAX_HEADING_WORDS = 3


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


def match_scale_value(scale, answer):
    """The canonical scale value for an answer (case/space/punctuation-tolerant, other
    spellings the scale declares), or None."""
    norm = normalise(answer)
    for spelling, value in (*((value, value) for value in scale.values), *scale.aliases):
        if normalise(spelling) == norm:
            return value
    return None
