"""Opening the cache: one SQLite file (WAL), encrypted (SQLCipher, crypt.py), private to the user,
migrated to the newest schema.

Schema changes are Alembic migrations in ``migrations/versions``; ``open_engine`` runs any pending ones
on start so an older cache is upgraded in place and never rebuilt.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

import connectors.unified.model  # noqa: F401  (registers the unified tables on the metadata)
import desktop.cache.tables  # noqa: F401
from desktop.cache import crypt, health

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
CACHE_KIB = 65536
WAL_CHECKPOINT_PAGES = 16384
_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*['"]?([^'"\s]+|None)['"]?""", re.M)


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
    # 64 MiB of decrypted pages per connection (allocated as used; SQLite's default is 2 MiB). Every page
    # read from disk is decrypted and its HMAC checked: with the default, a sync into a 10k-candidate
    # cache took 1.76x the plain time, with this 1.15x (bench/sync.py --compare-encryption, README).
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # Checkpoint every 16384 pages (64 MiB of WAL) instead of SQLite's 1000: a sync commits the same
    # index and table pages again and again, and each checkpoint writes (and fsyncs) them into the file
    # once more, inside the commit that crosses the threshold. The progressive sync of bench/vs_dlt.py
    # wrote about 15 % fewer bytes at 4096 pages than at 1000 (about 250 MB -> 218 MB), and took about
    # 7 % less time at 16384 than at 4096 (4.43 s against 4.77 s, six runs each, alternated). A
    # checkpoint on a thread of its own every 0.25-2 s gained nothing measurable. The WAL file keeps
    # that size on disk.
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str | None:
    """The newest migration's revision, read from the scripts' text without importing Alembic
    (about a tenth of a second of a cold start); None if the chain cannot be read plainly."""
    revisions: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            return None
        down = found.get("down_revision")
        revisions[found["revision"]] = None if down in (None, "None") else down
    heads = set(revisions) - {d for d in revisions.values() if d}
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """True when the cache is already at the head revision: no migration to run. Read through the
    engine, so a cache opened with a key (encrypted) is read the same way."""
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except SQLAlchemyError:  # no version table yet (a new cache): let Alembic create everything
        return False
    return [r[0] for r in rows] == [head]


def open_engine(path: Path, *, encrypt: bool = True) -> Engine:
    """An engine on the cache at ``path``, created 0600 and migrated to head.

    ``encrypt=False`` (the demo's cache of made-up people, side-by-side benchmarks): no key is made or
    read for a new cache, which is made plain; a plain file is not encrypted. An encrypted one still
    needs its key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    health.check_file(path)  # a damaged file is named and kept, never silently replaced
    # The key made on first start, a plain cache encrypted in place (crypt.py); None: it stays plain.
    if encrypt:
        crypt.prepare(path)
    if not path.exists():
        # Create the file with private permissions before SQLite writes anything into it.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if not encrypt and path.stat().st_size == 0:
        # Written plain now (WAL mode sets page 1), so no connection ever asks the keyring for a key.
        plain = crypt.dbapi.connect(str(path))
        plain.execute("PRAGMA journal_mode=WAL")
        plain.close()
    # Every connection comes from crypt.connect (the key first, before any other statement); the URL
    # still names the file, so SQLAlchemy pools it as a file and ``engine.url.database`` is its path.
    engine = create_engine(
        f"sqlite:///{path}",
        module=crypt.dbapi,
        creator=lambda: crypt.connect(path, check_same_thread=False),
    )
    event.listen(engine, "connect", _pragmas)
    try:
        if not is_current(engine):  # the usual start: already current, and Alembic is never imported
            from alembic import command

            command.upgrade(alembic_config(engine), "head")
    except DatabaseError as exc:
        engine.dispose()
        raise health.DamagedCache(path, f"SQLite cannot read it ({exc.orig})") from None
    _private(path)
    return engine


def open_reader(path: Path) -> sqlite3.Connection:
    """The one way a reader (the UI thread, the news, benchmarks, tests) opens the cache: read-only,
    with its key. See ``crypt.open_reader``."""
    return crypt.open_reader(path)
