"""The SmartRecruiters sandbox: a loopback server that behaves like SR's Customer API.

Built from ``VENDOR.md`` (this package's contract; table rows are cited as "VENDOR.md <row>") and
``../shared/ats-apis/smartrecruiters.md`` ("shared §n"), never from our connector. Details neither
settles come from the SDK generated from SR's spec (roksela/smartrecruiters-python-client, "SDK")
and are marked U where the sandbox had to choose.

Internal records (see ``sandbox_data.py``) are the vendor shapes plus link fields (``jobId``,
``candidateId`` …) that responses never show; every response is rendered by a ``render_*``
method so the wire format lives in one place per object.

The class is cut by concern: ``sandbox_auth`` (credentials and tokens), ``sandbox_records`` (lookups,
the write clock and the renderers), ``sandbox_reads`` and ``sandbox_writes`` (the route handlers),
``sandbox_reports`` (the Reporting API); this module holds the data, the route table and the
control-API hooks.
"""

from __future__ import annotations

import hashlib
import random
import threading
import uuid
from typing import Any

from connectors.sandbox import files
from connectors.sandbox.auth import check_auth_mode, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ratelimit import RateLimitPolicy
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import Handler, StreamedBody
from connectors.smartrecruiters.sandbox_auth import AUTH_MODES, TOKEN_TTL_SECONDS, SmartRecruitersAuth
from connectors.smartrecruiters.sandbox_data import ANCHOR_MS, STATUSES, SeedData, generate
from connectors.smartrecruiters.sandbox_reads import SmartRecruitersReads
from connectors.smartrecruiters.sandbox_reports import SmartRecruitersReports
from connectors.smartrecruiters.sandbox_writes import SmartRecruitersWrites

# Rate limits per credential: 10 req/s, 8 concurrent, 1 concurrent on GET /candidates (VENDOR.md
# "Conventions", V; shared §8).
PUBLISHED_RATE = 10.0
PUBLISHED_CONCURRENCY = 8
CANDIDATES_CONCURRENCY = 1
# 2 req/s on POST/DELETE /jobs/{id}/publication and GET /offers/{id}/documents/{id} (VENDOR.md
# "Conventions", V: developers.smartrecruiters.com/docs/rate-limiting), counted per route.
PUBLICATION_RATE = 2.0
OFFER_DOCUMENT_RATE = 2.0
REPORTS = "/reporting-api/v201804/reports"  # VENDOR.md "Reporting API" (S: SR client libraries)


class SmartRecruitersSandbox(
    SmartRecruitersAuth, SmartRecruitersReads, SmartRecruitersWrites, SmartRecruitersReports
):
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
        self.blobs: dict[str, bytes | StreamedBody] = {}
        # SR's times carry milliseconds (VENDOR.md "Conventions"); writes never date before the seed.
        self.clock = WriteClock(ANCHOR_MS, "ms")
        self._reports_lock = threading.Lock()
        self.api_user_id = data.users[0]["id"]
        # Vendor switches, steerable via PATCH /_sandbox/settings:
        self.settings = {
            # Whether SR refuses REJECTED/WITHDRAWN without a reason is U (shared §9: make it configurable).
            "require_rejection_reason": False,
            "token_ttl_seconds": TOKEN_TTL_SECONDS,
            # Whether this credential may read the Reporting API (its own scope, VENDOR.md "Reporting API").
            "reporting_api": True,
        }
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

    # -- routes -------------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        r = self.add_route
        # Minting a token changes no data: not a write for the fault machinery (fail_after_accept).
        r("POST", "/identity/oauth/token", self._token, auth=False, rate_limited=False, write=False)
        # Each route names the unified model of the stream that reads it (``--without MODEL`` switches
        # them off); the writes under /candidates go with them.
        users, jobs, candidates = ("users",), ("jobs",), ("candidates",)
        # Limits of their own (VENDOR.md "Conventions", V): one GET /candidates in flight per credential,
        # 2 req/s on job publications and offer documents.
        r("GET", "/candidates", self._candidates, concurrency=CANDIDATES_CONCURRENCY, models=candidates)
        r("POST", "/jobs/{jobId}/publication", self._publish, rate=PUBLICATION_RATE, models=jobs)
        r("DELETE", "/jobs/{jobId}/publication", self._unpublish, rate=PUBLICATION_RATE, models=jobs)
        offer_document = "/offers/{offerId}/documents/{documentId}"
        r("GET", offer_document, self._offer_document, rate=OFFER_DOCUMENT_RATE, models=candidates)
        # Reporting API (VENDOR.md "Reporting API"): a report file is generated on request and read as CSV.
        # Generating one changes no data: not a write for the fault machinery.
        r("POST", REPORTS + "/{reportId}/files", self._report_generate, models=candidates, write=False)
        reasons = self._reasons_handler
        routes: dict[tuple[str, ...], tuple[tuple[str, str, Handler], ...]] = {
            users: (
                ("GET", "/user-api/v201804/users", self._users),
                ("GET", "/user-api/v201804/users/{userId}", self._user),
            ),
            jobs: (
                ("GET", "/jobs", self._jobs),
                ("GET", "/jobs/{jobId}", self._job),
                ("GET", "/jobs/{jobId}/status/history", self._job_status_history),
                ("GET", "/jobs/{jobId}/hiring-team", self._hiring_team),
                ("GET", "/jobs/{jobId}/jobads", self._jobads),
                ("GET", "/jobs/{jobId}/jobads/{jobAdId}", self._jobad),
                ("GET", "/postings/{postingUuid}/configuration", self._posting_configuration),
            ),
            candidates: (
                ("GET", "/candidates/{id}", self._candidate),
                ("GET", "/candidates/{id}/jobs/{jobId}", self._application),
                ("GET", "/candidates/{id}/jobs/{jobId}/status/history", self._status_history),
                ("GET", "/candidates/{id}/jobs/{jobId}/offers", self._offers),
                ("GET", "/interviews-api/v201904/interviews", self._interviews),
                ("GET", "/candidates/{id}/attachments", self._attachments),
                ("GET", "/candidates/{id}/attachments/{attachmentId}", self._attachment_download),
                ("GET", "/candidates/{id}/tags", self._tags_get),
                # writes (VENDOR.md "Writes")
                ("POST", "/jobs/{jobId}/candidates", self._create_candidate),
                ("POST", "/candidates/{id}/attachments", self._upload_attachment),
                ("PUT", "/candidates/{id}/jobs/{jobId}/status", self._set_status),
                ("PUT", "/candidates/{id}/tags", self._tags_put),
                ("POST", "/candidates/{id}/tags", self._tags_post),
                ("DELETE", "/candidates/{id}/tags", self._tags_delete),
                ("GET", REPORTS, self._reports),
                ("GET", REPORTS + "/{reportId}", self._report),
                ("GET", REPORTS + "/{reportId}/files", self._report_files_list),
                ("GET", REPORTS + "/{reportId}/files/recent", self._report_recent),
                ("GET", REPORTS + "/{reportId}/files/recent/data", self._report_recent_data),
            ),
            ("rejection_reasons",): (
                ("GET", "/configuration/rejection-reasons", reasons("rejection_reasons")),
            ),
            (): (
                ("GET", "/configuration/withdrawal-reasons", reasons("withdrawal_reasons")),
                ("GET", "/configuration/company", self._company),
                ("POST", "/messages/shares", self._share_message),
            ),
        }
        for models, table in routes.items():
            for method, path, handler in table:
                r(method, path, handler, models=models)

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


#: The runner's entry point (``connectors.registry.VENDORS``): the class itself.
create_app = SmartRecruitersSandbox
