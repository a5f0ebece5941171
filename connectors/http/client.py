"""The one resilient HTTP client every connector uses.

It owns the mechanics once: credentials (``auth``), the per-account rate limiter, retry with
exponential backoff and jitter on 429/5xx/timeouts honouring ``Retry-After``, a fresh OAuth token
after a 401, typed errors with actionable messages, and redaction of secrets from everything it
logs or raises. It refuses to send credentials to any host but the account's own.

Writes are not blindly retried: a POST whose answer was lost may have been applied, so it surfaces
as ``OutcomeUnknown`` and the outbox reconciles before sending again.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import httpx

from connectors.http import jsoncodec
from connectors.http.auth import Auth
from connectors.http.errors import (
    AuthError,
    BadResponse,
    ConnectorError,
    NotFound,
    OutcomeUnknown,
    PermissionDenied,
    RateLimited,
    ServerError,
    TooLarge,
    Unreachable,
    VendorRejected,
)
from connectors.http.paging import NoPaging, PageState, Paginator
from connectors.http.ratelimit import Limits, RateLimiter
from connectors.http.redact import redact
from connectors.http.transport import FastTransport

log = logging.getLogger("recruiter_companion.http")

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard a request tries. Failures (5xx, timeouts, garbled bodies) count tries; throttling counts
    time: a vendor asking us to slow down is obeyed (the whole account pauses, see ``ratelimit``) for up to
    ``throttle_seconds`` of one request's life before it gives up with ``RateLimited``."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0
    #: Connection failures (nothing was sent) give up sooner: the host is most likely just unreachable.
    connect_attempts: int = 3
    throttle_seconds: float = 120.0
    #: Sign-ins again after a 401 within one request. More than one: a vendor may revoke a fresh token
    #: (an admin's "revoke all", another app signing in with the same client); each renewal after the
    #: first waits a little longer.
    renewals: int = 4


def decode_json(response: httpx.Response) -> Any:
    """The default body reader; ``ValueError`` for a body that is not JSON (or nests past Python's
    stack: the C decoder raises ``RecursionError`` then, caught here so it reads as a bad body)."""
    if not response.content:
        return None
    try:
        return jsoncodec.loads(response.content)
    except RecursionError:
        raise ValueError("the body nests too deeply to read") from None


def default_error_text(response: httpx.Response) -> str | None:
    """The vendor's own words from a JSON error body (``message``, ``error``, ``errors[].message``)."""
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    parts: list[str] = []
    for key in ("message", "error", "error_description", "detail"):
        value = body.get(key)
        if isinstance(value, str) and value:
            parts.append(value)
    errors = body.get("errors")
    if isinstance(errors, list):
        for item in errors[:5]:
            if isinstance(item, dict) and item.get("message"):
                parts.append(str(item["message"]))
            elif isinstance(item, str):
                parts.append(item)
    return "; ".join(dict.fromkeys(parts)) or None


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("Retry-After")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())


def _behind_proxy(base_url: str) -> bool:
    """Whether the environment routes this host through a proxy (the lean transport speaks direct only)."""
    parts = urlsplit(base_url)
    proxies = getproxies()
    if not (proxies.get(parts.scheme) or proxies.get("all")):
        return False
    return not proxy_bypass(parts.hostname or "")


def _httpx_wanted() -> bool:
    """Whether ``RECRUITER_COMPANION_HTTP=httpx`` asks for httpx's standard pool over the lean transport."""
    return os.environ.get("RECRUITER_COMPANION_HTTP", "").strip().lower() == "httpx"


@dataclass(frozen=True)
class Exchange:
    """One request as it went over the wire, for observers (request counts, the connection doctor's
    report). ``response`` is ``None`` when no answer came (connection dropped, timeout)."""

    method: str
    path: str
    status: int | None
    seconds: float
    response: httpx.Response | None


async def _read_capped(response: httpx.Response, limit: int) -> None:
    """Read a body of at most ``limit`` bytes (after any ``Content-Encoding`` is undone) piece by piece;
    ``TooLarge`` as soon as the answer declares or delivers more, the response closed (its connection is
    not reused). httpx's standard pool streams here; the lean transport has already enforced the limit
    on the wire and hands its body on in pieces."""
    declared = response.headers.get("Content-Length", "")
    pieces: list[bytes] = []
    total = 0
    try:
        if declared.isdigit() and int(declared) > limit:
            raise TooLarge("", size=int(declared), limit=limit, declared=True)
        async for piece in response.aiter_bytes():
            total += len(piece)
            if total > limit:
                raise TooLarge("", size=total, limit=limit, declared=False)
            pieces.append(piece)
    finally:
        await response.aclose()
    # What ``Response.aread`` keeps, so ``.content`` (and ``.json()``, ``.text``) read it as usual.
    response._content = b"".join(pieces)


class VendorClient:
    """An account's connection to its vendor: base URL, auth, limits, retries, error mapping."""

    def __init__(
        self,
        base_url: str,
        auth: Auth,
        limits: Limits,
        *,
        vendor: str,
        retry: RetryPolicy | None = None,
        share: float = 1.0,
        timeout: float = 60.0,
        error_text: Callable[[httpx.Response], str | None] = default_error_text,
        is_throttle: Callable[[httpx.Response], bool] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        decode: Callable[[httpx.Response], Any] | None = None,
        accept: str = "application/json",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._decode = decode or decode_json
        self._accept = accept
        self.vendor = vendor
        self.auth = auth
        #: ``share`` of the vendor's limits is this client's to use (a background sync leaves the rest).
        self.limiter = RateLimiter(limits, share)
        self.retry = retry or RetryPolicy()
        self._error_text = error_text
        self._is_throttle = is_throttle or (lambda r: r.status_code == 429)
        self._host = urlsplit(self.base_url).netloc.lower()
        #: Called with every ``Exchange`` (each attempt, retries included); must not raise or block.
        self.observers: list[Callable[[Exchange], None]] = []
        # One kept-alive connection per request in flight (plus the token endpoint's): a new TCP (and
        # TLS) handshake per request would cost more than the request. The lean transport (see
        # ``transport``) unless a test or the caller brings its own, or the environment asks for httpx's
        # standard pool (``RECRUITER_COMPANION_HTTP=httpx``: the safety valve, see ``transport``).
        pool = self.limiter.concurrency + 2
        if transport is None and not _behind_proxy(self.base_url) and not _httpx_wanted():
            transport = FastTransport(max_idle=pool)
        #: Which connection layer carries the requests: "lean" (``FastTransport``), "httpx" or "custom".
        self.transport_kind = (
            "httpx" if transport is None else "lean" if isinstance(transport, FastTransport) else "custom"
        )
        self._timeout = httpx.Timeout(timeout, connect=10.0)
        self._http = httpx.AsyncClient(
            timeout=self._timeout,
            limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool, keepalive_expiry=30.0),
            transport=transport,
            follow_redirects=False,
        )
        # Straight to the transport; through httpx's client only where it must pick a proxy (HTTPS_PROXY …).
        self._send: Callable[[httpx.Request], Awaitable[httpx.Response]] = (
            transport.handle_async_request if transport is not None else self._http.send
        )
        # What every request carries, built once: requests are built directly from it (no merging
        # with client defaults, cookies or redirects per request; none of our vendors uses cookies).
        self._base_headers = {
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": "recruiter-companion",
        }
        self._extensions = {"timeout": self._timeout.as_dict()}

    async def aclose(self) -> None:
        await self._http.aclose()  # closes the transport too

    async def __aenter__(self) -> VendorClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- URLs -------------------------------------------------------------------------------
    def url_for(self, path: str) -> str:
        """An absolute URL on the account's host; refuses any other host (credentials stay home)."""
        if path.startswith(("http://", "https://")):
            if urlsplit(path).netloc.lower() != self._host:
                raise PermissionDenied(
                    f"Refusing to send {self.vendor} credentials to {urlsplit(path).netloc}: "
                    f"only {self._host} is this account's host."
                )
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    # --- requests ---------------------------------------------------------------------------
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        group: str | None = None,
        ok_statuses: tuple[int, ...] = (),
        idempotent: bool | None = None,
        max_bytes: int | None = None,
    ) -> httpx.Response:
        """Send one request with auth, limits and retries; return a 2xx (or ``ok_statuses``) answer
        or raise a typed ``ConnectorError``. ``idempotent`` overrides the method's nature: a JSON-RPC
        read is a POST that is safe to resend. ``max_bytes`` bounds the answer's body (a file download):
        a larger ``Content-Length`` is refused at once, an undeclared body as soon as more arrived, with
        ``TooLarge`` and the connection closed, so the body is never held whole."""
        method = method.upper()
        url = self.url_for(path)
        idempotent = method in _IDEMPOTENT if idempotent is None else idempotent
        extensions = self._extensions if max_bytes is None else {**self._extensions, "max_body": max_bytes}
        limiter = self.limiter
        attempt = 0
        renewals = 0
        throttled_since: float | None = None
        while True:
            attempt += 1
            req_headers = {**self._base_headers, **headers} if headers else dict(self._base_headers)
            req_params: dict[str, Any] = dict(params) if params else {}
            await self.auth.apply(self._http, req_headers, req_params)
            sent = False
            ticket = await limiter.acquire(group)
            failure: httpx.TransportError | None = None
            try:
                request = httpx.Request(
                    method,
                    url,
                    params=req_params or None,
                    json=json_body,
                    data=data,
                    files=files,
                    content=content,
                    headers=req_headers,
                    extensions=extensions,
                )
                sent = True
                started = time.monotonic()
                try:
                    response = await self._send(request)
                    if max_bytes is None:
                        await response.aread()
                    else:
                        await _read_capped(response, max_bytes)
                except httpx.TransportError as exc:
                    if self.observers:
                        self._observe(method, url, None, started, None)
                    failure = exc
                except TooLarge as exc:
                    if self.observers:
                        self._observe(method, url, None, started, None)
                    raise self._too_large(exc) from None
                else:
                    if self.observers:
                        self._observe(method, url, response.status_code, started, response)
            finally:
                limiter.release(ticket)  # before any backoff sleep: the slot is another request's now
            if isinstance(failure, httpx.ConnectError):
                # Nothing reached the vendor: safe to retry any method.
                if attempt < self.retry.connect_attempts:
                    await asyncio.sleep(self._backoff(attempt))
                    continue
                raise Unreachable(
                    redact(
                        f"Cannot reach {self.vendor} at {self._host} ({type(failure).__name__}). Check the "
                        "address and your network; queued writes are sent once it answers."
                    )
                ) from None
            if failure is not None:
                if not idempotent and sent and not isinstance(failure, httpx.ConnectTimeout):
                    raise OutcomeUnknown(
                        redact(
                            f"{self.vendor} did not answer {method} {urlsplit(url).path} "
                            f"({type(failure).__name__}); it may have been applied."
                        )
                    ) from None
                if attempt < self.retry.attempts:
                    await asyncio.sleep(self._backoff(attempt))
                    continue
                raise Unreachable(
                    redact(
                        f"{self.vendor} at {self._host} stopped answering ({type(failure).__name__}). "
                        "Try again later."
                    )
                ) from None

            status = response.status_code
            limiter.observe(response.headers, group)
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s %s -> %s", method, redact(str(request.url)), status)
            if self._is_throttle(response):
                # The whole account pauses until the vendor's window clears; this request retries after
                # it. Bounded by time, not tries: a burst of 429s without Retry-After is not a failure.
                now = time.monotonic()
                throttled_since = throttled_since if throttled_since is not None else now
                if now - throttled_since < self.retry.throttle_seconds:
                    limiter.throttled(ticket, _retry_after(response))
                    attempt -= 1
                    continue
                raise RateLimited(
                    f"{self.vendor} kept asking us to slow down (HTTP {status}) for "
                    f"{now - throttled_since:.0f} s. Try again in a few minutes.",
                    status=status,
                )
            limiter.succeeded(ticket)
            if 200 <= status < 300 or status in ok_statuses:
                return response
            if status == 401 and renewals < self.retry.renewals and self.auth.invalidate():
                if renewals:
                    await asyncio.sleep(self._backoff(renewals))
                renewals += 1
                attempt -= 1
                continue
            if status == 401 and renewals:
                raise self._revoked(response, renewals)
            if status >= 500:
                if idempotent and attempt < self.retry.attempts:
                    await asyncio.sleep(_retry_after(response) or self._backoff(attempt))
                    continue
                if not idempotent:
                    raise OutcomeUnknown(
                        f"{self.vendor} failed while handling {method} "
                        f"{urlsplit(url).path} (HTTP {status}); it may have been applied.",
                        status=status,
                        detail=self._detail(response),
                    )
                raise ServerError(
                    f"{self.vendor} keeps failing (HTTP {status}) after {attempt} tries. "
                    "Try again later; nothing was lost.",
                    status=status,
                    detail=self._detail(response),
                )
            raise self._client_error(response, method, url)

    def _too_large(self, exc: TooLarge) -> TooLarge:
        size = f"{exc.size} bytes" if exc.declared else f"more than {exc.size} bytes"
        return TooLarge(
            f"{self.vendor} would send {size}, over the {exc.limit} allowed here; it was not read.",
            size=exc.size,
            limit=exc.limit,
            declared=exc.declared,
        )

    def _observe(
        self, method: str, url: str, status: int | None, started: float, response: httpx.Response | None
    ) -> None:
        exchange = Exchange(method, urlsplit(url).path, status, time.monotonic() - started, response)
        for observer in self.observers:
            observer(exchange)

    def _backoff(self, attempt: int) -> float:
        delay = min(self.retry.max_delay, self.retry.base_delay * (2 ** (attempt - 1)))
        return delay * (0.5 + random.random() / 2)  # jitter spreads retries of parallel requests

    def _detail(self, response: httpx.Response) -> str | None:
        text = self._error_text(response)
        if text is None:
            raw = response.text.strip()
            text = raw[:300] if raw and not raw.lstrip().startswith("<") else None
        return redact(text) if text else None

    def _revoked(self, response: httpx.Response, renewals: int) -> AuthError:
        """A 401 for tokens we had just been given: the credentials work (each sign-in succeeded), so
        "check them" would be wrong advice."""
        detail = self._detail(response)
        said = f" {self.vendor} said: {detail}" if detail else ""
        return AuthError(
            f"{self.vendor} revoked {renewals} fresh tokens in a row (HTTP 401), although it accepted the "
            f"credentials each time. Someone or something is revoking this app's tokens (an admin, or "
            f"another integration using the same client id); try again later, and if it goes on, ask "
            f"your {self.vendor} admin.{said}",
            status=401,
            detail=detail,
        )

    def _client_error(self, response: httpx.Response, method: str, url: str) -> ConnectorError:
        status = response.status_code
        detail = self._detail(response)
        said = f" {self.vendor} said: {detail}" if detail else ""
        where = urlsplit(url).path
        if status == 401:
            return AuthError(
                f"{self.vendor} refused the credentials (HTTP 401). Check them or create new "
                f"ones, then edit the account.{said}",
                status=status,
                detail=detail,
            )
        if status == 403:
            return PermissionDenied(
                f"The {self.vendor} credentials may not do {method} {where} (HTTP 403). "
                f"Ask your {self.vendor} admin for that permission.{said}",
                status=status,
                detail=detail,
            )
        if status == 404:
            return NotFound(
                f"{self.vendor} has nothing at {where} (HTTP 404).{said}", status=status, detail=detail
            )
        return VendorRejected(
            f"{self.vendor} refused {method} {where} (HTTP {status}).{said}", status=status, detail=detail
        )

    async def get_json(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        group: str | None = None,
        max_bytes: int | None = None,
    ) -> Any:
        """GET and decode the body (JSON unless the connector reads another format); ``max_bytes`` as
        for ``request``."""
        return await self.read("GET", path, params=params, group=group, max_bytes=max_bytes)

    async def read(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        group: str | None = None,
        max_bytes: int | None = None,
    ) -> Any:
        """A read (GET, or a POST that only reads, as JSON-RPC does) whose decoded body is returned;
        a malformed body is retried like a transient failure. A decoder that finds "signed out" in a
        2xx body (JSON-RPC answers an expired session with HTTP 200) raises ``AuthError``: the client
        then signs in again once, as after an HTTP 401."""
        renewals = 0
        attempt = 0
        while attempt < self.retry.attempts:
            attempt += 1
            response = await self.request(
                method,
                path,
                params=params,
                json_body=json_body,
                group=group,
                idempotent=True,
                max_bytes=max_bytes,
            )
            try:
                return self._decode(response)
            except AuthError:
                if renewals >= self.retry.renewals or not self.auth.invalidate():
                    if renewals:
                        raise self._revoked(response, renewals) from None
                    raise
                if renewals:
                    await asyncio.sleep(self._backoff(renewals))
                renewals += 1
                attempt -= 1
            except ValueError:
                if attempt == self.retry.attempts:
                    raise BadResponse(
                        f"{self.vendor} sent an unreadable answer for {urlsplit(path).path or path} "
                        "several times. Try again later."
                    ) from None
                await asyncio.sleep(self._backoff(attempt))
        raise AssertionError("unreachable")

    async def pages(
        self,
        path: str,
        *,
        paginator: Paginator | None = None,
        params: Mapping[str, Any] | None = None,
        records: Callable[[Any], list[Any]] | None = None,
        start: PageState | None = None,
        group: str | None = None,
        method: str = "GET",
        body: Callable[[dict[str, Any]], Any] | None = None,
    ) -> AsyncIterator[tuple[list[Any], PageState | None]]:
        """Yield ``(items, next_state)`` page by page; ``next_state`` is ``None`` after the last page.

        ``start`` resumes from a stored page state. With ``body``, the parameters (the stream's, the
        delta filter and the page state) go into the request body it builds instead of the query.
        """
        paginator = paginator or NoPaging()
        state: PageState | None = start if start is not None else paginator.first()
        while state is not None:
            merged = {**(params or {}), **state}
            if body is None:
                page = await self.read(method, path, params=merged, group=group)
            else:
                page = await self.read(method, path, json_body=body(merged), group=group)
            items = records(page) if records else page
            if not isinstance(items, list):
                raise BadResponse(f"{self.vendor} answered {path} without the expected list.")
            state_next = paginator.next(state, page, items)
            yield items, state_next
            state = state_next
