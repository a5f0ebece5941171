"""What a sync tells: progress events while it runs, and its report per stream and in all.

``SyncEngine.sync`` (``desktop.sync.engine``) returns a ``SyncReport``; the CLI prints it with
``summary_lines`` or, for ``--json``, ``as_dict``; the app shows the ``Progress`` events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.attachments import download as attachment_files
from desktop.cache.records import WriteCounts


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
