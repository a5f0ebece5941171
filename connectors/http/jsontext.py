"""Reading JSON we did not write (a user's input file, a setting piped in, a vendor's body) safely.

Three ways such text used to end in a traceback: bytes that are not UTF-8 (``UnicodeDecodeError``),
nesting deep enough to exhaust Python's stack (``RecursionError`` from ``json.loads``), and plain bad
JSON. Each is a :class:`JsonInputError` here, whose message says where and what to do. The nesting
limit is far beyond any real payload (vendors' deepest objects nest under 10 levels) and is checked
by a scan before parsing, so the parser never recurses that deep.
"""

from __future__ import annotations

import json
from typing import Any

#: Deeper than any vendor or unified payload we know by an order of magnitude.
MAX_DEPTH = 200


class JsonInputError(ValueError):
    """The text is not JSON we can read; the message names ``where`` and what to do."""


def _too_deep(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (a linear scan, no recursion)."""
    if text.count("[") + text.count("{") <= limit:
        return False  # fast path: cannot nest deeper than there are openers
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def decode_text(data: bytes, where: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark is allowed); a clear error otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonInputError(
            f"{where} is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
            f"save it as UTF-8 and try again."
        ) from None


def loads(text: str | bytes, where: str) -> Any:
    """Parse JSON from a source we do not control; :class:`JsonInputError` says what is wrong."""
    if isinstance(text, bytes):
        text = decode_text(text, where)
    if _too_deep(text, MAX_DEPTH):
        raise JsonInputError(f"{where} nests deeper than {MAX_DEPTH} levels; no real record does. Check it.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            f"{where} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:  # a stack smaller than the limit assumes (a thread's)
        raise JsonInputError(f"{where} nests too deeply to read. Check it.") from None
