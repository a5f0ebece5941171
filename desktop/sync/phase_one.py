"""Phase 1 of a stream: its list pages (and, for a stream that is not progressive, their details),
each page committed together with the state to resume after it.

A page's write runs on the writer thread while the next page downloads (``desktop.sync.writes``); a
failing stream is reported in its ``StreamResult`` and does not stop the others.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from connectors.base import AnyStream, MapContext, Stream, read_stream
from connectors.http import ConnectorError, VendorClient
from connectors.http.redact import redact
from connectors.unified.timefmt import iso, now_iso
from desktop.accounts import AccountInfo
from desktop.cache.records import WriteCounts, recall_remote_data
from desktop.cache.writer import CacheWriter
from desktop.sync import state as st
from desktop.sync.counter import FOR_STREAM
from desktop.sync.report import Progress, ProgressCallback, StreamResult
from desktop.sync.writes import RecordFilter, write_page

log = logging.getLogger("recruiter_companion.sync")


def _shifted(ts: str, seconds: int) -> str:
    from datetime import datetime, timedelta

    value = datetime.fromisoformat(ts.replace("Z", "+00:00")) - timedelta(seconds=seconds)
    return iso(value) or ts


async def run_stream(
    writer: CacheWriter,
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
    """Phase 1 of one stream: its pages read and committed in order, resuming from the stored state."""
    FOR_STREAM.set(stream.name)
    started = time.monotonic()
    incremental = isinstance(stream, Stream) and stream.incremental is not None
    run = await writer.run(st.begin, account.id, stream.name, full or not incremental)
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
            stream.remember(await writer.run(recall_remote_data, account.id, stream.recall))
        async for batch in read_stream(stream, client, ctx, start=run.page_state, since=since):
            await settle()
            # The read's last page also stores what the stream keeps for its next read.
            memo = None
            if batch.state is None and isinstance(stream, Stream) and stream.save_memo is not None:
                memo = stream.save_memo()
            writing = asyncio.ensure_future(
                writer.run(write_page, account.id, stream, run, batch, now_iso(), keep, refresh, memo)
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
            await writer.run(st.fail, account.id, stream.name, result.error)
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
