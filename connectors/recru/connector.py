"""RECRU, declared: settings, sign-in, limits, streams, writes and guides (facts in VENDOR.md).

RECRU is one JSON-RPC endpoint per tenant (``POST {tenant}/api/json-rpc``): every stream is a POST whose
body names the method and carries the paging and the delta filter (``rpc.list_body``); answers are read
by ``rpc.decode``, which turns JSON-RPC errors and FAILED results into typed errors.

Which method serves each stream is not published (only the sign-in is), so ``discover`` binds the
streams at run time from the tenant's self-description (``services``) and says in ``Routes.notes``
which method served each; a stream the tenant does not offer fails alone, naming what is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from connectors.base import Connector, Guide, Incremental, Routes, SettingField, StaticStream, Stream
from connectors.base.declarations import AnyStream, MapContext, Mapper, Rec
from connectors.http import Auth, Limits, LoginToken, NoPaging, NotFound, VendorClient
from connectors.recru import actions, rpc, services
from connectors.recru import mapping as m

PLACEHOLDER_URL = "https://ihre-firma.recru.eu"
#: Delta overlap: clock skew and same-second writes (VENDOR.md "Paging and deltas", A).
OVERLAP_SECONDS = 300


def _auth(settings: Mapping[str, str]) -> Auth:
    # AuthService.login with login + password, then a Bearer token (VENDOR.md "Authentication", S).
    base = str(settings.get("base_url") or PLACEHOLDER_URL).rstrip("/")
    password = str(settings["password"])
    return LoginToken(
        f"{base}{rpc.ENDPOINT}",
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "AuthService.login",
            # type 1 = back-office user (VENDOR.md "Authentication": meaning A).
            "params": {"login": str(settings["login"]), "password": password, "type": 1},
        },
        extract=rpc.login_token,
        secrets=(password,),
        default_lifetime=3600.0,
    )


def _validate(settings: Mapping[str, str]) -> list[str]:
    base = str(settings.get("base_url") or "")
    if not base:
        return []
    parts = urlsplit(base)
    if parts.scheme in ("http", "https") and parts.path.rstrip("/"):
        return [
            f"'base_url' is the RECRU address only, e.g. https://{parts.netloc or 'ihre-firma.recru.eu'} "
            f"(got {base!r}); the API path is added by the app."
        ]
    return []


async def _check(client: VendorClient) -> None:
    # Login (on the first call) and Ping, the cheapest authenticated call (VENDOR.md "Authentication"),
    # under the name this tenant gives it (``services``).
    await rpc.call(client, await services.method(client, "ping"))


def _stream(
    name: str,
    method: str,
    mapper: Any,
    produces: tuple[str, ...],
    *,
    delta: bool = True,
    owns: tuple[tuple[str, str, str], ...] = (),
) -> Stream:
    """A paged RECRU list read with POST; ``delta`` lists take ``filter.updated_from`` (VENDOR.md
    "Paging and deltas", A), compared against each item's ``updated_at`` in UTC (``rpc.CURSOR``)."""
    return Stream(
        name=name,
        path=rpc.ENDPOINT,
        map=m.keyed(mapper, method),
        produces=produces,
        paginator=rpc.RpcPaging(),
        records=rpc.items,
        incremental=Incremental("updated_from", rpc.CURSOR, rpc.local_stamp, OVERLAP_SECONDS)
        if delta
        else None,
        owns=owns,
        method="POST",
        body=rpc.list_body(method),
    )


def _jobs(method: str) -> Stream:
    return _stream(
        "jobs",
        method,
        m.map_project,
        ("jobs", "job_application_stages", "job_hiring_team_members"),
        # A project's pipeline and team come with it: what a re-read no longer lists is gone.
        owns=(("job_application_stages", "job_id", "jobs"), ("job_hiring_team_members", "job_id", "jobs")),
    )


def _candidates(method: str) -> Stream:
    return _stream(
        "candidates",
        method,
        m.map_jobseeker,
        ("candidates", "candidate_tags"),
        owns=(("candidate_tags", "candidate_id", "candidates"),),
    )


# Users are few and deletions show only in a full read: read them in full every sync (VENDOR.md).
USERS = _stream("users", m.USERS, m.map_user, ("users",), delta=False)


def _codebook(name: str, method: str, mapper: Mapper, produces: tuple[str, ...]) -> Stream:
    """A codebook read in one call: a map id → label or a list of objects (``rpc.codebook``)."""
    return Stream(
        name=name,
        path=rpc.ENDPOINT,
        map=m.keyed(mapper, method),
        produces=produces,
        paginator=NoPaging(),
        records=rpc.codebook,
        method="POST",
        body=lambda params: rpc.envelope(method),
    )


STAGES = _codebook("stages", m.STEPS, m.map_step, ("application_stages",))
# RECRU's published "Get Rejection Reasons" codebook (S [MC-README]).
REJECTION_REASONS = _codebook(
    "rejection_reasons", m.REJECTION_REASONS, m.map_rejection_reason, ("rejection_reasons",)
)
JOBS = _jobs(m.PROJECTS)
CANDIDATES = _candidates(m.JOBSEEKERS)
APPLICATIONS = _stream("applications", m.APPLICATIONS, m.map_application, ("applications",))
# Tags carry no updated_at (VENDOR.md "Record shapes"): read in full, they are few.
TAGS = _stream("tags", m.TAGS, m.map_tag, ("tags",), delta=False)
#: The declared streams: the default route of each (the names our sandbox serves); ``discover`` binds
#: each to what the tenant offers.
DECLARED: tuple[Stream, ...] = (USERS, STAGES, TAGS, JOBS, CANDIDATES, APPLICATIONS, REJECTION_REASONS)


def _unavailable(stream: Stream, why: str) -> StaticStream:
    """A stream the tenant does not offer: it fails alone with ``why`` (a ``NotFound``: the connection
    doctor reads it as not_found) before any request, and writes nothing."""

    def build(ctx: MapContext) -> list[Rec]:
        raise NotFound(why)

    return StaticStream(stream.name, build, stream.produces, stream.owns)


async def _discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
    """Bind every stream to the method this tenant offers for it (``services``): listed in its service
    map or method page, else probed; published codebooks where they carry what is needed (user name
    pairs when there is no user list; the projects' own pipelines when there are no pipeline steps)."""
    smap = await services.discover(client, settings)
    streams: list[AnyStream] = []
    notes: dict[str, str] = {}

    async def bind(stream: Stream, key: str, make: Any) -> bool:
        method = await services.find(client, smap, key)
        if method is None:
            return False
        streams.append(make(method))
        notes[stream.name] = smap.note(method)
        return True

    def missing(stream: Stream, key: str) -> None:
        why = smap.missing(services.NEEDS[key]) + " The other data is synced."
        streams.append(_unavailable(stream, why))
        notes[stream.name] = f"not offered: {why}"

    if not await bind(USERS, "users", lambda mt: _stream("users", mt, m.map_user, ("users",), delta=False)):
        if await bind(USERS, "user_names", lambda mt: _codebook("users", mt, m.map_user, ("users",))):
            notes["users"] += "; no user list, so names only"
        else:
            missing(USERS, "users")
    if not await bind(
        STAGES, "steps", lambda mt: _codebook("stages", mt, m.map_step, ("application_stages",))
    ):
        projects = await services.find(client, smap, "projects")
        if projects is not None:
            streams.append(
                _stream("stages", projects, m.map_project_steps, ("application_stages",), delta=False)
            )
            notes["stages"] = f"{smap.note(projects)}; no pipeline-step list, so the steps projects use"
        else:
            missing(STAGES, "steps")
    for stream, key, make in (
        (TAGS, "tags", lambda mt: _stream("tags", mt, m.map_tag, ("tags",), delta=False)),
        (JOBS, "projects", _jobs),
        (CANDIDATES, "jobseekers", _candidates),
        (
            APPLICATIONS,
            "applications",
            lambda mt: _stream("applications", mt, m.map_application, ("applications",)),
        ),
        (
            REJECTION_REASONS,
            "rejection_reasons",
            lambda mt: _codebook("rejection_reasons", mt, m.map_rejection_reason, ("rejection_reasons",)),
        ),
    ):
        if not await bind(stream, key, make):
            missing(stream, key)
    return Routes(tuple(streams), notes, await _missing_writes(client, smap))


#: The methods each write calls (``actions``), looked up in the self-description only: never probed.
WRITE_NEEDS: dict[str, tuple[str, ...]] = {
    "create-candidate": ("jobseeker_save", "apply"),
    "create-application": ("jobseeker_save", "apply"),
    "add-tag-to-candidate": ("add_tag",),
}


async def _missing_writes(client: VendorClient, smap: services.ServiceMap) -> dict[str, str]:
    """The writes whose methods this tenant's self-description does not list (none when it lists nothing:
    then a write finds out on its first call, before anything is sent)."""
    if smap.methods is None:
        return {}
    missing: dict[str, str] = {}
    for action, keys in WRITE_NEEDS.items():
        for key in keys:
            if await services.find(client, smap, key) is None:
                missing[action] = smap.missing(services.NEEDS[key])
                break
    return missing


CONNECTOR = Connector(
    vendor="recru",
    display_name="RECRU",
    default_base_url=PLACEHOLDER_URL,
    settings=(
        SettingField(
            "base_url",
            "RECRU address",
            kind="url",
            help="Your RECRU web address, e.g. https://ihre-firma.recru.eu (the part before .recru.eu is "
            "your company's).",
        ),
        SettingField(
            "login", "API user's login", help="The login of the RECRU user made for this connection."
        ),
        SettingField(
            "password",
            "API user's password",
            secret=True,
            kind="password",
            help="That user's main password; it is kept in your system's keyring only.",
        ),
    ),
    make_auth=_auth,
    # No published limits (VENDOR.md "Errors", A): a modest pace, four calls in flight.
    limits=Limits(requests_per_second=8.0, concurrency=4),
    streams=DECLARED,
    check_path=rpc.ENDPOINT,
    check=_check,
    guide=Guide(
        connection=(
            "The app signs in to RECRU's API with a RECRU user made for this connection (its login and "
            "main password; RECRU has no API keys) and reads users, projects with their pipelines and "
            "teams, jobseekers with their tags, applications and tags. Later syncs read only what "
            "changed. It can create jobseekers and applications (with files, source and GDPR consent) "
            "and assign tags that already exist in RECRU."
        ),
        prerequisites=(
            "A RECRU account with API access; ask your RECRU contact whether the API is part of your plan.",
            "Your RECRU web address, e.g. https://ihre-firma.recru.eu.",
            "A RECRU Superadmin, to create the API user.",
            "For source writing: the source you want to set (e.g. 'Recruiter Companion') in RECRU's list "
            "of jobseeker sources.",
            "Tags you want to assign from this app must already exist in RECRU: its API cannot create tags.",
        ),
        create_credentials=(
            "Sign in to RECRU as a Superadmin and open the user management.",
            "Add a user just for this connection (e.g. 'API Recruiter Companion') with a mailbox your IT "
            "controls.",
            "Give it the Superadmin or Manager role: a Consultant sees only their own projects, so the "
            "sync would miss data.",
            "Set a strong password. The user's login and this password are the credentials; enter them "
            "here with your RECRU address.",
            "Do not use a personal account: if that person leaves or changes the password, the sync stops.",
        ),
    ),
    market="de",
    error_text=rpc.error_text,
    validate=_validate,
    actions=actions.declare(CANDIDATES, APPLICATIONS),
    decode=rpc.decode,
    discover=_discover,
)
