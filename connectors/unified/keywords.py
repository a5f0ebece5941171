"""A vendor's free word (a tenant's own list value, in its own language) → a unified enum by keywords.

Vendors such as Carerix and eRecruiter keep contract types, statuses and document kinds as words each
customer chooses ("Vast contract", "umowa o pracę"); the mappers recognise them by lower-cased
substrings. A word no keyword matches passes through as it is, as Kombo does with values it cannot map.
"""

from __future__ import annotations

from collections.abc import Iterable


def by_keywords(value: str | None, table: Iterable[tuple[tuple[str, ...], str]]) -> str | None:
    """The unified value of the first ``(keywords, unified)`` row with a keyword inside ``value``
    (compared lower-cased); ``value`` itself when none does; ``None`` for no value."""
    if not value:
        return None
    low = value.lower()
    for words, unified in table:
        if any(word in low for word in words):
            return unified
    return value
