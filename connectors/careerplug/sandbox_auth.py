"""The CareerPlug sandbox's way in (VENDOR.md "Hosts and auth"): Doorkeeper's client-credentials
token endpoint on the OAuth host, the token as ``?access_token=`` (or a Bearer header) on every API
call, ``/oauth/token/info``, and the WineBouncer 401 of an unprovisioned partner."""

from __future__ import annotations

import base64
import binascii
import random
import threading
import time

from connectors.sandbox.auth import TokenIssuer, bearer_token, constant_time_in
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, json_response

# The runner's generic default is "api_key"; CareerPlug only has OAuth, so both mean client credentials.
AUTH_MODES = ("oauth", "api_key")
TOKEN_TTL_SECONDS = 172_800  # 48 h (VENDOR.md "Hosts and auth", S)
SCOPE = "global_partner_api"
WINEBOUNCER = "OAuth error: WineBouncer::Errors::OAuthUnauthorizedError"  # VENDOR.md (S)
INVALID_TOKEN = "The access token is invalid"  # Doorkeeper's text (U)
_DOORKEEPER = {
    "invalid_client": "Client authentication failed due to unknown client, no client authentication "
    "included, or unsupported authentication method.",
    "invalid_scope": "The requested scope is invalid, unknown, or malformed.",
    "unsupported_grant_type": "The authorization grant type is not supported by the authorization server.",
    "invalid_grant": "The provided authorization grant is invalid, expired, revoked, does not match the "
    "redirection URI used in the authorization request, or was issued to another client.",
    "invalid_request": "The request is missing a required parameter, includes an unsupported parameter "
    "value, or is otherwise malformed.",
}


def urlsafe_secret(rng: random.Random, length: int = 43) -> str:
    # Doorkeeper uids and secrets are 43 URL-safe base64 characters (SecureRandom.urlsafe_base64(32)).
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(length))


class CareerPlugAuth(SandboxApp):
    """Credentials and tokens (state is set by ``CareerPlugSandbox``)."""

    client_id: str
    client_secret: str
    tokens: TokenIssuer
    _token_created: dict[str, int]
    _lock: threading.Lock

    def account(self) -> dict[str, str]:
        # One server plays both hosts: the OAuth base equals the API base (module doc).
        return {
            "base_url": self.base_url,
            "auth_url": self.base_url,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }

    # -- auth ---------------------------------------------------------------------------------------
    def authenticate(self, request: Request) -> str:
        # The token travels as ?access_token= (spec securityDefinitions, V); a Bearer header is U.
        token = request.arg("access_token")
        if not token and self.settings.get("accept_bearer_header"):
            token = bearer_token(request.headers.get("authorization"))
        issued = self.tokens.validate(token)
        if issued is None:
            raise HttpError(401, INVALID_TOKEN)
        if self.settings.get("unprovisioned"):
            raise HttpError(401, WINEBOUNCER)
        return "client:" + issued.client_id

    def _oauth_error(self, status: int, error: str) -> Response:
        return json_response({"error": error, "error_description": _DOORKEEPER[error]}, status)

    def _token(self, request: Request) -> Response:
        """``POST /oauth/token``: client credentials in the form, HTTP Basic or the query (VENDOR.md, S)."""
        if request.content_type == "application/json":
            try:
                body = request.json()
            except HttpError:
                return self._oauth_error(400, "invalid_request")
            form = {k: str(v) for k, v in body.items()} if isinstance(body, dict) else {}
        else:
            form = request.form() if request.body else {}
        for name in ("grant_type", "client_id", "client_secret", "scope"):
            if name not in form and request.arg(name) is not None:
                form[name] = request.arg(name) or ""
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if not client_id and basic.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(basic[6:].strip()).decode("utf-8")
                client_id, _, client_secret = decoded.partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return self._oauth_error(401, "invalid_client")
        grant = form.get("grant_type")
        if not grant:
            return self._oauth_error(400, "invalid_request")
        if grant in ("authorization_code", "refresh_token"):
            # No user ever authorised the sandbox in a browser: any code or refresh token is unknown.
            return self._oauth_error(400, "invalid_grant")
        if grant != "client_credentials":
            return self._oauth_error(400, "unsupported_grant_type")
        if (
            not client_id
            or not client_secret
            or not constant_time_in(client_id, {self.client_id})
            or not constant_time_in(client_secret, {self.client_secret})
        ):
            return self._oauth_error(401, "invalid_client")
        scope = (form.get("scope") or SCOPE).strip()
        if scope != SCOPE:
            return self._oauth_error(400, "invalid_scope")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds") or TOKEN_TTL_SECONDS)
        issued = self.tokens.mint(client_id)
        created = int(time.time())
        with self._lock:
            if len(self._token_created) > 10_000:
                self._token_created.clear()
            self._token_created[issued.token] = created
        return json_response(
            {
                "access_token": issued.token,
                "token_type": "Bearer",
                "expires_in": self.tokens.ttl_seconds,
                "scope": SCOPE,
                "created_at": created,
            },
            headers=[("Cache-Control", "no-store"), ("Pragma", "no-cache")],
        )

    def _token_info(self, request: Request) -> Response:
        """``GET /oauth/token/info`` with the Bearer header (VENDOR.md, S)."""
        token = bearer_token(request.headers.get("authorization")) or request.arg("access_token")
        issued = self.tokens.validate(token)
        if issued is None or token is None:
            return json_response({"error": "invalid_token", "error_description": INVALID_TOKEN}, 401)
        return json_response(
            {
                "resource_owner_id": None,  # client credentials: no user (S)
                "scope": [SCOPE],
                "expires_in": max(0, int(issued.expires_at - time.monotonic())),
                "application": {"uid": issued.client_id},
                "created_at": self._token_created.get(token),
            }
        )
