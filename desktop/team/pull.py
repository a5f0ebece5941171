"""Pull: bring what the team published into this member's embedded cache.

Per account, the changes on the server above this replica's ``pulled:<account>`` mark (the server's
``team_changes`` sequence; row-level security shows a member only its accounts) are read with their
rows in one snapshot and written through the cache writer, as upserts, so the cache's own triggers
(search index, once per batch; change log) run as for a sync. Tracking is off inside that transaction,
so pulled rows are not published back. A missing local account is created (its credentials are not:
they stay in each member's keyring); a local account of the same name that is not the team's is
refused with what to do.

The sequence is safe to follow per account because one member at a time publishes an account (the
sync lock) and commits its batches one after another.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.cache.search_batch import search_batched
from desktop.cache.writer import CacheWriter
from desktop.team import publish, rows
from desktop.team.schema import TeamError

log = logging.getLogger("recruiter_companion.team")

BATCH = 2000


@dataclass
class Pulled:
    """What a pull brought: rows per account id, and accounts created here."""

    rows: dict[str, int] = field(default_factory=dict)
    created: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def team_accounts(server: Engine) -> list[tuple[str, str]]:
    """(id, name) of the accounts on the server this member may see."""
    with server.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(text("SELECT id, name FROM accounts ORDER BY name"))]


Found = dict[str, list[tuple[Any, ...]]]


def _read(server: Engine, account_id: str, after: int, batch: int) -> tuple[int, Found]:
    """The next ``batch`` changes above ``after`` and their rows, in one snapshot; (new mark, rows)."""
    with server.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        changes = conn.execute(
            text(
                "SELECT seq, tbl, row_key FROM team_changes WHERE account_id = :a AND seq > :m "
                "ORDER BY seq LIMIT :n"
            ),
            {"a": account_id, "m": after, "n": batch},
        ).all()
        if not changes:
            return after, {}
        keys: dict[str, list[tuple[Any, ...]]] = {}
        for _seq, table, key in changes:
            if table in rows.TABLES:
                keys.setdefault(table, []).append(rows.parse_key(key))
        found = {table: rows.pg_rows(conn, table, k) for table, k in keys.items()}
        conn.rollback()
    return int(changes[-1][0]), found


@search_batched
def _apply(conn: Connection, account_id: str, found: Found, top: int) -> None:
    """On the cache writer: upsert the rows untracked (the search index rewritten once for them), move
    the mark."""
    raw = conn.connection.driver_connection
    assert raw is not None
    new = raw.execute("SELECT 1 FROM accounts WHERE id = ?", (account_id,)).fetchone() is None
    for row in found.get("accounts", []):
        clash = raw.execute("SELECT id FROM accounts WHERE name = ? AND id != ?", (row[1], row[0])).fetchone()
        if clash is not None:
            raise TeamError(
                f"This computer has its own account named {row[1]!r}, which is not the team's: rename it "
                f"('recruiter-companion accounts remove {row[1]}' and add it again under another name), "
                "then pull again. Nothing was pulled."
            )
    tracking = rows.mark(raw, "track") or "0"
    rows.set_mark(raw, "track", "0")
    for table in rows.TABLES:
        rows.sqlite_upsert(raw, table, found.get(table, []))
    if new and found.get("accounts"):
        # Every row of an account new here came from the team: nothing of it to publish back later.
        if tracking != "1":
            raw.execute("DELETE FROM team_marks WHERE name LIKE 'seeded:%'")
        tracking = "1"
        rows.set_mark(raw, f"seeded:{account_id}", "1")
    rows.set_mark(raw, "track", tracking)
    rows.set_mark(raw, f"pulled:{account_id}", str(top))


def pull_account(server: Engine, writer: CacheWriter, account_id: str, *, batch: int = BATCH) -> int:
    """Pull every change of ``account_id`` published since this replica's mark; returns rows written."""
    total = 0
    writer.run_sync(functools.partial(publish.bind_server, key=publish.server_key(server)))
    name = f"pulled:{account_id}"
    after = int(writer.run_sync(lambda c: rows.mark(c.connection.driver_connection, name)) or 0)
    while True:
        top, found = _read(server, account_id, after, batch)
        if top == after:
            break
        writer.run_sync(functools.partial(_apply, account_id=account_id, found=found, top=top))
        total += sum(len(v) for v in found.values())
        after = top
    if total:
        log.info("team pull account=%s rows=%d", account_id, total)
    return total


def pull(server: Engine, writer: CacheWriter, account_ids: list[str] | None = None) -> Pulled:
    """Pull ``account_ids`` (default: every account this member may see on the server)."""
    known = {r[0] for r in writer.run_sync(lambda c: c.exec_driver_sql("SELECT id FROM accounts").all())}
    result = Pulled()
    for account_id in account_ids if account_ids is not None else [a for a, _ in team_accounts(server)]:
        result.rows[account_id] = pull_account(server, writer, account_id)
        if account_id not in known:
            result.created.append(account_id)
    return result
