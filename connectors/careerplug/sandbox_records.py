"""The CareerPlug sandbox's records as the API shows them: Rails times in the account's zone, the
write clock, Grape-style parameter checks, paging, lookups and one ``render_*`` per definition of
CareerPlug's Swagger spec, shared by the read and write routes.

The renderers' field lists repeat what ``mapping.py`` reads: a deliberate duplication. The sandbox is
written from the vendor's spec, never from the connector, so a field the connector misreads shows up
as a failing test instead of being copied here (CONTRIBUTING.md "The sandbox").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import sorted_ids
from connectors.sandbox.paging import PagingError, page_number_page
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, json_response
from connectors.unified.zones import vendor_zone

PER_PAGE_DEFAULT, PER_PAGE_MAX = 25, 100  # VENDOR.md "Conventions": both U
BOOLS = frozenset({"true", "t", "1", "yes", "false", "f", "0", "no"})  # what Grape coerces to a Boolean


# The account's time zone (VENDOR.md: America/Chicago, U).
TZ = vendor_zone("America/Chicago")


def stamp(ms: int | None) -> str | None:
    """Epoch milliseconds as CareerPlug renders a date-time (Rails: local time with its offset)."""
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, TZ).isoformat(timespec="milliseconds")


def day_start_ms(day: date) -> int:
    """00:00:00 of ``day`` in the account's time zone, as epoch milliseconds."""
    return int(datetime(day.year, day.month, day.day, tzinfo=TZ).timestamp() * 1000)


class CareerPlugRecords(SandboxApp):
    """Helpers and renderers the routes share (state is set by ``CareerPlugSandbox``)."""

    clock: WriteClock
    account_ref: dict[str, Any]

    def now_ms(self) -> int:
        """Write times: real time, never before the seed and strictly increasing."""
        return self.clock.tick()

    # -- parameters (Grape-style validation, VENDOR.md "Conventions") ---------------------------------
    @staticmethod
    def _int(request: Request, name: str, errors: list[str]) -> int | None:
        raw = request.arg(name)
        if raw is None or raw == "":
            return None
        try:
            return int(raw)
        except ValueError:
            errors.append(f"{name} is invalid")
            return None

    def _common(self, request: Request, errors: list[str]) -> None:
        """The shared collection parameters: checked for type, then ignored (one account)."""
        self._int(request, "account_id", errors)
        raw = request.arg("aggregate")
        if raw is not None and raw.lower() not in BOOLS:
            errors.append("aggregate is invalid")
        for value in request.args("account_class_ids[]"):
            try:
                int(value)
            except ValueError:
                errors.append("account_class_ids is invalid")
                break

    def _paging(self, request: Request, errors: list[str]) -> tuple[int, int]:
        page = self._int(request, "page", errors)
        per_page = self._int(request, "per_page", errors)
        # Kaminari-like (U): page < 1 is the first page, per_page < 1 the default, above the maximum clamped.
        page = page if page and page > 0 else 1
        per_page = per_page if per_page and per_page > 0 else PER_PAGE_DEFAULT
        return page, min(per_page, PER_PAGE_MAX)

    @staticmethod
    def _raise(errors: list[str]) -> None:
        if errors:
            raise HttpError(400, ", ".join(dict.fromkeys(errors)))

    def _checked(self, request: Request) -> list[str]:
        """Errors of the paging and shared parameters, first as Grape lists them (declaration order)."""
        errors: list[str] = []
        self._paging(request, errors)
        self._common(request, errors)
        return errors

    def _page(self, request: Request, ids: list[str], render: Callable[[str], Any]) -> Response:
        errors: list[str] = []
        page, per_page = self._paging(request, errors)
        self._common(request, errors)
        self._raise(errors)
        try:
            chunk = page_number_page(ids, page, per_page)
        except PagingError as exc:  # pragma: no cover - page is clamped above
            raise HttpError(400, str(exc)) from exc
        # A bare JSON array: no envelope, no totals, no next link (VENDOR.md, V/S).
        return json_response([render(i) for i in chunk])

    def _ids(self, collection: str) -> list[str]:
        """All ids in ascending numeric order (VENDOR.md: list order U)."""
        return sorted_ids(self.store, collection)

    def _get(self, collection: str, raw_id: str, model: str) -> dict[str, Any]:
        try:
            int(raw_id)
        except ValueError:
            raise HttpError(400, "id is invalid") from None
        record = self.store[collection].get(raw_id)
        if record is None:
            raise HttpError(404, f"Couldn't find {model} with 'id'={raw_id}", "RECORD_NOT_FOUND")
        return record

    def _one(self, collection: str, model: str, render: Callable[[dict[str, Any]], Any]) -> Any:
        def handler(request: Request) -> Response:
            return json_response(render(self._get(collection, request.params["id"], model)))

        return handler

    def _simple_list(self, collection: str, render: Callable[[dict[str, Any]], Any]) -> Any:
        def handler(request: Request) -> Response:
            records = self.store[collection].records
            return self._page(request, self._ids(collection), lambda i: render(records[i]))

        return handler

    # -- renderers (field order as in the spec's definitions) ---------------------------------------
    def render_simple(self, collection: str, record_id: str | None) -> dict[str, Any] | None:
        record = self.store[collection].get(record_id) if record_id else None
        return {"id": int(record["id"]), "name": record["name"]} if record else None

    @staticmethod
    def render_simple_account(record: dict[str, Any]) -> dict[str, Any]:
        return {"id": int(record["id"]), "name": record["name"], "account": record["account"]}

    def render_user(self, user: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": int(user["id"]),
            "email": user["email"],
            "firstname": user["firstname"],
            "lastname": user["lastname"],
            "description": user.get("description"),
            "title": user.get("title"),
            "role": user["role"],
            "phone": user["phone"],
            "login_url": f"{self.base_url}/sso/login?token={user['login_token']}",
            "account": user["account"],
        }

    def render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        location = self.store["locations"].get(job.get("location_id") or "") or {}
        owner = self.store["users"].get(job.get("owner_id") or "") or {}
        questions = self.store["questions"]
        return {
            "id": int(job["id"]),
            "name": job["name"],
            "description": job["description"],
            "status": job["status"],
            "city": location.get("city") or "",
            "state": location.get("state") or "",
            "postal_code": location.get("zip code") or "",
            "country": location.get("country") or "US",
            "employment": self.render_simple("employments", job.get("employment_id")),
            "job_template_name": job.get("job_template_name"),
            "code": job.get("code"),
            "created_at": stamp(job["created_ms"]),
            "updated_at": stamp(job["updated_ms"]),
            "location": location or None,
            "department": self.render_simple("departments", job.get("department_id")),
            # An array of questions, although the spec types it "object" (VENDOR.md "Inner shapes", U).
            "prescreen_questions": [q for q in (questions.get(i) for i in job.get("question_ids", ())) if q],
            "brand": self.render_simple("brands", job.get("brand_id")),
            # UserRef: its id is a string in the spec (V).
            "owner": {
                "id": str(owner.get("id", "")),
                "firstname": owner.get("firstname"),
                "lastname": owner.get("lastname"),
                "email": owner.get("email"),
            },
            "account": self.account_ref,
        }

    def render_app(self, app: dict[str, Any]) -> dict[str, Any]:
        job = self.store["jobs"].get(app.get("job_id") or "") or {}
        location = self.store["locations"].get(job.get("location_id") or "")
        return {
            "id": int(app["id"]),
            "account": self.account_ref,
            "job": {"id": int(app["job_id"]), "name": job.get("name"), "account": self.account_ref},
            "app": app["app"],
            "location": location,
            "hiring_step": self.render_simple("hiring_steps", app.get("hiring_step_id")),  # null = New (V)
            "hiring_status": app["hiring_status"],
            "prescreen_questions": app.get("prescreen_questions") or [],  # an array (VENDOR.md, U)
            "applied_at": stamp(app["applied_ms"]),
            "last_updated": stamp(app.get("updated_ms")),
            "hired_at": stamp(app.get("hired_ms")),
            "start_date": stamp(app.get("start_ms")),
            "source_name": app.get("source_name"),
            "last_acted_on_at": stamp(app.get("acted_ms")),
        }
