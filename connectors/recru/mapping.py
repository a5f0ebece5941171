"""RECRU objects → unified records. The rules are VENDOR.md "Record shapes"; each mapper says which.

RECRU's list answers carry what several unified models need (a project its pipeline and hiring team,
a jobseeker its tags), so one vendor object can yield several records. ``remote_data`` is keyed by the
list method (there are no REST paths), and a write's refresh maps its ``…get`` answer under the same
key, so the next sync finds nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from connectors.base import MapContext, Rec
from connectors.base.declarations import Mapper
from connectors.recru import rpc

USERS = "UserService.getList"
STEPS = "CodebookService.getPipelineSteps"
PROJECTS = "ProjectService.getList"
JOBSEEKERS = "JobseekerService.getList"
APPLICATIONS = "ApplicationService.getList"
TAGS = "TagService.getList"
REJECTION_REASONS = "CodebookService.getRejectionReasons"

#: Employment-type codebook names → unified (VENDOR.md "Record shapes"); others pass through.
EMPLOYMENT = {
    "vollzeit": "FULL_TIME",
    "teilzeit": "PART_TIME",
    "befristet": "CONTRACT",
    "freiberuflich": "CONTRACT",
    "arbeitnehmerüberlassung": "CONTRACT",
    "saisonal": "SEASONAL",
    "praktikum": "INTERNSHIP",
    "werkstudent": "INTERNSHIP",
}
SALARY_PERIOD = {"jahr": "YEAR", "monat": "MONTH", "woche": "WEEK", "tag": "DAY", "stunde": "HOUR"}
#: Project roles → unified hiring-team roles; ``sales`` has no unified role and passes through.
ROLES = {
    "owner": "RECRUITER",
    "consultant": "RECRUITER",
    "recruiter": "RECRUITER",
    "manager": "HIRING_MANAGER",
    "client_contact": "HIRING_MANAGER",
    "hiring_manager": "HIRING_MANAGER",
}
_JOB_STATUS = {"closed": "CLOSED", "draft": "DRAFT", "archived": "ARCHIVED", "open": "OPEN"}


def keyed(mapper: Mapper, method: str) -> Mapper:
    """``mapper`` with ``remote_data`` keyed by ``method``, the method the tenant actually served the item
    with (discovered at run time, ``services``), instead of the default name the mapper knows."""

    def run(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
        for rec in mapper(item, ctx):
            data = rec.fields.get("remote_data")
            if isinstance(data, dict) and len(data) == 1 and method not in data:
                rec.fields["remote_data"] = {method: next(iter(data.values()))}
            yield rec

    return run


def raw(item: dict[str, Any]) -> dict[str, Any]:
    """The vendor's object as it came (our annotations, ``_…`` keys, left out)."""
    return {k: v for k, v in item.items() if not k.startswith("_")}


def _name(value: Any) -> str | None:
    """A codebook value ``{id, name}`` (VENDOR.md "Transport", A), or a bare label."""
    if isinstance(value, dict):
        name = value.get("name")
        return str(name) if name not in (None, "") else None
    return str(value) if value not in (None, "") else None


def _id(value: Any) -> Any:
    return value.get("id") if isinstance(value, dict) else value


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


# --- users ------------------------------------------------------------------------------------------


def map_user(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """A deleted user (``status`` 1, S) is not stored: the users list is read in full on every sync,
    so its sweep marks the user gone (VENDOR.md "Paging and deltas")."""
    if str(item.get("status")) == "1":
        return
    first, last = _text(item.get("first_name")), _text(item.get("last_name"))
    if first is None and last is None and item.get("name"):
        # The S-documented User object has only ``name``: split at the last space.
        full = str(item["name"]).strip()
        first, _, last = full.rpartition(" ") if " " in full else ("", "", full)
        first = first or None
    yield Rec(
        "users",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "first_name": first,
            "last_name": last,
            "email": _text(item.get("email")),
            "status": "ACTIVE",
            "remote_data": {USERS: raw(item)},
        },
    )


# --- stages -----------------------------------------------------------------------------------------


def map_step(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """One application stage per tenant pipeline step (VENDOR.md "Record shapes")."""
    yield Rec(
        "application_stages",
        str(item["id"]),
        {"remote_id": str(item["id"]), "name": _text(item.get("name")), "remote_data": {STEPS: dict(item)}},
    )


def map_project_steps(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """The stages a project's pipeline names: the route where a tenant lists no pipeline steps of its
    own (``services``); the same step appears in many projects and is stored once."""
    for step in item.get("pipeline") or []:
        if isinstance(step, dict) and step.get("id") is not None:
            yield from map_step({k: v for k, v in step.items() if k != "position"}, ctx)


def map_rejection_reason(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """One rejection reason per entry of RECRU's published codebook (S [MC-README]: Get Rejection Reasons)."""
    yield Rec(
        "rejection_reasons",
        str(item["id"]),
        {
            "remote_id": str(item["id"]),
            "name": _text(item.get("name")),
            "remote_data": {REJECTION_REASONS: raw(item)},
        },
    )


# --- jobs -------------------------------------------------------------------------------------------


def job_status(item: dict[str, Any]) -> str:
    status = str(item.get("status") or "").lower()
    if status == "closed" or item.get("closed_at") or _id(item.get("close_reason")):
        return "CLOSED"
    return _JOB_STATUS.get(status, "OPEN") if status else "OPEN"


def visibility(item: dict[str, Any]) -> str:
    if rpc.flag(item.get("published")):
        return "PUBLIC"
    if rpc.flag(item.get("internal")):
        return "INTERNAL"
    return "UNLISTED"


def _employment(value: Any) -> str | None:
    name = _name(value)
    return EMPLOYMENT.get(name.casefold(), name) if name else None


def _amount(value: Any) -> float | None:
    if value in (None, ""):
        return None
    return float(str(value).replace(",", "."))


def map_project(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """A project → its job, its job-specific stages (``pipeline`` in RECRU's order) and its hiring team
    (``users[]`` plus the owner)."""
    pid = str(item["id"])
    job_id = ctx.id("jobs", pid)
    period = _name(item.get("salary_period"))
    opened = rpc.utc(item.get("date_from")) or rpc.utc(item.get("created_at"))
    yield Rec(
        "jobs",
        pid,
        {
            "remote_id": pid,
            "name": _text(item.get("name")),
            "description": item.get("description"),
            "employment_type": _employment(item.get("employment_type")),
            "status": job_status(item),
            "visibility": visibility(item),
            "department": _name(item.get("department")),
            "experience_level": _name(item.get("experience_level")),
            "location": {"city": item.get("city"), "country": item.get("country_id"), "raw": item.get("city")}
            if item.get("city")
            else None,
            "opened_at": opened,
            "closed_at": rpc.utc(item.get("closed_at")),
            "remote_created_at": rpc.utc(item.get("created_at")),
            "remote_updated_at": rpc.utc(item.get("updated_at")),
            "contact_id": ctx.id("users", item.get("owner_id")),
            "salary_amount": _amount(item.get("salary")),
            "salary_currency": _text(item.get("salary_currency")),
            "salary_period": SALARY_PERIOD.get(period.casefold(), period) if period else None,
            "remote_data": {PROJECTS: raw(item)},
        },
    )
    # Job-specific stages: sorted by the project's own ``position``, ties by step id; index from 0.
    steps = [s for s in item.get("pipeline") or [] if isinstance(s, dict) and s.get("id") is not None]
    steps.sort(key=lambda s: (int(s.get("position") or 0), int(s["id"])))
    for index, step in enumerate(steps):
        yield Rec(
            "job_application_stages",
            f"{pid}:{step['id']}",
            {"job_id": job_id, "stage_id": ctx.id("application_stages", step["id"]), "index": index},
        )
    # Hiring team: one member per user, with every role they hold on the project.
    roles: dict[str, list[str]] = {}
    if item.get("owner_id") is not None:
        roles.setdefault(str(item["owner_id"]), []).append("RECRUITER")
    for member in item.get("users") or []:
        if not isinstance(member, dict) or member.get("user_id") is None:
            continue
        role = str(member.get("role") or "").lower()
        unified = ROLES.get(role, role.upper() or "RECRUITER")
        held = roles.setdefault(str(member["user_id"]), [])
        if unified not in held:
            held.append(unified)
    for uid, held in roles.items():
        yield Rec(
            "job_hiring_team_members",
            f"{pid}:{uid}",
            {"job_id": job_id, "user_id": ctx.id("users", uid), "roles": held},
        )


# --- candidates -------------------------------------------------------------------------------------


def map_jobseeker(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    """A jobseeker → candidate and candidate tags. GDPR consent has no unified candidate field, so
    ``custom_fields`` carries it (VENDOR.md "Record shapes")."""
    jid = str(item["id"])
    emails = [
        {"email_address": str(item[key]).strip(), "type": kind}
        for key, kind in (("email", "PERSONAL"), ("email2", "OTHER"))
        if _text(item.get(key))
    ]
    phones = [
        {"phone_number": str(item[key]).strip(), "type": kind}
        for key, kind in (("phone", "PERSONAL"), ("mobile", "MOBILE"))
        if _text(item.get(key))
    ]
    street, zip_code, city = _text(item.get("street")), _text(item.get("zip")), _text(item.get("city"))
    country = _text(item.get("country_id"))
    location = None
    if street or zip_code or city or country:
        parts = [p for p in (street, " ".join(p for p in (zip_code, city) if p), country) if p]
        location = {
            "street_1": street,
            "zip_code": zip_code,
            "city": city,
            "country": country.upper() if country and len(country) == 2 else country,
            "raw": ", ".join(parts),
        }
    consent = rpc.flag(item.get("gdpr_consent"))
    valid_to = item.get("gdpr_consent_valid_to")
    custom = {
        "gdpr_consent": bool(consent),
        "gdpr_consent_valid_to": valid_to if valid_to and not str(valid_to).startswith("0000") else None,
    }
    yield Rec(
        "candidates",
        jid,
        {
            "remote_id": jid,
            "first_name": _text(item.get("first_name")),
            "last_name": _text(item.get("last_name")),
            "company": _text(item.get("current_employer")),
            "title": _text(item.get("current_position")),
            "source": _name(item.get("source")),
            "email_addresses": emails,
            "phone_numbers": phones,
            "location": location,
            "custom_fields": custom,
            "remote_created_at": rpc.utc(item.get("created_at")),
            "remote_updated_at": rpc.utc(item.get("updated_at")),
            "remote_data": {JOBSEEKERS: raw(item)},
        },
    )
    candidate_id = ctx.id("candidates", jid)
    for tag in item.get("tags") or []:
        tag_id = _id(tag)
        if tag_id is None:
            continue
        yield Rec(
            "candidate_tags",
            f"{jid}:{tag_id}",
            {"candidate_id": candidate_id, "tag_id": ctx.id("tags", tag_id)},
        )


# --- applications -----------------------------------------------------------------------------------


def outcome(item: dict[str, Any]) -> str:
    """HIRED for a ``hired`` step or a hiring date; DECLINED for a ``rejected`` step or a rejection
    reason; else PENDING (VENDOR.md "Record shapes")."""
    step = item.get("pipeline_step")
    kind = str(step.get("type") or "").lower() if isinstance(step, dict) else ""
    if kind == "hired" or rpc.local(item.get("hired_at")):
        return "HIRED"
    if kind == "rejected" or _id(item.get("rejection_reason")) is not None:
        return "DECLINED"
    return "PENDING"


def map_application(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    aid = str(item["id"])
    step = item.get("pipeline_step")
    declined = outcome(item) == "DECLINED"
    yield Rec(
        "applications",
        aid,
        {
            "remote_id": aid,
            "outcome": outcome(item),
            "rejection_reason_name": _name(item.get("rejection_reason")),
            "rejected_at": (rpc.utc(item.get("rejected_at")) or rpc.utc(item.get("updated_at")))
            if declined
            else None,
            "current_stage_id": ctx.id("application_stages", _id(step)),
            "job_id": ctx.id("jobs", item.get("project_id")),
            "candidate_id": ctx.id("candidates", item.get("jobseeker_id")),
            "remote_created_at": rpc.utc(item.get("created_at")),
            "remote_updated_at": rpc.utc(item.get("updated_at")),
            "remote_data": {APPLICATIONS: raw(item)},
        },
    )


# --- tags -------------------------------------------------------------------------------------------


def map_tag(item: dict[str, Any], ctx: MapContext) -> Iterable[Rec]:
    yield Rec(
        "tags",
        str(item["id"]),
        {"remote_id": str(item["id"]), "name": _text(item.get("name")), "remote_data": {TAGS: raw(item)}},
    )
