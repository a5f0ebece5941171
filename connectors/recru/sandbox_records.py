"""The RECRU sandbox's records as the tenant shows them (VENDOR.md "Record shapes"): the ``render_*``
wire shapes, RECRU's local times, the result envelope (``ok``, ``Failed``), parameter checks and the
write clock, shared by the read and write methods.

The field lists of the renderers repeat what ``mapping.py`` reads: a deliberate duplication. The
sandbox is written from VENDOR.md, never from the connector, so a field the connector misreads shows
up as a failing test instead of being copied here (CONTRIBUTING.md "The sandbox").
"""

from __future__ import annotations

import re
import threading
from datetime import datetime
from typing import Any

from connectors.recru import sandbox_data as sd
from connectors.recru.rpc import TZ
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def stamp(ts: int | float | None) -> str | None:
    """Epoch seconds as RECRU writes a time: local, ``YYYY-MM-DD HH:MM:SS`` (VENDOR.md "Transport", A)."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, TZ).strftime("%Y-%m-%d %H:%M:%S")


def day(ts: int | float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts, TZ).strftime("%Y-%m-%d")


def parse_stamp(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ).timestamp())


def ok(data: Any = None, message: str = "", **extra: Any) -> dict[str, Any]:
    """A successful result: ``status``, ``message``, ``data`` (S [ITC]) and typed extras."""
    return {**extra, "status": "OK", "message": message, "data": [] if data is None else data}


class Failed(Exception):
    """An application error: answered as ``result.status = "FAILED"`` with this message (S/A)."""


class RecruRecords(SandboxApp):
    """Renderers and helpers the methods share (state is set by ``RecruSandbox``)."""

    clock: WriteClock
    _lock: threading.Lock

    def now_ts(self) -> int:
        """Write times: the real clock, never before the seed, strictly increasing."""
        return self.clock.tick()

    # -- parameters ---------------------------------------------------------------------------------
    @staticmethod
    def _request(params: dict[str, Any]) -> dict[str, Any]:
        request = params.get("request", {})
        if request is None:
            return {}
        if not isinstance(request, dict):
            raise HttpError(200, "Invalid params: request must be an object", "PARAMS")
        return request

    @staticmethod
    def _int(value: Any, name: str, *, required: bool = True) -> int | None:
        if value is None or value == "":
            if required:
                raise Failed(f"Pflichtfeld fehlt: {name}")
            return None
        try:
            return int(str(value))
        except ValueError:
            raise Failed(f"Ungültiger Wert für {name}: {value!r}") from None

    # -- rendering (the wire shapes of VENDOR.md "Record shapes") -----------------------------------
    def render_user(self, rec: dict[str, Any]) -> dict[str, Any]:
        offices = dict(sd.OFFICES)
        return {
            "id": int(rec["id"]),
            "name": rec["name"],
            "first_name": rec.get("first_name"),
            "last_name": rec.get("last_name"),
            "username": rec["username"],
            "email": rec.get("email"),
            "phone": rec.get("phone"),
            "acl": rec["acl"],
            "status": rec["status"],
            "offices": [{"id": o, "name": offices.get(o)} for o in rec.get("office_ids") or []],
            "updated_at": stamp(rec["updated_ts"]),
        }

    @staticmethod
    def render_step(step: tuple[int, str, str, int]) -> dict[str, Any]:
        sid, name, kind, position = step
        return {"id": sid, "name": name, "type": kind, "position": position}

    @staticmethod
    def _codebook(entries: tuple[tuple[Any, ...], ...], key: Any) -> dict[str, Any] | None:
        if key is None:
            return None
        for entry in entries:
            if entry[0] == key:
                return {"id": entry[0], "name": entry[1]}
        return None

    def render_pipeline(self, rec: dict[str, Any]) -> list[dict[str, Any]]:
        steps = {s[0]: s for s in sd.STEPS}
        return [
            {"id": sid, "name": steps[sid][1], "type": steps[sid][2], "position": n}
            for n, sid in enumerate(rec.get("pipeline") or [], start=1)
            if sid in steps
        ]

    def render_project(self, rec: dict[str, Any]) -> dict[str, Any]:
        departments = {name: n for n, name in enumerate(sorted({r.department for r in sd.ROLES}), start=1)}
        dept = rec.get("department")
        return {
            "id": int(rec["id"]),
            "name": rec["name"],
            "description": rec.get("description"),
            "client": rec.get("client"),
            "department": {"id": departments.get(dept, 99), "name": dept} if dept else None,
            "city": rec.get("city"),
            "country_id": rec.get("country_id"),
            "employment_type": self._codebook(sd.EMPLOYMENT_TYPES, rec.get("employment_type_id")),
            "experience_level": self._codebook(sd.EXPERIENCE_LEVELS, rec.get("experience_level_id")),
            "salary": rec.get("salary"),
            "salary_currency": rec.get("salary_currency"),
            "salary_period": rec.get("salary_period"),
            "status": rec["status"],
            "published": rec.get("published", 0),
            "internal": rec.get("internal", 0),
            "date_from": day(rec.get("date_from_ts")),
            "date_to": day(rec.get("date_to_ts")),
            "closed_at": stamp(rec.get("closed_ts")),
            "close_reason": self._codebook(sd.CLOSE_REASONS, rec.get("close_reason_id")),
            "owner_id": int(rec["owner_id"]) if rec.get("owner_id") else None,
            "users": [{"user_id": int(u["user_id"]), "role": u["role"]} for u in rec.get("users") or []],
            "pipeline": self.render_pipeline(rec),
            "created_at": stamp(rec["created_ts"]),
            "updated_at": stamp(rec["updated_ts"]),
        }

    def render_jobseeker(self, rec: dict[str, Any]) -> dict[str, Any]:
        tags = self.store["tags"]
        return {
            "id": int(rec["id"]),
            "first_name": rec.get("first_name"),
            "last_name": rec.get("last_name"),
            "title": rec.get("title"),
            "email": rec.get("email"),
            "email2": rec.get("email2"),
            "phone": rec.get("phone"),
            "mobile": rec.get("mobile"),
            "street": rec.get("street"),
            "zip": rec.get("zip"),
            "city": rec.get("city"),
            "country_id": rec.get("country_id"),
            "current_employer": rec.get("current_employer"),
            "current_position": rec.get("current_position"),
            "source": self._codebook(sd.SOURCES, rec.get("source_id")),
            "tags": [
                {"id": int(t), "name": tags.get(str(t))["name"]}  # type: ignore[index]
                for t in rec.get("tag_ids") or []
                if str(t) in tags
            ],
            "gdpr_consent": rec.get("gdpr_consent", 0),
            "gdpr_consent_valid_to": day(rec.get("gdpr_valid_to_ts")),
            "created_at": stamp(rec["created_ts"]),
            "updated_at": stamp(rec["updated_ts"]),
        }

    def render_application(self, rec: dict[str, Any]) -> dict[str, Any]:
        steps = {s[0]: s for s in sd.STEPS}
        step = steps.get(rec.get("pipeline_step_id"))  # type: ignore[arg-type]
        return {
            "id": int(rec["id"]),
            "project_id": int(rec["project_id"]),
            "jobseeker_id": int(rec["jobseeker_id"]),
            "pipeline_step": {"id": step[0], "name": step[1], "type": step[2]} if step else None,
            "rejection_reason": self._codebook(sd.REJECTION_REASONS, rec.get("rejection_reason_id")),
            "source": self._codebook(sd.SOURCES, rec.get("source_id")),
            "created_at": stamp(rec["created_ts"]),
            "updated_at": stamp(rec["updated_ts"]),
            "hired_at": stamp(rec.get("hired_ts")),
            "rejected_at": stamp(rec.get("rejected_ts")),
        }

    @staticmethod
    def render_tag(rec: dict[str, Any]) -> dict[str, Any]:
        return {"id": int(rec["id"]), "name": rec["name"], "color": rec.get("color")}

    @staticmethod
    def render_file(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": int(rec["id"]),
            "jobseeker_id": int(rec["jobseeker_id"]),
            "application_id": int(rec["application_id"]) if rec.get("application_id") else None,
            "file_type": rec["file_type"],
            "file_name": rec["file_name"],
            "mime_type": rec.get("mime_type"),
            "size": rec.get("size"),
            "created_at": stamp(rec["created_ts"]),
        }
