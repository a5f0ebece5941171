"""Carerix's GraphQL API as a second read route (VENDOR.md "GraphQL").

``POST https://api.carerix.io/graphql/v1/graphql`` with ``{query, variables}`` and an OAuth Bearer
token. List queries are ``cr<Entity>Page(qualifier:, pageable: {page, size})`` answering a page object
(``totalElements``, ``items`` …); the Cx5 field names are the XML API's, so each stream asks for the
same key-paths it names with ``show`` on the XML route, and the answer is turned into the shape
``xmlcodec`` gives, so one mapping serves both routes.

GraphQL reports failures as HTTP 200 with ``{"errors": [...]}``: ``decode`` turns those into the typed
errors the rest of the app knows (an undefined query or field → ``NotFound``; unauthenticated →
``AuthError``; forbidden or a missing scope → ``PermissionDenied``; anything else → ``VendorRejected``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from connectors.carerix.xmlcodec import is_to_many
from connectors.http import AuthError, ConnectorError, NotFound, PermissionDenied, VendorRejected
from connectors.http.paging import PageState

PATH = "/graphql/v1/graphql"
PAGE_SIZE = 100
#: Names of the paging input type: "Pageable" (S, an integration's notes), "SimplePageable" (V, the
#: type docs.carerix.io shows on nested lists). Tried in this order.
PAGEABLE_TYPES = ("Pageable", "SimplePageable")

#: The entity each relation we read points to (the vendor's describe/GraphQL types, V).
RELATIONS = {
    "toUserRole": "CRUserRole",
    "owner": "CRUser",
    "toUser": "CRUser",
    "toCompany": "CRCompany",
    "toEmployee": "CREmployee",
    "toVacancy": "CRVacancy",
    "statusInfo": "CRStatusInfo",
    "urls": "CRUrl",
    "attachments": "CRAttachment",
}
#: Each entity's numeric id property: the XML ``id`` attribute carries it (V); GraphQL's ``_id`` is
#: "the unique identifier" and may be another spelling of it (S), so we ask for the property itself.
ID_KEYS = {
    "CRUser": "userID",
    "CRUserRole": "userRoleID",
    "CRCompany": "companyID",
    "CRVacancy": "vacancyID",
    "CREmployee": "employeeID",
    "CRMatch": "matchID",
    "CRStatusInfo": "statusInfoID",
    "CRDataNode": "dataNodeID",
    "CRUrl": "urlID",
    "CRAttachment": "attachmentID",
}
#: Which stream's capability each query serves (for messages).
QUERY_STREAMS = {
    "crUserPage": "users",
    "crVacancyPage": "jobs",
    "crEmployeePage": "candidates",
    "crStatusInfoPage": "stages",
    "crMatchPage": "matches",
}


def _target(relation: str) -> str:
    if relation in RELATIONS:
        return RELATIONS[relation]
    return "CRDataNode"  # to…Node, toFunctionLevel1, toUrlLabel, toTypeNode: configurable-list entries


def _tree(show: tuple[str, ...]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for path in show:
        node = tree
        for part in path.split("."):
            node = node.setdefault(part, {})
    return tree


def _selection(entity: str, tree: Mapping[str, Any]) -> str:
    fields = ["_id", "_kind"]
    if entity in ID_KEYS:
        fields.append(ID_KEYS[entity])
    for key, sub in tree.items():
        if key in fields:
            continue
        if not sub:
            if key in RELATIONS or key.startswith("to"):  # a relation named bare: its reference
                inner = _selection(_target(key), {})
                fields.append(f"{key} {{ items {inner} }}" if is_to_many(key) else f"{key} {inner}")
            else:
                fields.append(key)
            continue
        inner = _selection(_target(key), sub)
        fields.append(f"{key} {{ items {inner} }}" if is_to_many(key) else f"{key} {inner}")
    return "{ " + " ".join(fields) + " }"


def page_query(entity: str, show: tuple[str, ...], pageable_type: str = PAGEABLE_TYPES[0]) -> str:
    """The list query for ``entity`` asking for the ``show`` key-paths (VENDOR.md "GraphQL")."""
    name = "cr" + entity[2:] + "Page"
    return (
        f"query {name}($qualifier: String, $pageable: {pageable_type}) {{ "
        f"{name}(qualifier: $qualifier, pageable: $pageable) {{ totalElements page size "
        f"items {_selection(entity, _tree(show))} }} }}"
    )


def request_body(query: str) -> Callable[[dict[str, Any]], Any]:
    """``Stream.body``: the query with the stream's qualifier (its filter or delta) and page."""

    def build(params: dict[str, Any]) -> Any:
        qualifier = params.get("qualifier")
        return {
            "query": query,
            "variables": {
                "qualifier": qualifier or None,
                "pageable": {"page": int(params.get("page", 0)), "size": int(params.get("size", PAGE_SIZE))},
            },
        }

    return build


@dataclass(frozen=True)
class PageablePaging:
    """0-based ``page``/``size``, read until the page that reaches ``totalElements``. The server's own
    ``size`` wins over ours (a lower maximum moves the pages, never drops items); without a total, only
    an empty page ends the list (a short page may just be a lower maximum)."""

    size: int = PAGE_SIZE

    def first(self) -> PageState:
        return {"page": 0, "size": self.size}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        if not items:
            return None
        page = int(state.get("page", 0))
        served = body.get("size") if isinstance(body, dict) else None
        size = served if isinstance(served, int) and served > 0 else int(state.get("size", self.size))
        total = body.get("count") if isinstance(body, dict) else None
        if isinstance(total, int) and (page + 1) * size >= total:
            return None
        return {**state, "page": page + 1}


# --- answers --------------------------------------------------------------------------------------


def _scalar(value: Any) -> Any:
    # The XML route reads every plain value as text; GraphQL's typed values are written the same way.
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.2f}"
    return value


def convert(value: Any) -> Any:
    """A GraphQL value in ``xmlcodec``'s shape: objects with ``_kind`` → ``{"_entity", "id", …}``, a
    to-many page → its list of items, scalars as text."""
    if isinstance(value, list):
        return [convert(v) for v in value]
    if not isinstance(value, dict):
        return _scalar(value)
    if "_kind" in value:
        kind = str(value["_kind"])
        key = ID_KEYS.get(kind)
        ident = value.get(key) if key else None
        out: dict[str, Any] = {"_entity": kind, "id": str(ident if ident is not None else value.get("_id"))}
        for name, item in value.items():
            if name not in ("_kind", "_id"):
                out[name] = convert(item)
        return out
    if "items" in value and isinstance(value["items"], list):
        return [convert(v) for v in value["items"]]
    return {
        name: (_scalar(v) if not isinstance(v, (dict, list)) else convert(v)) for name, v in value.items()
    }


_MISSING = ("undefined", "unknown type", "unknown field", "not found", "does not exist", "fieldundefined")
_SIGNED_OUT = ("unauthorized", "unauthenticated", "invalid token", "token is", "expired")
_FORBIDDEN = ("forbidden", "access denied", "permission", "not allowed", "scope")


def _error(errors: list[Any], query: str | None) -> ConnectorError:
    messages = [str(e.get("message") if isinstance(e, dict) else e)[:300] for e in errors[:3] if e] or [
        "(no message)"
    ]
    kinds = " ".join(
        str(
            (e.get("extensions") or {}).get("classification") or (e.get("extensions") or {}).get("code") or ""
        )
        for e in errors
        if isinstance(e, dict) and isinstance(e.get("extensions"), dict)
    )
    said = "; ".join(messages)
    text = f"{said} {kinds}".lower()
    what = QUERY_STREAMS.get(query or "", query or "this read")
    where = f"Carerix GraphQL ({query or 'query'}, for {what})"
    if any(word in text for word in _MISSING):
        return NotFound(
            f"{where} does not know what we asked for: {said}. Check that your Carerix client may read "
            "this data (its scopes under Identity Access → Clients) and that your Carerix offers it.",
            detail=said,
        )
    if any(word in text for word in _SIGNED_OUT):
        return AuthError(
            f"{where} refused the access token: {said}. Check the client id and secret (Identity Access → "
            "Clients), then edit the account.",
            detail=said,
        )
    if any(word in text for word in _FORBIDDEN):
        return PermissionDenied(
            f"{where} is not allowed for this client: {said}. Give the client the scope "
            "urn:cx/cx5Wrapper:data:manage under Identity Access → Clients.",
            detail=said,
        )
    return VendorRejected(f"{where} refused the request: {said}.", detail=said)


def query_name(data: Any) -> str | None:
    return next(iter(data), None) if isinstance(data, dict) and data else None


def decode(response: httpx.Response) -> Any:
    """A GraphQL answer as ``{"_entity": "array", "count": total, "size": …, "items": […]}``; errors in
    the body raise typed errors, even with HTTP 200; ``ValueError`` for a body that is not JSON."""
    body = json.loads(response.content) if response.content else None
    if not isinstance(body, dict):
        raise ValueError("a GraphQL answer must be a JSON object")
    data = body.get("data")
    errors = body.get("errors")
    if errors:
        raise _error(errors if isinstance(errors, list) else [errors], query_name(data) or _asked(response))
    name = query_name(data)
    if name is None or not isinstance(data, dict):
        raise ValueError("a GraphQL answer without data")
    page = data[name]
    if not isinstance(page, dict):
        raise ValueError(f"a GraphQL answer without the page of {name}")
    total = page.get("totalElements")
    size = page.get("size")
    return {
        "_entity": "array",
        "count": total if isinstance(total, int) else None,
        "size": size if isinstance(size, int) else None,
        "items": [convert(item) for item in page.get("items") or [] if isinstance(item, dict)],
    }


def _asked(response: httpx.Response) -> str | None:
    """The query name the request asked for (errors come with ``data: null``)."""
    try:
        sent = json.loads(response.request.content or b"{}")
        text = str(sent.get("query") or "")
    except (ValueError, RuntimeError, AttributeError):
        return None
    for name in QUERY_STREAMS:
        if name in text:
            return name
    return None


def error_text(response: httpx.Response) -> str | None:
    """The vendor's words from a JSON error body (a GraphQL ``errors`` list or an OAuth error)."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    errors = body.get("errors")
    if isinstance(errors, list):
        return "; ".join(str(e.get("message") if isinstance(e, dict) else e) for e in errors[:3]) or None
    for key in ("error_description", "error", "message"):
        if isinstance(body.get(key), str):
            return str(body[key])
    return None
