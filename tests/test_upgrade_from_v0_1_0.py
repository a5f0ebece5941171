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
