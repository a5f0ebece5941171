"""The RECRU sandbox: one loopback JSON-RPC endpoint that behaves like a RECRU tenant's API.

Built from ``VENDOR.md`` (this package's contract), never from our connector. Everything is
``POST /api/json-rpc`` with a JSON-RPC 2.0 envelope; the ``method`` picks the handler. Sign in with
``AuthService.login`` (the account's login and password), then send ``Authorization: Bearer <token>``.
Application errors are ``result.status = "FAILED"`` with a German message; protocol errors and a gone
session are JSON-RPC ``error`` members in an HTTP 200 answer (VENDOR.md "Errors"); too many calls get
HTTP 429. Non-ASCII text is ``\\u``-escaped, as PHP's ``json_encode`` does.

The tenant describes itself (VENDOR.md "Self-description"): a Laminas-style SMD on ``GET /api/json-rpc``
and the method page ``/api/index/documentation`` with one ``Service_method`` anchor per method. It serves
the 21 published operations (codebooks and form metadata with German/Slovak data) and the list, read and
write methods a sync needs; ``--without MODEL`` drops the methods serving that model (they answer -32601
and leave the self-description), as a tenant without them would.

Vendor switches (``PATCH /_sandbox/settings``) on top of the framework's faults:
- ``auth_error_status``: the HTTP status of a gone-session answer, 200 (default) or 401;
- ``token_ttl_seconds``: the lifetime of new tokens (8 h by default);
- ``escape_unicode``: ``\\u``-escape non-ASCII (default true);
- ``max_limit``: the largest page size (100);
- ``self_description``: ``smd`` (default), ``page``, ``none``, or a garbage answer (``SELF_DESCRIPTIONS``);
- ``renamed``: a labelled test variation, serving methods under other names;
- ``required_apply_fields``: fields the apply form requires on top of the defaults;
- ``denied_methods``: methods the API user's role may not call (FAILED "Zugriff verweigert").
Test-only hooks (RECRU's API has no call for them): ``PATCH /_sandbox/records/applications/{id}`` with
``{"pipeline_step_id": 4}`` moves an application like a recruiter would; ``PATCH …/projects/{id}`` with
``{"pipeline": [1, 3, …]}`` reorders a project's pipeline. Every patch moves ``updated_at``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import random
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from connectors.recru import sandbox_data as sd
from connectors.recru.rpc import TZ
from connectors.sandbox.auth import bearer_token, check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id, sorted_ids
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import HttpError, Request, Response, Route, json_response, text_response

ENDPOINT = "/api/json-rpc"
TOKEN_TTL_SECONDS = 8 * 3600  # VENDOR.md "Authentication" (A)
RATE_PER_SECOND = 10.0  # VENDOR.md "Errors": rate limits (A)
LIMIT_DEFAULT, LIMIT_MAX = 50, 100  # VENDOR.md "Paging and deltas" (A)
MAX_FILE_BYTES = 10 * 1024 * 1024  # VENDOR.md "Writes" (A)
FILE_TYPES = ("CV", "COVER_LETTER", "CERTIFICATE", "OTHER")
FILE_EXTENSIONS = ("pdf", "doc", "docx", "odt", "rtf", "txt", "jpg", "jpeg", "png")
UNAUTHORIZED = "Unauthorized: invalid or expired token"
#: JSON-RPC error codes by our internal error names (VENDOR.md "Errors").
RPC_CODES = {"PARSE": -32700, "INVALID": -32600, "METHOD": -32601, "PARAMS": -32602, "AUTH": -32000}
#: Calls that change data: only these meet ``fail_after_accept`` (the framework's ``is_write``).
WRITES = frozenset(
    {"JobseekerService.save", "JobseekerService.apply", "JobseekerService.addTag", "FileService.upload"}
)
#: The only call without a token: signing in (VENDOR.md "Authentication"; Ping needs one, A).
PUBLIC = frozenset({"AuthService.login"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


#: How the tenant describes itself (setting ``self_description``): ``smd`` an SMD on GET of the endpoint
#: and the method page; ``page`` the method page only (GET of the endpoint answers a JSON-RPC error, as a
#: Laminas server without the SMD branch would); ``signin`` no SMD and the method page behind a sign-in
#: form (it is meant for people, A); ``none`` neither. Test faults: ``garbage_html``,
#: ``garbage_json``, ``garbage_shape`` (the SMD answer is an HTML page, broken JSON, JSON of another shape).
SELF_DESCRIPTIONS = ("smd", "page", "signin", "none", "garbage_html", "garbage_json", "garbage_shape")
#: The form fields the metadata operations describe (VENDOR.md "Self-description": shapes A).
JOBSEEKER_FORM: tuple[dict[str, Any], ...] = (
    {"name": "first_name", "label": "Vorname", "type": "string", "required": True},
    {"name": "last_name", "label": "Nachname", "type": "string", "required": True},
    {"name": "title", "label": "Titel", "type": "string", "required": False},
    {"name": "email", "label": "E-Mail", "type": "email", "required": True},
    {"name": "phone", "label": "Telefon", "type": "string", "required": False},
    {"name": "mobile", "label": "Mobil", "type": "string", "required": False},
    {"name": "street", "label": "Straße", "type": "string", "required": False},
    {"name": "zip", "label": "PLZ", "type": "string", "required": False},
    {"name": "city", "label": "Ort", "type": "string", "required": False},
    {"name": "country_id", "label": "Land", "type": "codebook", "required": False, "codebook": "countries"},
    {
        "name": "source_id",
        "label": "Quelle",
        "type": "codebook",
        "required": False,
        "codebook": "jobseekerSources",
    },
    {"name": "gdpr_consent", "label": "DSGVO-Einwilligung", "type": "bool", "required": False},
    {"name": "gdpr_consent_valid_to", "label": "Einwilligung gültig bis", "type": "date", "required": False},
)
APPLY_FORM: tuple[dict[str, Any], ...] = (
    {"name": "project_id", "label": "Projekt", "type": "integer", "required": True},
    *(
        f
        for f in JOBSEEKER_FORM
        if f["name"]
        in (
            "first_name",
            "last_name",
            "email",
            "phone",
            "city",
            "source_id",
            "gdpr_consent",
            "gdpr_consent_valid_to",
        )
    ),
    {
        "name": "files",
        "label": "Dateien",
        "type": "file[]",
        "required": False,
        "file_types": ["CV", "COVER_LETTER", "CERTIFICATE", "OTHER"],
    },
)
PROJECT_FORM: tuple[dict[str, Any], ...] = (
    {"name": "name", "label": "Bezeichnung", "type": "string", "required": True},
    {"name": "client_id", "label": "Kunde", "type": "integer", "required": True},
    {"name": "city", "label": "Einsatzort", "type": "string", "required": False},
    {"name": "employment_type_id", "label": "Anstellungsart", "type": "codebook", "required": False},
    {"name": "salary", "label": "Gehalt", "type": "number", "required": False},
    {"name": "date_from", "label": "Beginn", "type": "date", "required": False},
)
CLIENT_FORM: tuple[dict[str, Any], ...] = (
    {"name": "name", "label": "Firmenname", "type": "string", "required": True},
    {"name": "street", "label": "Straße", "type": "string", "required": False},
    {"name": "zip", "label": "PLZ", "type": "string", "required": False},
    {"name": "city", "label": "Ort", "type": "string", "required": False},
    {"name": "country_id", "label": "Land", "type": "codebook", "required": False, "codebook": "countries"},
    {"name": "sk_nace", "label": "SK NACE", "type": "codebook", "required": False, "codebook": "skNace"},
)


@dataclass(frozen=True)
class Op:
    """One JSON-RPC method of the tenant: its handler, the unified models it serves (``--without``), and
    what its self-description says (SMD parameters ``(name, type, optional)``, return type, a German line,
    and the operation's name in the public catalogue when it is one of the 21, S [MC-README])."""

    handler: Callable[[dict[str, Any]], dict[str, Any]]
    params: tuple[tuple[str, str, bool], ...] = (("request", "object", True),)
    models: tuple[str, ...] = ()
    returns: str = "object"
    doc: str = ""
    published: str | None = None


def create_app(*, seed: int, size: str, auth: str) -> RecruSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``)."""
    return RecruSandbox(seed=seed, size=size, auth=auth)


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


class RecruSandbox(SandboxApp):
    vendor = "recru"
    # No rate-limit headers: RECRU documents none (VENDOR.md "Errors").
    rate_limit_header_names = NO_RATE_LIMIT_HEADERS
    send_retry_after = True

    def __init__(self, *, seed: int, size: str, auth: str) -> None:
        # RECRU has one way in (login + password); the runner's generic "api_key" means the same.
        check_auth_mode(auth, ("api_key", "login"), "RECRU")
        super().__init__(seed=seed, size=size, auth=auth, rate_policy=RateLimitPolicy(rate=RATE_PER_SECOND))
        with paused_gc():
            self._setup_store(sd.generate(seed, size))
        cred = random.Random(f"recru-credentials:{seed}")
        self.login_name = sd.API_LOGIN
        self.password = "Rc!" + seeded_secret(cred, 21)
        self.tokens = self.token_issuer(TOKEN_TTL_SECONDS)
        self.revoked: set[str] = set()
        self.file_contents: dict[str, bytes] = {}
        self.unsubscribed: set[str] = set()
        #: Calls per canonical method name (tests check what reached the tenant).
        self.calls: Counter[str] = Counter()
        self._local = threading.local()
        self._lock = threading.Lock()
        # RECRU's times are whole seconds (``sandbox_data``); writes never date before the seed.
        self.clock = WriteClock(sd.ANCHOR_TS, "s")
        self.settings = {
            "auth_error_status": 200,
            "token_ttl_seconds": TOKEN_TTL_SECONDS,
            "escape_unicode": True,
            "max_limit": LIMIT_MAX,
            "self_description": "smd",
            # A labelled variation for tests (no public material names RECRU's list methods): serve a
            # method under another name, e.g. {"ProjectService.getList": "ProjectService.search"}.
            "renamed": {},
            # Fields a tenant's apply form requires beyond the defaults (a per-tenant form, A).
            "required_apply_fields": [],
            # Methods this API user's role may not call (answered FAILED "Zugriff verweigert", A).
            "denied_methods": [],
        }
        self.ops = self._operations()
        self.add_route("POST", ENDPOINT, self._rpc)
        # The self-description (VENDOR.md "Self-description"): an SMD on GET of the endpoint (A: the
        # Laminas pattern) and the human method page with one anchor per method (S [MC-NATIVE]).
        self.add_route("GET", ENDPOINT, self._service_map, auth=False, rate_limited=False)
        self.add_route("GET", "/api/index/documentation", self._documentation, auth=False, rate_limited=False)

    def _operations(self) -> dict[str, Op]:
        """Every method this tenant offers, by its canonical name. The 21 the public catalogue lists
        carry ``published`` (S [MC-README]; their JSON-RPC names past ``AuthService.login`` are ours, A);
        the rest are the list/read/write methods a sync needs, which no public material names (A)."""
        page = (("request", "object", True),)
        codebook = "Codebook"
        return {
            "AuthService.login": Op(
                self._login,
                params=(("login", "string", False), ("password", "string", False), ("type", "integer", True)),
                doc="Anmeldung eines Benutzers; liefert ein Token für den Authorization-Header.",
                published="Login",
            ),
            "AuthService.logout": Op(self._logout, params=(), doc="Abmeldung; das Token wird ungültig."),
            "TestService.ping": Op(
                lambda p: ok({"pong": True}), params=(), doc="Verbindungstest.", published="Ping"
            ),
            "TestService.echoText": Op(
                lambda p: ok({"text": p.get("text")}),
                params=(("text", "string", False),),
                doc="Gibt den Text zurück.",
                published="Echo Text",
            ),
            "CodebookService.getJobseekerSources": Op(
                lambda p: ok({str(i): n for i, n, _ in sd.SOURCES}),
                params=(),
                doc=f"{codebook}: Quellen.",
                published="Get Jobseeker Sources",
            ),
            "CodebookService.getRejectionReasons": Op(
                lambda p: ok({str(i): n for i, n in sd.REJECTION_REASONS}),
                params=(),
                models=("rejection_reasons",),
                doc=f"{codebook}: Absagegründe.",
                published="Get Rejection Reasons",
            ),
            "CodebookService.getProjectCloseReasons": Op(
                lambda p: ok({str(i): n for i, n in sd.CLOSE_REASONS}),
                params=(),
                doc=f"{codebook}: Gründe für das Schließen eines Projekts.",
                published="Get Project Close Reasons",
            ),
            "CodebookService.getCountryPairs": Op(
                lambda p: ok(dict(sd.COUNTRIES)),
                params=(),
                doc=f"{codebook}: Länder.",
                published="Get Country Pairs",
            ),
            "CodebookService.getUserNamePairs": Op(
                lambda p: ok({u["id"]: u["name"] for u in self.store["users"].values() if u["status"] == 0}),
                params=(),
                models=("users",),
                doc=f"{codebook}: Benutzer (ID → Name).",
                published="Get User Name Pairs",
            ),
            "CodebookService.getSkNacePairs": Op(
                lambda p: ok(dict(sd.SK_NACE)),
                params=(),
                doc=f"{codebook}: SK NACE.",
                published="Get SK NACE Pairs",
            ),
            "CodebookService.getLocales": Op(
                lambda p: ok(dict(sd.LOCALES)),
                params=(),
                doc=f"{codebook}: Sprachen.",
                published="Get Locales",
            ),
            "CodebookService.getColors": Op(
                lambda p: ok(dict(sd.COLORS)), params=(), doc=f"{codebook}: Farben.", published="Get Colors"
            ),
            "CodebookService.getEventTypes": Op(
                lambda p: ok({str(i): n for i, n in sd.EVENT_TYPES}),
                params=(),
                doc=f"{codebook}: Terminarten.",
                published="Get Event Types",
            ),
            "CodebookService.getMultipleCodebooks": Op(
                self._multiple_codebooks,
                params=(("codebooks", "array", False),),
                doc="Mehrere Codebooks in einem Aufruf, nach Namen.",
                published="Get Multiple Codebooks",
            ),
            "CodebookService.getPipelineSteps": Op(
                lambda p: ok([self.render_step(s) for s in sd.STEPS]),
                params=(),
                models=("application_stages",),
                doc=f"{codebook}: Pipeline-Schritte.",
            ),
            "UserService.getList": Op(
                self._list_method("users", self.render_user, {}), page, ("users",), doc="Benutzerliste."
            ),
            "UserService.getAllowedMobileAppMenuItems": Op(
                lambda p: ok([{"id": i, "name": n} for i, n in sd.MOBILE_MENU_ITEMS]),
                params=(),
                doc="Menüpunkte der mobilen App.",
                published="Get Allowed Mobile App Menu Items",
            ),
            "UserService.setViewedTour": Op(
                self._viewed_tour,
                params=(("tourId", "integer", False),),
                doc="Tour als gesehen markieren.",
                published="Set Viewed Tour",
            ),
            "NewsletterService.addUnsubscribe": Op(
                self._unsubscribe(True),
                params=(("email", "string", False),),
                doc="E-Mail-Adresse vom Newsletter abmelden.",
                published="Add Newsletter Unsubscribe",
            ),
            "NewsletterService.removeUnsubscribe": Op(
                self._unsubscribe(False),
                params=(("email", "string", False),),
                doc="Newsletter-Abmeldung aufheben.",
                published="Remove Newsletter Unsubscribe",
            ),
            "ProjectService.getList": Op(
                self._list_method("projects", self.render_project, {"status": "status"}),
                page,
                ("jobs",),
                doc="Projektliste.",
            ),
            "ProjectService.get": Op(
                self._get_method("projects", "Projekt", self.render_project),
                (("id", "integer", False),),
                ("jobs",),
                doc="Ein Projekt.",
            ),
            "ProjectService.getPipeline": Op(
                self._pipeline, (("project_id", "integer", False),), ("jobs",), doc="Pipeline eines Projekts."
            ),
            "ProjectService.getSaveMetadata": Op(
                self._metadata(PROJECT_FORM),
                params=(),
                doc="Felder des Projektformulars.",
                published="Get Project Save Metadata",
            ),
            "ClientService.getSaveMetadata": Op(
                self._metadata(CLIENT_FORM),
                params=(),
                doc="Felder des Kundenformulars.",
                published="Get Client Save Metadata",
            ),
            "JobseekerService.getList": Op(
                self._list_method("jobseekers", self.render_jobseeker, {"email": "by_email"}),
                page,
                ("candidates",),
                doc="Bewerberliste.",
            ),
            "JobseekerService.get": Op(
                self._get_method("jobseekers", "Bewerber", self.render_jobseeker),
                (("id", "integer", False),),
                ("candidates",),
                doc="Ein Bewerber.",
            ),
            "JobseekerService.getSaveMetadata": Op(
                self._metadata(JOBSEEKER_FORM),
                params=(),
                doc="Felder des Bewerberformulars.",
                published="Get Jobseeker Save Metadata",
            ),
            "JobseekerService.getApplyMetadata": Op(
                self._apply_metadata,
                params=(),
                doc="Felder des Formulars „Bewerber einem Projekt zuordnen“.",
                published="Get Jobseeker Apply Metadata",
            ),
            "JobseekerService.save": Op(
                self._save, page, ("candidates",), doc="Bewerber anlegen oder ändern."
            ),
            "JobseekerService.apply": Op(
                self._apply, page, ("applications",), doc="Bewerber einem Projekt zuordnen."
            ),
            "JobseekerService.addTag": Op(
                self._add_tag, page, ("candidate_tags",), doc="Vorhandenes Tag zuweisen."
            ),
            "ApplicationService.getList": Op(
                self._list_method(
                    "applications",
                    self.render_application,
                    {"project_id": "by_project", "jobseeker_id": "by_jobseeker"},
                ),
                page,
                ("applications",),
                doc="Bewerbungen.",
            ),
            "ApplicationService.get": Op(
                self._get_method("applications", "Bewerbung", self.render_application),
                (("id", "integer", False),),
                ("applications",),
                doc="Eine Bewerbung.",
            ),
            "TagService.getList": Op(
                self._list_method("tags", self.render_tag, {}), page, ("tags",), doc="Tags."
            ),
            "FileService.getList": Op(
                self._list_method("files", self.render_file, {"jobseeker_id": "by_jobseeker"}),
                page,
                doc="Dateien eines Bewerbers.",
            ),
            "FileService.upload": Op(self._upload, page, doc="Datei hochladen (Base64)."),
        }

    @property
    def methods(self) -> dict[str, Op]:
        """What this tenant answers, under the names it answers to: without the ``--without`` models'
        methods (a tenant lacking them), with the test switch ``renamed`` applied."""
        renamed = dict(self.settings.get("renamed") or {})
        offered: dict[str, Op] = {}
        for name, op in self.ops.items():
            if self.without and not self.without.isdisjoint(op.models):
                continue
            offered[str(renamed.get(name) or name)] = op
        return offered

    def servable_models(self) -> set[str]:
        # One endpoint serves every model: ``--without`` switches off the methods serving it.
        return {model for op in self.ops.values() for model in op.models} | super().servable_models()

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: sd.SeedData) -> None:
        s = self.store
        s.add_collection("users").load(data.users)
        s.add_collection("tags").load(data.tags)
        s.add_collection("projects").load(data.projects)
        seekers = s.add_collection("jobseekers")
        seekers.add_index("by_email", lambda r: str(r.get("email") or "").strip().lower() or None)
        seekers.load(data.jobseekers)
        apps = s.add_collection("applications")
        apps.add_index("by_project", lambda r: str(r.get("project_id")))
        apps.add_index("by_jobseeker", lambda r: str(r.get("jobseeker_id")))
        apps.add_index("by_pair", lambda r: (str(r.get("jobseeker_id")), str(r.get("project_id"))))
        apps.load(data.applications)
        files = s.add_collection("files")
        files.add_index("by_jobseeker", lambda r: str(r.get("jobseeker_id")))

    def now_ts(self) -> int:
        """Write times: the real clock, never before the seed, strictly increasing."""
        return self.clock.tick()

    def account(self) -> dict[str, str]:
        return {"base_url": self.base_url, "login": self.login_name, "password": self.password}

    # -- the JSON-RPC pipeline --------------------------------------------------------------------
    def dispatch(self, request: Request) -> Response | str:
        # Parse the call once, before auth: the method decides whether a token is needed.
        self._local.call = None
        if request.method == "POST" and request.path == ENDPOINT:
            self._local.call = self._parse(request.body)
        return super().dispatch(request)

    @staticmethod
    def _parse(body: bytes) -> dict[str, Any] | str:
        try:
            call = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return "PARSE"
        if not isinstance(call, dict) or not isinstance(call.get("method"), str):
            return "INVALID"  # batches too (VENDOR.md "Transport", A)
        return call

    def _call_id(self) -> Any:
        call = getattr(self._local, "call", None)
        return call.get("id") if isinstance(call, dict) else None

    def authenticate(self, request: Request) -> str:
        call = self._local.call
        if not isinstance(call, dict):
            return "public"
        found = self._offered(call.get("method"))
        if found is None or found[0] in PUBLIC:
            return "public"  # an unknown method answers -32601 without a token (Laminas checks it first, A)
        token = bearer_token(request.header("Authorization"))
        issued = self.tokens.validate(token)
        if issued is None or token in self.revoked:
            raise HttpError(401, UNAUTHORIZED, "AUTH")
        return "token:" + issued.client_id

    def is_write(self, request: Request, route: Route) -> bool:
        call = getattr(self._local, "call", None)
        found = self._offered(call.get("method")) if isinstance(call, dict) else None
        return found is not None and found[0] in WRITES

    def _json(self, obj: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
        escape = bool(self.settings.get("escape_unicode", True))
        body = json.dumps(obj, ensure_ascii=escape, separators=(",", ":")).encode("utf-8")
        return Response(status, body, "application/json; charset=utf-8", headers)

    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        """A JSON-RPC error (VENDOR.md "Errors"): protocol errors and a gone session in HTTP 200 (the
        session's status is a setting), 429 and 5xx keep their HTTP status."""
        http = status
        if code == "AUTH":
            http = int(self.settings.get("auth_error_status") or 200)
            rpc_code = RPC_CODES["AUTH"]
        elif code in RPC_CODES:
            http, rpc_code = 200, RPC_CODES[code]
        elif status == 429:
            rpc_code, message = -32029, "Too many requests"
        elif status >= 500:
            rpc_code, message = -32603, "Internal error"
        else:
            rpc_code = -32601 if status in (404, 405) else -32600
        body = {"jsonrpc": "2.0", "id": self._call_id(), "error": {"code": rpc_code, "message": message}}
        return self._json(body, http)

    def _offered(self, name: Any) -> tuple[str, Op] | None:
        """The canonical name and operation behind a method name as this tenant answers to it."""
        renamed = dict(self.settings.get("renamed") or {})
        canonical = {str(new): old for old, new in renamed.items()}
        original = canonical.get(str(name), str(name))
        if original in renamed and renamed[original] != name:
            return None  # renamed away: the old name is unknown
        op = self.ops.get(original)
        if op is None or (self.without and not self.without.isdisjoint(op.models)):
            return None
        return original, op

    def _rpc(self, request: Request) -> Response:
        call = self._local.call
        if call == "PARSE":
            raise HttpError(200, "Parse error", "PARSE")
        if not isinstance(call, dict):
            raise HttpError(200, "Invalid Request", "INVALID")
        found = self._offered(call["method"])
        if found is None:
            # Laminas' own words for an unknown method (VENDOR.md "Errors", V for Laminas).
            raise HttpError(200, "Method not found", "METHOD")
        canonical, op = found
        with self._lock:
            self.calls[canonical] += 1
        params = call.get("params")
        if params is None:
            params = {}
        if not isinstance(params, dict):
            raise HttpError(200, "Invalid params: named parameters are expected", "PARAMS")
        if canonical not in PUBLIC:
            params = {
                **params,
                "_principal": request.principal,
                "_token": bearer_token(request.header("Authorization")),
            }
        try:
            if canonical in (self.settings.get("denied_methods") or ()):
                raise Failed("Zugriff verweigert: Ihre Benutzerrolle darf diese Aktion nicht ausführen")
            result = op.handler(params)
        except Failed as exc:
            result = {"status": "FAILED", "message": str(exc), "data": []}
        return self._json({"jsonrpc": "2.0", "id": call.get("id"), "result": result})

    def smd(self) -> dict[str, Any]:
        """The Service Mapping Description as Laminas' ``Smd::toArray`` builds it (V for Laminas: envelope,
        transport, target, and ``services``/``methods`` keyed by method name, each with its parameters
        and return type). That RECRU answers it on GET is A (VENDOR.md "Self-description")."""
        services = {
            name: {
                "envelope": "JSON-RPC-2.0",
                "transport": "POST",
                "name": name,
                "parameters": [
                    {"type": kind, "name": param, "optional": optional} for param, kind, optional in op.params
                ],
                "returns": op.returns,
            }
            for name, op in sorted(self.methods.items())
        }
        return {
            "transport": "POST",
            "envelope": "JSON-RPC-2.0",
            "contentType": "application/json",
            "SMDVersion": "2.0",
            "description": "",
            "target": ENDPOINT,
            "id": "",
            "services": services,
            "methods": services,
        }

    def _service_map(self, request: Request) -> Response:
        mode = str(self.settings.get("self_description") or "smd")
        if mode == "smd":
            return self._json(self.smd())
        if mode == "garbage_html":
            return text_response(
                "<!doctype html><html><title>RECRU</title><body>Anmelden</body></html>",
                content_type="text/html; charset=utf-8",
            )
        if mode == "garbage_json":
            return Response(200, b'{"services": {"AuthService.login": ', "application/json; charset=utf-8")
        if mode == "garbage_shape":
            return json_response({"services": ["ProjectService.getList", 7], "version": 2})
        # No SMD branch: the server reads the empty GET body as a JSON-RPC request (A).
        body = {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request"}}
        return self._json(body)

    def _documentation(self, request: Request) -> Response:
        mode = str(self.settings.get("self_description") or "smd")
        if mode == "none":
            return self.unknown_path_response(request)
        if mode == "signin":
            return text_response(
                "<!doctype html><html lang='de'><title>RECRU – Anmeldung</title><form method='post'>"
                "<input name='login'><input name='password' type='password'><button>Anmelden</button>"
                "</form></html>",
                content_type="text/html; charset=utf-8",
            )
        rows = []
        for name, op in sorted(self.methods.items()):
            params = ", ".join(f"{p} <i>{t}</i>{'' if optional else '*'}" for p, t, optional in op.params)
            rows.append(
                f'<h3 id="{name.replace(".", "_")}"><a href="#{name.replace(".", "_")}">{name}</a></h3>'
                f"<p>{op.doc}</p><p>Parameter: {params or '–'}</p>"
            )
        page = (
            "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>RECRU API</title></head>"
            f"<body><h1>RECRU JSON-RPC API</h1><p>Endpunkt: <code>{ENDPOINT}</code></p>{''.join(rows)}"
            "</body></html>"
        )
        return text_response(page, content_type="text/html; charset=utf-8")

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

    # -- auth ---------------------------------------------------------------------------------------
    def _login(self, params: dict[str, Any]) -> dict[str, Any]:
        login, password = params.get("login"), params.get("password")
        if not login:
            raise Failed("Pflichtfeld fehlt: login")
        if not password:
            raise Failed("Pflichtfeld fehlt: password")
        if not constant_time_in(str(login), {self.login_name}) or not constant_time_in(
            str(password), {self.password}
        ):
            raise Failed("Ungültiger Benutzername oder Passwort")
        if str(params.get("type", 1)) != "1":
            raise Failed("Dieser Benutzertyp darf die API nicht verwenden")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds") or TOKEN_TTL_SECONDS)
        issued = self.tokens.mint(str(login))
        user = self.store["users"].get("7") or {}
        return ok(
            None,
            token=issued.token,
            user_id=7,
            mobile_app_menu_items=[1, 2],
            user={
                **{k: v for k, v in self.render_user(user).items() if k not in ("first_name", "last_name")},
                "profile_photo_url": None,
            },
        )

    def _logout(self, params: dict[str, Any]) -> dict[str, Any]:
        token = params.get("_token")
        if token:
            self.revoked.add(str(token))
        return ok()

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

    # -- reads --------------------------------------------------------------------------------------
    def _list_method(
        self, collection: str, render: Callable[[dict[str, Any]], Any], filters: dict[str, str]
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A paged list (VENDOR.md "Paging and deltas", A): ``request{page, limit, filter{updated_from,
        …}}`` → ``data{items, total, page, limit}``, by id ascending. ``filters`` maps a filter name to
        an index of the collection (or ``status`` to the field)."""
        has_updated = collection in ("users", "projects", "jobseekers", "applications")

        def handler(params: dict[str, Any]) -> dict[str, Any]:
            request = self._request(params)
            page = self._int(request.get("page"), "page", required=False) or 1
            limit = self._int(request.get("limit"), "limit", required=False) or LIMIT_DEFAULT
            if page < 1 or limit < 1:
                raise Failed("Ungültige Seitenangabe: page und limit müssen positiv sein")
            limit = min(limit, int(self.settings.get("max_limit") or LIMIT_MAX))
            wanted = request.get("filter") or {}
            if not isinstance(wanted, dict):
                raise HttpError(200, "Invalid params: filter must be an object", "PARAMS")
            known = {*filters, *(("updated_from",) if has_updated else ())}
            unknown = sorted(set(wanted) - known)
            if unknown:
                raise HttpError(
                    200,
                    f"Invalid params: unknown filter {', '.join(unknown)}; "
                    f"allowed: {', '.join(sorted(known))}",
                    "PARAMS",
                )
            coll = self.store[collection]
            ids = sorted_ids(self.store, collection)
            for name, value in wanted.items():
                if name == "updated_from" or value in (None, ""):
                    continue
                index = filters[name]
                if name == "email":
                    key: Any = str(value).strip().lower()
                else:
                    key = str(self._int(value, name))
                if index in ("status",):
                    ids = [i for i in ids if str((coll.get(i) or {}).get(index)) == str(value)]
                else:
                    found = {r["id"] for r in coll.lookup(index, key)}
                    ids = [i for i in ids if i in found]
            since_text = wanted.get("updated_from")
            if since_text not in (None, ""):
                if not isinstance(since_text, str) or not (
                    _STAMP.match(since_text) or _DATE.match(since_text)
                ):
                    raise Failed(f"Ungültiges Datum für updated_from: {since_text!r} (JJJJ-MM-TT HH:MM:SS)")
                since = parse_stamp(since_text if " " in since_text else f"{since_text} 00:00:00")
                picked = tuple(sorted((k, str(v)) for k, v in wanted.items()))
                ids = self.store.cached(
                    ("since", collection, coll.version, picked),
                    lambda: [i for i in ids if (coll.get(i) or {}).get("updated_ts", 0) >= since],
                )
            chunk = ids[(page - 1) * limit : page * limit]
            items = [render(rec) for rec in (coll.get(i) for i in chunk) if rec is not None]
            return ok({"items": items, "total": len(ids), "page": page, "limit": limit})

        return handler

    def _get_method(
        self, collection: str, what: str, render: Callable[[dict[str, Any]], Any]
    ) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def handler(params: dict[str, Any]) -> dict[str, Any]:
            record_id = self._int(params.get("id"), "id")
            rec = self.store[collection].get(str(record_id))
            if rec is None:
                raise Failed(f"{what} nicht gefunden (id {record_id})")
            return ok(render(rec))

        return handler

    def _pipeline(self, params: dict[str, Any]) -> dict[str, Any]:
        pid = self._int(params.get("project_id"), "project_id")
        rec = self.store["projects"].get(str(pid))
        if rec is None:
            raise Failed(f"Projekt nicht gefunden (id {pid})")
        return ok(self.render_pipeline(rec))

    @staticmethod
    def _metadata(form: tuple[dict[str, Any], ...]) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A "… save metadata" operation: the fields of a create form (S: the operations; A: the shape)."""
        return lambda params: ok({"fields": [dict(f) for f in form]})

    def _apply_metadata(self, params: dict[str, Any]) -> dict[str, Any]:
        """ "Get Jobseeker Apply Metadata": the fields of RECRU's apply form (S: the operation; A: shape),
        with what this tenant requires on top (setting ``required_apply_fields``)."""
        extra = set(self.settings.get("required_apply_fields") or ())
        fields = [{**f, "required": bool(f["required"]) or f["name"] in extra} for f in APPLY_FORM]
        return ok({"fields": fields})

    def _multiple_codebooks(self, params: dict[str, Any]) -> dict[str, Any]:
        books = {
            "jobseekerSources": {str(i): n for i, n, _ in sd.SOURCES},
            "rejectionReasons": {str(i): n for i, n in sd.REJECTION_REASONS},
            "projectCloseReasons": {str(i): n for i, n in sd.CLOSE_REASONS},
            "countries": dict(sd.COUNTRIES),
            "locales": dict(sd.LOCALES),
            "colors": dict(sd.COLORS),
            "eventTypes": {str(i): n for i, n in sd.EVENT_TYPES},
            "skNace": dict(sd.SK_NACE),
        }
        wanted = params.get("codebooks")
        if not isinstance(wanted, list) or not wanted:
            raise Failed("Pflichtfeld fehlt: codebooks")
        unknown = [str(w) for w in wanted if w not in books]
        if unknown:
            raise Failed(f"Unbekanntes Codebook: {', '.join(unknown)} (bekannt: {', '.join(books)})")
        return ok({str(w): books[str(w)] for w in wanted})

    @staticmethod
    def _viewed_tour(params: dict[str, Any]) -> dict[str, Any]:
        if params.get("tourId") in (None, ""):
            raise Failed("Pflichtfeld fehlt: tourId")
        return ok()

    def _unsubscribe(self, add: bool) -> Callable[[dict[str, Any]], dict[str, Any]]:
        def handler(params: dict[str, Any]) -> dict[str, Any]:
            email = str(params.get("email") or "").strip().lower()
            if not _EMAIL.match(email):
                raise Failed("Ungültige E-Mail-Adresse")
            with self._lock:
                (self.unsubscribed.add if add else self.unsubscribed.discard)(email)
            return ok()

        return handler

    # -- writes ---------------------------------------------------------------------------------------
    def _source_id(self, value: Any) -> int | None:
        source = self._int(value, "source_id", required=False)
        if source is not None and source not in {s[0] for s in sd.SOURCES}:
            raise Failed(f"Quelle nicht gefunden (id {source})")
        return source

    @staticmethod
    def _consent(request: dict[str, Any], changes: dict[str, Any]) -> None:
        if "gdpr_consent" not in request:
            if request.get("gdpr_consent_valid_to"):
                raise Failed("gdpr_consent_valid_to setzt eine Einwilligung voraus (gdpr_consent)")
            return
        given = request["gdpr_consent"]
        if given not in (True, False, 0, 1, "0", "1"):
            raise Failed(f"Ungültiger Wert für gdpr_consent: {given!r}")
        given = str(given).lower() in ("true", "1")
        changes["gdpr_consent"] = 1 if given else 0
        valid_to = request.get("gdpr_consent_valid_to")
        if not given:
            changes["gdpr_valid_to_ts"] = None
        elif valid_to not in (None, ""):
            if not isinstance(valid_to, str) or not _DATE.match(valid_to):
                raise Failed(f"Ungültiges Datum für gdpr_consent_valid_to: {valid_to!r} (JJJJ-MM-TT)")
            try:
                changes["gdpr_valid_to_ts"] = parse_stamp(f"{valid_to} 00:00:00")
            except ValueError:
                raise Failed(f"Ungültiges Datum für gdpr_consent_valid_to: {valid_to!r}") from None

    def _save(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.save``: without ``id`` creates, with one updates (VENDOR.md "Writes", A)."""
        request = self._request(params)
        seekers = self.store["jobseekers"]
        changes: dict[str, Any] = {}
        for name in ("first_name", "last_name", "email", "phone", "city"):
            if name in request:
                value = request[name]
                changes[name] = str(value).strip() if value not in (None, "") else None
        if "email" in changes and changes["email"] and not _EMAIL.match(changes["email"]):
            raise Failed("Ungültige E-Mail-Adresse")
        if "source_id" in request:
            changes["source_id"] = self._source_id(request["source_id"])
        self._consent(request, changes)
        with self.store.lock:
            record_id = self._int(request.get("id"), "id", required=False)
            if record_id is not None:
                if seekers.get(str(record_id)) is None:
                    raise Failed(f"Bewerber nicht gefunden (id {record_id})")
                changes["updated_ts"] = self.now_ts()
                seekers.update(str(record_id), changes, merge=False)
                return ok({"id": record_id}, "Gespeichert")
            for name in ("first_name", "last_name", "email"):
                if not changes.get(name):
                    raise Failed(f"Pflichtfeld fehlt: {name}")
            if seekers.lookup("by_email", changes["email"].lower()):
                raise Failed("E-Mail-Adresse ist bereits einem Bewerber zugeordnet")
            now = self.now_ts()
            rec = {
                "id": next_numeric_id(self.store, "jobseekers", 9000),
                "title": None,
                "email2": None,
                "mobile": None,
                "street": None,
                "zip": None,
                "country_id": "DE",
                "current_employer": None,
                "current_position": None,
                "source_id": None,
                "tag_ids": [],
                "gdpr_consent": 0,
                "gdpr_valid_to_ts": None,
                **changes,
                "created_ts": now,
                "updated_ts": now,
            }
            seekers.insert(rec)
        return ok({"id": int(rec["id"])}, "Gespeichert")

    def _apply(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.apply``: the jobseeker joins the project's pipeline at its first step,
        or at ``pipeline_step_id`` (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        pid = self._int(request.get("project_id"), "project_id")
        source = self._source_id(request.get("source_id"))
        with self.store.lock:
            seeker = self.store["jobseekers"].get(str(jsid))
            if seeker is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            project = self.store["projects"].get(str(pid))
            if project is None:
                raise Failed(f"Projekt nicht gefunden (id {pid})")
            if project["status"] != "open":
                raise Failed(f"Projekt ist nicht offen (Status: {project['status']})")
            apps = self.store["applications"]
            if apps.lookup("by_pair", (str(jsid), str(pid))):
                raise Failed("Bewerber ist bereits diesem Projekt zugeordnet")
            pipeline = list(project.get("pipeline") or [])
            step = self._int(request.get("pipeline_step_id"), "pipeline_step_id", required=False)
            if step is None:
                step = pipeline[0] if pipeline else 1
            elif step not in pipeline:
                raise Failed(f"Pipeline-Schritt {step} gehört nicht zu diesem Projekt")
            now = self.now_ts()
            new_id = next_numeric_id(self.store, "applications", 77000)
            rec = {
                "id": new_id,
                "project_id": str(pid),
                "jobseeker_id": str(jsid),
                "pipeline_step_id": step,
                "rejection_reason_id": None,
                "source_id": source if source is not None else seeker.get("source_id"),
                "created_ts": now,
                "updated_ts": now,
                "hired_ts": None,
                "rejected_ts": None,
            }
            apps.insert(rec)
        return ok({"id": int(new_id)}, "Bewerber wurde dem Projekt zugeordnet")

    def _add_tag(self, params: dict[str, Any]) -> dict[str, Any]:
        """``JobseekerService.addTag``: an existing tag only; twice is fine (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        tag = self._int(request.get("tag_id"), "tag_id")
        with self.store.lock:
            seeker = self.store["jobseekers"].get(str(jsid))
            if seeker is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            if str(tag) not in self.store["tags"]:
                raise Failed(f"Tag nicht gefunden (id {tag})")
            held = [int(t) for t in seeker.get("tag_ids") or []]
            if tag not in held:
                self.store["jobseekers"].update(
                    str(jsid), {"tag_ids": sorted([*held, tag]), "updated_ts": self.now_ts()}, merge=False
                )
        return ok()

    def _upload(self, params: dict[str, Any]) -> dict[str, Any]:
        """``FileService.upload``: base64 content with a type (VENDOR.md "Writes", A)."""
        request = self._request(params)
        jsid = self._int(request.get("jobseeker_id"), "jobseeker_id")
        appid = self._int(request.get("application_id"), "application_id", required=False)
        kind = str(request.get("file_type") or "")
        name = str(request.get("file_name") or "").strip()
        if not kind:
            raise Failed("Pflichtfeld fehlt: file_type")
        if kind not in FILE_TYPES:
            raise Failed(f"Ungültiger Dateityp: {kind} (erlaubt: {', '.join(FILE_TYPES)})")
        if not name:
            raise Failed("Pflichtfeld fehlt: file_name")
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension not in FILE_EXTENSIONS:
            raise Failed(f"Dateiformat nicht erlaubt: {name} (erlaubt: {', '.join(FILE_EXTENSIONS)})")
        try:
            content = base64.b64decode(str(request.get("content") or ""), validate=True)
        except (binascii.Error, ValueError):
            raise Failed("Ungültiger Dateiinhalt (Base64 erwartet)") from None
        if not content:
            raise Failed("Pflichtfeld fehlt: content")
        if len(content) > MAX_FILE_BYTES:
            raise Failed("Datei zu groß (max. 10 MB)")
        with self.store.lock:
            if self.store["jobseekers"].get(str(jsid)) is None:
                raise Failed(f"Bewerber nicht gefunden (id {jsid})")
            if appid is not None:
                app = self.store["applications"].get(str(appid))
                if app is None or app["jobseeker_id"] != str(jsid):
                    raise Failed(f"Bewerbung nicht gefunden (id {appid})")
            file_id = next_numeric_id(self.store, "files", 5000)
            rec = {
                "id": file_id,
                "jobseeker_id": str(jsid),
                "application_id": str(appid) if appid is not None else None,
                "file_type": kind,
                "file_name": name,
                "mime_type": request.get("mime_type") or "application/octet-stream",
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "created_ts": self.now_ts(),
            }
            self.store["files"].insert(rec)
            self.file_contents[file_id] = content
        return ok({"id": int(file_id)}, "Datei gespeichert")

    # -- control hooks (tests) ----------------------------------------------------------------------
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        rec = {
            k: (str(v) if k in ("id", "project_id", "jobseeker_id", "user_id") else v)
            for k, v in record.items()
        }
        now = self.now_ts()
        floors = {"users": 10, "projects": 300, "jobseekers": 9000, "applications": 77000, "tags": 30}
        with self.store.lock:
            rec.setdefault("id", next_numeric_id(self.store, collection, floors.get(collection, 0)))
            if collection == "applications":
                project = self.store["projects"].get(rec.get("project_id", ""))
                if project is None or rec.get("jobseeker_id") not in self.store["jobseekers"]:
                    raise ValueError("an application needs an existing project_id and jobseeker_id")
                defaults: dict[str, Any] = {
                    "pipeline_step_id": (project.get("pipeline") or [1])[0],
                    "rejection_reason_id": None,
                    "source_id": None,
                    "hired_ts": None,
                    "rejected_ts": None,
                }
            elif collection == "jobseekers":
                defaults = {"tag_ids": [], "gdpr_consent": 0, "gdpr_valid_to_ts": None, "country_id": "DE"}
            elif collection == "projects":
                defaults = {
                    "status": "open",
                    "pipeline": list(sd.PIPELINES["Standard"]),
                    "users": [],
                    "salary_currency": "EUR",
                    "date_from_ts": now,
                }
            elif collection == "users":
                defaults = {"status": 0, "acl": 4, "office_ids": [1]}
            else:
                defaults = {}
            for key, value in defaults.items():
                rec.setdefault(key, value)
            if collection != "tags":
                rec.setdefault("created_ts", now)
                rec.setdefault("updated_ts", now)
            return self.store[collection].insert(rec)

    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        stamped = dict(changes)
        if collection == "applications" and "pipeline_step_id" in changes:
            app = self.store["applications"].get(record_id) or {}
            project = self.store["projects"].get(str(app.get("project_id"))) or {}
            step = int(changes["pipeline_step_id"])
            if step not in (project.get("pipeline") or []):
                raise ValueError(f"step {step} is not in project {app.get('project_id')}'s pipeline")
            kind = sd.STEP_TYPES.get(step)
            now = self.now_ts()
            stamped["pipeline_step_id"] = step
            stamped.setdefault("hired_ts", now if kind == "hired" else None)
            stamped.setdefault("rejected_ts", now if kind == "rejected" else None)
            if kind != "rejected":
                stamped.setdefault("rejection_reason_id", None)
        if collection == "projects" and "pipeline" in changes:
            unknown = [s for s in changes["pipeline"] if s not in sd.STEP_TYPES]
            if unknown:
                raise ValueError(f"unknown pipeline steps {unknown}; known: {sorted(sd.STEP_TYPES)}")
        if collection != "tags":
            stamped.setdefault("updated_ts", self.now_ts())
        return self.store[collection].update(record_id, stamped, merge=False)

    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """Cascades as RECRU would (A): a jobseeker or project takes its applications along; a user leaves
        every project team; a tag leaves every jobseeker."""
        with self.store.lock:
            if collection in ("jobseekers", "projects"):
                index = "by_jobseeker" if collection == "jobseekers" else "by_project"
                for app in self.store["applications"].lookup(index, record_id):
                    self.store["applications"].delete(app["id"])
            elif collection == "users":
                for project in self.store["projects"].values():
                    team = [u for u in project.get("users") or [] if u["user_id"] != record_id]
                    if len(team) != len(project.get("users") or []):
                        self.store["projects"].update(
                            project["id"], {"users": team, "updated_ts": self.now_ts()}, merge=False
                        )
            elif collection == "tags":
                for seeker in self.store["jobseekers"].values():
                    if int(record_id) in (seeker.get("tag_ids") or []):
                        held = [t for t in seeker["tag_ids"] if t != int(record_id)]
                        self.store["jobseekers"].update(
                            seeker["id"], {"tag_ids": held, "updated_ts": self.now_ts()}, merge=False
                        )
            return self.store[collection].delete(record_id)
