"""Attachment files on disk: ``<data folder>/attachments/<account id>/<attachment id>.<ext>``.

Folders are made 0700 and files 0600 (a CV is personal data), written to a temporary name and renamed,
so a download cut off leaves no half file. The cache keeps the path relative to the data folder, so a
moved data folder (``RECRUITER_COMPANION_HOME``) still finds its files.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

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


def of_candidate(engine: Engine, candidate_id: str, root: Path | None = None) -> list[StoredFile]:
    """A candidate's attachments, CVs first, with where each file stands here. Read-only, indexed."""
    root = root or home()
    sql = text(
        "SELECT a.id, a.name, a.type, f.status, coalesce(f.content_type, a.content_type), "
        "coalesce(f.size, a.size), f.message, f.path FROM attachments a "
        "LEFT JOIN attachment_files f ON f.id = a.id "
        "WHERE a.candidate_id = :cid AND a.remote_deleted_at IS NULL "
        "ORDER BY CASE a.type WHEN 'CV' THEN 0 WHEN 'COVER_LETTER' THEN 1 ELSE 2 END, a.name, a.id"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"cid": candidate_id}).all()
    return [
        StoredFile(r[0], r[1] or "file", r[2], r[3], r[4], r[5], r[6], (root / r[7]) if r[7] else None)
        for r in rows
    ]
