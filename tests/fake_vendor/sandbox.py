"""The Tiny ATS sandbox, from VENDOR.md (never from ``connector.py``): API key, page-number lists.

Everything vendor-neutral comes from ``connectors/sandbox/``: the server and request pipeline
(``SandboxApp``), the store, paging, seeded secrets and people, rate limits and faults; the seed data
is in ``sandbox_data.py``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from connectors.sandbox.auth import check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.paging import PagingError, page_number_page, parse_limit
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, json_response
from tests.fake_vendor.sandbox_data import SIZES, generate

PER_PAGE_DEFAULT, PER_PAGE_MAX = 20, 50  # VENDOR.md "Conventions" (V)
NOTE_MAX = 2000  # VENDOR.md "Resources" (V)


def create_app(*, seed: int, size: str, auth: str) -> TinySandbox:
    """The runner's entry point (``connectors.registry``)."""
    return TinySandbox(seed=seed, size=size, auth=auth)


class TinySandbox(SandboxApp):
    vendor = "tinyats"
    # VENDOR.md names no rate-limit headers, only Retry-After on a 429.
    rate_limit_header_names = NO_RATE_LIMIT_HEADERS

    def __init__(self, *, seed: int, size: str, auth: str) -> None:
        check_auth_mode(auth, ("api_key",), "Tiny ATS")
        super().__init__(seed=seed, size=size, auth=auth, rate_policy=RateLimitPolicy(rate=10.0))
        rng = random.Random(f"tinyats:{seed}")
        self.api_key = seeded_secret(rng, 32, prefix="tny_")
        for name, records in generate(rng, SIZES[size]).items():
            self.store.add_collection(name).load(records)
        for name in ("users", "jobs", "applications"):
            models = ("applications", "candidates") if name == "applications" else (name,)
            self.add_route("GET", f"/v1/{name}", self._lister(name), models=models)
        self.store.add_collection("notes")
        self.add_route("POST", "/v1/applications/{id}/notes", self._add_note)

    # -- vendor hooks ------------------------------------------------------------------------------
    def account(self) -> dict[str, str]:
        return {"base_url": self.base_url, "api_key": self.api_key}

    def authenticate(self, request: Request) -> str:
        key = request.header("X-Api-Key") or ""
        if not constant_time_in(key, {self.api_key}):
            raise HttpError(401, "Missing or invalid API key", "unauthorized")
        return "api_key"  # one key per account: the rate limit counts against it

    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        # VENDOR.md "Hosts and auth": {"error": {"code", "message"}}.
        return json_response({"error": {"code": code or str(status), "message": message}}, status)

    # -- routes ------------------------------------------------------------------------------------
    def _lister(self, collection: str) -> Any:
        def handler(request: Request) -> Response:
            try:
                page = int(request.arg("page") or "1")
                per_page = parse_limit(
                    request.arg("per_page"), default=PER_PAGE_DEFAULT, maximum=PER_PAGE_MAX
                )
                items = page_number_page(sorted(self.store[collection].values(), key=_order), page, per_page)
            except (ValueError, PagingError) as exc:
                raise HttpError(400, str(exc), "bad_request") from None
            return json_response({"data": items, "page": page, "per_page": per_page})

        return handler

    def _add_note(self, request: Request) -> Response:
        application = self.store["applications"].get(request.params["id"])
        if application is None:
            raise HttpError(404, f"No application {request.params['id']}", "not_found")
        body = request.json()
        text = body.get("body") if isinstance(body, dict) else None
        if not isinstance(text, str) or not 1 <= len(text) <= NOTE_MAX:
            raise HttpError(422, f"body must be text of 1 to {NOTE_MAX} characters", "invalid")
        note = {"id": f"n{len(self.store['notes']) + 1}", "application_id": application["id"], "body": text,
                "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
        return json_response(self.store["notes"].insert(note), 201)


def _order(record: dict[str, Any]) -> tuple[int, str]:
    # Ids are a letter and a number; serve them in creation order, as the vendor does (V).
    return int(record["id"][1:]), record["id"]
