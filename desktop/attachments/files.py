"""Attachment files on disk: ``<data folder>/attachments/<account id>/<attachment id>.<ext>``.

Folders are made 0700 and files 0600 (a CV is personal data), written to a temporary name and renamed,
so a download cut off leaves no half file. The cache keeps the path relative to the data folder, so a
moved data folder (``RECRUITER_COMPANION_HOME``) still finds its files.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import home, private_dir

_EXTENSIONS = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/msword": "doc",
    "application/rtf": "rtf",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "text/plain": "txt",
}
_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def folder(account_id: str, root: Path | None = None) -> Path:
    base = private_dir((root or home()) / "attachments")
    return private_dir(base / _SAFE.sub("_", account_id))


def write(
    account_id: str, attachment_id: str, data: bytes, content_type: str | None, root: Path | None = None
) -> str:
    """Store the file; returns its path relative to the data folder."""
    root = root or home()
    ext = _EXTENSIONS.get(content_type or "", "bin")
    target = folder(account_id, root) / f"{_SAFE.sub('_', attachment_id)}.{ext}"
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return str(target.relative_to(root))


def remove_account(account_id: str, root: Path | None = None) -> None:
    """Delete an account's files (the account is removed); a folder that is not there is fine."""
    target = (root or home()) / "attachments" / _SAFE.sub("_", account_id)
    if target.is_dir():
        shutil.rmtree(target, ignore_errors=True)


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
    path: Path | None


def of_candidate(conn: sqlite3.Connection, candidate_id: str, root: Path | None = None) -> list[StoredFile]:
    """A candidate's attachments, CVs first, with where each file stands here. Read-only, indexed."""
    root = root or home()
    rows = conn.execute(
        "SELECT a.id, a.name, a.type, f.status, coalesce(f.content_type, a.content_type), "
        "coalesce(f.size, a.size), f.message, f.path FROM attachments a "
        "LEFT JOIN attachment_files f ON f.id = a.id "
        "WHERE a.candidate_id = ? AND a.remote_deleted_at IS NULL "
        "ORDER BY CASE a.type WHEN 'CV' THEN 0 WHEN 'COVER_LETTER' THEN 1 ELSE 2 END, a.name, a.id",
        (candidate_id,),
    ).fetchall()
    return [
        StoredFile(r[0], r[1] or "file", r[2], r[3], r[4], r[5], r[6], (root / r[7]) if r[7] else None)
        for r in rows
    ]


def indexed_text(conn: sqlite3.Connection, attachment_id: str) -> str | None:
    """The text read from the file when it was downloaded (kept in the search index, slot 5)."""
    row = conn.execute(
        "SELECT s.extra FROM attachments a JOIN search_index s ON s.rowid = a.rowid * 8 + 5 WHERE a.id = ?",
        (attachment_id,),
    ).fetchone()
    return str(row[0]) if row and row[0] else None
