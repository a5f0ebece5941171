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

The class is cut by concern: ``sandbox_rpc`` (the endpoint, sign-in, self-description),
``sandbox_records`` (renderers, times, parameter checks), ``sandbox_reads`` and ``sandbox_writes``
(the method handlers); this module holds the method table, the data and the control-API hooks.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from typing import Any

from connectors.recru import sandbox_data as sd
from connectors.recru.sandbox_reads import CLIENT_FORM, JOBSEEKER_FORM, LIMIT_MAX, PROJECT_FORM, RecruReads
from connectors.recru.sandbox_records import ok
from connectors.recru.sandbox_rpc import ENDPOINT, TOKEN_TTL_SECONDS, Op, RecruRpc
from connectors.recru.sandbox_writes import RecruWrites
from connectors.sandbox.auth import check_auth_mode, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.store import email_key, paused_gc, text_key

RATE_PER_SECOND = 10.0  # VENDOR.md "Errors": rate limits (A)


class RecruSandbox(RecruRpc, RecruReads, RecruWrites):
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

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: sd.SeedData) -> None:
        s = self.store
        s.add_collection("users", records=data.users)
        s.add_collection("tags", records=data.tags)
        s.add_collection("projects", records=data.projects)
        s.add_collection("jobseekers", indexes={"by_email": email_key("email")}, records=data.jobseekers)
        apps = {
            "by_project": text_key("project_id"),
            "by_jobseeker": text_key("jobseeker_id"),
            "by_pair": text_key("jobseeker_id", "project_id"),
        }
        s.add_collection("applications", indexes=apps, records=data.applications)
        s.add_collection("files", indexes={"by_jobseeker": text_key("jobseeker_id")})

    def account(self) -> dict[str, str]:
        return {"base_url": self.base_url, "login": self.login_name, "password": self.password}

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


#: The runner's entry point (``connectors.registry.VENDORS``): the class itself.
create_app = RecruSandbox
