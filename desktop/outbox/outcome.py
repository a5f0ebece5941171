"""Where an outbox entry stands (``Outcome``, as the CLI prints it and the UI shows it) and where one
attempt's outcome is written (``Book``: this cache's outbox alone, or the team's and the local copy).

Apart from ``desktop.outbox.worker`` so that the team's sender (``desktop.team.send``) can use them
without importing the worker that opens it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from connectors.base.actions import ActionResult
from connectors.base.connector import Connector
from connectors.unified.timefmt import iso, now_iso
from desktop.outbox import queue as q


@dataclass
class Outcome:
    """Where an entry stands, as the CLI prints it and the UI shows it."""

    entry_id: int
    action: str
    account_id: str
    state: str  # the queue's status: queued | sending | unknown | sent | failed
    ids: dict[str, str] = field(default_factory=dict)
    remote_ids: dict[str, Any] = field(default_factory=dict)
    fallback: str | None = None
    note: str | None = None
    error: str | None = None
    attempts: int = 0
    next_attempt_at: str | None = None

    @property
    def status(self) -> str:
        """What the user needs to know: sent, queued (still the app's job) or failed (theirs)."""
        return self.state if self.state in (q.SENT, q.FAILED) else q.QUEUED

    def as_dict(self) -> dict[str, Any]:
        return {
            "outbox_id": self.entry_id,
            "action": self.action,
            "status": self.status,
            "state": self.state,
            "ids": self.ids,
            "remote_ids": self.remote_ids,
            "fallback": self.fallback,
            "note": self.note,
            "error": self.error,
            "attempts": self.attempts,
            "next_attempt_at": self.next_attempt_at,
        }


def outcome_of(entry: q.Entry) -> Outcome:
    r = entry.result
    return Outcome(
        entry.id,
        entry.action,
        entry.account_id,
        entry.status,
        dict(r.get("ids") or {}),
        dict(r.get("remote_ids") or {}),
        r.get("fallback"),
        r.get("note"),
        entry.last_error,
        entry.attempts,
        entry.next_attempt_at if entry.status in (q.QUEUED, q.UNKNOWN) else None,
    )


def later(seconds: float) -> str:
    return iso(datetime.now(UTC) + timedelta(seconds=seconds)) or now_iso()


class Book(Protocol):
    """Where one attempt's outcome is written (``OutboxWorker._attempt``)."""

    async def progress(self, progress: Mapping[str, Any]) -> None: ...

    async def pending(self, status: str, error: str, next_at: str | None) -> Outcome: ...

    async def failed(self, error: str, **extra: Any) -> Outcome: ...

    async def sent(
        self, account_id: str, connector: Connector, result: ActionResult, outcome: Mapping[str, Any]
    ) -> Outcome: ...
