"""Runs an account's connector streams into the cache.

Per (account, stream) the cache keeps a resumable state. Each vendor page is committed in one
transaction together with the state to resume after it, so a crash loses at most the page in
flight and the next run picks up there. Full reads end with a sweep marking what the vendor no
longer returns; delta reads ask only for what changed since the last mark. Streams run
concurrently within the account's rate limits; a failing stream is reported and the others finish.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Connection

from connectors.base import AnyStream, MapContext, Rec, Stream, read_stream
from connectors.base.reader import Batch
from connectors.http import ConnectorError, VendorClient
from connectors.http.redact import redact
from connectors.unified.timefmt import iso, now_iso
from desktop.accounts import AccountInfo
from desktop.cache.records import WriteCounts, delete_orphaned_children, sweep_unseen, upsert_records
from desktop.cache.writer import CacheWriter
from desktop.outbox.created import record_filter
from desktop.sync import state as st

log = logging.getLogger("recruiter_companion.sync")


@dataclass
class Progress:
    """One progress event: a stream advanced, finished or failed."""

    account: str
    stream: str
    records: int
    pages: int
    done: bool = False
    error: str | None = None


@dataclass
class StreamResult:
    stream: str
    mode: str  # full | delta
    pages: int = 0
    counts: WriteCounts = field(default_factory=WriteCounts)
    error: str | None = None
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: Which of the vendor's routes served this stream, where the connector discovers it at run time.
    route: str | None = None


@dataclass
class SyncReport:
    account: str
    streams: list[StreamResult]

    @property
    def ok(self) -> bool:
        return all(r.error is None for r in self.streams)

    def per_model(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for result in self.streams:
            for model, n in result.counts.per_model.items():
                total[model] = total.get(model, 0) + n
        return total


ProgressCallback = Callable[[Progress], None]


def _shifted(ts: str, seconds: int) -> str:
    from datetime import datetime, timedelta

    value = datetime.fromisoformat(ts.replace("Z", "+00:00")) - timedelta(seconds=seconds)
    return iso(value) or ts


#: Drops records an account's options exclude before they are stored (by model and foreign keys; see
#: ``desktop.outbox.created`` for "sync only created applications").
RecordFilter = Callable[[list[Rec]], list[Rec]]


def _write_page(
    conn: Connection,
    account_id: str,
    stream: AnyStream,
    run: st.RunInfo,
    batch: Batch,
    now: str,
    keep: RecordFilter | None = None,
) -> WriteCounts:
    records = keep(batch.records) if keep is not None else batch.records
    counts, seen = upsert_records(conn, account_id, records, run_id=run.run_id, now=now)
    counts.deleted += delete_orphaned_children(conn, account_id, stream.owns, seen, now)
    pending = max(filter(None, [run.pending_high, batch.high_water]), default=None)
    run.pending_high = pending
    if batch.state is None:  # the read is complete
        if run.full:
            counts.deleted += sweep_unseen(conn, account_id, stream.produces, run.run_id, now)
        st.finish(conn, account_id, stream.name, run, now)
    else:
        st.advance(conn, account_id, stream.name, batch.state, pending)
    return counts


class SyncEngine:
    """Syncs accounts into the cache through one ``CacheWriter``."""

    def __init__(self, writer: CacheWriter) -> None:
        self.writer = writer

    async def sync(
        self,
        account: AccountInfo,
        credentials: dict[str, str],
        *,
        full: bool = False,
        progress: ProgressCallback | None = None,
        only: set[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> SyncReport:
        connector = account.connector
        ctx = MapContext(account.id)
        keep = await self.writer.run(record_filter, account)
        client = connector.client(credentials, transport=transport, share=account.share)
        try:
            try:
                routes = await connector.bind(client, credentials)
            except ConnectorError as exc:
                # Without the tenant's routes no stream can run: each reports why, nothing is written.
                declared = [s for s in connector.streams if only is None or s.name in only]
                return SyncReport(
                    account.name,
                    [StreamResult(s.name, "full", error=str(exc)) for s in declared],
                )
            streams = [s for s in routes.streams if only is None or s.name in only]
            results = await asyncio.gather(
                *(
                    self._run_stream(account, s, client, ctx, full=full, progress=progress, keep=keep)
                    for s in streams
                )
            )
            for result in results:
                result.route = routes.notes.get(result.stream)
        finally:
            await client.aclose()
        return SyncReport(account.name, list(results))

    async def _run_stream(
        self,
        account: AccountInfo,
        stream: AnyStream,
        client: VendorClient,
        ctx: MapContext,
        *,
        full: bool,
        progress: ProgressCallback | None,
        keep: RecordFilter | None = None,
    ) -> StreamResult:
        started = time.monotonic()
        incremental = isinstance(stream, Stream) and stream.incremental is not None
        run = await self.writer.run(st.begin, account.id, stream.name, full or not incremental)
        result = StreamResult(stream.name, "full" if run.full else "delta")
        since = None
        if not run.full and run.since and isinstance(stream, Stream) and stream.incremental:
            since = _shifted(run.since, stream.incremental.overlap_seconds)
        records = 0
        # A page's write runs on the writer thread while the next page downloads; pages still commit
        # in order, each together with the state that resumes after it.
        writing: asyncio.Future[WriteCounts] | None = None

        async def settle() -> None:
            nonlocal writing
            if writing is not None:
                done, writing = writing, None
                result.counts.add(await done)
                if progress:
                    progress(Progress(account.name, stream.name, records, result.pages))

        try:
            async for batch in read_stream(stream, client, ctx, start=run.page_state, since=since):
                await settle()
                writing = asyncio.ensure_future(
                    self.writer.run(_write_page, account.id, stream, run, batch, now_iso(), keep)
                )
                result.pages += 1
                result.skipped.extend(batch.skipped)
                records += len(batch.records)
            await settle()
        except ConnectorError as exc:
            result.error = str(exc)
        except asyncio.CancelledError:
            # Cut off: the stored page state lets the next sync resume where this one stopped.
            result.error = "cancelled"
            raise
        except Exception as exc:  # a bug or an unexpected vendor answer must not stop the other streams
            log.exception("stream %s failed", stream.name)
            result.error = redact(f"{type(exc).__name__}: {exc}")
        finally:
            if writing is not None:
                # The page already handed to the writer commits with its own resume state.
                with contextlib.suppress(Exception):
                    result.counts.add(await asyncio.shield(writing))
            result.seconds = time.monotonic() - started
            if result.error and result.error != "cancelled":
                await self.writer.run(st.fail, account.id, stream.name, result.error)
            if progress:
                progress(
                    Progress(account.name, stream.name, records, result.pages, done=True, error=result.error)
                )
        return result


def summary_lines(report: SyncReport) -> list[str]:
    """A human summary: one line per model and one per failed stream."""
    lines = []
    for model, n in sorted(report.per_model().items()):
        lines.append(f"  {model:<28} {n:>8} read")
    for result in report.streams:
        c = result.counts
        lines.append(
            f"  [{result.stream}] {result.mode}: {result.pages} pages, {c.created} new, {c.changed} changed, "
            f"{c.deleted} deleted, {result.seconds:.1f}s"
            + (f" — FAILED: {result.error}" if result.error else "")
        )
        if result.skipped:
            lines.append(f"    {len(result.skipped)} unreadable records skipped, e.g. {result.skipped[0]}")
    return lines


def as_dict(report: SyncReport) -> dict[str, Any]:
    return {
        "account": report.account,
        "ok": report.ok,
        "models": report.per_model(),
        "streams": [
            {
                "stream": r.stream,
                "mode": r.mode,
                "pages": r.pages,
                "created": r.counts.created,
                "changed": r.counts.changed,
                "deleted": r.counts.deleted,
                "error": r.error,
                "route": r.route,
            }
            for r in report.streams
        ],
    }
