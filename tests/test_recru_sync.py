"""RECRU sandbox → accounts add → sync → export, as a user runs it: the ten models consistent with the
sandbox, every project's stages in its own order, no secret on disk, quiet re-syncs, deltas, deletions,
an expired session answered in a 200 body (and as a 401), and a refused password in plain words."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.recru import sandbox_data as sd
from connectors.recru.sandbox import RecruSandbox
from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import FOREIGN_KEYS, MODELS, columns
from tests.conftest import add_account, read_export, run_cli, sandbox_control, start_sandbox, sync_account

RECRU_MODELS = {
    "users",
    "jobs",
    "candidates",
    "application_stages",
    "applications",
    "tags",
    "candidate_tags",
    "job_application_stages",
    "job_hiring_team_members",
    "rejection_reasons",
}


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("recru", size="small")
    yield running
    running.stop()


@pytest.fixture()
def account(app_home: Path, sandbox: RunningSandbox) -> str:
    return add_account("recru", "weiss", sandbox, share=100)


@pytest.fixture()
def synced(account: str) -> str:
    return sync_account(account)


def _export(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    result = run_cli("export", "--account", "weiss", "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return out


def _app(sandbox: RunningSandbox) -> RecruSandbox:
    assert isinstance(sandbox.app, RecruSandbox)
    return sandbox.app


def test_export_has_all_ten_models_consistent_with_recru(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    data = read_export(_export(tmp_path, "e"))
    store = _app(sandbox).store
    for model in MODELS:
        rows = data[model]
        if model not in RECRU_MODELS:
            assert rows == [], model
            continue
        assert rows, f"{model} is empty"
        assert list(rows[0]) == columns(model)
        assert len({r["id"] for r in rows}) == len(rows), f"duplicate ids in {model}"
    ids = {model: {r["id"] for r in rows} for model, rows in data.items()}
    for (model, column), target in FOREIGN_KEYS.items():
        for row in data[model]:
            if row[column] is not None:
                assert row[column] in ids[target], f"{model}.{column} -> {target} dangles"
    # Counts: what RECRU holds, less the deleted user (status 1).
    live_users = [u for u in store["users"].values() if u["status"] == 0]
    assert len(data["users"]) == len(live_users) == len(store["users"]) - 1
    assert len(data["jobs"]) == len(store["projects"])
    assert len(data["candidates"]) == len(store["jobseekers"])
    assert len(data["applications"]) == len(store["applications"])
    assert len(data["tags"]) == len(store["tags"])
    assert len(data["application_stages"]) == len(sd.STEPS)
    # Rejection reasons: RECRU's published codebook, as it lists them.
    assert {r["name"] for r in data["rejection_reasons"]} == {n for _, n in sd.REJECTION_REASONS}
    assert len(data["candidate_tags"]) == sum(len(s["tag_ids"]) for s in store["jobseekers"].values())
    assert len(data["job_application_stages"]) == sum(len(p["pipeline"]) for p in store["projects"].values())
    # Every job's stages in the project's own order (index 0, 1, …), not the tenant's.
    stage_remote = {r["id"]: int(r["remote_id"]) for r in data["application_stages"]}
    job_remote = {r["id"]: r["remote_id"] for r in data["jobs"]}
    per_job: dict[str, list[tuple[int, int]]] = {}
    for row in data["job_application_stages"]:
        per_job.setdefault(job_remote[row["job_id"]], []).append(
            (row["index"], stage_remote[row["stage_id"]])
        )
    for pid, pairs in per_job.items():
        assert [s for _, s in sorted(pairs)] == store["projects"].get(pid)["pipeline"], pid
        assert sorted(i for i, _ in pairs) == list(range(len(pairs)))
    assert any(p["pipeline"] != sorted(p["pipeline"]) for p in store["projects"].values())
    # Jobs: the brief's fields.
    jobs = {r["remote_id"]: r for r in data["jobs"]}
    assert {j["status"] for j in jobs.values()} >= {"OPEN", "CLOSED", "DRAFT", "ARCHIVED"}
    for project in store["projects"].values():
        pid = project["id"]
        job = jobs[pid]
        assert job["salary_amount"] == project["salary"]
        assert job["opened_at"] and job["remote_updated_at"] and job["description"]
        assert (job["closed_at"] is not None) == (project["closed_ts"] is not None)
    assert any(j["experience_level"] == "Berufserfahren" for j in jobs.values())
    assert {j["employment_type"] for j in jobs.values()} & {"FULL_TIME", "CONTRACT"}
    # Applications: outcome from the step and the reason.
    step_type = {str(s[0]): s[2] for s in sd.STEPS}
    expected = {"hired": "HIRED", "rejected": "DECLINED"}
    stage_of = {r["id"]: r["remote_id"] for r in data["application_stages"]}
    for row in data["applications"]:
        kind = step_type[stage_of[row["current_stage_id"]]]
        assert row["outcome"] == expected.get(kind, "PENDING")
    assert {r["outcome"] for r in data["applications"]} == {"PENDING", "HIRED", "DECLINED"}
    # Hiring team: owner as RECRUITER, others by role; nobody deleted.
    assert all(m["roles"] for m in data["job_hiring_team_members"])
    assert len({m["job_id"] for m in data["job_hiring_team_members"]}) == len(store["projects"])
    # GDPR consent, German text intact.
    consents = [c["custom_fields"] for c in data["candidates"]]
    assert any(c["gdpr_consent"] and c["gdpr_consent_valid_to"] for c in consents)
    assert any(not c["gdpr_consent"] and c["gdpr_consent_valid_to"] is None for c in consents)
    names = {r["name"] for r in data["application_stages"]} | {r["name"] for r in data["tags"]}
    assert {"Vorstellungsgespräch", "Führerschein Klasse B"} <= names


def test_no_secret_reaches_any_file_under_the_app_home(
    synced: str, sandbox: RunningSandbox, app_home: Path, tmp_path: Path
) -> None:
    _export(tmp_path, "e")
    app = _app(sandbox)
    secrets = [sandbox.account["password"], *app.tokens._tokens]
    assert len(secrets) >= 2
    files = [p for p in app_home.rglob("*") if p.is_file()] + list(tmp_path.rglob("*.jsonl"))
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"a secret is in {path}"


def test_a_second_sync_reads_deltas_and_leaves_the_export_byte_identical(synced: str, tmp_path: Path) -> None:
    first = _export(tmp_path, "a")
    again = run_cli("sync", "weiss", "--json")
    assert again.code == 0, again.err
    modes = {s["stream"]: s["mode"] for s in json.loads(again.out)["streams"]}
    assert modes == {
        "users": "full",
        "stages": "full",
        "tags": "full",
        "jobs": "delta",
        "candidates": "delta",
        "applications": "delta",
        "rejection_reasons": "full",
    }
    # Each stream says which method served it: here every one is listed in the tenant's service map.
    routes = {s["stream"]: s["route"] for s in json.loads(again.out)["streams"]}
    assert routes["jobs"] == "ProjectService.getList (from the service map on GET /api/json-rpc)"
    assert routes["rejection_reasons"].startswith("CodebookService.getRejectionReasons (from the service map")
    second = _export(tmp_path, "b")
    for path in sorted(first.glob("*.jsonl")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_delta_sees_a_move_a_reordered_pipeline_and_a_newcomer_a_full_sync_sees_deletions(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    store = _app(sandbox).store
    project = next(p for p in store["projects"].values() if p["status"] == "open" and len(p["pipeline"]) > 4)
    app = next(a for a in store["applications"].values() if a["project_id"] == project["id"])
    target = next(
        s for s in project["pipeline"] if s != app["pipeline_step_id"] and sd.STEP_TYPES[s] == "interview"
    )
    reordered = [project["pipeline"][0], *reversed(project["pipeline"][1:])]
    gone = next(iter(store["jobseekers"].values()))
    with sandbox_control(sandbox) as control:
        assert control.patch(
            f"/records/applications/{app['id']}", json={"pipeline_step_id": target}
        ).is_success
        assert control.patch(f"/records/projects/{project['id']}", json={"pipeline": reordered}).is_success
        newcomer = {
            "first_name": "Björn",
            "last_name": "Größler",
            "email": "bjoern.groessler@web.de",
            "city": "Köln",
        }
        assert control.post("/records/jobseekers", json=newcomer).status_code == 201
        assert control.delete(f"/records/jobseekers/{gone['id']}").status_code == 204
    assert run_cli("sync", "weiss").code == 0
    after = read_export(_export(tmp_path, "b"))
    stage = {r["id"]: r["remote_id"] for r in after["application_stages"]}
    moved = next(a for a in after["applications"] if a["remote_id"] == app["id"])
    assert stage[moved["current_stage_id"]] == str(target)
    job_id = next(j["id"] for j in after["jobs"] if j["remote_id"] == project["id"])
    order = sorted(
        (r["index"], int(stage[r["stage_id"]]))
        for r in after["job_application_stages"]
        if r["job_id"] == job_id
    )
    assert [s for _, s in order] == reordered
    assert any(c["last_name"] == "Größler" for c in after["candidates"])
    # A delta cannot see a deletion; a full read does, and marks the jobseeker and its applications.
    assert next(c for c in after["candidates"] if c["remote_id"] == gone["id"])["remote_deleted_at"] is None
    assert run_cli("sync", "weiss", "--full").code == 0
    final = read_export(_export(tmp_path, "c"))
    assert next(c for c in final["candidates"] if c["remote_id"] == gone["id"])["remote_deleted_at"]
    gone_apps = [a for a in final["applications"] if a["remote_id"] not in store["applications"]]
    assert gone_apps and all(a["remote_deleted_at"] for a in gone_apps)


@pytest.mark.parametrize("status", [200, 401])
def test_an_expired_session_signs_in_again_for_reads_and_writes(sandbox: RunningSandbox, status: int) -> None:
    """RECRU answers a gone session with error -32000 in an HTTP 200 (VENDOR.md "Errors"; 401 when
    switched): the client signs in once more and the call goes through, a read as well as a write."""
    import asyncio

    from connectors import registry
    from connectors.recru import rpc

    app = _app(sandbox)
    app.settings["auth_error_status"] = status
    seeker = next(iter(app.store["jobseekers"].values()))

    async def go() -> tuple[int, int]:
        client = registry.get("recru").client(sandbox.account)
        try:
            before = len(rpc.items(await rpc.call(client, "TagService.getList", {"request": {}})))
            app.tokens.expire_all()
            after = len(rpc.items(await rpc.call(client, "TagService.getList", {"request": {}})))
            app.tokens.expire_all()
            await rpc.write(
                client,
                "JobseekerService.addTag",
                rpc.request_params(jobseeker_id=int(seeker["id"]), tag_id=2),
            )
            return before, after
        finally:
            await client.aclose()

    before, after = asyncio.run(go())
    assert before == after == len(app.store["tags"])
    assert len(app.tokens) == 1  # signed in again each time, and only then
    assert 2 in app.store["jobseekers"].get(seeker["id"])["tag_ids"]


def test_a_refused_password_says_so_and_shows_no_secret(app_home: Path, sandbox: RunningSandbox) -> None:
    account = {**sandbox.account, "password": "Geheim-aber-falsch-42"}
    assert run_cli("accounts", "add", "recru", "--name", "bad", stdin=json.dumps(account)).code == 0
    test = run_cli("accounts", "test", "bad")
    assert test.code == 3
    assert "RECRU refused the credentials" in test.err and "Ungültiger Benutzername" in test.err
    assert "Geheim-aber-falsch-42" not in test.err + test.out
    result = run_cli("sync", "bad")
    assert result.code == 3 and "RECRU refused the credentials" in result.err


def test_connection_test_and_settings_checks(account: str, sandbox: RunningSandbox, app_home: Path) -> None:
    assert run_cli("accounts", "test", account).code == 0
    wrong = {**sandbox.account, "base_url": f"{sandbox.base_url}/api/json-rpc"}
    added = run_cli("accounts", "add", "recru", "--name", "path", stdin=json.dumps(wrong))
    assert added.code != 0 and "RECRU address only" in added.err


def _json_rpc_error(sandbox: RunningSandbox) -> dict[str, Any]:
    with httpx.Client(timeout=10) as http:
        body: dict[str, Any] = http.post(
            f"{sandbox.base_url}/api/json-rpc",
            json={"jsonrpc": "2.0", "id": 1, "method": "UserService.getList"},
        ).json()
        return body


def test_unknown_method_and_unauthorised_reads_become_typed_errors(sandbox: RunningSandbox) -> None:
    import asyncio

    from connectors import registry
    from connectors.http import AuthError, NotFound
    from connectors.recru import rpc

    assert _json_rpc_error(sandbox)["error"]["code"] == -32000
    connector = registry.get("recru")

    async def go(method: str) -> Any:
        client = connector.client(sandbox.account)
        try:
            return await rpc.call(client, method)
        finally:
            await client.aclose()

    # -32601 "Method not found" is a NotFound (the connection doctor's not_found).
    with pytest.raises(NotFound, match="does not offer TagService.create"):
        asyncio.run(go("TagService.create"))

    async def check_wrong_password() -> None:
        bad = connector.client({**sandbox.account, "password": "nope"})
        try:
            await connector.check_connection(bad)
        finally:
            await bad.aclose()

    with pytest.raises(AuthError, match="refused the credentials .Ungültiger Benutzername"):
        asyncio.run(check_wrong_password())
