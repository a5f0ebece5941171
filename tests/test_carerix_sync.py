"""Carerix reads as a user runs them (issue 5): sandbox → ``accounts add carerix`` → ``sync`` → ``export``
over real loopback HTTP with XML bodies; deltas on ``modificationDate``; deletions found by full reads;
no secret on disk; a malformed XML answer is retried, then reported."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.carerix.connector import CONNECTOR
from connectors.carerix.xmlcodec import parse
from connectors.http import BadResponse, RetryPolicy
from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import FOREIGN_KEYS, MODELS, columns
from tests.conftest import (
    add_account,
    read_export,
    run_cli,
    run_cli_process,
    sandbox_control,
    sandbox_records,
    start_sandbox,
    sync_account,
)

CX_MODELS = {"users", "jobs", "candidates", "application_stages", "applications", "attachments"}
#: Every field the brief lists for Carerix (COVERAGE.md), per model, that the seed fills somewhere.
BRIEF_FIELDS = {
    "attachments": ("remote_id", "candidate_id", "name", "type", "content_type", "data_url", "remote_data"),
    "users": ("remote_id", "first_name", "last_name", "remote_data"),
    "jobs": (
        "remote_id",
        "name",
        "job_code",
        "description",
        "confidential",
        "weekly_hours",
        "employment_type",
        "status",
        "visibility",
        "category",
        "department",
        "experience_level",
        "remote_work_status",
        "salary_amount",
        "salary_amount_from",
        "salary_amount_to",
        "salary_currency",
        "salary_period",
        "location",
        "remote_created_at",
        "remote_updated_at",
        "contact_id",
        "remote_data",
    ),
    "candidates": (
        "remote_id",
        "first_name",
        "last_name",
        "title",
        "confidential",
        "source",
        "phone_numbers",
        "email_addresses",
        "social_media",
        "location",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
    ),
    "application_stages": ("remote_id", "name", "global_index", "remote_data"),
    "applications": (
        "remote_id",
        "current_stage_id",
        "job_id",
        "candidate_id",
        "remote_created_at",
        "remote_updated_at",
        "remote_data",
    ),
}


@pytest.fixture()
def cx_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("carerix", size="tiny")
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def synced(app_home: Path, cx_sandbox: RunningSandbox) -> str:
    return sync_account(add_account("carerix", "cx", cx_sandbox, share=100))


@pytest.fixture()
def synced_records(app_home: Path, cx_sandbox: RunningSandbox) -> str:
    """Synced without attachment files, for tests about the records (each file waits its turn under
    the account's share of Carerix's limit: about 3 s of a 4 s sync)."""
    return sync_account(add_account("carerix", "cx", cx_sandbox, files=False, share=100))


def _export(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    result = run_cli("export", "--account", "cx", "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return out


def test_export_has_the_five_models_with_every_brief_field_and_resolving_keys(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    data = read_export(_export(tmp_path, "e"))
    assert set(data) == set(MODELS)
    for model in MODELS:
        if model not in CX_MODELS:
            assert data[model] == [], model
            continue
        assert data[model], f"{model} is empty"
        assert list(data[model][0]) == columns(model)
        for name in BRIEF_FIELDS[model]:
            assert any(r[name] not in (None, [], {}, "") for r in data[model]), f"{model}.{name} never filled"
    ids = {model: {r["id"] for r in rows} for model, rows in data.items()}
    for (model, column), target in FOREIGN_KEYS.items():
        for row in data[model]:
            if row[column] is not None:
                assert row[column] in ids[target], f"{model}.{column} -> {target} dangles"
    # What the filters keep out: deleted and template vacancies, non-staff users, deleted candidates.
    vacancies = sandbox_records(cx_sandbox, "CRVacancy")
    live = {v["id"] for v in vacancies if not v["deleted"] and not v["isTemplate"]}
    assert {j["remote_id"] for j in data["jobs"]} == live
    cruser_all = sandbox_records(cx_sandbox, "CRUser")
    staff = {u["id"] for u in cruser_all if u.get("toUserRole") and not u["deleted"]}
    assert {u["remote_id"] for u in data["users"]} == staff
    matches = sandbox_records(cx_sandbox, "CRMatch")
    assert {a["remote_id"] for a in data["applications"]} == {m["id"] for m in matches}
    # Stages in Carerix's order; outcome from the status flags.
    stages = sorted(data["application_stages"], key=lambda s: s["global_index"])
    assert [s["global_index"] for s in stages] == list(range(len(stages)))
    assert stages[0]["name"] == "Nieuw" and stages[-1]["name"] == "Teruggetrokken"
    by_stage = {s["id"]: s["name"] for s in stages}
    for app in data["applications"]:
        name = by_stage[app["current_stage_id"]]
        expected = {"Geplaatst": "HIRED", "Afgewezen": "DECLINED", "Teruggetrokken": "DECLINED"}.get(
            name, "PENDING"
        )
        assert app["outcome"] == expected
    job = next(j for j in data["jobs"] if j["salary_amount_from"])
    assert job["salary_currency"] == "EUR" and job["salary_period"] in ("MONTH", "HOUR")
    assert {j["remote_work_status"] for j in data["jobs"]} <= {"ON_SITE", "HYBRID", "REMOTE"}
    assert all(j["location"]["country"] == "NL" for j in data["jobs"])
    assert any(s["type"] == "LINKEDIN" for c in data["candidates"] for s in c["social_media"])


def test_no_secret_reaches_any_file_under_the_app_home(
    synced: str, cx_sandbox: RunningSandbox, app_home: Path, tmp_path: Path
) -> None:
    _export(tmp_path, "e")
    token = cx_sandbox.account["api_token"]
    files = [p for p in app_home.rglob("*") if p.is_file()] + list(tmp_path.rglob("*.jsonl"))
    assert files
    for path in files:
        assert token.encode() not in path.read_bytes(), f"the API token is in {path}"


def test_a_second_sync_asks_only_for_changes_and_changes_nothing(
    synced_records: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    first = _export(tmp_path, "a")
    with sandbox_control(cx_sandbox) as control:
        control.delete("/requests")
    delta = run_cli("sync", "cx", "--json")
    assert delta.code == 0, delta.err
    modes = {s["stream"]: s["mode"] for s in json.loads(delta.out)["streams"]}
    assert modes == {
        "users": "delta",
        "jobs": "delta",
        "candidates": "delta",
        "stages": "full",
        "matches": "delta",
    }
    second = _export(tmp_path, "b")
    for path in sorted(first.glob("*.jsonl")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_delta_picks_up_a_status_move_and_a_full_read_finds_a_deletion(
    synced_records: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    match = next(m for m in sandbox_records(cx_sandbox, "CRMatch") if m["statusInfo"] == "1")
    candidate = next(c for c in sandbox_records(cx_sandbox, "CREmployee") if not c["deleted"])
    with sandbox_control(cx_sandbox) as control:
        assert control.patch(f"/records/CRMatch/{match['id']}", json={"statusInfo": "6"}).status_code == 200
        assert control.patch(f"/records/CREmployee/{candidate['id']}", json={"deleted": 1}).status_code == 200
    assert run_cli("sync", "cx").code == 0
    after = read_export(_export(tmp_path, "b"))
    moved = next(a for a in after["applications"] if a["remote_id"] == match["id"])
    stage = next(s for s in after["application_stages"] if s["id"] == moved["current_stage_id"])
    assert stage["name"] == "Geplaatst" and moved["outcome"] == "HIRED"
    gone = next(c for c in after["candidates"] if c["remote_id"] == candidate["id"])
    assert gone["remote_deleted_at"] is None  # a delta cannot see a deletion …
    assert run_cli("sync", "cx", "--full").code == 0
    after = read_export(_export(tmp_path, "c"))
    gone = next(c for c in after["candidates"] if c["remote_id"] == candidate["id"])
    assert gone["remote_deleted_at"]  # … the full read does


def test_wrong_token_is_refused_with_carerix_words(app_home: Path, cx_sandbox: RunningSandbox) -> None:
    account = {**cx_sandbox.account, "api_token": "0" * 48}
    assert run_cli("accounts", "add", "carerix", "--name", "bad", stdin=json.dumps(account)).code == 0
    result = run_cli("sync", "bad")
    assert result.code != 0
    assert "refused the credentials" in result.err and "unknown application name or API token" in result.err
    assert "0" * 48 not in result.err + result.out


def test_malformed_xml_answers_are_retried_then_read(synced_records: str, cx_sandbox: RunningSandbox) -> None:
    with sandbox_control(cx_sandbox) as control:
        control.delete("/requests")
        assert control.patch("/settings", json={"garble_next": 3}).status_code == 200
    result = run_cli("sync", "cx", "--full")
    assert result.code == 0, result.err
    with sandbox_control(cx_sandbox) as control:
        stats = control.get("/requests").json()
        assert control.get("/settings").json()["garble_next"] == 0
    # Five list reads plus the three truncated answers asked again.
    lists = ("GET /CRUser", "GET /CRVacancy", "GET /CREmployee", "GET /CRStatusInfo", "GET /CRMatch")
    assert sum(stats["requests"].get(route, 0) for route in lists) == 5 + 3


def test_the_decoder_reads_the_vendor_shapes_and_refuses_broken_xml() -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?><array count="2"><CRMatch id="7"><notes></notes>'
        b'<statusInfo><CRStatusInfo id="6"><isFinal>1</isFinal></CRStatusInfo></statusInfo>'
        b'<attachments><CRAttachment id="9"><filePath>cv.pdf</filePath></CRAttachment></attachments>'
        b"<additionalInfo><NSDictionary><_4474>a</_4474><_4492><NSArray>4479</NSArray></_4492>"
        b"</NSDictionary></additionalInfo></CRMatch></array>"
    )
    page = parse(body)
    assert page["count"] == 2
    match = page["items"][0]
    assert match["id"] == "7" and match["notes"] is None
    assert match["statusInfo"] == {"_entity": "CRStatusInfo", "id": "6", "isFinal": "1"}
    assert match["attachments"] == [{"_entity": "CRAttachment", "id": "9", "filePath": "cv.pdf"}]
    assert match["additionalInfo"] == {"_4474": "a", "_4492": ["4479"]}
    assert parse(b'<array count="0"/>') == {"_entity": "array", "count": 0, "items": []}
    with pytest.raises(ValueError):
        parse(body[: len(body) // 2])
    with pytest.raises(ValueError):  # entity tricks: Carerix never sends a DOCTYPE
        parse(b'<!DOCTYPE a [<!ENTITY x "y">]><array count="1"><CRMatch id="1"/></array>')


def test_an_answer_that_stays_malformed_is_reported_as_unreadable(cx_sandbox: RunningSandbox) -> None:
    with sandbox_control(cx_sandbox) as control:
        control.put("/faults", json={"malformed_rate": 1.0})

    async def read() -> None:
        client = CONNECTOR.client(cx_sandbox.account, retry=RetryPolicy(attempts=3, base_delay=0.01))
        async with client:
            await client.get_json("/CRStatusInfo")

    with pytest.raises(BadResponse, match="unreadable answer"):
        asyncio.run(read())
    with sandbox_control(cx_sandbox) as control:
        assert control.get("/requests").json()["requests"]["GET /CRStatusInfo"] == 3


def test_serve_add_sync_export_act_as_separate_processes(app_home: Path, tmp_path: Path) -> None:
    """The issue's flow as a new user types it, each command its own process."""
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "sandbox",
            "serve",
            "carerix",
            "--port",
            "0",
            "--size",
            "tiny",
            "--rate-limit",
            "2000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        first = json.loads(server.stdout.readline())
        account = first["account"]
        assert set(account) == {"base_url", "application_name", "api_token"}
        assert (
            run_cli_process("accounts", "add", "carerix", "--name", "cx", stdin=json.dumps(account)).code == 0
        )
        tested = run_cli_process("accounts", "test", "cx")
        assert tested.code == 0, tested.err
        synced = run_cli_process("sync", "cx")
        assert synced.code == 0, synced.err
        out = tmp_path / "x"
        assert run_cli_process("export", "--account", "cx", "--format", "jsonl", "--out", str(out)).code == 0
        data = read_export(out)
        assert all(data[m] for m in CX_MODELS)
        job = next(j["id"] for j in data["jobs"] if j["status"] == "OPEN")
        request = tmp_path / "in.json"
        request.write_text(
            json.dumps(
                {
                    "candidate": {
                        "first_name": "Fleur",
                        "last_name": "de Wit",
                        "email_address": "fleur@example.nl",
                    },
                    "application": {"job_id": job},
                    "source": {"name": "Indeed"},
                }
            )
        )
        acted = run_cli_process("act", "create-application", "--account", "cx", "--input", str(request))
        assert acted.code == 0, acted.err
        assert json.loads(acted.out)["status"] == "sent"
        assert account["api_token"] not in acted.out + acted.err + synced.out + synced.err
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode == 0
