"""Paging helpers shared by the sandboxes: opaque cursors (keyset), offset and page-number paging.

Vendors page in three ways: SmartRecruiters hands out an opaque ``pageId`` cursor, older SR endpoints
and eRecruiter use ``offset``/``limit``, CareerPlug uses ``page``/``per_page``. A sandbox picks the
helper its vendor documents; the helpers only slice, they never decide envelope field names.

Cursors are keyset cursors: they carry the sort key of the last item served, not a position, so a
record inserted or deleted between two page requests never makes a page repeat or skip an item
that was there all along (which is what a real vendor's database cursor guarantees too).
"""

from __future__ import annotations

import base64
import binascii
import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode


class PagingError(ValueError):
    """A paging parameter is malformed; sandboxes answer it with their vendor's 400."""


def encode_cursor(value: Any) -> str:
    """An opaque, URL-safe token (base64 of compact JSON, padding stripped)."""
    raw = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(token: str) -> Any:
    """Inverse of :func:`encode_cursor`; raises :class:`PagingError` for anything it did not make."""
    try:
        padded = token + "=" * (-len(token) % 4)
        return json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeError) as exc:
        raise PagingError(f"invalid page cursor: {token!r}") from exc


def parse_limit(raw: str | None, *, default: int, maximum: int, minimum: int = 1, clamp: bool = True) -> int:
    """Parse a page-size parameter. Larger than ``maximum`` is clamped (or refused with ``clamp=False``)."""
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise PagingError(f"limit must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise PagingError(f"limit must be at least {minimum}, got {value}")
    if value > maximum:
        if not clamp:
            raise PagingError(f"limit must be at most {maximum}, got {value}")
        return maximum
    return value


def parse_offset(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    try:
        value = int(raw)
    except ValueError as exc:
        raise PagingError(f"offset must be an integer, got {raw!r}") from exc
    if value < 0:
        raise PagingError(f"offset must not be negative, got {value}")
    return value


@dataclass(frozen=True, slots=True)
class SortedView:
    """Record ids in serving order with their (ascending, unique) sort keys, ready for keyset paging."""

    keys: list[tuple[Any, ...]]
    ids: list[str]

    @classmethod
    def build(
        cls,
        records: Iterable[dict[str, Any]],
        key: Callable[[dict[str, Any]], tuple[Any, ...]],
        where: Callable[[dict[str, Any]], bool] | None = None,
    ) -> SortedView:
        rows = [(key(r), r["id"]) for r in records if where is None or where(r)]
        rows.sort()
        return cls([k for k, _ in rows], [i for _, i in rows])

    def filtered(self, keep: Callable[[str], bool]) -> SortedView:
        keys: list[tuple[Any, ...]] = []
        ids: list[str] = []
        for k, i in zip(self.keys, self.ids, strict=True):
            if keep(i):
                keys.append(k)
                ids.append(i)
        return SortedView(keys, ids)

    def __len__(self) -> int:
        return len(self.ids)


def keyset_page(
    view: SortedView, limit: int, after: Sequence[Any] | None
) -> tuple[list[str], tuple[Any, ...] | None]:
    """Up to ``limit`` ids after the key ``after``; the second value is the key to continue from, or
    ``None`` when nothing follows (the last page)."""
    start = 0 if after is None else bisect_right(view.keys, tuple(after))
    end = start + limit
    ids = view.ids[start:end]
    more = end < len(view.ids)
    return ids, (view.keys[end - 1] if more and ids else None)


def page_number_page(items: Sequence[Any], page: int, per_page: int) -> list[Any]:
    """1-based page numbers, as Rails/Grape APIs (CareerPlug) count them."""
    if page < 1:
        raise PagingError(f"page must be at least 1, got {page}")
    start = (page - 1) * per_page
    return list(items[start : start + per_page])


def url_with(base_url: str, path: str, query: dict[str, list[str]], **replace: str | None) -> str:
    """``base_url + path`` with the request's query, some parameters replaced (``None`` removes one)."""
    pairs: list[tuple[str, str]] = []
    for name, values in query.items():
        if name in replace:
            continue
        pairs.extend((name, v) for v in values)
    pairs.extend((name, value) for name, value in replace.items() if value is not None)
    qs = urlencode(pairs)
    return f"{base_url}{path}?{qs}" if qs else f"{base_url}{path}"


def link_header(url: str, rel: str = "next") -> str:
    """One RFC 8288 ``Link`` value."""
    return f'<{url}>; rel="{rel}"'
