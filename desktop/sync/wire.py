"""A sync's progress events and report as JSON, for the pipe between the window and its sync worker
process (``desktop.sync.process`` and ``desktop.sync.worker``).

Every field goes over, so the window sees the same ``Progress`` and ``SyncReport`` it got when the
sync ran in its own process. Nothing secret is in either: ids, names, figures and error lines (which
the connectors' errors already keep free of credentials).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop.attachments.download import DownloadReport
from desktop.cache.records import WriteCounts
from desktop.sync.report import Progress, StreamResult, SyncReport


def progress_to_wire(event: Progress) -> dict[str, Any]:
    return dataclasses.asdict(event)


def progress_from_wire(data: dict[str, Any]) -> Progress:
    return Progress(**data)


def report_to_wire(report: SyncReport) -> dict[str, Any]:
    return dataclasses.asdict(report)


def report_from_wire(data: dict[str, Any]) -> SyncReport:
    from desktop.privacy.forget import Returned

    streams = []
    for item in data["streams"]:
        fields = dict(item)
        fields["counts"] = WriteCounts(**fields["counts"])
        streams.append(StreamResult(**fields))
    files = data.get("files")
    return SyncReport(
        account=data["account"],
        streams=streams,
        other_requests=data.get("other_requests", 0),
        returned=[Returned(**r) for r in data.get("returned", [])],
        reduced=dict(data.get("reduced", {})),
        files=DownloadReport(**files) if files is not None else None,
    )
