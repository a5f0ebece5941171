"""Every sync reports the requests it sent, per stream and per record (``sync --json``), and the counts
agree with what the vendor saw."""

from __future__ import annotations

from pathlib import Path

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, sandbox_control


def _vendor_saw(sandbox: RunningSandbox) -> int:
    with sandbox_control(sandbox) as control:
        return int(control.get("/requests").json()["total"])


def test_sync_json_reports_requests_per_stream_and_per_record(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests").raise_for_status()
    result = run_cli("sync", "acme", "--json")
    assert result.code == 0, result.err
    report = result.json()

    # Every request is counted: the streams' and, apart, the attachment downloads after them (18.1).
    assert report["files"]["downloaded"] == report["files"]["requests"] > 0
    assert report["requests"] + report["files"]["requests"] == _vendor_saw(sr_sandbox) > 0
    assert report["requests"] == sum(s["requests"] for s in report["streams"])
    records = sum(report["models"].values())
    assert report["requests_per_record"] == round(report["requests"] / records, 2)
    candidates = next(s for s in report["streams"] if s["stream"] == "candidates")
    assert candidates["list_requests"] >= 1
    assert candidates["sub_requests"] == candidates["requests"] - candidates["list_requests"] > 0
    assert candidates["requests_per_item"] == round(candidates["requests"] / candidates["items"], 2)
    stages = next(s for s in report["streams"] if s["stream"] == "application_stages")
    assert stages["requests"] == 0 and stages["requests_per_item"] is None  # fixed in the product

    # A delta sync with nothing changed: the list pages only, and the report says so.
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests").raise_for_status()
    again = run_cli("sync", "acme", "--json").json()
    assert again["requests"] == _vendor_saw(sr_sandbox) == sum(s["list_requests"] for s in again["streams"])


def test_the_summary_names_requests_per_record(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    result = run_cli("sync", "acme")
    assert result.code == 0, result.err
    assert " per record" in result.err and "requests (" in result.err
