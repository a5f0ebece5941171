"""The ways vendors take credentials: an API key header, a query token, Basic, OAuth client
credentials, and a session token from a login call.

Each auth adds what it needs to a request. OAuth mints a token at the vendor's token endpoint,
keeps it until shortly before ``expires_in`` runs out, and mints a new one when the vendor says
401 (no vendor here hands out refresh tokens for this grant).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from connectors.http.errors import AuthError, BadResponse, RateLimited, ServerError, Unreachable
from connectors.http.redact import redact, register_secret

#: How long a sign-in waits out a vendor asking it to slow down (HTTP 429) before giving up.
SIGN_IN_THROTTLE_SECONDS = 60.0


async def _sign_in(client: httpx.AsyncClient, url: str, refused: str, **body: Any) -> httpx.Response:
    """POST to a sign-in endpoint; its failures as typed errors (``refused`` for a 400/401/403).

    A 429 is waited out (its ``Retry-After``, else a doubling pause) for up to a minute: sign-in
    endpoints are rate limited too, and a burst of them (every stream starting at once after a token
    was revoked) must not read as a broken answer."""
    started = time.monotonic()
    pause = 0.5
    while True:
        try:
            response = await client.post(url, headers={"Accept": "application/json"}, **body)
        except httpx.HTTPError as exc:
            raise Unreachable(
                redact(
                    f"Could not reach the sign-in endpoint {url}: {exc}. Check the address and your "
                    f"connection."
                )
            ) from None
        if response.status_code != 429:
            break
        waited = time.monotonic() - started
        if waited >= SIGN_IN_THROTTLE_SECONDS:
            raise RateLimited(
                f"The vendor's sign-in endpoint kept asking us to slow down (HTTP 429) for {waited:.0f} s. "
                f"Try again in a few minutes.",
                status=429,
            )
        hinted = response.headers.get("Retry-After", "")
        delay = float(hinted) if hinted.replace(".", "", 1).isdigit() else pause
        await asyncio.sleep(min(delay, SIGN_IN_THROTTLE_SECONDS - waited, 30.0))
        pause = min(pause * 2, 8.0)
    if response.status_code in (400, 401, 403):
        raise AuthError(refused, status=response.status_code, detail=redact(response.text[:300]))
    if response.status_code >= 500:
        raise ServerError(
            f"The vendor's sign-in endpoint failed ({response.status_code}). Try again later.",
            status=response.status_code,
        )
    return response


class Auth(Protocol):
    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        """Add credentials to an outgoing request's headers or query."""
        ...

    def invalidate(self) -> bool:
        """Forget a cached token after a 401; ``True`` if a retry with a fresh one makes sense."""
        ...


@dataclass
class ApiKeyHeader:
    """A static key in a header (SmartRecruiters ``X-SmartToken``)."""

    header: str
    key: str

    def __post_init__(self) -> None:
        register_secret(self.key)

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        headers[self.header] = self.key

    def invalidate(self) -> bool:
        return False


class _CachedToken:
    """A minted token kept until shortly before it expires; one sign-in at a time per account."""

    def __init__(self) -> None:
        self._token: str | None = None
        self._expires = 0.0
        self._lock: asyncio.Lock | None = None

    async def get(self, mint: Callable[[], Awaitable[tuple[str, float]]]) -> str:
        """The valid token, minting one with ``mint`` (→ token, lifetime in seconds) when needed."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires:
                token, lifetime = await mint()
                register_secret(token)
                # Renew a minute early (or at half-life for short tokens): a request never carries a
                # dying token.
                self._expires = time.monotonic() + max(1.0, min(lifetime - 60, lifetime / 2))
                self._token = token
            return self._token

    def forget(self) -> None:
        self._token = None


@dataclass
class OAuthClientCredentials:
    """OAuth 2 client-credentials grant; the token goes in a Bearer header or a query parameter."""

    token_url: str
    client_id: str
    client_secret: str
    scope: str | None = None
    #: "bearer" for ``Authorization: Bearer``, or the name of the query parameter (CareerPlug: access_token).
    placement: str = "bearer"
    _cache: _CachedToken = field(default_factory=_CachedToken, repr=False)

    def __post_init__(self) -> None:
        register_secret(self.client_secret)

    async def _mint(self, client: httpx.AsyncClient) -> tuple[str, float]:
        form = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }
        if self.scope:
            form["scope"] = self.scope
        response = await _sign_in(
            client,
            self.token_url,
            "The vendor refused the client id or secret. Check both, or create new API credentials, "
            "then edit the account.",
            data=form,
        )
        try:
            payload = response.json()
            token = str(payload["access_token"])
            lifetime = float(payload.get("expires_in") or 3600)
        except (ValueError, KeyError, TypeError):
            raise BadResponse("The vendor's sign-in endpoint sent an answer without a token.") from None
        return token, lifetime

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        token = await self._cache.get(lambda: self._mint(client))
        if self.placement == "bearer":
            headers["Authorization"] = f"Bearer {token}"
        else:
            params[self.placement] = token

    def invalidate(self) -> bool:
        self._cache.forget()
        return True


@dataclass
class QueryToken:
    """A static token in the query string."""

    param: str
    token: str

    def __post_init__(self) -> None:
        register_secret(self.token)

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        params[self.param] = self.token

    def invalidate(self) -> bool:
        return False


@dataclass
class BasicAuth:
    """HTTP Basic with a user and password (or key as password)."""

    user: str
    password: str

    def __post_init__(self) -> None:
        register_secret(self.password)

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        headers["Authorization"] = httpx.BasicAuth(self.user, self.password)._auth_header

    def invalidate(self) -> bool:
        return False


@dataclass
class LoginToken:
    """A session token from a login request, sent in a header on every call after it.

    eRecruiter mints an ``X-ApiToken`` from a POST with the API key and mandator; RECRU's JSON-RPC
    ``AuthService.login`` answers a Bearer token. ``payload`` is what the login sends (JSON, or a form
    with ``form=True``), ``extract`` reads ``(token, lifetime in seconds or None)`` from the decoded
    answer (a ``KeyError``/``TypeError``/``ValueError`` there means "no token in it"). A 401 on a
    later call logs in again once.
    """

    login_url: str
    payload: Mapping[str, Any]
    extract: Callable[[Any], tuple[str, float | None]]
    secrets: tuple[str, ...] = ()
    header: str = "Authorization"
    prefix: str = "Bearer "
    form: bool = False
    default_lifetime: float = 3600.0
    _cache: _CachedToken = field(default_factory=_CachedToken, repr=False)

    def __post_init__(self) -> None:
        for secret in self.secrets:
            register_secret(secret)

    async def _login(self, client: httpx.AsyncClient) -> tuple[str, float]:
        body: dict[str, Any] = {"data": dict(self.payload)} if self.form else {"json": dict(self.payload)}
        response = await _sign_in(
            client,
            self.login_url,
            "The vendor refused these credentials. Check them (or create new ones), then edit the account.",
            **body,
        )
        try:
            token, lifetime = self.extract(response.json())
            token = str(token)
        except AuthError:
            raise
        except (ValueError, KeyError, TypeError, IndexError):
            raise BadResponse("The vendor's sign-in endpoint sent an answer without a token.") from None
        if not token:
            raise BadResponse("The vendor's sign-in endpoint sent an empty token.")
        return token, float(lifetime or self.default_lifetime)

    async def apply(self, client: httpx.AsyncClient, headers: dict[str, str], params: dict[str, Any]) -> None:
        token = await self._cache.get(lambda: self._login(client))
        headers[self.header] = f"{self.prefix}{token}"

    def invalidate(self) -> bool:
        self._cache.forget()
        return True
