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
"""

from __future__ import annotations

import base64
import binascii
import random
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.erecruiter.sandbox_data import (
    ANCHOR,
    CHANNEL_IDS,
    CLOSED_GROUPS,
    CULTURE,
    FIELDS_BY_NAME,
    GENDERS,
    ITEM_TYPES,
    JOB_STATUSES,
    MANDATOR_ID,
    POLICY_TYPES,
    PORTAL,
    PUBLICATION_TYPES,
    QUESTIONNAIRES,
    WORKFLOW_GROUPS,
    SeedData,
    custom_value,
    generate,
    stamp,
    wire_field,
)
from connectors.sandbox import files
from connectors.sandbox.auth import check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.clock import WriteClock, from_micros, micros
from connectors.sandbox.ids import IdCounter
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import HttpError, Request, Response, json_response
from connectors.unified.zones import vendor_zone

TOKEN_TTL_SECONDS = 3600  # VENDOR.md "Authentication": lifetime undocumented (A)
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # VENDOR.md "Writes": no published limit (A)
DENIED = "Authorization has been denied for this request."  # ASP.NET Web API's own text (S)
SALARY_PERIODS = ("Monthly", "Yearly")
HISTORY_TYPES = ("Manual", "Import", "PrivacyPolicy")
ACTIVITY_AVAILABILITY = ("None", "Simple", "Full")
#: Each of the sandbox mandator's status words in its WorkflowStatusGroup (V enum; the grouping A).
STATUS_GROUPS = {
    "Nowa aplikacja": "New",
    "Weryfikacja CV": "Internal",
    "Rozmowa telefoniczna": "Internal",
    "Rozmowa w biurze": "Internal",
    "Zadanie rekrutacyjne": "External",
    "Oferta": "Proposed",
    "Zatrudniony": "Accepted",
    "Odrzucony": "Rejected",
    "Rezygnacja kandydata": "Rejected",
}
APIS = ("default", "all-jobs")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: ApplicantParameter: the fields a client writes (VENDOR.md "Object shapes", V).
APPLICANT_FIELDS = (
    "DateOfCreation",
    "FirstName",
    "LastName",
    "Email",
    "Gender",
    "TitleBeforeName",
    "TitleAfterName",
    "BirthDate",
    "Street",
    "City",
    "ZipCode",
    "Country",
    "Citizenship",
    "Phone",
    "MobilePhone",
    "Url",
    "IsActive",
    "EnableNewsletter",
    "EnableMatchingJobsAutoMail",
    "Tags",
    "JobProfiles",
    "Regions",
    "CareerLevel",
    "Location",
    "Salary",
    "SalaryNotes",
    "SalaryCurrency",
    "SalaryPeriod",
    "EarliestPossibleBeginDate",
    "IsWillingToMove",
    "Referrer",
    "ReferrerAdditionalInfo",
    "Classification",
    "ImportantInfo",
    "SelfDescription",
    "JobDescription",
    "Culture",
    "GlobalId",
    "ExternalId",
    "PolicyAcceptedAt",
)


# The installation's time zone (VENDOR.md).
TZ = vendor_zone("Europe/Warsaw")


def wire_time(stored: str | None) -> str | None:
    """A stored UTC time as .NET renders a local DateTime: ``2026-08-20T18:48:56.4523920+02:00``
    (VENDOR.md "Conventions": the installations' help pages show exactly this form, V)."""
    if not stored:
        return None
    moment = datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(TZ)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S.%f") + "0"
    offset = moment.strftime("%z")
    return f"{text}{offset[:3]}:{offset[3:]}"


def _parse_time(value: Any, where: str, errors: dict[str, list[str]]) -> str | None:
    """A client's DateTime (any ISO-8601 spelling; no zone means the server's local time) as stored."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        errors.setdefault(where, []).append(f"The value '{value}' is not valid for DateTime.")
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    return stamp(moment)


def _code(value: Any, names: tuple[str, ...]) -> Any:
    """An internal enum name as its integer on the wire; anything else as it is."""
    return names.index(value) if isinstance(value, str) and value in names else value


def _named(value: Any, names: tuple[str, ...]) -> Any:
    """A client's enum, as Json.NET binds it (its name or its integer), as the name."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(names):
        return names[value]
    return value


def workflow_group(status: str) -> str:
    return STATUS_GROUPS.get(status, "Internal")


def create_app(*, seed: int, size: str, auth: str, api: str | None = None) -> ERecruiterSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``). ``api="all-jobs"`` adds the
    unverified ``GET /Api/Jobs`` (a tenant variation, A)."""
    if api is not None and api not in APIS:
        raise ValueError(f"unknown eRecruiter api {api!r}; choose one of: {', '.join(APIS)}")
    app = ERecruiterSandbox(seed=seed, size=size, auth=auth)
    app.settings["all_jobs_endpoint"] = api == "all-jobs"
    return app


class ERecruiterSandbox(SandboxApp):
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
        s.add_collection("jobs").load(data.jobs)
        applicants = s.add_collection("applicants")
        applicants.add_index("by_email", lambda r: str(r.get("Email") or "").strip().lower() or None)
        applicants.load(data.applicants)
        applications = s.add_collection("applications")
        applications.add_index("by_job", lambda r: str(r.get("JobId")))
        applications.add_index("by_applicant", lambda r: str(r.get("ApplicantId")))
        applications.load(data.applications)
        documents = s.add_collection("documents")
        documents.add_index("by_applicant", lambda r: r.get("_applicant"))
        documents.load(data.documents)
        history = s.add_collection("history")
        history.add_index("by_applicant", lambda r: r.get("_applicant"))
        history.load(data.history)

    def now(self) -> str:
        """Write times: real time, never before the seed and strictly increasing."""
        return stamp(from_micros(self.clock.tick()))

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
        r("GET", "/Api/Jobs", self._jobs, models=jobs)
        r("GET", "/Api/PublishedJobs", self._published_jobs, models=jobs)
        r("GET", "/Api/Job/{jobId}", lambda req: json_response(self.render_job(self._job(req))), models=jobs)
        r("GET", "/Api/Questionnaire/ByJob/{jobId}", self._questionnaire_by_job, models=questions)
        r("GET", "/Api/Questionnaire/{id}", self._questionnaire, models=questions)
        r("GET", "/Api/Applications/ByJob/{jobId}", self._applications_by_job, models=applications)
        r("GET", "/Api/Applications/{applicantId}", self._applications_of, models=applications)
        r("PUT", "/Api/Application", self._create_application, models=applications)
        r("GET", "/Api/Applicants/ByEmail/{email}", self._by_email, models=candidates)
        r(
            "GET",
            "/Api/Applicant/{applicantId}",
            lambda req: json_response(self.render_applicant(self._applicant(req))),
            models=candidates,
        )
        r("PUT", "/Api/Applicant", self._create_applicant, models=candidates)
        r("POST", "/Api/Applicant/{applicantId}", self._update_applicant, models=candidates)
        r("DELETE", "/Api/Applicant/{applicantId}", self._delete_applicant, models=candidates)
        r("GET", "/Api/Applicant/CustomFields/{applicantId}", self._custom_fields, models=candidates)
        r("GET", "/Api/Applicant/{applicantId}/CustomField/{name}", self._custom_field, models=candidates)
        r("POST", "/Api/Applicant/{applicantId}/CustomField", self._set_custom_field, models=candidates)
        r(
            "DELETE",
            "/Api/Applicant/{applicantId}/CustomField/{name}",
            self._delete_custom_field,
            models=candidates,
        )
        r("GET", "/Api/Applicant/Documents/{applicantId}", self._documents, models=candidates)
        r("GET", "/Api/Applicant/Document/{documentId}", self._document, models=candidates)
        r("PUT", "/Api/Applicant/Document/{applicantId}", self._add_document, models=candidates)
        r("DELETE", "/Api/Applicant/Document/{documentId}", self._delete_document, models=candidates)
        r("GET", "/Api/Applicant/Cv/{applicantId}", self._cv, models=candidates)
        r("PUT", "/Api/Applicant/Cv/{applicantId}", self._add_cv, models=candidates)
        # History is written only (the client has the PUT alone, V); there is no read of it.
        r("PUT", "/Api/Applicant/History/{applicantId}", self._add_history, models=candidates)

    # -- auth ---------------------------------------------------------------------------------------
    def _token(self, request: Request) -> Response:
        """``POST /Api/``: ``{Key, MandatorId, ClientInfo}`` → ``{Token, Expires}`` (VENDOR.md, V)."""
        body = _object(request)
        errors: dict[str, list[str]] = {}
        if not isinstance(body.get("Key"), str) or not body["Key"]:
            errors.setdefault("parameter.Key", []).append("The Key field is required.")
        mandator = body.get("MandatorId")
        if isinstance(mandator, str) and mandator.isdigit():
            mandator = int(mandator)
        if not isinstance(mandator, int) or isinstance(mandator, bool):
            errors.setdefault("parameter.MandatorId", []).append("The MandatorId field is required.")
        _raise(errors)
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
    def _get(self, collection: str, raw_id: str, what: str) -> dict[str, Any]:
        record = self.store[collection].get(raw_id) if raw_id.isdigit() else None
        if record is None:
            raise HttpError(404, f"{what} {raw_id} not found.")
        return record

    def _job(self, request: Request) -> dict[str, Any]:
        return self._get("jobs", request.params["jobId"], "Job")

    def _applicant(self, request: Request) -> dict[str, Any]:
        return self._get("applicants", request.params["applicantId"], "Applicant")

    def _policies(self, request: Request) -> Response:
        return json_response(
            [
                {**p, "Type": _code(p.get("Type"), POLICY_TYPES), "CreatedOn": wire_time(p["CreatedOn"])}
                for p in self.policies
            ]
        )

    def _jobs(self, request: Request) -> Response:
        """``GET /Api/Jobs``: every job of the mandator as a bare array, optionally by ``status``. Not in
        the vendor's client (VENDOR.md "Reads", A): only with the ``all_jobs_endpoint`` variation."""
        if not self.settings.get("all_jobs_endpoint"):
            return self.unknown_path_response(request)
        wanted = [_named(int(w) if w.isdigit() else w, JOB_STATUSES) for w in request.args("status")]
        unknown = [s for s in wanted if s not in JOB_STATUSES]
        if unknown:
            raise HttpError(400, f"The value '{unknown[0]}' is not valid for JobStatus.")
        jobs = sorted(self.store["jobs"].values(), key=lambda j: int(j["id"]))
        return json_response([self.render_job(j) for j in jobs if not wanted or j["Status"] in wanted])

    def _published_jobs(self, request: Request) -> Response:
        """``GET /Api/PublishedJobs?channel=&culture=``: a JobsResponse ``{Jobs, JobPublicationType,
        Culture}`` (V) of the open jobs published on that channel; no channel is the default applicant
        portal (the vendor's README and command-line client, V). A channel is the ``Channel`` id of one
        of the mandator's ``JobPublicationTypes`` (A: the help pages are per installation)."""
        raw = (request.arg("channel") or "").strip()
        if raw and not raw.isdigit():
            raise HttpError(
                400,
                "The request is invalid.",
                errors=[
                    {"field": "channel", "message": f"The value '{raw}' is not valid for Nullable`1[Int32]."}
                ],
            )
        names = [n for n, i in CHANNEL_IDS.items() if str(i) == raw] if raw else [PORTAL]
        now = self.now()
        jobs = [
            j
            for j in sorted(self.store["jobs"].values(), key=lambda j: int(j["id"]))
            if j["Status"] == "Open"
            and any(
                p["Name"] in names and (not p.get("ExpirationDate") or p["ExpirationDate"] > now)
                for p in j["PublishedOn"]
            )
        ]
        publication = next((p for p in self.mandator["JobPublicationTypes"] if p["Name"] in names), None)
        return json_response(
            {
                "Jobs": [self.render_job(j) for j in jobs],
                "JobPublicationType": publication,
                "Culture": request.arg("culture") or CULTURE,
            }
        )

    def _questionnaire_by_job(self, request: Request) -> Response:
        job = self._job(request)
        key = job.get("_questionnaire")
        if not key:
            raise HttpError(404, f"Job {job['id']} has no questionnaire.")
        return json_response(self.render_questionnaire(key))

    def _questionnaire(self, request: Request) -> Response:
        for key, questionnaire in QUESTIONNAIRES.items():
            if str(questionnaire["Id"]) == request.params["id"]:
                return json_response(self.render_questionnaire(key))
        raise HttpError(404, f"Questionnaire {request.params['id']} not found.")

    def _applications_by_job(self, request: Request) -> Response:
        job = self._job(request)
        # Only the open applications (the client's ChangeLog 1.44.0, V): rejected and hired ones are
        # reached through each applicant's Api/Applications/{applicantId}.
        found = self.store["applications"].lookup("by_job", job["id"])
        return json_response(
            [
                {"Id": a["Id"], "JobId": a["JobId"], "ApplicantId": a["ApplicantId"]}
                for a in found
                if workflow_group(a["Status"]) not in CLOSED_GROUPS
            ]
        )

    def _applications_of(self, request: Request) -> Response:
        applicant = self._applicant(request)
        found = self.store["applications"].lookup("by_applicant", applicant["id"])
        return json_response([self.render_application(a) for a in found])

    def _by_email(self, request: Request) -> Response:
        found = self.store["applicants"].lookup("by_email", request.params["email"].strip().lower())
        return json_response([self.render_applicant(a) for a in found])

    def _custom_fields(self, request: Request) -> Response:
        applicant = self._applicant(request)
        return json_response(
            [custom_value(FIELDS_BY_NAME[name], value) for name, value in applicant["_cf"].items()]
        )

    def _custom_field(self, request: Request) -> Response:
        applicant = self._applicant(request)
        name = request.params["name"]
        if name not in applicant["_cf"]:
            raise HttpError(404, f"Custom field '{name}' has no value for applicant {applicant['id']}.")
        return json_response(custom_value(FIELDS_BY_NAME[name], applicant["_cf"][name]))

    def _documents(self, request: Request) -> Response:
        applicant = self._applicant(request)
        with_content = (request.arg("includeContent") or "false").lower() == "true"
        return json_response(
            [
                self.render_document(d, with_content)
                for d in self.store["documents"].lookup("by_applicant", applicant["id"])
            ]
        )

    def _document(self, request: Request) -> Response:
        document = self._get("documents", request.params["documentId"], "Document")
        with_content = (request.arg("includeContent") or "true").lower() != "false"
        return json_response(self.render_document(document, with_content))

    def _cv(self, request: Request) -> Response:
        applicant = self._applicant(request)
        if not applicant.get("_cv"):
            raise HttpError(404, f"Applicant {applicant['id']} has no CV.")
        cv = {k: v for k, v in applicant["_cv"].items() if not k.startswith("_")}
        if (request.arg("includeContent") or "true").lower() == "false":
            cv["Content"] = None
        elif cv.get("Content") is None and applicant["_cv"].get("_name"):
            # A seeded CV: a real PDF, made now (connectors.sandbox.files).
            made = files.cv_for(
                "erecruiter", self.seed, applicant["id"], applicant["_cv"]["_name"], always=True
            )
            assert made is not None
            cv["Content"] = base64.b64encode(files.pdf_bytes(made.lines)).decode("ascii")
        return json_response(cv)

    # -- writes -------------------------------------------------------------------------------------
    def _check_applicant(self, body: dict[str, Any], errors: dict[str, list[str]]) -> dict[str, Any]:
        """ApplicantParameter → the stored fields, collecting ModelState errors (VENDOR.md "Writes")."""
        values: dict[str, Any] = {}
        unknown = sorted(
            set(body)
            - set(APPLICANT_FIELDS)
            - {
                "Id",
                "ThirdPartyProfiles",
                "HasCv",
                "HasPhoto",
                "DocumentsCount",
                "DateOfUpdateByUser",
                "DateOfUpdateByApplicant",
                "IsLocked",
                "HasApplicationsVisibleToApplicant",
            }
        )
        for name in unknown:  # Web API's JSON reader ignores unknown members (S); so do we
            body.pop(name)
        for name in ("FirstName", "LastName"):
            if not str(body.get(name) or "").strip():
                errors.setdefault(f"applicant.{name}", []).append(f"The {name} field is required.")
        email = str(body.get("Email") or "").strip()
        if email and not _EMAIL.match(email):
            errors.setdefault("applicant.Email", []).append(f"'{email}' is not a valid e-mail address.")
        created = _parse_time(body.get("DateOfCreation"), "applicant.DateOfCreation", errors)
        if created is None and "applicant.DateOfCreation" not in errors:
            # Required since 1.1 (V, ChangeLog).
            errors.setdefault("applicant.DateOfCreation", []).append("The DateOfCreation field is required.")
        gender = body.get("Gender", "Unknown")
        if isinstance(gender, int) and not isinstance(gender, bool) and 0 <= gender < len(GENDERS):
            gender = GENDERS[gender]
        if gender not in GENDERS:
            errors.setdefault("applicant.Gender", []).append(f"The value '{gender}' is not valid for Gender.")
        salary = body.get("Salary")
        if salary is not None and (isinstance(salary, bool) or not isinstance(salary, int)):
            # Salary is an int? (V): a decimal does not bind.
            errors.setdefault("applicant.Salary", []).append(
                f"The value '{salary}' is not valid for Nullable`1[Int32]."
            )
        if body.get("SalaryPeriod") not in (None, *SALARY_PERIODS):
            errors.setdefault("applicant.SalaryPeriod", []).append(
                f"The value '{body.get('SalaryPeriod')}' is not valid for SalaryPeriod."
            )
        begin = body.get("EarliestPossibleBeginDate")
        if begin is not None and not (
            isinstance(begin, dict)
            and all(isinstance(begin.get(k), int | None) for k in ("Year", "Month", "Day"))
        ):
            errors.setdefault("applicant.EarliestPossibleBeginDate", []).append(
                "A FlexDate is an object with Year, Month, Day and IsRelativeDate."
            )
        tags = body.get("Tags")
        if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            errors.setdefault("applicant.Tags", []).append("Tags is a list of strings.")
        policy = _parse_time(body.get("PolicyAcceptedAt"), "applicant.PolicyAcceptedAt", errors)
        for name in APPLICANT_FIELDS:
            if name in body:
                values[name] = body[name]
        values.update({"DateOfCreation": created, "Gender": gender, "PolicyAcceptedAt": policy})
        values["Tags"] = sorted(dict.fromkeys(t.strip() for t in (tags or []) if t.strip()), key=str.lower)
        return values

    def _create_applicant(self, request: Request) -> Response:
        """``PUT /Api/Applicant/``: creates (PUT creates at eRecruiter, V) and answers the applicant."""
        errors: dict[str, list[str]] = {}
        values = self._check_applicant(_object(request), errors)
        _raise(errors)
        applicant_id = self.ids.next("applicants")
        now = self.now()
        record = {
            "IsActive": True,
            "Tags": [],
            "JobProfiles": [],
            "Regions": [],
            "ThirdPartyProfiles": [],
            **{name: None for name in APPLICANT_FIELDS if name not in values},
            **values,
            "id": str(applicant_id),
            "Id": applicant_id,
            "DateOfUpdateByUser": now,
            "DateOfUpdateByApplicant": None,
            "IsLocked": False,
            "GlobalId": 900000000 + applicant_id,
            "_cf": {},
            "_cv": None,
        }
        self.store["applicants"].insert(record)
        return json_response(self.render_applicant(record))

    def _update_applicant(self, request: Request) -> Response:
        """``POST /Api/Applicant/{id}``: the whole parameter replaces the writable fields (V/A)."""
        applicant = self._applicant(request)
        errors: dict[str, list[str]] = {}
        values = self._check_applicant(_object(request), errors)
        _raise(errors)
        changes = {name: values.get(name) for name in APPLICANT_FIELDS if name != "GlobalId"}
        changes["Tags"] = values["Tags"]
        changes["DateOfUpdateByUser"] = self.now()
        updated = self.store["applicants"].update(applicant["id"], changes, merge=False)
        return json_response(self.render_applicant(updated))

    def _delete_applicant(self, request: Request) -> Response:
        """``DELETE /Api/Applicant/{id}?deleteCompletely=false|true``: anonymise the applicant (the
        default) or delete them completely; an ApplicantResponse (V: the client's
        ``ApplicantDeleteRequest``). How an anonymised applicant reads afterwards is not documented (A):
        here either way they and their applications and documents are gone from every read, as after
        the control API's delete; the answer is the applicant with the personal fields emptied."""
        applicant = self._applicant(request)
        flag = (request.args("deleteCompletely") or ["false"])[0].lower()
        if flag not in ("true", "false"):
            raise HttpError(400, f"The value '{flag}' is not valid for Boolean.")
        answer = self.render_applicant(applicant)
        for name in APPLICANT_FIELDS:
            if name in answer and name != "DateOfCreation":
                answer[name] = None
        for document in self.store["documents"].lookup("by_applicant", applicant["id"]):
            self.store["documents"].delete(document["id"])
        self.control_delete("applicants", applicant["id"])
        return json_response(answer)

    def _create_application(self, request: Request) -> Response:
        """``PUT /Api/Application/``: ``{ApplicationId, Errors}`` (V); RefreshApplicationIfItAlreadyExists
        as the vendor's knowledge base describes it (V)."""
        body = _object(request)
        errors: list[str] = []
        job = self.store["jobs"].get(str(body.get("JobId")))
        applicant = self.store["applicants"].get(str(body.get("ApplicantId")))
        if applicant is None:
            errors.append("ApplicantDoesNotExist")
        if job is None:
            errors.append("JobDoesNotExist")
        elif job["Status"] != "Open":
            errors.append("JobIsClosed")
        if errors or job is None or applicant is None:
            return json_response({"ApplicationId": None, "Errors": errors})
        existing = [
            a
            for a in self.store["applications"].lookup("by_applicant", applicant["id"])
            if a["JobId"] == job["Id"]
        ]
        if existing:
            application = existing[0]
            if body.get("RefreshApplicationIfItAlreadyExists"):
                self.store["history"].insert(
                    {
                        "id": str(self.ids.next("history")),
                        "_applicant": applicant["id"],
                        "JobId": job["Id"],
                        "Subject": "Ponowna aplikacja",
                        "Body": "Kandydat ponownie zaaplikował na to stanowisko.",
                        "Type": "Manual",
                        "CreatedBy": "API",
                        "CreatedOn": self.now(),
                    }
                )
                return json_response({"ApplicationId": application["Id"], "Errors": []})
            return json_response({"ApplicationId": application["Id"], "Errors": ["ApplicationAlreadyExists"]})
        application_id = self.ids.next("applications")
        referrer = body.get("Referrer") or applicant.get("Referrer")
        self.store["applications"].insert(
            {
                "id": str(application_id),
                "Id": application_id,
                "ApplicantId": applicant["Id"],
                "JobId": job["Id"],
                "Status": "Nowa aplikacja",
                "StatusForApplicant": "Otrzymaliśmy Twoją aplikację",
                "StatusForContact": "Nowa aplikacja",
                "IsVisibleToApplicant": True,
                "IsVisibleToContact": True,
                "Referrer": referrer,
                "ReferrerAdditionalInfo": body.get("ReferrerAdditionalInfo"),
                "CoverLetter": body.get("CoverLetter"),
                "AvailableActivities": [],
            }
        )
        return json_response({"ApplicationId": application_id, "Errors": []})

    def _set_custom_field(self, request: Request) -> Response:
        """``POST /Api/Applicant/{id}/CustomField``: CustomFieldValueParameter ``{CustomField, Value,
        Values}`` with the formats its documentation gives (V)."""
        applicant = self._applicant(request)
        body = _object(request)
        name = str(body.get("CustomField") or "")
        definition = FIELDS_BY_NAME.get(name)
        if definition is None or not definition["Target"].startswith(("Applicant", "JobApplicant")):
            raise HttpError(400, f"Unknown applicant custom field '{name}'.")
        kind = definition["Type"]
        value = body.get("Value")
        stored: Any
        if kind == "Html":
            raise HttpError(
                400, f"Custom field '{name}' is of type Html, which cannot be set through the API."
            )
        if kind == "CheckboxList":
            values = body.get("Values")
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise HttpError(400, f"Custom field '{name}' is a CheckboxList: send its choices as Values.")
            wrong = [v for v in values if v not in definition["PossibleValues"]]
            if wrong:
                raise HttpError(400, f"'{wrong[0]}' is not a possible value of custom field '{name}'.")
            stored = list(values)
        elif kind == "CheckBox":
            if str(value).lower() not in ("true", "false"):
                raise HttpError(
                    400, f'Custom field \'{name}\' is a CheckBox: Value must be "true" or "false".'
                )
            stored = str(value).lower()
        elif kind == "DropdownList":
            if value not in definition["PossibleValues"]:
                raise HttpError(400, f"'{value}' is not a possible value of custom field '{name}'.")
            stored = value
        elif kind == "Date":
            problems: dict[str, list[str]] = {}
            parsed = _parse_time(value, "Value", problems)
            if parsed is None:
                raise HttpError(400, f"Custom field '{name}' is a Date: '{value}' is not a date.")
            stored = str(value)[:10] + "T00:00:00"
        else:
            if not isinstance(value, str):
                raise HttpError(400, f"Custom field '{name}' takes its text as Value.")
            stored = value
        cf = {**applicant["_cf"], name: stored}
        self.store["applicants"].update(
            applicant["id"], {"_cf": cf, "DateOfUpdateByUser": self.now()}, merge=False
        )
        return json_response(custom_value(definition, stored))

    def _delete_custom_field(self, request: Request) -> Response:
        applicant = self._applicant(request)
        name = request.params["name"]
        if name not in applicant["_cf"]:
            raise HttpError(404, f"Custom field '{name}' has no value for applicant {applicant['id']}.")
        cf = {k: v for k, v in applicant["_cf"].items() if k != name}
        self.store["applicants"].update(applicant["id"], {"_cf": cf}, merge=False)
        return json_response(custom_value(FIELDS_BY_NAME[name], None))

    def _file(self, body: dict[str, Any]) -> tuple[str, str]:
        content = body.get("Content")
        extension = str(body.get("FileExtension") or "")
        if not isinstance(content, str) or not content:
            raise HttpError(400, "The document has no Content.")
        try:
            size = len(base64.b64decode(content, validate=True))
        except (binascii.Error, ValueError):
            raise HttpError(400, "Content is not valid base64.") from None
        if size > MAX_DOCUMENT_BYTES:
            raise HttpError(400, f"The document is {size} bytes; at most {MAX_DOCUMENT_BYTES} are accepted.")
        if not re.match(r"^\.[A-Za-z0-9]{1,8}$", extension):
            raise HttpError(400, f"'{extension}' is not a file extension (e.g. .pdf).")
        return content, extension.lower()

    def _add_document(self, request: Request) -> Response:
        """``PUT /Api/Applicant/Document/{applicantId}`` (V); ``Type`` must be one of the mandator's
        ApplicantDocumentTypes (A)."""
        applicant = self._applicant(request)
        body = _object(request)
        content, extension = self._file(body)
        kind = body.get("Type")
        if kind not in self.mandator["ApplicantDocumentTypes"]:
            raise HttpError(
                400,
                f"'{kind}' is not a document type of this mandator "
                f"({', '.join(self.mandator['ApplicantDocumentTypes'])}).",
            )
        name = str(body.get("Name") or "").strip()
        if not name:
            raise HttpError(400, "The document needs a Name.")
        document_id = self.ids.next("documents")
        record = {
            "id": str(document_id),
            "Id": document_id,
            "_applicant": applicant["id"],
            "Name": name,
            "FileExtension": extension,
            "Type": kind,
            "IsPublic": bool(body.get("IsPublic")),
            "Content": content,
        }
        self.store["documents"].insert(record)
        self.store["applicants"].update(applicant["id"], {"DateOfUpdateByUser": self.now()}, merge=False)
        return json_response(self.render_document(record, False))

    def _delete_document(self, request: Request) -> Response:
        document = self._get("documents", request.params["documentId"], "Document")
        self.store["documents"].delete(document["id"])
        return json_response(self.render_document(document, False))

    def _add_cv(self, request: Request) -> Response:
        """``PUT /Api/Applicant/Cv/{applicantId}``: ``{Content, FileExtension}`` only (V, 1.1.1). One CV
        per applicant: a second PUT is refused (replacing is POST, A)."""
        applicant = self._applicant(request)
        content, extension = self._file(_object(request))
        if applicant.get("_cv"):
            raise HttpError(400, f"Applicant {applicant['id']} already has a CV; POST replaces it.")
        self.store["applicants"].update(
            applicant["id"],
            {"_cv": {"FileExtension": extension, "Content": content}, "DateOfUpdateByUser": self.now()},
            merge=False,
        )
        return json_response({"FileExtension": extension, "Content": None})

    def _add_history(self, request: Request) -> Response:
        """``PUT /Api/Applicant/History/{applicantId}``: the answer is the parameter's shape (V)."""
        applicant = self._applicant(request)
        body = _object(request)
        subject = str(body.get("Subject") or "").strip()
        errors: dict[str, list[str]] = {}
        if not subject:
            errors.setdefault("history.Subject", []).append("The Subject field is required.")
        kind = _named(body.get("Type"), HISTORY_TYPES) or "Manual"
        if kind not in HISTORY_TYPES:
            errors.setdefault("history.Type", []).append(f"The value '{kind}' is not valid for HistoryType.")
        job_id = body.get("JobId")
        if job_id is not None and self.store["jobs"].get(str(job_id)) is None:
            errors.setdefault("history.JobId", []).append(f"Job {job_id} not found.")
        _raise(errors)
        record = {
            "id": str(self.ids.next("history")),
            "_applicant": applicant["id"],
            "JobId": job_id,
            "Subject": subject,
            "Body": body.get("Body"),
            "Type": kind,
            "CreatedBy": body.get("CreatedBy"),
            "CreatedOn": self.now(),
        }
        self.store["history"].insert(record)
        return json_response({k: record[k] for k in ("JobId", "Subject", "Body", "Type", "CreatedBy")})

    # -- rendering ----------------------------------------------------------------------------------
    def render_job(self, job: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in job.items() if not k.startswith("_") and k != "id"}
        for name in ("CreationDate", "UpdateDate", "OnlineDate", "OnlineDateCorrected", "ExpirationDate"):
            out[name] = wire_time(job.get(name))
        out["Status"] = _code(job["Status"], JOB_STATUSES)
        out["UserGender"] = _code(job.get("UserGender"), GENDERS)
        out["PublishedOn"] = [
            {
                **p,
                "Type": _code(p["Type"], PUBLICATION_TYPES),
                "PublicationDate": wire_time(p["PublicationDate"]),
                "ExpirationDate": wire_time(p["ExpirationDate"]),
            }
            for p in job["PublishedOn"]
        ]
        return out

    def render_questionnaire(self, key: str) -> dict[str, Any]:
        questionnaire = QUESTIONNAIRES[key]
        items = []
        for item in questionnaire["Items"]:
            if "Field" in item:
                definition = FIELDS_BY_NAME[item["Field"]]
                rendered: dict[str, Any] = {
                    "Title": definition["Title"],
                    "Description": None,
                    "IsRequired": item["IsRequired"],
                    "Type": "CustomField",
                    "CustomField": wire_field(definition),
                    "Language": None,
                    "Knowledge": None,
                    "KnowledgeGroup": None,
                }
                if "Precondition" in item:
                    rendered["Precondition"] = dict(item["Precondition"])
            else:
                rendered = {
                    **item,
                    "CustomField": None,
                    "Language": None,
                    "Knowledge": None,
                    "KnowledgeGroup": None,
                }
            rendered["Type"] = _code(rendered["Type"], ITEM_TYPES)
            items.append(rendered)
        return {k: v for k, v in questionnaire.items() if k != "Items"} | {"Items": items}

    def render_application(self, application: dict[str, Any]) -> dict[str, Any]:
        out = {
            k: v for k, v in application.items() if not k.startswith("_") and k not in ("id", "CoverLetter")
        }
        out["WorkflowStatusGroup"] = WORKFLOW_GROUPS.index(workflow_group(application["Status"]))
        out["AvailableActivities"] = [
            {**a, "AvailableToContact": _code(a.get("AvailableToContact"), ACTIVITY_AVAILABILITY)}
            for a in application.get("AvailableActivities") or []
        ]
        out.setdefault("Rating", None)
        return out

    def render_applicant(self, applicant: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in applicant.items() if not k.startswith("_") and k != "id"}
        for name in (
            "DateOfCreation",
            "DateOfUpdateByUser",
            "DateOfUpdateByApplicant",
            "PolicyAcceptedAt",
            "BirthDate",
        ):
            out[name] = wire_time(applicant.get(name))
        out["Gender"] = _code(applicant.get("Gender"), GENDERS)
        applications = self.store["applications"].lookup("by_applicant", applicant["id"])
        out["HasCv"] = bool(applicant.get("_cv"))
        out["HasPhoto"] = False
        out["HasApplicationsVisibleToApplicant"] = any(a["IsVisibleToApplicant"] for a in applications)
        out["DocumentsCount"] = len(self.store["documents"].lookup("by_applicant", applicant["id"]))
        return out

    def render_document(self, document: dict[str, Any], with_content: bool) -> dict[str, Any]:
        out = {k: v for k, v in document.items() if not k.startswith("_") and k != "id"}
        if not with_content:
            out["Content"] = None
        elif out.get("Content") is None and document.get("_lines"):
            out["Content"] = base64.b64encode(files.pdf_bytes(document["_lines"])).decode("ascii")
        return out

    def render_history(self, entry: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in entry.items() if not k.startswith("_") and k != "id"}
        out["CreatedOn"] = wire_time(entry.get("CreatedOn"))
        return out

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


def _object(request: Request) -> dict[str, Any]:
    body = request.json()
    if not isinstance(body, dict):
        raise HttpError(
            400,
            "The request is invalid.",
            errors=[{"field": "parameter", "message": "Expected a JSON object."}],
        )
    return body


def _raise(errors: dict[str, list[str]]) -> None:
    if errors:
        raise HttpError(
            400,
            "The request is invalid.",
            errors=[{"field": field, "message": m} for field, messages in errors.items() for m in messages],
        )
