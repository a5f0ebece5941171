"""eRecruiter, declared: settings, auth, limits, streams, writes and guides (facts in VENDOR.md).

One eRecruiter installation per customer, its API under ``{root}/Api``. The API key and mandator id are
swapped for a session token (``POST /Api/``) sent as ``X-ApiToken``. There is no applicant list and no
paging or delta filter: every sync reads all jobs, then each job's applications and their applicants.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from connectors.base import Connector, Guide, SettingField, Stream, SubRequest
from connectors.erecruiter import actions
from connectors.erecruiter import mapping as m
from connectors.http import Auth, Limits, LoginToken
from connectors.http.client import default_error_text

#: The shared SaaS host that serves eRecruiter's API reference (VENDOR.md "Hosts", S); most installations
#: have their own address, so the setting has no default.
EXAMPLE_URL = "https://api.erecruiter.net"
CLIENT_INFO = "Recruiter Companion"
#: The official client waits 60 s per call (V); our client's timeout is the same.
LIMITS = Limits(requests_per_second=20.0, concurrency=4)  # nothing published (VENDOR.md "Limits", A)


def root(settings: Mapping[str, Any]) -> str:
    return str(settings.get("base_url") or EXAMPLE_URL).rstrip("/")


def token_answer(body: Any) -> tuple[str, float | None]:
    """``{Token, Expires}`` (V) → the token and seconds until it expires. ``Expires`` is a .NET DateTime
    with the server's offset (V, the installations' help pages); without one it is taken as UTC (A)."""
    token = str(m.val(body, "Token") or "")
    expires = m.val(body, "Expires")
    lifetime: float | None = None
    if isinstance(expires, str) and expires:
        try:
            moment = datetime.fromisoformat(expires.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            lifetime = max(60.0, (moment - datetime.now(UTC)).total_seconds())
    return token, lifetime


def _auth(settings: Mapping[str, str]) -> Auth:
    # POST {root}/Api/ with {Key, MandatorId, ClientInfo}; then X-ApiToken on every call; a 401 signs in
    # again once (VENDOR.md "Authentication", V).
    key = str(settings["api_key"])
    return LoginToken(
        f"{root(settings)}/Api/",
        {"Key": key, "MandatorId": int(str(settings["mandator_id"]).strip()), "ClientInfo": CLIENT_INFO},
        extract=token_answer,
        secrets=(key,),
        header="X-ApiToken",
        prefix="",
    )


def _validate(settings: Mapping[str, str]) -> list[str]:
    problems = []
    mandator = str(settings.get("mandator_id") or "").strip()
    if mandator and not mandator.isdigit():
        problems.append(f"'mandator_id' is the number of your eRecruiter account (got {mandator!r}).")
    base = str(settings.get("base_url") or "").rstrip("/")
    if base.lower().endswith("/api"):
        problems.append(
            f"'base_url' is the address without /Api at the end (got {base!r}); the app adds /Api itself."
        )
    return problems


def error_text(response: httpx.Response) -> str | None:
    """ASP.NET Web API's error objects (VENDOR.md "Errors"): ``Message``, the 500's ``ExceptionMessage``
    and a 400's ``ModelState`` (field → messages)."""
    try:
        body = response.json()
    except ValueError:
        return None
    if isinstance(body, str):
        return body or None
    if not isinstance(body, dict):
        return default_error_text(response)
    parts = []
    for name in ("Message", "ExceptionMessage"):
        value = m.val(body, name)
        if isinstance(value, str) and value:
            parts.append(value)
    state = m.val(body, "ModelState")
    if isinstance(state, dict):
        for field, messages in list(state.items())[:6]:
            for message in m.listed(messages)[:2]:
                parts.append(f"{field}: {message}")
    return "; ".join(dict.fromkeys(parts)) or default_error_text(response)


def _jobs(body: Any) -> list[Any]:
    # A bare array (A), or a JobsResponse {Jobs, Channel, Culture} as PublishedJobs answers (V).
    if isinstance(body, list):
        return body
    return m.listed(m.val(body, "Jobs"))


def _job_vars(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": m.val(item, "Id")}


def _each_applicant(item: dict[str, Any]) -> list[dict[str, Any]]:
    entries = m.listed((item.get("_sub") or {}).get("by_job"))
    seen = dict.fromkeys(str(m.val(e, "ApplicantId")) for e in entries if m.val(e, "ApplicantId") is not None)
    return [{"applicant": a} for a in seen]


def _per_applicant(key: str, path: str, **kw: Any) -> SubRequest:
    return SubRequest(key, path, vars=_job_vars, for_each=_each_applicant, each_key="applicant", **kw)


JOBS = Stream(
    name="jobs",
    path="/Api/Jobs",
    map=m.map_job,
    produces=("jobs", "screening_questions", "job_screening_questions"),
    records=_jobs,
    # No paging and no delta filter anywhere in the API (VENDOR.md "Paging and deltas", V): every sync
    # reads everything and the engine's full sweep marks what is gone.
    enrich=(
        SubRequest(
            "questionnaire",
            "/Api/Questionnaire/ByJob/{id}",
            vars=_job_vars,
            when=lambda item, v: m.val(item, "HasQuestionnaire") is not False,
        ),
    ),
    owns=(("job_screening_questions", "job_id", "jobs"),),
)

APPLICATIONS = Stream(
    name="applications",
    path="/Api/Jobs",
    map=m.map_job_applications,
    produces=("candidates", "applications", "application_stages", "tags", "candidate_tags"),
    records=_jobs,
    # eRecruiter lists applicants only through their applications (VENDOR.md "Reads", V): per job its
    # application ids, then per applicant the applicant, its applications (with their status), its custom
    # fields, its documents and its history (the last is A: read back where the server has it).
    enrich=(
        SubRequest("by_job", "/Api/Applications/ByJob/{id}", vars=_job_vars),
        _per_applicant("applicants", "/Api/Applicant/{applicant}"),
        _per_applicant("applications", "/Api/Applications/{applicant}"),
        _per_applicant("custom", "/Api/Applicant/CustomFields/{applicant}"),
        _per_applicant(
            "documents",
            "/Api/Applicant/Documents/{applicant}",
            params=lambda item, v: {"includeContent": "false"},
        ),
        _per_applicant("history", "/Api/Applicant/History/{applicant}", missing_ok=(404, 405)),
    ),
    owns=(("candidate_tags", "candidate_id", "candidates"),),
    # One answer lists every job and each job fans out into five calls per applicant: store job by
    # job, so the first applicants show within a second and a cut-off sync keeps what it read.
    slice=1,
)

CONNECTOR = Connector(
    vendor="erecruiter",
    display_name="eRecruiter",
    default_base_url=EXAMPLE_URL,
    settings=(
        SettingField(
            "base_url",
            "API address",
            kind="url",
            help="Your eRecruiter API installation without /Api, e.g. https://erecruiter-api.yourcompany.com "
            "(ask your eRecruiter administrator; its reference is at that address + /help).",
        ),
        SettingField("mandator_id", "Mandator ID", help="The number of your eRecruiter account (mandator)."),
        SettingField(
            "api_key",
            "API key",
            secret=True,
            kind="password",
            help="Issued by your eRecruiter administrator; it is kept in the system keyring.",
        ),
    ),
    make_auth=_auth,
    limits=LIMITS,
    streams=(JOBS, APPLICATIONS),
    # Ping answers with or without a token (V), so the proof is a read that needs one.
    check_path="/Api/Mandator",
    validate=_validate,
    error_text=error_text,
    actions=actions.declare(),
    market="pl",
    passthrough=True,
    guide=Guide(
        connection=(
            "The app signs in to your company's eRecruiter API installation with an API key and your "
            "mandator ID (eRecruiter swaps them for a short-lived token), then reads jobs with their "
            "questionnaires, applications and applicants. It can create applicants and applications, "
            "upload files, tag applicants and record result links in their history. The key stays in the "
            "system keyring."
        ),
        prerequisites=(
            "Your company uses eRecruiter (erecruiter.net) with API access for its account, which eRecruiter "
            "calls a mandator.",
            "An eRecruiter administrator, or your eRecruiter contact person, who can issue an API key.",
            "The address of your eRecruiter API installation: the web address its API runs on "
            "(its method reference is that address followed by /help).",
        ),
        create_credentials=(
            "Ask your eRecruiter administrator (or eRecruiter support) for a new API key for Recruiter "
            "Companion, with a recognisable name.",
            "Have the key granted the Applicants access level (applicants, documents, custom fields, "
            "history) and the Job permission (jobs and questionnaires); it needs no mandator, company or "
            "video-interview rights.",
            "Note the API key, the Mandator ID (the number of your eRecruiter account) and the API "
            "address, and enter them here. 'Test connection' signs in and reads your mandator.",
        ),
    ),
)
