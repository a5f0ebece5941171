"""Phone numbers compared the way a recruiter would read them, without a numbering-plan library.

``normalise_phone`` turns what a vendor or a candidate typed into one form: ``+CC…`` for a number
with a country code (``+``, ``00``, ``tel:``), the bare digits (trunk ``0`` kept) for a national
one. Punctuation, spaces, a Dutch/British/German ``(0)`` after the country code and an extension
are ignored. ``phone_key`` is what two numbers must share to be the same line.

Why no ``phonenumbers``: it would grow the installed bundle by megabytes of metadata for one
comparison (another issue trims the bundle), and matching needs no formatting or validation.
"""

from __future__ import annotations

import re

#: Fewer significant digits than this identifies nobody (a switchboard extension, a typo, "112").
MIN_DIGITS = 7
#: Two numbers of at least this many significant digits match on their last ``KEY_DIGITS``.
KEY_DIGITS = 9
#: E.164 allows 15 digits; more is two numbers in one field ("06 1234 5678 / 020 123 4567").
MAX_DIGITS = 15

# An extension at the end: "x12", "ext. 12", "extension 12", "#12", RFC 3966 ";ext=12", and the
# words the vendors' home markets use (NL "toestel"/"tst.", DE "Durchwahl"/"DW", PL "wew.").
_EXTENSION = re.compile(
    r"(?:;\s*ext=|\b(?:ext|extension|toestel|tst|durchwahl|dw|wew)\.?|x|#)\s*\d{1,6}\s*$", re.IGNORECASE
)
# "+31 (0)20 …": the trunk 0 a national caller dials, written in brackets after the country code.
_BRACKETED_TRUNK = re.compile(r"\(\s*0\s*\)")
_NOT_DIGIT = re.compile(r"\D")


def normalise_phone(value: str | None) -> str | None:
    """``+CC…`` or national digits; ``None`` for anything too short or too long to be one number."""
    text = (value or "").strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    text = _EXTENSION.sub("", text)
    start = next((c for c in text if c == "+" or c.isdigit()), "")
    digits = _NOT_DIGIT.sub("", text)
    international = start == "+" or digits.startswith("00")
    if international:
        text = _BRACKETED_TRUNK.sub("", text)
        digits = _NOT_DIGIT.sub("", text)
        if start != "+":
            digits = digits[2:]
        significant = digits
    else:
        significant = digits.lstrip("0")
    if not MIN_DIGITS <= len(significant) <= MAX_DIGITS:
        return None
    return f"+{digits}" if international else digits


def phone_key(normalised: str) -> str:
    """What two normalised numbers must share to be one line.

    A national number ("06 12345678") cannot be told apart from another country's number without
    knowing the country, and the app does not know where a candidate lives. Matching national
    numbers only to identical national ones would miss the commonest real case, though: a Dutch or
    German recruiter types "06 …" into Carerix while the same person's application through an
    international ATS says "+31 6 …". So numbers with at least ``KEY_DIGITS`` significant digits
    (after the country code or the trunk 0; NL/PL/FR mobiles have 9, DE and US 10 or more) match on
    their last 9; shorter ones only when identical, national to national, international to
    international. The price, two countries' numbers ending in the same 9 digits, is paid only by
    records without an e-mail (the only ones phones join), and the pane says "same phone" and
    offers the split."""
    significant = normalised[1:] if normalised.startswith("+") else normalised.lstrip("0")
    return significant[-KEY_DIGITS:] if len(significant) >= KEY_DIGITS else normalised
