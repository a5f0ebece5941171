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

This module wires a sync together; the parts live beside it: phase 1's page loop (``phase_one``),
phase 2's workers (``phase_two``), the writes each runs on the cache writer (``writes``), the request
counter (``counter``) and the report with its progress events (``report``, re-exported here).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass

import httpx
from sqlalchemy import Connection

from connectors.base import MapContext, Stream
from connectors.http import ConnectorError, Limits, RetryPolicy
from connectors.unified.timefmt import now_iso
from desktop import activity
from desktop.accounts import AccountInfo
from desktop.attachments import download as attachment_files
from desktop.cache.writer import CacheWriter
from desktop.outbox.created import record_filter
from desktop.sync import enrich
from desktop.sync import state as st
from desktop.sync.counter import FILES, FOR_STREAM, RequestCounter
from desktop.sync.phase_one import run_stream
from desktop.sync.phase_two import enrich_stream
from desktop.sync.report import Progress, ProgressCallback, StreamResult, SyncReport, as_dict, summary_lines

__all__ = [
    "ClientOptions",
    "Progress",
    "ProgressCallback",
    "StreamResult",
    "SyncEngine",
    "SyncReport",
    "as_dict",
    "summary_lines",
]

log = logging.getLogger("recruiter_companion.sync")


@dataclass(frozen=True)
class ClientOptions:
    """How a sync's client is built beyond the account's settings: a transport (tests, benchmarks),
    limits other than the vendor's declared ones, a retry policy other than the default (``None``: the
    connector's own)."""

    transport: httpx.AsyncBaseTransport | None = None
    limits: Limits | None = None
    retry: RetryPolicy | None = None


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
        options = ClientOptions(transport, limits, retry)
        try:
            report = await self._sync(account, credentials, full, progress, only, options, refresh_details)
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
        counter = RequestCounter()
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
                    run_stream(
                        self.writer,
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
                            enrich_stream(
                                self.writer,
                                account,
                                s,
                                r,
                                client,
                                ctx,
                                runs,
                                self._urgent,
                                progress=progress,
                                keep=keep,
                            )
                            for s, r in progressive
                        )
                    )
                finally:
                    for s, _r in progressive:
                        self._urgent.pop((account.id, s.name), None)
            # The files of the attachments just listed, newest applications first (issue 18.1).
            if connector.download is not None and any("attachments" in s.produces for s in streams):
                marker = FOR_STREAM.set(FILES)  # counted apart from the streams' requests
                try:
                    files_report = await attachment_files.download_account(
                        connector, client, self.writer, account.id, account.options
                    )
                except (ConnectorError, OSError) as exc:
                    # The records are stored: a failure here costs only the files, fetched next time.
                    log.warning("attachment files of %s not fetched: %s", account.id, type(exc).__name__)
                    files_report = attachment_files.DownloadReport(failed=1, errors=[str(exc)])
                finally:
                    FOR_STREAM.reset(marker)
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
