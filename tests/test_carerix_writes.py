"""Carerix writes as a user runs them (issue 5): every action through ``act`` against the sandbox over
loopback HTTP, each visible in the cache at once; the attachment fallback reported; bad input refused
before anything is sent, naming the field; a lost answer reconciled without a duplicate; "sync only
created applications" keeping just what the app made."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import (
    CliResult,
    add_account,
    run_cli,
    sandbox_control,
    sandbox_records,
    start_sandbox,
    sync_account,
)
from tests.test_smartrecruiters_writes import rows

PDF = base64.b64encode(b"%PDF-1.4\n% Daan's CV\n").decode()


@pytest.fixture()
def cx_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("carerix", size="tiny")
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def synced(app_home: Path, cx_sandbox: RunningSandbox) -> str:
    # Writes, not downloads: no attachment files.
    return sync_account(add_account("carerix", "cx", cx_sandbox, files=False, share=100))


def _act(tmp_path: Path, action: str, data: dict[str, Any]) -> CliResult:
    path = tmp_path / f"{action}.json"
    path.write_text(json.dumps(data))
    return run_cli("act", action, "--account", "cx", "--input", str(path))


def _open_job() -> str:
    return str(rows("SELECT id FROM jobs WHERE status = 'OPEN' ORDER BY remote_id LIMIT 1")[0][0])


def _pending_application() -> tuple[str, str, str]:
    """(application id, its remote id, its candidate id) of a pending application."""
    found = rows(
        "SELECT id, remote_id, candidate_id FROM applications WHERE outcome = 'PENDING' "
        "ORDER BY remote_id LIMIT 1"
    )
    return found[0][0], found[0][1], found[0][2]


def _stage(name: str) -> str:
    return str(rows("SELECT id FROM application_stages WHERE name = ?", name)[0][0])


def _remote(table: str, unified_id: str) -> dict[str, Any]:
    [(raw,)] = rows(f"SELECT remote_data FROM {table} WHERE id = ?", unified_id)
    data: dict[str, Any] = json.loads(raw)
    return data


def daan(job: str, email: str = "daan.vandenberg@example.nl") -> dict[str, Any]:
    return {
        "candidate": {
            "first_name": "Daan",
            "last_name": "van den Berg",
            "email_address": email,
            "title": "Orderpicker",
            "phone_number": "+31 6 12345678",
            "location": {"city": "Breda", "country": "NL"},
            "availability_date": "2026-12-01",
            "salary_expectations": {"period": "MONTH", "amount": 2800},
            "social_links": [{"url": "https://www.linkedin.com/in/daanvandenberg"}],
        },
        "application": {"job_id": job},
        "attachments": [
            {"name": "cv-daan.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF}
        ],
        "source": {"name": "linkedin"},
    }


def test_create_application_writes_every_field_and_shows_in_the_cache_at_once(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job = _open_job()
    result = _act(tmp_path, "create-application", daan(job))
    assert result.code == 0, result.err
    answer = result.json()
    assert answer["status"] == "sent" and answer["fallback"] is None and answer["note"] is None, answer
    employee_id, match_id = answer["remote_ids"]["candidate"], answer["remote_ids"]["match"]
    # At Carerix: the flat person fields, the Dutch name prefix apart, the source from the list, the CV.
    [employee] = sandbox_records(cx_sandbox, "CREmployee", id=employee_id)
    assert (employee["firstName"], employee["lastNamePrefix"], employee["lastName"]) == (
        "Daan",
        "van den",
        "Berg",
    )
    assert employee["mobileNumber"] == "+31 6 12345678" and employee["city"] == "Breda"
    assert employee["minSalary"] == 2800.0 and employee["availableDate"]
    sources = {n["id"]: n["value"] for n in sandbox_records(cx_sandbox, "CRDataNode")}
    assert sources[employee["toSourceNode"]] == "LinkedIn"
    [person] = sandbox_records(cx_sandbox, "CRUser", id=employee["toUser"])
    assert person["jobTitle"] == "Orderpicker" and len(person["urls"]) == 1
    [attachment] = sandbox_records(cx_sandbox, "CRAttachment", id=employee["attachments"][0])
    assert attachment["filePath"] == "cv-daan.pdf" and sources[attachment["toTypeNode"]] == "CV"
    [match] = sandbox_records(cx_sandbox, "CRMatch", id=match_id)
    assert match["toEmployee"] == employee_id and sources[match["toSourceNode"]] == "LinkedIn"
    # In the cache before any sync, as the sync maps it.
    candidate = answer["ids"]["candidate_id"]
    [(title, source, links, location)] = rows(
        "SELECT title, source, social_media, location FROM candidates WHERE id = ?", candidate
    )
    assert (title, source) == ("Orderpicker", "LinkedIn")
    assert json.loads(links)[0]["type"] == "LINKEDIN" and json.loads(location)["city"] == "Breda"
    assert rows(
        "SELECT job_id, candidate_id FROM applications WHERE id = ?", answer["ids"]["application_id"]
    ) == [(job, candidate)]
    assert _remote("candidates", candidate)["/CREmployee"]["attachments"][0]["filePath"] == "cv-daan.pdf"
    # The next sync agrees: nothing new.
    assert run_cli("sync", "cx").code == 0
    assert rows("SELECT count(*) FROM candidates WHERE remote_id = ?", employee_id) == [(1,)]


def test_an_unknown_source_is_written_as_free_text_and_said(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    data = {
        "candidate": {"first_name": "Sanne", "last_name": "de Vries", "email_address": "sanne@example.nl"},
        "application": {"job_id": _open_job()},
        "source": {"name": "Banenbeurs Utrecht"},
    }
    answer = _act(tmp_path, "create-candidate", data).json()
    assert answer["status"] == "sent" and "Banenbeurs Utrecht" in answer["note"]
    [employee] = sandbox_records(cx_sandbox, "CREmployee", id=answer["remote_ids"]["candidate"])
    assert employee["sourceInfo"] == "Banenbeurs Utrecht" and not employee.get("toSourceNode")
    assert rows("SELECT source FROM candidates WHERE id = ?", answer["ids"]["candidate_id"]) == [
        ("Banenbeurs Utrecht",)
    ]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d["candidate"].update(email_address="daan@"), "candidate.email_address", "e-mail"),
        (lambda d: d["candidate"].update(company="Oranje Logistiek"), "candidate.company", "Carerix"),
        (
            lambda d: d["candidate"]["salary_expectations"].update(amount=-5),
            "candidate.salary_expectations.amount",
            "more than 0",
        ),
        (lambda d: d.update(source={"id": "LinkedIn"}), "source.id", "number"),
        (lambda d: d["attachments"][0].update(data="not base64!"), "attachments[0].data", "base64"),
        (lambda d: d["application"].pop("job_id"), "application.job_id", "required"),
    ],
    ids=["email", "unsupported-field", "salary", "source-id", "file", "no-job"],
)
def test_bad_input_is_refused_before_sending_naming_the_field(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path, change: Any, field: str, words: str
) -> None:
    data = daan(_open_job())
    change(data)
    before = len(sandbox_records(cx_sandbox, "CREmployee"))
    result = _act(tmp_path, "create-candidate", data)
    assert result.code == 2, result.out
    problems = result.json()["problems"]
    assert any(p["field"] == field and words in p["message"] for p in problems), problems
    assert len(sandbox_records(cx_sandbox, "CREmployee")) == before


def test_files_go_to_the_match_or_fall_back_to_the_candidate_and_say_so(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    application, match_id, candidate = _pending_application()
    data = {
        "application_id": application,
        "attachment": {"name": "brief.pdf", "type": "COVER_LETTER", "data": PDF},
    }
    on_match = _act(tmp_path, "add-attachment-to-application", data).json()
    assert on_match["status"] == "sent" and on_match["fallback"] is None
    assert on_match["remote_ids"]["attached_to"] == "application"
    files = _remote("applications", application)["/CRMatch"]["attachments"]
    assert [f["filePath"] for f in files] == ["brief.pdf"] and files[0]["toTypeNode"][
        "value"
    ] == "Motivatiebrief"

    for mode in ("reject", "ignore"):  # Carerix refuses the file on the match, or drops it silently
        with sandbox_control(cx_sandbox) as control:
            assert control.patch("/settings", json={"match_attachments": mode}).status_code == 200
        name = f"referentie-{mode}.pdf"
        data["attachment"] = {"name": name, "type": "OTHER", "data": PDF}
        answer = _act(tmp_path, "add-attachment-to-application", data).json()
        assert answer["status"] == "sent", answer
        assert answer["remote_ids"]["attached_to"] == "candidate"
        assert "added to the match's candidate" in answer["fallback"]
        on_candidate = _remote("candidates", candidate)["/CREmployee"]["attachments"]
        assert name in [f["filePath"] for f in on_candidate]
        assert [f["filePath"] for f in _remote("applications", application)["/CRMatch"]["attachments"]] == [
            "brief.pdf"
        ]

    direct = _act(
        tmp_path,
        "add-attachment-to-candidate",
        {"candidate_id": candidate, "attachment": {"name": "diploma.pdf", "type": "OTHER", "data": PDF}},
    )
    assert direct.json()["status"] == "sent" and direct.json()["fallback"] is None
    assert "diploma.pdf" in [
        f["filePath"] for f in _remote("candidates", candidate)["/CREmployee"]["attachments"]
    ]


def test_move_note_and_result_link_land_on_the_match_and_in_the_cache(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    application, match_id, _candidate = _pending_application()
    [(current,)] = rows("SELECT current_stage_id FROM applications WHERE id = ?", application)
    target = "Aanbod" if current == _stage("Gesprek klant") else "Gesprek klant"
    moved = _act(
        tmp_path, "move-application-to-stage", {"application_id": application, "stage_id": _stage(target)}
    )
    assert moved.json()["status"] == "sent", moved.out
    assert rows("SELECT current_stage_id FROM applications WHERE id = ?", application) == [(_stage(target),)]
    [match] = sandbox_records(cx_sandbox, "CRMatch", id=match_id)
    assert match["statusInfoModificationDate"] == match["modificationDate"]  # the move stamped both

    inactive = _act(
        tmp_path,
        "move-application-to-stage",
        {"application_id": application, "stage_id": _stage("Telefonisch gesprek (oud)")},
    )
    assert inactive.code == 4 and "is not active" in inactive.err  # Carerix's own words

    note = _act(
        tmp_path,
        "add-note-to-application",
        {"application_id": application, "content": "Kandidaat is beschikbaar per 1 december."},
    )
    assert note.json()["status"] == "sent", note.out
    notes = _remote("applications", application)["/CRMatch"]["notes"]
    assert "Recruiter Companion" in notes and notes.endswith("Kandidaat is beschikbaar per 1 december.")

    link = {
        "application_id": application,
        "label": "Result",
        "url": "https://assess.example.com/r/abc",
        "details": {
            "custom_field_name_prefix": "Recruiter Companion: ",
            "attributes": [{"key": "Score", "value": "82"}, {"key": "Niveau", "value": "B2"}],
        },
    }
    answer = _act(tmp_path, "add-result-link-to-application", link).json()
    assert answer["status"] == "sent", answer
    assert "'Recruiter Companion: Niveau'" in answer["fallback"]  # no such field: it went to the notes
    nodes = {n["value"]: n["id"] for n in sandbox_records(cx_sandbox, "CRDataNode")}
    extra = _remote("applications", application)["/CRMatch"]["additionalInfo"]
    assert extra[f"_{nodes['Recruiter Companion: Result']}"] == "https://assess.example.com/r/abc"
    assert extra[f"_{nodes['Recruiter Companion: Score']}"] == "82"
    assert "Recruiter Companion: Niveau: B2" in _remote("applications", application)["/CRMatch"]["notes"]


def test_a_lost_answer_is_reconciled_without_a_second_candidate(
    synced: str, cx_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with sandbox_control(cx_sandbox) as control:
        # Every write of the create is applied, then its answer is lost: the candidate, the job title and
        # link on the person record, the CV, the match.
        faults = {"fail_after_accept": 4, "fail_after_accept_mode": "mixed"}
        assert control.put("/faults", json=faults).status_code == 200
    first = _act(tmp_path, "create-application", daan(_open_job(), "lost@example.nl"))
    assert first.code == 0, first.err
    assert first.json()["status"] in ("sent", "queued")  # queued: waiting to be reconciled
    for _ in range(6):  # each flush reconciles what the lost answer left open, then goes on
        if run_cli("outbox", "list", "--pending", "--account", "cx").out.startswith("Nothing is waiting"):
            break
        run_cli("outbox", "flush", "--account", "cx")
    assert run_cli("outbox", "list", "--pending", "--account", "cx").out.startswith("Nothing is waiting")
    [entry] = json.loads(run_cli("outbox", "list", "--json", "--account", "cx").out)
    assert entry["state"] == "sent" and entry["attempts"] == 5  # four lost answers, then done
    with sandbox_control(cx_sandbox) as control:
        assert control.get("/faults").json()["fail_after_accept"] == 0  # all four fired
    cremployee_all = sandbox_records(cx_sandbox, "CREmployee")
    employees = [e for e in cremployee_all if e["emailAddress"] == "lost@example.nl"]
    assert len(employees) == 1
    assert len(employees[0]["attachments"]) == 1
    [person] = sandbox_records(cx_sandbox, "CRUser", id=employees[0]["toUser"])
    assert len(person["urls"]) == 1 and person["jobTitle"] == "Orderpicker"
    crmatch_all = sandbox_records(cx_sandbox, "CRMatch")
    assert len([m for m in crmatch_all if m["toEmployee"] == employees[0]["id"]]) == 1
    assert rows("SELECT count(*) FROM candidates WHERE remote_id = ?", employees[0]["id"]) == [(1,)]


def test_sync_only_created_keeps_the_match_made_here_and_its_candidate(synced: str, tmp_path: Path) -> None:
    made = _act(tmp_path, "create-application", daan(_open_job(), "own@example.nl")).json()
    assert made["status"] == "sent"
    assert run_cli("accounts", "edit", "cx", "--sync-only-created", "on").code == 0
    assert run_cli("sync", "cx", "--full").code == 0
    live = "WHERE remote_deleted_at IS NULL"
    assert rows(f"SELECT id FROM applications {live}") == [(made["ids"]["application_id"],)]
    assert rows(f"SELECT id FROM candidates {live}") == [(made["ids"]["candidate_id"],)]
    assert rows(f"SELECT count(*) FROM jobs {live}")[0][0] > 0
    assert rows(f"SELECT count(*) FROM application_stages {live}")[0][0] == 9
