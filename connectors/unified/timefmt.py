"""One timestamp format for the whole cache: ISO-8601 UTC with milliseconds and a ``Z``."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

#: Already in the cache's format (what most vendors send and every re-mapping meets again).
_CANONICAL = re.compile(r"[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


def iso(value: str | datetime | date | None) -> str | None:
    """Normalise a vendor timestamp (any ISO-8601 spelling, or a date) to ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if _CANONICAL.fullmatch(value):
            datetime.fromisoformat(value[:-1])  # still refuses impossible dates, as below
            return value
        text = value.strip()
        if len(text) == 10:  # a bare date
            value = datetime.fromisoformat(text).replace(tzinfo=UTC)
        else:
            text = text.replace("Z", "+00:00")
            # Java-style offsets without a colon (+0100) are what several vendors send.
            if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit() and ":" not in text[-5:]:
                text = text[:-2] + ":" + text[-2:]
            value = datetime.fromisoformat(text)
    if isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def now_iso() -> str:
    """The current time in the cache's format."""
    result = iso(datetime.now(UTC))
    assert result is not None
    return result
