"""The route per Carerix account: which API (XML or GraphQL) it reads and how it signed in, the
status list read whole, "Test connection", and the guard that keeps writes on the XML API.

Carerix has two APIs over one data model (VENDOR.md "Two APIs"); the account's ``api`` setting picks
one, ``discover`` binds the streams (``streams.py``) to it and says in each stream's note which API and
which sign-in served it.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import httpx

from connectors.base import MapContext, Rec, Routes, Stream
from connectors.base.actions import ActionContext, ActionResult, ActionSpec
from connectors.base.declarations import AnyStream, StaticStream
from connectors.carerix import actions, signin, xmlcodec
from connectors.carerix import graphql as gql
from connectors.carerix import mapping as m
from connectors.carerix.streams import CANDIDATES, GRAPHQL_STREAMS, MATCHES, MAX_STAGE_PAGES, XML_STREAMS
from connectors.http import ConnectorError, PermissionDenied, VendorClient

#: Scopes (VENDOR.md "Identity service"): the XML API's (S), the Cx5 data the GraphQL CR… queries need (V).
XML_SCOPE = "urn:cx/xmlapi:data:manage"
GRAPHQL_SCOPE = "urn:cx/cx5Wrapper:data:manage"
APIS = ("xml", "graphql")


def api_of(settings: Mapping[str, Any]) -> str:
    """The account's route: ``api`` as set, else ``xml`` (VENDOR.md "Two APIs")."""
    return str(settings.get("api") or "xml").strip().lower() or "xml"


def uses_oauth(settings: Mapping[str, Any]) -> bool:
    """GraphQL always signs in with OAuth; the XML API does when a client id is given (else Basic)."""
    return api_of(settings) == "graphql" or bool(str(settings.get("client_id") or "").strip())


#: Which API each client was made for (``check`` and the write guard get only the client).
_CLIENT_APIS: weakref.WeakKeyDictionary[VendorClient, str] = weakref.WeakKeyDictionary()


def remember_api(client: VendorClient, settings: Mapping[str, Any]) -> None:
    """Note which API ``client`` was made for (the connector calls this for every client it makes)."""
    _CLIENT_APIS[client] = api_of(settings)


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



def xml_only(spec: ActionSpec) -> ActionSpec:
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

