"""The personnummer/samordningsnummer detector shared by the importer and the form."""

import pytest

from core import identity_numbers
from core.identity_numbers import (
    contains_identity_number,
    find_identity_numbers,
    may_hold_identity_number,
    phone_number_hint,
)
from testing.identity_samples import (
    LOOK_ALIKES,
    PHONE_AND_IDENTITY_NUMBER,
    VALID,
    WRITTEN_FORMS,
    number,
)


def test_the_corpus_holds_at_least_sixty_of_each():
    assert len(VALID) + len(WRITTEN_FORMS) >= 60 and len(LOOK_ALIKES) >= 60


@pytest.mark.parametrize("value", WRITTEN_FORMS)
def test_numbers_written_with_spaces_dashes_dots_or_invisible_characters_are_found(value):
    text = f"Eleven ({value}) har slutat."
    [match] = find_identity_numbers(text)
    assert match.text == value  # reported as written, so the message shows what was typed
    assert text[match.start : match.end] == value


def test_a_ten_digit_phone_number_that_is_also_an_identity_number_is_refused_with_a_hint():
    [match] = find_identity_numbers(f"Ring {PHONE_AND_IDENTITY_NUMBER}")
    assert match.could_be_phone_number
    assert "070-101 02 41" in phone_number_hint(match)
    assert not contains_identity_number("Ring 070-101 02 41")


def test_no_phone_hint_for_a_number_with_century_or_dash():
    [match] = find_identity_numbers("19121212-1212")
    assert phone_number_hint(match) == ""
    assert match.masked == "19121212-****"


@pytest.mark.parametrize("value", VALID)
def test_valid_identity_numbers_are_found_in_text(value):
    text = f"Eleven ({value}) har slutat."
    [match] = find_identity_numbers(text)
    assert match.text == value


@pytest.mark.parametrize("value", LOOK_ALIKES)
def test_look_alikes_are_not_identity_numbers(value):
    assert not contains_identity_number(f"Kontakt: {value}.")


def test_samordningsnummer_is_named_as_such():
    [match] = find_identity_numbers(number("070163", "239"))
    assert match.kind == "samordningsnummer"
    [match] = find_identity_numbers("19121212-1212")
    assert match.kind == "personnummer"


@pytest.mark.parametrize(
    "text",
    [*VALID, *WRITTEN_FORMS, *LOOK_ALIKES, "１９１２１２１２－１２１２", "1912\u00ad1212-1212"],
)
def test_the_quick_check_never_lets_a_number_through(text):
    """`find_identity_numbers` skips the scan for texts without six digits in a row: the
    quick check must say "may hold one" for every text the full scan finds one in."""
    sentence = f"Eleven ({text}) kom tillbaka."
    assert may_hold_identity_number(sentence) or not identity_numbers._scan(sentence)
    assert find_identity_numbers(sentence) == identity_numbers._scan(sentence)
