"""The eRecruiter sandbox: a loopback server that behaves like one eRecruiter API installation.

Built from ``VENDOR.md`` (the official .NET client ``eRecruiter.Api``, the installations' generated
``~/help`` pages and the vendor's knowledge base), never from our connector. Everything lives under
``/Api`` on the installation's root, as on the real host: ``POST /Api/`` swaps the API key and mandator
id for a token that later calls send as ``X-ApiToken``; writes use eRecruiter's inverted verbs (PUT
creates, POST updates); JSON keys are PascalCase, enums travel as their integer values (the vendor's
client has no string-enum converter; requests may send names or integers, as Json.NET binds both), times
as .NET renders a local ``DateTime`` (seven fraction digits and the Warsaw offset).

Reads as the vendor's client makes them (VENDOR.md "Reads", V): jobs through ``Api/PublishedJobs?channel=
&culture=`` (no channel: the default applicant portal; a channel id from the mandator's
``JobPublicationTypes``) and ``Api/Job/{id}`` (any job, also unpublished ones); ``Api/Applications/ByJob``
lists a job's *open* applications only, ``Api/Applications/{applicantId}`` all of an applicant's.

Internal records (``sandbox_data.py``) keep UTC strings and ``_``-prefixed links; each wire shape is
built by one ``render_*`` method.

Vendor switches (``PATCH /_sandbox/settings``) on top of the framework's faults:
- ``token_ttl_seconds``: lifetime of new tokens (``Expires`` follows);
- ``all_jobs_endpoint``: ``GET /Api/Jobs``, every job as a bare array, is *not* in the vendor's client
  (VENDOR.md "Reads", A): off by default (the vendor's unknown-path 404); on with ``--api all-jobs`` or this
  switch, so tests prove the connector copes with a tenant that has it.
Test hook (eRecruiter has no API for it): ``PATCH /_sandbox/records/applications/{id}`` with
``{"Status": "<status>"}`` moves an application as a recruiter would.

The class is cut by concern: ``sandbox_records`` (times, enums, lookups, renderers), ``sandbox_reads``
and ``sandbox_writes`` (the route handlers); this module holds the data, the way in (token, ping,
errors), the route table and the control-API hooks.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.erecruiter.sandbox_data import ANCHOR, MANDATOR_ID, SeedData, generate, stamp
from connectors.erecruiter.sandbox_reads import ERecruiterReads
from connectors.erecruiter.sandbox_records import json_object, raise_invalid, wire_time
from connectors.erecruiter.sandbox_writes import ERecruiterWrites
from connectors.sandbox.auth import check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.clock import WriteClock, micros
from connectors.sandbox.ids import IdCounter
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.store import KeyFn, email_key, paused_gc, text_key
from connectors.sandbox.wire import Handler, HttpError, Request, Response, json_response

TOKEN_TTL_SECONDS = 3600  # VENDOR.md "Authentication": lifetime undocumented (A)
DENIED = "Authorization has been denied for this request."  # ASP.NET Web API's own text (S)
APIS = ("default", "all-jobs")


def create_app(*, seed: int, size: str, auth: str, api: str | None = None) -> ERecruiterSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``). ``api="all-jobs"`` adds the
    unverified ``GET /Api/Jobs`` (a tenant variation, A)."""
    if api is not None and api not in APIS:
        raise ValueError(f"unknown eRecruiter api {api!r}; choose one of: {', '.join(APIS)}")
    app = ERecruiterSandbox(seed=seed, size=size, auth=auth)
    app.settings["all_jobs_endpoint"] = api == "all-jobs"
    return app


class ERecruiterSandbox(ERecruiterReads, ERecruiterWrites):
    vendor = "erecruiter"
    # No rate-limit headers: eRecruiter documents none (VENDOR.md "Conventions").
    rate_limit_header_names = NO_RATE_LIMIT_HEADERS

    def __init__(self, *, seed: int, size: str, auth: str) -> None:
        check_auth_mode(auth, ("api_key", "token"), "eRecruiter", "eRecruiter has one: api_key")
        # No published limits: unlimited unless a test or benchmark sets a rate (then 429, A).
        super().__init__(seed=seed, size=size, auth=auth, rate_policy=RateLimitPolicy())
        with paused_gc():
            data = generate(seed, size)
            self._setup_store(data)
        self.mandator = data.mandator
        self.policies = data.policies
        self.api_key = seeded_secret(random.Random(f"erecruiter-key:{seed}"), 40, prefix="erk_")
        self.tokens = self.token_issuer(TOKEN_TTL_SECONDS)
        self.settings = {"token_ttl_seconds": TOKEN_TTL_SECONDS, "all_jobs_endpoint": False}
        # The store keeps times with microseconds (``sandbox_data.stamp``); writes never date before
        # the seed.
        self.clock = WriteClock(micros(ANCHOR), "us")
        # New ids count on from the seed's highest and are never handed out twice (A).
        self.ids = IdCounter(self.store)
        self._register_routes()

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: SeedData) -> None:
        s = self.store
        s.add_collection("jobs", records=data.jobs)
        s.add_collection("applicants", indexes={"by_email": email_key("Email")}, records=data.applicants)
        by_job_and_applicant = {"by_job": text_key("JobId"), "by_applicant": text_key("ApplicantId")}
        s.add_collection("applications", indexes=by_job_and_applicant, records=data.applications)
        # Documents and history name their applicant in "_applicant" (sandbox_data).
        by_applicant: dict[str, KeyFn] = {"by_applicant": lambda r: r.get("_applicant")}
        s.add_collection("documents", indexes=by_applicant, records=data.documents)
        s.add_collection("history", indexes=by_applicant, records=data.history)

    def account(self) -> dict[str, str]:
        # The installation's root is the base; the connector adds /Api itself (VENDOR.md "Hosts").
        return {"base_url": self.base_url, "mandator_id": str(MANDATOR_ID), "api_key": self.api_key}

    # -- pipeline hooks -----------------------------------------------------------------------------
    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        # ASP.NET Web API's error objects (VENDOR.md "Errors": 500's ExceptionMessage V, the rest S/A).
        if status == 404 and code == "NOT_FOUND" and message.startswith("Resource not found"):
            path = message.split(": ", 1)[1]
            message = f"No HTTP resource was found that matches the request URI '{self.base_url}{path}'."
        if status == 405:
            return json_response({"Message": "The requested resource does not support the http method."}, 405)
        if status == 400 and errors:
            state: dict[str, list[str]] = {}
            for error in errors:
                state.setdefault(error["field"], []).append(error["message"])
            return json_response({"Message": message, "ModelState": state}, 400)
        if status >= 500:
            return json_response(
                {
                    "Message": "An error has occurred.",
                    "ExceptionMessage": message,
                    "ExceptionType": "System.InvalidOperationException",
                    "StackTrace": None,
                },
                status,
            )
        return json_response({"Message": message}, status)

    def authenticate(self, request: Request) -> str:
        issued = self.tokens.validate(request.header("x-apitoken"))
        if issued is None:
            raise HttpError(401, DENIED)
        return "key:" + issued.client_id

    # -- routes -------------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        # Each route names the unified model of the stream that reads it (``--without MODEL``).
        r = self.add_route
        jobs, questions = ("jobs",), ("screening_questions",)
        candidates, applications = ("candidates",), ("applications",)
        r("POST", "/Api", self._token, auth=False, write=False)
        r("GET", "/Api/Ping", self._ping, auth=False)
        r("GET", "/Api/Mandator", lambda req: json_response(self.mandator))
        r("GET", "/Api/Policies", self._policies)
        routes: tuple[tuple[str, str, Handler, tuple[str, ...]], ...] = (
            ("GET", "/Api/Jobs", self._jobs, jobs),
            ("GET", "/Api/PublishedJobs", self._published_jobs, jobs),
            ("GET", "/Api/Job/{jobId}", self._job_detail, jobs),
            ("GET", "/Api/Questionnaire/ByJob/{jobId}", self._questionnaire_by_job, questions),
            ("GET", "/Api/Questionnaire/{id}", self._questionnaire, questions),
            ("GET", "/Api/Applications/ByJob/{jobId}", self._applications_by_job, applications),
            ("GET", "/Api/Applications/{applicantId}", self._applications_of, applications),
            ("PUT", "/Api/Application", self._create_application, applications),
            ("GET", "/Api/Applicants/ByEmail/{email}", self._by_email, candidates),
            ("GET", "/Api/Applicant/{applicantId}", self._applicant_detail, candidates),
            ("PUT", "/Api/Applicant", self._create_applicant, candidates),
            ("POST", "/Api/Applicant/{applicantId}", self._update_applicant, candidates),
            ("DELETE", "/Api/Applicant/{applicantId}", self._delete_applicant, candidates),
            ("GET", "/Api/Applicant/CustomFields/{applicantId}", self._custom_fields, candidates),
            ("GET", "/Api/Applicant/{applicantId}/CustomField/{name}", self._custom_field, candidates),
            ("POST", "/Api/Applicant/{applicantId}/CustomField", self._set_custom_field, candidates),
            (
                "DELETE",
                "/Api/Applicant/{applicantId}/CustomField/{name}",
                self._delete_custom_field,
                candidates,
            ),
            ("GET", "/Api/Applicant/Documents/{applicantId}", self._documents, candidates),
            ("GET", "/Api/Applicant/Document/{documentId}", self._document, candidates),
            ("PUT", "/Api/Applicant/Document/{applicantId}", self._add_document, candidates),
            ("DELETE", "/Api/Applicant/Document/{documentId}", self._delete_document, candidates),
            ("GET", "/Api/Applicant/Cv/{applicantId}", self._cv, candidates),
            ("PUT", "/Api/Applicant/Cv/{applicantId}", self._add_cv, candidates),
            # History is written only (the client has the PUT alone, V); there is no read of it.
            ("PUT", "/Api/Applicant/History/{applicantId}", self._add_history, candidates),
        )
        for method, path, handler, models in routes:
            r(method, path, handler, models=models)

    # -- auth ---------------------------------------------------------------------------------------
    def _token(self, request: Request) -> Response:
        """``POST /Api/``: ``{Key, MandatorId, ClientInfo}`` → ``{Token, Expires}`` (VENDOR.md, V)."""
        body = json_object(request)
        errors: dict[str, list[str]] = {}
        if not isinstance(body.get("Key"), str) or not body["Key"]:
            errors.setdefault("parameter.Key", []).append("The Key field is required.")
        mandator = body.get("MandatorId")
        if isinstance(mandator, str) and mandator.isdigit():
            mandator = int(mandator)
        if not isinstance(mandator, int) or isinstance(mandator, bool):
            errors.setdefault("parameter.MandatorId", []).append("The MandatorId field is required.")
        raise_invalid(errors)
        if mandator != MANDATOR_ID or not constant_time_in(str(body["Key"]), {self.api_key}):
            raise HttpError(401, "The API key is not valid for this mandator.")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds") or TOKEN_TTL_SECONDS)
        issued = self.tokens.mint(str(body.get("ClientInfo") or "api"))
        expires = datetime.now(UTC) + timedelta(seconds=self.tokens.ttl_seconds)
        return json_response({"Token": issued.token, "Expires": wire_time(stamp(expires))})

    def _ping(self, request: Request) -> Response:
        # Works with and without a token and says which (V); the answer is a string (V), its text A.
        issued = self.tokens.validate(request.header("x-apitoken"))
        if issued is None:
            return json_response("Pong. You are not authorized: send a valid X-ApiToken header.")
        return json_response(f"Pong. You are authorized for mandator {MANDATOR_ID} as '{issued.client_id}'.")

    # -- reads --------------------------------------------------------------------------------------

    # -- control hooks ------------------------------------------------------------------------------
    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        if collection == "applications" and "Status" in changes:
            changes = {**changes, "StatusForContact": changes["Status"]}
        if collection == "applicants":
            changes = {**changes, "DateOfUpdateByUser": self.now()}
        if collection == "jobs":
            changes = {**changes, "UpdateDate": self.now()}
        return super().control_patch(collection, record_id, changes)

    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        if collection == "applicants":  # an anonymised applicant takes their applications along (A)
            for application in self.store["applications"].lookup("by_applicant", record_id):
                self.store["applications"].delete(application["id"])
        return super().control_delete(collection, record_id)
