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
"""

from __future__ import annotations

import base64
import binascii
import math
import random
import re
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from connectors.careerplug.sandbox_data import (
    ANCHOR_MS,
    HIRING_STATUSES,
    JOB_STATUSES,
    USER_ROLES,
    SeedData,
    generate,
)
from connectors.sandbox.auth import bearer_token, check_auth_mode, constant_time_in
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id, sorted_ids
from connectors.sandbox.paging import PagingError, page_number_page
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import HttpError, Request, Response, json_response
from connectors.unified.zones import vendor_zone

# The runner's generic default is "api_key"; CareerPlug only has OAuth, so both mean client credentials.
AUTH_MODES = ("oauth", "api_key")
TOKEN_TTL_SECONDS = 172_800  # 48 h (VENDOR.md "Hosts and auth", S)
SCOPE = "global_partner_api"
PER_PAGE_DEFAULT, PER_PAGE_MAX = 25, 100  # VENDOR.md "Conventions": both U
DEFAULT_RADIUS_MILES = 25.0  # postal_code without postal_code_radius (U)
WINEBOUNCER = "OAuth error: WineBouncer::Errors::OAuthUnauthorizedError"  # VENDOR.md (S)
INVALID_TOKEN = "The access token is invalid"  # Doorkeeper's text (U)
DATE_FIELDS = {"applied_at": "applied_ms", "hired_at": "hired_ms", "last_acted_on_at": "acted_ms"}
OPEN_JOB_STATUSES = frozenset({"active", "passive"})  # POST /apps takes these (U)
_BOOLS = frozenset({"true", "t", "1", "yes", "false", "f", "0", "no"})  # what Grape coerces to a Boolean
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OPTION_TYPES = frozenset({"select", "radio", "checkbox", "yes_no"})
# The AWS load balancer's throttle page (VENDOR.md "Conventions", S): HTML, no X-Request-Id.
ELB_403 = (
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n"
    "<center><h1>403 Forbidden</h1></center>\r\n</body>\r\n</html>\r\n"
)
_DOORKEEPER = {
    "invalid_client": "Client authentication failed due to unknown client, no client authentication "
    "included, or unsupported authentication method.",
    "invalid_scope": "The requested scope is invalid, unknown, or malformed.",
    "unsupported_grant_type": "The authorization grant type is not supported by the authorization server.",
    "invalid_grant": "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client.",
    "invalid_request": "The request is missing a required parameter, includes an unsupported parameter "
    "value, or is otherwise malformed.",
}


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


def create_app(*, seed: int, size: str, auth: str) -> CareerPlugSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``)."""
    return CareerPlugSandbox(seed=seed, size=size, auth=auth)


def _urlsafe_secret(rng: random.Random, length: int = 43) -> str:
    # Doorkeeper uids and secrets are 43 URL-safe base64 characters (SecureRandom.urlsafe_base64(32)).
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(length))


def _miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))


class CareerPlugSandbox(SandboxApp):
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
        self.client_id = _urlsafe_secret(cred)
        self.client_secret = _urlsafe_secret(cred)
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

    def now_ms(self) -> int:
        """Write times: real time, never before the seed and strictly increasing."""
        return self.clock.tick()

    def account(self) -> dict[str, str]:
        # One server plays both hosts: the OAuth base equals the API base (module doc).
        return {
            "base_url": self.base_url,
            "auth_url": self.base_url,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }

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

    # -- auth ---------------------------------------------------------------------------------------
    def authenticate(self, request: Request) -> str:
        # The token travels as ?access_token= (spec securityDefinitions, V); a Bearer header is U.
        token = request.arg("access_token")
        if not token and self.settings.get("accept_bearer_header"):
            token = bearer_token(request.headers.get("authorization"))
        issued = self.tokens.validate(token)
        if issued is None:
            raise HttpError(401, INVALID_TOKEN)
        if self.settings.get("unprovisioned"):
            raise HttpError(401, WINEBOUNCER)
        return "client:" + issued.client_id

    def _oauth_error(self, status: int, error: str) -> Response:
        return json_response({"error": error, "error_description": _DOORKEEPER[error]}, status)

    def _token(self, request: Request) -> Response:
        """``POST /oauth/token``: client credentials in the form, HTTP Basic or the query (VENDOR.md, S)."""
        if request.content_type == "application/json":
            try:
                body = request.json()
            except HttpError:
                return self._oauth_error(400, "invalid_request")
            form = {k: str(v) for k, v in body.items()} if isinstance(body, dict) else {}
        else:
            form = request.form() if request.body else {}
        for name in ("grant_type", "client_id", "client_secret", "scope"):
            if name not in form and request.arg(name) is not None:
                form[name] = request.arg(name) or ""
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if not client_id and basic.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(basic[6:].strip()).decode("utf-8")
                client_id, _, client_secret = decoded.partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return self._oauth_error(401, "invalid_client")
        grant = form.get("grant_type")
        if not grant:
            return self._oauth_error(400, "invalid_request")
        if grant in ("authorization_code", "refresh_token"):
            # No user ever authorised the sandbox in a browser: any code or refresh token is unknown.
            return self._oauth_error(400, "invalid_grant")
        if grant != "client_credentials":
            return self._oauth_error(400, "unsupported_grant_type")
        if (
            not client_id
            or not client_secret
            or not constant_time_in(client_id, {self.client_id})
            or not constant_time_in(client_secret, {self.client_secret})
        ):
            return self._oauth_error(401, "invalid_client")
        scope = (form.get("scope") or SCOPE).strip()
        if scope != SCOPE:
            return self._oauth_error(400, "invalid_scope")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds") or TOKEN_TTL_SECONDS)
        issued = self.tokens.mint(client_id)
        created = int(time.time())
        with self._lock:
            if len(self._token_created) > 10_000:
                self._token_created.clear()
            self._token_created[issued.token] = created
        return json_response(
            {
                "access_token": issued.token,
                "token_type": "Bearer",
                "expires_in": self.tokens.ttl_seconds,
                "scope": SCOPE,
                "created_at": created,
            },
            headers=[("Cache-Control", "no-store"), ("Pragma", "no-cache")],
        )

    def _token_info(self, request: Request) -> Response:
        """``GET /oauth/token/info`` with the Bearer header (VENDOR.md, S)."""
        token = bearer_token(request.headers.get("authorization")) or request.arg("access_token")
        issued = self.tokens.validate(token)
        if issued is None or token is None:
            return json_response({"error": "invalid_token", "error_description": INVALID_TOKEN}, 401)
        return json_response(
            {
                "resource_owner_id": None,  # client credentials: no user (S)
                "scope": [SCOPE],
                "expires_in": max(0, int(issued.expires_at - time.monotonic())),
                "application": {"uid": issued.client_id},
                "created_at": self._token_created.get(token),
            }
        )

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
        if raw is not None and raw.lower() not in _BOOLS:
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
            if raw is not None and raw.lower() not in _BOOLS:
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

    # -- POST /apps ---------------------------------------------------------------------------------
    def _create_app(self, request: Request) -> Response:
        """Apply an applicant to a job (VENDOR.md "Write"): Grape-style validation, 201 echo, no id."""
        try:
            raw = request.json()
        except HttpError:
            raise HttpError(400, "There was a problem parsing your JSON") from None
        if not isinstance(raw, dict):
            raise HttpError(400, "body is invalid")
        # The spec wraps the InboundApp in "body"; the bare object is taken too (U).
        body = raw["body"] if isinstance(raw.get("body"), dict) and "job_id" not in raw else raw
        errors: list[str] = []
        job_id = body.get("job_id")
        if job_id is None:
            errors.append("job_id is missing")
        elif isinstance(job_id, bool) or not (
            isinstance(job_id, int) or (isinstance(job_id, str) and job_id.strip().isdigit())
        ):
            errors.append("job_id is invalid")
        applicant = body.get("app")
        if applicant is None:
            errors.append("app is missing")
        elif not isinstance(applicant, dict):
            errors.append("app is invalid")
        else:
            self._check_applicant(applicant, errors)
        answers = body.get("prescreen_answers")
        if answers is None:
            errors.append("prescreen_answers is missing")
        elif not isinstance(answers, list):
            errors.append("prescreen_answers is invalid")
        else:
            for n, answer in enumerate(answers):
                if not isinstance(answer, dict):
                    errors.append(f"prescreen_answers[{n}] is invalid")
                    continue
                for key in ("id", "value"):
                    if key not in answer or answer[key] is None:
                        errors.append(f"prescreen_answers[{n}][{key}] is missing")
                    elif not isinstance(answer[key], str | int | float) or isinstance(answer[key], bool):
                        errors.append(f"prescreen_answers[{n}][{key}] is invalid")
        self._raise(errors)
        assert isinstance(applicant, dict) and isinstance(answers, list)
        wanted = str(int(job_id))  # type: ignore[arg-type]
        job = self.store["jobs"].get(wanted)
        if job is None:
            raise HttpError(404, f"Couldn't find Job with 'id'={wanted}", "RECORD_NOT_FOUND")
        if job["status"] not in OPEN_JOB_STATUSES:
            raise HttpError(422, f"Job {job['id']} is not accepting applications (status {job['status']})")
        given = {str(a["id"]): str(a["value"]) for a in answers}
        shown = self._check_answers(job, given) if self.settings.get("validate_prescreen_answers") else []
        self._store_app(job, applicant, given, shown)
        return json_response(self._echo(int(job["id"]), applicant, answers), 201)

    @staticmethod
    def _check_applicant(applicant: dict[str, Any], errors: list[str]) -> None:
        # InboundApplicantEntity's required fields (V); a blank one is Grape's "is empty" (U).
        for name in ("email", "firstname", "lastname", "phone", "city", "state", "postal_code",
                     "recent_title", "recent_employer"):
            value = applicant.get(name)
            if value is None:
                errors.append(f"app[{name}] is missing")
            elif not isinstance(value, str):
                errors.append(f"app[{name}] is invalid")
            elif not value.strip():
                errors.append(f"app[{name}] is empty")
        email = applicant.get("email")
        if isinstance(email, str) and email.strip() and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", email):
            errors.append("app[email] is invalid")
        for name in ("address", "country", "cover_letter"):
            if applicant.get(name) is not None and not isinstance(applicant.get(name), str):
                errors.append(f"app[{name}] is invalid")
        source = applicant.get("source_id")
        integer = isinstance(source, int) and not isinstance(source, bool)
        if source is not None and not integer and not (isinstance(source, str) and source.isdigit()):
            errors.append("app[source_id] is invalid")
        # "Resume: either text or file is required -- not both" (V).
        resume = applicant.get("resume")
        pair = "app[resume][text], app[resume][file]"
        if resume is None:
            errors.append(f"{pair} are missing, exactly one parameter must be provided")
            return
        if not isinstance(resume, dict):
            errors.append("app[resume] is invalid")
            return
        has_text, has_file = resume.get("text") is not None, resume.get("file") is not None
        if has_text and has_file:
            errors.append(f"{pair} are mutually exclusive")
        elif not has_text and not has_file:
            errors.append(f"{pair} are missing, exactly one parameter must be provided")
        elif has_text and (not isinstance(resume["text"], str) or not resume["text"].strip()):
            errors.append("app[resume][text] is invalid")
        elif has_file:
            file = resume["file"]
            if not isinstance(file, dict):
                errors.append("app[resume][file] is invalid")
                return
            for name in ("name", "data", "content_type"):
                if file.get(name) is None:
                    errors.append(f"app[resume][file][{name}] is missing")
                elif not isinstance(file[name], str) or not file[name].strip():
                    errors.append(f"app[resume][file][{name}] is invalid")
            if isinstance(file.get("data"), str) and file["data"].strip():
                try:
                    base64.b64decode(file["data"], validate=True)
                except (binascii.Error, ValueError):
                    errors.append("app[resume][file][data] is invalid")

    def _check_answers(self, job: dict[str, Any], given: dict[str, str]) -> list[dict[str, Any]]:
        """Answers against the job's questions (VENDOR.md "Write", U); returns the visible questions."""
        questions = [q for q in (self.store["questions"].get(i) for i in job.get("question_ids", ())) if q]
        known = {q["id"] for q in questions}
        problems = [f"prescreen question {q} is not on job {job['id']}" for q in given if q not in known]
        shown = []
        for q in questions:
            pre = q.get("precondition")
            if pre and not set(self._values(given.get(pre["question_id"]))) & set(pre["values"]):
                continue
            shown.append(q)
            value = given.get(q["id"])
            if value is None or not value.strip():
                if q.get("required"):
                    problems.append(f"prescreen question {q['id']} ({q['name']}) is required")
                continue
            if q["type"] in _OPTION_TYPES:
                allowed = {o["value"] for o in q.get("options") or ()}
                values = self._values(value)
                if not values or not set(values) <= allowed or (q["type"] != "checkbox" and len(values) > 1):
                    problems.append(
                        f"prescreen question {q['id']} takes one of: {', '.join(sorted(allowed))}"
                    )
        if problems:
            raise HttpError(422, "; ".join(problems))
        return shown

    @staticmethod
    def _values(value: str | None) -> list[str]:
        # A checkbox answer lists its option values separated by commas (U).
        return [v.strip() for v in (value or "").split(",") if v.strip()]

    def _store_app(self, job: dict[str, Any], applicant: dict[str, Any], given: dict[str, str],
                   shown: list[dict[str, Any]]) -> dict[str, Any]:
        now = self.now_ms()
        source_id = applicant.get("source_id")
        source = self.store["sources"].get(str(source_id)) if source_id is not None else None
        answers = []
        for q in shown:
            value = given.get(q["id"])
            if value is None or not value.strip():
                continue
            labels = {o["value"]: o["label"] for o in q.get("options") or ()}
            text = ", ".join(labels.get(v, v) for v in self._values(value)) if labels else value
            answers.append({"id": q["id"], "name": q["name"], "answer": text})
        record = {
            "job_id": job["id"],
            "app": {
                "email": applicant["email"].strip(),
                "firstname": applicant["firstname"].strip(),
                "lastname": applicant["lastname"].strip(),
                "phone": applicant["phone"].strip(),
                "address": applicant.get("address"),
                "city": applicant["city"].strip(),
                "state": applicant["state"].strip(),
                "postal_code": applicant["postal_code"].strip(),
                "country": applicant.get("country") or "US",  # required on the way out (V), optional in (U)
                "recent_title": applicant["recent_title"].strip(),
                "recent_employer": applicant["recent_employer"].strip(),
                "pay_type": None,
                "pay_rate": None,
                "employment_type": None,
            },
            "hiring_step_id": None,
            "hiring_status": "new_app",
            "prescreen_questions": answers,
            "applied_ms": now,
            "updated_ms": now,
            "acted_ms": now,  # a new app counts as acted on when applied (VENDOR.md, U)
            "hired_ms": None,
            "start_ms": None,
            "source_name": source["name"] if source else "API",
        }
        with self.store.lock:
            ids = self._ids("apps")
            record["id"] = str(int(ids[-1]) + 1 if ids else 1)
            self.store["apps"].insert(record)
        self.resumes[record["id"]] = applicant.get("resume") or {}
        return record

    @staticmethod
    def _echo(job_id: int, applicant: dict[str, Any], answers: list[dict[str, Any]]) -> dict[str, Any]:
        """The InboundApp entity: what was sent, in the spec's field order, and no id (V)."""
        fields = ("email", "firstname", "lastname", "phone", "address", "city", "state", "postal_code",
                  "country", "source_id", "recent_title", "recent_employer", "resume", "cover_letter")
        return {
            "job_id": job_id,
            "app": {name: applicant[name] for name in fields if name in applicant},
            "prescreen_answers": [{"id": str(a["id"]), "value": str(a["value"])} for a in answers],
        }

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

