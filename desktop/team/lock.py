"""One sync per account across the team: a PostgreSQL advisory lock per account, and a ``team_sync`` row
that says who holds it and how far they are.

A member about to sync an account calls ``account_lock(conn, account_id)``. ``pg_try_advisory_lock``
never waits: either this member now syncs the account, or ``None`` comes back and ``who_syncs`` says
"synced by anna@laptop, 62 %". The lock is held by the database session, not by a row: when the
holder's process dies (or its network goes), the server ends the session and the lock with it, and
the next member to try takes over (resuming from the committed sync state). The ``team_sync`` row
a dead holder leaves behind is ignored, because it is only believed while the lock is really held
(``pg_locks``).

Use a connection of its own for the lock, and close it (or ``release``) when done: a pooled
connection returned to its pool keeps its session, and so keeps the lock.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType

from sqlalchemy import Connection, text

from desktop.team.schema import member_name


def account_key(account_id: str) -> int:
    """A stable signed 64-bit lock key for ``account_id`` (the same on every member's machine)."""
    digest = hashlib.blake2b(f"recruiter-companion/sync/{account_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SyncHolder:
    account_id: str
    holder: str
    percent: int
    started_at: str
    updated_at: str

    def describe(self) -> str:
        return f"synced by {self.holder}, {self.percent} %"


class AccountLock:
    """This member holds the sync of ``account_id`` on ``conn``'s session."""

    def __init__(self, conn: Connection, account_id: str, holder: str) -> None:
        self.conn, self.account_id, self.holder = conn, account_id, holder
        self.held = True

    def progress(self, percent: float) -> None:
        """Tell the team how far the sync is (0–100), committed at once so others see it."""
        self.conn.execute(
            text(
                "UPDATE team_sync SET percent = :p, updated_at = :now WHERE account_id = :a AND holder = :h"
            ),
            {"p": max(0, min(100, round(percent))), "now": _now(), "a": self.account_id, "h": self.holder},
        )
        self.conn.commit()

    def release(self) -> None:
        if not self.held:
            return
        self.conn.execute(
            text("DELETE FROM team_sync WHERE account_id = :a AND holder = :h"),
            {"a": self.account_id, "h": self.holder},
        )
        self.conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": account_key(self.account_id)})
        self.conn.commit()
        self.held = False

    def __enter__(self) -> AccountLock:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.conn.closed or self.conn.invalidated:
            return  # the session ended: the server dropped the lock with it
        self.release()


def account_lock(conn: Connection, account_id: str, *, holder: str | None = None) -> AccountLock | None:
    """Take the team-wide sync lock of ``account_id`` on ``conn``'s session, or None when another member
    (or another connection) holds it. Never waits."""
    holder = holder or member_name()
    got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": account_key(account_id)}).scalar()
    if not got:
        conn.rollback()
        return None
    now = _now()
    conn.execute(
        text(
            "INSERT INTO team_sync (account_id, holder, percent, started_at, updated_at) "
            "VALUES (:a, :h, 0, :now, :now) ON CONFLICT (account_id) DO UPDATE SET holder = EXCLUDED.holder, "
            "percent = 0, started_at = EXCLUDED.started_at, updated_at = EXCLUDED.updated_at"
        ),
        {"a": account_id, "h": holder, "now": now},
    )
    conn.commit()
    return AccountLock(conn, account_id, holder)


def _lock_is_held(conn: Connection, account_id: str) -> bool:
    # A bigint advisory key shows in pg_locks as classid = its high 32 bits, objid = its low ones.
    key = account_key(account_id) & 0xFFFFFFFFFFFFFFFF
    return bool(
        conn.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND objsubid = 1 AND classid::bigint = :hi AND objid::bigint = :lo)"
            ),
            {"hi": key >> 32, "lo": key & 0xFFFFFFFF},
        ).scalar()
    )


def who_syncs(conn: Connection, account_id: str) -> SyncHolder | None:
    """Who syncs ``account_id`` right now and how far they are; None when nobody does (a row left by a
    holder that died is not believed: its lock went with its session)."""
    row = conn.execute(
        text("SELECT holder, percent, started_at, updated_at FROM team_sync WHERE account_id = :a"),
        {"a": account_id},
    ).first()
    held = row is not None and _lock_is_held(conn, account_id)
    conn.rollback()
    if row is None or not held:
        return None
    return SyncHolder(account_id, row[0], int(row[1]), row[2], row[3])
