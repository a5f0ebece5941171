"""The CareerPlug sandbox's read routes (VENDOR.md "Reads the connector makes"): jobs (with a
distance filter around a postal code), apps (with date filters in the account's zone) and users,
plus the users' reset calls."""

from __future__ import annotations

import math
import re
import uuid
from datetime import date, timedelta
from typing import Any

from connectors.careerplug.sandbox_records import BOOLS, CareerPlugRecords, day_start_ms
from connectors.sandbox.wire import HttpError, Request, Response, json_response

DEFAULT_RADIUS_MILES = 25.0  # postal_code without postal_code_radius (U)
DATE_FIELDS = {"applied_at": "applied_ms", "hired_at": "hired_ms", "last_acted_on_at": "acted_ms"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))

class CareerPlugReads(CareerPlugRecords):
    """The GET handlers; ``CareerPlugSandbox`` registers them."""

    geo: dict[str, tuple[float, float]]
    postal_geo: dict[str, tuple[float, float]]

    # -- read handlers ------------------------------------------------------------------------------
    def _jobs(self, request: Request) -> Response:
        errors = self._checked(request)
        search = (request.arg("search") or "").strip().lower()
        postal = (request.arg("postal_code") or "").strip()
        radius_raw = request.arg("postal_code_radius")
        radius = DEFAULT_RADIUS_MILES
        if radius_raw:
            try:
                radius = float(radius_raw)
            except ValueError:
                errors.append("postal_code_radius is invalid")
        refs = {name: self._int(request, name, errors)
                for name in ("employment_id", "location_id", "department_id", "brand_id")}
        self._raise(errors)
        jobs = self.store["jobs"]
        ids = self._ids("jobs")
        if search or postal or any(v is not None for v in refs.values()):
            origin = self.postal_geo.get(postal) if postal else None

            def keep(job: dict[str, Any]) -> bool:
                if search and search not in job["name"].lower() and search not in job["description"].lower():
                    return False
                for name, value in refs.items():
                    if value is not None and job.get(name) != str(value):
                        return False
                if postal:
                    where = self.geo.get(job.get("location_id") or "")
                    if origin is None or where is None or _miles(origin, where) > radius:
                        return False
                return True

            key = ("jobs-f", jobs.version, search, postal, radius, tuple(sorted(refs.items(), key=str)))
            ids = self.store.cached(key, lambda: [i for i in ids if keep(jobs.records[i])])
        return self._page(request, ids, lambda i: self.render_job(jobs.records[i]))

    def _day(self, request: Request, name: str, errors: list[str]) -> date | None:
        raw = request.arg(name)
        if not raw:
            return None
        try:
            if not _DATE.match(raw):
                raise ValueError(raw)
            return date.fromisoformat(raw)
        except ValueError:
            errors.append(f"{name} is invalid")
            return None

    def _apps(self, request: Request) -> Response:
        """``GET /apps`` with ``job_id`` and the day-granular date filter (VENDOR.md, V)."""
        errors = self._checked(request)
        job_id = self._int(request, "job_id", errors)
        field_name = request.arg("date_field")
        if field_name is not None and field_name not in DATE_FIELDS:
            errors.append("date_field does not have a valid value")
        start, end = self._day(request, "start_date", errors), self._day(request, "end_date", errors)
        self._raise(errors)
        apps = self.store["apps"]
        ids = self._ids("apps")
        if job_id is not None:
            wanted = {a["id"] for a in apps.lookup("by_job", str(job_id))}
            every = ids
            ids = self.store.cached(
                ("apps-job", apps.version, job_id), lambda: [i for i in every if i in wanted]
            )
        if start or end:
            # Dates without date_field filter applied_at; date_field alone filters nothing (U).
            ms_key = DATE_FIELDS[field_name or "applied_at"]
            low = day_start_ms(start) if start else None
            # "up to and including 11:59:59PM" of end_date: before the next day's midnight (V).
            high = day_start_ms(end + timedelta(days=1)) if end else None

            def keep(app: dict[str, Any]) -> bool:
                value = app.get(ms_key)
                if value is None:
                    return False
                return (low is None or value >= low) and (high is None or value < high)

            base = ids
            ids = self.store.cached(
                ("apps-d", apps.version, job_id, ms_key, low, high),
                lambda: [i for i in base if keep(apps.records[i])],
            )
        return self._page(request, ids, lambda i: self.render_app(apps.records[i]))

    def _users(self, request: Request) -> Response:
        users = self.store["users"]
        ids = self._ids("users")
        email = (request.arg("email") or "").strip().lower()
        if email:
            ids = [i for i in ids if users.records[i]["email"].lower() == email]
        return self._page(request, ids, lambda i: self.render_user(users.records[i]))

    def _users_reset(self, request: Request) -> Response:
        """``POST /users/reset``: new SSO tokens for every user → 201 (V; the body is U)."""
        if request.body and request.content_type == "application/x-www-form-urlencoded":
            raw = request.form().get("aggregate")
            if raw is not None and raw.lower() not in BOOLS:
                raise HttpError(400, "aggregate is invalid")
        for user in self.store["users"].values():
            self._reset_user(user["id"])
        return json_response({}, 201)

    def _user_reset(self, request: Request) -> Response:
        user = self._get("users", request.params["id"], "User")
        self._reset_user(user["id"])
        return json_response({}, 200)

    def _reset_user(self, user_id: str) -> None:
        self.store["users"].update(user_id, {"login_token": uuid.uuid4().hex})
