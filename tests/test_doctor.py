"""The connection doctor: ``accounts test`` says per stream and per action what works, and why not."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors import registry
from connectors.base import Routes, Stream
from connectors.base.doctor import Report, action_prerequisites, run_doctor
from connectors.http import NotFound, VendorClient
from connectors.sandbox.runner import RunningSandbox
from desktop.cli.doctor import EXIT_DEGRADED
from tests.conftest import add_account, doctor_report, run_cli, sandbox_control, start_sandbox

VENDORS = registry.vendors()


@pytest.fixture(params=VENDORS)
def any_sandbox(request: pytest.FixtureRequest) -> Iterator[RunningSandbox]:
    sandbox = start_sandbox(request.param)
    yield sandbox
    sandbox.stop()


def _doctor(sandbox: RunningSandbox, connector: Any = None) -> Report:
    report: Report = doctor_report(sandbox, connector)
    return report


def test_every_vendor_sandbox_reports_every_capability_working(
    app_home: Path, any_sandbox: RunningSandbox
) -> None:
    vendor = any_sandbox.vendor
    add_account(vendor, "acme", any_sandbox, share=100)
    result = run_cli("accounts", "test", "acme", "--json")
    assert result.code == 0, result.out + result.err
    body = result.json()
    assert set(body) == {"account", "capabilities"} and body["account"] == "acme"
    caps = body["capabilities"]
    assert all(set(c) == {"name", "kind", "status", "detail"} for c in caps)
    connector = registry.get(vendor)
    streams = {c["name"] for c in caps if c["kind"] == "stream"}
    # A stream's first model, and the models one of its detail calls alone serves (SubRequest.fills).
    fills = {sub.fills for s in connector.streams if hasattr(s, "enrich") for sub in s.enrich if sub.fills}
    assert streams == {s.produces[0] for s in connector.streams} | fills
    actions = {c["name"]: c["status"] for c in caps if c["kind"] == "action"}
    assert set(actions) == set(connector.actions)
    assert {c["status"] for c in caps} == {"ok"}, caps
    assert "works" in result.err  # the plain credentials check comes first
    # The vendor's own choice is not a fault: with --all, what it does not offer is "unsupported".
    everything = run_cli("accounts", "test", "acme", "--json", "--all").json()["capabilities"]
    assert {c["status"] for c in everything} <= {"ok", "unsupported"}
    assert {c["name"] for c in everything if c["status"] == "unsupported"}.isdisjoint(connector.actions)


def test_the_table_starts_with_the_credentials_check(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox, share=100)
    result = run_cli("accounts", "test", "acme")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("Connection to SmartRecruiters works for 'acme'")
    rows = {line.split()[0]: line.split()[2] for line in lines[1:-1]}
    assert rows["candidates"] == rows["jobs"] == rows["create-candidate"] == "ok"
    assert rows["add-result-link-to-candidate"] == "unsupported"
    assert "/jobs" in result.out and "also fills job_postings" in result.out


def test_wrong_credentials_fail_every_capability_with_advice(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    account = {**sr_sandbox.account, "api_key": "DCRA1-wrongwrongwrongwrongwrong00"}
    run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(account))
    result = run_cli("accounts", "test", "acme", "--json")
    assert result.code == 3
    caps = result.json()["capabilities"]
    offered = [c for c in caps if c["status"] != "unsupported"]
    assert offered and all(c["status"] == "error" and "credentials refused" in c["detail"] for c in offered)
    assert "wrongwrong" not in result.out + result.err


def test_garbage_answers_name_the_account_the_capability_and_what_to_check(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox, share=100)
    with sandbox_control(sr_sandbox) as control:
        control.put("/faults", json={"malformed_rate": 1.0})
    result = run_cli("accounts", "test", "acme")
    assert result.code == EXIT_DEGRADED
    jobs = next(line for line in result.out.splitlines() if line.split()[:1] == ["jobs"])
    assert "error" in jobs and "unreadable answer" in jobs and "/jobs" in jobs
    assert "check the API address" in jobs
    assert "acme" in result.err and "jobs" in result.err and "details above say what to check" in result.err


def test_records_the_mapping_cannot_read_are_an_error_with_advice(sr_sandbox: RunningSandbox) -> None:
    connector = registry.get("smartrecruiters")

    async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
        # A tenant whose job list holds something else than jobs.
        odd = [
            dataclasses.replace(s, records=lambda body: ["not a job"], enrich=())
            if s.name == "jobs" and isinstance(s, Stream)
            else s
            for s in connector.streams
        ]
        return Routes(tuple(odd), {"jobs": "odd tenant"})

    report = _doctor(sr_sandbox, dataclasses.replace(connector, discover=discover))
    jobs = report.capability("jobs")
    assert jobs is not None and jobs.status == "error"
    assert "1 of 1 records unreadable" in jobs.detail and "accounts diagnose" in jobs.detail
    assert "route: odd tenant" in jobs.detail


def test_a_stream_the_discovery_does_not_bind_is_not_found(sr_sandbox: RunningSandbox) -> None:
    connector = registry.get("smartrecruiters")

    async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
        return Routes(tuple(s for s in connector.streams if s.name != "rejection_reasons"))

    report = _doctor(sr_sandbox, dataclasses.replace(connector, discover=discover))
    reasons = report.capability("rejection_reasons")
    assert reasons is not None and reasons.status == "not_found" and "no route" in reasons.detail
    move = report.capability("move-application-to-stage")
    # The reason is optional when moving: the action still works, and says what cannot be picked.
    assert move is not None and move.status == "ok" and "rejection_reasons" in move.detail


def test_a_failing_discovery_is_reported_on_every_capability(sr_sandbox: RunningSandbox) -> None:
    connector = registry.get("smartrecruiters")

    async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
        raise NotFound("SmartRecruiters has no service map here. Check the API address.", status=404)

    report = _doctor(sr_sandbox, dataclasses.replace(connector, discover=discover))
    offered = [c for c in report.capabilities if c.status != "unsupported"]
    assert {c.status for c in offered} == {"not_found"}
    assert all(
        "finding this account's routes failed" in c.detail and "service map" in c.detail for c in offered
    )


def test_a_403_names_the_missing_permission() -> None:
    # No sandbox can refuse a scope on one endpoint only: a stand-in answer, as SmartRecruiters words it.
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/candidates":
            body = {
                "message": "Access denied",
                "errors": [{"code": "FORBIDDEN", "message": "scope candidates_read"}],
            }
            return httpx.Response(403, json=body, headers={"x-request-id": "1"})
        if request.url.path.startswith("/configuration"):
            return httpx.Response(200, json={"content": []})
        return httpx.Response(200, json={"content": [], "totalFound": 0})

    connector = registry.get("smartrecruiters")
    settings = {"base_url": "http://vendor.test", "api_key": "DCRA1-0123456789abcdef0123456789"}

    async def go() -> Report:
        client = connector.client(settings, transport=httpx.MockTransport(answer))
        try:
            return await run_doctor(connector, client, settings, account="acme")
        finally:
            await client.aclose()

    report = asyncio.run(go())
    candidates = report.capability("candidates")
    assert candidates is not None and candidates.status == "forbidden"
    assert "candidates_read" in candidates.detail and "missing scope or role" in candidates.detail
    tag = report.capability("add-tag-to-candidate")
    assert tag is not None and tag.status == "forbidden" and "may not read" in tag.detail


def test_action_prerequisites_come_from_the_declarations() -> None:
    sr = registry.get("smartrecruiters").actions
    assert action_prerequisites("create-candidate", sr["create-candidate"]) == (
        ["jobs"],
        ["application_stages"],
    )
    assert action_prerequisites("move-application-to-stage", sr["move-application-to-stage"]) == (
        ["applications", "application_stages"],
        ["rejection_reasons"],
    )
    recru = registry.get("recru").actions
    # RECRU assigns existing tags only (a must-exist rule): the tag list is needed first.
    assert action_prerequisites("add-tag-to-candidate", recru["add-tag-to-candidate"])[0] == [
        "candidates",
        "tags",
    ]


def test_the_doctor_never_writes(sr_sandbox: RunningSandbox) -> None:
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests")
        _doctor(sr_sandbox)
        requests = control.get("/requests").json()["requests"]
    assert requests and all(key.startswith("GET ") for key in requests), requests
