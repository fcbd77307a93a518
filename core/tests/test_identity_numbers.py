"""The personnummer/samordningsnummer detector shared by the importer and the form."""

import pytest

from core.identity_numbers import contains_identity_number, find_identity_numbers
from testing.identity_samples import LOOK_ALIKES, VALID, number


def test_there_are_at_least_twenty_of_each():
    assert len(VALID) >= 20 and len(LOOK_ALIKES) >= 20


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
