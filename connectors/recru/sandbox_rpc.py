"""The RECRU sandbox's transport and way in: one JSON-RPC 2.0 endpoint (VENDOR.md "Transport",
"Errors"), sign-in with ``AuthService.login`` and a Bearer token on every other call
("Authentication"), and the tenant's self-description (an SMD and the method page)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from connectors.recru.sandbox_records import Failed, RecruRecords, ok
from connectors.sandbox.auth import TokenIssuer, bearer_token, constant_time_in
from connectors.sandbox.wire import HttpError, Request, Response, Route, json_response, text_response

ENDPOINT = "/api/json-rpc"
TOKEN_TTL_SECONDS = 8 * 3600  # VENDOR.md "Authentication" (A)
UNAUTHORIZED = "Unauthorized: invalid or expired token"
#: JSON-RPC error codes by our internal error names (VENDOR.md "Errors").
RPC_CODES = {"PARSE": -32700, "INVALID": -32600, "METHOD": -32601, "PARAMS": -32602, "AUTH": -32000}
#: Calls that change data: only these meet ``fail_after_accept`` (the framework's ``is_write``).
WRITES = frozenset(
    {"JobseekerService.save", "JobseekerService.apply", "JobseekerService.addTag", "FileService.upload"}
)
#: The only call without a token: signing in (VENDOR.md "Authentication"; Ping needs one, A).
PUBLIC = frozenset({"AuthService.login"})


#: How the tenant describes itself (setting ``self_description``): ``smd`` an SMD on GET of the endpoint
#: and the method page; ``page`` the method page only (GET of the endpoint answers a JSON-RPC error, as a
#: Laminas server without the SMD branch would); ``signin`` no SMD and the method page behind a sign-in
#: form (it is meant for people, A); ``none`` neither. Test faults: ``garbage_html``,
#: ``garbage_json``, ``garbage_shape`` (the SMD answer is an HTML page, broken JSON, JSON of another shape).
SELF_DESCRIPTIONS = ("smd", "page", "signin", "none", "garbage_html", "garbage_json", "garbage_shape")


@dataclass(frozen=True)
class Op:
    """One JSON-RPC method of the tenant: its handler, the unified models it serves (``--without``), and
    what its self-description says (SMD parameters ``(name, type, optional)``, return type, a German line,
    and the operation's name in the public catalogue when it is one of the 21, S [MC-README])."""

    handler: Callable[[dict[str, Any]], dict[str, Any]]
    params: tuple[tuple[str, str, bool], ...] = (("request", "object", True),)
    models: tuple[str, ...] = ()
    returns: str = "object"
    doc: str = ""
    published: str | None = None


class RecruRpc(RecruRecords):
    """The JSON-RPC pipeline; ``RecruSandbox`` builds the method table (``ops``) and the state."""

    ops: dict[str, Op]
    tokens: TokenIssuer
    revoked: set[str]
    #: Calls per canonical method name (tests check what reached the tenant).
    calls: Counter[str]
    _local: threading.local
    login_name: str
    password: str

    @property
    def methods(self) -> dict[str, Op]:
        """What this tenant answers, under the names it answers to: without the ``--without`` models'
        methods (a tenant lacking them), with the test switch ``renamed`` applied."""
        renamed = dict(self.settings.get("renamed") or {})
        offered: dict[str, Op] = {}
        for name, op in self.ops.items():
            if self.without and not self.without.isdisjoint(op.models):
                continue
            offered[str(renamed.get(name) or name)] = op
        return offered

    def servable_models(self) -> set[str]:
        # One endpoint serves every model: ``--without`` switches off the methods serving it.
        return {model for op in self.ops.values() for model in op.models} | super().servable_models()

    # -- the JSON-RPC pipeline --------------------------------------------------------------------
    def dispatch(self, request: Request) -> Response | str:
        # Parse the call once, before auth: the method decides whether a token is needed.
        self._local.call = None
        if request.method == "POST" and request.path == ENDPOINT:
            self._local.call = self._parse(request.body)
        return super().dispatch(request)

    @staticmethod
    def _parse(body: bytes) -> dict[str, Any] | str:
        try:
            call = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return "PARSE"
        if not isinstance(call, dict) or not isinstance(call.get("method"), str):
            return "INVALID"  # batches too (VENDOR.md "Transport", A)
        return call

    def _call_id(self) -> Any:
        call = getattr(self._local, "call", None)
        return call.get("id") if isinstance(call, dict) else None

    def authenticate(self, request: Request) -> str:
        call = self._local.call
        if not isinstance(call, dict):
            return "public"
        found = self._offered(call.get("method"))
        if found is None or found[0] in PUBLIC:
            return "public"  # an unknown method answers -32601 without a token (Laminas checks it first, A)
        token = bearer_token(request.header("Authorization"))
        issued = self.tokens.validate(token)
        if issued is None or token in self.revoked:
            raise HttpError(401, UNAUTHORIZED, "AUTH")
        return "token:" + issued.client_id

    def is_write(self, request: Request, route: Route) -> bool:
        call = getattr(self._local, "call", None)
        found = self._offered(call.get("method")) if isinstance(call, dict) else None
        return found is not None and found[0] in WRITES

    def _json(self, obj: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
        escape = bool(self.settings.get("escape_unicode", True))
        body = json.dumps(obj, ensure_ascii=escape, separators=(",", ":")).encode("utf-8")
        return Response(status, body, "application/json; charset=utf-8", headers)

    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        """A JSON-RPC error (VENDOR.md "Errors"): protocol errors and a gone session in HTTP 200 (the
        session's status is a setting), 429 and 5xx keep their HTTP status."""
        http = status
        if code == "AUTH":
            http = int(self.settings.get("auth_error_status") or 200)
            rpc_code = RPC_CODES["AUTH"]
        elif code in RPC_CODES:
            http, rpc_code = 200, RPC_CODES[code]
        elif status == 429:
            rpc_code, message = -32029, "Too many requests"
        elif status >= 500:
            rpc_code, message = -32603, "Internal error"
        else:
            rpc_code = -32601 if status in (404, 405) else -32600
        body = {"jsonrpc": "2.0", "id": self._call_id(), "error": {"code": rpc_code, "message": message}}
        return self._json(body, http)

    def _offered(self, name: Any) -> tuple[str, Op] | None:
        """The canonical name and operation behind a method name as this tenant answers to it."""
        renamed = dict(self.settings.get("renamed") or {})
        canonical = {str(new): old for old, new in renamed.items()}
        original = canonical.get(str(name), str(name))
        if original in renamed and renamed[original] != name:
            return None  # renamed away: the old name is unknown
        op = self.ops.get(original)
        if op is None or (self.without and not self.without.isdisjoint(op.models)):
            return None
        return original, op

    def _rpc(self, request: Request) -> Response:
        call = self._local.call
        if call == "PARSE":
            raise HttpError(200, "Parse error", "PARSE")
        if not isinstance(call, dict):
            raise HttpError(200, "Invalid Request", "INVALID")
        found = self._offered(call["method"])
        if found is None:
            # Laminas' own words for an unknown method (VENDOR.md "Errors", V for Laminas).
            raise HttpError(200, "Method not found", "METHOD")
        canonical, op = found
        with self._lock:
            self.calls[canonical] += 1
        params = call.get("params")
        if params is None:
            params = {}
        if not isinstance(params, dict):
            raise HttpError(200, "Invalid params: named parameters are expected", "PARAMS")
        if canonical not in PUBLIC:
            params = {
                **params,
                "_principal": request.principal,
                "_token": bearer_token(request.header("Authorization")),
            }
        try:
            if canonical in (self.settings.get("denied_methods") or ()):
                raise Failed("Zugriff verweigert: Ihre Benutzerrolle darf diese Aktion nicht ausführen")
            result = op.handler(params)
        except Failed as exc:
            result = {"status": "FAILED", "message": str(exc), "data": []}
        return self._json({"jsonrpc": "2.0", "id": call.get("id"), "result": result})

    def smd(self) -> dict[str, Any]:
        """The Service Mapping Description as Laminas' ``Smd::toArray`` builds it (V for Laminas: envelope,
        transport, target, and ``services``/``methods`` keyed by method name, each with its parameters
        and return type). That RECRU answers it on GET is A (VENDOR.md "Self-description")."""
        services = {
            name: {
                "envelope": "JSON-RPC-2.0",
                "transport": "POST",
                "name": name,
                "parameters": [
                    {"type": kind, "name": param, "optional": optional} for param, kind, optional in op.params
                ],
                "returns": op.returns,
            }
            for name, op in sorted(self.methods.items())
        }
        return {
            "transport": "POST",
            "envelope": "JSON-RPC-2.0",
            "contentType": "application/json",
            "SMDVersion": "2.0",
            "description": "",
            "target": ENDPOINT,
            "id": "",
            "services": services,
            "methods": services,
        }

    def _service_map(self, request: Request) -> Response:
        mode = str(self.settings.get("self_description") or "smd")
        if mode == "smd":
            return self._json(self.smd())
        if mode == "garbage_html":
            return text_response(
                "<!doctype html><html><title>RECRU</title><body>Anmelden</body></html>",
                content_type="text/html; charset=utf-8",
            )
        if mode == "garbage_json":
            return Response(200, b'{"services": {"AuthService.login": ', "application/json; charset=utf-8")
        if mode == "garbage_shape":
            return json_response({"services": ["ProjectService.getList", 7], "version": 2})
        # No SMD branch: the server reads the empty GET body as a JSON-RPC request (A).
        body = {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request"}}
        return self._json(body)

    def _documentation(self, request: Request) -> Response:
        mode = str(self.settings.get("self_description") or "smd")
        if mode == "none":
            return self.unknown_path_response(request)
        if mode == "signin":
            return text_response(
                "<!doctype html><html lang='de'><title>RECRU – Anmeldung</title><form method='post'>"
                "<input name='login'><input name='password' type='password'><button>Anmelden</button>"
                "</form></html>",
                content_type="text/html; charset=utf-8",
            )
        rows = []
        for name, op in sorted(self.methods.items()):
            params = ", ".join(f"{p} <i>{t}</i>{'' if optional else '*'}" for p, t, optional in op.params)
            rows.append(
                f'<h3 id="{name.replace(".", "_")}"><a href="#{name.replace(".", "_")}">{name}</a></h3>'
                f"<p>{op.doc}</p><p>Parameter: {params or '–'}</p>"
            )
        page = (
            "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>RECRU API</title></head>"
            f"<body><h1>RECRU JSON-RPC API</h1><p>Endpunkt: <code>{ENDPOINT}</code></p>{''.join(rows)}"
            "</body></html>"
        )
        return text_response(page, content_type="text/html; charset=utf-8")

    # -- auth ---------------------------------------------------------------------------------------
    def _login(self, params: dict[str, Any]) -> dict[str, Any]:
        login, password = params.get("login"), params.get("password")
        if not login:
            raise Failed("Pflichtfeld fehlt: login")
        if not password:
            raise Failed("Pflichtfeld fehlt: password")
        if not constant_time_in(str(login), {self.login_name}) or not constant_time_in(
            str(password), {self.password}
        ):
            raise Failed("Ungültiger Benutzername oder Passwort")
        if str(params.get("type", 1)) != "1":
            raise Failed("Dieser Benutzertyp darf die API nicht verwenden")
        self.tokens.ttl_seconds = int(self.settings.get("token_ttl_seconds") or TOKEN_TTL_SECONDS)
        issued = self.tokens.mint(str(login))
        user = self.store["users"].get("7") or {}
        return ok(
            None,
            token=issued.token,
            user_id=7,
            mobile_app_menu_items=[1, 2],
            user={
                **{k: v for k, v in self.render_user(user).items() if k not in ("first_name", "last_name")},
                "profile_photo_url": None,
            },
        )

    def _logout(self, params: dict[str, Any]) -> dict[str, Any]:
        token = params.get("_token")
        if token:
            self.revoked.add(str(token))
        return ok()
