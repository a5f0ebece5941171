"""Carerix, declared: settings, auth, limits, streams, guides and writes — on either of its APIs.

Carerix has two APIs over one data model (VENDOR.md): the classic XML REST API at api.carerix.com
(HTTP Basic with application name and API token, or OAuth client credentials) and the GraphQL API at
api.carerix.io (OAuth client credentials). The account's ``api`` setting picks the route (``xml``, the
default, or ``graphql``); ``discover`` binds the streams to it and says in each stream's note which API
and which sign-in served it. Both routes read the same key-paths and hand the mapping the same shapes.

Facts in VENDOR.md; the mapping rules in ``mapping.py``; the writes (XML API) in ``actions.py``; the
GraphQL specifics in ``graphql.py``. Every list pages until the vendor's total says it is complete,
whatever the vendor's largest page turns out to be.
"""

from __future__ import annotations

import base64
import binascii
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import httpx

from connectors.base import Connector, Guide, Incremental, MapContext, Rec, Routes, SettingField, Stream
from connectors.base.actions import ActionContext, ActionResult, ActionSpec
from connectors.base.connector import decoded_too_large, encoded_limit
from connectors.base.declarations import AnyStream, StaticStream
from connectors.carerix import actions, signin, xmlcodec
from connectors.carerix import graphql as gql
from connectors.carerix import mapping as m
from connectors.http import (
    Auth,
    BadResponse,
    BasicAuth,
    ConnectorError,
    Limits,
    OAuthClientCredentials,
    PermissionDenied,
    RetryPolicy,
    TooLarge,
    VendorClient,
)
from connectors.http.paging import PageState

BASE_URL = "https://api.carerix.com"
GRAPHQL_BASE_URL = "https://api.carerix.io"
#: Scopes (VENDOR.md "Identity service"): the XML API's (S), the Cx5 data the GraphQL CR… queries need (V).
XML_SCOPE = "urn:cx/xmlapi:data:manage"
GRAPHQL_SCOPE = "urn:cx/cx5Wrapper:data:manage"
APIS = ("xml", "graphql")
#: What we ask per page; the vendor may serve fewer (VENDOR.md "Reading": 100 is the largest, S).
PAGE_SIZE = 100
#: Deltas look back this far: second-precision dates and clock skew (VENDOR.md "Deltas", A).
OVERLAP_SECONDS = 300


@dataclass(frozen=True)
class StartCountPaging:
    """``start``/``count`` offset paging (VENDOR.md "Reading"). ``<array count>`` is the total; read on
    until ``start`` reaches it. Without a total, stop on an empty or short page."""

    size: int = PAGE_SIZE

    def first(self) -> PageState:
        return {"start": 0, "count": self.size}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        # ``start`` moves by what came, not by what we asked: a vendor maximum below our ``count`` only
        # means more pages. Without a total a short page proves nothing (it may be that maximum), so
        # only an empty page ends the list.
        start = int(state.get("start", 0)) + len(items)
        total = body.get("count") if isinstance(body, dict) else None
        if not items:
            return None
        if isinstance(total, int) and start >= total:
            return None
        return {**state, "start": start}


def calendar_date(ts: str) -> str:
    """Our ISO UTC mark as a qualifier date literal (VENDOR.md "Qualifiers", S)."""
    stamp = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return f"(NSCalendarDate)'{stamp.strftime('%Y-%m-%d %H:%M:%S')} Etc/GMT'"


def changed_since(base: str, *fields: str) -> Incremental:
    """The delta: the stream's own filter and any of ``fields`` newer than the mark."""

    def qualifier(ts: str) -> str:
        newer = " or ".join(f"{name} > {calendar_date(ts)}" for name in fields)
        return f"{base} and ({newer})" if base else newer

    return Incremental("qualifier", "__mark", qualifier, overlap_seconds=OVERLAP_SECONDS)


def api_of(settings: Mapping[str, Any]) -> str:
    """The account's route: ``api`` as set, else ``xml`` (VENDOR.md "Two APIs")."""
    return str(settings.get("api") or "xml").strip().lower() or "xml"


def uses_oauth(settings: Mapping[str, Any]) -> bool:
    """GraphQL always signs in with OAuth; the XML API does when a client id is given (else Basic)."""
    return api_of(settings) == "graphql" or bool(str(settings.get("client_id") or "").strip())


def _auth(settings: Mapping[str, str]) -> Auth:
    if uses_oauth(settings):
        # OAuth client credentials from the identity service (VENDOR.md "Identity service"): the XML API's own
        # scope (S), or the Cx5 data scope the GraphQL CR… queries name (V).
        scope = GRAPHQL_SCOPE if api_of(settings) == "graphql" else XML_SCOPE
        client_id, secret = str(settings["client_id"]).strip(), str(settings["client_secret"]).strip()
        given = str(settings.get("token_url") or "").strip()
        urls = (given,) if given else signin.candidates(str(settings.get("application_name") or "").strip())
        options = tuple(OAuthClientCredentials(url, client_id, secret, scope=scope) for url in urls)
        return options[0] if len(options) == 1 else signin.FirstTokenUrl(options)
    # HTTP Basic: application name + API token (VENDOR.md "Hosts and auth", V).
    return BasicAuth(str(settings["application_name"]).strip(), str(settings["api_token"]).strip())


def _filled(settings: Mapping[str, str], name: str) -> bool:
    return bool(str(settings.get(name) or "").strip())


def _validate(settings: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    name = str(settings.get("application_name") or "").strip()
    if name and ("://" in name or "/" in name or " " in name):
        problems.append(
            "'application_name' is only the name of your Carerix application (the first part of your "
            f"Carerix address, e.g. 'mybureau' for mybureau.carerix.net), not a web address (got {name!r})."
        )
    api = api_of(settings)
    if api not in APIS:
        return [*problems, f"'api' is 'xml' (the REST API) or 'graphql' (got {api!r})."]
    if uses_oauth(settings):
        missing = [f for f in ("client_id", "client_secret") if not _filled(settings, f)]
        if missing:
            problems.append(
                f"The {'GraphQL' if api == 'graphql' else 'XML'} API signs in with OAuth client credentials: "
                f"enter {' and '.join(repr(f) for f in missing)} (Carerix → Identity Access → Clients)."
            )
        if not _filled(settings, "token_url") and not name:
            problems.append(
                "Enter 'application_name' (it names your sign-in realm) or the full 'token_url' of your "
                "Carerix sign-in service."
            )
    else:
        missing = [f for f in ("application_name", "api_token") if not _filled(settings, f)]
        if missing:
            problems.append(
                f"The XML API needs {' and '.join(repr(f) for f in missing)} (HTTP Basic), or a 'client_id' "
                "and 'client_secret' for OAuth."
            )
    return problems


PAGES = StartCountPaging()

USER_SHOW = (
    "userID",
    "firstName",
    "lastNamePrefix",
    "lastName",
    "emailAddress",
    "userName",
    "isActive",
    "isLoginBlocked",
    "deleted",
    "creationDate",
    "modificationDate",
    "toUserRole.name",
)
JOB_SHOW = (
    "vacancyID",
    "vacancyNo",
    "jobTitle",
    "introInformation",
    "vacancyInformation",
    "requirements",
    "offerInformation",
    "companyInformation",
    "isConfidential",
    "isHidden",
    "isTemplate",
    "deleted",
    "hoursPerWeek",
    "minSalary",
    "maxSalary",
    "isSalaryPublic",
    "workCity",
    "workPostalCode",
    "workStreet",
    "workNumber",
    "workNumberSuffix",
    "workLocation",
    "activePublicationsCount",
    "creationDate",
    "modificationDate",
    "toStatusNode.value",
    "toContractTypeNode.value",
    "toCategoryNode.value",
    "toExperienceLevelNode.value",
    "toWorkplaceTypeNode.value",
    "toSalaryCurrencyNode.value",
    "toSalaryCurrencyNode.exportCode",
    "toSalaryPeriodNode.value",
    "toWorkCountryNode.value",
    "toWorkCountryNode.exportCode",
    "toFunctionLevel1.value",
    "owner.userID",
    "toCompany.name",
)
CANDIDATE_SHOW = (
    "employeeID",
    "firstName",
    "lastNamePrefix",
    "lastName",
    "emailAddress",
    "emailAddressBusiness",
    "phoneNumber",
    "mobileNumber",
    "phoneNumberBusiness",
    "mobileNumberBusiness",
    "city",
    "homeStreet",
    "homeNumber",
    "homeNumberSuffix",
    "homePostalCode",
    "isConfidential",
    "sourceInfo",
    "availableDate",
    "minSalary",
    "deleted",
    "creationDate",
    "modificationDate",
    "toCountryNode.value",
    "toCountryNode.exportCode",
    "toSourceNode.value",
    "toUser.jobTitle",
    "toUser.url",
    "toUser.urls.url",
    "toUser.urls.toUrlLabel.value",
    "attachments.label",
    "attachments.filePath",
    "attachments.toTypeNode.value",
)
STAGE_SHOW = (
    "statusInfoID",
    "statusName",
    "displayName",
    "statusValue",
    "sortOrder",
    "isFinal",
    "isSuccessfullyFilled",
    "isDefault",
    "notActive",
    "creationDate",
    "modificationDate",
)
MATCH_SHOW = (
    "matchID",
    "isConfidential",
    "notes",
    "sourceInfo",
    "creationDate",
    "modificationDate",
    "statusInfoModificationDate",
    "toEmployee.employeeID",
    "toVacancy.vacancyID",
    "statusInfo.displayName",
    "statusInfo.isFinal",
    "statusInfo.isSuccessfullyFilled",
    "toSourceNode.value",
    "additionalInfo",
    "attachments.label",
    "attachments.filePath",
    "attachments.toTypeNode.value",
)

# Filters every list read uses (VENDOR.md "Deltas and deletes", A: deleted rows stay out). CRMatch has
# no ``deleted`` attribute (V: the vendor's generated model), so matches are filtered on nothing but
# the delta; a match whose candidate or vacancy is deleted still is a match.
USER_FILTER = "toUserRole != nil and deleted = 0"
JOB_FILTER = "deleted = 0 and isTemplate = 0"
LIVE = "deleted = 0"


def _list(
    name: str, path: str, mapper: Any, produces: str, show: tuple[str, ...], base: str, *delta: str
) -> Stream:
    params: dict[str, Any] = {"show": list(show)}
    if base:
        params["qualifier"] = base
    return Stream(
        name=name,
        path=path,
        map=mapper,
        produces=(produces,),
        paginator=PAGES,
        records=m.items_with_mark(*delta),
        params=params,
        incremental=changed_since(base, *delta) if delta else None,
    )


USERS = _list("users", "/CRUser", m.map_user, "users", USER_SHOW, USER_FILTER, "modificationDate")
JOBS = _list("jobs", "/CRVacancy", m.map_job, "jobs", JOB_SHOW, JOB_FILTER, "modificationDate")
CANDIDATES = replace(
    _list(
        "candidates", "/CREmployee", m.map_candidate, "candidates", CANDIDATE_SHOW, LIVE, "modificationDate"
    ),
    # A candidate's files come with it (``attachments.*`` in its show list, VENDOR.md "Attachments"); an
    # application's files come with the match stream: each stream sweeps only its own (``scope``).
    produces=("candidates", "attachments"),
    owns=(("attachments", "candidate_id", "candidates"),),
    scope=(("attachments", "application_id", False),),
)
# Match statuses: a short list, read whole every time (no delta: what is gone is noticed). Paged like
# every list (the vendor's largest page is not published); ``discover`` reads all pages first, so the
# statuses are ranked as one list (``global_index``).
STAGES = replace(
    _list("stages", "/CRStatusInfo", m.map_stage, "application_stages", STAGE_SHOW, ""),
    records=m.rank_stages,
)
MATCHES = replace(
    _list(
        "matches",
        "/CRMatch",
        m.map_application,
        "applications",
        MATCH_SHOW,
        "",
        "modificationDate",
        "statusInfoModificationDate",
    ),
    # A match's own files (``CRMatch.attachments``, VENDOR.md "Attachments"): the unified attachments
    # with an ``application_id``, swept by this stream alone.
    produces=("applications", "attachments"),
    owns=(("attachments", "application_id", "applications"),),
    scope=(("attachments", "application_id", True),),
)
XML_STREAMS: tuple[Stream, ...] = (USERS, JOBS, CANDIDATES, STAGES, MATCHES)


def _on_graphql(stream: Stream, pageable_type: str) -> Stream:
    """The same stream over GraphQL: the same key-paths, filter and delta, as a ``cr…Page`` query."""
    entity = stream.path.strip("/")
    show = tuple(stream.params.get("show") or ())
    params = {k: v for k, v in stream.params.items() if k != "show"}
    return replace(
        stream,
        path=gql.PATH,
        method="POST",
        body=gql.request_body(gql.page_query(entity, show, pageable_type)),
        paginator=gql.PageablePaging(),
        params=params,
    )


#: The GraphQL streams per name of the paging input type: ``Pageable`` (S) first, then ``SimplePageable``
#: (the name docs.carerix.io shows on nested lists, V); ``discover`` keeps the one the tenant knows.
GRAPHQL_STREAMS: dict[str, tuple[Stream, ...]] = {
    kind: tuple(_on_graphql(s, kind) for s in XML_STREAMS) for kind in gql.PAGEABLE_TYPES
}
#: The most pages the status list may take (100 000 statuses): a vendor that never ends is an error.
MAX_STAGE_PAGES = 1000


# --- the route per account ---------------------------------------------------------------------------

#: Which API each client was made for (``check`` gets only the client).
_CLIENT_APIS: weakref.WeakKeyDictionary[VendorClient, str] = weakref.WeakKeyDictionary()


def decode(response: httpx.Response) -> Any:
    """XML from the REST API, JSON from GraphQL (whose 200 answers may carry errors)."""
    if "json" in (response.headers.get("content-type") or ""):
        return gql.decode(response)
    return xmlcodec.decode(response)


def error_text(response: httpx.Response) -> str | None:
    if "json" in (response.headers.get("content-type") or ""):
        return gql.error_text(response)
    return xmlcodec.error_text(response)


def sign_in(client: VendorClient, settings: Mapping[str, str]) -> str:
    """How this account signed in, for the route notes (after the first request)."""
    if not uses_oauth(settings):
        return "HTTP Basic (application name + API token)"
    scope = GRAPHQL_SCOPE if api_of(settings) == "graphql" else XML_SCOPE
    auth = client.auth
    where = auth.token_url if isinstance(auth, signin.FirstTokenUrl) else None
    return f"OAuth client credentials (scope {scope}" + (f", token from {where})" if where else ")")


async def read_stages(client: VendorClient, stream: Stream) -> tuple[list[dict[str, Any]], int]:
    """Every match status, page after page until the vendor's total is reached; ranked as one list."""
    found: dict[str, dict[str, Any]] = {}
    pages = 0
    async for items, _next in client.pages(
        stream.path,
        paginator=stream.paginator,
        params=dict(stream.params),
        records=lambda body: [i for i in (body or {}).get("items", []) if isinstance(i, dict)],
        method=stream.method,
        body=stream.body,
    ):
        pages += 1
        for item in items:
            found[str(item.get("id"))] = item  # offsets may shift while reading: one entry per status
        if pages >= MAX_STAGE_PAGES:
            raise ConnectorError(
                f"Carerix kept sending match statuses after {pages} pages; the list never ended. "
                "Try again later, or tell us: the statuses' paging differs from what we know."
            )
    return m.rank_stages({"items": list(found.values())}), pages


def _static_stages(ranked: list[dict[str, Any]]) -> StaticStream:
    def build(ctx: MapContext) -> list[Rec]:
        return [rec for item in ranked for rec in m.map_stage(item, ctx)]

    return StaticStream("stages", build, ("application_stages",))


def _failed_stages(exc: ConnectorError) -> StaticStream:
    def build(ctx: MapContext) -> list[Rec]:
        raise exc

    return StaticStream("stages", build, ("application_stages",))


async def _bind_stages(client: VendorClient, stream: Stream) -> tuple[AnyStream, str, ConnectorError | None]:
    try:
        ranked, pages = await read_stages(client, stream)
    except ConnectorError as exc:
        return _failed_stages(exc), "", exc
    return _static_stages(ranked), f"; {len(ranked)} statuses read whole in {pages} page(s)", None


async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
    """The account's route (``api``: XML or GraphQL) and its sign-in, said per stream; the status list
    is read whole here (all its pages), so its order is one ranking. A failing status read fails that
    stream alone. On GraphQL the status read also finds the paging input type's name (two are known):
    a tenant that calls the first an unknown type is asked with the next."""
    api = api_of(settings)
    extra = ""
    if api == "graphql":
        for kind in gql.PAGEABLE_TYPES:
            streams = GRAPHQL_STREAMS[kind]
            stages, counted, error = await _bind_stages(client, streams[3])
            if error is None or kind.lower() not in str(error).lower():
                break
        extra = f"; paging input {kind}"
    else:
        streams = XML_STREAMS
        stages, counted, _error = await _bind_stages(client, streams[3])
    how = sign_in(client, settings)
    notes: dict[str, str] = {}
    bound: list[AnyStream] = []
    for stream in streams:
        entity = _ENTITIES[stream.name]
        if api == "graphql":
            notes[stream.name] = f"GraphQL API {gql.PATH} cr{entity[2:]}Page, {how}{extra}"
        else:
            notes[stream.name] = f"XML API GET /{entity}, {how}"
        if stream.name == "stages":
            notes[stream.name] += counted
            bound.append(stages)
        else:
            bound.append(stream)
    writes = (
        {
            action: "the app writes through Carerix's XML API; add the account with api 'xml' to write"
            for action in actions.declare(CANDIDATES, MATCHES)
        }
        if api == "graphql"
        else {}
    )
    return Routes(tuple(bound), notes, unsupported_actions=writes)


_ENTITIES = {s.name: s.path.strip("/") for s in XML_STREAMS}


async def check(client: VendorClient) -> None:
    """One cheap read on the account's own API: the first match status (on GraphQL with either known
    name of the paging input type, see ``discover``)."""
    if _CLIENT_APIS.get(client) != "graphql":
        await client.get_json("/CRStatusInfo", params={"count": 1, "show": "statusInfoID"})
        return
    for kind in gql.PAGEABLE_TYPES:
        stream = GRAPHQL_STREAMS[kind][3]
        body = stream.body({"page": 0, "size": 1}) if stream.body else None
        try:
            await client.read("POST", gql.PATH, json_body=body)
            return
        except ConnectorError as exc:
            if kind == gql.PAGEABLE_TYPES[-1] or kind.lower() not in str(exc).lower():
                raise


def _xml_only(spec: ActionSpec) -> ActionSpec:
    """Writes use the XML API (``actions.py``); an account bound to GraphQL says so instead of sending
    XML paths to the GraphQL host."""
    send, reconcile = spec.send, spec.reconcile

    def refuse() -> PermissionDenied:
        return PermissionDenied(
            f"Carerix {spec.action}: the app writes through Carerix's XML API, and this account reads over "
            "GraphQL. To write, add the account again with api 'xml' (Basic: application name and API "
            "token; or OAuth: the client with the scope urn:cx/xmlapi:data:manage)."
        )

    async def guarded_send(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        if _CLIENT_APIS.get(client) == "graphql":
            raise refuse()
        return await send(client, data, ctx)

    async def guarded_reconcile(
        client: VendorClient, data: Mapping[str, Any], ctx: ActionContext
    ) -> ActionResult | None:
        if _CLIENT_APIS.get(client) == "graphql":
            raise refuse()
        assert reconcile is not None
        return await reconcile(client, data, ctx)

    return replace(spec, send=guarded_send, reconcile=guarded_reconcile if reconcile else None)


@dataclass(frozen=True)
class CarerixConnector(Connector):
    """A connector whose default address follows the account's API (api.carerix.com for XML,
    api.carerix.io for GraphQL)."""

    def client(
        self,
        values: Mapping[str, str],
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        share: float = 1.0,
        limits: Limits | None = None,
    ) -> VendorClient:
        merged = dict(values)
        if not str(merged.get("base_url") or "").strip():
            merged["base_url"] = GRAPHQL_BASE_URL if api_of(values) == "graphql" else BASE_URL
        client = super().client(merged, transport=transport, retry=retry, share=share, limits=limits)
        _CLIENT_APIS[client] = api_of(values)
        return client


async def download(client: VendorClient, attachment: Mapping[str, Any], max_bytes: int | None) -> bytes:
    """``GET /CRAttachment/<id>?show=content``: the file base64 in ``toAttachmentData/CRAttachmentData/
    content`` (VENDOR.md "Attachments and CVs", S/V); the answer is bounded by the base64 size of
    ``max_bytes`` (the caller checks the decoded size)."""
    path = f"/CRAttachment/{attachment['remote_id']}"
    try:
        body = await client.get_json(path, params={"show": "content"}, max_bytes=encoded_limit(max_bytes))
    except TooLarge as exc:
        raise decoded_too_large(exc, max_bytes) from None
    data = body.get("toAttachmentData") if isinstance(body, dict) else None
    content = data.get("content") if isinstance(data, dict) else None
    if not isinstance(content, str) or not content.strip():
        raise BadResponse("Carerix sent the attachment without its content. Try again later.")
    try:
        return base64.b64decode("".join(content.split()), validate=True)
    except (binascii.Error, ValueError):
        raise BadResponse("Carerix sent an attachment whose content is not base64.") from None


CONNECTOR = CarerixConnector(
    vendor="carerix",
    display_name="Carerix",
    default_base_url=BASE_URL,
    market="nl",
    settings=(
        SettingField(
            "base_url",
            "API address",
            kind="url",
            required=False,
            help="Leave empty: api.carerix.com for the XML API, api.carerix.io for GraphQL.",
        ),
        SettingField(
            "api",
            "Carerix API",
            default="xml",
            required=False,
            help="'xml' for the REST (XML) API, 'graphql' for the GraphQL API (Carerix's current one).",
        ),
        SettingField(
            "application_name",
            "Application name",
            required=False,
            help="The first part of your Carerix address: 'mybureau' for mybureau.carerix.net. The XML "
            "API's user name; it also names your sign-in realm for OAuth.",
        ),
        SettingField(
            "api_token",
            "API token (XML API)",
            secret=True,
            kind="password",
            required=False,
            help="The token Carerix support sent you for the REST (XML) API; leave empty with OAuth.",
        ),
        SettingField(
            "client_id",
            "Client ID (OAuth)",
            required=False,
            help="From Carerix → Identity Access → Clients: needed for GraphQL, optional for the XML API.",
        ),
        SettingField(
            "client_secret",
            "Client secret (OAuth)",
            secret=True,
            kind="password",
            required=False,
            help="The secret shown once when the client was created in Identity Access → Clients.",
        ),
        SettingField(
            "token_url",
            "Token address (OAuth)",
            kind="url",
            required=False,
            help="Leave empty: https://id.carerix.io/auth/realms/<application name>/protocol/openid-connect/"
            "token.",
        ),
    ),
    make_auth=_auth,
    # Nothing public on limits (VENDOR.md "Limits", A): modest and steady.
    limits=Limits(requests_per_second=8.0, concurrency=4),
    streams=XML_STREAMS,
    check_path="/CRStatusInfo?count=1&show=statusInfoID",
    check=check,
    discover=discover,
    download=download,
    actions={name: _xml_only(spec) for name, spec in actions.declare(CANDIDATES, MATCHES).items()},
    error_text=error_text,
    validate=_validate,
    decode=decode,
    accept="application/xml, application/json",
    guide=Guide(
        connection=(
            "Carerix has two APIs over the same data, and the app reads through either. The 'api' setting "
            "chooses: 'xml' (the default) is the REST API at api.carerix.com, signing in with your Carerix "
            "application name and an API token that Carerix support issues, or with an OAuth client; "
            "'graphql' is Carerix's current GraphQL API at api.carerix.io, signing in with an OAuth client "
            "your Carerix admin creates under Identity Access → Clients. Either way the app reads users, "
            "vacancies, candidates, match statuses and matches (a candidate on a vacancy) and shows the same "
            "records; each sync says which API and sign-in served every list. Writing — creating candidates "
            "and matches, adding files, moving a match to another status, adding notes and result links — "
            "goes through the XML API, so an account meant for writing uses 'xml'. Candidates it creates get "
            "the source you choose from your Carerix source list; with 'only applications created here' "
            "switched on, the app keeps just the matches it created. In Carerix, notes and result links the "
            "app writes appear on the match (its notes and its additional information); files on the match "
            "or, where the match cannot take them, on the candidate."
        ),
        prerequisites=(
            "A Carerix subscription with API access; Carerix asks you to accept its API terms of use.",
            "Your application name: the first part of the address you use for Carerix "
            "(mybureau.carerix.net → mybureau). It is the XML API's user name and names your sign-in realm.",
            "For the XML API with a token: someone who may ask Carerix support for an API token. For OAuth "
            "(GraphQL, or the XML API): a Carerix admin who may open Identity Access → Clients.",
            "If your Carerix restricts the XML interface to certain IP addresses: this computer's public "
            "IP address on that list.",
            "Your candidate source list ('Bron-Kandidaat') filled with the sources you want the app to set; "
            "the app picks existing entries and writes any other name as free text.",
            "Optional, for result links: an admin adds match extra fields (the table 'Attribute Match') "
            "labelled with your prefix and the link's label, e.g. 'Recruiter Companion: Result'.",
        ),
        create_credentials=(
            "XML API with a token: e-mail Carerix support and ask them to activate the REST API for your "
            "Carerix application and to issue an API token. Say it is for an integration that reads "
            "vacancies, candidates and matches and writes candidates, matches, files and notes. Enter the "
            "application name and the token; leave 'api' at 'xml'.",
            "OAuth client (GraphQL, or the XML API without a token): in Carerix open Identity Access, tab "
            "Clients, and create a confidential client with a service account (client credentials). Give it "
            "the default scope urn:cx/cx5Wrapper:data:manage for GraphQL, or urn:cx/xmlapi:data:manage for "
            "the XML API. Copy the client ID and the secret: the secret is shown once.",
            "Enter the client ID and secret and your application name; set 'api' to 'graphql' for the "
            "GraphQL API. Leave the token address empty unless Carerix gave you another: the app tries "
            "Carerix's sign-in hosts and reports which one answered.",
            "Keep tokens and secrets private: they open your whole Carerix database.",
            "If your organisation uses the IP allow-list for the XML API: in Carerix open Maintenance → "
            "Settings, the block 'XML interface', field 'Allow IP', add this computer's public IP address "
            "and save. An empty field allows every address: then leave it empty.",
        ),
    ),
)
