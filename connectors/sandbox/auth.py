"""Credential helpers for sandboxes: deterministic secrets, API-key checks and an OAuth token issuer.

Vendors differ in where the credential travels (a header such as SmartRecruiters' ``X-SmartToken``,
``Authorization: Bearer``, or CareerPlug's ``?access_token=`` query parameter) but the bookkeeping is
the same: known keys, issued tokens with an expiry, and a way for fault injection to expire every
token at once so a client's re-authentication path gets exercised.
"""

from __future__ import annotations

import hmac
import random
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def check_auth_mode(auth: str, modes: Sequence[str], vendor: str, hint: str | None = None) -> None:
    """``ValueError`` for an ``--auth`` the vendor's sandbox does not serve: "unknown <vendor> auth
    'x'; " and then the vendor's own ``hint`` (default: the modes it knows)."""
    if auth not in modes:
        raise ValueError(f"unknown {vendor} auth {auth!r}; {hint or 'known: ' + ', '.join(modes)}")


def seeded_secret(rng: random.Random, length: int = 32, *, prefix: str = "") -> str:
    """A credential-looking string that a seed reproduces (demo accounts stay the same across runs)."""
    alphabet = "abcdef0123456789"
    return prefix + "".join(rng.choice(alphabet) for _ in range(max(0, length - len(prefix))))


def constant_time_in(value: str, allowed: set[str] | frozenset[str]) -> bool:
    """Membership test that does not leak through timing which prefix matched."""
    found = False
    for candidate in allowed:
        if hmac.compare_digest(value.encode("utf-8"), candidate.encode("utf-8")):
            found = True
    return found


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header (scheme is case-insensitive)."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


@dataclass(slots=True)
class IssuedToken:
    token: str
    client_id: str
    expires_at: float


class TokenIssuer:
    """Mints opaque access tokens with a lifetime and validates them."""

    def __init__(self, *, ttl_seconds: int, prefix: str = "") -> None:
        self.ttl_seconds = ttl_seconds
        self.prefix = prefix
        self._tokens: dict[str, IssuedToken] = {}
        self._lock = threading.Lock()
        #: Asked on each valid token (fault ``revoke_tokens``): True revokes it on the spot.
        self.revoke_check: Callable[[], bool] = lambda: False

    def mint(self, client_id: str) -> IssuedToken:
        # Random, not seeded: tokens are per run, like the real thing; only account secrets are seeded.
        issued = IssuedToken(
            self.prefix + secrets.token_hex(16), client_id, time.monotonic() + self.ttl_seconds
        )
        with self._lock:
            now = time.monotonic()
            if len(self._tokens) > 10_000:
                self._tokens = {k: v for k, v in self._tokens.items() if v.expires_at > now}
            self._tokens[issued.token] = issued
        return issued

    def validate(self, token: str | None) -> IssuedToken | None:
        if not token:
            return None
        issued = self._tokens.get(token)
        if issued is None or issued.expires_at <= time.monotonic():
            return None
        if self.revoke_check():
            with self._lock:
                self._tokens.pop(token, None)
            return None
        return issued

    def expire_all(self) -> None:
        """Every token issued so far is now invalid (fault ``expire_tokens``); new ones work."""
        with self._lock:
            self._tokens.clear()

    def __len__(self) -> int:
        return len(self._tokens)
