"""The cache encrypted at rest (issue 15.1): SQLCipher, with a random key kept in the OS keyring.

Every connection to the cache is opened here (``connect``; the engine's creator, the UI's reader, the
health check and the CLI all come through it), so there is one place that knows whether a file is
plain or encrypted and which key opens it.

* The key is 32 random bytes (``secrets.token_hex``) made on first start and kept in the keyring entry
  ``<profile>/cache-key`` next to the accounts' credentials (service ``recruiter-companion``). It is
  handed to SQLCipher as a raw key (``x'…'``): it is random already, so SQLCipher's PBKDF2 stretching
  (256,000 rounds, a noticeable part of every connection) would add nothing.
* A plain cache (an earlier release, or one made while no keyring existed) is encrypted in place on
  the first start that has a keyring: an encrypted copy is written beside it with ``sqlcipher_export``,
  checked (SQLite's integrity check and every table's row count against the plain file), flushed to
  disk, and only then moved over the plain file with ``os.replace``. Killed at any moment, the cache is
  either the complete plain file or the complete encrypted one; a half-written copy is removed on the
  next start and the work is done again.
* Without a usable keyring at all (a headless box with no Secret Service: ``secrets.keyring_usable``)
  the cache stays plain, as the credentials then stay in memory only: a key we could not keep would
  lock the user out of their own cache (and their queued writes) at the next start. It is said in the
  log and by ``self-test``; README "Encryption at rest".
* An encrypted cache whose key is missing or does not open it is never replaced silently: it is a
  :class:`CacheLocked` (a :class:`~desktop.cache.damage.DamagedCache`), shown with the way on: set it
  aside and start over (sync again).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import keyring
import keyring.errors
import sqlcipher3.dbapi2 as sqlcipher

from connectors.http.redact import register_secret
from desktop import paths
from desktop.cache.damage import SQLITE_HEADER, DamagedCache
from desktop.secrets import keyring_usable, refused

log = logging.getLogger("recruiter_companion.cache")

#: The DB-API module every cache connection uses (plain or encrypted): its errors are the ones to catch.
dbapi: Any = sqlcipher
Error: type[Exception] = sqlcipher.Error
DatabaseError: type[Exception] = sqlcipher.DatabaseError
#: What to catch around a query on a connection that may come from either module (the cache's, or a
#: plain ``sqlite3`` one of a test or an export).
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)

KEY_USER = "cache-key"  # the keyring user is "<profile>/cache-key"; account ids all start "acc_"
_KEY = re.compile(r"[0-9a-f]{64}")
_keys: dict[str, str] = {}  # keyring user -> key, read once per process (each read is a D-Bus call)


class CacheLocked(DamagedCache):
    """An encrypted cache that cannot be opened: its key is missing from the keyring, or does not fit."""

    def advice(self) -> str:
        return (
            f"The cache {self.path} cannot be opened: {self.reason}. Nothing was changed. To start over, "
            f"run `recruiter-companion cache reset --keep-copy` (the locked file is kept beside it), add "
            f"your accounts again and sync: the records come back from the vendors, but writes still "
            f"waiting in the old cache are not sent."
        )


def forget_keys() -> None:
    """Drop the keys this process read (a test that removes a keyring entry; a profile switch)."""
    _keys.clear()


def _user(folder: Path) -> str:
    return f"{paths.profile_id(folder)}/{KEY_USER}"


def delete_key(folder: Path) -> None:
    """Remove the data folder's cache key from the keyring (a throw-away folder going away)."""
    user = _user(folder)
    _keys.pop(user, None)
    if keyring_usable():
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(paths.SERVICE, user)


def key_for(folder: Path, *, create: bool) -> str | None:
    """The cache key of the data folder ``folder`` (64 hex digits); ``None`` when there is none (and
    ``create`` is false) or when no usable keyring exists. Raises ``KeyringUnavailable`` when the
    keyring is there but locked: never a fallback to plain in that case."""
    user = _user(folder)
    if user in _keys:  # read before, or handed over (``use_key``: the sync worker process)
        return _keys[user]
    if not keyring_usable():
        return None
    try:
        found = keyring.get_password(paths.SERVICE, user)
        if found is None and create:
            fresh = secrets.token_hex(32)
            keyring.set_password(paths.SERVICE, user, fresh)
            # Read back: a keyring that silently dropped it must not leave a cache nobody can open.
            found = keyring.get_password(paths.SERVICE, user)
            if found != fresh:
                raise keyring.errors.PasswordSetError("the new entry could not be read back")
            log.info("made a new cache key and kept it in the keyring")
    except keyring.errors.KeyringError as exc:
        raise refused("keep the cache key", exc) from None
    if found is None:
        return None
    register_secret(found)  # never in a log line or an error message
    _keys[user] = found
    return found


def use_key(folder: Path, key: str) -> None:
    """Open the data folder's cache with ``key`` without asking the keyring: the window hands its key to
    the sync worker process over a pipe (``desktop.sync.process``), never through argv or the
    environment."""
    if not _KEY.fullmatch(key):
        raise ValueError("a cache key is 64 hex digits")
    register_secret(key)
    _keys[_user(folder)] = key


def is_plain(path: Path) -> bool:
    """True when ``path`` is a plain SQLite file (its first bytes are SQLite's header). An encrypted
    file starts with its random salt instead; an empty or missing one is neither."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def will_encrypt(path: Path) -> bool:
    """True when opening ``path`` will first encrypt it in place (a plain cache, a keyring to keep the
    key): about a minute per 1.5 GB, worth telling the user before it starts."""
    return is_plain(path) and keyring_usable()


def _apply_key(conn: Any, key: str) -> None:
    if not _KEY.fullmatch(key):  # only our own 64 hex digits ever reach the PRAGMA's text
        raise ValueError("a cache key must be 64 hexadecimal digits")
    conn.execute(f"PRAGMA key = \"x'{key}'\"")


def _checked(path: Path, key: str) -> str:
    if not _KEY.fullmatch(key):  # only our own 64 hex digits ever reach a PRAGMA's text
        raise CacheLocked(path, "its keyring entry holds something that is not a key this app made")
    return key


def _locked_reason(path: Path, no_keyring: bool) -> str:
    if no_keyring:
        return (
            "it is encrypted, and no system keyring is available here to hold its key (on Linux: "
            "install and unlock gnome-keyring or KWallet, then start again)"
        )
    return (
        "it is encrypted and its key is not in the system keyring (a reset keyring, another computer "
        "or user account, or a copied data folder)"
    )


def connect(path: Path, *, read_only: bool = False, check_same_thread: bool = True) -> sqlite3.Connection:
    """A DB-API connection to the cache at ``path``, plain or encrypted as the file is, checked to
    read. Typed as ``sqlite3.Connection``: SQLCipher's module is pysqlite's, with the same API.

    Raises :class:`CacheLocked` (no key, or a key that does not open it) or ``DamagedCache``."""
    key: str | None = None
    if not is_plain(path):
        key = key_for(path.parent, create=False)
        exists_with_data = path.exists() and path.stat().st_size > 0
        if key is None and exists_with_data:
            raise CacheLocked(path, _locked_reason(path, no_keyring=not keyring_usable()))
        if key is not None:
            _checked(path, key)
    target = f"{path.as_uri()}?mode=ro" if read_only else str(path)
    conn = sqlcipher.connect(target, uri=read_only, check_same_thread=check_same_thread)
    try:
        # SQLCipher writes its own "hmac check failed" lines to stderr; we say it in words instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            _apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if key is not None and "not a database" in str(exc):
            raise CacheLocked(
                path,
                "it cannot be decrypted with the key kept in the system keyring: the file is damaged, or "
                "it was encrypted with another key (copied from another computer or data folder)",
            ) from None
        raise DamagedCache(path, f"SQLite cannot read it ({exc})") from None
    return cast(sqlite3.Connection, conn)


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection for the UI thread and other readers: no write can happen through it."""
    conn = connect(path, check_same_thread=False)
    # WAL (set by the writer) lets this connection read while the sync writes; a short busy timeout
    # covers the rare moment a checkpoint holds the lock.
    conn.execute("PRAGMA busy_timeout=2000")
    conn.execute("PRAGMA query_only=1")
    conn.execute("PRAGMA temp_store=MEMORY")
    # Decrypted pages kept in memory (as db._pragmas, for the same reason): searches over a large
    # cache read the same index pages again and again.
    conn.execute("PRAGMA cache_size=-65536")
    return conn


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Two processes starting at once (the window and a CLI sync) must not both make a key or both
    encrypt: an advisory lock on the data folder itself (POSIX; elsewhere one app runs at a time)."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _partial(path: Path) -> Path:
    return path.with_name(f"{path.name}.encrypting")


def _counts(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # a folder on Windows cannot be opened for fsync: os.replace is atomic there anyway
        pass
    finally:
        os.close(fd)


def prepare(path: Path) -> str | None:
    """Before the engine opens ``path``: make the key on first start and encrypt a plain cache in place.
    Returns the key, or ``None`` when the cache stays plain (no usable keyring)."""
    with _folder_lock(path.parent):
        _partial(path).unlink(missing_ok=True)  # what a killed migration left: the plain file is whole
        Path(f"{_partial(path)}-journal").unlink(missing_ok=True)
        if not keyring_usable():
            if path.exists() and path.stat().st_size and not is_plain(path):
                raise CacheLocked(path, _locked_reason(path, no_keyring=True))
            log.warning(
                "no usable system keyring: the cache %s stays unencrypted (a key kept nowhere would lock "
                "you out of it at the next start)",
                path,
            )
            return None
        plain = is_plain(path)
        new = not path.exists() or path.stat().st_size == 0
        key = key_for(path.parent, create=plain or new)
        if key is None:
            raise CacheLocked(path, _locked_reason(path, no_keyring=False))
        _checked(path, key)
        if plain:
            try:
                encrypt_in_place(path, key)
            except sqlcipher.OperationalError as exc:  # locked by another process: as above
                log.warning("the cache could not be encrypted now (%s); the next start tries again", exc)
        return key


def encrypt_in_place(path: Path, key: str) -> None:
    """Replace the plain cache at ``path`` by an encrypted copy, only once the copy is verified."""
    partial = _partial(path)
    plain = sqlcipher.connect(str(path))
    try:
        plain.execute("PRAGMA busy_timeout=10000")
        # Everything into the main file and the WAL gone: a plain WAL must never sit beside the
        # encrypted file (SQLite would replay its frames into it).
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            # Another process has it open (an older version still running): encrypting under it would
            # pull the file from under its feet. Plain this once; the next start tries again.
            log.warning("the cache is open in another program: it stays unencrypted until the next start")
            return
        expected = _counts(plain)
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), f"x'{key}'"))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.commit()
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = sqlcipher.connect(str(partial))
    try:
        check.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(check, key)
        result = [r[0] for r in check.execute("PRAGMA integrity_check").fetchall()]
        got = _counts(check)
    finally:
        check.close()
    if result != ["ok"] or got != expected:
        partial.unlink(missing_ok=True)
        differ = sorted(n for n in expected.keys() | got.keys() if expected.get(n) != got.get(n))
        why = result[0] if result != ["ok"] else "rows differ in " + ", ".join(differ[:3])
        raise DamagedCache(path, f"its encrypted copy did not verify ({why}); the plain file is unchanged")
    _fsync(partial)
    os.replace(partial, path)
    _fsync(path.parent)
    log.info("encrypted the cache in place (%d tables verified)", len(expected))
