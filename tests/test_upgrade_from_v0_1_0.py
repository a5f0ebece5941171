"""An upgrade keeps a v0.1.0 cache and migrates it when the new version opens it (issue 20.4).

The fixture is a real cache written by release v0.1.0 (tag v0.1.0): a SmartRecruiters sandbox account
(seed 20) synced in full. packaging/test-upgrade.sh does the same through the installed .deb packages.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.cache.db import alembic_config, open_engine

FIXTURE = Path(__file__).parent / "fixtures" / "cache-v0.1.0.sqlite3.gz"


def _unpacked(tmp_path: Path) -> Path:
    cache = tmp_path / "cache.sqlite3"
    with gzip.open(FIXTURE, "rb") as packed, cache.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return cache


def test_opening_a_v0_1_0_cache_migrates_it_to_the_newest_revision(tmp_path: Path) -> None:
    engine = open_engine(_unpacked(tmp_path))
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head


def test_the_v0_1_0_account_and_its_synced_records_are_kept(tmp_path: Path) -> None:
    engine = open_engine(_unpacked(tmp_path))
    with engine.connect() as conn:
        accounts = conn.execute(text("SELECT name, vendor FROM accounts")).all()
        candidates = conn.execute(
            text("SELECT count(*) FROM record_state WHERE model = 'candidates' AND NOT deleted")
        ).scalar_one()
    assert [tuple(a) for a in accounts] == [("acme", "smartrecruiters")]
    assert candidates == 150  # what v0.1.0 recorded for this sync (its log: "details of 150 read")


def test_saved_searches_of_an_earlier_release_move_into_the_cache_once(tmp_path: Path) -> None:
    """Migration 0009 reads ``saved-searches.json`` in; the file goes after that commit, and a start that
    died in between takes nothing in twice."""
    from desktop import saved_searches
    from desktop.saved_searches import SavedSearch

    cache = _unpacked(tmp_path)
    legacy = tmp_path / "saved-searches.json"
    body = '[{"name": "Anna", "model": "candidates", "text": "anna kowalska", "builtin": null}]'
    legacy.write_text(body, encoding="utf-8")
    engine = open_engine(cache)
    mine = [SavedSearch("Anna", "candidates", "anna kowalska")]
    with engine.connect() as conn:
        assert saved_searches.load(conn.connection) == mine
    assert legacy.exists(), "kept until the migration's commit is behind us"
    assert saved_searches.settle_legacy_file(engine, tmp_path) is None
    assert not legacy.exists()
    # As if the last start died after the commit, before the file was deleted.
    legacy.write_text(body, encoding="utf-8")
    assert saved_searches.settle_legacy_file(engine, tmp_path) is None
    with engine.connect() as conn:
        assert saved_searches.load(conn.connection) == mine
    assert not legacy.exists()
    assert b"anna kowalska" not in cache.read_bytes()
    engine.dispose()


def test_an_upgrade_cut_short_leaves_the_cache_as_it_was(tmp_path: Path) -> None:
    """All migrations run in one transaction: one failing (as a kill -9 mid-way would cut them) takes
    back what the earlier ones did, so the next start runs them all again instead of meeting a table
    that "already exists" (SQLite's driver commits DDL outside a transaction the moment it runs)."""
    import sqlite3

    import pytest

    from desktop.cache.damage import DamagedCache

    cache = _unpacked(tmp_path)
    with sqlite3.connect(cache) as conn:
        before = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        # 0010 adds this column: here it fails there, after 0006 has made the `forgotten` table.
        conn.execute("ALTER TABLE sync_state ADD COLUMN memo TEXT")
    with pytest.raises(DamagedCache):
        open_engine(cache, encrypt=False)
    with sqlite3.connect(cache) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == before
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "forgotten" not in tables
        conn.execute("ALTER TABLE sync_state DROP COLUMN memo")
    open_engine(cache, encrypt=False).dispose()  # without the obstacle, the next start migrates in full
