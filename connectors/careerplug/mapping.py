"""CareerPlug objects → unified records. Rules cite VENDOR.md; the derived models' rules (CareerPlug has
no candidate, stage, screening-question or hiring-team endpoint) are written next to their mapping.

``remote_data`` is keyed by the endpoint the part came from; ``#field`` names the part of a larger
object a derived record was built from (``/apps#app`` is an app's applicant block).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from connectors.base import MapContext, Rec
from connectors.unified.timefmt import iso

#: The stage of an app whose ``hiring_step`` is null or blank ("blank/null means New", spec V).
STAGE_NEW = "new"
STAGE_NEW_NAME = "New"

# Outcome from hiring_status (VENDOR.md "Derived models"): no separate rejected or withdrawn status.
_OUTCOME = {"hired": "HIRED", "inactive": "DECLINED"}
# Job status enum (spec V) → unified. passive: open but not advertised; waiting: awaiting approval;
# rejected: approval refused (all three U). "incompatible" has no clear meaning: passed through.
_JOB_STATUS = {"active": "OPEN", "passive": "OPEN", "draft": "DRAFT", "waiting": "DRAFT",
               "inactive": "CLOSED", "rejected": "CLOSED"}
_VISIBILITY = {"active": "PUBLIC", "passive": "UNLISTED"}
_EMPLOYMENT = (("intern", "INTERNSHIP"), ("part", "PART_TIME"), ("season", "SEASONAL"),
               ("temp", "CONTRACT"), ("contract", "CONTRACT"), ("full", "FULL_TIME"))
_COUNTRIES = {"us": "US", "usa": "US", "united states": "US", "united states of america": "US",
              "ca": "CA", "canada": "CA"}
_YES = frozenset({"yes", "true", "y", "1"})
_NO = frozenset({"no", "false", "n", "0"})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _name(ref: Any) -> str | None:
    return _text(ref.get("name")) if isinstance(ref, dict) else None


def country_code(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    code = _COUNTRIES.get(text.lower())
    if code:
        return code
    return text.upper() if len(text) == 2 else text


def _location(street: Any, city: Any, state: Any, zip_code: Any, country: Any) -> dict[str, Any] | None:
    parts = [_text(p) for p in (street, city, state, zip_code)]
    if not any(parts):
        return None
    raw = ", ".join(p for p in (*parts, _text(country)) if p)
    return {"city": parts[1], "country": country_code(country), "raw": raw or None, "state": parts[2],
            "street_1": parts[0], "street_2": None, "zip_code": parts[3]}


def employment_type(value: Any) -> str | None:
    label = _name(value)
    if label is None:
        return None
    low = label.lower()
    return next((unified for needle, unified in _EMPLOYMENT if needle in low), label)


def _integration(values: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """The vendor fields we keep as custom fields, as Kombo's ``integration_fields`` list."""
    return [{"id": key, "key": key, "type": "DEFAULT", "value": values[key], "label": labels.get(key, key)}
            for key in values]


def _present(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != ""}


# --- users ---------------------------------------------------------------------------------------
def map_user(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(item["id"])
    # login_url is a single-sign-on link that logs anyone in as this user: a credential, never stored.
    raw = {k: v for k, v in item.items() if k != "login_url"}
    yield Rec("users", key, {
        "remote_id": key,
        "first_name": _text(item.get("firstname")),
        "last_name": _text(item.get("lastname")),
        "email": _text(item.get("email")),
        "status": None,  # CareerPlug says nothing about active or deactivated users
        "remote_data": {"/users": raw},
    })


# --- jobs, screening questions, hiring team ------------------------------------------------------
def question_format(question: dict[str, Any]) -> dict[str, Any]:
    """Unified ``format`` from a prescreen question's ``type`` (inner shape U, VENDOR.md)."""
    kind = str(question.get("type") or "").lower().replace("-", "_")
    options = [{"id": str(o.get("value")), "remote_id": str(o.get("value")), "name": o.get("label")}
               for o in question.get("options") or [] if isinstance(o, dict)]
    if kind in ("text", "string", "input"):
        return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": None}
    if kind in ("textarea", "paragraph", "long_text"):
        return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": None}
    if kind == "email":
        return {"type": "TEXT", "display_type": "EMAIL", "max_length": None}
    if kind in ("yes_no", "boolean", "yesno"):
        return {"type": "BOOLEAN"}
    if kind in ("select", "dropdown"):
        return {"type": "SINGLE_SELECT", "display_type": "DROPDOWN", "options": options}
    if kind == "radio":
        return {"type": "SINGLE_SELECT", "display_type": "RADIO", "options": options}
    if kind in ("checkbox", "checkboxes", "multi_select", "multiselect"):
        return {"type": "MULTI_SELECT", "options": options} if options else {"type": "BOOLEAN"}
    if kind in ("number", "numeric", "integer"):
        return {"type": "NUMBER", "display_type": "FIELD", "min": None, "max": None}
    if kind == "date":
        return {"type": "DATE"}
    if kind in ("file", "upload"):
        return {"type": "FILE", "accepted_mime_types": None, "max_file_size_bytes": None}
    if kind in ("info", "information", "statement"):
        return {"type": "INFORMATION"}
    return {"type": "UNKNOWN", "raw_question": question}


def _precondition_options(parent: dict[str, Any] | None, values: list[Any]) -> list[Any]:
    """The unified model wants option ids, or booleans when the parent is a BOOLEAN question."""
    if parent is not None and question_format(parent)["type"] == "BOOLEAN":
        out: list[Any] = []
        for value in values:
            low = str(value).strip().lower()
            out.append(True if low in _YES else False if low in _NO else value)
        return out
    return [str(v) for v in values]


def _questions(job_key: str, raw: Any, ctx: MapContext) -> Iterator[Rec]:
    """Screening questions from the job's ``prescreen_questions`` (VENDOR.md "Derived models"):
    each question once (its id is the account library's, shared between jobs), and per job its
    position, whether it is required and the question and answers that make it apply."""
    questions = [q for q in (raw if isinstance(raw, list) else []) if isinstance(q, dict) and q.get("id")]
    by_id = {str(q["id"]): q for q in questions}
    for index, question in enumerate(questions):
        qid = str(question["id"])
        yield Rec("screening_questions", qid, {
            "remote_id": qid,
            "title": _text(question.get("name") or question.get("question")),
            "description": _text(question.get("description") or question.get("help_text")),
            "format": question_format(question),
            "category": None,
            "remote_data": {"/jobs#prescreen_questions": question},
        })
        pre = _obj(question.get("precondition"))
        parent_id = str(pre["question_id"]) if pre.get("question_id") is not None else None
        # A precondition naming a question the job does not carry would dangle: dropped.
        known = parent_id is not None and parent_id in by_id
        yield Rec("job_screening_questions", f"{job_key}:{qid}", {
            "job_id": ctx.id("jobs", job_key),
            "question_id": ctx.id("screening_questions", qid),
            "index": index,
            "required": bool(question.get("required")),
            "precondition_question_id": ctx.id("screening_questions", parent_id) if known else None,
            "precondition_options": (
                _precondition_options(by_id.get(parent_id or ""), list(pre.get("values") or []))
                if known
                else None
            ),
        })


_JOB_FIELDS = {"code": "Job code", "job_template_name": "Job template", "brand": "Brand",
               "location_name": "Location", "location_number": "Location number"}


def map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(item["id"])
    loc, owner = _obj(item.get("location")), _obj(item.get("owner"))
    owner_id = _text(owner.get("id"))  # UserRef.id is a string in the spec (V): the user's id
    status = _text(item.get("status"))
    custom = _present({
        "code": item.get("code"),
        "job_template_name": item.get("job_template_name"),
        "brand": _name(item.get("brand")),
        "location_name": loc.get("name"),
        "location_number": loc.get("number"),
    })
    yield Rec("jobs", key, {
        "remote_id": key,
        "name": _text(item.get("name")),
        "job_code": _text(item.get("code")),
        "description": item.get("description"),
        "employment_type": employment_type(item.get("employment")),
        "status": _JOB_STATUS.get(status or "", status),
        "visibility": _VISIBILITY.get(status or ""),
        "department": _name(item.get("department")),
        "location": _location(loc.get("street"), item.get("city") or loc.get("city"),
                              item.get("state") or loc.get("state"),
                              item.get("postal_code") or loc.get("zip code"),
                              item.get("country") or loc.get("country")),
        "custom_fields": custom or None,
        "integration_fields": _integration(custom, _JOB_FIELDS),
        "remote_created_at": iso(item.get("created_at")),
        "remote_updated_at": iso(item.get("updated_at")),
        "contact_id": ctx.id("users", owner_id),
        "remote_data": {"/jobs": item},
    })
    yield from _questions(key, item.get("prescreen_questions"), ctx)
    # Hiring team (VENDOR.md "Derived models"): the job's owner, the spec's "Hiring manager".
    if owner_id:
        yield Rec("job_hiring_team_members", f"{key}:{owner_id}", {
            "job_id": ctx.id("jobs", key),
            "user_id": ctx.id("users", owner_id),
            "roles": ["HIRING_MANAGER"],
        })


# --- apps → applications, candidates, stages ------------------------------------------------------
def candidate_key(item: dict[str, Any]) -> str:
    """A candidate is a lower-cased, trimmed e-mail; an app without one is a candidate of its own."""
    email = _text(_obj(item.get("app")).get("email"))
    return email.lower() if email else f"app:{item['id']}"


def stage_key(item: dict[str, Any]) -> tuple[str, str | None, dict[str, Any] | None]:
    """(remote id, name, raw step) of an app's stage; a null or blank ``hiring_step`` is New."""
    step = item.get("hiring_step")
    if isinstance(step, dict) and _text(step.get("id")) is not None:
        return str(step["id"]).strip(), _text(step.get("name")), step
    return STAGE_NEW, STAGE_NEW_NAME, None


def newest_last(body: Any) -> list[Any]:
    """An ``/apps`` page, oldest first by ``(applied_at, id)``: a candidate built from several apps then
    ends with its newest app's data however the server orders a page (VENDOR.md: order U)."""
    if not isinstance(body, list):
        return body  # type: ignore[no-any-return]  # the client reports a non-list answer

    def key(item: Any) -> tuple[str, int, str]:
        if not isinstance(item, dict):
            return ("", 0, "")
        raw_id = str(item.get("id", ""))
        return (iso(item.get("applied_at")) or "", int(raw_id) if raw_id.isdigit() else 0, raw_id)

    return sorted(body, key=key)


_APP_FIELDS = {"hiring_status": "Hiring status", "hired_at": "Hired at", "start_date": "Start date",
               "last_acted_on_at": "Last acted on", "source_name": "Source", "location_name": "Location"}
_APPLICANT_FIELDS = {"pay_type": "Pay type", "pay_rate": "Desired pay", "employment_type": "Employment type",
                     "address": "Street address"}


def map_app(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(item["id"])
    applicant, job, loc = _obj(item.get("app")), _obj(item.get("job")), _obj(item.get("location"))
    cand = candidate_key(item)
    step_id, step_name, step = stage_key(item)
    status = _text(item.get("hiring_status"))
    updated = iso(item.get("last_updated")) or iso(item.get("last_acted_on_at"))
    updated = updated or iso(item.get("applied_at"))

    # Stage (VENDOR.md "Derived models"): one per hiring step seen on apps, "New" for none.
    yield Rec("application_stages", step_id, {
        "remote_id": step_id,
        "name": step_name,
        "global_index": None,  # steps are ordered in CareerPlug's UI only
        "remote_data": {"/apps#hiring_step": step},
    })

    # Candidate (VENDOR.md "Derived models"): re-emitted by every app read; pages are sorted oldest
    # first (newest_last) and the cache keeps the view of the newest app (newer_wins), so neither a
    # page order nor a delta re-reading an older app moves the candidate back.
    extra = _present({k: applicant.get(k) for k in _APPLICANT_FIELDS})
    email, phone = _text(applicant.get("email")), _text(applicant.get("phone"))
    yield Rec("candidates", cand, {
        "remote_id": cand,
        "first_name": _text(applicant.get("firstname")),
        "last_name": _text(applicant.get("lastname")),
        "company": _text(applicant.get("recent_employer")),
        "title": _text(applicant.get("recent_title")),
        "source": _text(item.get("source_name")),
        "phone_numbers": [{"phone_number": phone, "type": None}] if phone else [],
        "email_addresses": [{"email_address": email, "type": None}] if email else [],
        "social_media": [],
        "location": _location(applicant.get("address"), applicant.get("city"), applicant.get("state"),
                              applicant.get("postal_code"), applicant.get("country")),
        "custom_fields": extra or None,
        "integration_fields": _integration(extra, _APPLICANT_FIELDS),
        "remote_created_at": iso(item.get("applied_at")),
        "remote_updated_at": updated,
        "remote_data": {"/apps#app": {"app_id": item["id"], **applicant}},
    }, newer_wins=("remote_created_at",))  # the person's newest app (by applied_at) is the last word

    answers = [{"question_id": str(a.get("id")), "question": a.get("name"), "answer": a.get("answer")}
               for a in item.get("prescreen_questions") or [] if isinstance(a, dict)]
    custom = _present({
        "hiring_status": status,
        "hired_at": iso(item.get("hired_at")),
        "start_date": iso(item.get("start_date")),
        "last_acted_on_at": iso(item.get("last_acted_on_at")),
        "source_name": item.get("source_name"),
        "location_name": loc.get("name"),
    })
    fields = dict(custom)
    if answers:
        custom["prescreen_answers"] = answers
    job_id = job.get("id")
    yield Rec("applications", key, {
        "remote_id": key,
        "outcome": _OUTCOME.get(status or "", "PENDING"),
        "rejection_reason_name": None,
        "rejected_at": None,
        "current_stage_id": ctx.id("application_stages", step_id),
        "job_id": ctx.id("jobs", str(job_id) if job_id is not None else None),
        "candidate_id": ctx.id("candidates", cand),
        "custom_fields": custom or None,
        "integration_fields": _integration(fields, _APP_FIELDS),
        "remote_created_at": iso(item.get("applied_at")),
        "remote_updated_at": updated,
        "remote_data": {"/apps": item},
    })
