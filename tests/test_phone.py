"""Phone numbers as the matcher compares them (desktop.phone): one form per line, whoever typed it."""

from __future__ import annotations

import pytest

from desktop.phone import normalise_phone, phone_key

NORMALISED = [
    # with a country code: "+", "00" or "tel:", any punctuation
    ("+31 6 1234 5678", "+31612345678"),
    ("0031 6 12345678", "+31612345678"),
    ("+31 (0)6-12345678", "+31612345678"),  # the trunk 0 written in brackets
    ("(+48) 512 345 678", "+48512345678"),
    ("tel:+49-151-12345678", "+4915112345678"),
    # national numbers keep their trunk 0
    ("06-12 34 56 78", "0612345678"),
    ("(212) 555-0100", "2125550100"),
    # extensions are not part of the line
    ("+1 212 555 0100 x12", "+12125550100"),
    ("+49 30 1234567 ext. 12", "+49301234567"),
    ("+49 30 1234567;ext=12", "+49301234567"),
    ("020 123 4567 toestel 3", "0201234567"),
    ("+48 22 123 45 67 wew. 120", "+48221234567"),
    # too short to identify anyone, not a number, or two numbers in one field
    ("112", None),
    ("06 123", None),
    ("+31 612", None),
    ("", None),
    (None, None),
    ("n/a", None),
    ("06 1234 5678 / 020 123 4567", None),
]


@pytest.mark.parametrize(("typed", "normalised"), NORMALISED)
def test_a_number_is_normalised(typed: str | None, normalised: str | None) -> None:
    assert normalise_phone(typed) == normalised


SAME_LINE = [
    ("+31 6 12345678", "0031 6 1234 5678"),  # 00 is +
    ("+31 6 12345678", "06-12345678"),  # national and international: the last 9 significant digits
    ("+49 151 12345678", "0151 12345678"),
    ("+1 212 555 0100", "(212) 555-0100"),
    ("555 0100", "555-0100"),  # short numbers only when identical
]
DIFFERENT = [
    ("+31 6 12345678", "+31 6 12345679"),
    ("555 0100", "+1 555 0100"),  # too short to compare a national number with a foreign one
    ("0612345678", "061234567"),  # 9 significant digits against 8: nothing to compare safely
]


@pytest.mark.parametrize(("a", "b"), SAME_LINE)
def test_the_same_line_written_two_ways_has_one_key(a: str, b: str) -> None:
    na, nb = normalise_phone(a), normalise_phone(b)
    assert na and nb and phone_key(na) == phone_key(nb)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_lines_have_different_keys(a: str, b: str) -> None:
    na, nb = normalise_phone(a), normalise_phone(b)
    assert na and nb and phone_key(na) != phone_key(nb)
