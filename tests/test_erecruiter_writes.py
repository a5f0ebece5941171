"""eRecruiter writes as a user runs them (issue 6 §2): every action through ``act`` against the sandbox and
in the cache afterwards; screening answers checked against the job's questions before anything is sent;
the attachment to an application falls back to its candidate and says so; lost answers reconciled."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import run_cli, sandbox_control, sandbox_records, sync_lifted
from tests.test_erecruiter_sync import er_account, er_sandbox, synced
from tests.test_smartrecruiters_writes import rows

__all__ = ["er_account", "er_sandbox", "synced"]  # fixtures used here

PDF = base64.b64encode("%PDF-1.4\n% CV Zofii Dąbrowskiej\n".encode()).decode()
LETTER = base64.b64encode("List motywacyjny – Zofia Dąbrowska".encode()).decode()


def _job(questionnaire: str = "Kwestionariusz IT") -> tuple[str, dict[str, dict[str, Any]]]:
    """An open job with that questionnaire and its questions by remote id (id, format, required, pre)."""
    job = rows(
        "SELECT id FROM jobs WHERE status = 'OPEN' AND json_extract(remote_data, "
        "'$.\"/Api/Questionnaire/ByJob/{jobId}\".Name') = ? ORDER BY remote_id LIMIT 1",
        questionnaire,
    )[0][0]
    questions = {
        remote: {"id": qid, "format": json.loads(fmt), "required": bool(req)}
        for qid, remote, fmt, req in rows(
            "SELECT s.id, s.remote_id, s.format, j.required FROM job_screening_questions j "
            'JOIN screening_questions s ON s.id = j.question_id WHERE j.job_id = ? ORDER BY j."index"',
            job,
        )
    }
    return str(job), questions


def _it_answers(q: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"question_id": q["cf:technologie"]["id"], "answer": ["Python", "SQL"]},
        {"question_id": q["cf:jezyk_angielski"]["id"], "answer": "C1"},
        {"question_id": q["cf:tryb_pracy"]["id"], "answer": "Do ustalenia"},
        {"question_id": q["cf:uwagi_tryb_pracy"]["id"], "answer": "Dwa dni w biurze we Wrocławiu."},
        {"question_id": q["std:BeginDate"]["id"], "answer": "2027-01-04"},
    ]


def applicant(job: str, email: str, answers: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "candidate": {
            "first_name": "Zofia",
            "last_name": "Dąbrowska",
            "email_address": email,
            "phone_number": "+48 601 234 567",
            "location": {"city": "Wrocław", "country": "PL"},
            "gender": "FEMALE",
            "availability_date": "2027-01-04",
            "salary_expectations": {"period": "MONTH", "amount": 14999.6},
        },
        "application": {"job_id": job},
        "screening_question_answers": answers,
        "attachments": [
            {"name": "CV_Zofia.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF},
            {"name": "List_motywacyjny.txt", "type": "COVER_LETTER", "data": LETTER},
        ],
        "source": {"name": "LinkedIn"},
        "gdpr_consent": {"given": True},
    }


def act(tmp_path: Path, action: str, data: dict[str, Any]) -> Any:
    path = tmp_path / f"{action}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run_cli("act", action, "--account", "bursztyn", "--input", str(path))


def _requests(sandbox: RunningSandbox) -> int:
    with sandbox_control(sandbox) as c:
        return int(c.get("/requests").json()["total"])


def test_create_application_writes_everything_and_is_in_the_cache_at_once(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, q = _job()
    result = act(tmp_path, "create-application", applicant(job, "zofia.dabrowska@example.pl", _it_answers(q)))

    assert result.code == 0, result.err
    answer = result.json()
    assert answer["status"] == "sent" and answer["fallback"] is None
    applicants_all = sandbox_records(er_sandbox, "applicants")
    [remote] = [a for a in applicants_all if a["Email"] == "zofia.dabrowska@example.pl"]
    assert (remote["LastName"], remote["Gender"], remote["MobilePhone"]) == (
        "Dąbrowska",
        "Female",
        "+48 601 234 567",
    )
    assert (remote["City"], remote["Country"], remote["Referrer"]) == ("Wrocław", "Polska", "LinkedIn")
    assert (remote["Salary"], remote["SalaryPeriod"], remote["SalaryCurrency"]) == (15000, "Monthly", "PLN")
    assert remote["EarliestPossibleBeginDate"] == {
        "Year": 2027,
        "Month": 1,
        "Day": 4,
        "IsRelativeDate": False,
    }
    assert remote["PolicyAcceptedAt"] is not None  # GDPR consent
    assert remote["_cf"] == {
        "technologie": ["Python", "SQL"],
        "jezyk_angielski": "C1",
        "tryb_pracy": "Do ustalenia",
        "uwagi_tryb_pracy": "Dwa dni w biurze we Wrocławiu.",
    }
    assert remote["_cv"]["FileExtension"] == ".pdf"
    documents = [d for d in sandbox_records(er_sandbox, "documents") if d["_applicant"] == remote["id"]]
    assert [(d["Name"], d["Type"], d["FileExtension"]) for d in documents] == [
        ("List_motywacyjny", "List motywacyjny", ".txt")
    ]
    applications_all = sandbox_records(er_sandbox, "applications")
    [application] = [a for a in applications_all if a["ApplicantId"] == remote["Id"]]
    assert str(application["JobId"]) == rows("SELECT remote_id FROM jobs WHERE id = ?", job)[0][0]
    assert application["Referrer"] == "LinkedIn"
    assert answer["remote_ids"]["application"] == application["id"]

    # In the cache before any sync, as the sync would store it.
    candidate_id, application_id = answer["ids"]["candidate_id"], answer["ids"]["application_id"]
    assert rows("SELECT job_id, candidate_id, outcome FROM applications WHERE id = ?", application_id) == [
        (job, candidate_id, "PENDING")
    ]
    [(source, custom)] = rows("SELECT source, custom_fields FROM candidates WHERE id = ?", candidate_id)
    assert source == "LinkedIn" and json.loads(custom)["jezyk_angielski"] == "C1"
    before = rows("SELECT changed_at FROM candidates WHERE id = ?", candidate_id)
    assert sync_lifted("bursztyn").ok
    assert rows("SELECT changed_at FROM candidates WHERE id = ?", candidate_id) == before


def test_screening_answers_are_checked_before_anything_is_sent(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, q = _job()
    cases = {
        # the required "technologie" left out
        "required": (
            [a for a in _it_answers(q) if a["question_id"] != q["cf:technologie"]["id"]],
            "screening_question_answers",
            "requires an answer to 'Technologie",
        ),
        # the precondition ("Do ustalenia") not met, yet its follow-up answered
        "precondition": (
            [
                *[a for a in _it_answers(q) if a["question_id"] != q["cf:tryb_pracy"]["id"]],
                {"question_id": q["cf:tryb_pracy"]["id"], "answer": "Zdalnie"},
            ],
            "screening_question_answers[2].question_id",
            "only applies after another answer",
        ),
        # an option the dropdown does not have
        "option": (
            [
                *_it_answers(q)[:1],
                {"question_id": q["cf:jezyk_angielski"]["id"], "answer": "D1"},
                *_it_answers(q)[2:],
            ],
            "screening_question_answers[1].answer",
            "must be one of",
        ),
        # the salary question says something else than the candidate's own salary expectation
        "conflict": (
            [*_it_answers(q), {"question_id": q["std:Salary"]["id"], "answer": 9000}],
            "screening_question_answers[5].answer",
            "same eRecruiter field",
        ),
    }
    sent = _requests(er_sandbox)
    for name, (answers, field, words) in cases.items():
        result = act(tmp_path, "create-application", applicant(job, f"{name}@example.pl", answers))
        assert result.code == 2, (name, result.err)
        problems = result.json()["problems"]
        assert any(p["field"] == field and words in p["message"] for p in problems), (name, problems)
    assert _requests(er_sandbox) == sent  # nothing reached eRecruiter
    assert rows("SELECT count(*) FROM outbox") == [(0,)]


def test_a_closed_job_and_two_cvs_are_refused_up_front(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    # A recruiter closes a job: no channel lists it any more, the next sync reads it by id (V).
    [(remote,)] = rows("SELECT remote_id FROM jobs WHERE status = 'OPEN' ORDER BY remote_id DESC LIMIT 1")
    with sandbox_control(er_sandbox) as control:
        assert control.patch(f"/records/jobs/{remote}", json={"Status": "Cancelled"}).status_code == 200
    assert sync_lifted(synced).ok
    closed = rows("SELECT id FROM jobs WHERE status != 'OPEN' ORDER BY remote_id LIMIT 1")[0][0]
    result = act(tmp_path, "create-candidate", applicant(str(closed), "closed@example.pl", []))
    assert result.code == 2
    fields = {p["field"]: p["message"] for p in result.json()["problems"]}
    assert "only while open" in fields["application.job_id"]
    job, q = _job()
    data = applicant(job, "two.cvs@example.pl", _it_answers(q))
    data["attachments"].append({"name": "CV2.pdf", "type": "CV", "data": PDF})
    result = act(tmp_path, "create-candidate", data)
    assert result.code == 2
    [problem] = result.json()["problems"]
    assert problem["field"] == "attachments[2].type" and "one CV per applicant" in problem["message"]


def test_tags_are_added_and_removed_and_the_cache_follows(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    candidate, remote = rows("SELECT id, remote_id FROM candidates ORDER BY remote_id LIMIT 1")[0]
    added = act(
        tmp_path, "add-tag-to-candidate", {"candidate_id": candidate, "tag": {"name": "Talent pool Kraków"}}
    )
    assert added.code == 0, added.err
    assert (
        "Talent pool Kraków"
        in next(a for a in sandbox_records(er_sandbox, "applicants") if a["id"] == remote)["Tags"]
    )
    tagged = (
        "SELECT t.name FROM candidate_tags c JOIN tags t ON t.id = c.tag_id WHERE c.candidate_id = ? "
        "AND c.remote_deleted_at IS NULL"
    )
    assert ("Talent pool Kraków",) in rows(tagged, candidate)
    removed = act(
        tmp_path,
        "remove-tag-from-candidate",
        {"candidate_id": candidate, "tag": {"name": "talent pool kraków"}},
    )
    assert removed.code == 0, removed.err
    assert (
        "Talent pool Kraków"
        not in next(a for a in sandbox_records(er_sandbox, "applicants") if a["id"] == remote)["Tags"]
    )
    assert ("Talent pool Kraków",) not in rows(tagged, candidate)


def test_attachments_go_to_the_candidate_and_the_application_variant_says_so(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    application, candidate, remote = rows(
        "SELECT a.id, a.candidate_id, c.remote_id FROM applications a "
        "JOIN candidates c ON c.id = a.candidate_id ORDER BY a.remote_id LIMIT 1"
    )[0]
    file = {"name": "Certyfikat_ISTQB.pdf", "type": "OTHER", "data": PDF}
    result = act(
        tmp_path, "add-attachment-to-application", {"application_id": application, "attachment": file}
    )
    assert result.code == 0, result.err
    answer = result.json()
    assert answer["fallback"] and "added to the candidate" in answer["fallback"]
    assert answer["ids"]["candidate_id"] == candidate
    mine = [d for d in sandbox_records(er_sandbox, "documents") if d["_applicant"] == remote]
    assert ("Certyfikat_ISTQB", "Inne") in {(d["Name"], d["Type"]) for d in mine}

    letter = {"name": "List.pdf", "type": "COVER_LETTER", "data": PDF}
    direct = act(tmp_path, "add-attachment-to-candidate", {"candidate_id": candidate, "attachment": letter})
    assert direct.code == 0, direct.err and direct.json()["fallback"] is None
    [(data,)] = rows("SELECT remote_data FROM candidates WHERE id = ?", candidate)
    documents = json.loads(data)["/Api/Applicant/Documents/{applicantId}"]
    assert {("Certyfikat_ISTQB", "Inne"), ("List", "List motywacyjny")} <= {
        (d["Name"], d["Type"]) for d in documents
    }


def test_result_links_land_in_the_applicants_history(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    application, candidate, remote, job = rows(
        "SELECT a.id, a.candidate_id, c.remote_id, j.remote_id FROM applications a "
        "JOIN candidates c ON c.id = a.candidate_id JOIN jobs j ON j.id = a.job_id "
        "ORDER BY a.remote_id LIMIT 1"
    )[0]
    link = {
        "label": "Wynik testu Codility",
        "url": "https://app.codility.com/wyniki/abc123",
        "details": {"attributes": [{"key": "wynik", "value": "87%"}]},
    }
    on_application = act(tmp_path, "add-result-link-to-application", {"application_id": application, **link})
    assert on_application.code == 0, on_application.err
    on_candidate = act(
        tmp_path,
        "add-result-link-to-candidate",
        {"candidate_id": candidate, "label": "Profil GitHub", "url": "https://github.com/zofia"},
    )
    assert on_candidate.code == 0, on_candidate.err
    history = {h["Subject"]: h for h in sandbox_records(er_sandbox, "history") if h["_applicant"] == remote}
    assert history["Wynik testu Codility"]["Body"] == "https://app.codility.com/wyniki/abc123\nwynik: 87%"
    assert str(history["Wynik testu Codility"]["JobId"]) == job
    assert history["Profil GitHub"]["JobId"] is None


def test_a_lost_answer_is_reconciled_without_a_second_applicant(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, q = _job()
    with sandbox_control(er_sandbox) as c:
        # The applicant is created, then the connection drops before the answer arrives.
        c.put("/faults", json={"fail_after_accept": 1, "fail_after_accept_mode": "drop"})
    first = act(tmp_path, "create-application", applicant(job, "lost@example.pl", _it_answers(q)))
    assert first.code == 0, first.err
    # The outbox saw the lost answer, reconciled (found the applicant by e-mail and creation time) and
    # sent only the rest.
    assert first.json()["state"] == "sent" and first.json()["attempts"] >= 2
    with sandbox_control(er_sandbox) as c:
        assert c.get("/faults").json()["fail_after_accept"] == 0
    found = [a for a in sandbox_records(er_sandbox, "applicants") if a["Email"] == "lost@example.pl"]
    assert len(found) == 1
    applications_all = sandbox_records(er_sandbox, "applications")
    applications = [a for a in applications_all if a["ApplicantId"] == found[0]["Id"]]
    assert len(applications) == 1
    assert rows("SELECT count(*) FROM candidates WHERE remote_id = ?", found[0]["id"]) == [(1,)]


def test_sync_only_created_applications_keeps_what_the_app_made(
    synced: str, er_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, q = _job()
    made = act(tmp_path, "create-application", applicant(job, "tylko.moje@example.pl", _it_answers(q)))
    assert made.code == 0, made.err
    assert run_cli("accounts", "edit", "bursztyn", "--sync-only-created", "on").code == 0
    assert sync_lifted("bursztyn", full=True).ok
    live = rows("SELECT id FROM applications WHERE remote_deleted_at IS NULL")
    assert live == [(made.json()["ids"]["application_id"],)]
    assert rows("SELECT count(*) FROM candidates WHERE remote_deleted_at IS NULL") == [(1,)]
    assert rows("SELECT count(*) FROM jobs WHERE remote_deleted_at IS NULL")[0][0] > 1
