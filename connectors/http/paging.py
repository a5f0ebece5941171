"""Paging styles vendors use, each declared once.

A paginator turns "the page just read" into "the query for the next page", or ``None`` at the end.
Its state is a small JSON-able dict so the sync engine can store it with the page's records and
resume after a crash exactly where it stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

PageState = dict[str, Any]


class Paginator(Protocol):
    def first(self) -> PageState:
        """The query parameters of the first page."""
        ...

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        """The next page's parameters, or ``None`` when ``body`` was the last page."""
        ...


@dataclass(frozen=True)
class NoPaging:
    """One request returns everything."""

    def first(self) -> PageState:
        return {}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        return None


@dataclass(frozen=True)
class CursorPaging:
    """An opaque cursor from the body (SmartRecruiters: ``pageId`` in, ``nextPageId`` out)."""

    cursor_param: str = "pageId"
    next_field: str = "nextPageId"
    limit_param: str = "limit"
    limit: int = 100

    def first(self) -> PageState:
        return {self.limit_param: self.limit}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        cursor = body.get(self.next_field) if isinstance(body, dict) else None
        if not cursor or not items:
            return None
        return {**state, self.cursor_param: cursor}


@dataclass(frozen=True)
class OffsetPaging:
    """``limit``/``offset`` with an optional total in the body."""

    limit_param: str = "limit"
    offset_param: str = "offset"
    limit: int = 100
    total_field: str | None = "totalFound"

    def first(self) -> PageState:
        return {self.limit_param: self.limit, self.offset_param: 0}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        offset = int(state.get(self.offset_param, 0)) + len(items)
        total = body.get(self.total_field) if self.total_field and isinstance(body, dict) else None
        if not items or len(items) < self.limit or (isinstance(total, int) and offset >= total):
            return None
        return {**state, self.offset_param: offset}


@dataclass(frozen=True)
class PageNumberPaging:
    """``page``/``per_page`` with no totals: stop on a short or empty page (CareerPlug)."""

    page_param: str = "page"
    size_param: str = "per_page"
    size: int = 100
    first_page: int = 1

    def first(self) -> PageState:
        return {self.page_param: self.first_page, self.size_param: self.size}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        if len(items) < self.size:
            return None
        return {**state, self.page_param: int(state.get(self.page_param, self.first_page)) + 1}
