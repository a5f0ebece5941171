"""Phase 2 of a progressive stream: the details of its queued list items, newest first.

Workers take items from the durable queue (``desktop.sync.enrich``), a record the user opened first of
all (``SyncEngine.prioritise``), read each item's sub-requests and hand the finished items to the cache
writer in batches (``desktop.sync.writes.write_enriched_many``), so a sync cut off here resumes where it
stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque

from connectors.base import MapContext, Rec, Stream
from connectors.base.reader import Answers, enrich_and_map
from connectors.http import ConnectorError, VendorClient
from connectors.http.redact import redact
from connectors.unified.timefmt import now_iso
from desktop.accounts import AccountInfo
from desktop.cache.records import WriteCounts
from desktop.cache.writer import CacheWriter
from desktop.sync import enrich
from desktop.sync import state as st
from desktop.sync.counter import FOR_STREAM
from desktop.sync.report import Progress, ProgressCallback, StreamResult
from desktop.sync.writes import RecordFilter, finish_enrichment, merge_phase_two, write_enriched_many

log = logging.getLogger("recruiter_companion.sync")

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


async def enrich_stream(
    writer: CacheWriter,
    account: AccountInfo,
    stream: Stream,
    result: StreamResult,
    client: VendorClient,
    ctx: MapContext,
    runs: dict[str, st.RunInfo],
    urgent_keys: dict[tuple[str, str], deque[str]],
    *,
    progress: ProgressCallback | None,
    keep: RecordFilter | None,
) -> None:
    """Phase 2 of one progressive stream: drain its queue, each item committed as it is done."""
    FOR_STREAM.set(stream.name)
    run = runs.get(stream.name)
    if run is None:
        return
    started = time.monotonic()
    total = await writer.run(enrich.pending_count, account.id, stream.name)
    urgent = urgent_keys.setdefault((account.id, stream.name), deque())
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
                found = await writer.run(enrich.pending_item, account.id, stream.name, key)
                if found is not None:
                    in_hand.add(key)
                    return found
            while True:
                while buffer:
                    item = buffer.popleft()
                    if item.key not in in_hand and item.key not in finished and item.key not in failed:
                        in_hand.add(item.key)
                        return item
                fresh = await writer.run(
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
                await writer.run(enrich.demote, account.id, stream.name, pending.key)
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
                counts = await writer.run(
                    write_enriched_many, account.id, stream, run.run_id, done, now_iso(), keep
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
        merge_phase_two(result.counts, enriched_counts)
        if result.error != "cancelled":
            left, deleted = await writer.run(finish_enrichment, account.id, stream, now_iso())
            result.pending = left
            result.counts.deleted += deleted
            if result.error:
                await writer.run(st.fail, account.id, stream.name, result.error)
        result.seconds += time.monotonic() - started
        report(done=True)
