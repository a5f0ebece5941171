"""SmartRecruiters writes through the outbox, against the sandbox over loopback HTTP.

A write shows in the cache at once and the next sync agrees with it; a create whose answer is lost is
reconciled, never repeated: 100 creates under "fail after accept" faults leave no duplicate and lose
nothing.
"""

from __future__ import annotations

import asyncio
import base64
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.outbox import queue as q
from desktop.outbox.outcome import Outcome
from desktop.outbox.worker import ActionRefused, OutboxWorker
from tests.conftest import run_cli, sandbox_control, sandbox_records

PDF = base64.b64encode(b"%PDF-1.4\n% a one-page CV\n").decode()


# --- helpers the other outbox tests share ----------------------------------------------------------


@contextmanager
def opened() -> Iterator[Core]:
    core = Core.open()
    try:
        yield core
    finally:
        core.close()


def worker(core: Core) -> OutboxWorker:
    return OutboxWorker(core.writer, core.accounts)


def act(action: str, data: dict[str, Any], account: str = "acme", **kwargs: Any) -> Outcome:
    with opened() as core:
        return asyncio.run(worker(core).submit(core.accounts.get(account), action, data, **kwargs))


def flush() -> list[Outcome]:
    with opened() as core:
        return asyncio.run(worker(core).flush())


def rows(sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with opened() as core, core.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params).fetchall()]


def a_job() -> str:
    return str(rows("SELECT id FROM jobs WHERE remote_deleted_at IS NULL ORDER BY remote_id LIMIT 1")[0][0])


def an_application(not_stage: str = "INTERVIEW") -> tuple[str, str, str]:
    """(application id, candidate id, stage remote id) of a live, open application not at ``not_stage``."""
    found = rows(
        "SELECT a.id, a.candidate_id, s.remote_id FROM applications a JOIN application_stages s "
        "ON s.id = a.current_stage_id WHERE a.remote_deleted_at IS NULL "
        "AND s.remote_id NOT IN (?, 'REJECTED', 'WITHDRAWN', 'HIRED', 'TRANSFERRED') "
        "ORDER BY a.remote_id LIMIT 1",
        not_stage,
    )
    return found[0][0], found[0][1], found[0][2]


def stage_id(status: str) -> str:
    return str(rows("SELECT id FROM application_stages WHERE remote_id = ?", status)[0][0])


def new_candidate(job_id: str, email: str, *, cv: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "candidate": {
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email_address": email,
            "phone_number": "+49 30 1234567",
            "location": {"city": "Berlin", "country": "DE"},
            "company": "Analytical Engines",
            "title": "Engineer",
            "social_links": [{"url": "https://www.linkedin.com/in/ada"}],
        },
        "application": {"job_id": job_id},
    }
    if cv:
        data["attachments"] = [
            {"name": "ada-cv.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF}
        ]
    return data


# --- creates ---------------------------------------------------------------------------------------


def test_create_candidate_with_cv_shows_at_once_and_once_after_the_next_sync(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    outcome = act("create-candidate", new_candidate(a_job(), "ada@example.org"))

    assert outcome.status == "sent", outcome.error
    candidate_id, application_id = outcome.ids["candidate_id"], outcome.ids["application_id"]
    # In the cache before any sync: the candidate, its application on the job, at stage New.
    assert rows("SELECT first_name, company, title FROM candidates WHERE id = ?", candidate_id) == [
        ("Ada", "Analytical Engines", "Engineer")
    ]
    assert rows(
        "SELECT a.job_id, s.remote_id FROM applications a JOIN application_stages s "
        "ON s.id = a.current_stage_id WHERE a.id = ?",
        application_id,
    ) == [(a_job(), "NEW")]
    remote = sandbox_records(sr_sandbox, "candidates", email="ada@example.org")
    assert len(remote) == 1 and remote[0]["web"] == {"linkedin": "https://www.linkedin.com/in/ada"}
    files = sandbox_records(sr_sandbox, "attachments", candidateId=remote[0]["id"])
    assert [(f["name"], f["type"]) for f in files] == [("ada-cv.pdf", "RESUME")]

    assert run_cli("sync", "acme").code == 0
    assert rows("SELECT count(*) FROM candidates WHERE email_addresses LIKE '%ada@example.org%'") == [(1,)]
    assert rows(
        "SELECT count(*) FROM applications WHERE candidate_id = ? AND remote_deleted_at IS NULL", candidate_id
    ) == [(1,)]
    # The CV's content is not kept in the outbox once sent.
    with opened() as core:
        entry = core.writer.run_sync(lambda c: q.require(c, outcome.entry_id))
    assert entry.data["attachments"][0]["data"] is None and entry.result["files_sent"]


def test_create_application_with_a_stage_moves_it_there_after_the_create(synced_sr: str) -> None:
    data = new_candidate(a_job(), "grace@example.org", cv=False)
    data["application"]["stage_id"] = stage_id("IN_REVIEW")
    outcome = act("create-application", data)
    assert outcome.status == "sent", outcome.error
    assert rows(
        "SELECT s.remote_id FROM applications a JOIN application_stages s ON s.id = a.current_stage_id "
        "WHERE a.id = ?",
        outcome.ids["application_id"],
    ) == [("IN_REVIEW",)]


def test_a_create_the_vendor_refuses_fails_with_its_reason_and_is_kept(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    job = a_job()
    remote_job = rows("SELECT remote_id FROM jobs WHERE id = ?", job)[0][0]
    with sandbox_control(sr_sandbox) as control:  # the job is gone at the vendor since the last sync
        assert control.delete(f"/records/jobs/{remote_job}").status_code == 204
    outcome = act("create-candidate", new_candidate(job, "late@example.org"))
    assert outcome.status == "failed"
    assert "Job not found" in (outcome.error or "")
    assert rows("SELECT status FROM outbox WHERE id = ?", outcome.entry_id) == [("failed",)]


# --- updates ---------------------------------------------------------------------------------------


def test_move_to_rejected_takes_a_rejection_reason_and_updates_the_cache(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, _candidate, _stage = an_application()
    reason_id, reason_name = rows("SELECT id, name FROM rejection_reasons ORDER BY remote_id LIMIT 1")[0]
    outcome = act(
        "move-application-to-stage",
        {"application_id": application, "stage_id": stage_id("REJECTED"), "rejection_reason_id": reason_id},
    )
    assert outcome.status == "sent", outcome.error
    assert rows("SELECT outcome, rejection_reason_name FROM applications WHERE id = ?", application) == [
        ("DECLINED", reason_name)
    ]
    remote_app = rows("SELECT remote_id FROM applications WHERE id = ?", application)[0][0]
    cid, jid = remote_app.split(":")
    [app] = sandbox_records(sr_sandbox, "applications", candidateId=cid, jobId=jid)
    assert app["status"] == "REJECTED" and app["reasonOfRejection"]["label"] == reason_name


def test_a_reason_for_a_stage_that_takes_none_is_refused_before_sending(synced_sr: str) -> None:
    application, _candidate, _stage = an_application()
    reason_id = rows("SELECT id FROM rejection_reasons LIMIT 1")[0][0]
    with pytest.raises(ActionRefused) as refused:
        act(
            "move-application-to-stage",
            {
                "application_id": application,
                "stage_id": stage_id("INTERVIEW"),
                "rejection_reason_id": reason_id,
            },
        )
    assert [p.path for p in refused.value.problems] == ["rejection_reason_id"]
    assert rows("SELECT count(*) FROM outbox") == [(0,)]


def test_note_goes_to_the_candidate_and_the_jobs_hiring_team(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, _candidate, _stage = an_application()
    outcome = act("add-note-to-application", {"application_id": application, "content": "Strong on systems."})
    assert outcome.status == "sent", outcome.error
    cid, jid = rows("SELECT remote_id FROM applications WHERE id = ?", application)[0][0].split(":")
    [note] = [m for m in sandbox_records(sr_sandbox, "messages") if m["id"] == outcome.remote_ids["note"]]
    assert note["content"] == f"#[CANDIDATE:{cid}] Strong on systems."
    assert {"candidateId": cid, "jobId": jid} in note["context"]["applications"]
    assert note["shareWith"] == {"hiringTeamOf": [jid]}


def test_tags_are_added_and_removed_one_at_a_time(synced_sr: str, sr_sandbox: RunningSandbox) -> None:
    _application, candidate, _stage = an_application()
    remote = rows("SELECT remote_id FROM candidates WHERE id = ?", candidate)[0][0]
    before = list(sandbox_records(sr_sandbox, "candidates", id=remote)[0]["tags"])

    added = act("add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "shortlist"}})
    assert added.status == "sent", added.error
    assert sandbox_records(sr_sandbox, "candidates", id=remote)[0]["tags"] == [*before, "shortlist"]
    tagged = (
        "SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ? "
        "AND t.name = 'shortlist' AND ct.remote_deleted_at IS NULL"
    )
    assert rows(tagged, candidate) == [(1,)]

    again = act("add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "shortlist"}})
    assert again.status == "sent" and "already had" in (again.note or "")

    removed = act("remove-tag-from-candidate", {"candidate_id": candidate, "tag": {"name": "shortlist"}})
    assert removed.status == "sent", removed.error
    assert sandbox_records(sr_sandbox, "candidates", id=remote)[0]["tags"] == before
    assert rows(tagged, candidate) == [(0,)]


def test_attachment_to_an_application_falls_back_to_its_candidate(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    application, candidate, _stage = an_application()
    outcome = act(
        "add-attachment-to-application",
        {
            "application_id": application,
            "attachment": {"name": "references.pdf", "type": "OTHER", "data": PDF},
        },
    )
    assert outcome.status == "sent", outcome.error
    assert outcome.fallback and "candidate" in outcome.fallback
    remote = rows("SELECT remote_id FROM candidates WHERE id = ?", candidate)[0][0]
    files = sandbox_records(sr_sandbox, "attachments", candidateId=remote)
    files = [f for f in files if "_lines" not in f]  # the sandbox's generated CVs (issue 18.1) aside
    assert [(f["name"], f["type"]) for f in files] == [("references.pdf", "GENERIC_FILE")]


# --- lost answers ----------------------------------------------------------------------------------


def test_100_creates_under_fail_after_accept_leave_no_duplicate_and_lose_nothing(
    synced_sr: str, sr_sandbox: RunningSandbox
) -> None:
    job = a_job()
    emails = [f"load{i:03d}@example.org" for i in range(100)]
    with sandbox_control(sr_sandbox) as control:
        # Every write the sandbox accepts fails afterwards (a 500 or a dropped connection, alternating)
        # until 60 have: creates and CV uploads alike.
        assert control.put("/faults", json={"fail_after_accept": 60}).status_code == 200
    with opened() as core:
        account = core.accounts.get("acme")
        work = worker(core)

        async def run() -> list[Outcome]:
            for email in emails:  # saved first, as a form would while offline
                await work.submit(account, "create-candidate", new_candidate(job, email), send=False)
            results: list[Outcome] = []
            for _ in range(5):
                results = await work.flush()
                if not await work.entries(account.id, pending=True):
                    break
            return results

        asyncio.run(run())
        entries = core.writer.run_sync(q.entries, account.id)
    with sandbox_control(sr_sandbox) as control:
        faults_left = control.get("/faults").json()["fail_after_accept"]
        control.delete("/faults")

    per_email = Counter(c["email"] for c in sandbox_records(sr_sandbox, "candidates") if c["email"] in emails)
    duplicates = sum(n - 1 for n in per_email.values() if n > 1)
    lost = sum(1 for e in emails if per_email[e] == 0)
    ids = {c["id"] for c in sandbox_records(sr_sandbox, "candidates") if c["email"] in emails}
    files = Counter(
        a["candidateId"] for a in sandbox_records(sr_sandbox, "attachments") if a["candidateId"] in ids
    )
    duplicate_files = sum(n - 1 for n in files.values() if n > 1)
    missing_files = sum(1 for cid in ids if files[cid] == 0)
    statuses = Counter(e.status for e in entries)
    retried = sum(1 for e in entries if e.attempts > 1)  # their answer was lost: reconciled, then finished
    print(
        f"\n100 creates with fail_after_accept=60 ({60 - faults_left} faults fired): "
        f"{duplicates} duplicate candidates, {lost} lost; {duplicate_files} duplicate CVs, "
        f"{missing_files} missing; outbox {dict(statuses)}, {retried} reconciled"
    )
    assert faults_left == 0
    assert (duplicates, lost, duplicate_files, missing_files) == (0, 0, 0, 0)
    assert statuses == {"sent": 100} and retried > 0
    # Each entry's answer is in the cache: one candidate per e-mail, with its application.
    assert rows("SELECT count(*) FROM candidates WHERE email_addresses LIKE '%load%@example.org%'") == [
        (100,)
    ]


# --- sync only created applications ----------------------------------------------------------------


def test_sync_only_created_keeps_the_apps_own_applications_and_their_candidates(synced_sr: str) -> None:
    outcome = act("create-candidate", new_candidate(a_job(), "own@example.org", cv=False))
    assert outcome.status == "sent"
    assert run_cli("accounts", "edit", "acme", "--sync-only-created", "on").code == 0
    assert run_cli("sync", "acme", "--full").code == 0
    live_apps = rows("SELECT id FROM applications WHERE remote_deleted_at IS NULL")
    live_candidates = rows("SELECT id FROM candidates WHERE remote_deleted_at IS NULL")
    assert live_apps == [(outcome.ids["application_id"],)]
    assert live_candidates == [(outcome.ids["candidate_id"],)]
    assert rows("SELECT count(*) FROM jobs WHERE remote_deleted_at IS NULL")[0][0] > 0  # the rest is kept
