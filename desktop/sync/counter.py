"""Counts a sync's requests per stream, for its report (requests per item, list vs. detail requests).

Each stream's task sets ``FOR_STREAM``; requests sent by it, and by the sub-tasks it starts, are
counted under its name by the ``RequestCounter`` the client calls after each exchange.
"""

from __future__ import annotations

from contextvars import ContextVar

from connectors.base import AnyStream, Stream
from connectors.http import Exchange

#: The stream a request is sent for (set per stream task; requests made by its sub-tasks inherit it).
FOR_STREAM: ContextVar[str | None] = ContextVar("sync_stream", default=None)

#: The counter's name for the attachment downloads after the streams (issue 18.1).
FILES = "attachment files"


class RequestCounter:
    """Counts a client's requests per stream (``VendorClient.observers``)."""

    def __init__(self) -> None:
        self.requests: dict[str, int] = {}
        self.lists: dict[str, int] = {}
        self._paths: dict[str, str] = {}

    def watch(self, streams: list[AnyStream]) -> None:
        """Tell a stream's list pages from its sub-requests by the stream's path."""
        self._paths = {s.name: s.path for s in streams if isinstance(s, Stream)}

    def __call__(self, exchange: Exchange) -> None:
        name = FOR_STREAM.get() or ""
        self.requests[name] = self.requests.get(name, 0) + 1
        path = self._paths.get(name)
        if path and exchange.path.rstrip("/").endswith(path.rstrip("/")):
            self.lists[name] = self.lists.get(name, 0) + 1
