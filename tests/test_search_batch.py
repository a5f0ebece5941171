"""Search-index upkeep once per transaction (migration 0013, desktop.cache.search_batch): a sync's
pages rewrite the index once each, and every commit still leaves it current."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection

from connectors.sandbox.runner import RunningSandbox
from desktop import search
from desktop.cache import crypt
from desktop.cache.search_batch import batched_search_index
from desktop.core import Core

INDEXED = "SELECT model, count(*) FROM search_index WHERE rowid % 8 != 5 AND NOT deleted GROUP BY model"
LIVE = " UNION ALL ".join(
    f"SELECT '{m}', count(*) FROM {m} WHERE remote_deleted_at IS NULL" for m in sorted(search.SLOTS)
)


@pytest.fixture()
def synced(app_home: Path, sr_sandbox: RunningSandbox) -> Iterator[tuple[Core, sqlite3.Connection]]:
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account, {"share": 100})
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
    conn = crypt.connect(Path(str(core.engine.url.database)))
    yield core, conn
    conn.close()
    core.close()


def test_a_sync_leaves_the_index_complete_and_nothing_noted(synced: tuple[Core, sqlite3.Connection]) -> None:
    _, conn = synced
    assert dict(conn.execute(INDEXED).fetchall()) == {m: n for m, n in conn.execute(LIVE).fetchall() if n}
    assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


def test_a_batch_writes_the_index_once_when_it_ends(synced: tuple[Core, sqlite3.Connection]) -> None:
    core, conn = synced
    cid, app_id = conn.execute("SELECT candidate_id, id FROM applications LIMIT 1").fetchone()
    gone = conn.execute("SELECT id FROM jobs ORDER BY id LIMIT 1").fetchone()[0]
    seen_inside: dict[str, object] = {}

    def work(c: Connection) -> None:
        with batched_search_index(c):
            c.exec_driver_sql("UPDATE candidates SET first_name = 'Quillon' WHERE id = ?", (cid,))
            c.exec_driver_sql("DELETE FROM jobs WHERE id = ?", (gone,))
            # Inside the batch the triggers only note what to rewrite.
            seen_inside["hits"] = c.exec_driver_sql(
                "SELECT count(*) FROM search_index WHERE search_index MATCH 'quillon'"
            ).scalar()
            seen_inside["noted"] = c.exec_driver_sql("SELECT count(*) FROM search_pending").scalar()
        seen_inside["after"] = c.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'quillon'"
        ).scalar()

    core.writer.run_sync(work)
    assert seen_inside["hits"] == 0
    # The batch's key, the candidate, its applications and the deleted job.
    assert isinstance(seen_inside["noted"], int) and seen_inside["noted"] >= 4
    assert seen_inside["after"] == 1 + conn.execute(
        "SELECT count(*) FROM applications WHERE candidate_id = ?", (cid,)
    ).fetchone()[0]
    hits = search.search(conn, "quillon")
    assert {h.model for h in hits} == {"candidates", "applications"}
    assert any(h.record_id == app_id for h in hits)
    assert not conn.execute("SELECT rowid FROM search_index WHERE record_id = ?", (gone,)).fetchall()
    assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0


def test_without_a_batch_every_write_reaches_the_index_at_once(
    synced: tuple[Core, sqlite3.Connection],
) -> None:
    core, conn = synced
    cid = conn.execute("SELECT id FROM candidates LIMIT 1").fetchone()[0]

    def work(c: Connection) -> int:
        c.exec_driver_sql("UPDATE candidates SET last_name = 'Vantablack' WHERE id = ?", (cid,))
        found = c.exec_driver_sql("SELECT count(*) FROM search_index WHERE search_index MATCH 'vantablack'")
        return int(found.scalar() or 0)

    assert core.writer.run_sync(work) >= 1


def test_an_error_inside_a_batch_leaves_no_flag_behind(synced: tuple[Core, sqlite3.Connection]) -> None:
    core, conn = synced
    cid = conn.execute("SELECT id FROM candidates LIMIT 1").fetchone()[0]

    def failing(c: Connection) -> None:
        with batched_search_index(c):
            c.exec_driver_sql("UPDATE candidates SET first_name = 'Ozymandias' WHERE id = ?", (cid,))
            raise RuntimeError("the vendor's page was bad")

    with pytest.raises(RuntimeError):
        core.writer.run_sync(failing)
    assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    assert not search.search(conn, "ozymandias")  # the whole transaction rolled back

    def caught(c: Connection) -> None:
        try:
            with batched_search_index(c):
                c.exec_driver_sql("UPDATE candidates SET first_name = 'Ozymandias' WHERE id = ?", (cid,))
                raise ValueError("handled by the caller, who commits what was written")
        except ValueError:
            pass

    core.writer.run_sync(caught)
    assert conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
    assert [h.record_id for h in search.search(conn, "ozymandias") if h.model == "candidates"] == [cid]
