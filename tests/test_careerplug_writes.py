"""CareerPlug writes as a user runs them (issue 4 §3): ``act create-candidate`` / ``create-application``
through ``POST /apps`` — one CV, required and alone; the job's screening questions answered; the new app
found by job and e-mail and in the cache at once; a lost answer reconciled without a duplicate."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, run_cli, start_sandbox, sync_account
from tests.test_smartrecruiters_writes import rows

PDF = base64.b64encode(b"%PDF-1.4\n% Grace's CV\n").decode()


@pytest.fixture()
def cp_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("careerplug", size="tiny")
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def synced(app_home: Path, cp_sandbox: RunningSandbox) -> str:
    return sync_account(add_account("careerplug", "plug", cp_sandbox, share=100))


def _sandbox_apps(sandbox: RunningSandbox) -> list[dict[str, Any]]:
    with httpx.Client(base_url=f"{sandbox.base_url}/_sandbox", timeout=10) as control:
        return list(control.get("/records/apps", params={"limit": 100_000}).json()["records"])


def _job_with_questions() -> tuple[str, list[dict[str, Any]]]:
    """An open job and its questions (id, format type, required, precondition) from the cache."""
    found = rows(
        "SELECT j.id FROM jobs j WHERE j.status = 'OPEN' AND EXISTS (SELECT 1 FROM job_screening_questions q "
        "WHERE q.job_id = j.id AND q.precondition_question_id IS NOT NULL) ORDER BY j.remote_id LIMIT 1"
    )
    job = str(found[0][0])
    questions = [
        {"id": qid, "type": json.loads(fmt)["type"], "format": json.loads(fmt), "required": bool(req),
         "pre": pre, "pre_options": json.loads(opts) if opts else None}
        for qid, fmt, req, pre, opts in rows(
            "SELECT s.id, s.format, j.required, j.precondition_question_id, j.precondition_options "
            "FROM job_screening_questions j JOIN screening_questions s ON s.id = j.question_id "
            "WHERE j.job_id = ? ORDER BY j.\"index\"",
            job,
        )
    ]
    return job, questions


def _answer(question: dict[str, Any]) -> Any:
    kind = question["type"]
    if kind == "BOOLEAN":
        return True
    if kind == "SINGLE_SELECT":
        return question["format"]["options"][0]["id"]
    if kind == "MULTI_SELECT":
        return [question["format"]["options"][0]["id"]]
    if kind == "NUMBER":
        return 3
    if kind == "DATE":
        return "2026-12-01"
    return "Weekends too."


def _answers(questions: list[dict[str, Any]], *, skip_required: bool = False) -> list[dict[str, Any]]:
    """Answers to every question that applies (preconditions: a BOOLEAN parent answered True)."""
    given: dict[str, Any] = {}
    for q in questions:
        if q["pre"] and not (q["pre"] in given and given[q["pre"]] in (q["pre_options"] or [])):
            continue
        if skip_required and q["required"]:
            continue
        given[q["id"]] = _answer(q)
    return [{"question_id": qid, "answer": value} for qid, value in given.items()]


def applicant(job: str, email: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "candidate": {
            "first_name": "Grace",
            "last_name": "Hopper",
            "email_address": email,
            "phone_number": "+1 512 555 0100",
            "title": "Rear Admiral",
            "company": "US Navy",
            "location": {"city": "Austin", "state": "TX", "zip_code": "78701", "country": "US"},
        },
        "application": {"job_id": job},
        "screening_question_answers": _answers(questions),
        "attachments": [
            {"name": "grace-cv.pdf", "type": "CV", "content_type": "application/pdf", "data": PDF}
        ],
        "source": {"id": "15"},  # the sandbox's "Employee Referral"
    }


def _act(tmp_path: Path, action: str, data: dict[str, Any]) -> Any:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data))
    return run_cli("act", action, "--account", "plug", "--input", str(path))


@pytest.mark.parametrize(
    ("attachments", "field", "words"),
    [
        ([], "attachments", "needs a CV"),
        (
            [{"name": "a.pdf", "type": "CV", "data": PDF}, {"name": "b.pdf", "type": "CV", "data": PDF}],
            "attachments",
            "at most 1",
        ),
        ([{"name": "letter.pdf", "type": "COVER_LETTER", "data": PDF}], "attachments[0].type", "only CV"),
    ],
    ids=["no-cv", "two-files", "not-a-cv"],
)
def test_anything_but_exactly_one_cv_is_refused_before_sending(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path, attachments: list[Any], field: str, words: str
) -> None:
    job, questions = _job_with_questions()
    data = applicant(job, "refused@example.org", questions)
    data["attachments"] = attachments
    before = len(_sandbox_apps(cp_sandbox))

    result = _act(tmp_path, "create-candidate", data)

    assert result.code == 2, result.err
    problems = result.json()["problems"]
    assert any(p["field"] == field and words in p["message"] for p in problems), problems
    assert len(_sandbox_apps(cp_sandbox)) == before


def test_a_required_screening_question_left_out_is_refused_naming_it(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, questions = _job_with_questions()
    data = applicant(job, "quiet@example.org", questions)
    data["screening_question_answers"] = _answers(questions, skip_required=True)
    before = len(_sandbox_apps(cp_sandbox))

    result = _act(tmp_path, "create-application", data)

    assert result.code == 2, result.err
    problems = result.json()["problems"]
    assert problems and all(p["field"] == "screening_question_answers" for p in problems)
    assert "requires an answer" in problems[0]["message"]
    assert len(_sandbox_apps(cp_sandbox)) == before


def test_a_wrong_option_is_refused_before_sending(synced: str, tmp_path: Path) -> None:
    job, questions = _job_with_questions()
    data = applicant(job, "wrong@example.org", questions)
    answers = data["screening_question_answers"]
    select = next(i for i, a in enumerate(answers) if isinstance(a["answer"], list))
    data["screening_question_answers"][select]["answer"] = ["no-such-option"]

    result = _act(tmp_path, "create-candidate", data)

    assert result.code == 2
    assert result.json()["problems"][0]["field"] == f"screening_question_answers[{select}].answer"


def test_one_cv_is_sent_found_by_job_and_email_and_in_the_cache_at_once(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, questions = _job_with_questions()

    result = _act(tmp_path, "create-candidate", applicant(job, "Grace@Example.org", questions))

    assert result.code == 0, result.err
    answer = result.json()
    assert answer["status"] == "sent", answer
    [app] = [a for a in _sandbox_apps(cp_sandbox) if a["app"]["email"] == "Grace@Example.org"]
    assert answer["remote_ids"]["app"] == str(app["id"])
    assert app["source_name"] == "Employee Referral"  # the source id was taken
    # In the cache before any sync: the application, its candidate (keyed by e-mail) and its job.
    application, candidate = answer["ids"]["application_id"], answer["ids"]["candidate_id"]
    stored = rows("SELECT job_id, candidate_id FROM applications WHERE id = ?", application)
    assert stored == [(job, candidate)]
    assert rows("SELECT remote_id FROM candidates WHERE id = ?", candidate) == [
        ("grace@example.org",)
    ]
    assert run_cli("sync", "plug").code == 0
    assert rows("SELECT count(*) FROM applications WHERE candidate_id = ?", candidate) == [(1,)]


def test_a_lost_answer_is_reconciled_without_a_second_app(
    synced: str, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, questions = _job_with_questions()
    with httpx.Client(base_url=f"{cp_sandbox.base_url}/_sandbox", timeout=10) as control:
        assert control.put("/faults", json={"fail_after_accept": 1}).status_code == 200

    first = _act(tmp_path, "create-application", applicant(job, "lost@example.org", questions))
    # The 201 was lost (500 or a dropped connection after the app was stored): the second attempt
    # finds the app by job and e-mail instead of posting it again.
    assert first.code == 0, first.err
    assert first.json()["status"] == "sent" and first.json()["attempts"] == 2, first.out

    apps = [a for a in _sandbox_apps(cp_sandbox) if a["app"]["email"] == "lost@example.org"]
    assert len(apps) == 1
    assert rows("SELECT remote_id FROM applications WHERE remote_id = ?", str(apps[0]["id"])) == [
        (str(apps[0]["id"]),)
    ]


def test_sync_only_created_keeps_the_app_made_here_and_its_candidate(synced: str, tmp_path: Path) -> None:
    job, questions = _job_with_questions()
    made = _act(tmp_path, "create-candidate", applicant(job, "own@example.org", questions)).json()
    assert made["status"] == "sent"

    assert run_cli("accounts", "edit", "plug", "--sync-only-created", "on").code == 0
    assert run_cli("sync", "plug", "--full").code == 0

    live = "WHERE remote_deleted_at IS NULL"
    assert rows(f"SELECT id FROM applications {live}") == [(made["ids"]["application_id"],)]
    assert rows(f"SELECT id FROM candidates {live}") == [(made["ids"]["candidate_id"],)]
    assert rows("SELECT count(*) FROM jobs WHERE remote_deleted_at IS NULL")[0][0] > 0
