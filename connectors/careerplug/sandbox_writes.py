"""The CareerPlug sandbox's one write (VENDOR.md "Write"): ``POST /apps``, an applicant applying to a
job, with its prescreen answers checked against the job's questions."""

from __future__ import annotations

import re
from typing import Any, TypeGuard, TypeVar

from connectors.careerplug.sandbox_records import CareerPlugRecords
from connectors.sandbox.wire import HttpError, Request, Response, base64_bytes, json_response

OPEN_JOB_STATUSES = frozenset({"active", "passive"})  # POST /apps takes these (U)
_OPTION_TYPES = frozenset({"select", "radio", "checkbox", "yes_no"})

T = TypeVar("T")


def _present(value: object, name: str, kind: type[T], errors: list[str]) -> TypeGuard[T]:
    """Whether a required parameter is there and of ``kind``; if not, Grape's words for it ("<name> is
    missing", "<name> is invalid") go to ``errors``."""
    if value is None:
        errors.append(f"{name} is missing")
        return False
    if not isinstance(value, kind):
        errors.append(f"{name} is invalid")
        return False
    return True


class CareerPlugWrites(CareerPlugRecords):
    """The POST handler; ``CareerPlugSandbox`` registers it and sets the state."""

    #: app id -> the resume POST /apps carried
    resumes: dict[str, dict[str, Any]]

    # -- POST /apps ---------------------------------------------------------------------------------
    def _create_app(self, request: Request) -> Response:
        """Apply an applicant to a job (VENDOR.md "Write"): Grape-style validation, 201 echo, no id."""
        try:
            raw = request.json()
        except HttpError:
            raise HttpError(400, "There was a problem parsing your JSON") from None
        if not isinstance(raw, dict):
            raise HttpError(400, "body is invalid")
        # The spec wraps the InboundApp in "body"; the bare object is taken too (U).
        body = raw["body"] if isinstance(raw.get("body"), dict) and "job_id" not in raw else raw
        errors: list[str] = []
        job_id = body.get("job_id")
        if job_id is None:
            errors.append("job_id is missing")
        elif isinstance(job_id, bool) or not (
            isinstance(job_id, int) or (isinstance(job_id, str) and job_id.strip().isdigit())
        ):
            errors.append("job_id is invalid")
        applicant = body.get("app")
        if _present(applicant, "app", dict, errors):
            self._check_applicant(applicant, errors)
        answers = body.get("prescreen_answers")
        if _present(answers, "prescreen_answers", list, errors):
            for n, answer in enumerate(answers):
                if not isinstance(answer, dict):
                    errors.append(f"prescreen_answers[{n}] is invalid")
                    continue
                for key in ("id", "value"):
                    if key not in answer or answer[key] is None:
                        errors.append(f"prescreen_answers[{n}][{key}] is missing")
                    elif not isinstance(answer[key], str | int | float) or isinstance(answer[key], bool):
                        errors.append(f"prescreen_answers[{n}][{key}] is invalid")
        self._raise(errors)
        assert isinstance(applicant, dict) and isinstance(answers, list)
        wanted = str(int(job_id))  # type: ignore[arg-type]
        job = self.store["jobs"].get(wanted)
        if job is None:
            raise HttpError(404, f"Couldn't find Job with 'id'={wanted}", "RECORD_NOT_FOUND")
        if job["status"] not in OPEN_JOB_STATUSES:
            raise HttpError(422, f"Job {job['id']} is not accepting applications (status {job['status']})")
        given = {str(a["id"]): str(a["value"]) for a in answers}
        shown = self._check_answers(job, given) if self.settings.get("validate_prescreen_answers") else []
        self._store_app(job, applicant, given, shown)
        return json_response(self._echo(int(job["id"]), applicant, answers), 201)

    @staticmethod
    def _check_applicant(applicant: dict[str, Any], errors: list[str]) -> None:
        # InboundApplicantEntity's required fields (V); a blank one is Grape's "is empty" (U).
        for name in ("email", "firstname", "lastname", "phone", "city", "state", "postal_code",
                     "recent_title", "recent_employer"):
            value = applicant.get(name)
            if _present(value, f"app[{name}]", str, errors) and not value.strip():
                errors.append(f"app[{name}] is empty")
        email = applicant.get("email")
        if isinstance(email, str) and email.strip() and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
            errors.append("app[email] is invalid")
        for name in ("address", "country", "cover_letter"):
            if applicant.get(name) is not None and not isinstance(applicant.get(name), str):
                errors.append(f"app[{name}] is invalid")
        source = applicant.get("source_id")
        integer = isinstance(source, int) and not isinstance(source, bool)
        if source is not None and not integer and not (isinstance(source, str) and source.isdigit()):
            errors.append("app[source_id] is invalid")
        # "Resume: either text or file is required -- not both" (V).
        resume = applicant.get("resume")
        pair = "app[resume][text], app[resume][file]"
        if resume is None:
            errors.append(f"{pair} are missing, exactly one parameter must be provided")
            return
        if not isinstance(resume, dict):
            errors.append("app[resume] is invalid")
            return
        has_text, has_file = resume.get("text") is not None, resume.get("file") is not None
        if has_text and has_file:
            errors.append(f"{pair} are mutually exclusive")
        elif not has_text and not has_file:
            errors.append(f"{pair} are missing, exactly one parameter must be provided")
        elif has_text and (not isinstance(resume["text"], str) or not resume["text"].strip()):
            errors.append("app[resume][text] is invalid")
        elif has_file:
            file = resume["file"]
            if not isinstance(file, dict):
                errors.append("app[resume][file] is invalid")
                return
            for name in ("name", "data", "content_type"):
                if file.get(name) is None:
                    errors.append(f"app[resume][file][{name}] is missing")
                elif not isinstance(file[name], str) or not file[name].strip():
                    errors.append(f"app[resume][file][{name}] is invalid")
            data = file.get("data")
            if isinstance(data, str) and data.strip() and base64_bytes(data) is None:
                errors.append("app[resume][file][data] is invalid")

    def _check_answers(self, job: dict[str, Any], given: dict[str, str]) -> list[dict[str, Any]]:
        """Answers against the job's questions (VENDOR.md "Write", U); returns the visible questions."""
        questions = [q for q in (self.store["questions"].get(i) for i in job.get("question_ids", ())) if q]
        known = {q["id"] for q in questions}
        problems = [f"prescreen question {q} is not on job {job['id']}" for q in given if q not in known]
        shown = []
        for q in questions:
            pre = q.get("precondition")
            if pre and not set(self._values(given.get(pre["question_id"]))) & set(pre["values"]):
                continue
            shown.append(q)
            value = given.get(q["id"])
            if value is None or not value.strip():
                if q.get("required"):
                    problems.append(f"prescreen question {q['id']} ({q['name']}) is required")
                continue
            if q["type"] in _OPTION_TYPES:
                allowed = {o["value"] for o in q.get("options") or ()}
                values = self._values(value)
                if not values or not set(values) <= allowed or (q["type"] != "checkbox" and len(values) > 1):
                    problems.append(
                        f"prescreen question {q['id']} takes one of: {', '.join(sorted(allowed))}"
                    )
        if problems:
            raise HttpError(422, "; ".join(problems))
        return shown

    @staticmethod
    def _values(value: str | None) -> list[str]:
        # A checkbox answer lists its option values separated by commas (U).
        return [v.strip() for v in (value or "").split(",") if v.strip()]

    def _store_app(self, job: dict[str, Any], applicant: dict[str, Any], given: dict[str, str],
                   shown: list[dict[str, Any]]) -> dict[str, Any]:
        now = self.now_ms()
        source_id = applicant.get("source_id")
        source = self.store["sources"].get(str(source_id)) if source_id is not None else None
        answers = []
        for q in shown:
            value = given.get(q["id"])
            if value is None or not value.strip():
                continue
            labels = {o["value"]: o["label"] for o in q.get("options") or ()}
            text = ", ".join(labels.get(v, v) for v in self._values(value)) if labels else value
            answers.append({"id": q["id"], "name": q["name"], "answer": text})
        record = {
            "job_id": job["id"],
            "app": {
                "email": applicant["email"].strip(),
                "firstname": applicant["firstname"].strip(),
                "lastname": applicant["lastname"].strip(),
                "phone": applicant["phone"].strip(),
                "address": applicant.get("address"),
                "city": applicant["city"].strip(),
                "state": applicant["state"].strip(),
                "postal_code": applicant["postal_code"].strip(),
                "country": applicant.get("country") or "US",  # required on the way out (V), optional in (U)
                "recent_title": applicant["recent_title"].strip(),
                "recent_employer": applicant["recent_employer"].strip(),
                "pay_type": None,
                "pay_rate": None,
                "employment_type": None,
            },
            "hiring_step_id": None,
            "hiring_status": "new_app",
            "prescreen_questions": answers,
            "applied_ms": now,
            "updated_ms": now,
            "acted_ms": now,  # a new app counts as acted on when applied (VENDOR.md, U)
            "hired_ms": None,
            "start_ms": None,
            "source_name": source["name"] if source else "API",
        }
        with self.store.lock:
            ids = self._ids("apps")
            record["id"] = str(int(ids[-1]) + 1 if ids else 1)
            self.store["apps"].insert(record)
        self.resumes[record["id"]] = applicant.get("resume") or {}
        return record

    @staticmethod
    def _echo(job_id: int, applicant: dict[str, Any], answers: list[dict[str, Any]]) -> dict[str, Any]:
        """The InboundApp entity: what was sent, in the spec's field order, and no id (V)."""
        fields = ("email", "firstname", "lastname", "phone", "address", "city", "state", "postal_code",
                  "country", "source_id", "recent_title", "recent_employer", "resume", "cover_letter")
        return {
            "job_id": job_id,
            "app": {name: applicant[name] for name in fields if name in applicant},
            "prescreen_answers": [{"id": str(a["id"]), "value": str(a["value"])} for a in answers],
        }
