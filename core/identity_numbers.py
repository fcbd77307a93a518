"""Detect Swedish personal identity numbers (personnummer and samordningsnummer).

The portal never stores one: reports are about projects, not about young people.
One detector serves the importer and the submission form.

A match needs a real date (samordningsnummer: day + 60), a valid Luhn check digit,
and the usual shapes: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, or the same without
the separator. Phone numbers ("070-123 45 67") and dates ("31/12-14") do not have
these shapes or fail the date or check-digit test.
"""

import re
from dataclasses import dataclass
from datetime import date

_CANDIDATE = re.compile(
    r"(?<![\d+\-/.,])"  # not inside a longer number, date or amount
    r"(?P<century>(?:18|19|20))?"
    r"(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+]?)"
    r"(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\d/]|[-.,]\d)"
)


@dataclass(frozen=True)
class IdentityNumberMatch:
    text: str
    start: int
    end: int
    coordination_number: bool  # samordningsnummer

    @property
    def kind(self):
        return "samordningsnummer" if self.coordination_number else "personnummer"


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


def find_identity_numbers(text):
    """Every personnummer or samordningsnummer in `text`, in order."""
    found = []
    for match in _CANDIDATE.finditer(text):
        yy, mm, dd = match["yy"], match["mm"], match["dd"]
        day = int(dd)
        coordination = day > 60
        if coordination:
            dd = f"{day - 60:02d}"
        if not _real_date(match["century"] or "", yy, mm, dd):
            continue
        if not luhn_valid(
            match["yy"] + match["mm"] + match["dd"] + match["serial"] + match["check"]
        ):
            continue
        found.append(IdentityNumberMatch(match.group(0), match.start(), match.end(), coordination))
    return found


def contains_identity_number(text):
    return bool(find_identity_numbers(text))
