"""CareerPlug sandbox → accounts add → sync → export, as a user runs it: the eight models (five derived),
resolving foreign keys, no secrets on disk, quiet re-syncs, deltas, throttling and the provisioning error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.careerplug.sandbox import CareerPlugSandbox
from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import FOREIGN_KEYS, MODELS, columns
from tests.conftest import (
    add_account,
    read_export,
    run_cli,
    sandbox_control,
    sandbox_records,
    start_sandbox,
    sync_account,
)

CP_MODELS = {
    "users",
    "jobs",
    "candidates",
    "application_stages",
    "applications",
    "screening_questions",
    "job_screening_questions",
    "job_hiring_team_members",
}


@pytest.fixture()
def cp_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("careerplug", size="small")
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def cp_account(app_home: Path, cp_sandbox: RunningSandbox) -> str:
    return add_account("careerplug", "plug", cp_sandbox)


@pytest.fixture()
def synced(cp_account: str) -> str:
    return sync_account(cp_account)


def _export(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    result = run_cli("export", "--account", "plug", "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return out


def test_export_has_all_eight_models_with_resolving_foreign_keys(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    data = read_export(_export(tmp_path, "e"))
    assert set(data) == set(MODELS)
    for model in MODELS:
        rows = data[model]
        if model not in CP_MODELS:
            assert rows == [], model
            continue
        assert rows, f"{model} is empty"
        assert list(rows[0]) == columns(model)
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids)), f"duplicate ids in {model}"
    all_ids = {model: {r["id"] for r in rows} for model, rows in data.items()}
    for (model, column), target in FOREIGN_KEYS.items():
        for row in data[model]:
            if row[column] is not None:
                assert row[column] in all_ids[target], f"{model}.{column} -> {target} dangles"
    apps = sandbox_records(cp_sandbox, "apps")
    # Candidates: one per lower-cased e-mail, keyed by it (VENDOR.md "Derived models").
    emails = {a["app"]["email"].lower() for a in apps}
    assert {c["remote_id"] for c in data["candidates"]} == emails
    assert len(data["candidates"]) < len(data["applications"]) == len(apps)
    # Stages: the hiring steps apps sit in, and "New" for none.
    stages = {s["remote_id"]: s["name"] for s in data["application_stages"]}
    assert stages["new"] == "New" and len(stages) >= 4
    by_remote = {a["remote_id"]: a for a in data["applications"]}
    stage_ids = {s["remote_id"]: s["id"] for s in data["application_stages"]}
    outcome = {"hired": "HIRED", "inactive": "DECLINED", "new_app": "PENDING", "in_process": "PENDING"}
    for app in apps:
        row = by_remote[app["id"]]
        assert row["outcome"] == outcome[app["hiring_status"]]
        assert row["current_stage_id"] == stage_ids[app["hiring_step_id"] or "new"]
        assert row["remote_created_at"] and row["remote_updated_at"]
    # Questions, with preconditions; the hiring manager of every job.
    assert any(q["precondition_question_id"] for q in data["job_screening_questions"])
    assert any(q["precondition_options"] == [True] for q in data["job_screening_questions"])
    assert {q["format"]["type"] for q in data["screening_questions"]} >= {"BOOLEAN", "MULTI_SELECT", "TEXT"}
    assert len(data["job_hiring_team_members"]) == len(data["jobs"])
    assert all(m["roles"] == ["HIRING_MANAGER"] for m in data["job_hiring_team_members"])
    assert all(j["contact_id"] and j["name"] and j["status"] for j in data["jobs"])
    assert all("login_url" not in u["remote_data"]["/users"] for u in data["users"])


def test_no_secret_reaches_any_file_under_the_app_home(
    synced: str, cp_sandbox: RunningSandbox, app_home: Path, tmp_path: Path
) -> None:
    _export(tmp_path, "e")
    app = cp_sandbox.app
    assert isinstance(app, CareerPlugSandbox)
    secrets = [cp_sandbox.account["client_secret"], *app._token_created]
    secrets += [u["login_token"] for u in app.store["users"].values()]  # SSO links are credentials too
    assert len(secrets) > 2
    files = [p for p in app_home.rglob("*") if p.is_file()] + [p for p in tmp_path.rglob("*.jsonl")]
    assert files
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"a secret is in {path}"


def test_second_sync_leaves_the_export_byte_identical(synced: str, tmp_path: Path) -> None:
    first = _export(tmp_path, "a")
    delta = run_cli("sync", "plug", "--json")
    assert delta.code == 0, delta.err
    modes = {s["stream"]: s["mode"] for s in json.loads(delta.out)["streams"]}
    assert modes == {"users": "full", "jobs": "full", "apps": "delta"}
    second = _export(tmp_path, "b")
    for path in sorted(first.glob("*.jsonl")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_full_resync_leaves_even_multi_app_candidates_untouched(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    """A full re-read meets a person's older app before the newer one; the cache keeps the newest
    app's view (``newer_wins``), so nothing moves — not even ``changed_at``."""
    apps_per_person: dict[str, int] = {}
    for app in sandbox_records(cp_sandbox, "apps"):
        email = app["app"]["email"].lower()
        apps_per_person[email] = apps_per_person.get(email, 0) + 1
    assert max(apps_per_person.values()) > 1, "the sandbox should have people with several apps"
    first = _export(tmp_path, "a")
    assert run_cli("sync", "plug", "--full").code == 0
    second = _export(tmp_path, "b")
    for path in sorted(first.glob("*.jsonl")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_delta_picks_up_a_stage_move_and_a_new_applicant(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    before = read_export(_export(tmp_path, "a"))
    app = next(a for a in sandbox_records(cp_sandbox, "apps") if a["hiring_step_id"] is None)
    job = next(j for j in sandbox_records(cp_sandbox, "jobs") if j["status"] == "active")
    with sandbox_control(cp_sandbox) as control:
        patched = control.patch(f"/records/apps/{app['id']}", json={"hiring_step_id": "40214"})
        assert patched.status_code == 200
        newcomer = {"email": "New.Person@example.com", "firstname": "Nia", "lastname": "Okafor",
                    "phone": "+1 512 555 0100", "city": "Austin", "state": "TX", "postal_code": "78701",
                    "country": "US", "recent_title": "Host", "recent_employer": "Lone Star Diner"}
        assert control.post("/records/apps", json={"job_id": job["id"], "app": newcomer}).status_code == 201
    result = run_cli("sync", "plug", "--json")
    assert result.code == 0, result.err
    after = read_export(_export(tmp_path, "b"))
    moved = next(a for a in after["applications"] if a["remote_id"] == app["id"])
    stage = next(s for s in after["application_stages"] if s["id"] == moved["current_stage_id"])
    assert stage["name"] == "Background Check"
    assert "new.person@example.com" in {c["remote_id"] for c in after["candidates"]}
    changed = {(m, r["id"]) for m in after for r in after[m] if r not in before[m]}
    assert {m for m, _ in changed} <= {"applications", "candidates", "application_stages"}
    assert sum(1 for m, _ in changed if m == "applications") == 2


def test_load_balancer_throttling_is_waited_out(cp_account: str, cp_sandbox: RunningSandbox) -> None:
    with sandbox_control(cp_sandbox) as control:
        control.patch("/settings", json={"elb_throttle": 2})
    result = run_cli("sync", cp_account)
    assert result.code == 0, result.err
    assert cp_sandbox.app.settings["elb_throttle"] == 0


def test_unprovisioned_application_says_to_ask_careerplug(
    cp_account: str, cp_sandbox: RunningSandbox
) -> None:
    with sandbox_control(cp_sandbox) as control:
        control.patch("/settings", json={"unprovisioned": True})
    result = run_cli("sync", cp_account)
    assert result.code == 3, result.err
    assert "TechAM@careerplug.com" in result.err and "enable API access" in result.err
    assert "WineBouncer" in result.err


def test_wrong_secret_is_refused_at_sign_in(app_home: Path, cp_sandbox: RunningSandbox) -> None:
    account = {**cp_sandbox.account, "client_secret": "not-the-secret"}
    assert run_cli("accounts", "add", "careerplug", "--name", "bad", stdin=json.dumps(account)).code == 0
    result = run_cli("sync", "bad")
    assert result.code == 3 and "client id or secret" in result.err
    assert "TechAM" not in result.err
