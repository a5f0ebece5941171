"""JSON in and out of the sync's hot path: vendor bodies read, records and queue items written.

A sync decodes every vendor answer and encodes every record it stores (its ``remote_data``, its JSON
columns, the hash that tells a change from a re-read). With the standard library that was about a
quarter of the sync's CPU with the vendor's limits lifted (``bench/vs_dlt.py``); orjson does the same
work about ten times faster encoding and four times faster decoding.

What is written must not change with the library: stored hashes compare texts, and a different
spelling of the same record would rewrite it (or move its ``changed_at``) once after an upgrade. So
each function here gives exactly the text of the standard library's compact form (``ensure_ascii=False,
separators=(",", ":")``) and, decoding, exactly its values; wherever orjson would differ it is not
used:

- numbers orjson cannot hold (integers beyond 64 bits: it would read them as floats and refuse to
  write them), text with lone surrogates, keys that are not strings, nesting past orjson's limit, a
  byte-order mark, ``NaN`` and ``Infinity`` in a body: the standard library does that value;
- ``default=str`` values (a datetime in a hashed record) reach ``str`` as before, not orjson's own
  rendering.

Two spellings still differ, for floats nobody sends: below 1e-4 the standard library writes an exponent
(``1e-05``), orjson does not (``0.00001``); and a ``NaN`` in a value is written ``null`` (valid JSON)
instead of ``NaN`` (not JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_COMPACT_STR = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
_SORTED_STR = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
# Types orjson would render its own way are handed to ``default`` (or refused) as by the standard library.
_PASS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
# An integer orjson would read as a float has 20 digits or more (beyond 2**64 - 1), or 19 after a minus
# sign (below -2**63). Any run of 19 digits sends a body to the standard library: digits in a string (a
# phone number) only cost the slower reader. Found by mapping every digit to "0" and everything else to a
# space, then a substring search: about 2 us for a 2.5 kB body, where a regular expression took 25-50 us,
# more than parsing the body.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_RUN = b"0" * 19


def loads(data: bytes) -> Any:
    """A JSON body's value, as ``json.loads`` gives it (and its errors where it fails)."""
    if _LONG_RUN not in data.translate(_DIGITS_ONLY):
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # the standard library reads what orjson refuses (a BOM, NaN) or fails in its own words
    return json.loads(data)


def _dumps(value: Any, option: int, default: Callable[[Any], Any] | None, fallback: json.JSONEncoder) -> str:
    try:
        return orjson.dumps(value, default=default, option=option).decode()
    except TypeError:  # orjson.JSONEncodeError: a value it cannot write as the standard library does
        return fallback.encode(value)


def compact(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``."""
    return _dumps(value, _PASS, None, _COMPACT)


def compact_str(value: Any) -> str:
    """The same with ``default=str`` (values JSON has no type for written as their text)."""
    return _dumps(value, _PASS, str, _COMPACT_STR)


def sorted_str(value: Any) -> str:
    """The same with ``sort_keys=True`` and ``default=str``: the text a record's hash is taken of."""
    return _dumps(value, _PASS | orjson.OPT_SORT_KEYS, str, _SORTED_STR)
