"""The Carerix sandbox's way in (VENDOR.md "Identity service", "Reading"): HTTP Basic (application
name + API token) or an OAuth Bearer token with the XML API's scope on the classic REST API, a token
with the Cx5 data scope on GraphQL, and the identity service's client-credentials token endpoint."""

from __future__ import annotations

import base64
import binascii

from connectors.sandbox.auth import TokenIssuer, bearer_token, constant_time_in
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response, json_response

AUTH_MODES = ("api_key", "basic", "oauth")
TOKEN_PATH = "/auth/realms/{realm}/protocol/openid-connect/token"
TOKEN_TTL_SECONDS = 3600
#: Scopes the identity service grants (VENDOR.md "Identity service"): XML API (S), Cx5 GraphQL data (V).
XML_SCOPE = "urn:cx/xmlapi:data:manage"
GRAPHQL_SCOPE = "urn:cx/cx5Wrapper:data:manage"


class CarerixAuth(SandboxApp):
    """Credentials, scopes and the token endpoint (state is set by ``CarerixSandbox``)."""

    api: str
    application_name: str
    api_token: str
    client_id: str
    client_secret: str
    #: the client's default scopes, as an admin sets them under Identity Access → Clients
    client_scopes: set[str]
    tokens: TokenIssuer
    _token_scopes: dict[str, frozenset[str]]

    def account(self) -> dict[str, str]:
        if self.api == "xml" and self.auth_mode != "oauth":
            return {
                "base_url": self.base_url,
                "application_name": self.application_name,
                "api_token": self.api_token,
            }
        return {
            "base_url": self.base_url,
            "api": self.api,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "token_url": self.base_url + TOKEN_PATH.format(realm=self.application_name),
        }

    def _bearer(self, request: Request, scope: str) -> str | None:
        """The client a Bearer token was issued to, if it carries ``scope``; ``None`` without one."""
        token = bearer_token(request.header("authorization"))
        if token is None:
            return None
        issued = self.tokens.validate(token)
        if issued is None:
            raise HttpError(
                401,
                "Authentication failed: the access token is unknown or expired",
                headers=[("WWW-Authenticate", 'Bearer realm="Carerix", error="invalid_token"')],
            )
        if scope not in self._token_scopes.get(token, frozenset()):
            raise HttpError(403, f"The access token lacks the scope {scope}")
        return issued.client_id

    def authenticate(self, request: Request) -> str:
        # HTTP Basic: application name + API token; or an OAuth Bearer token with the XML API's scope
        # (VENDOR.md "Hosts and auth").
        client = self._bearer(request, XML_SCOPE)
        if client is not None:
            return "client:" + client
        header = request.header("authorization") or ""
        name = token = ""
        if header.lower().startswith("basic "):
            try:
                name, _, token = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                name = token = ""
        if not (
            constant_time_in(name, {self.application_name}) and constant_time_in(token, {self.api_token})
        ):
            raise HttpError(
                401,
                "Authentication failed: unknown application name or API token",
                headers=[("WWW-Authenticate", 'Basic realm="Carerix"')],
            )
        return "app:" + name

    def _token(self, request: Request) -> Response:
        """The identity service's token endpoint (Keycloak, VENDOR.md "Identity service"): client
        credentials in the form or as HTTP Basic; ``scope`` optional (else the client's default scopes)."""
        form = request.form() if request.body else {}
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        header = request.header("authorization") or ""
        if header.lower().startswith("basic ") and not client_id:
            try:
                client_id, _, secret = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                client_id = secret = ""
        if request.params.get("realm") != self.application_name:
            return json_response({"error": "Realm does not exist"}, 404)
        if form.get("grant_type") != "client_credentials":
            return json_response(
                {"error": "unsupported_grant_type", "error_description": "Unsupported grant_type"}, 400
            )
        if not (
            constant_time_in(client_id, {self.client_id}) and constant_time_in(secret, {self.client_secret})
        ):
            return json_response(
                {
                    "error": "unauthorized_client",
                    "error_description": "Invalid client or Invalid client credentials",
                },
                401,
            )
        asked = set((form.get("scope") or "").split())
        if asked - self.client_scopes:
            return json_response(
                {"error": "invalid_scope", "error_description": "Invalid scopes: " + " ".join(sorted(asked))},
                400,
            )
        issued = self.tokens.mint(client_id)
        granted = frozenset(asked or self.client_scopes)
        self._token_scopes[issued.token] = granted
        return json_response(
            {
                "access_token": issued.token,
                "expires_in": TOKEN_TTL_SECONDS,
                "token_type": "Bearer",
                "scope": " ".join(sorted(granted)),
            }
        )
