"""saved_searches: the user's saved searches inside the cache (encrypted with it), not a plain file

Revision ID: 0009_saved_searches
Revises: 0008_attachment_content
Create Date: 2026-12-05 11:30:00

A saved search's text is often a candidate's name ("anna kowalska"); kept in ``saved-searches.json``
beside an encrypted cache, it was readable by anyone who copies the data folder (issue 15.1). From
here each is a row of ``saved_searches`` (name, list, filter text, its place in the sidebar).

An existing ``saved-searches.json`` is read in here; the app deletes it after this commit
(``desktop.saved_searches.settle_legacy_file``, run by every start). A file that cannot be read is left
for the app, which sets it aside and says so; nothing stops the upgrade.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alembic import op

revision = "0009_saved_searches"
down_revision = "0008_attachment_content"
branch_labels = None
depends_on = None

FILE_NAME = "saved-searches.json"


def _data_folder() -> Path | None:
    if op.get_bind().dialect.name != "sqlite":
        return None  # a server database (team mode) has no data folder and no files to move in
    for _seq, name, file in op.get_bind().exec_driver_sql("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None  # an in-memory cache has no files beside it


def _read(file: Path) -> list[tuple[str, str, str]] | None:
    try:
        data: Any = json.loads(file.read_text(encoding="utf-8"))
        return [(str(d["name"]), str(d["model"]), str(d.get("text", ""))) for d in data if isinstance(d, dict)]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def upgrade() -> None:
    conn = op.get_bind()
    conn.exec_driver_sql(
        "CREATE TABLE saved_searches (name TEXT NOT NULL PRIMARY KEY, model TEXT NOT NULL, "
        "text TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)"
    )
    root = _data_folder()
    file = root / FILE_NAME if root is not None else None
    if file is None or not file.is_file():
        return
    found = _read(file)
    if found is None:
        return  # left for the app to set aside and report
    for position, (name, model, text) in enumerate(found):
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO saved_searches (name, model, text, position) VALUES (?, ?, ?, ?)",
            (name, model, text, position),
        )
    # The file stays until this has committed: ``desktop.saved_searches.settle_legacy_file`` deletes it
    # on every start that finds it, after taking in what the table lacks (nothing, normally).


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE saved_searches")
