"""eRecruiter, declared: settings, auth, limits, streams, writes and guides (facts in VENDOR.md).

One eRecruiter installation per customer, its API under ``{root}/Api``. The API key and mandator id are
swapped for a session token (``POST /Api/``) sent as ``X-ApiToken``. There is no applicant list and no
paging or delta filter: every sync lists the published jobs per channel (or ``Api/Jobs`` where a tenant has
it), each job's open applications, then each applicant once with all its applications; what the last sync
stored tells which jobs to read by id, which applicants no list shows any more, and which need reading
again at all (``resync.py``: new ones, those whose open applications changed, and a rolling slice).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from connectors.base import Connector, Guide, MapContext, Rec, Routes, SettingField, Stream, SubRequest
from connectors.base.connector import base64_content, decoded_too_large, encoded_limit
from connectors.erecruiter import actions
from connectors.erecruiter import mapping as m
from connectors.erecruiter.resync import STORED, SyncMemo
from connectors.http import (
    Auth,
    BadResponse,
    ConnectorError,
    Limits,
    LoginToken,
    NoPaging,
    TooLarge,
    VendorClient,
)
from connectors.http.client import default_error_text
from connectors.http.paging import PageState, Paginator

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


def _job_vars(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": m.val(item, "Id")}


@dataclass(frozen=True)
class ChannelPaging:
    """``Api/PublishedJobs`` has no paging (V); its "pages" are the mandator's publication channels, the
    default applicant portal (no channel, V) first."""

    channels: tuple[str, ...] = ("",)
    culture: str | None = None

    def _state(self, channel: str) -> PageState:
        return {"channel": channel, **({"culture": self.culture} if self.culture else {})}

    def first(self) -> PageState:
        return self._state(self.channels[0])

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        channel = str(state.get("channel") or "")
        at = self.channels.index(channel) + 1 if channel in self.channels else len(self.channels)
        return self._state(self.channels[at]) if at < len(self.channels) else None


def channels_of(mandator: Any) -> tuple[tuple[str, ...], str | None]:
    """The channels to list published jobs on and the culture to ask in, from ``GET Api/Mandator``:
    its ``JobPublicationTypes`` carry each channel's id (``Channel``, an ``int?``, V; that this is the
    value ``PublishedJobs?channel=`` takes is A), its ``PortalSettings.DefaultCulture`` the culture (V)."""
    channels = [""]
    for publication in m.listed(m.val(mandator, "JobPublicationTypes")):
        kind = m.enum(m.val(publication, "Type"), ("Portal", "Channel", "MultiPostChannel"))
        channel = m.val(publication, "Channel")
        if kind != "Portal" and isinstance(channel, int) and not isinstance(channel, bool):
            channels.append(str(channel))
    culture = m.text(m.val(m.val(mandator, "PortalSettings"), "DefaultCulture"))
    cultures = [c for c in m.listed(m.val(mandator, "Cultures")) if isinstance(c, str) and c]
    return tuple(dict.fromkeys(channels)), culture or (cultures[0] if cultures else None)


def _listed(item: dict[str, Any], v: Mapping[str, Any]) -> bool:
    return not item.get("_known") and not item.get("_leftover")


def _per_applicant(key: str, path: str, memo: SyncMemo, **kw: Any) -> tuple[SubRequest, SubRequest]:
    """One read per applicant, twice declared: an applicant of an open application exists, so a 404
    there means the route is missing (fail, naming it); a stored applicant may be gone (404: nothing)."""
    when = kw.pop("when", None)
    return (
        SubRequest(
            key,
            path,
            vars=_job_vars,
            for_each=memo.claim,
            each_key="applicant",
            missing_ok=(),
            when=lambda item, v: not item.get("_leftover") and (when is None or when(item, v)),
            **kw,
        ),
        SubRequest(
            f"{key}{STORED}",
            path,
            vars=_job_vars,
            for_each=memo.claim,
            each_key="applicant",
            when=lambda item, v: bool(item.get("_leftover")) and (when is None or when(item, v)),
            **kw,
        ),
    )


def _job_or_read(item: dict[str, Any]) -> Mapping[str, Any] | None:
    if item.get("_by_id"):
        job = (item.get("_sub") or {}).get("job")
        return job if isinstance(job, Mapping) else None
    return item


def _map_job(item: dict[str, Any], ctx: MapContext) -> Iterator[Rec]:
    job = _job_or_read(item)
    if job is None:
        return iter(())  # a known job the installation no longer has: the sweep marks it
    return m.map_job({**job, "_sub": item.get("_sub") or {}}, ctx)


def build_streams(
    memo: SyncMemo, *, all_jobs: bool = False, channels: tuple[str, ...] = ("",), culture: str | None = None
) -> tuple[Stream, Stream]:
    """The jobs and applications streams for one sync: jobs from ``Api/Jobs`` where the tenant has it
    (A), else from ``Api/PublishedJobs`` per channel (V) plus each known unpublished job by id (V)."""
    paginator: Paginator
    if all_jobs:
        list_path, paginator = "/Api/Jobs", NoPaging()
    else:
        list_path, paginator = "/Api/PublishedJobs", ChannelPaging(channels, culture)
    jobs = Stream(
        name="jobs",
        path=list_path,
        paginator=paginator,
        map=_map_job,
        produces=("jobs", "screening_questions", "job_screening_questions"),
        records=memo.list_jobs,
        # No paging and no delta filter anywhere in the API (VENDOR.md "Paging and deltas", V): every sync
        # lists everything and the engine's full sweep marks what is gone.
        enrich=(
            SubRequest("job", "/Api/Job/{id}", vars=_job_vars, when=lambda item, v: bool(item.get("_by_id"))),
            # A job that says it has a questionnaire (HasQuestionnaire, V) has one: a 404 there means the
            # route is missing (fail, naming it); where the flag is absent a 404 means none (A).
            SubRequest(
                "questionnaire",
                "/Api/Questionnaire/ByJob/{id}",
                vars=_job_vars,
                missing_ok=(),
                fills="screening_questions",
                when=lambda item, v: m.val(_job_or_read(item), "HasQuestionnaire") is True,
            ),
            SubRequest(
                "questionnaire",
                "/Api/Questionnaire/ByJob/{id}",
                vars=_job_vars,
                fills="screening_questions",
                when=lambda item, v: (
                    (job := _job_or_read(item)) is not None and m.val(job, "HasQuestionnaire") is None
                ),
            ),
        ),
        owns=(("job_screening_questions", "job_id", "jobs"),),
        recall=("jobs", "applications"),
        remember=memo.remember,
        more=memo.unlisted_jobs,
    )
    applications = Stream(
        name="applications",
        path=list_path,
        paginator=paginator,
        map=memo.map_applications,
        produces=(
            "candidates",
            "applications",
            "application_stages",
            "tags",
            "candidate_tags",
            "attachments",
        ),
        records=memo.list_application_jobs,
        # eRecruiter lists applicants only through the open applications of a job (VENDOR.md "Reads", V):
        # per job those, then per applicant not yet read in this sync the applicant and all its
        # applications (open and closed); custom fields and documents only when the applicant changed.
        enrich=(
            SubRequest(
                "by_job",
                "/Api/Applications/ByJob/{id}",
                vars=_job_vars,
                missing_ok=(),
                when=_listed,
                fills="applications",
            ),
            SubRequest(
                "by_job",
                "/Api/Applications/ByJob/{id}",
                vars=_job_vars,
                when=lambda i, v: bool(i.get("_known")),
                fills="applications",
            ),
            *_per_applicant("applicant", "/Api/Applicant/{applicant}", memo),
            *_per_applicant("applications", "/Api/Applications/{applicant}", memo, fills="applications"),
            *_per_applicant(
                "custom", "/Api/Applicant/CustomFields/{applicant}", memo, when=memo.needs_details
            ),
            *_per_applicant(
                "documents",
                "/Api/Applicant/Documents/{applicant}",
                memo,
                when=memo.needs_details,
                params=lambda item, v: {"includeContent": "false"},
                fills="attachments",
            ),
        ),
        owns=(
            ("candidate_tags", "candidate_id", "candidates"),
            ("attachments", "candidate_id", "candidates"),
        ),
        # Store job by job, so the first applicants show within a second and a cut-off sync keeps them.
        slice=1,
        recall=("candidates", "applications", "jobs"),
        remember=memo.remember,
        # Which applicants a re-sync reads again, and where its rolling re-check stands (resync.py).
        load_memo=memo.load_memo,
        save_memo=memo.save_memo,
        more=memo.more_applications,
    )
    return jobs, applications


async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
    """Which route lists this installation's jobs: ``Api/Jobs`` where it answers (not in the vendor's
    client, A), else ``Api/PublishedJobs`` on each channel of the mandator (V)."""
    try:
        return await _discover(client)
    except ConnectorError as exc:
        # Every stream fails with this text: say what was being found out and what to check.
        exc.args = (
            f"eRecruiter: could not find how this installation lists jobs (Api/Jobs, Api/Mandator): {exc}"
            " Check the API address, mandator ID and key in the account settings.",
        )
        raise


async def _discover(client: VendorClient) -> Routes:
    memo = SyncMemo()
    try:
        all_jobs = isinstance(await client.get_json("/Api/Jobs"), list)
    except ConnectorError as exc:
        if exc.status not in (400, 403, 404, 405):
            raise
        all_jobs = False
    if all_jobs:
        jobs, applications = build_streams(memo, all_jobs=True)
        # Every job is in that list: one it no longer shows is gone, not to be read by id.
        streams = (dataclasses.replace(jobs, more=None), applications)
        jobs_note = "Api/Jobs (every job in one list)"
    else:
        try:
            channels, culture = channels_of(await client.get_json("/Api/Mandator"))
            where = "the mandator's channels"
        except ConnectorError as exc:
            if exc.status not in (403, 404):
                raise
            channels, culture, where = ("",), None, "the default portal only (Api/Mandator not readable)"
        streams = build_streams(memo, channels=channels, culture=culture)
        names = ", ".join(c or "portal" for c in channels)
        jobs_note = f"Api/PublishedJobs on {where} ({names}) + Api/Job/{{id}} for unpublished jobs"
    notes = {
        "jobs": jobs_note,
        "applications": "Api/Applications/ByJob (open) + Api/Applicant and Api/Applications/{applicantId}",
    }
    return Routes(streams, notes)


JOBS, APPLICATIONS = build_streams(SyncMemo())


async def download(client: VendorClient, attachment: Mapping[str, Any], max_bytes: int | None) -> bytes:
    """A document's or the CV slot's file, base64 in ``Content`` (VENDOR.md "Attachments and CVs", V);
    the JSON answer is bounded by the base64 size of ``max_bytes`` (the caller checks the decoded size)."""
    raw = attachment.get("remote_data") or {}
    limit = encoded_limit(max_bytes)
    try:
        if raw.get("cv"):
            path, params = f"/Api/Applicant/Cv/{raw.get('applicantId')}", {"includeContent": "true"}
        else:
            path, params = f"/Api/Applicant/Document/{attachment['remote_id']}", {}
        body = await client.get_json(path, params=params or None, max_bytes=limit)
    except TooLarge as exc:
        raise decoded_too_large(exc, max_bytes) from None
    content = m.val(body, "Content") if isinstance(body, Mapping) else None
    if not isinstance(content, str) or not content:
        raise BadResponse("eRecruiter sent the document without its content. Try again later.")
    return base64_content(content, "eRecruiter sent a document whose content is not base64.")


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
    discover=discover,
    download=download,
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
