"""Opening the cache: one SQLite file (WAL), private to the user, migrated to the newest schema.

Schema changes are Alembic migrations in ``migrations/versions``; ``open_engine`` runs any pending ones
on start so an older cache is upgraded in place and never rebuilt.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

import connectors.unified.model  # noqa: F401  (registers the unified tables on the metadata)
import desktop.cache.tables  # noqa: F401
from desktop.cache import health

MIGRATIONS = Path(__file__).with_name("migrations")


def _private(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def _pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # WAL lets the UI read while the sync writes; NORMAL is durable across app crashes in WAL mode.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def open_engine(path: Path) -> Engine:
    """An engine on the cache at ``path``, created 0600 and migrated to head."""
    path.parent.mkdir(parents=True, exist_ok=True)
    health.check_file(path)  # a damaged file is named and kept, never silently replaced
    if not path.exists():
        # Create the file with private permissions before SQLite writes anything into it.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas)
    try:
        command.upgrade(alembic_config(engine), "head")
    except DatabaseError as exc:
        engine.dispose()
        raise health.DamagedCache(path, f"SQLite cannot read it ({exc.orig})") from None
    _private(path)
    return engine
