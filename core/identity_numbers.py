"""Detect Swedish personal identity numbers (personnummer and samordningsnummer).

The portal never stores one: reports are about projects, not about young people.
One detector serves every path that stores text (README, "Personal identity numbers").

A match needs a real date (samordningsnummer: day + 60), a valid Luhn check digit,
and the shape of an identity number as people write it: YYMMDD-NNNN, YYMMDD+NNNN,
YYYYMMDD-NNNN or the same without separator, with a space instead of the dash, with any
dash (en dash, minus sign, non-breaking hyphen, ...), with dots between the date parts
(YY.MM.DD-NNNN), or with invisible characters (zero-width or soft hyphen) inside. The
text is normalised first (Unicode NFKC, every dash to "-", every space to " ", invisible
characters dropped); matches are reported in the original text.

Phone numbers as people write them ("070-123 45 67", "08-123 456 78"), dates,
organisation numbers (month 60 and above), postcodes and amounts do not have these
shapes or fail the date or check-digit test. A phone number written as ten digits
("0701010241") can be a valid number for someone born 2007-01-01: it is refused, and
the message says how to write a phone number so that it passes.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

# Dropped before matching: they are invisible, so a number with one inside reads as a number.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_FOLD = str.maketrans(
    {**dict.fromkeys(map(ord, _DASHES), "-"), **dict.fromkeys(map(ord, _SPACES), " ")}
)

_CANDIDATE = re.compile(
    r"(?<![\d+\-/.,])"  # not inside a longer number, date or amount
    r"(?P<century>(?:18|19|20))?"
    r"(?P<yy>\d{2})(?P<dot>\.?)(?P<mm>\d{2})(?P=dot)(?P<dd>\d{2})"
    r"(?P<sep> ?[-+] ?| |)"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\d/]|[-.,]\d)"
)

PHONE_HINT = "070-101 02 41"

# A number begins with its date: six digits, or three pairs with dots between.
_DATE_DIGITS = re.compile(r"\d\d\.?\d\d\.?\d\d")


@dataclass(frozen=True)
class IdentityNumberMatch:
    text: str  # as written in the original text
    start: int
    end: int
    coordination_number: bool  # samordningsnummer
    could_be_phone_number: bool  # ten digits beginning with 0, e.g. 0701010241

    @property
    def kind(self):
        return "samordningsnummer" if self.coordination_number else "personnummer"

    @property
    def masked(self):
        """The number with its last four digits hidden, for messages."""
        return self.text[:-4] + "****"


def luhn_valid(ten_digits):
    total = 0
    for index, char in enumerate(ten_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def _real_date(century, yy, mm, dd):
    # Without a century any year fits; 2000 is a leap year, so 29 February passes.
    year = int(century + yy) if century else 2000 + int(yy)
    try:
        date(year, int(mm), int(dd))
    except ValueError:
        return False
    return True


def normalise(text):
    """(normalised text, the original index of each of its characters)."""
    chars, positions = [], []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char.translate(_INVISIBLE)).translate(_FOLD)
        chars.append(folded)
        positions.extend([index] * len(folded))
    return "".join(chars), positions


def _is_identity_number(match):
    day = int(match["dd"])
    dd = f"{day - 60:02d}" if day > 60 else match["dd"]
    if not _real_date(match["century"] or "", match["yy"], match["mm"], dd):
        return False
    digits = match["yy"] + match["mm"] + match["dd"] + match["serial"] + match["check"]
    return luhn_valid(digits)


@functools.cache
def _format_chars():
    """Every invisible (format) character of the BMP: a superset of those `normalise`
    drops, so that the quick test below never misses a number that it would find."""
    chars = "".join(chr(code) for code in range(0x10000) if unicodedata.category(chr(code)) == "Cf")
    return re.compile(f"[{re.escape(chars)}]")


def may_hold_identity_number(text):
    """False when `text` cannot hold one, cheaply: every save of a report and every
    autosave runs the detector, and most texts have no run of six digits."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return bool(_DATE_DIGITS.search(_format_chars().sub("", text)))


def find_identity_numbers(text):
    """Every personnummer or samordningsnummer in `text`, in order."""
    return _scan(text) if may_hold_identity_number(text) else []


def _scan(text):
    normalised, positions = normalise(text)
    found = []
    for match in _CANDIDATE.finditer(normalised):
        if not _is_identity_number(match):
            continue
        start, end = positions[match.start()], positions[match.end() - 1] + 1
        phone_like = not match["century"] and not match["sep"] and match["yy"][0] == "0"
        found.append(
            IdentityNumberMatch(text[start:end], start, end, int(match["dd"]) > 60, phone_like)
        )
    return found


def contains_identity_number(text):
    return bool(find_identity_numbers(text))


def phone_number_hint(match):
    """A sentence for a number that may be a phone number: how to write one that passes."""
    if not match.could_be_phone_number:
        return ""
    return (
        f" Om det är ett telefonnummer: skriv det med bindestreck och mellanslag, till "
        f"exempel {PHONE_HINT}."
    )


def identity_number_error(text, message):
    """`message` (with `{kind}` and `{masked}`) for the first identity number in `text`,
    with the phone-number hint where it applies; "" when there is none."""
    found = find_identity_numbers(text) if isinstance(text, str) else []
    if not found:
        return ""
    match = found[0]
    return message.format(kind=match.kind, masked=match.masked) + phone_number_hint(match)
