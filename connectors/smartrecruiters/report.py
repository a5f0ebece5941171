"""SmartRecruiters' Reporting API as a bulk source of application status histories (issue 14).

Per candidate the declared route reads a status history per application and the application itself
(``/candidates/{id}/jobs/{jobId}[/status/history]``). A report with one row per application status
change answers all of them in a few requests per sync: generate a file (``POST .../files``), wait until
it is ``COMPLETED`` (``GET .../files/recent``), read it as CSV (``GET .../files/recent/data``).
Reports are defined by each customer, so which report (if any) holds those rows is found at run time
by its columns (VENDOR.md "Reporting API": paths S, row entity and column names U). Anything amiss
(no such report, no rights, a file that never completes, a row that disagrees with the candidate list)
falls back to the per-candidate requests, and ``Routes.notes`` says which route served.
"""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import io
import logging
import time
from collections.abc import Iterator, Mapping
from typing import Any

from connectors.base import Routes, Stream
from connectors.http import ConnectorError, VendorClient

log = logging.getLogger(__name__)

REPORTS = "/reporting-api/v201804/reports"
#: Columns (``dataPointName``) a report must have to serve as the status-history source (U).
NEEDED = ("candidateId", "jobId", "applicationId", "status", "subStatus", "changedOn")
#: How long to wait for a generated file, and how often to ask (SR: 10 req/s per credential, V).
READY_TIMEOUT_S = 60.0
POLL_INTERVAL_S = 0.25
#: A file costs about four requests (find, generate, poll, read): a sync that needs only a few status
#: histories (a re-sync after a few changes) asks for those per candidate, and reads the report only
#: once it needed more than this many.
WORTH_AFTER = 4

PER_CANDIDATE_NOTE = "status histories and applications: per candidate (/candidates/{id}/jobs/{jobId}...)"


class StatusChangesReport:
    """One report file read once per sync (on first use), indexed by (candidate id, job id)."""

    def __init__(self, client: VendorClient, report_id: str | None = None) -> None:
        self.client = client
        #: Found on first use (``find_report``), so a sync that enriches nothing asks nothing more.
        self.report_id = report_id
        self._lock = asyncio.Lock()
        self._rows: dict[tuple[str, str], list[dict[str, str]]] | None = None
        self.failed: str | None = None
        self._asked = 0

    async def _load(self) -> dict[tuple[str, str], list[dict[str, str]]]:
        async with self._lock:
            if self._rows is not None:
                return self._rows
            try:
                self._rows = await self._read()
            except (ConnectorError, ValueError, KeyError, csv.Error) as exc:
                # Not fatal: every answer is then asked per candidate, as without a report.
                self.failed = f"{type(exc).__name__}: {exc}"
                log.warning(
                    "SmartRecruiters report %s unusable, reading per candidate: %s", self.report_id, exc
                )
                self._rows = {}
            return self._rows

    async def _read(self) -> dict[tuple[str, str], list[dict[str, str]]]:
        if self.report_id is None:
            self.report_id = await find_report(self.client)
        if self.report_id is None:
            self.failed = "no report with one row per application status change (or no rights to reports)"
            return {}
        files = f"{REPORTS}/{self.report_id}/files"
        started = await self.client.read("POST", files)
        status = str((started or {}).get("reportFileStatus") or "PENDING")
        deadline = time.monotonic() + READY_TIMEOUT_S
        while status != "COMPLETED":
            if status in ("FAILED", "CANCELLED") or time.monotonic() > deadline:
                raise ValueError(f"report file ended {status}")
            await asyncio.sleep(POLL_INTERVAL_S)
            recent = await self.client.get_json(f"{files}/recent")
            status = str((recent or {}).get("reportFileStatus") or "PENDING")
        response = await self.client.request("GET", f"{files}/recent/data")
        reader = csv.DictReader(io.StringIO(response.text))
        missing = [c for c in NEEDED if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"report file lacks columns {', '.join(missing)}")
        rows: dict[tuple[str, str], list[dict[str, str]]] = {}
        for row in reader:
            rows.setdefault((row["candidateId"], row["jobId"]), []).append(row)
        for changes in rows.values():
            changes.sort(key=lambda r: r["changedOn"])  # oldest first, as the history endpoint answers
        return rows

    @property
    def route(self) -> str:
        """Which route served the status histories in this sync, for ``Routes.notes``."""
        if self._rows is None:
            if self._asked:
                return f"{PER_CANDIDATE_NOTE} (too few needed for a report file)"
            return "status histories: none needed in this sync"
        if self.failed or not self._rows:
            return f"{PER_CANDIDATE_NOTE} ({self.failed or 'the report file was empty'})"
        return (
            f"status histories and application ids: Reporting API report {self.report_id} (one file "
            "per sync), per candidate where the file has no row or an older status"
        )

    async def _changes(self, item: dict[str, Any], job_id: str) -> list[dict[str, str]] | None:
        self._asked += 1
        if self._rows is None and self._asked <= WORTH_AFTER:
            return None
        changes = (await self._load()).get((str(item.get("id")), str(job_id)))
        if not changes:
            return None
        # The file is a snapshot: a status the candidate list shows differently moved since; ask.
        listed = [item.get("primaryAssignment"), *(item.get("secondaryAssignments") or [])]
        for a in listed:
            if isinstance(a, dict) and (a.get("job") or {}).get("id") == job_id:
                last = changes[-1]
                if a.get("status") != last["status"] or (a.get("subStatus") or "") != last["subStatus"]:
                    return None
        return changes

    async def history(self, item: dict[str, Any], v: Mapping[str, Any]) -> Any:
        """The answer ``GET /candidates/{id}/jobs/{jobId}/status/history`` would give, or ``None``."""
        changes = await self._changes(item, str(v["job_id"]))
        if changes is None:
            return None
        content = [
            {
                "changedOn": r["changedOn"],
                "status": r["status"],
                **({"subStatus": r["subStatus"]} if r["subStatus"] else {}),
            }
            for r in changes
        ]
        return {"totalFound": len(content), "content": content}

    async def application(self, item: dict[str, Any], v: Mapping[str, Any]) -> Any:
        """What ``GET /candidates/{id}/jobs/{jobId}`` gives that the mapping reads (the application's id,
        its job and status; the rest comes with the candidate's detail), or ``None``."""
        changes = await self._changes(item, str(v["job_id"]))
        if changes is None or not changes[-1]["applicationId"]:
            return None
        last = changes[-1]
        return {
            "id": last["applicationId"],
            "job": {"id": last["jobId"]},
            "status": last["status"],
            "subStatus": last["subStatus"] or None,
        }


def _has_columns(report: Mapping[str, Any]) -> bool:
    names = {str(c.get("dataPointName")) for c in report.get("columns") or () if isinstance(c, dict)}
    return all(n in names for n in NEEDED) and "CSV" in (report.get("reportFormats") or ["CSV"])


async def find_report(client: VendorClient) -> str | None:
    """The id of a report with one row per application status change, or ``None`` (none, or no rights)."""
    try:
        body = await client.get_json(REPORTS)
    except ConnectorError as exc:
        if exc.status in (401, 403, 404):
            return None  # the credential may not read reports (a scope of its own): per candidate
        raise
    for report in (body or {}).get("content") or () if isinstance(body, dict) else ():
        if isinstance(report, dict) and report.get("reportId") and _has_columns(report):
            return str(report["reportId"])
    return None


def bind_candidates(stream: Stream, report: StatusChangesReport) -> Stream:
    """``stream`` with its history and application sub-requests answered from ``report`` first."""
    lookups = {"history": report.history, "application": report.application}
    enrich = tuple(
        dataclasses.replace(sub, lookup=lookups[sub.key]) if sub.key in lookups else sub
        for sub in stream.enrich
    )
    return dataclasses.replace(stream, enrich=enrich)


class _Notes(Mapping[str, str]):
    """``Routes.notes`` read when the sync reports, after the report was (or was not) used."""

    def __init__(self, report: StatusChangesReport) -> None:
        self.report = report

    def __getitem__(self, key: str) -> str:
        if key != "candidates":
            raise KeyError(key)
        return self.report.route

    def __iter__(self) -> Iterator[str]:
        return iter(("candidates",))

    def __len__(self) -> int:
        return 1


async def discover(client: VendorClient, settings: Mapping[str, str], streams: tuple[Any, ...]) -> Routes:
    """The declared streams, the candidates' status histories bound to a report file where the account
    has a fitting report; sends nothing itself (the report is looked for when first needed)."""
    report = StatusChangesReport(client)
    bound = tuple(
        bind_candidates(s, report) if isinstance(s, Stream) and s.name == "candidates" else s for s in streams
    )
    return Routes(bound, _Notes(report))
