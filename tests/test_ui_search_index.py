"""The search index and change log the desktop app reads (migrations 0002-0004, desktop.search,
desktop.queries): kept current by triggers through syncs, renames, deletions and account removal."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from connectors.sandbox.runner import RunningSandbox
from desktop import queries, search
from desktop.cache import crypt
from desktop.cache.db import alembic_config
from desktop.core import Core


@pytest.fixture()
def synced(app_home: Path, sr_sandbox: RunningSandbox) -> Iterator[tuple[Core, sqlite3.Connection]]:
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
    conn = crypt.connect(Path(str(core.engine.url.database)))
    yield core, conn
    conn.close()
    core.close()


def _write(core: Core, sql: str, *params: object) -> None:
    core.writer.run_sync(lambda conn: conn.exec_driver_sql(sql, params))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_finds_people_by_name_email_phone_with_diacritics_folded(
    synced: tuple[Core, sqlite3.Connection],
) -> None:
    _, conn = synced
    counts = {m: conn.execute(f"SELECT count(*) FROM {m}").fetchone()[0] for m in search.SLOTS}
    # CV text rows (slot 5, issue 18.1) are candidates' too: one per downloaded file that had text.
    indexed = dict(
        conn.execute(
            "SELECT model, count(*) FROM search_index WHERE rowid % 8 != 5 GROUP BY model"
        ).fetchall()
    )
    assert indexed == counts
    cv_rows = conn.execute("SELECT count(*) FROM search_index WHERE rowid % 8 = 5").fetchone()[0]
    assert cv_rows == conn.execute("SELECT count(*) FROM attachment_files WHERE indexed").fetchone()[0] > 0
    cid, first, last, emails, phones = conn.execute(
        "SELECT id, first_name, last_name, email_addresses, phone_numbers FROM candidates "
        "WHERE last_name GLOB '*[^ -~]*' LIMIT 1"
    ).fetchone()  # a last name with a non-ASCII letter
    by_name = search.search(conn, f"{_fold(first)[:3]} {_fold(last)}")
    assert any(h.record_id == cid and h.model == "candidates" for h in by_name)
    assert by_name[0].title == f"{first} {last}" or any(h.title == f"{first} {last}" for h in by_name)
    email = json.loads(emails)[0]["email_address"]
    assert search.search(conn, email)[0].record_id == cid
    digits = "".join(ch for ch in json.loads(phones)[0]["phone_number"] if ch.isdigit())
    assert any(h.record_id == cid for h in search.search(conn, digits[:9]))
    # The candidate's applications are found too, titled with their name and the job.
    apps = search.search(conn, f"{first} {last}")
    assert any(h.model == "applications" and h.title == f"{first} {last}" and h.subtitle for h in apps)
    # Operators in the typed text are just text.
    assert isinstance(search.search(conn, 'NEAR("xy" OR (zz'), list)  # no FTS syntax error
    assert search.match_query('ab"cd OR ef*') == '"ab"* "cd"* "OR"* "ef"*'


def test_index_follows_renames_deletions_and_account_removal(synced: tuple[Core, sqlite3.Connection]) -> None:
    core, conn = synced
    cid, job_id = conn.execute("SELECT candidate_id, job_id FROM applications LIMIT 1").fetchone()
    _write(
        core,
        "UPDATE candidates SET first_name='Zebulon', changed_at='2026-12-01T00:00:00.000Z' WHERE id=?",
        cid,
    )
    _write(
        core,
        "UPDATE jobs SET name='Chief Zeppelin Officer', changed_at='2026-12-01T00:00:00.000Z' WHERE id=?",
        job_id,
    )
    hits = search.search(conn, "zebulon")
    assert {h.model for h in hits} == {"candidates", "applications"}
    assert any(h.subtitle == "Chief Zeppelin Officer" for h in search.search(conn, "zebulon zeppelin"))
    assert any(h.model == "jobs" for h in search.search(conn, "zeppelin"))

    # Deleted at the vendor: hidden from search unless asked for, and logged as a change.
    _write(
        core,
        "UPDATE candidates SET remote_deleted_at='2026-12-02T00:00:00.000Z', "
        "changed_at='2026-12-02T00:00:00.000Z' WHERE id=?",
        cid,
    )
    assert [h.model for h in search.search(conn, "zebulon")] == ["applications"]
    assert any(h.deleted for h in search.search(conn, "zebulon", include_deleted=True))
    changes = queries.changes(conn, cid)
    assert [c.field for c in changes] == ["remote_deleted_at", "first_name"]
    assert changes[1].new == "Zebulon" and changes[1].old != "Zebulon"

    core.accounts.remove("acme")
    assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM record_changes").fetchone()[0] == 0


def test_ranked_search_skips_deleted_best_hits_and_still_fills_its_limit(
    synced: tuple[Core, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    core, conn = synced
    # The most common e-mail provider ("gmail" …): more people match it than the limit asks for.
    providers: dict[str, int] = {}
    for (emails,) in conn.execute("SELECT email_addresses FROM candidates"):
        for email in json.loads(emails or "[]"):
            provider = email["email_address"].split("@")[1].split(".")[0]
            providers[provider] = providers.get(provider, 0) + 1
    name = max(providers, key=lambda p: providers[p])
    people = [h for h in search.search(conn, name, limit=500) if h.model == "candidates"]
    assert len(people) >= 3
    # The best-ranked people deleted at the vendor, and no spare rows asked for: the ranked query has
    # to ask again, for more, to fill its limit.
    monkeypatch.setattr(search, "_RANK_SLACK", 0)
    gone = {h.record_id for h in people[:2]}
    for record_id in gone:
        _write(core, "UPDATE candidates SET remote_deleted_at='2026-12-02Z' WHERE id=?", record_id)
    found = search.search(conn, name, limit=1)
    assert [h.model for h in found] == ["candidates"]  # people still before applications
    assert not any(h.deleted or h.record_id in gone for h in found)
    every = search.search(conn, name, limit=500, include_deleted=True)
    ranked = [h for h in every if h.model == "candidates"]
    assert {h.record_id for h in ranked[:2]} == gone  # they were the best, and still are when asked for


def test_a_plain_resync_logs_no_changes_and_keeps_the_index(synced: tuple[Core, sqlite3.Connection]) -> None:
    core, conn = synced
    before = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    account = core.accounts.get("acme")
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account), full=True)).ok
    assert conn.execute("SELECT count(*) FROM record_changes").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == before


def test_upgrading_an_existing_cache_backfills_the_index(synced: tuple[Core, sqlite3.Connection]) -> None:
    core, conn = synced
    # CV text (slot 5) is not derived from the tables: below 0006 it goes with the files' rows, and the
    # next sync downloads and indexes the files again.
    records = "SELECT model, count(*) FROM search_index WHERE rowid % 8 != 5 GROUP BY model"
    before = conn.execute(records).fetchall()
    command.downgrade(alembic_config(core.engine), "0001")
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name='search_index'").fetchall()
    command.upgrade(alembic_config(core.engine), "head")
    assert conn.execute(records).fetchall() == before


def test_lists_page_sort_filter_and_count(synced: tuple[Core, sqlite3.Connection]) -> None:
    _, conn = synced
    for model, spec in queries.LISTS.items():
        total = queries.count(conn, spec, queries.Scope())
        pages = [
            row
            for offset in range(0, total + 5, 5)
            for row in queries.page(conn, spec, queries.Scope(), offset=offset, limit=5)
        ]
        assert len(pages) == total and len({r[0] for r in pages}) == total, model
        for i, column in enumerate(spec.columns):
            if column.order_by:  # every sortable column really sorts
                assert len(queries.page(conn, spec, queries.Scope(), sort=i, descending=True)) == min(
                    total, 200
                )
    spec = queries.LISTS["interviews"]
    cand = conn.execute(
        "SELECT c.last_name FROM interviews i JOIN applications a ON a.id = i.application_id "
        "JOIN candidates c ON c.id = a.candidate_id LIMIT 1"
    ).fetchone()[0]
    found = queries.page(conn, spec, queries.Scope(text=cand))
    assert found and all(cand.lower() in row[2 + spec.column("candidate")].lower() for row in found)
    # One letter does not filter (it would match half of a big list on every keystroke).
    assert queries.count(conn, spec, queries.Scope(text="a")) == queries.count(conn, spec, queries.Scope())
    assert queries.count(conn, spec, queries.Scope(account_ids=())) == 0
