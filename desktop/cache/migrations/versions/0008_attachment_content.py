"""attachment_content: downloaded files' bytes inside the cache (encrypted with it), not loose files

Revision ID: 0008_attachment_content
Revises: 0007_attachments
Create Date: 2026-12-05 09:05:00

Until now a downloaded CV was a plain file under ``<data folder>/attachments/<account>/``, readable by
anyone who copies the folder, beside an encrypted cache (issue 15.1 x 18.1). From here its bytes are a
row of ``attachment_content`` (the attachment's id, its bytes), so SQLCipher encrypts them with
everything else; ``attachment_files.path`` is kept but no longer set.

Existing files are moved in: each file an ``attachment_files`` row names is read into the table and
its path cleared; a row whose file is gone is dropped, so the next sync downloads it again. The loose
files and their folder are deleted at the end of the upgrade (inside the migration's transaction:
only a failed commit after that could leave rows naming deleted files, and those show "missing" and
are fetched again). A trigger removes the bytes with their ``attachment_files`` row, so every way a row
goes (forget, retention, a removed account, a file gone at the vendor) takes the bytes with it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import op

revision = "0008_attachment_content"
down_revision = "0007_attachments"
branch_labels = None
depends_on = None


def _data_folder() -> Path | None:
    """The folder the cache file is in: the data folder the files were written under."""
    if op.get_bind().dialect.name != "sqlite":
        return None  # a server database (team mode) has no data folder and no files to move in
    for _seq, name, file in op.get_bind().exec_driver_sql("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None  # an in-memory cache has no files beside it


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":  # team mode: bytea, and the trigger as a PL/pgSQL function
        conn.exec_driver_sql(
            "CREATE TABLE attachment_content (id TEXT NOT NULL PRIMARY KEY, content BYTEA NOT NULL)"
        )
        conn.exec_driver_sql(
            "CREATE FUNCTION attachment_content_forget() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN "
            "DELETE FROM attachment_content WHERE id = OLD.id; RETURN NULL; END $fn$"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER attachment_content_ad AFTER DELETE ON attachment_files FOR EACH ROW "
            "EXECUTE FUNCTION attachment_content_forget()"
        )
        return
    conn.exec_driver_sql(
        "CREATE TABLE attachment_content (id TEXT NOT NULL PRIMARY KEY, content BLOB NOT NULL)"
    )
    conn.exec_driver_sql(
        "CREATE TRIGGER attachment_content_ad AFTER DELETE ON attachment_files BEGIN "
        "DELETE FROM attachment_content WHERE id = old.id; END"
    )
    root = _data_folder()
    rows = conn.exec_driver_sql("SELECT id, path FROM attachment_files WHERE path IS NOT NULL").fetchall()
    folder = (root / "attachments").resolve() if root is not None else None
    for attachment_id, rel in rows:
        data = None
        if root is not None and folder is not None:
            file = (root / str(rel)).resolve()
            if file.is_relative_to(folder) and file.is_file():  # only our own files are read
                try:
                    data = file.read_bytes()
                except OSError:
                    data = None
        if data is None:
            conn.exec_driver_sql("DELETE FROM attachment_files WHERE id = ?", (attachment_id,))
            continue
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO attachment_content (id, content) VALUES (?, ?)", (attachment_id, data)
        )
        conn.exec_driver_sql("UPDATE attachment_files SET path = NULL WHERE id = ?", (attachment_id,))
    if folder is not None and folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)


def downgrade() -> None:
    # The bytes are not written back out as loose files: those rows are dropped and downloaded again.
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS attachment_content_forget() CASCADE")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS attachment_content_ad")
    conn.exec_driver_sql("DELETE FROM attachment_files WHERE id IN (SELECT id FROM attachment_content)")
    conn.exec_driver_sql("DROP TABLE attachment_content")
