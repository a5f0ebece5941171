"""SmartRecruiters objects → unified records. Every rule cites VENDOR.md or the brief's notes.

``remote_data`` is keyed by the endpoint (path template) each part came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from connectors.base import MapContext, Rec
from connectors.unified.timefmt import iso

# SR's candidate statuses in pipeline order (VENDOR.md: application stages; shared doc §6, V).
STATUSES = (
    "LEAD",
    "NEW",
    "IN_REVIEW",
    "INTERVIEW",
    "OFFERED",
    "HIRED",
    "REJECTED",
    "WITHDRAWN",
    "TRANSFERRED",
)
_STATUS_NAMES = {"IN_REVIEW": "In Review"}

# Statuses after which an application may have interviews / offers (request budget, VENDOR.md).
REACHED_INTERVIEW = frozenset({"INTERVIEW", "OFFERED", "HIRED"})
REACHED_OFFER = frozenset({"OFFERED", "HIRED"})

_JOB_STATUS = {
    "CREATED": "DRAFT",
    "SOURCING": "OPEN",
    "INTERVIEW": "OPEN",
    "OFFER": "OPEN",
    "FILLED": "CLOSED",
    "CANCELLED": "CLOSED",
}
_JOB_VISIBILITY = {"PUBLIC": "PUBLIC", "INTERNAL": "INTERNAL", "PRIVATE": "UNLISTED"}
_POSTING_STATUS = {"PUBLIC": "ACTIVE", "INTERNAL": "ACTIVE", "PRIVATE": "ACTIVE", "NOT_PUBLISHED": "INACTIVE"}
_OUTCOME = {"HIRED": "HIRED", "REJECTED": "DECLINED", "WITHDRAWN": "DECLINED", "TRANSFERRED": "DECLINED"}
_OFFER_STATUS = {
    "CREATED": "DRAFT",
    "PENDING_APPROVAL": "DRAFT",
    "APPROVED": "APPROVED",
    "NOT_APPROVED": "ABANDONED",
    "PENDING_ACCEPTANCE": "SENT",
    "ACCEPTED": "ACCEPTED",
    "NOT_ACCEPTED": "DECLINED",
    "ABANDONED": "ABANDONED",
}
_SECTIONS = ("companyDescription", "jobDescription", "qualifications", "additionalInformation")
_SOCIAL = ("linkedin", "facebook", "twitter", "website")


def _label(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("label") or value.get("id")
    return value if isinstance(value, str) and value else None


def _enum(table: dict[str, str], value: Any) -> Any:
    """The unified value for a vendor enum; an unknown value passes through as the vendor's string."""
    return table.get(value, value) if isinstance(value, str) else value


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "_sub"}


def _content(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        return list(body.get("content") or [])
    return list(body or [])


def employment_type(value: Any) -> str | None:
    label = (_label(value) or "").lower()
    if not label:
        return None
    for needle, unified in (
        ("intern", "INTERNSHIP"),
        ("part", "PART_TIME"),
        ("season", "SEASONAL"),
        ("contract", "CONTRACT"),
        ("temporar", "CONTRACT"),
        ("freelance", "CONTRACT"),
        ("full", "FULL_TIME"),
        ("permanent", "FULL_TIME"),
    ):
        if needle in label:
            return unified
    return _label(value)


def _location(loc: Any) -> dict[str, Any] | None:
    if not isinstance(loc, dict) or not loc:
        return None
    country = loc.get("countryCode") or loc.get("country")
    raw = ", ".join(
        str(p) for p in (loc.get("address"), loc.get("city"), loc.get("region"), loc.get("country")) if p
    )
    return {
        "city": loc.get("city"),
        "country": country.upper() if isinstance(country, str) else None,
        "raw": raw or None,
        "state": loc.get("region"),
        "street_1": loc.get("address"),
        "street_2": None,
        "zip_code": loc.get("postalCode"),
    }


def description_html(job_ad: Any) -> str | None:
    """A job ad's sections as one HTML text (each section's ``text`` is already HTML at SR)."""
    sections = (job_ad or {}).get("sections") or {}
    parts = []
    for name in _SECTIONS:
        section = sections.get(name) or {}
        if section.get("text"):
            title = section.get("title")
            parts.append((f"<h3>{title}</h3>" if title else "") + str(section["text"]))
    return "\n".join(parts) or None


def default_job_ad(item: dict[str, Any]) -> dict[str, Any] | None:
    ads = _content(item.get("_sub", {}).get("jobads"))
    return next((ad for ad in ads if ad.get("default")), ads[0] if ads else None)


# --- users -------------------------------------------------------------------------------------
def map_user(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    yield Rec(
        "users",
        item["id"],
        {
            "remote_id": item["id"],
            "first_name": item.get("firstName"),
            "last_name": item.get("lastName"),
            "email": item.get("email"),
            "status": "ACTIVE" if item.get("active", True) else "INACTIVE",
            "remote_data": {"/user-api/v201804/users": item},
        },
    )


# --- jobs, postings, hiring team, screening questions -----------------------------------------
def question_format(question: dict[str, Any]) -> dict[str, Any]:
    """Unified ``format`` from an Application API question (its first field decides; several
    fields in one question have no unified shape and pass through as UNKNOWN)."""
    fields = question.get("fields") or []
    if len(fields) != 1:
        return {"type": "UNKNOWN", "raw_question": question}
    field = fields[0]
    kind = str(field.get("type") or "").lower().replace("_", "").replace("-", "")
    options = [
        {"id": v.get("id"), "remote_id": v.get("id"), "name": v.get("label")}
        for v in field.get("values") or []
    ]
    if kind in ("text", "input", "inputtext", "singleline", "email", "url", "phone"):
        return {"type": "TEXT", "display_type": "SINGLE_LINE", "max_length": 4000}
    if kind in ("textarea", "multiline"):
        return {"type": "TEXT", "display_type": "MULTI_LINE", "max_length": 4000}
    if kind in ("select", "singleselect", "dropdown"):
        return {"type": "SINGLE_SELECT", "display_type": "DROPDOWN", "options": options}
    if kind in ("radio",):
        return {"type": "SINGLE_SELECT", "display_type": "RADIO", "options": options}
    if kind in ("multiselect", "checkboxes") or (kind == "checkbox" and len(options) > 1):
        return {"type": "MULTI_SELECT", "options": options}
    if kind in ("checkbox", "boolean", "acknowledgement", "yesno"):
        return {"type": "BOOLEAN"}
    if kind in ("number", "currency", "numeric"):
        return {"type": "NUMBER", "display_type": "FIELD"}
    if kind == "date":
        return {"type": "DATE"}
    if kind in ("file", "files", "upload"):
        return {"type": "FILE", "accepted_mime_types": None, "max_file_size_bytes": 2 * 1024 * 1024}
    if kind in ("info", "information", "text_info"):
        return {"type": "INFORMATION"}
    return {"type": "UNKNOWN", "raw_question": question}


def _screening(job_key: str, config: Any, ctx: MapContext) -> Iterator[Rec]:
    if not isinstance(config, dict):
        return
    preconditions: dict[str, tuple[str, list[str]]] = {}
    for cond in (config.get("settings") or {}).get("conditionals") or []:
        for child in cond.get("conditionalQuestions") or []:
            child_id = child.get("id") if isinstance(child, dict) else child
            preconditions[str(child_id)] = (
                str(cond.get("parentQuestionId")),
                list(cond.get("valueIds") or []),
            )
    for index, question in enumerate(config.get("questions") or []):
        qid = str(question["id"])
        fields = question.get("fields") or []
        yield Rec(
            "screening_questions",
            qid,
            {
                "remote_id": qid,
                "title": question.get("label"),
                "description": "; ".join(f.get("label") for f in fields if f.get("label")) or None,
                "format": question_format(question),
                "category": None,
                "remote_data": {"/postings/{uuid}/configuration": question},
            },
            # One question may serve postings in several languages (its label differs): SR has no rule
            # for which is "the" question, so the cache keeps one version whatever order jobs are read in.
            newer_wins=("title", "description"),
        )
        parent = preconditions.get(qid)
        yield Rec(
            "job_screening_questions",
            f"{job_key}:{qid}",
            {
                "job_id": ctx.id("jobs", job_key),
                "question_id": ctx.id("screening_questions", qid),
                "index": index,
                "required": any(bool(f.get("required")) for f in fields),
                "precondition_question_id": ctx.id("screening_questions", parent[0]) if parent else None,
                "precondition_options": parent[1] if parent else None,
            },
        )


def map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    sub = item.get("_sub", {})
    detail = sub.get("detail") or {}
    job = {**_clean(item), **detail}
    key = str(item["id"])
    history = _content(sub.get("status_history"))
    opened = [str(h["changedOn"]) for h in history if h.get("status") == "SOURCING" and h.get("changedOn")]
    ads = _content(sub.get("jobads"))
    public = [ad for ad in ads if ad.get("postingStatus") == "PUBLIC" and ad.get("applyUrl")]
    default = default_job_ad(item)
    post_url = (public[0] if public else default or {}).get("applyUrl")
    properties = job.get("properties") or []
    status = job.get("status")
    yield Rec(
        "jobs",
        key,
        {
            "remote_id": key,
            "name": job.get("title"),
            "job_code": job.get("refNumber"),
            "description": description_html(job.get("jobAd"))
            or description_html((default or {}).get("jobAd")),
            "employment_type": employment_type(job.get("typeOfEmployment")),
            "status": _enum(_JOB_STATUS, status),
            "visibility": _enum(_JOB_VISIBILITY, job.get("postingStatus")),
            "category": _label(job.get("function")) or _label(job.get("industry")),
            "department": _label(job.get("department")),
            "post_url": post_url,
            "experience_level": _label(job.get("experienceLevel")),
            "location": _location(job.get("location")),
            "custom_fields": {str(p.get("label") or p.get("id")): _label(p.get("value")) for p in properties}
            or None,
            "integration_fields": [
                {
                    "id": p.get("id"),
                    "key": p.get("id"),
                    "type": "CUSTOM",
                    "value": _label(p.get("value")),
                    "label": p.get("label"),
                }
                for p in properties
            ],
            "opened_at": iso(min(opened)) if opened else None,
            "remote_created_at": iso(job.get("createdOn")),
            "remote_updated_at": iso(job.get("updatedOn")),
            "remote_data": {
                "/jobs": _clean(item),
                "/jobs/{id}": detail or None,
                "/jobs/{id}/status/history": sub.get("status_history"),
            },
        },
    )
    for ad in ads:
        posting = _enum(_POSTING_STATUS, ad.get("postingStatus"))
        yield Rec(
            "job_postings",
            str(ad["id"]),
            {
                "remote_id": str(ad["id"]),
                "title": ad.get("title") or job.get("title"),
                "description_html": description_html(ad.get("jobAd")),
                "status": posting,
                "visibility": _JOB_VISIBILITY.get(str(ad.get("postingStatus"))),
                "url": ad.get("applyUrl"),
                "job_id": ctx.id("jobs", key),
                "remote_created_at": iso(ad.get("createdOn")),
                "remote_data": {"/jobs/{id}/jobads": ad},
            },
        )
    for member in _content(sub.get("hiring_team")):
        role = member.get("role")
        yield Rec(
            "job_hiring_team_members",
            f"{key}:{member['id']}",
            {
                "job_id": ctx.id("jobs", key),
                "user_id": ctx.id("users", member["id"]),
                "roles": [role] if role else [],
            },
        )
    yield from _screening(key, sub.get("questions"), ctx)


# --- rejection reasons, stages -----------------------------------------------------------------
def map_rejection_reason(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    yield Rec(
        "rejection_reasons",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "name": item.get("label"),
            "remote_data": {"/configuration/rejection-reasons": item},
        },
    )


def build_stages(ctx: MapContext) -> Iterator[Rec]:
    for index, status in enumerate(STATUSES):
        yield Rec(
            "application_stages",
            status,
            {
                "remote_id": status,
                "name": _STATUS_NAMES.get(status, status.replace("_", " ").title()),
                "global_index": index,
                "remote_data": None,
            },
        )


# --- candidates and everything hanging off them ------------------------------------------------
def assignments(item: dict[str, Any]) -> list[dict[str, Any]]:
    """A candidate's applications: its primary and secondary assignments (SR's application is the
    pair candidate × job, VENDOR.md), detail preferred over the list's summary."""
    source = item.get("_sub", {}).get("detail") or item
    found = []
    for assignment in [source.get("primaryAssignment"), *(source.get("secondaryAssignments") or [])]:
        if isinstance(assignment, dict) and (assignment.get("job") or {}).get("id"):
            found.append(assignment)
    return found


def history_statuses(item: dict[str, Any], job_id: str) -> set[str]:
    history = (item.get("_sub", {}).get("history") or {}).get(job_id)
    seen = {h.get("status") for h in _content(history)}
    for assignment in assignments(item):
        if assignment["job"]["id"] == job_id:
            seen.add(assignment.get("status"))
    return {s for s in seen if s}


def _experience(detail: dict[str, Any]) -> dict[str, Any]:
    jobs = detail.get("experience") or []
    return next((e for e in jobs if e.get("current")), jobs[0] if jobs else {})


def _social(web: Any) -> list[dict[str, Any]]:
    web = web if isinstance(web, dict) else {}
    links = [{"link": web[k], "type": k.upper(), "username": None} for k in _SOCIAL if web.get(k)]
    if web.get("linkedIn") and not web.get("linkedin"):  # the Application API spells it linkedIn (V/S)
        links.insert(0, {"link": web["linkedIn"], "type": "LINKEDIN", "username": None})
    if web.get("skype"):
        links.append({"link": None, "type": "SKYPE", "username": web["skype"]})
    return links


def _application(
    cid: str, assignment: dict[str, Any], item: dict[str, Any], ctx: MapContext
) -> Iterator[Rec]:
    sub = item.get("_sub", {})
    jid = str(assignment["job"]["id"])
    key = f"{cid}:{jid}"
    history = _content((sub.get("history") or {}).get(jid))
    changes = sorted(iso(h.get("changedOn")) or "" for h in history if h.get("changedOn"))
    status = assignment.get("status")
    rejected = [iso(h.get("changedOn")) for h in history if h.get("status") == "REJECTED"]
    reason = _label(assignment.get("reasonOfRejection"))
    app_detail = (sub.get("application") or {}).get(jid)
    custom = {k: assignment.get(k) for k in ("subStatus", "startsOn") if assignment.get(k)}
    yield Rec(
        "applications",
        key,
        {
            "remote_id": key,
            "outcome": _OUTCOME.get(str(status), "PENDING"),
            "rejection_reason_name": reason if status in ("REJECTED", "WITHDRAWN") else None,
            # The brief: rejected_at comes from the status history (latest REJECTED entry).
            "rejected_at": max((r for r in rejected if r), default=None) if status == "REJECTED" else None,
            "current_stage_id": ctx.id("application_stages", status),
            "job_id": ctx.id("jobs", jid),
            "candidate_id": ctx.id("candidates", cid),
            "custom_fields": custom or None,
            "integration_fields": [],
            # The brief: created/updated come from the status history; updated reflects status changes only.
            "remote_created_at": changes[0] if changes else None,
            "remote_updated_at": changes[-1] if changes else None,
            "remote_data": {
                "/candidates/{id}#assignment": assignment,
                "/candidates/{id}/jobs/{jobId}/status/history": history,
                "/candidates/{id}/jobs/{jobId}": app_detail,
            },
        },
    )
    for interview in _content((sub.get("interviews") or {}).get(jid)):
        for slot in interview.get("timeslots") or [{}]:
            ikey = f"{interview['id']}:{slot.get('id', '')}"
            state = str(slot.get("status") or interview.get("status") or "").lower()
            yield Rec(
                "interviews",
                ikey,
                {
                    "remote_id": ikey,
                    "title": slot.get("title") or interview.get("title"),
                    "starting_at": iso(slot.get("startsOn")),
                    "ending_at": iso(slot.get("endsOn")),
                    "location": {
                        "address": slot.get("place") or interview.get("location"),
                        "type": slot.get("interviewType"),
                    },
                    "application_id": ctx.id("applications", key),
                    "canceled": state in ("canceled", "cancelled"),
                    "remote_data": {"/interviews-api/v201904/interviews": interview},
                },
            )
            for person in slot.get("interviewers") or []:
                yield Rec(
                    "interviewing_team_members",
                    f"{ikey}:{person['id']}",
                    {
                        "interview_id": ctx.id("interviews", ikey),
                        "user_id": ctx.id("users", person["id"]),
                    },
                )
    for offer in _content((sub.get("offers") or {}).get(jid)):
        properties = offer.get("properties") or {}
        yield Rec(
            "offers",
            str(offer["id"]),
            {
                "remote_id": str(offer["id"]),
                "status": _enum(_OFFER_STATUS, offer.get("status")),
                # The brief: SR's offer names candidate and job only; the application follows from the pair.
                "application_id": ctx.id("applications", key),
                "custom_fields": properties or None,
                "integration_fields": [],
                "remote_created_at": iso(offer.get("createdOn")),
                "remote_updated_at": iso(offer.get("updatedOn")),
                "remote_data": {"/candidates/{id}/jobs/{jobId}/offers": offer},
            },
        )


def map_candidate(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    cid = str(item["id"])
    detail = item.get("_sub", {}).get("detail") or {}
    person = {**_clean(item), **detail}
    work = _experience(detail)
    primary = person.get("primaryAssignment") or {}
    email, phone = person.get("email"), person.get("phoneNumber")
    custom = {k: person.get(k) for k in ("internal", "averageRating") if person.get(k) is not None}
    out = [
        Rec(
            "candidates",
            cid,
            {
                "remote_id": cid,
                "first_name": person.get("firstName"),
                "last_name": person.get("lastName"),
                "company": work.get("company"),
                "title": work.get("title"),
                "source": _label(primary.get("source")),
                "phone_numbers": [{"phone_number": phone, "type": None}] if phone else [],
                "email_addresses": [{"email_address": email, "type": None}] if email else [],
                "social_media": _social(person.get("web")),
                "location": _location(person.get("location")),
                "custom_fields": custom or None,
                "integration_fields": [],
                "remote_created_at": iso(person.get("createdOn")),
                "remote_updated_at": iso(person.get("updatedOn")),
                "remote_data": {"/candidates": _clean(item), "/candidates/{id}": detail or None},
            },
        )
    ]
    for tag in person.get("tags") or []:
        # No company-wide tag list exists (VENDOR.md): a tag is known by its label.
        out.append(Rec("tags", tag, {"remote_id": tag, "name": tag, "remote_data": None}))
        out.append(
            Rec(
                "candidate_tags",
                f"{cid}:{tag}",
                {"candidate_id": ctx.id("candidates", cid), "tag_id": ctx.id("tags", tag)},
            )
        )
    for assignment in assignments(item):
        out.extend(_application(cid, assignment, item, ctx))
    out.extend(_attachments(cid, item, ctx))
    return out


#: SR attachment type → unified (VENDOR.md "Attachments and CVs": RESUME V, COVER_LETTER U; AVATAR and
#: GENERIC_FILE are other files).
ATTACHMENT_TYPES = {"RESUME": "CV", "COVER_LETTER": "COVER_LETTER"}


def _attachments(cid: str, item: dict[str, Any], ctx: MapContext) -> list[Rec]:
    """A candidate's files, from ``GET /candidates/{id}/attachments`` (phase 2: a bare list item has
    none, and then none are emitted, so nothing is taken for gone)."""
    body = item.get("_sub", {}).get("attachments")
    out = []
    for att in _content(body):
        if not isinstance(att, dict) or not att.get("id"):
            continue
        aid = str(att["id"])
        download = ((att.get("actions") or {}).get("download") or {}).get("url")
        out.append(
            Rec(
                "attachments",
                aid,
                {
                    "remote_id": aid,
                    "candidate_id": ctx.id("candidates", cid),
                    "application_id": None,  # SR files belong to the candidate (VENDOR.md)
                    "name": att.get("name"),
                    "type": ATTACHMENT_TYPES.get(str(att.get("type")), "OTHER"),
                    "content_type": att.get("contentType"),
                    "size": None,  # not in SR's list; the downloaded file's size is kept beside it
                    "data_url": download or f"/candidates/{cid}/attachments/{aid}",
                    "remote_created_at": None,
                    "remote_updated_at": None,
                    "remote_data": {**att, "candidateId": cid},
                },
            )
        )
    return out
