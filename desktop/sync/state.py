"""Per-stream sync state in the cache: begin or resume a read, advance a page, finish, fail.

Every function runs on a connection inside the caller's transaction, so a page's records and the
state that follows them commit together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from connectors.http.paging import PageState


@dataclass
class RunInfo:
    run_id: int
    full: bool
    page_state: PageState | None
    since: str | None
    pending_high: str | None
    #: What the stream's last complete read left for this one (``Stream.load_memo``); {} the first time.
    memo: dict[str, Any] = field(default_factory=dict)


def _raw(conn: Connection) -> Any:
    return conn.connection.driver_connection


def begin(conn: Connection, account_id: str, stream: str, want_full: bool) -> RunInfo:
    """Resume a read that was cut off, or start a new one (full, or delta from the last mark)."""
    raw = _raw(conn)
    row = raw.execute(
        "SELECT run_id, in_progress, full, page_state, since, pending_high, high_water, last_full_sweep_at, "
        "memo FROM sync_state WHERE account_id=? AND stream=?",
        (account_id, stream),
    ).fetchone()
    memo = _memo(row[8]) if row else {}
    if row and row[1] and (row[2] or not want_full):
        # A read was cut off (crash, kill, cancel): carry on with the same run id and page.
        return RunInfo(row[0], bool(row[2]), json.loads(row[3]) if row[3] else None, row[4], row[5], memo)
    run_id = (row[0] if row else 0) + 1
    full = want_full or row is None or row[7] is None
    since = None if full else (row[6] if row else None)
    raw.execute(
        "INSERT INTO sync_state (account_id, stream, run_id, in_progress, full, page_state, since, "
        "pending_high) VALUES (?,?,?,1,?,NULL,?,NULL) ON CONFLICT(account_id, stream) DO UPDATE SET "
        "run_id=excluded.run_id, in_progress=1, full=excluded.full, page_state=NULL, since=excluded.since, "
        "pending_high=NULL, last_error=NULL",
        (account_id, stream, run_id, int(full), since),
    )
    return RunInfo(run_id, full, None, since, None, memo)


def _memo(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:  # unreadable bookkeeping costs one sync that starts afresh, nothing else
        return {}
    return value if isinstance(value, dict) else {}


def advance(
    conn: Connection, account_id: str, stream: str, page_state: PageState, pending_high: str | None
) -> None:
    _raw(conn).execute(
        "UPDATE sync_state SET page_state=?, pending_high=? WHERE account_id=? AND stream=?",
        (json.dumps(page_state), pending_high, account_id, stream),
    )


def finish(
    conn: Connection, account_id: str, stream: str, run: RunInfo, now: str, memo: dict[str, Any] | None = None
) -> None:
    """The read completed: the newest timestamp seen becomes the next delta's starting mark, and
    ``memo`` (when given) what the next read of this stream is handed."""
    raw = _raw(conn)
    old = raw.execute(
        "SELECT high_water FROM sync_state WHERE account_id=? AND stream=?", (account_id, stream)
    ).fetchone()
    marks = [m for m in ((old[0] if old else None), run.pending_high) if m]
    high = max(marks) if marks else None
    raw.execute(
        "UPDATE sync_state SET in_progress=0, page_state=NULL, pending_high=NULL, high_water=?, "
        "last_success_at=?, last_error=NULL, "
        "last_full_sweep_at=CASE WHEN full THEN ? ELSE last_full_sweep_at END, memo=COALESCE(?, memo) "
        "WHERE account_id=? AND stream=?",
        (high, now, now, None if memo is None else json.dumps(memo), account_id, stream),
    )


def fail(conn: Connection, account_id: str, stream: str, error: str) -> None:
    _raw(conn).execute(
        "UPDATE sync_state SET last_error=? WHERE account_id=? AND stream=?",
        (error[:2000], account_id, stream),
    )


def states(conn: Connection, account_id: str) -> list[dict[str, Any]]:
    rows = (
        _raw(conn)
        .execute(
            "SELECT stream, in_progress, full, last_success_at, last_full_sweep_at, last_error "
            "FROM sync_state WHERE account_id=? ORDER BY stream",
            (account_id,),
        )
        .fetchall()
    )
    return [
        dict(
            zip(
                ("stream", "in_progress", "full", "last_success_at", "last_full_sweep_at", "last_error"),
                r,
                strict=True,
            )
        )
        for r in rows
    ]
