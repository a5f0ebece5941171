"""Sandbox → accounts add → sync → export, as a user runs it, and what a re-sync may and may not move."""

from __future__ import annotations

import json
from pathlib import Path

from connectors.sandbox.runner import RunningSandbox
from connectors.unified.model import FOREIGN_KEYS, columns
from tests.conftest import read_export, run_cli, sandbox_control

SR_MODELS = {
    "users",
    "jobs",
    "job_postings",
    "candidates",
    "application_stages",
    "applications",
    "screening_questions",
    "job_screening_questions",
    "job_hiring_team_members",
    "tags",
    "candidate_tags",
    "interviews",
    "interviewing_team_members",
    "offers",
    "rejection_reasons",
    "attachments",
}


def _export(tmp_path: Path, name: str) -> Path:
    out = tmp_path / name
    result = run_cli("export", "--account", "acme", "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return out


def test_export_has_every_model_field_and_resolving_foreign_keys(synced_sr: str, tmp_path: Path) -> None:
    data = read_export(_export(tmp_path, "e"))
    assert len(data) == 17  # a file per unified model, SmartRecruiters fills 16
    for model in SR_MODELS:
        rows = data[model]
        assert rows, f"{model} is empty"
        assert list(rows[0]) == columns(model)
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids)), f"duplicate ids in {model}"
    assert data["job_application_stages"] == []
    all_ids = {model: {r["id"] for r in rows} for model, rows in data.items()}
    for (model, column), target in FOREIGN_KEYS.items():
        for row in data[model]:
            if row[column] is not None:
                assert row[column] in all_ids[target], f"{model}.{column} -> {target} dangles"
    apps = data["applications"]
    rejected = [a for a in apps if a["outcome"] == "DECLINED" and a["rejected_at"]]
    assert rejected and all(a["rejection_reason_name"] for a in rejected)
    assert all(a["remote_created_at"] and a["remote_updated_at"] for a in apps)
    assert all(o["application_id"] for o in data["offers"])
    jobs = data["jobs"]
    assert all(j["name"] and j["status"] for j in jobs)
    assert any(j["post_url"] for j in jobs) and any(j["opened_at"] for j in jobs)
    assert any(q["precondition_question_id"] for q in data["job_screening_questions"])


def test_second_sync_with_nothing_changed_leaves_export_byte_identical(
    synced_sr: str, tmp_path: Path
) -> None:
    first = _export(tmp_path, "a")
    assert run_cli("sync", "acme").code == 0
    assert run_cli("sync", "acme", "--full").code == 0
    second = _export(tmp_path, "b")
    for path in sorted(first.glob("*.jsonl")):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_changed_record_moves_only_its_own_changed_at(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    before = read_export(_export(tmp_path, "a"))
    candidate = before["candidates"][0]
    with sandbox_control(sr_sandbox) as control:
        assert (
            control.patch(
                f"/records/candidates/{candidate['remote_id']}", json={"firstName": "Renamed"}
            ).status_code
            == 200
        )
    assert run_cli("sync", "acme").code == 0
    after = read_export(_export(tmp_path, "b"))
    changed = {(m, r["id"]) for m in after for r in after[m] if r not in before[m]}
    assert ("candidates", candidate["id"]) in changed
    assert {m for m, _ in changed} == {"candidates"}, changed
    row = next(r for r in after["candidates"] if r["id"] == candidate["id"])
    assert row["first_name"] == "Renamed" and row["changed_at"] > candidate["changed_at"]
    others_before = {r["id"]: r["changed_at"] for r in before["candidates"] if r["id"] != candidate["id"]}
    others_after = {r["id"]: r["changed_at"] for r in after["candidates"] if r["id"] != candidate["id"]}
    assert others_before == others_after


def test_a_deleted_record_is_marked_after_the_next_full_sync_and_unmarked_when_back(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    users = read_export(_export(tmp_path, "a"))["users"]
    victim = users[-1]
    with sandbox_control(sr_sandbox) as control:
        kept = control.get(f"/records/users/{victim['remote_id']}").json()
        assert control.delete(f"/records/users/{victim['remote_id']}").status_code == 204
        assert run_cli("sync", "acme", "--full").code == 0
        gone = {r["id"]: r for r in read_export(_export(tmp_path, "b"))["users"]}
        assert gone[victim["id"]]["remote_deleted_at"]
        assert sum(1 for r in gone.values() if r["remote_deleted_at"]) == 1
        assert control.post("/records/users", json=kept).status_code == 201
    assert run_cli("sync", "acme", "--full").code == 0
    back = {r["id"]: r for r in read_export(_export(tmp_path, "c"))["users"]}
    assert back[victim["id"]]["remote_deleted_at"] is None


def test_a_deleted_candidate_takes_its_applications_with_it(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    data = read_export(_export(tmp_path, "a"))
    candidate = data["candidates"][0]
    apps = [a["id"] for a in data["applications"] if a["candidate_id"] == candidate["id"]]
    with sandbox_control(sr_sandbox) as control:
        assert control.delete(f"/records/candidates/{candidate['remote_id']}").status_code == 204
    assert run_cli("sync", "acme", "--full").code == 0
    after = read_export(_export(tmp_path, "b"))
    assert next(r for r in after["candidates"] if r["id"] == candidate["id"])["remote_deleted_at"]
    assert all(a["remote_deleted_at"] for a in after["applications"] if a["id"] in apps)


def test_sync_json_report_counts_models(sr_account: str) -> None:
    result = run_cli("sync", sr_account, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["ok"] and set(report["models"]) == SR_MODELS
    assert "candidates" in result.err  # progress on stderr
