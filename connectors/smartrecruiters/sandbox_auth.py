"""The SmartRecruiters sandbox's way in: an API key in ``X-SmartToken`` or an OAuth client-credentials
token (``POST /identity/oauth/token``) sent as ``Authorization: Bearer`` (VENDOR.md "Hosts and auth")."""

from __future__ import annotations

import base64
import binascii

from connectors.sandbox.auth import TokenIssuer, bearer_token, constant_time_in
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, json_response

AUTH_MODES = ("api_key", "oauth")
TOKEN_TTL_SECONDS = 1800  # VENDOR.md "Hosts and auth": expires_in U, the sandbox uses 1800


class SmartRecruitersAuth(SandboxApp):
    """Credentials, the token endpoint and the check on every call (state is set by
    ``SmartRecruitersSandbox``)."""

    api_key: str
    client_id: str
    client_secret: str
    tokens: TokenIssuer

    def account(self) -> dict[str, str]:
        if self.auth_mode == "oauth":
            return {
                "base_url": self.base_url,
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            }
        return {"base_url": self.base_url, "api_key": self.api_key}

    # -- auth ---------------------------------------------------------------------------------------
    def authenticate(self, request: Request) -> str:
        if self.auth_mode == "api_key":
            # X-SmartToken; header names are case-insensitive (VENDOR.md "Hosts and auth", V) — the
            # server lower-cases names, so any spelling arrives here.
            key = request.headers.get("x-smarttoken")
            if key and constant_time_in(key.strip(), {self.api_key}):
                return "key"
            message = "Missing X-SmartToken header" if not key else "Invalid X-SmartToken"
        else:
            token = bearer_token(request.headers.get("authorization"))
            issued = self.tokens.validate(token)
            if issued is not None:
                return "client:" + issued.client_id
            message = "Missing bearer token" if not token else "Access token is invalid or expired"
        raise HttpError(401, message, "UNAUTHORIZED")

    def _token(self, request: Request) -> Response:
        """``POST /identity/oauth/token`` (VENDOR.md "Hosts and auth", V/S): form body, client
        credentials; also accepted in an HTTP Basic header (RFC 6749 §2.3.1)."""
        if request.content_type != "application/x-www-form-urlencoded":
            return self._oauth_error(
                400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded"
            )
        form = request.form()
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if not client_id and basic.lower().startswith("basic "):
            try:
                client_id, _, client_secret = (
                    base64.b64decode(basic[6:].strip()).decode("utf-8").partition(":")
                )
            except (binascii.Error, UnicodeDecodeError):
                return self._oauth_error(401, "invalid_client", "Malformed Basic credentials")
        grant = form.get("grant_type")
        if grant != "client_credentials":
            return self._oauth_error(
                400, "unsupported_grant_type", f"grant_type must be client_credentials, got {grant!r}"
            )
        if (
            self.auth_mode != "oauth"
            or not client_id
            or not client_secret
            or not constant_time_in(client_id, {self.client_id})
            or not constant_time_in(client_secret, {self.client_secret})
        ):
            return self._oauth_error(401, "invalid_client", "Unknown client or wrong secret")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds", TOKEN_TTL_SECONDS))
        issued = self.tokens.mint(client_id)
        return json_response(
            {"access_token": issued.token, "token_type": "bearer", "expires_in": self.tokens.ttl_seconds},
            headers=[("Cache-Control", "no-store")],
        )

    def _oauth_error(self, status: int, error: str, description: str) -> Response:
        # SR's error body (VENDOR.md "Conventions") plus the OAuth 2.0 fields a token client expects (U).
        return json_response(
            {
                "message": description,
                "errors": [{"code": error, "message": description}],
                "error": error,
                "error_description": description,
            },
            status,
        )
