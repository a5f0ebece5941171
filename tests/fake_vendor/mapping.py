"""Tiny ATS objects → unified records (rules and their tags in VENDOR.md "Mapping notes").

Pure functions of one vendor object: ``tests/golden/`` can pin them without a sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from connectors.base import MapContext, Rec
from connectors.unified.timefmt import iso

_JOB_STATUS = {"open": "OPEN", "closed": "CLOSED", "draft": "DRAFT"}
_OUTCOME = {"hired": "HIRED", "rejected": "DECLINED"}  # VENDOR.md (U)


def map_user(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(item["id"])
    yield Rec("users", key, {
        "remote_id": key,
        "first_name": item.get("first_name"),
        "last_name": item.get("last_name"),
        "email": item.get("email"),
        "status": "ACTIVE" if item.get("active", True) else "INACTIVE",
        "remote_data": {"/v1/users": item},
    })


def map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    key = str(item["id"])
    status = item.get("status")
    yield Rec("jobs", key, {
        "remote_id": key,
        "name": item.get("title"),
        "job_code": item.get("reference"),
        "status": _JOB_STATUS.get(status or "", status),
        "contact_id": ctx.id("users", item.get("owner_id")),
        "remote_created_at": iso(item.get("created_at")),
        "remote_updated_at": iso(item.get("updated_at")),
        "remote_data": {"/v1/jobs": item},
    })


def map_application(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    """An application and the candidate it embeds (candidates have no endpoint: VENDOR.md)."""
    key = str(item["id"])
    embedded = item.get("candidate")
    person: dict[str, Any] = embedded if isinstance(embedded, dict) else {}
    candidate_key = str(person["id"]) if person.get("id") is not None else None
    if candidate_key is not None:
        yield Rec("candidates", candidate_key, {
            "remote_id": candidate_key,
            "first_name": person.get("first_name"),
            "last_name": person.get("last_name"),
            "email_addresses": [{"email_address": e, "type": None} for e in [person.get("email")] if e],
            "phone_numbers": [{"phone_number": p, "type": None} for p in [person.get("phone")] if p],
            "remote_data": {"/v1/applications#candidate": person},
        })
    yield Rec("applications", key, {
        "remote_id": key,
        "outcome": _OUTCOME.get(item.get("outcome") or ""),
        "job_id": ctx.id("jobs", item.get("job_id")),
        "candidate_id": ctx.id("candidates", candidate_key),
        "remote_created_at": iso(item.get("created_at")),
        "remote_updated_at": iso(item.get("updated_at")),
        "remote_data": {"/v1/applications": {k: v for k, v in item.items() if k != "candidate"}},
    })
