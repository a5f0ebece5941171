"""Downloading an account's attachment files after its sync (issue 18.1).

Files of the candidates with the newest applications come first. Each goes through the sync's own
client, so the vendor's limits and the account's share hold; a few at a time (the client paces them).
Per account a size cap (``attachments_cap_mb``, default 500 MB) bounds what is kept: once the stored
files reach it, older candidates' files wait; a single file over ``MAX_FILE_MB`` (or over the cap) is
never kept and its line says so: the cap holds while the file arrives (the client stops reading past
it, ``TooLarge``), so a 200 MB file is never read into memory to be refused. The bytes are checked by
their signature (magic bytes): a program is refused whatever its name. Reading its text runs on a
worker thread; its bytes go into the cache (``attachment_content``, encrypted with it) on the writer's
thread with its row, so the GUI thread only awaits and no file is left on disk in plain.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import Connection

from connectors.base import filetypes
from connectors.base.connector import Connector
from connectors.http import ConnectorError, TooLarge, VendorClient
from connectors.unified.timefmt import now_iso
from desktop.attachments import CAP_OPTION, DEFAULT_CAP_MB, files
from desktop.attachments import text as texts
from desktop.cache import crypt
from desktop.cache.writer import CacheWriter

log = logging.getLogger(__name__)

#: No single file above this is kept, whatever the cap (a 200 MB "CV" is not one to read here).
MAX_FILE_MB = 50
#: Files fetched at once (the client's limiter still paces them under the account's share).
WORKERS = 3
#: Search index slot of an attachment's text (migration 0006).
SLOT = 5


def cap_bytes(options: Mapping[str, Any]) -> int:
    """The account's cap in bytes; a bad value in a hand-edited cache falls back to the default."""
    try:
        mb = float(options.get(CAP_OPTION, DEFAULT_CAP_MB))
    except (TypeError, ValueError):
        mb = DEFAULT_CAP_MB
    return int(max(mb, 0) * 1024 * 1024)


@dataclass
class DownloadReport:
    downloaded: int = 0
    indexed: int = 0
    skipped: int = 0  # over the cap, refused or unreadable: each has its line in attachment_files
    failed: int = 0
    bytes: int = 0
    #: Requests the downloads sent (set by the sync engine, which counts them apart from the streams').
    requests: int = 0
    errors: list[str] = field(default_factory=list)


def _forget_deleted(conn: Connection, account_id: str) -> int:
    """Rows of files whose attachment is gone at the vendor (or from the cache) removed, their bytes
    with them (migration 0008's trigger): a CV is not kept once the vendor no longer has it."""
    raw = conn.connection.driver_connection
    assert raw is not None
    rows = raw.execute(
        "SELECT f.id FROM attachment_files f LEFT JOIN attachments a ON a.id = f.id "
        "WHERE f.account_id = ? AND (a.id IS NULL OR a.remote_deleted_at IS NOT NULL)",
        (account_id,),
    ).fetchall()
    raw.executemany("DELETE FROM attachment_files WHERE id = ?", [(r[0],) for r in rows])
    return len(rows)


def _pending(conn: Connection, account_id: str, per_file: int) -> tuple[list[dict[str, Any]], int]:
    """Attachments without a kept file, newest applications first; and the bytes already kept. Files
    that failed, waited for the cap, or were too large for a limit since raised are tried again, and
    so is a row whose bytes are missing from the cache."""
    raw = conn.connection.driver_connection
    assert raw is not None
    kept = raw.execute(
        "SELECT coalesce(sum(size), 0) FROM attachment_files WHERE account_id = ? AND status = 'ok'",
        (account_id,),
    ).fetchone()[0]
    rows = raw.execute(
        "SELECT a.id, a.remote_id, a.name, a.content_type, a.size, a.data_url, a.remote_data "
        "FROM attachments a LEFT JOIN attachment_files f ON f.id = a.id "
        "WHERE a.account_id = ? AND a.remote_deleted_at IS NULL "
        "AND (f.id IS NULL OR f.status IN ('failed', 'capped') "
        "OR (f.status = 'ok' AND NOT EXISTS (SELECT 1 FROM attachment_content k WHERE k.id = f.id)) "
        "OR (f.status = 'too_large' AND coalesce(f.size, 0) <= ?)) "
        "ORDER BY (SELECT max(coalesce(ap.remote_created_at, '')) FROM applications ap "
        "WHERE ap.candidate_id = a.candidate_id) DESC, a.id",
        (account_id, per_file),
    ).fetchall()
    out = []
    for r in rows:
        data = r[6]
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError:
                data = None
        out.append(
            {
                "id": r[0],
                "remote_id": r[1],
                "name": r[2],
                "content_type": r[3],
                "size": r[4],
                "data_url": r[5],
                "remote_data": data if isinstance(data, dict) else {},
            }
        )
    return out, int(kept)


def _record(
    conn: Connection,
    account_id: str,
    attachment_id: str,
    status: str,
    *,
    data: bytes | None = None,
    size: int | None = None,
    content_type: str | None = None,
    message: str | None = None,
    words: str | None = None,
) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(
        "INSERT OR REPLACE INTO attachment_files "
        "(id, account_id, status, path, size, content_type, message, downloaded_at, indexed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (attachment_id, account_id, status, None, size, content_type, message, now_iso(), words is not None),
    )
    # The bytes beside their row, in the same transaction: a file is either kept whole or not at all.
    if data is not None:
        files.store(raw, attachment_id, data)
    else:
        raw.execute("DELETE FROM attachment_content WHERE id = ?", (attachment_id,))
    row = raw.execute("SELECT rowid FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        return
    raw.execute("DELETE FROM search_index WHERE rowid = ?", (row[0] * 8 + SLOT,))
    if words:
        # A row of the candidate: a search for the CV's words finds the person, the subtitle says why.
        raw.execute(
            "INSERT INTO search_index (rowid, title, subtitle, extra, model, record_id, account_id, deleted) "
            "SELECT a.rowid * 8 + ?, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), "
            "CASE a.type WHEN 'CV' THEN 'CV' WHEN 'COVER_LETTER' THEN 'Cover letter' ELSE 'File' END "
            "|| ' · ' || coalesce(a.name, 'file'), ?, 'candidates', a.candidate_id, a.account_id, "
            "a.remote_deleted_at IS NOT NULL OR c.remote_deleted_at IS NOT NULL "
            "FROM attachments a LEFT JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ?",
            (SLOT, words, attachment_id),
        )


async def _note(writer: CacheWriter, account_id: str, attachment_id: str, status: str, **fields: Any) -> None:
    await writer.run(
        partial(_record, account_id=account_id, attachment_id=attachment_id, status=status, **fields)
    )


def _read(item: dict[str, Any], data: bytes) -> tuple[str | None, str | None]:
    """On a worker thread: the file's type by its bytes, and its words. Returns (sniffed type, words)."""
    head = data[:16]
    sniffed = filetypes.content_type(str(item.get("name") or ""), head) or item.get("content_type")
    if sniffed == "application/zip":
        sniffed = item.get("content_type") or sniffed
    words = texts.extract(data, sniffed, item.get("name"))
    return sniffed, words


async def download_account(
    connector: Connector,
    client: VendorClient,
    writer: CacheWriter,
    account_id: str,
    options: Mapping[str, Any],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> DownloadReport:
    """Fetch the account's files that are not kept yet; ``progress(done, total)`` after each."""
    report = DownloadReport()
    if connector.download is None:
        return report
    cap = cap_bytes(options)
    per_file = min(cap, MAX_FILE_MB * 1024 * 1024)
    await writer.run(_forget_deleted, account_id)
    pending, kept = await writer.run(_pending, account_id, per_file)
    budget = {"left": cap - kept}
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for item in pending:
        queue.put_nowait(item)
    done = 0

    async def one(item: dict[str, Any]) -> None:
        aid = item["id"]
        declared = item.get("size")
        if isinstance(declared, int) and declared > per_file:
            report.skipped += 1
            await _note(
                writer, account_id, aid, "too_large", size=declared, message=_too_large(declared, per_file)
            )
            return
        if budget["left"] <= 0:
            report.skipped += 1
            await _note(writer, account_id, aid, "capped", size=declared, message=_capped(cap))
            return
        try:
            data = await connector.download(client, item, per_file)  # type: ignore[misc]
        except TooLarge as exc:
            report.skipped += 1
            await _note(
                writer,
                account_id,
                aid,
                "too_large",
                size=exc.size,
                message=_too_large(exc.size, per_file, at_least=not exc.declared),
            )
            return
        except ConnectorError as exc:
            report.failed += 1
            report.errors.append(str(exc))
            await _note(writer, account_id, aid, "failed", message=f"Not downloaded: {exc}")
            return
        if len(data) > per_file:
            report.skipped += 1
            await _note(
                writer, account_id, aid, "too_large", size=len(data), message=_too_large(len(data), per_file)
            )
            return
        if filetypes.is_program(data[:16]):
            report.skipped += 1
            await _note(
                writer,
                account_id,
                aid,
                "refused",
                size=len(data),
                message="Not kept: this file is a program, not a document.",
            )
            return
        budget["left"] -= len(data)
        sniffed, words = await asyncio.to_thread(_read, item, data)
        await _note(
            writer, account_id, aid, "ok", data=data, size=len(data), content_type=sniffed, words=words
        )
        report.downloaded += 1
        report.bytes += len(data)
        report.indexed += words is not None

    async def worker() -> None:
        nonlocal done
        while True:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                await one(item)
            except (OSError, crypt.dbapi.OperationalError) as exc:  # a full disk: say so once, stop
                report.failed += 1
                report.errors.append(f"Cannot keep attachment files: {exc}")
                while not queue.empty():
                    queue.get_nowait()
            done += 1
            if progress is not None:
                progress(done, len(pending))

    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    if pending:
        log.info(
            "attachments account=%s downloaded=%d indexed=%d skipped=%d failed=%d bytes=%d",
            account_id, report.downloaded, report.indexed, report.skipped, report.failed, report.bytes,
        )  # fmt: skip
    return report


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    """``at_least``: the vendor did not say the size; the download stopped once ``size`` had arrived."""
    if at_least:
        return (
            f"Not downloaded: the file is larger than the {_mb(limit)} a file may take here (the download "
            f"stopped after {_mb(size)}). Open it at the vendor."
        )
    return (
        f"Not downloaded: {_mb(size)} is over the {_mb(limit)} a file may take here. Open it at the vendor."
    )


def _capped(cap: int) -> str:
    return (
        f"Not downloaded yet: this account's files reached its {_mb(cap)} cap. "
        "Raise the cap in the account's settings to keep more."
    )
