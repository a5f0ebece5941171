"""eRecruiter writes, before anything is sent (``connectors.erecruiter.actions``): limits, the fields
it takes, its own input rules (checked with the cache's refs) and the JSON bodies of its requests."""

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from connectors.base.actions import (
    ActionContext,
    AttachmentPolicy,
    Problem,
    get_path,
)
from connectors.base.screening import JOB_QUESTIONS
from connectors.erecruiter import mapping as m
from connectors.unified.timefmt import iso

#: eRecruiter publishes no file limit (VENDOR.md "Writes", A): 10 MB keeps one JSON request reasonable.
MAX_FILE_BYTES = 10 * 1024 * 1024
POLICY = AttachmentPolicy(max_bytes=MAX_FILE_BYTES)
CREATED_BY = "Recruiter Companion"
#: Questionnaire items whose answer the API can store (VENDOR.md "Writes": custom fields and applicant
#: properties); anything else (languages, educations, …) has its own endpoints we do not write.
STANDARD_ANSWERS = (
    "std:Salary",
    "std:BeginDate",
    "std:WillingToMove",
    "std:SelfDescription",
    "std:JobDescription",
    "std:Referrer",
)
#: The applicant's writable fields (ApplicantParameter, V): an update sends all of them back.
WRITABLE = (
    "DateOfCreation",
    "FirstName",
    "LastName",
    "Email",
    "Gender",
    "TitleBeforeName",
    "TitleAfterName",
    "BirthDate",
    "Street",
    "City",
    "ZipCode",
    "Country",
    "Citizenship",
    "Phone",
    "MobilePhone",
    "Url",
    "IsActive",
    "EnableNewsletter",
    "EnableMatchingJobsAutoMail",
    "Tags",
    "JobProfiles",
    "Regions",
    "CareerLevel",
    "Location",
    "Salary",
    "SalaryNotes",
    "SalaryCurrency",
    "SalaryPeriod",
    "EarliestPossibleBeginDate",
    "IsWillingToMove",
    "Referrer",
    "ReferrerAdditionalInfo",
    "Classification",
    "ImportantInfo",
    "SelfDescription",
    "JobDescription",
    "Culture",
    "GlobalId",
    "ExternalId",
    "PolicyAcceptedAt",
)
#: ApplicationCreateResponse.Errors (V) in words a recruiter can act on.
APPLICATION_ERRORS = {
    "JobIsClosed": "the job is closed at eRecruiter; it takes applications only while open (sync to see it)",
    "JobDoesNotExist": "the job no longer exists at eRecruiter (sync to see it)",
    "ApplicantDoesNotExist": "the applicant no longer exists at eRecruiter",
}
#: Words of the mandator's document types, per unified attachment type (the mapping reads them too).
DOCUMENT_WORDS = m.DOCUMENT_WORDS
#: How far the DateOfCreation a reconcile finds may lie from ours (the server may round it).
RECONCILE_SLACK = timedelta(seconds=2)


# --- rules -----------------------------------------------------------------------------------------------
def _questions(refs: Mapping[str, Any] | None) -> dict[str, Mapping[str, Any]]:
    return {str(q.get("id")): q for q in (refs or {}).get(JOB_QUESTIONS) or [] if isinstance(q, Mapping)}


def _answers(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[tuple[int, str, Any, str]]:
    """(index, question remote id, answer, title) of each answer naming a question of the job."""
    questions = _questions(refs)
    for index, item in enumerate(data.get("screening_question_answers") or []):
        question = questions.get(str((item or {}).get("question_id")))
        if question is not None:
            yield (
                index,
                str(question.get("remote_id") or ""),
                (item or {}).get("answer"),
                str(question.get("title") or question.get("remote_id")),
            )


def answerable(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    """An answer eRecruiter's API cannot store is refused, naming the question."""
    for index, remote, _answer, title in _answers(data, refs):
        if not (remote.startswith("cf:") or remote in STANDARD_ANSWERS):
            yield Problem(
                f"screening_question_answers[{index}].question_id",
                f"eRecruiter's API cannot take an answer to {title!r} ({remote}); leave it out "
                "and fill it in eRecruiter",
            )


def answers_agree(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    """A standard answer lands in the same applicant field as a candidate field: both must agree."""
    pairs = {
        "std:Salary": (
            "candidate.salary_expectations.amount",
            lambda a, b: round(float(a)) == round(float(b)),
        ),
        "std:BeginDate": ("candidate.availability_date", lambda a, b: str(a)[:10] == str(b)[:10]),
        "std:Referrer": ("source.name", lambda a, b: str(a).strip() == str(b).strip()),
    }
    for index, remote, answer, title in _answers(data, refs):
        if remote in pairs:
            path, same = pairs[remote]
            given = get_path(data, path)
            if given is not None and answer is not None and not same(answer, given):
                yield Problem(
                    f"screening_question_answers[{index}].answer",
                    f"{title!r} is stored in the same eRecruiter field as {path} ({given!r}); give one value",
                )


def one_cv(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    """eRecruiter keeps one CV per applicant (``Api/Applicant/Cv/{id}``, V)."""
    cvs = [i for i, a in enumerate(data.get("attachments") or []) if (a or {}).get("type") == "CV"]
    for index in cvs[1:]:
        yield Problem(
            f"attachments[{index}].type", "eRecruiter keeps one CV per applicant; send the others as OTHER"
        )


def job_is_open(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    """eRecruiter answers JobIsClosed for any job that is not open (V); say so before sending."""
    job = (refs or {}).get("application.job_id")
    status = ((job or {}).get("fields") or {}).get("status")
    if job and status and status != "OPEN":
        yield Problem(
            "application.job_id",
            f"the job is {str(status).lower()} at eRecruiter; it takes applications only while open",
        )


def salary_whole(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
    amount = get_path(data, "candidate.salary_expectations.amount")
    if isinstance(amount, int | float) and not isinstance(amount, bool) and amount < 0:
        yield Problem("candidate.salary_expectations.amount", "must not be negative")


# --- request bodies ------------------------------------------------------------------------------------
def _wire_time(ts: str) -> str:
    """Our ISO time as the DateTime eRecruiter reads (UTC with a ``Z``)."""
    return (iso(ts) or ts).replace(".000Z", "Z")


def _flex(day: str) -> dict[str, Any]:
    """An ISO date as eRecruiter's FlexDate object (V)."""
    moment = datetime.fromisoformat(day[:10])
    return {"Year": moment.year, "Month": moment.month, "Day": moment.day, "IsRelativeDate": False}


def applicant_body(data: Mapping[str, Any], ctx: ActionContext) -> dict[str, Any]:
    """Unified input → ApplicantParameter (VENDOR.md "Writes": the table)."""
    cand = data["candidate"]
    loc = cand.get("location") or {}
    body: dict[str, Any] = {
        # Required since 1.1 (V). The first attempt's start: a reconcile finds the applicant by it.
        "DateOfCreation": _wire_time(ctx.started_at),
        "FirstName": str(cand["first_name"]).strip(),
        "LastName": str(cand["last_name"]).strip(),
        "Email": str(cand["email_address"]).strip(),
        "Gender": {"MALE": "Male", "FEMALE": "Female"}.get(str(cand.get("gender") or ""), "Unknown"),
        "IsActive": True,
        "Tags": [],
        "Culture": "pl-PL",
    }
    if cand.get("phone_number"):
        body["MobilePhone"] = str(cand["phone_number"]).strip()
    for unified, vendor in (("city", "City"), ("street_1", "Street"), ("zip_code", "ZipCode")):
        if loc.get(unified):
            body[vendor] = str(loc[unified]).strip()
    if loc.get("country"):
        # The mandator keeps countries as words (V); the Polish word where we know the code (A).
        body["Country"] = m.COUNTRY_NAMES.get(str(loc["country"]).upper(), str(loc["country"]).upper())
    salary = cand.get("salary_expectations") or {}
    if salary.get("amount") is not None:
        # An int at eRecruiter (V): Kombo rounds too (S).
        body["Salary"] = round(float(salary["amount"]))
        body["SalaryPeriod"] = {"MONTH": "Monthly", "YEAR": "Yearly"}[str(salary.get("period"))]
        body["SalaryCurrency"] = "PLN"  # the mandator's first currency in every Polish installation (A)
    if cand.get("availability_date"):
        body["EarliestPossibleBeginDate"] = _flex(str(cand["availability_date"]))
    source = get_path(data, "source.name")
    if source:
        body["Referrer"] = str(source).strip()  # source writing (V field)
    if get_path(data, "gdpr_consent.given"):
        body["PolicyAcceptedAt"] = _wire_time(ctx.started_at)  # the privacy policy's acceptance (V, 1.28)
    for index, item in enumerate(data.get("screening_question_answers") or []):
        remote = str(ctx.remote(f"screening_question_answers[{index}].question_id"))
        answer = item.get("answer")
        if remote == "std:Salary":
            body["Salary"] = round(float(answer))
            body.setdefault("SalaryPeriod", "Monthly")  # the questionnaire asks a monthly amount (A)
            body.setdefault("SalaryCurrency", "PLN")
        elif remote == "std:BeginDate":
            body["EarliestPossibleBeginDate"] = _flex(str(answer))
        elif remote == "std:WillingToMove":
            body["IsWillingToMove"] = bool(answer)
        elif remote == "std:SelfDescription":
            body["SelfDescription"] = str(answer)
        elif remote == "std:JobDescription":
            body["JobDescription"] = str(answer)
        elif remote == "std:Referrer":
            body["Referrer"] = str(answer).strip()
    return body


def custom_field_body(name: str, answer: Any) -> dict[str, Any]:
    """A unified answer as CustomFieldValueParameter (V: CheckBox "true"/"false", a CheckboxList's
    choices in ``Values``, a date as text, anything else the text)."""
    if isinstance(answer, bool):
        return {"CustomField": name, "Value": "true" if answer else "false"}
    if isinstance(answer, list):
        return {"CustomField": name, "Values": [str(v) for v in answer]}
    return {"CustomField": name, "Value": str(answer)}


def split_name(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or not ext.isalnum():
        return name, ""
    return stem, f".{ext.lower()}"


def document_type(kind: str, types: list[str]) -> str:
    """The mandator's document type for a unified attachment type (by its words, A), else the last
    (mandators end their list with a catch-all) or, with no list, the unified type itself."""
    for word in DOCUMENT_WORDS.get(kind, ()):
        for name in types:
            if word in name.lower():
                return name
    if kind != "OTHER":
        return document_type("OTHER", types)
    return types[-1] if types else kind
