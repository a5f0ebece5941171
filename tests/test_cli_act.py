"""``recruiter-companion act`` and ``outbox`` as a user runs them (issue 3's "done means")."""

from __future__ import annotations

import json
from pathlib import Path

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import run_cli, run_cli_process
from tests.test_smartrecruiters_writes import (
    a_job,
    an_application,
    new_candidate,
    rows,
    sandbox_control,
    sandbox_records,
    stage_id,
)


def _write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data))
    return str(path)


def test_create_candidate_with_a_cv_file_is_sent_and_synced_once(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    (tmp_path / "lin-cv.pdf").write_bytes(b"%PDF-1.4\n% Lin's CV\n")
    data = new_candidate(a_job(), "lin@example.org", cv=False)
    data["attachments"] = [{"path": "lin-cv.pdf", "type": "CV"}]  # read and base64-encoded by the CLI

    result = run_cli(
        "act", "create-candidate", "--account", "acme", "--input", _write(tmp_path / "in.json", data)
    )

    assert result.code == 0, result.err
    answer = result.json()
    assert answer["status"] == "sent" and answer["fallback"] is None and isinstance(answer["outbox_id"], int)
    assert set(answer["ids"]) == {"candidate_id", "application_id"}
    [remote] = sandbox_records(sr_sandbox, "candidates", email="lin@example.org")
    files = sandbox_records(sr_sandbox, "attachments", candidateId=remote["id"])
    assert [(f["name"], f["type"], f["contentType"]) for f in files] == [
        ("lin-cv.pdf", "RESUME", "application/pdf")
    ]

    assert run_cli("sync", "acme").code == 0
    assert rows("SELECT id FROM candidates WHERE email_addresses LIKE '%lin@example.org%'") == [
        (answer["ids"]["candidate_id"],)
    ]
    assert rows("SELECT id FROM applications WHERE candidate_id = ?", answer["ids"]["candidate_id"]) == [
        (answer["ids"]["application_id"],)
    ]


def test_an_invalid_email_is_refused_before_anything_is_sent(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    data = new_candidate(a_job(), "x@")
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests")
        result = run_cli(
            "act", "create-candidate", "--account", "acme", "--input", "-", stdin=json.dumps(data)
        )
        sent = control.get("/requests").json()["total"]
    assert result.code == 2
    assert "candidate.email_address: 'x@' is not an e-mail address" in result.err
    assert result.json()["problems"] == [
        {"field": "candidate.email_address", "message": "'x@' is not an e-mail address"}
    ]
    assert sent == 0 and rows("SELECT count(*) FROM outbox") == [(0,)]


def test_unknown_actions_and_unreadable_input_exit_2(sr_account: str, tmp_path: Path) -> None:
    unknown = run_cli("act", "archive-candidate", "--account", "acme", "--input", "-", stdin="{}")
    assert unknown.code == 2 and "Unknown action 'archive-candidate'" in unknown.err
    # Known, but not at this vendor: refused by name, nothing sent.
    elsewhere = run_cli("act", "delete-candidate", "--account", "acme", "--input", "-", stdin="{}")
    assert elsewhere.code == 2 and "SmartRecruiters does not support delete-candidate" in elsewhere.err
    broken = run_cli("act", "add-tag-to-candidate", "--account", "acme", "--input", "-", stdin="{nope")
    assert broken.code == 2 and "not valid JSON" in broken.err
    missing = run_cli(
        "act",
        "add-attachment-to-candidate",
        "--account",
        "acme",
        "--input",
        "-",
        stdin=json.dumps(
            {"candidate_id": "c", "attachment": {"path": str(tmp_path / "no.pdf"), "type": "CV"}}
        ),
    )
    assert missing.code == 2 and "attachment.path: cannot read" in missing.err


def test_offline_move_is_queued_survives_a_restart_and_is_sent_once_when_back(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    application, _candidate, _stage = an_application(not_stage="INTERVIEW")
    move = _write(tmp_path / "move.json", {"application_id": application, "stage_id": stage_id("INTERVIEW")})
    assert run_cli("accounts", "edit", "acme", "--base-url", "http://127.0.0.1:1").code == 0

    queued = run_cli("act", "move-application-to-stage", "--account", "acme", "--input", move)
    assert queued.code == 0, queued.err
    assert queued.json()["status"] == "queued" and "Cannot reach SmartRecruiters" in queued.json()["error"]

    # A new process (the app restarted) still has it.
    listed = run_cli_process("outbox", "list", "--pending", "--json")
    assert listed.code == 0, listed.err
    assert [(e["outbox_id"], e["action"], e["status"]) for e in listed.json()] == [
        (queued.json()["outbox_id"], "move-application-to-stage", "queued")
    ]

    assert run_cli_process("accounts", "edit", "acme", "--base-url", sr_sandbox.base_url).code == 0
    with sandbox_control(sr_sandbox) as control:
        control.delete("/requests")
        flushed = run_cli_process("outbox", "flush")
        puts = control.get("/requests").json()["requests"].get("PUT /candidates/{id}/jobs/{jobId}/status")
    assert flushed.code == 0, flushed.err
    assert flushed.json()["sent"] == 1 and puts == 1
    assert run_cli("outbox", "list", "--pending", "--json").json() == []

    assert run_cli("sync", "acme").code == 0
    assert rows(
        "SELECT s.remote_id FROM applications a JOIN application_stages s ON s.id = a.current_stage_id "
        "WHERE a.id = ?",
        application,
    ) == [("INTERVIEW",)]
    again = run_cli("outbox", "flush")
    assert again.code == 0 and again.json()["flushed"] == []
