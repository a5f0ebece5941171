"""RECRU writes as a user runs them (issue 7 §2): ``act create-candidate`` / ``create-application`` with
phone, city, typed files, source and GDPR consent with its expiry; ``act add-tag-to-candidate`` with an
existing tag only (an unknown name is refused before anything is saved, listing the tags there are);
each write in the cache at once; a lost answer reconciled without a duplicate."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.recru.sandbox import RecruSandbox
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, start_sandbox, sync_account
from tests.test_smartrecruiters_writes import rows

PDF = base64.b64encode("%PDF-1.4\n% Lebenslauf Änne Straßmann\n".encode()).decode()


@pytest.fixture()
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("recru", size="tiny")
    yield running
    running.stop()


@pytest.fixture()
def synced(app_home: Path, sandbox: RunningSandbox) -> str:
    return sync_account(add_account("recru", "weiss", sandbox, share=100))


def _app(sandbox: RunningSandbox) -> RecruSandbox:
    assert isinstance(sandbox.app, RecruSandbox)
    return sandbox.app


def _open_job() -> str:
    return str(rows("SELECT id FROM jobs WHERE status = 'OPEN' ORDER BY remote_id LIMIT 1")[0][0])


def _act(tmp_path: Path, action: str, data: dict[str, Any]) -> Any:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run_cli("act", action, "--account", "weiss", "--input", str(path))


def applicant(job: str, email: str = "aenne.strassmann@gmx.de", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "candidate": {
            "first_name": "Änne",
            "last_name": "Straßmann",
            "email_address": email,
            "phone_number": "+49 89 7654321",
            "location": {"city": "München"},
        },
        "application": {"job_id": job},
        "attachments": [
            {"name": "Lebenslauf_Änne.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF},
            {"name": "Anschreiben.pdf", "type": "COVER_LETTER", "data": PDF},
        ],
        "source": {"name": "recruiter companion"},
        "gdpr_consent": {"given": True, "expires_at": "2028-06-30"},
    }
    data.update(extra)
    return data


def _seekers(sandbox: RunningSandbox, email: str) -> list[dict[str, Any]]:
    return _app(sandbox).store["jobseekers"].lookup("by_email", email.lower())


def test_create_candidate_sends_everything_and_shows_it_in_the_cache_at_once(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job = _open_job()
    result = _act(tmp_path, "create-candidate", applicant(job))
    assert result.code == 0, result.err
    answer = result.json()
    assert answer["status"] == "sent" and "valid until 2028-06-30" in answer["note"]
    [seeker] = _seekers(sandbox, "aenne.strassmann@gmx.de")
    assert (seeker["phone"], seeker["city"], seeker["source_id"], seeker["gdpr_consent"]) == (
        "+49 89 7654321",
        "München",
        9,  # "Recruiter Companion", found by name regardless of case
        1,
    )
    app = _app(sandbox)
    [application] = app.store["applications"].lookup("by_jobseeker", seeker["id"])
    files = app.store["files"].lookup("by_jobseeker", seeker["id"])
    assert [(f["file_name"], f["file_type"], f["application_id"]) for f in files] == [
        ("Lebenslauf_Änne.pdf", "CV", application["id"]),
        ("Anschreiben.pdf", "COVER_LETTER", application["id"]),
    ]
    assert app.file_contents[files[0]["id"]].startswith(b"%PDF-1.4")
    # In the cache before any sync, GDPR expiry included; the next sync changes nothing.
    candidate, application_id = answer["ids"]["candidate_id"], answer["ids"]["application_id"]
    [(first, source, custom)] = rows(
        "SELECT first_name, source, custom_fields FROM candidates WHERE id = ?", candidate
    )
    assert (first, source) == ("Änne", "Recruiter Companion")
    assert json.loads(custom) == {"gdpr_consent": True, "gdpr_consent_valid_to": "2028-06-30"}
    assert rows("SELECT job_id, outcome FROM applications WHERE id = ?", application_id) == [(job, "PENDING")]
    stage = rows(
        "SELECT s.name FROM applications a JOIN application_stages s ON s.id = a.current_stage_id "
        "WHERE a.id = ?",
        application_id,
    )
    assert stage == [("Neu",)]
    again = run_cli("sync", "weiss", "--json")
    assert again.code == 0
    counts = {s["stream"]: (s["created"], s["changed"]) for s in json.loads(again.out)["streams"]}
    assert counts["candidates"] == (0, 0) and counts["applications"] == (0, 0)


def test_create_application_reuses_the_jobseeker_with_that_email(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    known = next(iter(_app(sandbox).store["jobseekers"].values()))
    job = rows(
        "SELECT id FROM jobs WHERE status = 'OPEN' AND remote_id NOT IN "
        "(SELECT j.remote_id FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c "
        "ON c.id = a.candidate_id WHERE c.remote_id = ?) ORDER BY remote_id LIMIT 1",
        known["id"],
    )[0][0]
    data = applicant(job, email=known["email"].upper(), attachments=[])
    data["source"] = {"name": "Gibt es nicht"}
    result = _act(tmp_path, "create-application", data)
    assert result.code == 0, result.err
    answer = result.json()
    assert answer["remote_ids"]["jobseeker"] == known["id"]
    assert (
        "knew this e-mail already" in answer["note"] and "no source named 'Gibt es nicht'" in answer["note"]
    )
    assert len(_seekers(sandbox, known["email"])) == 1
    stored = _app(sandbox).store["jobseekers"].get(known["id"])
    assert stored is not None and stored["gdpr_consent"] == 1  # the consent given now is recorded
    assert stored["first_name"] == known["first_name"]  # the rest of RECRU's record is left alone


def test_an_unknown_tag_is_refused_before_anything_is_saved_listing_the_existing_ones(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    candidate, remote = rows("SELECT id, remote_id FROM candidates ORDER BY remote_id LIMIT 1")[0]
    _app(sandbox).stats.reset()
    result = _act(
        tmp_path, "add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "Gabelstapler"}}
    )
    assert result.code == 2
    why, which = result.json()["problems"]
    assert why["field"] == which["field"] == "tag.name"
    assert "RECRU's API cannot create tags" in why["message"]
    assert "no tag named 'Gabelstapler'" in which["message"]
    assert "Führerschein Klasse B" in which["message"] and "Rückruf vereinbart" in which["message"]
    assert _app(sandbox).stats.snapshot()["total"] == 0  # nothing reached RECRU
    assert run_cli("outbox", "list", "--json").json() == []  # nothing was saved either
    close = _act(
        tmp_path, "add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "top-kandidat"}}
    )
    assert "did you mean 'Top-Kandidat'?" in close.json()["problems"][-1]["message"]


def test_an_existing_tag_is_assigned_and_cached_and_twice_is_harmless(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    app = _app(sandbox)
    seeker = next(s for s in app.store["jobseekers"].values() if 14 not in s["tag_ids"])
    [(candidate,)] = rows("SELECT id FROM candidates WHERE remote_id = ?", seeker["id"])
    data = {"candidate_id": candidate, "tag": {"name": "Englisch fließend"}}
    for _ in range(2):
        result = _act(tmp_path, "add-tag-to-candidate", data)
        assert result.code == 0, result.err
        assert result.json()["status"] == "sent"
    stored = app.store["jobseekers"].get(seeker["id"])
    assert stored is not None and stored["tag_ids"].count(14) == 1
    tags = rows(
        "SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.candidate_id = ? AND ct.remote_deleted_at IS NULL",
        candidate,
    )
    assert ("Englisch fließend",) in tags
    assert len(tags) == len(stored["tag_ids"])


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"gdpr_consent": {"given": False, "expires_at": "2028-01-01"}}, "gdpr_consent.expires_at", "given"),
        ({"gdpr_consent": {"given": True, "expires_at": "2020-01-01"}}, "gdpr_consent.expires_at", "expired"),
        (
            {
                "candidate": {
                    "first_name": "A",
                    "last_name": "B",
                    "email_address": "a@b.de",
                    "location": {"country": "DE"},
                }
            },
            "candidate.location.country",
            "does not take",
        ),
        ({"attachments": [{"name": "cv.exe", "type": "CV", "data": PDF}]}, "attachments[0].name", "PDF"),
        ({"source": {"id": "StepStone"}}, "source.id", "number"),
    ],
    ids=["expiry-without-consent", "expired", "country", "exe", "source-id"],
)
def test_input_recru_cannot_take_is_refused_before_sending(
    synced: str, sandbox: RunningSandbox, tmp_path: Path, change: dict[str, Any], field: str, words: str
) -> None:
    _app(sandbox).stats.reset()
    result = _act(tmp_path, "create-candidate", applicant(_open_job(), **change))
    assert result.code == 2, result.err
    problems = result.json()["problems"]
    assert any(p["field"] == field and words in p["message"] for p in problems), problems
    assert _app(sandbox).stats.snapshot()["total"] == 0


def test_a_refused_create_fails_with_recrus_reason(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    closed = rows("SELECT id FROM jobs WHERE status = 'CLOSED' LIMIT 1")[0][0]
    result = _act(tmp_path, "create-candidate", applicant(closed, email="zu.spaet@web.de"))
    assert result.code == 4
    answer = result.json()
    assert answer["status"] == "failed" and "Projekt ist nicht offen" in answer["error"]


def test_a_lost_answer_is_reconciled_without_a_second_jobseeker_or_application(
    synced: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with httpx.Client(base_url=f"{sandbox.base_url}/_sandbox", timeout=10) as control:
        # The save and the apply are stored, then their answers are lost (500, then a dropped connection).
        assert control.put("/faults", json={"fail_after_accept": 2}).is_success
    result = _act(tmp_path, "create-application", applicant(_open_job(), email="verloren@web.de"))
    assert result.code == 0, result.err
    assert result.json()["status"] == "sent" and result.json()["attempts"] == 3
    [seeker] = _seekers(sandbox, "verloren@web.de")
    app = _app(sandbox)
    assert len(app.store["applications"].lookup("by_jobseeker", seeker["id"])) == 1
    assert len(app.store["files"].lookup("by_jobseeker", seeker["id"])) == 2
    assert rows("SELECT count(*) FROM candidates WHERE remote_id = ?", seeker["id"]) == [(1,)]


def test_sync_only_created_keeps_the_application_made_here(synced: str, tmp_path: Path) -> None:
    made = _act(tmp_path, "create-candidate", applicant(_open_job(), email="eigen@web.de")).json()
    assert made["status"] == "sent"
    assert run_cli("accounts", "edit", "weiss", "--sync-only-created", "on").code == 0
    assert run_cli("sync", "weiss", "--full").code == 0
    live = "WHERE remote_deleted_at IS NULL"
    assert rows(f"SELECT id FROM applications {live}") == [(made["ids"]["application_id"],)]
    assert rows(f"SELECT id FROM candidates {live}") == [(made["ids"]["candidate_id"],)]
    assert rows(f"SELECT count(*) FROM jobs {live}")[0][0] > 0
    assert rows(f"SELECT count(*) FROM tags {live}")[0][0] > 0
