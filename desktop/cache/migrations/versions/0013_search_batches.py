"""search batches: a sync's writes queue their search-index work and apply it once per transaction

Revision ID: 0013_search_batches
Revises: 0012_team_changes
Create Date: 2026-12-07 00:00:00

0002's triggers write the FTS5 index row by row. A sync stores thousands of rows per transaction, each
through its own statement, and FTS5 pays a fixed cost per statement that writes it: 20,000 rows through
such a trigger took twice the time of the same rows indexed by one statement per 200 (39 against 20 µs
a row), and bench/vs_dlt.py's progressive sync used about 7 % less CPU batched (issue 14).

On SQLite, while ``search_pending`` holds the key 0 (a writer's "I batch"; no index rowid is 0, slots
start at 1), the triggers only note the index rowids they would have rewritten in ``search_pending``.
Deleting key 0 fires ``search_pending_flush``, which rewrites the noted index rows in one statement per
model and empties the table. ``desktop.cache.search_batch`` sets and clears the key inside one
transaction, so no other connection ever sees it set and every commit leaves the index current.
Without key 0 the triggers write the index as before: every other writer keeps working unchanged.

The index texts are 0002's own (loaded from its file: that revision's SQL stays the one source).
PostgreSQL is untouched: its index is a plain table whose upkeep is cheap per row.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from alembic import op

revision = "0013_search_batches"
down_revision = "0012_team_changes"
branch_labels = None
depends_on = None


def _search_index_revision() -> Any:
    path = Path(__file__).with_name("0002_search_index.py")
    spec = importlib.util.spec_from_file_location("recruiter_companion_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCHING = "EXISTS (SELECT 1 FROM search_pending WHERE key = 0)"


def _pairs(name: str, head: str, direct: str, noted: str) -> list[str]:
    """The trigger ``name`` (``head``: its event and optional condition) twice: writing the index
    (``direct``) when no batch is open, noting index rowids (``noted``: a SELECT of them) when one is."""
    event, _, condition = head.partition(" WHEN ")
    extra = f"({condition}) AND " if condition else ""
    return [
        f"DROP TRIGGER IF EXISTS {name}",
        f"CREATE TRIGGER {name} {event} WHEN {extra}NOT {BATCHING} BEGIN {direct}; END",
        f"CREATE TRIGGER {name}_noted {event} WHEN {extra}{BATCHING} BEGIN "
        f"INSERT OR IGNORE INTO search_pending (key) {noted}; END",
    ]


def _statements() -> list[str]:
    base = _search_index_revision()
    out = ["CREATE TABLE search_pending (key INTEGER PRIMARY KEY)"]
    flush = ["DELETE FROM search_index WHERE rowid IN (SELECT key FROM search_pending)"]
    for model, (_, _, _, watched) in base.EXPRESSIONS.items():
        slot = base.SLOTS[model]
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*watched, "remote_deleted_at"))
        new_key = f"SELECT new.rowid * 8 + {slot}"
        out += _pairs(
            f"search_{model}_ai",
            f"AFTER INSERT ON {model}",
            base._insert(model, "r.rowid = new.rowid"),
            new_key,
        )
        out += _pairs(
            f"search_{model}_au",
            f"AFTER UPDATE ON {model} WHEN {changed}",
            f"DELETE FROM search_index WHERE rowid = old.rowid * 8 + {slot}; "
            + base._insert(model, "r.rowid = new.rowid"),
            new_key,
        )
        out += _pairs(
            f"search_{model}_ad",
            f"AFTER DELETE ON {model}",
            f"DELETE FROM search_index WHERE rowid = old.rowid * 8 + {slot}",
            f"SELECT old.rowid * 8 + {slot}",
        )
        flush.append(
            base._insert(model, f"r.rowid IN (SELECT key >> 3 FROM search_pending WHERE key & 7 = {slot})")
        )
    for parent, column, watched in (
        ("candidates", "candidate_id", ("first_name", "last_name")),
        ("jobs", "job_id", ("name",)),
    ):
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in watched)
        where = f"r.{column} = new.id"
        direct = f"{base._delete('applications', where)}; {base._insert('applications', where)}"
        apps = f"SELECT r.rowid * 8 + {base.SLOTS['applications']} FROM applications r WHERE {where}"
        out += _pairs(f"search_{parent}_apps_ai", f"AFTER INSERT ON {parent}", direct, apps)
        out += _pairs(f"search_{parent}_apps_au", f"AFTER UPDATE ON {parent} WHEN {changed}", direct, apps)
    flush.append("DELETE FROM search_pending")
    out.append(
        "CREATE TRIGGER search_pending_flush AFTER DELETE ON search_pending WHEN old.key = 0 BEGIN "
        + "; ".join(flush)
        + "; END"
    )
    return out


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for statement in _statements():
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    base = _search_index_revision()
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS search_pending_flush")
    names = [f"search_{m}_{e}" for m in base.EXPRESSIONS for e in ("ai", "au", "ad")]
    names += [f"search_{p}_apps_{e}" for p in ("candidates", "jobs") for e in ("ai", "au")]
    for name in names:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}_noted")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_pending")
    # 0002's triggers as they were (its statements after the table's creation, minus its backfills).
    for statement in base._statements()[1:]:
        if statement.startswith("CREATE TRIGGER"):
            conn.exec_driver_sql(statement)
