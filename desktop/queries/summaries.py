"""Accounts with their sync state, live record counts, and the outbox's pending and failed writes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.outbox.queue import FAILED, PENDING
from desktop.queries.common import rows
from desktop.queries.lists import BROWSABLE


@dataclass(frozen=True)
class AccountSummary:
    id: str
    name: str
    vendor: str
    last_success_at: str | None
    errors: tuple[str, ...]
    interrupted: bool


def accounts(conn: sqlite3.Connection) -> list[AccountSummary]:
    """Every account with when it last synced completely and the errors its streams reported."""
    out = []
    for acc_id, name, vendor in rows(
        conn, "SELECT id, name, vendor FROM accounts ORDER BY name COLLATE NOCASE", ()
    ):
        states = rows(
            conn,
            "SELECT stream, last_success_at, last_error, in_progress FROM sync_state WHERE account_id = ?",
            (acc_id,),
        )
        successes = [s[1] for s in states]
        last = min(successes) if states and all(successes) else None
        errors = tuple(f"{s[0]}: {s[2]}" for s in states if s[2])
        out.append(AccountSummary(acc_id, name, vendor, last, errors, any(s[3] for s in states)))
    return out


def model_counts(conn: sqlite3.Connection, account_id: str | None = None) -> dict[str, int]:
    """Live (not deleted) records per browsable model, for one account or all."""
    where, params = ("WHERE remote_deleted_at IS NULL", [])
    if account_id:
        where += " AND account_id = ?"
        params = [account_id]
    return {
        m: int(conn.execute(f'SELECT count(*) FROM "{m}" {where}', params).fetchone()[0]) for m in BROWSABLE
    }


def outbox_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(pending, failed) write actions in the outbox (statuses as ``desktop.outbox.queue`` names them)."""
    counts = dict(rows(conn, "SELECT status, count(*) FROM outbox GROUP BY status", ()))
    return sum(int(counts.get(s, 0)) for s in PENDING), int(counts.get(FAILED, 0))
