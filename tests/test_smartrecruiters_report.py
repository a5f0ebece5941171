"""SmartRecruiters status histories from a Reporting API report (one file per sync) where the account
has such a report, per candidate where it has not; both routes store the same records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from connectors.sandbox.runner import RunningSandbox
from connectors.smartrecruiters.report import WORTH_AFTER
from connectors.unified.model import BOOKKEEPING, FOREIGN_KEYS
from tests.conftest import add_account, read_export, run_cli, sandbox_control

HISTORY = "GET /candidates/{id}/jobs/{jobId}/status/history"
REPORT_DATA = "GET /reporting-api/v201804/reports/{reportId}/files/recent/data"


def _vendor_saw(sandbox: RunningSandbox) -> dict[str, int]:
    with sandbox_control(sandbox) as control:
        seen: dict[str, int] = control.get("/requests").json()["requests"]
        control.delete("/requests").raise_for_status()
        return seen


def _sync(account: str) -> dict[str, Any]:
    result = run_cli("sync", account, "--json")
    assert result.code == 0, result.err
    report: dict[str, Any] = json.loads(result.out)
    return report


def _candidates(report: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in report["streams"] if s["stream"] == "candidates")


def _by_remote(tmp_path: Path, account: str) -> dict[str, dict[str, dict[str, Any]]]:
    """Each model's records by vendor id, foreign keys as the vendor ids they point to; our ids,
    bookkeeping and the raw vendor objects (which differ by route) left out."""
    out_dir = tmp_path / account
    result = run_cli("export", "--account", account, "--format", "jsonl", "--out", str(out_dir))
    assert result.code == 0, result.err
    data = read_export(out_dir)
    remote_of = {(model, r.get("id")): r.get("remote_id") for model, rows in data.items() for r in rows}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for model, rows in data.items():
        for row in rows:
            fields = {k: v for k, v in row.items() if k not in BOOKKEEPING and k != "remote_data"}
            for (owner, column), target in FOREIGN_KEYS.items():
                if owner == model and fields.get(column):
                    fields[column] = remote_of.get((target, fields[column]), "?")
            key = row.get("remote_id") or json.dumps(fields, sort_keys=True, default=str)  # link rows
            out.setdefault(model, {})[key] = fields
    return out


def _set_reporting(sandbox: RunningSandbox, allowed: bool) -> None:
    with sandbox_control(sandbox) as control:
        control.patch("/settings", json={"reporting_api": allowed}).raise_for_status()


def test_a_report_serves_status_histories_in_one_file_and_a_credential_without_reports_reads_per_candidate(
    app_home: Path, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    add_account("smartrecruiters", "bulk", sr_sandbox)
    _vendor_saw(sr_sandbox)
    bulk = _sync("bulk")
    seen = _vendor_saw(sr_sandbox)
    assert seen.get(REPORT_DATA) == 1
    # Every history came from the report file, but for the first few (a file pays off from a few on).
    assert seen.get(HISTORY, 0) <= WORTH_AFTER
    bulk_rate = _candidates(bulk)["requests_per_item"]
    assert bulk_rate <= 4  # 3 before issue 18.1; each candidate's attachment list is one request more
    assert "Reporting API report" in _candidates(bulk)["route"]

    _set_reporting(sr_sandbox, False)
    add_account("smartrecruiters", "single", sr_sandbox)
    single = _sync("single")
    seen = _vendor_saw(sr_sandbox)
    assert REPORT_DATA not in seen and seen[HISTORY] > 0  # fell back to the per-candidate route
    assert _candidates(single)["requests_per_item"] > bulk_rate
    assert _candidates(single)["route"].startswith("status histories and applications: per candidate")

    assert _by_remote(tmp_path, "bulk") == _by_remote(tmp_path, "single")


def test_a_candidate_who_moved_after_the_report_was_made_is_read_per_candidate(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    """The report file is a snapshot: a row older than the status the candidate list shows is not used."""
    from connectors.smartrecruiters.report import StatusChangesReport

    report = StatusChangesReport.__new__(StatusChangesReport)
    report._rows = {
        ("c1", "j1"): [
            {
                "candidateId": "c1",
                "jobId": "j1",
                "applicationId": "a1",
                "status": "NEW",
                "subStatus": "",
                "changedOn": "2024-01-01T00:00:00.000Z",
            }
        ]
    }
    import asyncio

    report._lock = asyncio.Lock()
    report._asked = WORTH_AFTER
    moved = {"id": "c1", "primaryAssignment": {"job": {"id": "j1"}, "status": "INTERVIEW"}}
    same = {"id": "c1", "primaryAssignment": {"job": {"id": "j1"}, "status": "NEW"}}
    assert asyncio.run(report.history(moved, {"job_id": "j1"})) is None
    answer = asyncio.run(report.history(same, {"job_id": "j1"}))
    assert answer == {
        "totalFound": 1,
        "content": [{"changedOn": "2024-01-01T00:00:00.000Z", "status": "NEW"}],
    }
    assert asyncio.run(report.application(same, {"job_id": "j1"}))["id"] == "a1"
