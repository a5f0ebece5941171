"""Runs an account's connector streams into the cache.

Per (account, stream) the cache keeps a resumable state. Each vendor page is committed in one
transaction together with the state to resume after it, so a crash loses at most the page in
flight and the next run picks up there. Full reads end with a sweep marking what the vendor no
longer returns; delta reads ask only for what changed since the last mark. Streams run
concurrently within the account's rate limits; a failing stream is reported and the others finish.

Progressive streams (``Stream.progressive``) sync in two phases: phase 1 reads every stream's list
pages and stores their items bare, so everything is browsable and searchable early; only when every
list is stored does phase 2 send the sub-requests, newest item first, for the items whose stamp
changed since they were last enriched (``desktop.sync.enrich``). ``SyncEngine.prioritise`` moves a
record the user opened to the front. Every request is counted per stream for the report.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Connection

from connectors.base import AnyStream, MapContext, Rec, Stream, read_stream
from connectors.base.reader import Answers, Batch, enrich_and_map
from connectors.http import ConnectorError, Exchange, Limits, RetryPolicy, VendorClient
from connectors.http.redact import redact
from connectors.unified.ids import stable_id
from connectors.unified.timefmt import iso, now_iso
from desktop import activity
from desktop.accounts import AccountInfo
from desktop.attachments import download as attachment_files
from desktop.cache.records import (
    WriteCounts,
    delete_orphaned_children,
    recall_remote_data,
    sweep_unseen,
    upsert_records,
)
from desktop.cache.writer import CacheWriter
from desktop.outbox.created import record_filter
from desktop.sync import enrich
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
    #: 1: list pages; 2: details of the listed items (progressive streams only).
    phase: int = 1
    #: Phase 2: items enriched so far, still queued, and the estimated seconds left (None: unknown yet).
    enriched: int = 0
    pending: int = 0
    eta: float | None = None


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
    #: Requests sent for this stream (every attempt), of which for its list pages.
    requests: int = 0
    list_requests: int = 0
    #: List items read; of those (progressive streams) queued for details, and enriched in this sync.
    items: int = 0
    queued: int = 0
    enriched: int = 0
    #: Items still waiting for their details when the sync ended (the next sync carries on).
    pending: int = 0

    @property
    def requests_per_item(self) -> float | None:
        return round(self.requests / self.items, 2) if self.items else None


@dataclass
class SyncReport:
    account: str
    streams: list[StreamResult]
    #: Requests sent for no stream in particular (discovering the tenant's routes).
    other_requests: int = 0
    #: Forgotten people this sync brought back (``desktop.privacy.forget.Returned``): the vendor has them.
    returned: list[Any] = field(default_factory=list)
    #: Deleted records past the account's keep period, reduced to ids and dates, per model.
    reduced: dict[str, int] = field(default_factory=dict)
    #: The attachment files fetched after the streams (None: this vendor or sync fetched none).
    files: attachment_files.DownloadReport | None = None

    @property
    def ok(self) -> bool:
        return all(r.error is None for r in self.streams)

    @property
    def requests(self) -> int:
        return sum(r.requests for r in self.streams) + self.other_requests

    @property
    def requests_per_record(self) -> float | None:
        records = sum(self.per_model().values())
        return round(self.requests / records, 2) if records else None

    def per_model(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for result in self.streams:
            for model, n in result.counts.per_model.items():
                total[model] = total.get(model, 0) + n
        return total


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class ClientOptions:
    """How a sync's client is built beyond the account's settings: a transport (tests, benchmarks),
    limits other than the vendor's declared ones, a retry policy other than the default (``None``: the
    connector's own)."""

    transport: httpx.AsyncBaseTransport | None = None
    limits: Limits | None = None
    retry: RetryPolicy | None = None


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
    refresh: bool = False,
    memo: dict[str, Any] | None = None,
) -> WriteCounts:
    records = batch.records
    listing = None
    if isinstance(stream, Stream) and stream.progressive:
        # Phase 1: new items stored bare and queued, changed ones queued, unchanged ones only marked seen.
        listing = enrich.store_listed(conn, account_id, stream, batch.listed, run.run_id, keep, refresh)
        records = listing.records
    records = keep(records) if keep is not None else records
    counts, seen = upsert_records(conn, account_id, records, run_id=run.run_id, now=now)
    counts.deleted += delete_orphaned_children(conn, account_id, stream.owns, seen, now, stream.scope)
    if listing is not None:
        counts.queued = listing.queued
        counts.unchanged += listing.unchanged
        if stream.produces and listing.unchanged:
            primary = stream.produces[0]
            counts.per_model[primary] = counts.per_model.get(primary, 0) + listing.unchanged
    pending = max(filter(None, [run.pending_high, batch.high_water]), default=None)
    run.pending_high = pending
    if batch.state is None:  # the read is complete
        if run.full and listing is not None:
            # The sweep waits for phase 2: the records only details produce are not stored yet.
            enrich.defer_sweep(conn, account_id, stream.name, run.run_id)
        elif run.full:
            counts.deleted += sweep_unseen(conn, account_id, stream.produces, run.run_id, now, stream.scope)
        st.finish(conn, account_id, stream.name, run, now, memo)
    else:
        st.advance(conn, account_id, stream.name, batch.state, pending)
    return counts


#: The stream a request is sent for (set per stream task; requests made by its sub-tasks inherit it).
_FOR_STREAM: ContextVar[str | None] = ContextVar("sync_stream", default=None)

#: The counter's name for the attachment downloads after the streams (issue 18.1).
FILES = "attachment files"

#: Phase 2: items enriched at once per stream (the client's limiter still caps requests in flight).
ENRICH_WORKERS = 8
#: Phase 2: queued items fetched from the cache at once per stream. Every fetch waits its turn on the
#: writer thread behind the flushes, and a stream's workers wait for it: few fetches keep them busy.
ENRICH_BATCH = 32 * ENRICH_WORKERS
#: Phase 2 progress events at most this often per stream (seconds).
PROGRESS_EVERY = 0.25
#: Phase 2: a flush the workers start waits up to FLUSH_WAIT seconds for FLUSH_ITEMS finished items. Each
#: transaction and statement hands the GIL to the event loop and waits to get it back: with the limits
#: lifted, flushes of one or two items made the writer, not the vendor, set the pace.
FLUSH_ITEMS = 64
FLUSH_WAIT = 0.1


def _write_enriched_many(
    conn: Connection,
    account_id: str,
    stream: Stream,
    run_id: int,
    done: list[tuple[enrich.Pending, list[Rec], Answers]],
    now: str,
    keep: RecordFilter | None = None,
) -> WriteCounts:
    """Enriched items, their records committed together with their removal from the queue.

    Items that finished while the writer was busy come together: their records are stored in one
    upsert per kind (an item's first details fill in what phase 1 stored bare, which is not a change
    at the vendor; details of an item stored in full before are compared as usual).
    """
    counts = WriteCounts()
    for fill in (True, False):
        group = [entry for entry in done if entry[0].full_before != fill]
        if not group:
            continue
        records = [rec for _pending, recs, _answers in group for rec in recs]
        records = keep(records) if keep is not None else records
        kept = {(rec.model, rec.key) for rec in records}
        part, seen = upsert_records(conn, account_id, records, run_id=run_id, now=now, fill=fill)
        part.deleted += delete_orphaned_children(conn, account_id, stream.owns, seen, now, stream.scope)
        counts.add(part)
        enrich.complete(
            conn,
            account_id,
            stream.name,
            [
                (
                    pending.key,
                    pending.stamp,
                    [stable_id(account_id, r.model, r.key) for r in recs if (r.model, r.key) in kept],
                    answers,
                )
                for pending, recs, answers in group
            ],
        )
    return counts


def _finish_enrichment(conn: Connection, account_id: str, stream: Stream, now: str) -> tuple[int, int]:
    """After phase 2: the items still queued, and the deferred sweep of a full read once none is left."""
    left = enrich.pending_count(conn, account_id, stream.name)
    deleted = 0
    sweep_run = enrich.deferred_sweep(conn, account_id, stream.name)
    if left == 0 and sweep_run is not None:
        deleted = sweep_unseen(conn, account_id, stream.produces, sweep_run, now, stream.scope)
        enrich.clear_sweep(conn, account_id, stream.name)
    return left, deleted


class _Counter:
    """Counts a client's requests per stream (``VendorClient.observers``)."""

    def __init__(self) -> None:
        self.requests: dict[str, int] = {}
        self.lists: dict[str, int] = {}
        self._paths: dict[str, str] = {}

    def watch(self, streams: list[AnyStream]) -> None:
        """Tell a stream's list pages from its sub-requests by the stream's path."""
        self._paths = {s.name: s.path for s in streams if isinstance(s, Stream)}

    def __call__(self, exchange: Exchange) -> None:
        name = _FOR_STREAM.get() or ""
        self.requests[name] = self.requests.get(name, 0) + 1
        path = self._paths.get(name)
        if path and exchange.path.rstrip("/").endswith(path.rstrip("/")):
            self.lists[name] = self.lists.get(name, 0) + 1


class SyncEngine:
    """Syncs accounts into the cache through one ``CacheWriter``."""

    def __init__(self, writer: CacheWriter) -> None:
        self.writer = writer
        #: Per (account id, stream): keys the user opened, for a running phase 2 to take first.
        self._urgent: dict[tuple[str, str], deque[str]] = {}

    async def sync(
        self,
        account: AccountInfo,
        credentials: dict[str, str],
        *,
        full: bool = False,
        progress: ProgressCallback | None = None,
        only: set[str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        refresh_details: bool = False,
        limits: Limits | None = None,
        retry: RetryPolicy | None = None,
    ) -> SyncReport:
        """Sync ``account``. ``refresh_details``: read the details of every listed item again, even of
        those whose stamp is unchanged (for a vendor whose sub-resources change without their parent).
        ``limits`` and ``retry`` go to the account's client (``Connector.client``): ``None`` keeps the
        vendor's declared limits and the default retry policy. Start, end and failures go to the
        activity log (ids and figures only)."""
        started, started_at = time.monotonic(), now_iso()
        activity.sync_started(account, full=full)
        client = ClientOptions(transport, limits, retry)
        try:
            report = await self._sync(account, credentials, full, progress, only, client, refresh_details)
        except BaseException as exc:
            activity.sync_crashed(account, exc)
            raise
        await self._privacy(account, report, started_at)
        activity.sync_finished(account, report, time.monotonic() - started)
        return report

    async def _privacy(self, account: AccountInfo, report: SyncReport, started_at: str) -> None:
        """After a sync: retention (deleted records past their period lose personal fields) and
        whether a forgotten person came back (issue 15)."""
        from desktop import paths
        from desktop.privacy import forget, retention

        try:
            report.reduced = await self.writer.run(retention.apply, account.id, account.options)
            salt = paths.profile_id()
            report.returned = await self.writer.run(forget.reappeared, account.id, salt, started_at)
        except Exception as exc:  # the sync itself is saved: its privacy upkeep runs again after the next
            log.warning("privacy upkeep failed account=%s error=%s", account.id, type(exc).__name__)
            return
        if report.reduced or report.returned:
            log.info(
                "privacy account=%s reduced=%d returned=%d",
                account.id,
                sum(report.reduced.values()),
                len(report.returned),
            )

    async def _sync(
        self,
        account: AccountInfo,
        credentials: dict[str, str],
        full: bool,
        progress: ProgressCallback | None,
        only: set[str] | None,
        options: ClientOptions,
        refresh_details: bool,
    ) -> SyncReport:
        connector = account.connector
        ctx = MapContext(account.id)
        keep = await self.writer.run(record_filter, account)
        client = connector.client(
            credentials,
            transport=options.transport,
            retry=options.retry,
            share=account.share,
            limits=options.limits,
        )
        counter = _Counter()
        client.observers.append(counter)
        files_report: attachment_files.DownloadReport | None = None
        try:
            try:
                routes = await connector.bind(client, credentials)
            except ConnectorError as exc:
                # Without the tenant's routes no stream can run: each reports why, nothing is written.
                declared = [s for s in connector.streams if only is None or s.name in only]
                return SyncReport(
                    account.name,
                    [StreamResult(s.name, "full", error=str(exc)) for s in declared],
                    counter.requests.get("", 0),
                )
            streams = [s for s in routes.streams if only is None or s.name in only]
            counter.watch(streams)
            runs: dict[str, st.RunInfo] = {}
            # Phase 1: every stream's list pages (and, for streams that are not progressive, their
            # sub-requests as before). Nothing of phase 2 starts before every list is stored.
            results = await asyncio.gather(
                *(
                    self._run_stream(
                        account,
                        s,
                        client,
                        ctx,
                        full=full,
                        progress=progress,
                        keep=keep,
                        runs=runs,
                        refresh=refresh_details,
                    )
                    for s in streams
                )
            )
            progressive = [
                (s, r)
                for s, r in zip(streams, results, strict=True)
                if isinstance(s, Stream) and s.progressive
            ]
            if progressive:
                for s, _r in progressive:
                    self._urgent.setdefault((account.id, s.name), deque())
                try:
                    await asyncio.gather(
                        *(
                            self._enrich_stream(
                                account, s, r, client, ctx, runs, progress=progress, keep=keep
                            )
                            for s, r in progressive
                        )
                    )
                finally:
                    for s, _r in progressive:
                        self._urgent.pop((account.id, s.name), None)
            # The files of the attachments just listed, newest applications first (issue 18.1).
            if connector.download is not None and any("attachments" in s.produces for s in streams):
                marker = _FOR_STREAM.set(FILES)  # counted apart from the streams' requests
                try:
                    files_report = await attachment_files.download_account(
                        connector, client, self.writer, account.id, account.options
                    )
                except (ConnectorError, OSError) as exc:
                    # The records are stored: a failure here costs only the files, fetched next time.
                    log.warning("attachment files of %s not fetched: %s", account.id, type(exc).__name__)
                    files_report = attachment_files.DownloadReport(failed=1, errors=[str(exc)])
                finally:
                    _FOR_STREAM.reset(marker)
                files_report.requests = counter.requests.get(FILES, 0)
            for result in results:
                result.route = routes.notes.get(result.stream)
                result.requests = counter.requests.get(result.stream, 0)
                result.list_requests = counter.lists.get(result.stream, 0)
        finally:
            await client.aclose()
        return SyncReport(account.name, list(results), counter.requests.get("", 0), files=files_report)

    async def prioritise(self, account: AccountInfo, model: str, record_id: str) -> bool:
        """Enrich the list item behind this record before the others (the user opened it).

        True when its details are still loading; a running phase 2 takes it next, otherwise the next
        sync's phase 2 takes it first.
        """
        streams = [s for s in account.connector.streams if isinstance(s, Stream) and s.progressive]
        if not streams:
            return False

        def mark(conn: Connection) -> tuple[str, str] | None:
            found = enrich.owner_key(conn, streams, model, record_id)
            if found is None:
                return None
            stream, key = found
            if not enrich.raise_priority(conn, account.id, stream.name, key, int(time.time())):
                return None
            return stream.name, key

        marked = await self.writer.run(mark)
        if marked is None:
            return False
        urgent = self._urgent.get((account.id, marked[0]))
        if urgent is not None:
            urgent.appendleft(marked[1])
        return True

    async def _enrich_stream(
        self,
        account: AccountInfo,
        stream: Stream,
        result: StreamResult,
        client: VendorClient,
        ctx: MapContext,
        runs: dict[str, st.RunInfo],
        *,
        progress: ProgressCallback | None,
        keep: RecordFilter | None,
    ) -> None:
        """Phase 2 of one progressive stream: drain its queue, each item committed as it is done."""
        _FOR_STREAM.set(stream.name)
        run = runs.get(stream.name)
        if run is None:
            return
        started = time.monotonic()
        total = await self.writer.run(enrich.pending_count, account.id, stream.name)
        urgent = self._urgent.setdefault((account.id, stream.name), deque())
        buffer: deque[enrich.Pending] = deque()
        in_hand: set[str] = set()
        finished: set[str] = set()
        failed: set[str] = set()
        lock = asyncio.Lock()
        ready: list[tuple[enrich.Pending, list[Rec], Answers]] = []
        flushing = asyncio.Lock()
        enough = asyncio.Event()  # FLUSH_ITEMS items are ready: a gathering flush need not wait longer
        last_event = 0.0
        stop: list[ConnectorError] = []

        def report(done: bool = False) -> None:
            nonlocal last_event
            now = time.monotonic()
            if not progress or (not done and now - last_event < PROGRESS_EVERY):
                return
            last_event = now
            left = max(total - result.enriched - len(failed), 0)
            rate = result.enriched / max(now - started, 1e-6)
            eta = left / rate if result.enriched >= 3 and rate > 0 else None
            progress(
                Progress(
                    account.name,
                    stream.name,
                    result.enriched,
                    result.pages,
                    done=done,
                    error=result.error if done else None,
                    phase=2,
                    enriched=result.enriched,
                    pending=left,
                    eta=eta,
                )
            )

        async def take() -> enrich.Pending | None:
            async with lock:
                if stop:
                    return None
                while urgent:
                    key = urgent.popleft()
                    if key in in_hand or key in finished or key in failed:
                        continue
                    found = await self.writer.run(enrich.pending_item, account.id, stream.name, key)
                    if found is not None:
                        in_hand.add(key)
                        return found
                while True:
                    while buffer:
                        item = buffer.popleft()
                        if item.key not in in_hand and item.key not in finished and item.key not in failed:
                            in_hand.add(item.key)
                            return item
                    fresh = await self.writer.run(
                        enrich.next_pending, account.id, stream.name, ENRICH_BATCH, in_hand | failed
                    )
                    fresh = [p for p in fresh if p.key not in finished]
                    if not fresh:
                        return None
                    buffer.extend(fresh)

        async def worker() -> None:
            while (pending := await take()) is not None:
                try:
                    previous = json.loads(pending.answers) if pending.answers else None
                    records, skipped, answers = await enrich_and_map(
                        stream, client, ctx, json.loads(pending.item), previous
                    )
                except ConnectorError as exc:
                    in_hand.discard(pending.key)
                    failed.add(pending.key)
                    if exc.status is None or exc.status >= 500 or exc.status in (401, 403, 429):
                        # The vendor or the credentials fail, not this item: stop; the next sync resumes.
                        stop.append(exc)
                        return
                    result.skipped.append(f"{stream.name} {pending.key!r}: details not read: {exc}")
                    await self.writer.run(enrich.demote, account.id, stream.name, pending.key)
                    continue
                except Exception:
                    in_hand.discard(pending.key)
                    raise
                result.skipped.extend(skipped)
                ready.append((pending, records, answers))
                if len(ready) >= FLUSH_ITEMS:
                    enough.set()
                schedule_flush()

        def schedule_flush() -> None:
            # Workers go on with their next requests while the writer stores what is done: a running
            # flush takes whatever finished meanwhile before it ends.
            if flushing.locked():
                return
            task = asyncio.ensure_future(flush(gather=True))
            flushes.add(task)
            task.add_done_callback(flushes.discard)

        async def flush(gather: bool = False) -> None:
            # One transaction for whatever finished meanwhile: at a high request rate the writer,
            # not the vendor, would otherwise set the pace. ``gather``: first let a few more finish.
            async with flushing:
                if gather and len(ready) < FLUSH_ITEMS and not stop:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(enough.wait(), FLUSH_WAIT)
                enough.clear()
                while ready:
                    done = list(ready)
                    ready.clear()
                    counts = await self.writer.run(
                        _write_enriched_many, account.id, stream, run.run_id, done, now_iso(), keep
                    )
                    for pending, _records, _answers in done:
                        in_hand.discard(pending.key)
                        finished.add(pending.key)
                    result.enriched += len(done)
                    enriched_counts.add(counts)
                    report()

        enriched_counts = WriteCounts()
        flushes: set[asyncio.Task[None]] = set()
        try:
            try:
                await asyncio.gather(*(worker() for _ in range(ENRICH_WORKERS)))
            finally:
                # What the workers finished is stored, even when one of them failed or was cancelled.
                if flushes:
                    await asyncio.shield(asyncio.gather(*list(flushes)))
                await flush()
            if stop:
                result.error = result.error or str(stop[0])
        except asyncio.CancelledError:
            result.error = "cancelled"
            raise
        except Exception as exc:  # a bug or an unexpected vendor answer must not stop the other streams
            log.exception("details of stream %s failed", stream.name)
            result.error = result.error or redact(f"{type(exc).__name__}: {exc}")
        finally:
            _merge_phase_two(result.counts, enriched_counts)
            if result.error != "cancelled":
                left, deleted = await self.writer.run(_finish_enrichment, account.id, stream, now_iso())
                result.pending = left
                result.counts.deleted += deleted
                if result.error:
                    await self.writer.run(st.fail, account.id, stream.name, result.error)
            result.seconds += time.monotonic() - started
            report(done=True)

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
        runs: dict[str, st.RunInfo] | None = None,
        refresh: bool = False,
    ) -> StreamResult:
        _FOR_STREAM.set(stream.name)
        started = time.monotonic()
        incremental = isinstance(stream, Stream) and stream.incremental is not None
        run = await self.writer.run(st.begin, account.id, stream.name, full or not incremental)
        if runs is not None:
            runs[stream.name] = run
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
                counts = await done
                result.counts.add(counts)
                result.queued += counts.queued
                if progress:
                    progress(Progress(account.name, stream.name, records, result.pages))

        try:
            if isinstance(stream, Stream) and stream.load_memo is not None:
                stream.load_memo(run.memo, full)
            if isinstance(stream, Stream) and stream.remember is not None:
                stream.remember(await self.writer.run(recall_remote_data, account.id, stream.recall))
            async for batch in read_stream(stream, client, ctx, start=run.page_state, since=since):
                await settle()
                # The read's last page also stores what the stream keeps for its next read.
                memo = None
                if batch.state is None and isinstance(stream, Stream) and stream.save_memo is not None:
                    memo = stream.save_memo()
                writing = asyncio.ensure_future(
                    self.writer.run(
                        _write_page,
                        account.id,
                        stream,
                        run,
                        batch,
                        now_iso(),
                        keep,
                        refresh,
                        memo,
                    )
                )
                result.pages += 1
                result.items += batch.items
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
                progressive = isinstance(stream, Stream) and stream.progressive
                progress(
                    Progress(
                        account.name,
                        stream.name,
                        records,
                        result.pages,
                        # A progressive stream is done after its phase 2; its list is stored now.
                        done=not progressive or bool(result.error),
                        error=result.error,
                        pending=result.queued,
                    )
                )
        return result


def _merge_phase_two(counts: WriteCounts, phase_two: WriteCounts) -> None:
    """Phase 2 rewrites records phase 1 already counted: per model, the larger count is the number read."""
    counts.created += phase_two.created
    counts.changed += phase_two.changed
    counts.unchanged += phase_two.unchanged
    counts.deleted += phase_two.deleted
    for model, n in phase_two.per_model.items():
        counts.per_model[model] = max(counts.per_model.get(model, 0), n)


def summary_lines(report: SyncReport) -> list[str]:
    """A human summary: one line per model and one per failed stream."""
    lines = []
    for model, n in sorted(report.per_model().items()):
        lines.append(f"  {model:<28} {n:>8} read")
    per_record = report.requests_per_record
    lines.append(
        f"  {report.requests} requests" + (f", {per_record} per record" if per_record is not None else "")
    )
    for result in report.streams:
        c = result.counts
        lines.append(
            f"  [{result.stream}] {result.mode}: {result.pages} pages, {c.created} new, {c.changed} changed, "
            f"{c.deleted} deleted, {result.seconds:.1f}s, {result.requests} requests"
            + (f" ({result.requests_per_item} per item)" if result.requests_per_item is not None else "")
            + (f", details of {result.enriched} read" if result.queued or result.enriched else "")
            + (f", {result.pending} still to read" if result.pending else "")
            + (f" — FAILED: {result.error}" if result.error else "")
        )
        if result.skipped:
            lines.append(f"    {len(result.skipped)} unreadable records skipped, e.g. {result.skipped[0]}")
    if report.reduced:
        reduced = sum(report.reduced.values())
        lines.append(f"  {reduced} deleted records past their keep period reduced to ids and dates")
    files = report.files
    if files is not None and (files.downloaded or files.skipped or files.failed):
        lines.append(
            f"  [attachment files] {files.downloaded} downloaded ({files.bytes / 1_048_576:.1f} MB), "
            f"{files.indexed} searchable, {files.skipped} not kept, {files.failed} failed, "
            f"{files.requests} requests" + (f" — e.g. {files.errors[0]}" if files.errors else "")
        )
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
                "items": r.items,
                "requests": r.requests,
                "list_requests": r.list_requests,
                "sub_requests": r.requests - r.list_requests,
                "requests_per_item": r.requests_per_item,
                "queued": r.queued,
                "enriched": r.enriched,
                "pending": r.pending,
            }
            for r in report.streams
        ],
        "requests": report.requests,
        "other_requests": report.other_requests,
        "requests_per_record": report.requests_per_record,
        "reduced": report.reduced,
        "returned": [r.candidate_id for r in report.returned],
        "files": None
        if report.files is None
        else {
            "downloaded": report.files.downloaded,
            "indexed": report.files.indexed,
            "not_kept": report.files.skipped,
            "failed": report.files.failed,
            "bytes": report.files.bytes,
            "requests": report.files.requests,
        },
    }
