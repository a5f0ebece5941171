"""SmartRecruiters, declared: settings, auth, limits and streams (facts in VENDOR.md)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from connectors.base import (
    Connector,
    Guide,
    Incremental,
    Routes,
    SettingField,
    StaticStream,
    Stream,
    SubRequest,
)
from connectors.base.reader import stamp_of
from connectors.http import ApiKeyHeader, Auth, CursorPaging, Limits, OAuthClientCredentials, VendorClient
from connectors.smartrecruiters import actions as sr_actions
from connectors.smartrecruiters import mapping as m
from connectors.smartrecruiters import report as sr_report
from connectors.unified.model import PERSON_OWNED

BASE_URL = "https://api.smartrecruiters.com"


def _content(body: Any) -> list[Any]:
    return list(body.get("content") or []) if isinstance(body, dict) else []


def _auth(settings: Mapping[str, str]) -> Auth:
    # API key (X-SmartToken) or OAuth client credentials at /identity/oauth/token (VENDOR.md, V).
    if settings.get("api_key"):
        return ApiKeyHeader("X-SmartToken", settings["api_key"])
    base = str(settings.get("base_url") or BASE_URL).rstrip("/")
    return OAuthClientCredentials(
        f"{base}/identity/oauth/token", settings["client_id"], settings["client_secret"]
    )


def _validate(settings: Mapping[str, str]) -> list[str]:
    if settings.get("api_key"):
        return []
    if settings.get("client_id") and settings.get("client_secret"):
        return []
    return [
        "Give an 'api_key', or both 'client_id' and 'client_secret' (an OAuth client from "
        "SmartRecruiters' Credential Manager)."
    ]


def _updated_after(ts: str) -> str:
    return ts  # SR takes ISO-8601 with milliseconds and offset (yyyy-MM-ddTHH:mm:ss.SSSZZ, V)


def _job_vars(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": item["id"]}


def _posting_vars(item: dict[str, Any]) -> dict[str, Any]:
    ad = m.default_job_ad(item)
    return {"posting": ad["id"] if ad else ""}


def _each_assignment(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"job_id": a["job"]["id"]} for a in m.assignments(item)]


def _assignment_state(item: dict[str, Any], v: Mapping[str, Any]) -> Any:
    """An application's status as the candidate list shows it: its status history and detail change
    with it (a history entry is a status change), so an unchanged status reuses the last answers."""
    listed = [item.get("primaryAssignment"), *(item.get("secondaryAssignments") or [])]
    for a in listed:
        if isinstance(a, dict) and (a.get("job") or {}).get("id") == v["job_id"]:
            return [a.get("status"), a.get("subStatus")]
    return {"unlisted": item.get("updatedOn")}  # not in the list: asked again whenever the candidate moves


def _reached(statuses: frozenset[str]) -> Any:
    return lambda item, v: bool(m.history_statuses(item, v["job_id"]) & statuses)


def _interview_vars(item: dict[str, Any]) -> list[dict[str, Any]]:
    details = item.get("_sub", {}).get("application") or {}
    return [
        {"job_id": job_id, "app_id": (d or {}).get("id")}
        for job_id, d in details.items()
        if d and d.get("id")
    ]


#: How /jobs and /candidates are read alike: cursor pages whose list is ``content``, deltas by
#: ``updatedAfter`` against ``updatedOn``.
_listed = partial(
    Stream,
    paginator=CursorPaging(),
    records=_content,
    incremental=Incremental("updatedAfter", "updatedOn", _updated_after),
)

JOBS = _listed(
    name="jobs",
    path="/jobs",
    map=m.map_job,
    produces=(
        "jobs",
        "job_postings",
        "job_hiring_team_members",
        "screening_questions",
        "job_screening_questions",
    ),
    enrich=(
        SubRequest("detail", "/jobs/{id}", vars=_job_vars),
        SubRequest("status_history", "/jobs/{id}/status/history", vars=_job_vars),
        SubRequest("hiring_team", "/jobs/{id}/hiring-team", vars=_job_vars),
        SubRequest("jobads", "/jobs/{id}/jobads", vars=_job_vars),
        SubRequest(
            "questions",
            "/postings/{posting}/configuration",
            vars=_posting_vars,
            when=lambda item, v: bool(v["posting"]),
        ),
    ),
    # Lists first, details after (issue 14): map_job reads a bare JobSummary too.
    progressive=True,
    # lastActivityOn moves with every applicant (S), which changes nothing the job's details say.
    stamp=lambda item: stamp_of(item, ignore=("lastActivityOn",)),
    owns=(
        ("job_postings", "job_id", "jobs"),
        ("job_hiring_team_members", "job_id", "jobs"),
        ("job_screening_questions", "job_id", "jobs"),
    ),
)

CANDIDATES = _listed(
    name="candidates",
    path="/candidates",
    map=m.map_candidate,
    produces=(
        "candidates",
        "applications",
        "tags",
        "candidate_tags",
        "interviews",
        "interviewing_team_members",
        "offers",
        "attachments",
    ),
    group="candidates",  # 1 concurrent request on GET /candidates (V)
    enrich=(
        SubRequest("detail", "/candidates/{id}"),
        SubRequest(
            "history",
            "/candidates/{id}/jobs/{job_id}/status/history",
            for_each=_each_assignment,
            each_key="job_id",
            reuse=_assignment_state,
        ),
        SubRequest(
            "application",
            "/candidates/{id}/jobs/{job_id}",
            for_each=_each_assignment,
            each_key="job_id",
            when=_reached(m.REACHED_INTERVIEW),
            reuse=_assignment_state,
        ),
        SubRequest(
            "interviews",
            "/interviews-api/v201904/interviews",
            for_each=_interview_vars,
            each_key="job_id",
            params=lambda item, v: {"applicationId": v["app_id"]},
        ),
        SubRequest(
            "offers",
            "/candidates/{id}/jobs/{job_id}/offers",
            for_each=_each_assignment,
            each_key="job_id",
            when=_reached(m.REACHED_OFFER),
        ),
        # The candidate's files (metadata; the files follow after the sync, VENDOR.md "Attachments").
        SubRequest("attachments", "/candidates/{id}/attachments", fills="attachments"),
    ),
    # Lists first, details after (issue 14): map_candidate reads a bare CandidateSummary, its
    # applications from the summary's assignments.
    progressive=True,
    owns=PERSON_OWNED,  # a candidate's detail brings everything of theirs
)

STREAMS = (
    Stream("users", "/user-api/v201804/users", m.map_user, ("users",), CursorPaging(), _content),
    JOBS,
    Stream(
        "rejection_reasons",
        "/configuration/rejection-reasons",
        m.map_rejection_reason,
        ("rejection_reasons",),
        records=_content,
    ),
    StaticStream("application_stages", m.build_stages, ("application_stages",)),
    CANDIDATES,
)


async def _download(client: VendorClient, attachment: Mapping[str, Any], max_bytes: int | None) -> bytes:
    """An attachment's file: ``GET /candidates/{id}/attachments/{attachmentId}`` (VENDOR.md, V/S), the
    raw bytes: ``max_bytes`` bounds the body itself."""
    raw = attachment.get("remote_data") or {}
    path = f"/candidates/{raw.get('candidateId')}/attachments/{attachment['remote_id']}"
    return (await client.request("GET", path, max_bytes=max_bytes)).content


async def _discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
    # The connector's own streams (a variation of CONNECTOR made with dataclasses.replace keeps its own).
    return await sr_report.discover(client, settings, CONNECTOR.streams)


CONNECTOR = Connector(
    vendor="smartrecruiters",
    display_name="SmartRecruiters",
    default_base_url=BASE_URL,
    settings=(
        SettingField(
            "base_url",
            "API address",
            default=BASE_URL,
            kind="url",
            required=False,
            help="Leave as is unless SmartRecruiters gave you another API host.",
        ),
        SettingField(
            "api_key",
            "API key (X-SmartToken)",
            secret=True,
            required=False,
            kind="password",
            help="Credential Manager → API key. Or fill client id and secret instead.",
        ),
        SettingField("client_id", "OAuth client id", required=False),
        SettingField("client_secret", "OAuth client secret", secret=True, required=False, kind="password"),
    ),
    make_auth=_auth,
    # 10 req/s, 8 concurrent, 1 concurrent on GET /candidates; 2 req/s on job publications and offer
    # documents (groups "publication", "offer_documents"); X-RateLimit-Limit / -Remaining report the
    # rate and what is left of it on every answer (VENDOR.md "Conventions", V).
    limits=Limits(
        10,
        8,
        {"candidates": 1},
        limit_header="X-RateLimit-Limit",
        group_rates={"publication": 2, "offer_documents": 2},
        remaining_header="X-RateLimit-Remaining",
    ),
    streams=STREAMS,
    # Status histories from a Reporting API report where the account has one (report.py), else per candidate.
    discover=_discover,
    download=_download,
    check_path="/user-api/v201804/users",
    validate=_validate,
    # Writes beyond the brief, where SR's API allows (VENDOR.md "Writes"); refreshed through CANDIDATES.
    actions=sr_actions.declare(CANDIDATES),
    guide=Guide(
        connection="Connect with an API key (simplest) or an OAuth client. Both are made by a "
        "SmartRecruiters admin in Settings → Admin → Credential Manager.",
        prerequisites=(
            "A SmartRecruiters admin account.",
            "Scopes or rights to read jobs, candidates, users and configuration; to write, "
            "candidates_create and candidates_manage.",
        ),
        create_credentials=(
            "Open Settings → Admin → Credential Manager.",
            "Choose 'New API key' (or 'New OAuth client' and give it a system role).",
            "Copy the key (or the client id and secret, shown once) into this form.",
        ),
    ),
)
