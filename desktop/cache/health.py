"""Is the cache file sound before we open it, and what to do when it is not.

A cache can be damaged outside our control: a disk that filled up, a sync folder that truncated it, a
user who copied a different file in its place. Opening such a file used to end in a SQLAlchemy
traceback, and a 0-byte cache was silently replaced by an empty one, losing every account and every
queued write without a word. Here a damaged cache is an error that names the file, says what is
wrong, and offers the one safe way on: keep a copy of the damaged file beside it and start over.
Nothing is ever deleted or replaced without the user asking (``recruiter-companion cache reset``).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop.cache import crypt
from desktop.cache.damage import CIPHER_PAGE_SIZE, SQLITE_HEADER, DamagedCache

__all__ = ["CIPHER_PAGE_SIZE", "SQLITE_HEADER", "DamagedCache", "check_contents", "check_file", "set_aside"]


def check_file(path: Path) -> None:
    """Cheap checks of the file itself, without SQLite: empty, not a database, cut short.

    Raises :class:`DamagedCache`; a missing file is fine (a first start creates it)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if path.is_dir():
        raise DamagedCache(path, "it is a folder, not a file")
    if size == 0:
        raise DamagedCache(path, "the file is empty (0 bytes), so its accounts and queued writes are gone")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        # An encrypted cache (desktop/cache/crypt.py) starts with its random salt, not the header, and
        # is made of whole SQLCipher pages; whether it is sound only its key can tell.
        if size % CIPHER_PAGE_SIZE:
            raise DamagedCache(
                path,
                "it is not a cache database (its first bytes are not SQLite's header, and it is not a "
                "whole number of encrypted pages either)",
            )
        return
    if len(header) < 100:
        raise DamagedCache(path, f"the file is cut short ({size} bytes)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedCache(path, "its header is garbled (an impossible page size)")
    if size % page_size:
        raise DamagedCache(path, f"the file is cut short ({size} bytes is not a whole number of pages)")
    pages_in_header = int.from_bytes(header[28:32], "big")
    # The size in the header counts only when its "valid-for" stamp matches the change counter.
    size_valid = header[92:96] == header[24:28]
    if size_valid and pages_in_header and pages_in_header * page_size > size:
        raise DamagedCache(path, f"the file is cut short ({size} of {pages_in_header * page_size} bytes)")


def check_contents(path: Path) -> None:
    """SQLite's own quick check, read-only (the file is never written): for ``cache check`` and
    ``self-test``, which may take a few seconds on a large cache."""
    check_file(path)
    if not path.exists():
        return
    try:
        conn = crypt.connect(path, read_only=True)  # plain or encrypted, as the file is
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except crypt.DatabaseError as exc:
        raise DamagedCache(path, f"SQLite cannot read it ({exc})") from None
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    if problems:
        raise DamagedCache(path, f"SQLite found damage in it ({problems[0]})")


def set_aside(path: Path, *, keep_copy: bool) -> Path | None:
    """Move the damaged cache (and its WAL and shared-memory files) out of the way so the next start
    creates an empty one. With ``keep_copy`` they are renamed ``<name>.damaged-<time>`` in the same
    folder and that path is returned; without, they are deleted."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if not part.exists():
            continue
        if keep_copy:
            target = path.with_name(f"{path.name}.damaged-{stamp}{suffix}")
            os.replace(part, target)
            kept = kept or target
        else:
            part.unlink()
    return kept
