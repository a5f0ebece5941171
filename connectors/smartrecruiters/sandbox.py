"""The SmartRecruiters sandbox: a loopback server that behaves like SR's Customer API.

Built from ``VENDOR.md`` (this package's contract; table rows are cited as "VENDOR.md <row>") and
``../shared/ats-apis/smartrecruiters.md`` ("shared §n"), never from our connector. Details neither
settles come from the SDK generated from SR's spec (roksela/smartrecruiters-python-client, "SDK")
and are marked U where the sandbox had to choose.

Internal records (see ``sandbox_data.py``) are the vendor shapes plus link fields (``jobId``,
``candidateId`` …) that responses never show; every response is rendered by a ``render_*``
method so the wire format lives in one place per object.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import random
import re
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from connectors.sandbox import files
from connectors.sandbox.auth import bearer_token, check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.paging import (
    PagingError,
    SortedView,
    decode_cursor,
    encode_cursor,
    keyset_page,
    link_header,
    parse_limit,
    parse_offset,
    url_with,
)
from connectors.sandbox.ratelimit import RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import (
    HttpError,
    Request,
    Response,
    StreamedBody,
    empty_response,
    json_response,
    text_response,
)
from connectors.smartrecruiters.sandbox_data import ANCHOR_MS, STATUSES, SeedData, generate, iso

AUTH_MODES = ("api_key", "oauth")
# Rate limits per credential: 10 req/s, 8 concurrent, 1 concurrent on GET /candidates (VENDOR.md
# "Conventions", V; shared §8).
PUBLISHED_RATE = 10.0
PUBLISHED_CONCURRENCY = 8
CANDIDATES_CONCURRENCY = 1
# 2 req/s on POST/DELETE /jobs/{id}/publication and GET /offers/{id}/documents/{id} (VENDOR.md
# "Conventions", V: developers.smartrecruiters.com/docs/rate-limiting), counted per route.
PUBLICATION_RATE = 2.0
OFFER_DOCUMENT_RATE = 2.0
TOKEN_TTL_SECONDS = 1800  # VENDOR.md "Hosts and auth": expires_in U, the sandbox uses 1800
PAGE_DEFAULT, PAGE_MAX = 10, 100  # VENDOR.md "Conventions": limit 1..100, default 10, clamped (V)
MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024  # VENDOR.md "Writes": files ≤ 2 MB (V, Application API limit; U here)
ATTACHMENT_EXTENSIONS = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "rtf": "application/rtf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
# shared §7: attachmentType defaults to GENERIC_FILE; RESUME (S); COVER_LETTER (U)
ATTACHMENT_TYPES = ("RESUME", "GENERIC_FILE", "COVER_LETTER")
SUB_STATUS_ALLOWED = frozenset({"IN_REVIEW", "INTERVIEW", "OFFERED"})  # shared §6 (S)
REASON_STATUSES = frozenset({"REJECTED", "WITHDRAWN"})  # shared §7 status PUT: reason for these (V)
MESSAGE_MAX = 10_000  # VENDOR.md "Writes" note: content 1..10000 (V)
REPORTS = "/reporting-api/v201804/reports"  # VENDOR.md "Reporting API" (S: SR client libraries)
# The seeded report: one row per application status change (its row entity and column names are U;
# SR's reports are defined by each customer in the app, VENDOR.md "Reporting API").
STATUS_CHANGES_REPORT_ID = "9c3a4e1e-7d1b-4c55-9a53-5e0f3b0a7f21"
STATUS_CHANGES_COLUMNS = ("candidateId", "jobId", "applicationId", "status", "subStatus", "changedOn")
REPORT_GENERATION_SECONDS = 0.2  # a file is PENDING this long after it was asked for (U)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CANDIDATE_TAG = re.compile(r"#\[CANDIDATE:([^\]\s]+)\]")  # shared §9: notes link candidates this way (V)
_WEB_KEYS = ("skype", "linkedin", "facebook", "twitter", "website")


def create_app(*, seed: int, size: str, auth: str) -> SmartRecruitersSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``)."""
    return SmartRecruitersSandbox(seed=seed, size=size, auth=auth)


def _parse_time(text: str, name: str) -> str:
    """A client timestamp (SR accepts ``yyyy-MM-ddTHH:mm:ss.SSSZZ``, shared §1) in the sandbox's own
    sortable form, so filters compare strings."""
    raw = text.strip().replace(" ", "+")  # an unencoded "+" in a query string arrives as a space
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    if len(raw) > 5 and raw[-5] in "+-" and raw[-4:].isdigit():
        raw = raw[:-2] + ":" + raw[-2:]
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise HttpError(
            400, f"Invalid {name}: {text!r} is not an ISO-8601 date-time", "INVALID_PARAMETER"
        ) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return iso(int(value.timestamp() * 1000))


class SmartRecruitersSandbox(SandboxApp):
    vendor = "smartrecruiters"
    # Every response carries these four (VENDOR.md "Conventions", V).
    rate_limit_header_names = {
        "limit": "X-RateLimit-Limit",
        "remaining": "X-RateLimit-Remaining",
        "concurrent_limit": "X-RateLimit-Concurrent-Limit",
        "concurrent_remaining": "X-RateLimit-Concurrent-Remaining",
    }
    send_retry_after = True  # not documented (U); the sandbox sends it, the connector must not need it

    def __init__(self, *, seed: int, size: str, auth: str) -> None:
        check_auth_mode(auth, AUTH_MODES, "SmartRecruiters")
        super().__init__(
            seed=seed,
            size=size,
            auth=auth,
            rate_policy=RateLimitPolicy(rate=PUBLISHED_RATE, concurrency=PUBLISHED_CONCURRENCY),
        )
        with paused_gc():
            data = generate(seed, size)
            self.company = data.company
            self._setup_store(data)
        cred = random.Random(f"smartrecruiters-credentials:{seed}")
        # API keys are 32-character strings; examples start with DCRA1- (shared §2, V).
        self.api_key = seeded_secret(cred, 32, prefix="DCRA1-")
        self.client_id = str(uuid.UUID(int=cred.getrandbits(128), version=4))
        self.client_secret = seeded_secret(cred, 40)
        self.tokens = self.token_issuer(TOKEN_TTL_SECONDS, prefix="DCRA1-")
        #: Uploaded files' bytes by attachment id; a test may put a ``StreamedBody`` (a very large file,
        #: made as it is sent) in their place.
        self.blobs: dict[str, bytes | StreamedBody] = {}
        # SR's times carry milliseconds (VENDOR.md "Conventions"); writes never date before the seed.
        self.clock = WriteClock(ANCHOR_MS, "ms")
        self._reports_lock = threading.Lock()
        self.api_user_id = data.users[0][
            "id"
        ]  # the admin whose credential this is (shared §2: key = admin's rights)
        # Vendor switches, steerable via PATCH /_sandbox/settings:
        self.settings = {
            # Whether SR refuses REJECTED/WITHDRAWN without a reason is U (shared §9: make it configurable).
            "require_rejection_reason": False,
            "token_ttl_seconds": TOKEN_TTL_SECONDS,
            # Whether this credential may read the Reporting API (its own scope, VENDOR.md "Reporting API").
            "reporting_api": True,
        }
        # Report files generated on request, per report id, newest last (VENDOR.md "Reporting API").
        self._report_files: dict[str, list[dict[str, Any]]] = {}
        self._register_routes()

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: SeedData) -> None:
        s = self.store
        s.add_collection("users").load(data.users)
        jobs = s.add_collection("jobs", sort_fields=("createdOn",))
        jobs.load(data.jobs)
        ads = s.add_collection("jobads")
        ads.add_index("by_job", lambda r: r.get("jobId"))
        ads.load(data.jobads)
        s.add_collection("postings").load(data.postings)
        team = s.add_collection("hiring_team")
        team.add_index("by_job", lambda r: r.get("jobId"))
        team.load(data.hiring_team)
        s.add_collection("rejection_reasons").load(data.rejection_reasons)
        s.add_collection("withdrawal_reasons").load(data.withdrawal_reasons)
        s.add_collection("candidates", sort_fields=("createdOn",)).load(data.candidates)
        apps = s.add_collection("applications")
        apps.add_index("by_candidate", lambda r: r.get("candidateId"))
        apps.add_index("by_pair", lambda r: (r.get("candidateId"), r.get("jobId")), unique=True)
        apps.add_index("by_job", lambda r: r.get("jobId"))
        apps.load(data.applications)
        ivs = s.add_collection("interviews")
        ivs.add_index("by_application", lambda r: r.get("applicationId"))
        ivs.load(data.interviews)
        offers = s.add_collection("offers")
        offers.add_index("by_pair", lambda r: (r.get("candidateId"), r.get("jobId")))
        offers.load(data.offers)
        atts = s.add_collection("attachments")
        atts.add_index("by_candidate", lambda r: r.get("candidateId"))
        atts.load(self._seeded_files(data))
        s.add_collection("messages")

    def _seeded_files(self, data: SeedData) -> list[dict[str, Any]]:
        """Generated CVs (``connectors.sandbox.files``): the list shows them, their bytes are made on
        download. Created when the candidate was (SR's list shows no date, VENDOR.md "Attachments")."""
        out = []
        for cand in data.candidates:
            name = f"{cand.get('firstName') or ''} {cand.get('lastName') or ''}".strip()
            found = files.cv_for("smartrecruiters", self.seed, cand["id"], name)
            if found is None:
                continue
            out.append(
                {
                    "id": str(uuid.UUID(bytes=hashlib.md5(f"att:{cand['id']}".encode()).digest(), version=4)),
                    "candidateId": cand["id"],
                    "name": found.name,
                    "type": "RESUME",
                    "contentType": found.content_type,
                    "createdOn": cand.get("createdOn"),
                    "_lines": list(found.lines),
                }
            )
        return out

    def now(self) -> str:
        """Write timestamps: real time, but never before the seed data and strictly increasing, so
        ``updatedAfter`` sees every write."""
        return iso(self.clock.tick())

    def account(self) -> dict[str, str]:
        if self.auth_mode == "oauth":
            return {
                "base_url": self.base_url,
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            }
        return {"base_url": self.base_url, "api_key": self.api_key}

    def url(self, path: str) -> str:
        # HATEOAS actions carry absolute URLs of the API host (shared §3, V): here, our own base URL.
        return self.base_url + path

    # -- auth ---------------------------------------------------------------------------------------
    def authenticate(self, request: Request) -> str:
        if self.auth_mode == "api_key":
            # X-SmartToken; header names are case-insensitive (VENDOR.md "Hosts and auth", V) — the
            # server lower-cases names, so any spelling arrives here.
            key = request.headers.get("x-smarttoken")
            if key and constant_time_in(key.strip(), {self.api_key}):
                return "key"
            message = "Missing X-SmartToken header" if not key else "Invalid X-SmartToken"
        else:
            token = bearer_token(request.headers.get("authorization"))
            issued = self.tokens.validate(token)
            if issued is not None:
                return "client:" + issued.client_id
            message = "Missing bearer token" if not token else "Access token is invalid or expired"
        raise HttpError(401, message, "UNAUTHORIZED")

    def _token(self, request: Request) -> Response:
        """``POST /identity/oauth/token`` (VENDOR.md "Hosts and auth", V/S): form body, client
        credentials; also accepted in an HTTP Basic header (RFC 6749 §2.3.1)."""
        if request.content_type != "application/x-www-form-urlencoded":
            return self._oauth_error(
                400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded"
            )
        form = request.form()
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if not client_id and basic.lower().startswith("basic "):
            try:
                client_id, _, client_secret = (
                    base64.b64decode(basic[6:].strip()).decode("utf-8").partition(":")
                )
            except (binascii.Error, UnicodeDecodeError):
                return self._oauth_error(401, "invalid_client", "Malformed Basic credentials")
        grant = form.get("grant_type")
        if grant != "client_credentials":
            return self._oauth_error(
                400, "unsupported_grant_type", f"grant_type must be client_credentials, got {grant!r}"
            )
        if (
            self.auth_mode != "oauth"
            or not client_id
            or not client_secret
            or not constant_time_in(client_id, {self.client_id})
            or not constant_time_in(client_secret, {self.client_secret})
        ):
            return self._oauth_error(401, "invalid_client", "Unknown client or wrong secret")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds", TOKEN_TTL_SECONDS))
        issued = self.tokens.mint(client_id)
        return json_response(
            {"access_token": issued.token, "token_type": "bearer", "expires_in": self.tokens.ttl_seconds},
            headers=[("Cache-Control", "no-store")],
        )

    def _oauth_error(self, status: int, error: str, description: str) -> Response:
        # SR's error body (VENDOR.md "Conventions") plus the OAuth 2.0 fields a token client expects (U).
        return json_response(
            {
                "message": description,
                "errors": [{"code": error, "message": description}],
                "error": error,
                "error_description": description,
            },
            status,
        )

    # -- routes -------------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        r = self.add_route
        # Minting a token changes no data: not a write for the fault machinery (fail_after_accept).
        r("POST", "/identity/oauth/token", self._token, auth=False, rate_limited=False, write=False)
        # Each route names the unified model of the stream that reads it (``--without MODEL`` switches
        # them off); the writes under /candidates go with them.
        users, jobs, candidates = ("users",), ("jobs",), ("candidates",)
        r("GET", "/user-api/v201804/users", self._users, models=users)
        r("GET", "/user-api/v201804/users/{userId}", self._user, models=users)
        r("GET", "/jobs", self._jobs, models=jobs)
        r("GET", "/jobs/{jobId}", self._job, models=jobs)
        r("GET", "/jobs/{jobId}/status/history", self._job_status_history, models=jobs)
        r("GET", "/jobs/{jobId}/hiring-team", self._hiring_team, models=jobs)
        r("GET", "/jobs/{jobId}/jobads", self._jobads, models=jobs)
        r("GET", "/jobs/{jobId}/jobads/{jobAdId}", self._jobad, models=jobs)
        r("GET", "/postings/{postingUuid}/configuration", self._posting_configuration, models=jobs)
        r(
            "GET",
            "/configuration/rejection-reasons",
            self._reasons_handler("rejection_reasons"),
            models=("rejection_reasons",),
        )
        r("GET", "/configuration/withdrawal-reasons", self._reasons_handler("withdrawal_reasons"))
        r("GET", "/configuration/company", self._company)
        r("GET", "/candidates", self._candidates, concurrency=CANDIDATES_CONCURRENCY, models=candidates)
        r("GET", "/candidates/{id}", self._candidate, models=candidates)
        r("GET", "/candidates/{id}/jobs/{jobId}", self._application, models=candidates)
        r("GET", "/candidates/{id}/jobs/{jobId}/status/history", self._status_history, models=candidates)
        r("GET", "/candidates/{id}/jobs/{jobId}/offers", self._offers, models=candidates)
        r(
            "GET",
            "/offers/{offerId}/documents/{documentId}",
            self._offer_document,
            rate=OFFER_DOCUMENT_RATE,
            models=candidates,
        )
        r("GET", "/interviews-api/v201904/interviews", self._interviews, models=candidates)
        r("GET", "/candidates/{id}/attachments", self._attachments, models=candidates)
        r("GET", "/candidates/{id}/attachments/{attachmentId}", self._attachment_download, models=candidates)
        r("GET", "/candidates/{id}/tags", self._tags_get, models=candidates)
        # writes (VENDOR.md "Writes")
        r("POST", "/jobs/{jobId}/candidates", self._create_candidate, models=candidates)
        r("POST", "/jobs/{jobId}/publication", self._publish, rate=PUBLICATION_RATE, models=jobs)
        r("DELETE", "/jobs/{jobId}/publication", self._unpublish, rate=PUBLICATION_RATE, models=jobs)
        r("POST", "/candidates/{id}/attachments", self._upload_attachment, models=candidates)
        r("PUT", "/candidates/{id}/jobs/{jobId}/status", self._set_status, models=candidates)
        r("POST", "/messages/shares", self._share_message)
        r("PUT", "/candidates/{id}/tags", self._tags_put, models=candidates)
        r("POST", "/candidates/{id}/tags", self._tags_post, models=candidates)
        r("DELETE", "/candidates/{id}/tags", self._tags_delete, models=candidates)
        # Reporting API (VENDOR.md "Reporting API"): a report file is generated on request and read as CSV.
        # Generating one changes no data: not a write for the fault machinery.
        r("GET", REPORTS, self._reports, models=candidates)
        r("GET", REPORTS + "/{reportId}", self._report, models=candidates)
        r("POST", REPORTS + "/{reportId}/files", self._report_generate, models=candidates, write=False)
        r("GET", REPORTS + "/{reportId}/files", self._report_files_list, models=candidates)
        r("GET", REPORTS + "/{reportId}/files/recent", self._report_recent, models=candidates)
        r("GET", REPORTS + "/{reportId}/files/recent/data", self._report_recent_data, models=candidates)

    # -- helpers ------------------------------------------------------------------------------------
    def _limit(self, request: Request) -> int:
        try:
            return parse_limit(request.arg("limit"), default=PAGE_DEFAULT, maximum=PAGE_MAX)
        except PagingError as exc:
            raise HttpError(400, str(exc), "INVALID_PARAMETER") from exc

    def _after(self, request: Request) -> tuple[Any, ...] | None:
        token = request.arg("pageId")
        if not token:
            return None
        try:
            value = decode_cursor(token)
            key = value["k"]
            if not isinstance(key, list):
                raise PagingError("bad cursor")
        except (PagingError, KeyError, TypeError) as exc:
            raise HttpError(400, f"Invalid pageId: {token!r}", "INVALID_PAGE_ID") from exc
        return tuple(key)

    def _page(
        self,
        request: Request,
        view: SortedView,
        render: Any,
        *,
        total: bool = True,
        limit_in_body: bool = True,
    ) -> Response:
        """Cursor paging (VENDOR.md "Conventions", V), or the older offset envelope when the client
        sends ``offset`` (shared §3: "Some endpoints still use offset")."""
        limit = self._limit(request)
        if request.arg("offset") is not None and not request.arg("pageId"):
            try:
                offset = parse_offset(request.arg("offset"))
            except PagingError as exc:
                raise HttpError(400, str(exc), "INVALID_PARAMETER") from exc
            ids = view.ids[offset : offset + limit]
            return json_response(
                {
                    "limit": limit,
                    "offset": offset,
                    "totalFound": len(view),
                    "content": [render(i) for i in ids],
                }
            )
        ids, next_key = keyset_page(view, limit, self._after(request))
        body: dict[str, Any] = {}
        if total:
            body["totalFound"] = len(view)
        if limit_in_body:
            body["limit"] = limit
        body["content"] = [render(i) for i in ids]
        headers: list[tuple[str, str]] = []
        if next_key is not None:
            # Opaque URL-safe token; absent on the last page (VENDOR.md: "absent/null", U which).
            token = encode_cursor({"k": list(next_key)})
            body["nextPageId"] = token
            headers.append(
                ("Link", link_header(url_with(self.base_url, request.path, request.query, pageId=token)))
            )
        return json_response(body, headers=headers)

    def _get(self, collection: str, record_id: str, what: str) -> dict[str, Any]:
        record = self.store[collection].get(record_id)
        if record is None:
            raise HttpError(404, f"{what} not found: {record_id}", "NOT_FOUND")
        return record

    def _app_of(self, request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
        cand = self._get("candidates", request.params["id"], "Candidate")
        job_id = request.params["jobId"]
        self._get("jobs", job_id, "Job")
        app = self.store["applications"].lookup_one("by_pair", (cand["id"], job_id))
        if app is None:
            raise HttpError(404, f"Candidate {cand['id']} has not applied to job {job_id}", "NOT_FOUND")
        return cand, app

    def _statuses(self, request: Request) -> set[str]:
        values = set(request.args("status"))
        bad = sorted(values - set(STATUSES))
        if bad:
            raise HttpError(
                400,
                f"Invalid status value(s): {', '.join(bad)}; allowed: {', '.join(STATUSES)}",
                "INVALID_PARAMETER",
            )
        return values

    # -- renderers ----------------------------------------------------------------------------------
    def _actions(self, path: str) -> dict[str, Any]:
        return {"details": {"url": self.url(path), "method": "GET"}}

    def render_user(self, user: dict[str, Any]) -> dict[str, Any]:
        return user  # stored in the wire shape already (VENDOR.md users row)

    def render_job_summary(self, job: dict[str, Any]) -> dict[str, Any]:
        # JobSummary (shared §5, S)
        return {
            "id": job["id"],
            "title": job["title"],
            "refNumber": job.get("refNumber"),
            "createdOn": job.get("createdOn"),
            "updatedOn": job.get("updatedOn"),
            "lastActivityOn": job.get("lastActivityOn"),
            "department": job.get("department"),
            "location": job.get("location"),
            "status": job.get("status"),
            "postingStatus": job.get("postingStatus"),
            "language": job.get("language"),
            "actions": self._actions(f"/jobs/{job['id']}"),
        }

    def render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        # JobDetails (shared §5, SDK docs/JobDetails.md); the status history has its own endpoint
        body = {k: v for k, v in job.items() if k != "statusHistory"}
        jid = job["id"]
        body["actions"] = {
            "details": {"url": self.url(f"/jobs/{jid}"), "method": "GET"},
            "hiringTeam": {"url": self.url(f"/jobs/{jid}/hiring-team"), "method": "GET"},
            "jobAds": {"url": self.url(f"/jobs/{jid}/jobads"), "method": "GET"},
            "candidates": {"url": self.url(f"/candidates?jobId={jid}"), "method": "GET"},
        }
        return body

    def render_jobad(self, ad: dict[str, Any]) -> dict[str, Any]:
        body = {k: v for k, v in ad.items() if k != "jobId"}
        body["actions"] = {
            "details": {"url": self.url(f"/jobs/{ad['jobId']}/jobads/{ad['id']}"), "method": "GET"},
            "configuration": {"url": self.url(f"/postings/{ad['id']}/configuration"), "method": "GET"},
        }
        return body

    def _apps_of(self, candidate_id: str) -> list[dict[str, Any]]:
        apps = self.store["applications"].lookup("by_candidate", candidate_id)
        # The primary assignment is the latest application (U: SR's rule is not documented).
        apps.sort(key=lambda a: (a.get("createdOn") or "", a["id"]), reverse=True)
        return apps

    def _assignment(self, app: dict[str, Any], *, detail: bool) -> dict[str, Any]:
        job = self.store["jobs"].get(app["jobId"]) or {}
        cid, jid = app["candidateId"], app["jobId"]
        out: dict[str, Any] = {
            "job": {"id": jid, "title": job.get("title"), "actions": self._actions(f"/jobs/{jid}")},
            "status": app.get("status"),
            "subStatus": app.get("subStatus"),
        }
        if detail:
            # Assignment (SDK): + startsOn, source, reasonOfRejection, actions
            out["startsOn"] = app.get("startsOn")
            out["source"] = app.get("source")
            out["reasonOfRejection"] = app.get("reasonOfRejection")
            out["actions"] = {
                "details": {"url": self.url(f"/candidates/{cid}/jobs/{jid}"), "method": "GET"},
                "statusHistory": {
                    "url": self.url(f"/candidates/{cid}/jobs/{jid}/status/history"),
                    "method": "GET",
                },
            }
        return out

    def render_candidate_summary(self, cand: dict[str, Any]) -> dict[str, Any]:
        # CandidateSummary (shared §5, S/V)
        apps = self._apps_of(cand["id"])
        return {
            "id": cand["id"],
            "internal": cand.get("internal", False),
            "firstName": cand.get("firstName"),
            "lastName": cand.get("lastName"),
            "email": cand.get("email"),
            "createdOn": cand.get("createdOn"),
            "updatedOn": cand.get("updatedOn"),
            "location": cand.get("location"),
            "averageRating": cand.get("averageRating"),
            "tags": cand.get("tags", []),
            "primaryAssignment": self._assignment(apps[0], detail=False) if apps else None,
            "secondaryAssignments": [self._assignment(a, detail=False) for a in apps[1:]],
            "actions": self._actions(f"/candidates/{cand['id']}"),
        }

    def render_candidate(self, cand: dict[str, Any]) -> dict[str, Any]:
        # CandidateDetails (SDK docs/CandidateDetails.md; VENDOR.md candidates ↳ detail)
        apps = self._apps_of(cand["id"])
        cid = cand["id"]
        return {
            "id": cid,
            "internal": cand.get("internal", False),
            "firstName": cand.get("firstName"),
            "lastName": cand.get("lastName"),
            "email": cand.get("email"),
            "phoneNumber": cand.get("phoneNumber"),
            "location": cand.get("location"),
            "web": cand.get("web", {}),
            "createdOn": cand.get("createdOn"),
            "updatedOn": cand.get("updatedOn"),
            "tags": cand.get("tags", []),
            "averageRating": cand.get("averageRating"),
            "education": cand.get("education", []),
            "experience": cand.get("experience", []),
            "primaryAssignment": self._assignment(apps[0], detail=True) if apps else None,
            "secondaryAssignments": [self._assignment(a, detail=True) for a in apps[1:]],
            "actions": {
                "details": {"url": self.url(f"/candidates/{cid}"), "method": "GET"},
                "attachments": {"url": self.url(f"/candidates/{cid}/attachments"), "method": "GET"},
                "tags": {"url": self.url(f"/candidates/{cid}/tags"), "method": "GET"},
            },
        }

    def render_application(self, app: dict[str, Any]) -> dict[str, Any]:
        # VENDOR.md "↳ application": {id, job{id,title}, status, subStatus, startsOn, source,
        # reasonOfRejection}
        body = self._assignment(app, detail=True)
        return {"id": app["id"], **body}

    @staticmethod
    def render_history(app: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for changed_on, status, sub in app.get("statusHistory", ()):
            entry = {"changedOn": changed_on, "status": status}
            if sub:
                entry["subStatus"] = sub
            out.append(entry)
        return out

    def render_offer(self, offer: dict[str, Any]) -> dict[str, Any]:
        cid, jid = offer["candidateId"], offer["jobId"]
        return {
            "id": offer["id"],
            "status": offer.get("status"),
            "createdOn": offer.get("createdOn"),
            "updatedOn": offer.get("updatedOn"),
            "properties": offer.get("properties", {}),
            "actions": self._actions(f"/candidates/{cid}/jobs/{jid}/offers/{offer['id']}"),
        }

    @staticmethod
    def render_interview(interview: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in interview.items() if k != "applicationId"}

    def render_attachment(self, att: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": att["id"],
            "name": att.get("name"),
            "type": att.get("type"),
            "contentType": att.get("contentType"),
            "actions": {
                "download": {
                    "url": self.url(f"/candidates/{att['candidateId']}/attachments/{att['id']}"),
                    "method": "GET",
                }
            },
        }

    # -- read handlers --------------------------------------------------------------------------------
    def _users(self, request: Request) -> Response:
        users = self.store["users"]
        view = self.store.cached(
            ("users", users.shape_version), lambda: SortedView.build(users.values(), lambda u: (u["id"],))
        )
        # v201804 users: {limit, nextPageId, content} (shared §4, V)
        return self._page(request, view, lambda i: users.records[i], total=False)

    def _user(self, request: Request) -> Response:
        return json_response(self._get("users", request.params["userId"], "User"))

    def _jobs(self, request: Request) -> Response:
        jobs = self.store["jobs"]
        q = (request.arg("q") or "").strip().lower()
        updated_after = (
            _parse_time(request.arg("updatedAfter") or "", "updatedAfter")
            if request.arg("updatedAfter")
            else None
        )
        activity_after = (
            _parse_time(request.arg("lastActivityAfter") or "", "lastActivityAfter")
            if request.arg("lastActivityAfter")
            else None
        )
        statuses = set(request.args("status"))
        posting = set(request.args("postingStatus"))
        cities = {c.lower() for c in request.args("city")}
        departments = {d.lower() for d in request.args("department")}
        fkey = (
            q,
            updated_after,
            activity_after,
            frozenset(statuses),
            frozenset(posting),
            frozenset(cities),
            frozenset(departments),
        )

        def where(job: dict[str, Any]) -> bool:
            if q and q not in (job.get("title") or "").lower() and q != (job.get("refNumber") or "").lower():
                return False
            if updated_after and (job.get("updatedOn") or "") <= updated_after:
                return False
            if activity_after and (job.get("lastActivityOn") or "") <= activity_after:
                return False
            if statuses and job.get("status") not in statuses:
                return False
            if posting and job.get("postingStatus") not in posting:
                return False
            if cities and ((job.get("location") or {}).get("city") or "").lower() not in cities:
                return False
            return not (
                departments and ((job.get("department") or {}).get("label") or "").lower() not in departments
            )

        view = self.store.cached(
            ("jobs", jobs.version, fkey),
            lambda: SortedView.build(jobs.values(), lambda j: (j.get("createdOn") or "", j["id"]), where),
        )
        return self._page(request, view, lambda i: self.render_job_summary(jobs.records[i]))

    def _job(self, request: Request) -> Response:
        return json_response(self.render_job(self._get("jobs", request.params["jobId"], "Job")))

    def _job_status_history(self, request: Request) -> Response:
        # GET /jobs/{id}/status/history → {content:[{changedOn, status}]} oldest first (shared §4, S)
        job = self._get("jobs", request.params["jobId"], "Job")
        content = [
            {"changedOn": changed, "status": status} for changed, status in job.get("statusHistory", ())
        ]
        return json_response({"content": content})

    def _hiring_team(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        members = self.store["hiring_team"].lookup("by_job", job["id"])
        content = [
            {
                "id": m["userId"],
                "role": m["role"],
                "actions": self._actions(f"/user-api/v201804/users/{m['userId']}"),
            }
            for m in members
        ]
        return json_response({"totalFound": len(content), "content": content})

    def _jobads(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        ads = self.store["jobads"].lookup("by_job", job["id"])
        return json_response({"totalFound": len(ads), "content": [self.render_jobad(a) for a in ads]})

    def _jobad(self, request: Request) -> Response:
        job = self._get("jobs", request.params["jobId"], "Job")
        ad = self.store["jobads"].get(request.params["jobAdId"])
        if ad is None or ad.get("jobId") != job["id"]:
            raise HttpError(404, f"Job ad not found: {request.params['jobAdId']}", "NOT_FOUND")
        return json_response(self.render_jobad(ad))

    def _posting_configuration(self, request: Request) -> Response:
        config = self._get("postings", request.params["postingUuid"], "Posting")
        settings = config.get("settings", {})
        questions = config.get("questions", [])
        # conditionalsIncluded (shared §4, V): the sandbox includes conditional questions unless the
        # client says false (U: SR's default is not documented and VENDOR.md does not send it).
        if (request.arg("conditionalsIncluded") or "").lower() == "false":
            hidden = {q for c in settings.get("conditionals", []) for q in c.get("conditionalQuestions", [])}
            questions = [q for q in questions if q["id"] not in hidden]
            settings = {**settings, "conditionals": []}
        return json_response(
            {
                "questions": questions,
                "settings": settings,
                "privacyPolicies": config.get("privacyPolicies", []),
            }
        )

    def _reasons_handler(self, collection: str) -> Any:
        def handler(request: Request) -> Response:
            reasons = self.store[collection].values()
            return json_response(
                {
                    "totalFound": len(reasons),
                    "content": [{"id": r["id"], "label": r["label"]} for r in reasons],
                }
            )

        return handler

    def _company(self, request: Request) -> Response:
        return json_response({"identifier": self.company["identifier"], "name": self.company["name"]})

    def _candidates(self, request: Request) -> Response:
        """``GET /candidates`` (VENDOR.md candidates row; shared §4 and §9)."""
        cands = self.store["candidates"]
        apps = self.store["applications"]
        statuses = self._statuses(request)
        sub_status = request.arg("subStatus")
        if sub_status and not statuses:
            raise HttpError(400, "subStatus can only be used together with status", "INVALID_PARAMETER")
        job_ids = set(request.args("jobId"))
        tags = set(request.args("tag"))
        q = (request.arg("q") or "").strip().lower()
        updated_after = (
            _parse_time(request.arg("updatedAfter") or "", "updatedAfter")
            if request.arg("updatedAfter")
            else None
        )
        # Only candidates with at least one application are listed (V): the base view.
        base = self.store.cached(
            ("cands", cands.shape_version, apps.shape_version),
            lambda: SortedView.build(
                cands.values(),
                lambda c: (c.get("createdOn") or "", c["id"]),
                lambda c: bool(apps.lookup("by_candidate", c["id"])),
            ),
        )
        if statuses or job_ids or tags or q or updated_after:
            fkey = (frozenset(statuses), sub_status, frozenset(job_ids), frozenset(tags), q, updated_after)

            def keep(cid: str) -> bool:
                cand = cands.records.get(cid)
                if cand is None:
                    return False
                if updated_after and (cand.get("updatedOn") or "") <= updated_after:
                    return False
                if tags and not tags.intersection(cand.get("tags") or ()):
                    return False
                if (
                    q
                    and q
                    not in " ".join(
                        (cand.get("firstName") or "", cand.get("lastName") or "", cand.get("email") or "")
                    ).lower()
                ):
                    return False
                if statuses or job_ids:
                    for app in apps.lookup("by_candidate", cid):
                        if job_ids and app.get("jobId") not in job_ids:
                            continue
                        if statuses and app.get("status") not in statuses:
                            continue
                        if sub_status and app.get("subStatus") != sub_status:
                            continue
                        return True
                    return False
                return True

            view = self.store.cached(
                ("cands-f", cands.version, apps.version, fkey), lambda: base.filtered(keep)
            )
        else:
            view = base
        return self._page(request, view, lambda i: self.render_candidate_summary(cands.records[i]))

    def _candidate(self, request: Request) -> Response:
        return json_response(
            self.render_candidate(self._get("candidates", request.params["id"], "Candidate"))
        )

    def _application(self, request: Request) -> Response:
        _cand, app = self._app_of(request)
        return json_response(self.render_application(app))

    def _status_history(self, request: Request) -> Response:
        _cand, app = self._app_of(request)
        content = self.render_history(app)  # oldest first (VENDOR.md status history row)
        return json_response({"totalFound": len(content), "content": content})

    def _offers(self, request: Request) -> Response:
        cand, app = self._app_of(request)
        offers = self.store["offers"].lookup("by_pair", (cand["id"], app["jobId"]))
        offers.sort(key=lambda o: (o.get("createdOn") or "", o["id"]))
        return json_response({"totalFound": len(offers), "content": [self.render_offer(o) for o in offers]})

    def _offer_document(self, request: Request) -> Response:
        # GET /offers/{id}/documents/{docId}: binary (shared §4, V); the sandbox seeds no offer documents,
        # so a known offer answers 404 for its document (U) and an unknown offer 404 too.
        offer = self._get("offers", request.params["offerId"], "Offer")
        document = request.params["documentId"]
        raise HttpError(404, f"Offer {offer['id']} has no document {document}", "NOT_FOUND")

    def _publish(self, request: Request) -> Response:
        # POST /jobs/{id}/publication publishes the default job ad (VENDOR.md "Writes", S); answer U.
        job = self._get("jobs", request.params["jobId"], "Job")
        self.control_patch("jobs", job["id"], {"postingStatus": "PUBLIC"})  # bumps updatedOn
        return json_response({"id": job["id"], "postingStatus": "PUBLIC"}, 201)

    def _unpublish(self, request: Request) -> Response:
        # DELETE /jobs/{id}/publication unpublishes the job from all sources (VENDOR.md "Writes", S); 204 U.
        job = self._get("jobs", request.params["jobId"], "Job")
        self.control_patch("jobs", job["id"], {"postingStatus": "NOT_PUBLISHED"})
        return empty_response(204)

    def _interviews(self, request: Request) -> Response:
        # GET /interviews-api/v201904/interviews?applicationId= (VENDOR.md interviews row, S for path/param)
        application_id = request.arg("applicationId")
        if not application_id:
            raise HttpError(
                400, "applicationId is required", "INVALID_PARAMETER"
            )  # U: no list-all documented
        found = self.store["interviews"].lookup("by_application", application_id)
        found.sort(key=lambda i: (i.get("createdOn") or "", i["id"]))
        return json_response({"content": [self.render_interview(i) for i in found]})

    def _attachments(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        atts = self.store["attachments"].lookup("by_candidate", cand["id"])
        return json_response({"totalFound": len(atts), "content": [self.render_attachment(a) for a in atts]})

    def _attachment_download(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        att = self.store["attachments"].get(request.params["attachmentId"])
        if att is None or att.get("candidateId") != cand["id"]:
            raise HttpError(404, f"Attachment not found: {request.params['attachmentId']}", "NOT_FOUND")
        data = self.blobs.get(att["id"])
        stream = data if isinstance(data, StreamedBody) else None
        if data is None and att.get("_lines"):
            kind = att.get("contentType")
            data = files.pdf_bytes(att["_lines"]) if kind == files.PDF else files.docx_bytes(att["_lines"])
        return Response(
            200,
            data if isinstance(data, bytes) else b"",
            att.get("contentType") or "application/octet-stream",
            [("Content-Disposition", f'attachment; filename="{att.get("name", "file")}"')],
            stream=stream,
        )

    def _tags_get(self, request: Request) -> Response:
        cand = self._get("candidates", request.params["id"], "Candidate")
        return json_response({"tags": list(cand.get("tags") or [])})

    # -- writes -------------------------------------------------------------------------------------
    def _body(self, request: Request) -> dict[str, Any]:
        body = request.json()
        if not isinstance(body, dict):
            raise HttpError(400, "Request body must be a JSON object", "INVALID_BODY")
        return body

    def _create_candidate(self, request: Request) -> Response:
        """``POST /jobs/{jobId}/candidates`` with CandidateInput → 201 CandidateDetails
        (VENDOR.md Writes, S)."""
        job = self._get("jobs", request.params["jobId"], "Job")
        body = self._body(request)
        errors = []
        for name in ("firstName", "lastName", "email"):
            value = body.get(name)
            if not isinstance(value, str) or not value.strip():
                errors.append({"code": "FIELD_REQUIRED", "message": f"{name}: must not be empty"})
        email = body.get("email")
        if isinstance(email, str) and email.strip() and not _EMAIL.match(email.strip()):
            errors.append(
                {"code": "INVALID_EMAIL", "message": f"email: {email!r} is not a valid e-mail address"}
            )
        tags = body.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            errors.append({"code": "INVALID_FIELD", "message": "tags: must be a list of non-empty strings"})
        for name in ("location", "web", "sourceDetails"):
            if body.get(name) is not None and not isinstance(body.get(name), dict):
                errors.append({"code": "INVALID_FIELD", "message": f"{name}: must be an object"})
        for name in ("education", "experience"):
            if body.get(name) is not None and not isinstance(body.get(name), list):
                errors.append({"code": "INVALID_FIELD", "message": f"{name}: must be a list"})
        source = body.get("sourceDetails")
        if isinstance(source, dict):
            # sourceDetails{sourceTypeId*, sourceSubTypeId, sourceId*} (shared §7, S)
            for name in ("sourceTypeId", "sourceId"):
                if not isinstance(source.get(name), str) or not source.get(name):
                    errors.append(
                        {"code": "FIELD_REQUIRED", "message": f"sourceDetails.{name}: must not be empty"}
                    )
        if errors:
            missing = [e["message"].split(":", 1)[0] for e in errors]
            raise HttpError(
                400, f"Invalid candidate: {', '.join(missing)}", "VALIDATION_ERROR", errors=errors
            )
        web_in = body.get("web") or {}
        web = {}
        for key, value in web_in.items():
            norm = "linkedin" if key == "linkedIn" else key  # shared §5: accept both spellings
            if norm in _WEB_KEYS and isinstance(value, str) and value:
                web[norm] = value
        now = self.now()
        cid = str(uuid.uuid4())
        location = body.get("location")
        candidate = {
            "id": cid,
            "internal": bool(body.get("internal", False)),
            "firstName": body["firstName"].strip(),
            "lastName": body["lastName"].strip(),
            "email": body["email"].strip(),
            "phoneNumber": body.get("phoneNumber"),
            "location": location if isinstance(location, dict) else None,
            "web": web,
            "createdOn": now,
            "updatedOn": now,
            "tags": _dedupe(tags),
            "averageRating": 0.0,
            "education": body.get("education") or [],
            "experience": body.get("experience") or [],
        }
        source_label = (source or {}).get("sourceId") if isinstance(source, dict) else None
        # The start status of this call is U (shared open question 5): the sandbox uses NEW.
        application = {
            "id": str(uuid.uuid4()),
            "candidateId": cid,
            "jobId": job["id"],
            "status": "NEW",
            "subStatus": None,
            "startsOn": None,
            "source": source_label or "API",
            "reasonOfRejection": None,
            "createdOn": now,
            "statusHistory": [[now, "NEW", None]],
        }
        with self.store.lock:
            self.store["candidates"].insert(candidate)
            self.store["applications"].insert(application)
            self.store["jobs"].update(job["id"], {"lastActivityOn": now})  # new applicant (shared §4)
        return json_response(self.render_candidate(candidate), 201)

    def _upload_attachment(self, request: Request) -> Response:
        """Multipart ``file`` + ``attachmentType`` (VENDOR.md Writes: ≤ 2 MB; PDF/DOC/DOCX/RTF/JPG/PNG)."""
        cand = self._get("candidates", request.params["id"], "Candidate")
        parts = {p.name: p for p in request.multipart()}
        file_part = parts.get("file")
        if file_part is None or file_part.filename is None:
            raise HttpError(400, "A file part named 'file' is required", "FILE_REQUIRED")
        att_type = parts["attachmentType"].text().strip() if "attachmentType" in parts else "GENERIC_FILE"
        if att_type not in ATTACHMENT_TYPES:
            raise HttpError(
                400,
                f"Invalid attachmentType {att_type!r}; allowed: {', '.join(ATTACHMENT_TYPES)}",
                "INVALID_ATTACHMENT_TYPE",
            )
        data = file_part.data
        if not data:
            raise HttpError(400, "The file is empty", "EMPTY_FILE")
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise HttpError(
                400,
                f"The file is {len(data)} bytes; the limit is {MAX_ATTACHMENT_BYTES} bytes (2 MB)",
                "FILE_TOO_LARGE",
            )
        name = file_part.filename.replace("\\", "/").rsplit("/", 1)[-1] or "file"
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        content_type = ATTACHMENT_EXTENSIONS.get(ext)
        if content_type is None:
            by_type = {v: k for k, v in ATTACHMENT_EXTENSIONS.items()}
            if file_part.content_type in by_type and not ext:
                content_type = file_part.content_type
            else:
                raise HttpError(
                    400,
                    f"Unsupported file type {name!r}: allowed PDF, DOC, DOCX, RTF, JPG, PNG",
                    "UNSUPPORTED_FILE_TYPE",
                )
        att = {
            "id": str(uuid.uuid4()),
            "candidateId": cand["id"],
            "name": name,
            "type": att_type,
            "contentType": content_type,
            "size": len(data),
            "createdOn": self.now(),
        }
        with self.store.lock:
            self.blobs[att["id"]] = data
            self.store["attachments"].insert(att)
        return json_response(self.render_attachment(att), 201)

    def _set_status(self, request: Request) -> Response:
        """``PUT /candidates/{id}/jobs/{jobId}/status`` → 204 (VENDOR.md Writes, V)."""
        cand, app = self._app_of(request)
        body = self._body(request)
        status = body.get("status")
        if not isinstance(status, str) or not status:
            raise HttpError(400, "status is required", "FIELD_REQUIRED")
        if status not in STATUSES:
            raise HttpError(
                400, f"Invalid status {status!r}; allowed: {', '.join(STATUSES)}", "INVALID_STATUS"
            )
        sub = body.get("subStatus")
        if sub is not None and (not isinstance(sub, str) or status not in SUB_STATUS_ALLOWED):
            raise HttpError(
                400,
                f"subStatus is only allowed for {', '.join(sorted(SUB_STATUS_ALLOWED))}",
                "INVALID_SUB_STATUS",
            )
        starts_on = body.get("startsOn")
        if starts_on is not None:
            if not isinstance(starts_on, str):
                raise HttpError(400, "startsOn must be an ISO-8601 date-time", "INVALID_FIELD")
            starts_on = _parse_time(starts_on, "startsOn")
        reason_id = body.get("reason")
        reason = None
        if reason_id is not None:
            if status not in REASON_STATUSES:
                raise HttpError(400, "reason is only allowed with REJECTED or WITHDRAWN", "INVALID_REASON")
            pools = (
                ["rejection_reasons"] if status == "REJECTED" else ["withdrawal_reasons", "rejection_reasons"]
            )
            for pool in pools:
                found = self.store[pool].get(str(reason_id))
                if found is not None:
                    reason = {"id": found["id"], "label": found["label"]}
                    break
            else:
                raise HttpError(
                    400,
                    f"Unknown {'rejection' if status == 'REJECTED' else 'withdrawal'} reason {reason_id!r}",
                    "INVALID_REASON",
                )
        elif status in REASON_STATUSES and self.settings.get("require_rejection_reason"):
            raise HttpError(400, f"reason is required for {status}", "FIELD_REQUIRED")
        self.apply_status(cand["id"], app, status, sub, starts_on, reason)
        return empty_response(204)

    def apply_status(
        self,
        candidate_id: str,
        app: dict[str, Any],
        status: str,
        sub: str | None,
        starts_on: str | None,
        reason: dict[str, Any] | None,
    ) -> dict[str, Any]:
        """Change an application's status the way SR does: history entry, candidate ``updatedOn``
        (U: whether SR bumps it is open, shared §4; the brief asks for it), job ``lastActivityOn``."""
        now = self.now()
        with self.store.lock:
            current = self.store["applications"].get(app["id"]) or app
            changes: dict[str, Any] = {
                "status": status,
                "subStatus": sub,
                "reasonOfRejection": reason if status in REASON_STATUSES else None,
            }
            if status == "HIRED":
                changes["startsOn"] = starts_on or current.get("startsOn")
            elif starts_on is not None:
                changes["startsOn"] = starts_on
            history = list(current.get("statusHistory") or [])
            if not history or history[-1][1] != status or history[-1][2] != sub:
                history.append([now, status, sub])
            changes["statusHistory"] = history
            updated = self.store["applications"].update(app["id"], changes, merge=False)
            self.store["candidates"].update(candidate_id, {"updatedOn": now})
            if app["jobId"] in self.store["jobs"]:
                self.store["jobs"].update(app["jobId"], {"lastActivityOn": now})
        return updated

    def _share_message(self, request: Request) -> Response:
        """``POST /messages/shares`` → 201 {id, shareRequired} (VENDOR.md Writes, V)."""
        body = self._body(request)
        content = body.get("content")
        if not isinstance(content, str) or not content:
            raise HttpError(400, "content is required", "FIELD_REQUIRED")
        if len(content) > MESSAGE_MAX:
            raise HttpError(
                400,
                f"content is {len(content)} characters; at most {MESSAGE_MAX} are allowed",
                "CONTENT_TOO_LONG",
            )
        share = body.get("shareWith")
        visibility = "PRIVATE"
        if share is not None:
            if not isinstance(share, dict):
                raise HttpError(400, "shareWith must be an object", "INVALID_VISIBILITY")
            users = share.get("users") or []
            teams = share.get("hiringTeamOf") or []
            if not isinstance(users, list) or not isinstance(teams, list):
                raise HttpError(
                    400, "shareWith.users and shareWith.hiringTeamOf must be lists", "INVALID_VISIBILITY"
                )
            unknown_users = [u for u in users if str(u) not in self.store["users"]]
            if unknown_users:
                raise HttpError(
                    400, f"Unknown users: {', '.join(map(str, unknown_users))}", "USERS_NOT_FOUND"
                )
            unknown_jobs = [j for j in teams if str(j) not in self.store["jobs"]]
            if unknown_jobs:
                raise HttpError(
                    400,
                    f"Unknown jobs in hiringTeamOf: {', '.join(map(str, unknown_jobs))}",
                    "JOBS_NOT_FOUND",
                )
            # Message visibility enum PRIVATE, DIRECT, OPEN, EVERYONE (shared §6, V); mapping U.
            if share.get("everyone"):
                visibility = "EVERYONE"
            elif share.get("openNote"):
                visibility = "OPEN"
            elif users or teams:
                visibility = "DIRECT"
        applications = []
        for cid in _CANDIDATE_TAG.findall(content):
            for app in self.store["applications"].lookup("by_candidate", cid):
                applications.append({"candidateId": cid, "jobId": app["jobId"]})
        message = {
            "id": str(uuid.uuid4()),
            "content": content,
            "createdOn": self.now(),
            "visibility": visibility,
            "authorId": self.api_user_id,
            "context": {"applications": applications},
            "shareWith": share,
            "correlationId": body.get("correlationId"),
            # U: a note nobody was given access to must still be shared (SR's exact rule is not documented)
            "shareRequired": share is None,
        }
        self.store["messages"].insert(message)
        return json_response({"id": message["id"], "shareRequired": message["shareRequired"]}, 201)

    # -- Reporting API (VENDOR.md "Reporting API") -----------------------------------------------------
    def _report_definition(self) -> dict[str, Any]:
        columns = [
            {
                "entityTypeId": "application_status_change",
                "dataPointId": name,
                "dataPointName": name,
                "dataPointType": "ID" if name.endswith("Id") else "TEXT",
            }
            for name in STATUS_CHANGES_COLUMNS
        ]
        return {
            "reportId": STATUS_CHANGES_REPORT_ID,
            "name": "Application status changes",
            "rowEntityTypeId": "application_status_change",
            "columns": columns,
            "filters": [],
            "creationDate": iso(ANCHOR_MS),
            "modificationDate": iso(ANCHOR_MS),
            "creatorId": self.api_user_id,
            "reportFormats": ["CSV"],
        }

    def _may_report(self) -> None:
        if not self.settings["reporting_api"]:
            raise HttpError(403, "Access denied: the credential lacks the reports scope", "FORBIDDEN")  # U

    def _report_of(self, request: Request) -> dict[str, Any]:
        self._may_report()
        if request.params["reportId"] != STATUS_CHANGES_REPORT_ID:
            raise HttpError(404, f"Report {request.params['reportId']} not found", "NOT_FOUND")
        return self._report_definition()

    def _reports(self, request: Request) -> Response:
        self._may_report()
        return json_response({"content": [self._report_definition()]})

    def _report(self, request: Request) -> Response:
        return json_response(self._report_of(request))

    def _render_report_file(self, entry: dict[str, Any]) -> dict[str, Any]:
        done = time.monotonic() >= entry["ready_at"]
        return {
            "reportFileId": entry["id"],
            "reportId": STATUS_CHANGES_REPORT_ID,
            "reportFileStatus": "COMPLETED" if done else "PENDING",
            "scheduleType": "AD_HOC",
            "schedulingDate": entry["scheduled"],
            "generationDate": entry["scheduled"] if done else None,
            "requestorId": self.api_user_id,
            "rowEntityTypeId": "application_status_change",
            "columns": self._report_definition()["columns"],
            "filters": [],
        }

    def _report_generate(self, request: Request) -> Response:
        self._report_of(request)
        # The file holds the data as it is when asked for (a snapshot), CSV with a header row.
        lines = [",".join(STATUS_CHANGES_COLUMNS)]
        for app in self.store["applications"].values():
            for changed_on, status, sub in app.get("statusHistory", ()):
                row = (app["candidateId"], app["jobId"], app["id"], status, sub or "", changed_on)
                lines.append(",".join(_csv_cell(str(v)) for v in row))
        entry = {
            "id": str(uuid.uuid4()),
            "scheduled": self.now(),
            "ready_at": time.monotonic() + REPORT_GENERATION_SECONDS,
            "data": "\r\n".join(lines) + "\r\n",
        }
        with self._reports_lock:
            self._report_files.setdefault(STATUS_CHANGES_REPORT_ID, []).append(entry)
        return json_response(self._render_report_file(entry), 201)

    def _report_files_list(self, request: Request) -> Response:
        self._report_of(request)
        files = list(reversed(self._report_files.get(STATUS_CHANGES_REPORT_ID, [])))
        return json_response({"content": [self._render_report_file(f) for f in files]})

    def _latest_file(self, request: Request) -> dict[str, Any]:
        self._report_of(request)
        files = self._report_files.get(STATUS_CHANGES_REPORT_ID) or []
        if not files:
            raise HttpError(404, "The report has no file yet; generate one first", "NOT_FOUND")
        return files[-1]

    def _report_recent(self, request: Request) -> Response:
        return json_response(self._render_report_file(self._latest_file(request)))

    def _report_recent_data(self, request: Request) -> Response:
        entry = self._latest_file(request)
        if time.monotonic() < entry["ready_at"]:
            raise HttpError(404, "The most recent report file is not generated yet", "NOT_FOUND")  # U
        return text_response(entry["data"], content_type="text/csv; charset=utf-8")

    def _tag_list(self, request: Request) -> list[str]:
        body = self._body(request)
        tags = body.get("tags")
        if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
            raise HttpError(400, "tags must be a list of non-empty strings", "INVALID_FIELD")
        return _dedupe(tags)

    def _tags_put(self, request: Request) -> Response:
        # PUT replaces the list → 201 {tags} (VENDOR.md Writes, V/S)
        cand = self._get("candidates", request.params["id"], "Candidate")
        tags = self._tag_list(request)
        updated = self.store["candidates"].update(
            cand["id"], {"tags": tags, "updatedOn": self.now()}, merge=False
        )
        return json_response({"tags": updated["tags"]}, 201)

    def _tags_post(self, request: Request) -> Response:
        # POST adds (shared §7, S; answer U)
        cand = self._get("candidates", request.params["id"], "Candidate")
        tags = self._tag_list(request)
        with self.store.lock:
            current = self.store["candidates"].get(cand["id"]) or cand
            merged = _dedupe(list(current.get("tags") or []) + tags)
            updated = self.store["candidates"].update(
                cand["id"], {"tags": merged, "updatedOn": self.now()}, merge=False
            )
        return json_response({"tags": updated["tags"]}, 201)

    def _tags_delete(self, request: Request) -> Response:
        # DELETE removes all tags (shared §7, S)
        cand = self._get("candidates", request.params["id"], "Candidate")
        self.store["candidates"].update(cand["id"], {"tags": [], "updatedOn": self.now()}, merge=False)
        return empty_response(204)

    # -- control-API hooks ---------------------------------------------------------------------------
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        now = self.now()
        rec = dict(record)
        if collection == "users":
            rec.setdefault("id", f"{uuid.uuid4().int >> 32:024x}")
        else:
            rec.setdefault("id", str(uuid.uuid4()))
        if collection == "candidates":
            for key, default in (
                ("internal", False),
                ("tags", []),
                ("web", {}),
                ("education", []),
                ("experience", []),
                ("averageRating", 0.0),
            ):
                rec.setdefault(key, default)
            rec.setdefault("createdOn", now)
            rec.setdefault("updatedOn", now)
        elif collection == "jobs":
            rec.setdefault("status", "SOURCING")
            rec.setdefault("postingStatus", "PUBLIC")
            for key in ("createdOn", "updatedOn", "lastActivityOn"):
                rec.setdefault(key, now)
            rec.setdefault("statusHistory", [[rec["createdOn"], rec["status"]]])
        elif collection == "applications":
            cid, jid = rec.get("candidateId"), rec.get("jobId")
            if cid not in self.store["candidates"] or jid not in self.store["jobs"]:
                raise ValueError("an application needs an existing candidateId and jobId")
            if self.store["applications"].lookup_one("by_pair", (cid, jid)) is not None:
                raise ValueError(f"candidate {cid} already applied to job {jid}")
            status = rec.setdefault("status", "NEW")
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}")
            for key in ("subStatus", "startsOn", "reasonOfRejection"):
                rec.setdefault(key, None)
            rec.setdefault("source", "API")
            rec.setdefault("createdOn", now)
            rec.setdefault("statusHistory", [[rec["createdOn"], status, rec.get("subStatus")]])
            with self.store.lock:
                self.store["applications"].insert(rec)
                self.store["candidates"].update(str(cid), {"updatedOn": now})
                self.store["jobs"].update(str(jid), {"lastActivityOn": now})
            return rec
        elif collection in ("offers", "users", "jobads"):
            if collection != "users":
                rec.setdefault("createdOn", now)
            rec.setdefault("updatedOn", now)
        elif collection in ("interviews", "messages", "attachments"):
            rec.setdefault("createdOn", now)
        return self.store[collection].insert(rec)

    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        store = self.store
        if collection == "applications" and ("status" in changes or "subStatus" in changes):
            app = store["applications"].get(record_id)
            assert app is not None
            status = changes.get("status", app.get("status"))
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}")
            rest = {k: v for k, v in changes.items() if k not in ("status", "subStatus", "reasonOfRejection")}
            if rest:
                store["applications"].update(record_id, rest)
            app = store["applications"].get(record_id) or app
            self.apply_status(
                app["candidateId"],
                app,
                status,
                changes.get("subStatus"),
                None,
                changes.get("reasonOfRejection", app.get("reasonOfRejection")),
            )
            return store["applications"].get(record_id) or app
        stamped = dict(changes)
        # Profile and job edits move updatedOn as SR's do (shared §4 "Incremental sync").
        if collection in ("candidates", "jobs", "users", "offers", "jobads") and "updatedOn" not in changes:
            stamped["updatedOn"] = self.now()
        if collection == "jobs" and "lastActivityOn" not in changes:
            stamped["lastActivityOn"] = stamped["updatedOn"]
        if collection == "jobs" and "status" in changes and "statusHistory" not in changes:
            job = store["jobs"].get(record_id) or {}
            if changes["status"] != job.get("status"):
                stamped["statusHistory"] = [
                    *job.get("statusHistory", []),
                    [stamped["updatedOn"], changes["status"]],
                ]
        return store[collection].update(record_id, stamped)

    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """Delete with SR's cascades: a candidate takes its applications (and their interviews and
        offers) and attachments along; a job its applications, ads, posting configurations and team."""
        store = self.store
        with store.lock:
            if collection == "candidates":
                for app in store["applications"].lookup("by_candidate", record_id):
                    self._delete_application(app)
                for att in store["attachments"].lookup("by_candidate", record_id):
                    store["attachments"].delete(att["id"])
                    self.blobs.pop(att["id"], None)
            elif collection == "jobs":
                for app in store["applications"].lookup("by_job", record_id):
                    self._delete_application(app)
                for ad in store["jobads"].lookup("by_job", record_id):
                    store["jobads"].delete(ad["id"])
                    store["postings"].delete(ad["id"])
                for member in store["hiring_team"].lookup("by_job", record_id):
                    store["hiring_team"].delete(member["id"])
            elif collection == "applications":
                found = store["applications"].get(record_id)
                if found is not None:
                    self._delete_application(found)
                    return found
            elif collection == "jobads":
                store["postings"].delete(record_id)
            elif collection == "attachments":
                self.blobs.pop(record_id, None)
            return store[collection].delete(record_id)

    def _delete_application(self, app: dict[str, Any]) -> None:
        store = self.store
        for interview in store["interviews"].lookup("by_application", app["id"]):
            store["interviews"].delete(interview["id"])
        for offer in store["offers"].lookup("by_pair", (app["candidateId"], app["jobId"])):
            store["offers"].delete(offer["id"])
        store["applications"].delete(app["id"])


def _csv_cell(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _dedupe(tags: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(tag.strip(), None)
    return list(seen)
