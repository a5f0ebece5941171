"""Attachment files kept in the cache: their bytes are rows of ``attachment_content`` (migration 0008),
so the cache's encryption (SQLCipher, ``desktop.cache.crypt``) covers them; no CV lies on disk in
plain. Where the cache is plain (no keyring) the same table is used.

"Open in viewer" needs a real file for another program: ``open_copy`` writes one, 0600, into
``<data folder>/open-copies/<attachment id>/`` (0700), and ``clear_open_copies`` removes them all when
the window closes and again at the next start (after a crash). Forgetting a person removes their
copies at once (``remove_open_copies``).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop.paths import home, private_dir

_SAFE = re.compile(r"[^A-Za-z0-9_-]")
#: A viewer picks its program by the extension: the copy's name keeps a safe one.
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]")
OPEN_COPIES = "open-copies"
T = TypeVar("T")


def store(raw: sqlite3.Connection, attachment_id: str, data: bytes) -> None:
    """Keep the file's bytes (on the cache writer's connection, inside its transaction)."""
    raw.execute(
        "INSERT OR REPLACE INTO attachment_content (id, content) VALUES (?, ?)", (attachment_id, data)
    )


def content(conn: sqlite3.Connection, attachment_id: str) -> bytes | None:
    """The kept bytes of an attachment's file; ``None`` when none are kept."""
    row = conn.execute("SELECT content FROM attachment_content WHERE id = ?", (attachment_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def cache_file(conn: sqlite3.Connection) -> Path | None:
    """The file of the cache ``conn`` reads, for a worker thread to open its own reader on."""
    for _seq, name, file in conn.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def apart(cache: Path, job: Callable[[sqlite3.Connection], T]) -> T:
    """``job`` on a reader connection of its own (a worker thread's: a large file's read must not hold
    the GUI thread's connection), closed after."""
    from desktop.cache import crypt

    conn = crypt.open_reader(cache)
    try:
        return job(conn)
    finally:
        conn.close()


def remove_account(account_id: str, root: Path | None = None) -> None:
    """After an account's rows are deleted (its bytes go with its ``attachment_files`` rows, by the
    trigger of migration 0008): a folder of loose files an older release left, if any, goes too."""
    target = (root or home()) / "attachments" / _SAFE.sub("_", account_id)
    if target.is_dir():
        shutil.rmtree(target, ignore_errors=True)


def open_copy(attachment_id: str, name: str, data: bytes, root: Path | None = None) -> Path:
    """A copy of the file for the system's viewer: ``open-copies/<id>/<name>``, 0600 in 0700 folders."""
    base = private_dir((root or home()) / OPEN_COPIES)
    folder = private_dir(base / _SAFE.sub("_", attachment_id))
    clean = _SAFE_NAME.sub("_", Path(name).name).strip(" .") or "file"
    target = folder / clean[-120:]
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(partial, 0o600)  # an existing partial keeps its mode through O_CREAT
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def remove_open_copies(attachment_ids: list[str], root: Path | None = None) -> None:
    """The viewer copies of these attachments (a forgotten or reduced person's), if any are open."""
    base = (root or home()) / OPEN_COPIES
    if not base.is_dir():
        return
    for attachment_id in attachment_ids:
        shutil.rmtree(base / _SAFE.sub("_", attachment_id), ignore_errors=True)


def clear_open_copies(root: Path | None = None) -> None:
    """Every viewer copy: when the app closes, and at its next start (a crash skipped the first)."""
    shutil.rmtree((root or home()) / OPEN_COPIES, ignore_errors=True)


@dataclass(frozen=True)
class StoredFile:
    """One attachment of a candidate as the detail pane shows it."""

    id: str
    name: str
    type: str | None
    status: str | None  # None: not downloaded yet
    content_type: str | None
    size: int | None
    message: str | None
    #: Whether its bytes are in the cache (``content`` reads them).
    stored: bool


def of_candidate(conn: sqlite3.Connection, candidate_id: str) -> list[StoredFile]:
    """A candidate's attachments, CVs first, with where each file stands here. Read-only, indexed;
    the bytes are not read here (``content`` reads one file when it is shown)."""
    rows = conn.execute(
        "SELECT a.id, a.name, a.type, f.status, coalesce(f.content_type, a.content_type), "
        "coalesce(f.size, a.size), f.message, "
        "EXISTS (SELECT 1 FROM attachment_content k WHERE k.id = a.id) FROM attachments a "
        "LEFT JOIN attachment_files f ON f.id = a.id "
        "WHERE a.candidate_id = ? AND a.remote_deleted_at IS NULL "
        "ORDER BY CASE a.type WHEN 'CV' THEN 0 WHEN 'COVER_LETTER' THEN 1 ELSE 2 END, a.name, a.id",
        (candidate_id,),
    ).fetchall()
    return [StoredFile(r[0], r[1] or "file", r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows]


def indexed_text(conn: sqlite3.Connection, attachment_id: str) -> str | None:
    """The text read from the file when it was downloaded (kept in the search index, slot 5)."""
    row = conn.execute(
        "SELECT s.extra FROM attachments a JOIN search_index s ON s.rowid = a.rowid * 8 + 5 WHERE a.id = ?",
        (attachment_id,),
    ).fetchone()
    return str(row[0]) if row and row[0] else None
