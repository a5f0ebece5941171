"""The CareerPlug sandbox: one loopback server that behaves like CareerPlug's OAuth host and API host.

Built from ``VENDOR.md`` (this package's contract) and CareerPlug's own Swagger spec
(``../shared/ats-apis/careerplug/swagger_doc.json``: paths, parameters, field names, required fields),
never from our connector. The real vendor has two hosts (``app.careerplug.com`` for OAuth,
``api.careerplug.com`` for the API); here both live on one server: OAuth under ``/oauth/…``, the API
at the root, so the account's ``auth_url`` equals its ``base_url``.

Internal records (``sandbox_data.py``) carry string ids and epoch-millisecond times; every response
is rendered by a ``render_*`` method so each wire shape lives in one place.

Vendor switches (``PATCH /_sandbox/settings``) on top of the framework's faults:
- ``elb_throttle``: the next N API-host requests get the AWS load balancer's bare HTML 403 (VENDOR.md);
- ``unprovisioned``: tokens mint fine but every API call gets the WineBouncer 401 (VENDOR.md);
- ``token_ttl_seconds``, ``accept_bearer_header``, ``validate_prescreen_answers``.
Test-only admin hook (CareerPlug has no API for it): ``PATCH /_sandbox/records/apps/{id}`` with
``{"hiring_step_id": "<step id>" | null, "hiring_status": "..."}`` moves an app like a recruiter would.

The class is cut by concern: ``sandbox_auth`` (OAuth host and tokens), ``sandbox_records`` (times,
parameters, paging, renderers), ``sandbox_reads`` and ``sandbox_writes`` (the route handlers); this
module holds the data, the pipeline hooks (the ELB, the error body), the route table and the
control-API hooks.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from typing import Any

from connectors.careerplug.sandbox_auth import AUTH_MODES, TOKEN_TTL_SECONDS, CareerPlugAuth, urlsafe_secret
from connectors.careerplug.sandbox_data import (
    ANCHOR_MS,
    HIRING_STATUSES,
    JOB_STATUSES,
    USER_ROLES,
    SeedData,
    generate,
)
from connectors.careerplug.sandbox_reads import CareerPlugReads
from connectors.careerplug.sandbox_writes import CareerPlugWrites
from connectors.sandbox.auth import check_auth_mode
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import Request, Response, json_response

# The AWS load balancer's throttle page (VENDOR.md "Conventions", S): HTML, no X-Request-Id.
ELB_403 = (
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
    "<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n"
)


class CareerPlugSandbox(CareerPlugAuth, CareerPlugReads, CareerPlugWrites):
    vendor = "careerplug"
    # No rate-limit headers: CareerPlug documents none (VENDOR.md "Conventions").
    rate_limit_header_names = NO_RATE_LIMIT_HEADERS
    send_retry_after = False

    def __init__(self, *, seed: int, size: str, auth: str) -> None:
        check_auth_mode(auth, AUTH_MODES, "CareerPlug")
        # No published limits: unlimited unless a test or benchmark sets a rate (then 429, U).
        super().__init__(seed=seed, size=size, auth=auth, rate_policy=RateLimitPolicy())
        with paused_gc():
            data = generate(seed, size)
            self.account_ref = data.account
            self.geo = data.geo
            self.postal_geo = data.postal_geo
            self._setup_store(data)
        cred = random.Random(f"careerplug-credentials:{seed}")
        self.client_id = urlsafe_secret(cred)
        self.client_secret = urlsafe_secret(cred)
        self.tokens = self.token_issuer(TOKEN_TTL_SECONDS)
        self._token_created: dict[str, int] = {}
        self.resumes: dict[str, dict[str, Any]] = {}  # app id -> the resume POST /apps carried
        self._lock = threading.Lock()
        # Times in epoch milliseconds (module doc); writes never date before the seed.
        self.clock = WriteClock(ANCHOR_MS, "ms")
        self.settings = {
            "elb_throttle": 0,
            "unprovisioned": False,
            "token_ttl_seconds": TOKEN_TTL_SECONDS,
            "accept_bearer_header": True,
            "validate_prescreen_answers": True,
        }
        self._register_routes()

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: SeedData) -> None:
        s = self.store
        s.add_collection("users").load(data.users)
        s.add_collection("locations").load(data.locations)
        s.add_collection("departments").load(data.departments)
        s.add_collection("employments").load(data.employments)
        s.add_collection("brands").load(data.brands)
        s.add_collection("questions").load(data.questions)
        s.add_collection("hiring_steps").load(data.hiring_steps)
        s.add_collection("sources").load(data.sources)
        s.add_collection("jobs").load(data.jobs)
        apps = s.add_collection("apps")
        apps.add_index("by_job", lambda r: r.get("job_id"))
        apps.load(data.apps)

    # -- pipeline hooks ---------------------------------------------------------------------------
    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        # Grape's error body (VENDOR.md "Conventions", V/S); the framework's unknown-route 404 gets
        # Grape's own words.
        if status == 404 and code == "NOT_FOUND" and message.startswith("Resource not found"):
            message = "Unable to find endpoint"
        return json_response({"error": message}, status)

    def dispatch(self, request: Request) -> Response | str:
        if request.path.startswith("/_sandbox"):
            return super().dispatch(request)
        # The API host's balancer (VENDOR.md "Conventions"); the sign-in host is left alone.
        if not request.path.startswith("/oauth/") and self._take_elb_throttle():
            self.stats.record(request.method, None, 403)
            return Response(403, ELB_403.encode("ascii"), "text/html", [("Server", "awselb/2.0")])
        started = time.perf_counter()
        if (
            request.path.startswith("/oauth/")
            and self.router.match(request.method, request.path) is None
            and not self.router.path_exists(request.path)
        ):
            result: Response | str = json_response({"error": "not_found"}, 404)  # Doorkeeper host (S)
            self.stats.record(request.method, None, 404)
        else:
            result = super().dispatch(request)
        if isinstance(result, Response):
            # Every answer of the real application carries both (VENDOR.md: how to tell the ELB apart).
            result.headers.append(("X-Request-Id", str(uuid.uuid4())))
            result.headers.append(("X-Runtime", f"{time.perf_counter() - started:.6f}"))
        return result

    def _take_elb_throttle(self) -> bool:
        if not self.settings.get("elb_throttle"):
            return False
        with self._lock:
            left = int(self.settings.get("elb_throttle") or 0)
            if left <= 0:
                return False
            self.settings["elb_throttle"] = left - 1
            return True

    # -- routes -------------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        r = self.add_route
        # Minting a token changes no data: not a write for the fault machinery (fail_after_accept).
        r("POST", "/oauth/token", self._token, auth=False, rate_limited=False, write=False)
        r("GET", "/oauth/token/info", self._token_info, auth=False, rate_limited=False)
        # The spec's paths (V), all of them.
        # Each route names the unified model of the stream that reads it (``--without MODEL``). Candidates
        # and stages have no endpoint: they are derived from /apps, so only applications, jobs and users
        # can be switched off (switching off applications takes the derived ones with it).
        jobs, apps, users = ("jobs",), ("applications",), ("users",)
        r("GET", "/jobs", self._jobs, models=jobs)
        r("GET", "/jobs/{id}", self._one("jobs", "Job", lambda rec: self.render_job(rec)), models=jobs)
        r("GET", "/apps", self._apps, models=apps)
        r("POST", "/apps", self._create_app, models=apps)
        r("GET", "/apps/{id}", self._one("apps", "App", lambda rec: self.render_app(rec)), models=apps)
        r("GET", "/users", self._users, models=users)
        r("GET", "/users/{id}", self._one("users", "User", lambda rec: self.render_user(rec)), models=users)
        r("POST", "/users/reset", self._users_reset, models=users)
        r("PUT", "/users/reset/{id}", self._user_reset, models=users)
        r("GET", "/locations", self._simple_list("locations", lambda rec: rec))
        r("GET", "/locations/{id}", self._one("locations", "Location", lambda rec: rec))
        for name in ("departments", "employments", "brands"):
            r("GET", f"/{name}", self._simple_list(name, self.render_simple_account))

    # -- control-API hooks ---------------------------------------------------------------------------
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        rec = dict(record)
        if "id" in rec:
            rec["id"] = str(rec["id"])
        now = self.now_ms()
        with self.store.lock:
            rec.setdefault("id", next_numeric_id(self.store, collection))
            if collection == "apps":
                if str(rec.get("job_id")) not in self.store["jobs"]:
                    raise ValueError("an app needs an existing job_id")
                rec["job_id"] = str(rec["job_id"])
                if not isinstance(rec.get("app"), dict):
                    raise ValueError("an app needs an 'app' applicant object")
                for key, default in (("hiring_step_id", None), ("hiring_status", "new_app"),
                                     ("prescreen_questions", []), ("applied_ms", now), ("hired_ms", None),
                                     ("start_ms", None), ("source_name", "Sandbox")):
                    rec.setdefault(key, default)
                rec.setdefault("acted_ms", rec["applied_ms"])
                rec.setdefault("updated_ms", rec["acted_ms"])
            elif collection == "jobs":
                for key, default in (("status", "active"), ("description", ""), ("question_ids", []),
                                     ("created_ms", now)):
                    rec.setdefault(key, default)
                rec.setdefault("updated_ms", rec["created_ms"])
            elif collection == "users":
                rec.setdefault("role", "employee")
                rec.setdefault("login_token", uuid.uuid4().hex)
                rec.setdefault("account", self.account_ref)
            return self.store[collection].insert(rec)

    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        stamped = dict(changes)
        now = self.now_ms()
        if collection == "apps":
            app = self.store["apps"].get(record_id) or {}
            if "hiring_step_id" in changes:
                step = changes["hiring_step_id"]
                if step is not None and str(step) not in self.store["hiring_steps"]:
                    known = ", ".join(self.store["hiring_steps"].records)
                    raise ValueError(f"unknown hiring step {step!r}; known: {known}")
                stamped["hiring_step_id"] = str(step) if step is not None else None
                if "hiring_status" not in changes:
                    # A recruiter moving an app into a step puts it in process; back to no step is New.
                    stamped["hiring_status"] = "in_process" if step is not None else "new_app"
            status = stamped.get("hiring_status")
            if status is not None and status not in HIRING_STATUSES:
                raise ValueError(f"unknown hiring_status {status!r}; known: {', '.join(HIRING_STATUSES)}")
            if status == "hired" and app.get("hired_ms") is None:
                stamped.setdefault("hired_ms", now)
            if {"hiring_step_id", "hiring_status"} & set(changes):
                stamped.setdefault("acted_ms", now)  # a recruiter's action (VENDOR.md date filter)
            stamped.setdefault("updated_ms", now)
        elif collection == "jobs":
            if "status" in changes and changes["status"] not in JOB_STATUSES:
                known_statuses = ", ".join(JOB_STATUSES)
                raise ValueError(f"unknown job status {changes['status']!r}; known: {known_statuses}")
            stamped.setdefault("updated_ms", now)
        elif collection == "users" and "role" in changes and changes["role"] not in USER_ROLES:
            raise ValueError(f"unknown role {changes['role']!r}; known: {', '.join(USER_ROLES)}")
        # Plain field replacement: merge-patching the shared applicant object would be surprising.
        return self.store[collection].update(record_id, stamped, merge=False)

    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """A deleted job takes its apps along (U)."""
        with self.store.lock:
            if collection == "jobs":
                for app in self.store["apps"].lookup("by_job", record_id):
                    self.store["apps"].delete(app["id"])
            return self.store[collection].delete(record_id)


#: The runner's entry point (``connectors.registry.VENDORS``): the class itself.
create_app = CareerPlugSandbox
