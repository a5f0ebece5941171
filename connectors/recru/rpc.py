"""RECRU's JSON-RPC on the shared HTTP layer: envelopes, answers read into typed errors, paging, dates.

Everything RECRU answers comes from one endpoint with HTTP 200 (VENDOR.md "Transport", "Errors"), so the
HTTP status says little: this module reads the JSON-RPC ``error`` member and the ``result.status``
(``OK``/``FAILED``) and raises the typed errors of ``connectors.http.errors`` with text a recruiter can
act on. A "signed out" answer becomes ``AuthError``, on which the shared client signs in again once.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx

from connectors.http import VendorClient, errors
from connectors.http.client import decode_json
from connectors.http.paging import PageState
from connectors.unified.timefmt import iso
from connectors.unified.zones import vendor_zone

#: The one endpoint, under the tenant's address (VENDOR.md "Transport", S).
ENDPOINT = "/api/json-rpc"
VENDOR = "RECRU"
#: Page size asked for: the documented maximum is unknown, 100 is assumed (VENDOR.md "Paging", A).
PAGE_SIZE = 100

_ids = itertools.count(1)

#: JSON-RPC codes and words that mean "the session is gone" (VENDOR.md "Errors", A).
AUTH_CODES = frozenset({-32001, 401})
#: Codes some servers give a refusal for lack of rights (A).
DENIED_CODES = frozenset({-32003, 403})
_AUTH_WORDS = re.compile(
    r"unauthori[sz]ed|token|authenti|not logged|nicht angemeldet|anmeldung|sign(?:ed)? ?in|session",
    re.IGNORECASE,
)
_NOT_FOUND = re.compile(r"nicht gefunden|not found|existiert nicht", re.IGNORECASE)
#: Words of a refusal for lack of rights: the user is signed in but its role may not (VENDOR.md "Errors", A).
_DENIED = re.compile(
    r"zugriff verweigert|keine berechtigung|nicht berechtigt|nicht erlaubt|permission|forbidden|"
    r"access denied|not allowed|insufficient (rights|privileges)|prístup zamietnutý|nemáte oprávnenie",
    re.IGNORECASE,
)
#: JSON-RPC "Method not found" (the JSON-RPC standard; Laminas answers it so, V for Laminas).
METHOD_NOT_FOUND = -32601


class MethodNotFound(errors.NotFound):
    """The tenant does not offer the method called (-32601): a ``NotFound``, so the connection doctor
    reads it as ``not_found``; ``method`` names it."""

    def __init__(self, message: str, *, method: str, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.method = method


# The tenant's time zone (Europe/Bratislava = Europe/Berlin offsets, VENDOR.md "Transport", A).
TZ = vendor_zone("Europe/Berlin")


# --- requests ---------------------------------------------------------------------------------------


def envelope(method: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A JSON-RPC 2.0 call (VENDOR.md "Transport": 2.0 and named params, A)."""
    return {"jsonrpc": "2.0", "id": next(_ids), "method": method, "params": dict(params or {})}


def request_params(**fields: Any) -> dict[str, Any]:
    """Rich calls take one object named ``request`` (VENDOR.md "Transport", S [ITC])."""
    return {"request": {k: v for k, v in fields.items() if v is not None}}


def list_body(method: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The body of a list call from the stream's merged parameters: the page state goes to
    ``request.page``/``request.limit``, everything else (``updated_from``) into ``request.filter``
    (VENDOR.md "Paging and deltas", A)."""

    def body(params: dict[str, Any]) -> dict[str, Any]:
        request: dict[str, Any] = {
            "page": int(params.get("page") or 1),
            "limit": int(params.get("limit") or PAGE_SIZE),
        }
        filters = {k: v for k, v in params.items() if k not in ("page", "limit") and v is not None}
        if filters:
            request["filter"] = filters
        return envelope(method, {"request": request})

    return body


async def call(client: VendorClient, method: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A read call; returns the whole ``result`` (its ``data`` is the payload). Safe to resend, and resent
    on a lost answer."""
    result = await client.read("POST", ENDPOINT, json_body=envelope(method, params))
    return result if isinstance(result, dict) else {}


async def write(client: VendorClient, method: str, params: Mapping[str, Any]) -> Any:
    """A call that changes data; returns ``result.data``. Never resent blindly: a lost answer is the
    outbox's ``OutcomeUnknown`` (reconciled), but a "signed out" answer did nothing, so after a
    fresh sign-in it is sent once more."""
    body = envelope(method, params)
    for attempt in (1, 2):
        response = await client.request("POST", ENDPOINT, json_body=body, idempotent=False)
        try:
            result = decode(response)
        except errors.AuthError:
            if attempt == 2 or not client.auth.invalidate():
                raise
            continue
        except ValueError:
            # Sent, answered, but unreadable: it may have been applied, so reconcile before any resend.
            raise errors.OutcomeUnknown(
                f"{VENDOR} sent an unreadable answer to {method}; it may have been applied."
            ) from None
        return result.get("data") if isinstance(result, dict) else None
    raise AssertionError("unreachable")


# --- answers ----------------------------------------------------------------------------------------


def _method_of(response: httpx.Response) -> str:
    try:
        sent = json.loads(response.request.content or b"{}")
        return str(sent.get("method") or "the call") if isinstance(sent, dict) else "the call"
    except (ValueError, RuntimeError):
        return "the call"


def signed_out(code: Any, message: str) -> bool:
    """Whether an error says the session is gone (VENDOR.md "Errors": -32000 with such words, A)."""
    return code in AUTH_CODES or bool(_AUTH_WORDS.search(message or ""))


def auth_error(said: str) -> errors.AuthError:
    return errors.AuthError(
        f"{VENDOR} refused the credentials ({said}). Check the API user's login and main password, and "
        "that the user still exists in RECRU, then edit the account.",
        detail=said,
    )


def error_for(error: Any, method: str) -> errors.ConnectorError:
    """A JSON-RPC ``error`` member as a typed error (VENDOR.md "Errors")."""
    code = error.get("code") if isinstance(error, dict) else None
    message = str(error.get("message") or "") if isinstance(error, dict) else str(error)
    said = f"{message} (code {code})" if code is not None else message
    if code in DENIED_CODES or _DENIED.search(message):
        return denied(said, method)
    if signed_out(code, message):
        return auth_error(said)
    if code == METHOD_NOT_FOUND:
        return MethodNotFound(
            f"{VENDOR} does not offer {method} ({said}). This RECRU installation lists its methods at "
            "/api/index/documentation; ask RECRU support whether its API includes it for this user.",
            method=method,
            detail=said,
        )
    if code == -32029:
        return errors.RateLimited(
            f"{VENDOR} asks us to slow down ({said}). Try again in a minute.", detail=said
        )
    if code == -32603 or (isinstance(code, int) and -32099 <= code < -32000):
        return errors.ServerError(
            f"{VENDOR} failed while handling {method} ({said}). Try again later.", detail=said
        )
    return errors.VendorRejected(f"{VENDOR} refused {method}: {said}", detail=said)


def denied(said: str, method: str) -> errors.PermissionDenied:
    return errors.PermissionDenied(
        f"{VENDOR} says the API user may not use {method} ({said}). Give that RECRU user a role that "
        "allows it (Superadmin or Manager), or ask your RECRU admin.",
        detail=said,
    )


def failed(message: str, method: str) -> errors.ConnectorError:
    """A ``result.status = "FAILED"`` answer as a typed error (VENDOR.md "Errors", S/A)."""
    if _DENIED.search(message):
        return denied(message, method)
    if signed_out(None, message):
        return auth_error(message)
    if _NOT_FOUND.search(message):
        return errors.NotFound(f"{VENDOR} answered {method}: {message}", detail=message)
    return errors.VendorRejected(f"{VENDOR} refused {method}: {message}", detail=message)


def decode(response: httpx.Response) -> Any:
    """The connector's body reader: the ``result`` of a successful call, or a typed error.
    ``ValueError`` (not JSON, no ``result``) makes the shared client retry the read."""
    body = decode_json(response)
    if not isinstance(body, dict):
        raise ValueError("not a JSON-RPC answer")
    method = _method_of(response)
    if body.get("error") is not None:
        raise error_for(body["error"], method)
    result = body.get("result")
    if not isinstance(result, dict):
        raise ValueError("a JSON-RPC answer without a result")
    if str(result.get("status") or "OK").upper() == "FAILED":
        raise failed(str(result.get("message") or "no reason given"), method)
    return result


def error_text(response: httpx.Response) -> str | None:
    """RECRU's words from a non-2xx answer (429, 5xx, a proxy's 401): the JSON-RPC error message."""
    try:
        body = response.json()
    except ValueError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return None


def login_token(body: Any) -> tuple[str, float | None]:
    """The token of an ``AuthService.login`` answer (VENDOR.md "Authentication", S); a refused login
    (FAILED, or an error) is an ``AuthError`` that names what RECRU said, never the password."""
    if not isinstance(body, dict):
        raise ValueError("not a JSON-RPC answer")
    if body.get("error") is not None:
        raise error_for(body["error"], "AuthService.login")
    result = body["result"]
    if str(result.get("status") or "OK").upper() == "FAILED" or not result.get("token"):
        raise errors.AuthError(
            f"{VENDOR} refused the credentials ({result.get('message') or 'no token'}): check the API "
            "user's login and main password in RECRU, then edit the account.",
            detail=str(result.get("message") or ""),
        )
    return str(result["token"]), None  # no lifetime is documented (A): the shared default applies


# --- lists and paging -------------------------------------------------------------------------------

#: Added to each list item: its ``updated_at`` as UTC ISO, the delta cursor (see ``items``).
CURSOR = "_updated_utc"


def items(result: Any) -> list[Any]:
    """The items of a list answer ``data{items, total, page, limit}`` (VENDOR.md "Paging", A), each
    with its ``updated_at`` in UTC under ``CURSOR``: RECRU's local times would mislead the cache's
    high-water mark by an hour or two."""
    data = result.get("data") if isinstance(result, dict) else None
    found = data.get("items") if isinstance(data, dict) else data
    if not isinstance(found, list):
        raise ValueError("a list answer without items")
    for item in found:
        if isinstance(item, dict):
            item[CURSOR] = utc(item.get("updated_at"))
    return found


def codebook(result: Any) -> list[dict[str, Any]]:
    """A codebook answer as ``[{id, name, …}]``: RECRU's "Pairs" answer a map id → label, richer ones a
    list of objects (VENDOR.md "Methods", S/A)."""
    data = result.get("data") if isinstance(result, dict) else result
    if isinstance(data, dict):
        return [{"id": key, "name": value} for key, value in data.items()]
    if isinstance(data, list):
        return [dict(item) for item in data if isinstance(item, dict)]
    raise ValueError("a codebook answer that is neither a map nor a list")


@dataclass(frozen=True)
class RpcPaging:
    """``request.page``/``request.limit``; stops on an empty page or when ``page × limit ≥ total``, with
    the ``limit`` the answer echoes, so a server clamping our size never ends a read early."""

    size: int = PAGE_SIZE

    def first(self) -> PageState:
        return {"page": 1, "limit": self.size}

    def next(self, state: PageState, body: Any, items: list[Any]) -> PageState | None:
        if not items:
            return None
        data = body.get("data") if isinstance(body, dict) else None
        page = int(state.get("page") or 1)
        if isinstance(data, dict):
            total, limit = data.get("total"), data.get("limit") or state.get("limit")
            if isinstance(total, int) and isinstance(limit, int) and page * limit >= total:
                return None
        return {**state, "page": page + 1}


# --- values -----------------------------------------------------------------------------------------


def local(value: Any) -> datetime | None:
    """A RECRU time (``YYYY-MM-DD HH:MM:SS`` local, or a date, or ISO with an offset) as an aware
    datetime; ``None``/``""``/``0000-00-00`` are none (VENDOR.md "Transport", A)."""
    if value in (None, "") or str(value).startswith("0000-00-00"):
        return None
    text = str(value).strip()
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=TZ)


def utc(value: Any) -> str | None:
    """A RECRU time in the cache's format (UTC ISO)."""
    moment = local(value)
    return iso(moment) if moment else None


def local_stamp(ts: str) -> str:
    """Our UTC ISO mark as RECRU's filter wants it: local ``YYYY-MM-DD HH:MM:SS`` (VENDOR.md, A)."""
    moment = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S")


def local_day(value: str) -> str:
    """A unified date or date-time as RECRU's date (``YYYY-MM-DD``): a date-time counts as its day in
    the tenant's zone (VENDOR.md "Writes": GDPR expiry)."""
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text).isoformat()
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TZ).date().isoformat()


def flag(value: Any) -> bool | None:
    """RECRU booleans: ``true``/``1``/``"1"`` (VENDOR.md "Transport", A)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    return str(value).strip().lower() in ("1", "true", "yes", "ja")
