"""Opening a cache that is already current skips Alembic entirely (cold start, issue 18 targets);
a new or older cache is still migrated by Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from desktop.cache import db

_OPEN = (
    "import sys; from pathlib import Path; from desktop.cache.db import open_engine; "
    "open_engine(Path(sys.argv[1])); print('alembic' in sys.modules)"
)


def _open_in_child(path: Path) -> bool:
    """Open the cache in a fresh interpreter; whether Alembic got imported."""
    out = subprocess.run(
        [sys.executable, "-c", _OPEN, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    return out.stdout.strip() == "True"


def test_the_head_read_from_the_scripts_is_alembics_head(tmp_path: Path) -> None:
    engine = db.open_engine(tmp_path / "cache.db")
    assert db.head_revision() == ScriptDirectory.from_config(db.alembic_config(engine)).get_current_head()
    assert db.is_current(engine)
    engine.dispose()


def test_a_new_cache_is_migrated_and_a_current_one_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    assert _open_in_child(path) is True  # created: Alembic builds the schema
    assert _open_in_child(path) is False  # current: nothing to migrate, Alembic never imported


def test_an_older_cache_is_still_upgraded(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "cache.db"
    engine = db.open_engine(path)
    command.downgrade(db.alembic_config(engine), "0004")
    assert not db.is_current(engine)
    engine.dispose()
    engine = db.open_engine(path)
    assert db.is_current(engine)
    engine.dispose()
