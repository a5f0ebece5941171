"""The outbox's promises (DESIGN §6): saved before sending, one action per idempotency key, backoff when
offline, reconciliation before resending a create whose outcome is unknown (also after a crash),
permanent failures kept until retried or dropped, and writes that a running sync does not sweep away.
"""

from __future__ import annotations

import subprocess
from datetime import datetime
from typing import Any

import httpx
import pytest

from connectors.base.declarations import Rec
from connectors.sandbox.runner import RunningSandbox
from connectors.smartrecruiters.actions import candidate_body
from connectors.unified.ids import stable_id
from connectors.unified.timefmt import now_iso
from desktop.cache.records import sweep_unseen
from desktop.outbox import queue as q
from desktop.outbox.created import CreatedOnly
from desktop.outbox.worker import ActionRefused, Backoff
from desktop.sync import state as st
from tests.conftest import run_cli
from tests.test_smartrecruiters_writes import (
    a_job,
    act,
    an_application,
    flush,
    new_candidate,
    opened,
    rows,
    sandbox_control,
    sandbox_records,
    stage_id,
)


def _seconds_until(ts: str | None) -> float:
    assert ts is not None
    return (
        datetime.fromisoformat(ts.replace("Z", "+00:00"))
        - datetime.fromisoformat(now_iso().replace("Z", "+00:00"))
    ).total_seconds()


def _entry(entry_id: int) -> q.Entry:
    with opened() as core:
        return core.writer.run_sync(lambda c: q.require(c, entry_id))


def test_the_same_idempotency_key_saves_and_sends_one_action(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    data = new_candidate(a_job(), "once@example.org", cv=False)
    first = act("create-candidate", data, key="form-submit-1")
    second = act("create-candidate", data, key="form-submit-1")
    assert first.entry_id == second.entry_id and second.status == "sent"
    assert len(sandbox_records(sr_sandbox, "candidates", email="once@example.org")) == 1
    assert rows("SELECT count(*) FROM outbox") == [(1,)]


def test_offline_writes_wait_with_growing_backoff(synced_sr: str, sr_sandbox: RunningSandbox) -> None:
    application, _candidate, _stage = an_application()
    assert run_cli("accounts", "edit", "acme", "--base-url", "http://127.0.0.1:1").code == 0
    outcome = act(
        "move-application-to-stage", {"application_id": application, "stage_id": stage_id("INTERVIEW")}
    )
    assert (outcome.status, outcome.state, outcome.attempts) == ("queued", "queued", 1)
    assert "Cannot reach SmartRecruiters" in (outcome.error or "")
    first_wait = _seconds_until(outcome.next_attempt_at)
    assert Backoff().base * 0.7 <= first_wait <= Backoff().base
    [again] = flush()
    assert again.attempts == 2 and _seconds_until(again.next_attempt_at) > first_wait

    assert run_cli("accounts", "edit", "acme", "--base-url", sr_sandbox.base_url).code == 0
    [sent] = flush()
    assert sent.status == "sent" and sent.attempts == 3


def test_a_create_whose_sender_crashed_after_posting_is_reconciled_not_repeated(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    job = a_job()
    data = new_candidate(job, "crash@example.org", cv=False)
    pending = act("create-candidate", data, send=False)
    with opened() as core:  # a worker claims it ...
        entry = core.writer.run_sync(lambda c: q.require(c, pending.entry_id))
        claimed = core.writer.run_sync(lambda c: q.claim(c, entry, now=now_iso(), lease_until="9999"))
    assert claimed is not None
    remote_job = rows("SELECT remote_id FROM jobs WHERE id = ?", job)[0][0]
    posted = httpx.post(
        f"{sr_sandbox.base_url}/jobs/{remote_job}/candidates",  # ... its POST arrives ...
        headers={"X-SmartToken": sr_sandbox.account["api_key"]},
        json=candidate_body(data["candidate"]),
        timeout=10,
    ).json()
    dead = subprocess.Popen(["true"])
    dead.wait()
    with opened() as core:  # ... and it dies before it could record the answer.
        claim = {**claimed.result["claim"], "pid": dead.pid}
        core.writer.run_sync(
            lambda c: c.execute(
                q._T.update().where(q._T.c.id == claimed.id).values(result={**claimed.result, "claim": claim})
            )
        )

    [outcome] = flush()
    assert outcome.status == "sent", outcome.error
    assert outcome.remote_ids["candidate"] == posted["id"]
    assert len(sandbox_records(sr_sandbox, "candidates", email="crash@example.org")) == 1


def test_a_note_whose_answer_was_lost_is_not_resent_without_the_user(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, _candidate, _stage = an_application()
    with sandbox_control(sr_sandbox) as control:
        control.put("/faults", json={"fail_after_accept": 1, "fail_after_accept_mode": "drop"})
    outcome = act("add-note-to-application", {"application_id": application, "content": "Call back Monday."})
    notes = [m for m in sandbox_records(sr_sandbox, "messages") if "Call back Monday." in m["content"]]
    assert outcome.status == "failed" and len(notes) == 1  # it did arrive; sending again would double it
    assert "did not confirm this add-note-to-application" in (outcome.error or "")
    assert _entry(outcome.entry_id).result["outcome_unknown"] is True

    assert run_cli("outbox", "drop", str(outcome.entry_id)).code == 0
    assert rows("SELECT count(*) FROM outbox") == [(0,)]


def test_a_lost_answer_to_an_idempotent_move_is_simply_resent(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, _candidate, _stage = an_application()
    with sandbox_control(sr_sandbox) as control:
        control.put("/faults", json={"fail_after_accept": 1})
        control.delete("/requests")
    outcome = act(
        "move-application-to-stage", {"application_id": application, "stage_id": stage_id("INTERVIEW")}
    )
    assert outcome.status == "sent"
    with sandbox_control(sr_sandbox) as control:
        puts = control.get("/requests").json()["requests"]["PUT /candidates/{id}/jobs/{jobId}/status"]
    assert puts == 2  # applied, answer lost, sent again: same status, no harm


def test_permanent_failures_keep_the_vendors_reason_until_retried(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, _candidate, _stage = an_application()
    with sandbox_control(sr_sandbox) as control:
        control.patch("/settings", json={"require_rejection_reason": True})
    outcome = act(
        "move-application-to-stage", {"application_id": application, "stage_id": stage_id("REJECTED")}
    )
    assert outcome.status == "failed"
    assert "SmartRecruiters said: reason is required for REJECTED" in (outcome.error or "")
    assert run_cli("outbox", "list", "--pending", "--json").json() == []
    assert run_cli("outbox", "list", "--json").json()[0]["state"] == "failed"

    with sandbox_control(sr_sandbox) as control:  # the admin relaxes the rule; the user retries
        control.patch("/settings", json={"require_rejection_reason": False})
    retried = run_cli("outbox", "retry", str(outcome.entry_id))
    assert retried.code == 0 and retried.json()["status"] == "sent"
    dropped = run_cli("outbox", "drop", str(outcome.entry_id))
    assert dropped.code == 2 and "was sent already" in dropped.err


def test_ids_missing_from_the_cache_are_refused_with_the_field_named(synced_sr: str) -> None:
    with pytest.raises(ActionRefused) as refused:
        act("add-tag-to-candidate", {"candidate_id": "NoSuchCandidate", "tag": {"name": "x"}})
    assert str(refused.value) == (
        "candidate_id: no candidate with id 'NoSuchCandidate' in the cache of 'acme'; sync first"
    )
    with pytest.raises(ActionRefused, match="SmartRecruiters does not support add-result-link-to-candidate"):
        act("add-result-link-to-candidate", {"candidate_id": "x", "label": "Test", "url": "https://e.org/r"})


def test_a_write_during_a_full_sync_is_not_swept_by_it(synced_sr: str) -> None:
    with opened() as core:
        account = core.accounts.get("acme")
        run = core.writer.run_sync(
            lambda c: st.begin(c, account.id, "candidates", True)
        )  # a full read starts
    outcome = act("create-candidate", new_candidate(a_job(), "during@example.org", cv=False))
    candidate = outcome.ids["candidate_id"]
    assert rows("SELECT seen_run FROM record_state WHERE id = ?", candidate) == [(run.run_id,)]
    with opened() as core:  # that read ends without having listed the new candidate: its sweep spares it
        core.writer.run_sync(lambda c: sweep_unseen(c, account.id, ["candidates"], run.run_id, now_iso()))
    assert rows("SELECT remote_deleted_at FROM candidates WHERE id = ?", candidate) == [(None,)]


def _rec(model: str, key: str, **fields: Any) -> Rec:
    return Rec(model, key, fields)


def test_created_only_filter_follows_foreign_keys_from_the_created_roots() -> None:
    acc = "acc_test"

    def sid(model: str, key: str) -> str:
        return stable_id(acc, model, key)

    keep = CreatedOnly(acc, {"applications": {sid("applications", "c1:j1")}})
    page = [
        _rec("candidates", "c1"),
        _rec("tags", "vip"),
        _rec("candidate_tags", "c1:vip", candidate_id=sid("candidates", "c1"), tag_id=sid("tags", "vip")),
        _rec("applications", "c1:j1", candidate_id=sid("candidates", "c1"), job_id=sid("jobs", "j1")),
        _rec("applications", "c1:j2", candidate_id=sid("candidates", "c1"), job_id=sid("jobs", "j2")),
        _rec("interviews", "i1", application_id=sid("applications", "c1:j1")),
        _rec(
            "interviewing_team_members",
            "i1:u1",
            interview_id=sid("interviews", "i1"),
            user_id=sid("users", "u1"),
        ),
        _rec("offers", "o2", application_id=sid("applications", "c1:j2")),
        _rec("candidates", "c2"),
        _rec("applications", "c2:j1", candidate_id=sid("candidates", "c2")),
        _rec("jobs", "j1"),
    ]
    assert [(r.model, r.key) for r in keep(page)] == [
        ("candidates", "c1"),
        ("tags", "vip"),
        ("candidate_tags", "c1:vip"),
        ("applications", "c1:j1"),
        ("interviews", "i1"),
        ("interviewing_team_members", "i1:u1"),
        ("jobs", "j1"),
    ]
