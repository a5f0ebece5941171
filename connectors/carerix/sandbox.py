"""The Carerix sandbox: a loopback server that behaves like Carerix's two APIs over one store.

Built from ``VENDOR.md`` (this package's contract), never from our connector.

The classic REST API (XML). Generic entity routes serve every entity in ``sandbox_query.SCHEMA``; the
entities a stream reads (users, vacancies, employees, match statuses, matches) have routes of their own
tagged with that stream's model, so ``--without MODEL`` answers them as unknown paths:

- ``GET /<Entity>`` and ``/<Entity>/list`` (``qualifier``, ``start``, ``count`` up to 100, ``ordering``,
  ``show``, ``language``) → ``<array count="total">``; ``GET /<Entity>/<id>``; ``GET /<Entity>/describe``;
- ``GET /CRDataNode/list-by?type=<list>`` → ``<array>`` without ``count``;
- ``POST /CREmployee``, ``/CRMatch``, ``/CRToDo`` and ``PUT /CREmployee|CRMatch|CRUser|CRVacancy/<id>``
  with XML bodies: plain attributes set, to-one relations by id, to-many items without id appended,
  ``additionalInfoPartial`` merged;
- HTTP Basic (application name + API token) or an OAuth Bearer token with the XML API's scope on every
  call; errors as ``NSException`` XML.

The identity service: ``POST /auth/realms/<application name>/protocol/openid-connect/token`` (client
credentials). The GraphQL API: ``POST /graphql/v1/graphql`` (``sandbox_graphql``), Bearer token with
the Cx5 data scope. ``api`` (``--api``) only picks which account ``account()`` prints; both are served.

Vendor switches (``PATCH /_sandbox/settings``): ``match_attachments`` = accept | reject | ignore (what
``PUT /CRMatch`` does with new attachments, VENDOR.md "Sandbox extras"); ``garble_next`` = N truncates
the next N XML answers; ``graphql_pageable_type`` names the GraphQL paging input type accepted. The
framework's ``malformed_rate`` fault truncates XML answers here too (it only knows JSON bodies).
"""

from __future__ import annotations

import base64
import binascii
import random
import threading
from typing import Any
from xml.etree import ElementTree

from connectors.carerix.sandbox_data import ANCHOR, SeedData, generate
from connectors.carerix.sandbox_graphql import GraphQLError, Resolver
from connectors.carerix.sandbox_graphql import parse as parse_graphql
from connectors.carerix.sandbox_query import (
    DERIVED,
    SCHEMA,
    QueryError,
    ShowTree,
    compile_qualifier,
    parse_date,
    related_ids,
    render_date,
    resolve_path,
    show_tree,
)
from connectors.sandbox import files
from connectors.sandbox.auth import bearer_token, check_auth_mode, constant_time_in, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ids import next_numeric_id
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import HttpError, Request, Response, json_response, xml_response

AUTH_MODES = ("api_key", "basic", "oauth")
APIS = ("xml", "graphql")
#: VENDOR.md "Reading": default 10 (V); largest page 100 (S: secondary sources say "max 100" for the
#: XML ``count`` and the GraphQL ``size``). A larger ask is clamped, not refused (A).
COUNT_DEFAULT, COUNT_MAX = 10, 100
GRAPHQL_PATH = "/graphql/v1/graphql"
TOKEN_PATH = "/auth/realms/{realm}/protocol/openid-connect/token"
TOKEN_TTL_SECONDS = 3600
#: Scopes the identity service grants (VENDOR.md "Identity service"): XML API (S), Cx5 GraphQL data (V).
XML_SCOPE = "urn:cx/xmlapi:data:manage"
GRAPHQL_SCOPE = "urn:cx/cx5Wrapper:data:manage"
#: The unified model of the stream that reads each entity (``--without``).
ENTITY_MODELS = {
    "CRUser": "users",
    "CRVacancy": "jobs",
    "CREmployee": "candidates",
    "CRStatusInfo": "application_stages",
    "CRMatch": "applications",
}
MAX_FILE = 10 * 1024 * 1024  # VENDOR.md "Writing", A
CREATABLE = frozenset({"CREmployee", "CRMatch", "CRToDo"})
UPDATABLE = frozenset({"CREmployee", "CRMatch", "CRUser", "CRVacancy"})
READ_ONLY = frozenset({"creationDate", "modificationDate", "statusInfoModificationDate"})
#: NSException names per status (VENDOR.md "Data format": the names are ours, A).
EXCEPTIONS = {
    400: "NSInvalidArgumentException",
    401: "CXAuthenticationException",
    403: "CXAccessDeniedException",
    404: "CXObjectNotFoundException",
    405: "CXMethodNotAllowedException",
    413: "CXPayloadTooLargeException",
    422: "CXValidationException",
    429: "CXTooManyRequestsException",
}


def create_app(*, seed: int, size: str, auth: str, api: str = "xml") -> CarerixSandbox:
    """The runner's entry point (``connectors.registry.VENDORS``); ``api`` picks which account
    it prints (both APIs are always served)."""
    return CarerixSandbox(seed=seed, size=size, auth=auth, api=api)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


class CarerixSandbox(SandboxApp):
    vendor = "carerix"
    # Carerix documents no rate-limit headers (VENDOR.md "Limits").
    rate_limit_header_names = NO_RATE_LIMIT_HEADERS
    send_retry_after = True

    def __init__(self, *, seed: int, size: str, auth: str, api: str = "xml") -> None:
        check_auth_mode(
            auth,
            AUTH_MODES,
            "Carerix",
            f"Carerix takes HTTP Basic or OAuth client credentials ({', '.join(AUTH_MODES)})",
        )
        if api not in APIS:
            raise ValueError(f"unknown Carerix API {api!r}; Carerix serves {', '.join(APIS)}")
        self.api = api
        super().__init__(seed=seed, size=size, auth=auth, rate_policy=RateLimitPolicy())
        with paused_gc():
            data = generate(seed, size)
            self._setup_store(data)
        self.application_name = data.application_name
        self.api_token = seeded_secret(random.Random(f"carerix-credentials:{seed}"), 48)
        rng = random.Random(f"carerix-client:{seed}")
        self.client_id = "recruiter-companion"
        self.client_secret = seeded_secret(rng, 32)
        #: The client's default scopes, as an admin sets them under Identity Access → Clients.
        self.client_scopes = {XML_SCOPE, GRAPHQL_SCOPE}
        self.tokens = self.token_issuer(TOKEN_TTL_SECONDS)
        self._token_scopes: dict[str, frozenset[str]] = {}
        self.graphql = Resolver(
            self,
            lambda entity, qualifier: self._select(entity, qualifier, ""),
            lambda entity: ENTITY_MODELS.get(entity) not in self.without,
            COUNT_MAX,
        )
        self.settings: dict[str, Any] = {
            "match_attachments": "accept",
            "garble_next": 0,
            # The GraphQL paging input's type name (S: "Pageable"; docs.carerix.io shows "SimplePageable"
            # on nested lists, V): a test switches it to prove the connector finds the other.
            "graphql_pageable_type": "Pageable",
        }
        self._garble_lock = threading.Lock()
        # Carerix dates carry whole seconds (VENDOR.md "Data format"); writes never date before the seed.
        self.clock = WriteClock(ANCHOR, "s")
        self._garble = random.Random(f"carerix-malformed:{seed}")
        self._register_routes()

    # -- data -------------------------------------------------------------------------------------
    def _setup_store(self, data: SeedData) -> None:
        tables = data.tables
        datas = []
        for att in tables.get("CRAttachment", []):
            att["toAttachmentData"] = att["id"]
            blob: dict[str, Any] = {
                "id": att["id"],
                "attachmentDataID": int(att["id"]),
                "content": att.pop("_content", ""),
            }
            if att.get("_lines"):
                blob["_lines"] = att.pop("_lines")
            datas.append(blob)
        tables["CRAttachmentData"] = datas
        for name in SCHEMA:
            coll = self.store.add_collection(name)
            if name == "CRMatch":
                coll.add_index("toEmployee", lambda r: r.get("toEmployee"))
                coll.add_index("toVacancy", lambda r: r.get("toVacancy"))
            if name == "CRDataNode":
                coll.add_index("type", lambda r: r.get("type"))
            coll.load(tables.get(name, []))

    def now(self) -> int:
        """Write times: real time, never before the seed, strictly increasing (deltas rely on it)."""
        return self.clock.tick()

    def next_id(self, entity: str) -> str:
        return next_numeric_id(self.store, entity)

    # the ``Lookup`` the qualifier language uses
    def record(self, entity: str, ident: str) -> dict[str, Any] | None:
        return self.store[entity].get(str(ident)) if entity in self.store else None

    def reverse(self, entity: str, key: str, ident: str) -> list[str]:
        coll = self.store[entity]
        try:
            return [r["id"] for r in coll.lookup(key, ident)]
        except KeyError:
            return [r["id"] for r in coll.values() if r.get(key) == ident]

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

    def servable_models(self) -> set[str]:
        # The GraphQL endpoint serves every model too; its queries honour the same switches.
        return super().servable_models() | set(ENTITY_MODELS.values())

    # -- pipeline hooks ---------------------------------------------------------------------------
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

    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        root = ElementTree.Element("NSException")
        name = (
            code
            if code and code.startswith(("NS", "CX"))
            else EXCEPTIONS.get(status, "NSInternalInconsistencyException")
        )
        ElementTree.SubElement(root, "name").text = name
        ElementTree.SubElement(root, "reason").text = message
        ElementTree.SubElement(root, "userInfo")
        return xml_response(root, status)

    def dispatch(self, request: Request) -> Response | str:
        result = super().dispatch(request)
        # The shared fault machinery garbles JSON only; Carerix answers XML (module doc).
        if (
            isinstance(result, Response)
            and 200 <= result.status < 300
            and "xml" in (result.content_type or "")
            and not request.path.startswith("/_sandbox")
            and self._take_garble()
        ):
            result.body = result.body[: max(1, len(result.body) // 2)]
        return result

    def _take_garble(self) -> bool:
        """Whether to truncate this answer: the ``garble_next`` count first, then ``malformed_rate``."""
        with self._garble_lock:
            left = int(self.settings.get("garble_next") or 0)
            if left > 0:
                self.settings["garble_next"] = left - 1
                return True
        cfg = self.faults.config
        return bool(self.faults.active and cfg.malformed_rate and self._garble.random() < cfg.malformed_rate)

    # -- routes -----------------------------------------------------------------------------------
    def _register_routes(self) -> None:
        r = self.add_route
        r("POST", TOKEN_PATH, self._token, auth=False, write=False)
        r("POST", GRAPHQL_PATH, self._graphql, auth=False, write=False)
        # The entities a stream reads get routes of their own, tagged with its model (``--without``).
        for entity, model in ENTITY_MODELS.items():
            tag = {"models": (model,)}
            r("GET", f"/{entity}", self._fixed(entity, self._list), **tag)
            r("GET", f"/{entity}/list", self._fixed(entity, self._list), **tag)
            r("GET", f"/{entity}/describe", self._fixed(entity, self._describe), **tag)
            r("GET", f"/{entity}/{{id}}", self._fixed(entity, self._one), **tag)
            r("POST", f"/{entity}", self._fixed(entity, self._create), **tag)
            r("PUT", f"/{entity}/{{id}}", self._fixed(entity, self._update), **tag)
        r("GET", "/CRDataNode/list-by", self._list_by)
        r("GET", "/{entity}", self._list)
        r("GET", "/{entity}/list", self._list)
        r("GET", "/{entity}/describe", self._describe)
        r("GET", "/{entity}/{id}", self._one)
        r("POST", "/{entity}", self._create)
        r("PUT", "/{entity}/{id}", self._update)

    @staticmethod
    def _fixed(entity: str, handler: Any) -> Any:
        def serve(request: Request) -> Response:
            request.params["entity"] = entity
            return handler(request)  # type: ignore[no-any-return]

        return serve

    # -- OAuth and GraphQL ------------------------------------------------------------------------
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

    def _graphql(self, request: Request) -> Response:
        """``POST /graphql/v1/graphql`` ``{query, variables}`` (VENDOR.md "GraphQL")."""
        try:
            client = self._bearer(request, GRAPHQL_SCOPE)
        except HttpError as exc:
            return json_response({"errors": [{"message": exc.message}]}, exc.status)
        if client is None:
            return json_response({"errors": [{"message": "Unauthorized: a Bearer token is required"}]}, 401)
        try:
            body = request.json()
            if not isinstance(body, dict):
                raise GraphQLError("The body must be a JSON object {query, variables}", "InvalidSyntax")
            variables = body.get("variables") or {}
            if not isinstance(variables, dict):
                raise GraphQLError("variables must be a JSON object", "InvalidSyntax")
            selections = parse_graphql(
                body.get("query"), variables, str(self.settings.get("graphql_pageable_type") or "Pageable")
            )
            data = self.graphql.run(selections)
        except GraphQLError as exc:
            error = {"message": exc.message, "extensions": {"classification": exc.classification}}
            return json_response({"errors": [error], "data": None})
        return json_response({"data": data})

    def _entity(self, request: Request) -> str:
        entity = request.params["entity"]
        if entity not in SCHEMA:
            raise HttpError(404, f"Unknown entity {entity!r}", "CXObjectNotFoundException")
        return entity

    def _get(self, entity: str, raw_id: str) -> dict[str, Any]:
        record = self.store[entity].get(raw_id) if raw_id.isdigit() else None
        if record is None:
            raise HttpError(404, f"No {entity} with id {raw_id}")
        return record

    @staticmethod
    def _int(request: Request, name: str, default: int) -> int:
        raw = request.arg(name)
        if raw is None or raw.strip() == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise HttpError(400, f"{name} must be a whole number, got {raw!r}") from None
        if value < 0:
            raise HttpError(400, f"{name} must not be negative, got {value}")
        return value

    def _show(self, entity: str, request: Request) -> ShowTree | None:
        try:
            return show_tree(entity, request.args("show"))
        except QueryError as exc:
            raise HttpError(400, f"show: {exc}") from None

    def _language(self, request: Request) -> str:
        language = (request.arg("language") or "").strip()
        if language and language not in ("English", "Dutch", "Spanish"):
            raise HttpError(400, f"Unknown language {language!r}; use English, Dutch or Spanish")
        return language

    def _select(self, entity: str, qualifier: str, ordering: str) -> list[str]:
        """Ids matching ``qualifier`` in ``ordering`` (default: ascending id, VENDOR.md "Reading", A)."""
        try:
            predicate = compile_qualifier(entity, qualifier) if qualifier.strip() else None
        except QueryError as exc:
            raise HttpError(400, f"qualifier: {exc}") from None
        sort_key, descending = None, False
        if ordering.strip():
            parts = ordering.split()
            if len(parts) > 2 or (len(parts) == 2 and parts[1].lower() not in ("asc", "desc")):
                raise HttpError(400, f"ordering: write '<key>' or '<key> desc', got {ordering!r}")
            try:
                _found, kind = resolve_path(entity, [parts[0]])
            except QueryError as exc:
                raise HttpError(400, f"ordering: {exc}") from None
            if kind in ("one", "many"):
                raise HttpError(400, f"ordering: {parts[0]} is a relationship")
            sort_key, descending = parts[0], len(parts) == 2 and parts[1].lower() == "desc"
        versions = tuple(c.version for c in self.store.collections.values())

        def compute() -> list[str]:
            records = self.store[entity].values()
            if predicate is not None:
                records = [r for r in records if predicate(r, self)]
            if sort_key is None:
                return sorted((r["id"] for r in records), key=int)
            key = sort_key
            ordered = sorted(
                records, key=lambda r: (r.get(key) is None, r.get(key) or 0, int(r["id"])), reverse=descending
            )
            return [r["id"] for r in ordered]

        return self.store.cached(("select", entity, qualifier, ordering, versions), compute)  # type: ignore[no-any-return]

    def _list(self, request: Request) -> Response:
        entity = self._entity(request)
        start = self._int(request, "start", 0)
        count = min(self._int(request, "count", COUNT_DEFAULT), COUNT_MAX)
        tree, language = self._show(entity, request), self._language(request)
        ids = self._select(entity, request.arg("qualifier") or "", request.arg("ordering") or "")
        root = ElementTree.Element("array", {"count": str(len(ids))})
        coll = self.store[entity]
        for ident in ids[start : start + count]:
            record = coll.get(ident)
            if record is not None:
                root.append(self.render(entity, record, tree, language))
        return xml_response(root)

    def _one(self, request: Request) -> Response:
        entity = self._entity(request)
        record = self._get(entity, request.params["id"])
        return xml_response(self.render(entity, record, self._show(entity, request), self._language(request)))

    def _list_by(self, request: Request) -> Response:
        """One configurable list by its node type name; ``<array>`` without ``count`` (VENDOR.md, S)."""
        name = (request.arg("type") or "").strip()
        if not name:
            raise HttpError(400, "list-by needs the parameter type (a node type name such as Bron-Kandidaat)")
        language = self._language(request)
        types = [t for t in self.store["CRNodeType"].values() if t.get("name") == name]
        root = ElementTree.Element("array")
        if types:
            nodes = [
                n for n in self.store["CRDataNode"].lookup("type", types[0]["id"]) if not n.get("deleted")
            ]
            for node in sorted(nodes, key=lambda n: (n.get("sortOrder") or 0, int(n["id"]))):
                root.append(self.render("CRDataNode", node, None, language))
        return xml_response(root)

    def _describe(self, request: Request) -> Response:
        spec = SCHEMA[self._entity(request)]
        root = ElementTree.Element("entity", {"name": spec.name, "identifierKey": spec.id_key})
        for key, kind in spec.attrs.items():
            ElementTree.SubElement(root, "attribute", {"name": key, "type": kind})
        for key, target in spec.to_one.items():
            ElementTree.SubElement(root, "relationship", {"name": key, "destination": target, "toMany": "0"})
        for key, target in spec.to_many.items():
            ElementTree.SubElement(root, "relationship", {"name": key, "destination": target, "toMany": "1"})
        return xml_response(root)

    # -- rendering --------------------------------------------------------------------------------
    def _value(self, entity: str, key: str, kind: str, record: dict[str, Any], language: str) -> str | None:
        value = record.get(key)
        if entity == "CRDataNode" and key == "value" and language == "English":
            value = record.get("_value_en") or value
        if value is None or value == "":
            return None
        if kind == "date":
            return render_date(int(value))
        if kind in ("int", "bool"):
            return str(int(value))
        if kind == "decimal":
            return _number(float(value))
        return str(value)

    def _attr(
        self, el: ElementTree.Element, entity: str, key: str, kind: str, record: dict[str, Any], language: str
    ) -> None:
        if kind == "dict":
            values = record.get(key) or {}
            holder = ElementTree.SubElement(el, key)
            book = ElementTree.SubElement(holder, "NSDictionary")
            for name, item in values.items():
                sub = ElementTree.SubElement(book, name)
                if isinstance(item, list):
                    ElementTree.SubElement(sub, "NSArray").text = ",".join(map(str, item))
                else:
                    sub.text = str(item)
            return
        if entity == "CRAttachmentData" and key == "content" and record.get("_lines"):
            # A seeded CV: a real PDF, made when it is read (connectors.sandbox.files).
            ElementTree.SubElement(el, key).text = base64.b64encode(
                files.pdf_bytes(record["_lines"])
            ).decode()
            return
        text = self._value(entity, key, kind, record, language)
        if text is not None:
            ElementTree.SubElement(el, key).text = text

    def render(
        self,
        entity: str,
        record: dict[str, Any],
        tree: ShowTree | None,
        language: str = "",
        plain: bool = False,
    ) -> ElementTree.Element:
        """An entity as Carerix writes it (VENDOR.md "Data format"): ``tree`` is what ``show`` asked
        for; without it every plain attribute and each relation as an id reference; ``plain`` (a
        relation named without sub-keys) gives the plain attributes only."""
        spec = SCHEMA[entity]
        el = ElementTree.Element(entity, {"id": str(record["id"])})
        if tree is None or plain:
            for key, kind in spec.attrs.items():
                if key not in spec.hidden:
                    self._attr(el, entity, key, kind, record, language)
            if plain:
                return el
            for key, target in spec.to_one.items():
                if record.get(key):
                    ElementTree.SubElement(el, key).append(
                        ElementTree.Element(target, {"id": str(record[key])})
                    )
            for key, target in spec.to_many.items():
                if (entity, key) in DERIVED or not record.get(key):
                    continue
                holder = ElementTree.SubElement(el, key)
                for ident in record[key]:
                    holder.append(ElementTree.Element(target, {"id": str(ident)}))
            return el
        for key, sub in tree.items():
            what = spec.kind(key)
            if what == "attr":
                self._attr(el, entity, key, spec.attrs[key], record, language)
                continue
            target = spec.target(key)
            ids = (
                [record[key]]
                if what == "one" and record.get(key)
                else (related_ids(entity, record, key, self) if what == "many" else [])
            )
            related = [r for r in (self.record(target, i) for i in ids) if r is not None]
            if what == "one" and not related:
                continue
            holder = ElementTree.SubElement(el, key)
            for item in related:
                holder.append(self.render(target, item, sub, language, plain=not sub))
        return el

    # -- writing ----------------------------------------------------------------------------------
    def _body(self, request: Request, entity: str) -> ElementTree.Element:
        if not request.body.strip():
            raise HttpError(400, f"The request has no body; send one <{entity}> element")
        try:
            root = ElementTree.fromstring(request.body)
        except ElementTree.ParseError as exc:
            raise HttpError(400, f"The body is not well-formed XML: {exc}") from None
        if root.tag != entity:
            raise HttpError(400, f"The body's root element must be <{entity}>, not <{root.tag}>")
        return root

    def _scalar(self, entity: str, key: str, kind: str, elem: ElementTree.Element) -> Any:
        text = elem.text.strip() if elem.text and elem.text.strip() else None
        if kind == "dict":
            book = elem.find("NSDictionary")
            if book is None:
                if text is None:
                    return {}
                raise HttpError(422, f"{entity}.{key} takes an <NSDictionary>")
            return {child.tag: (child.text or "") for child in book}
        if text is None:
            return None
        try:
            if kind == "int":
                return int(text)
            if kind == "bool":
                if text.lower() not in ("0", "1", "true", "false"):
                    raise ValueError
                return 1 if text.lower() in ("1", "true") else 0
            if kind == "decimal":
                return float(text.replace(",", "."))
            if kind == "date":
                return parse_date(text, need_zone=True)
        except QueryError as exc:
            raise HttpError(422, f"{entity}.{key}: {exc}") from None
        except ValueError:
            raise HttpError(422, f"{entity}.{key} must be a {kind}, got {text!r}") from None
        return elem.text  # text keeps its own spacing

    def _apply(
        self,
        entity: str,
        record: dict[str, Any],
        elem: ElementTree.Element,
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> tuple[dict[str, Any], set[str]]:
        """``elem``'s children applied to a copy of ``record``; new related records go to ``pending``."""
        spec = SCHEMA[entity]
        new = dict(record)
        changed: set[str] = set()
        for child in elem:
            key = child.tag
            if key == "additionalInfoPartial" and "additionalInfo" in spec.attrs:
                merged = dict(new.get("additionalInfo") or {})
                merged.update(self._scalar(entity, key, "dict", child))
                new["additionalInfo"] = merged
                changed.add("additionalInfo")
                continue
            kind = spec.kind(key)
            if kind is None:
                raise HttpError(400, f"{entity} has no key {key!r}", "NSUnknownKeyException")
            if kind == "attr":
                if key == spec.id_key or key in READ_ONLY:
                    continue  # read-only: ignored (A)
                new[key] = self._scalar(entity, key, spec.attrs[key], child)
            elif kind == "one":
                new[key] = self._to_one(entity, key, child)
            else:
                if (entity, key) in DERIVED:
                    raise HttpError(400, f"{entity}.{key} is read-only; set the relation on the other side")
                ids = list(new.get(key) or [])
                for item in child:
                    ids.append(self._nested(entity, key, item, now, pending))
                new[key] = ids
            changed.add(key)
        return new, changed

    def _to_one(self, entity: str, key: str, child: ElementTree.Element) -> str | None:
        items = list(child)
        if not items:
            return None
        target = SCHEMA[entity].target(key)
        item = items[0]
        if item.tag != target:
            raise HttpError(400, f"{entity}.{key} takes a <{target}>, not <{item.tag}>")
        ident = (item.get("id") or "").strip()
        if not ident:
            raise HttpError(422, f"{entity}.{key}: give the id of an existing {target}")
        if self.record(target, ident) is None:
            raise HttpError(422, f"{entity}.{key}: there is no {target} with id {ident}")
        return ident

    def _nested(
        self,
        entity: str,
        key: str,
        item: ElementTree.Element,
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> str:
        """A new item of a to-many list (VENDOR.md "Writing": items without id are added)."""
        target = SCHEMA[entity].target(key)
        if item.tag != target:
            raise HttpError(400, f"{entity}.{key} takes <{target}> items, not <{item.tag}>")
        if item.get("id"):
            raise HttpError(422, f"{entity}.{key}: only new items (without id) can be added here")
        if target not in ("CRAttachment", "CRUrl"):
            raise HttpError(422, f"{entity}.{key}: new {target} records cannot be made here")
        ident = str(int(self.next_id(target)) + sum(1 for t, _ in pending if t == target))
        spec = SCHEMA[target]
        record: dict[str, Any] = {
            "id": ident,
            spec.id_key: int(ident),
            "creationDate": now,
            "modificationDate": now,
        }
        if target == "CRAttachment":
            data = item.find("toAttachmentData")
            content_elem = data.find("CRAttachmentData/content") if data is not None else None
            rest = ElementTree.Element(target)
            rest.extend([c for c in item if c.tag != "toAttachmentData"])
            record, _ = self._apply(target, record, rest, now, pending)
            if not record.get("filePath"):
                raise HttpError(422, "CRAttachment.filePath is mandatory (the file name)")
            raw = "".join((content_elem.text or "").split()) if content_elem is not None else ""
            if not raw:
                raise HttpError(422, "CRAttachment: toAttachmentData/CRAttachmentData/content is empty")
            try:
                size = len(base64.b64decode(raw, validate=True))
            except (binascii.Error, ValueError):
                raise HttpError(400, "CRAttachmentData.content is not valid base64") from None
            if size > MAX_FILE:
                raise HttpError(413, f"The file is {size} bytes; at most {MAX_FILE} are accepted")
            record["size"] = size
            record["toAttachmentData"] = ident
            pending.append(
                ("CRAttachmentData", {"id": ident, "attachmentDataID": int(ident), "content": raw})
            )
        else:
            record, _ = self._apply(target, record, item, now, pending)
            if not record.get("url"):
                raise HttpError(422, "CRUrl.url is mandatory")
        pending.append((target, record))
        return ident

    def _create(self, request: Request) -> Response:
        entity = self._entity(request)
        if entity not in CREATABLE:
            raise HttpError(405, f"This sandbox does not create {entity} records over the API")
        root = self._body(request, entity)
        with self.store.lock:
            now = self.now()
            ident = self.next_id(entity)
            spec = SCHEMA[entity]
            base: dict[str, Any] = {
                "id": ident,
                spec.id_key: int(ident),
                "creationDate": now,
                "modificationDate": now,
            }
            if "deleted" in spec.attrs:  # CRMatch has none (VENDOR.md, V)
                base["deleted"] = 0
            pending: list[tuple[str, dict[str, Any]]] = []
            record, _ = self._apply(entity, base, root, now, pending)
            if entity == "CREmployee":
                self._new_employee(record, now, pending)
            elif entity == "CRMatch":
                self._new_match(record, now)
            else:
                self._new_todo(record)
            for target, item in pending:
                self.store[target].insert(item)
            self.store[entity].insert(record)
        return xml_response(self.render(entity, record, None))

    def _update(self, request: Request) -> Response:
        entity = self._entity(request)
        if entity not in UPDATABLE:
            raise HttpError(405, f"This sandbox does not change {entity} records over the API")
        root = self._body(request, entity)
        with self.store.lock:
            old = self._get(entity, request.params["id"])
            now = self.now()
            pending: list[tuple[str, dict[str, Any]]] = []
            record, changed = self._apply(entity, old, root, now, pending)
            if entity == "CRMatch":
                pending = self._match_update(old, record, changed, now, pending)
            if entity == "CREmployee":
                self._mirror_person(record, changed, now)
            record["modificationDate"] = now
            for target, item in pending:
                self.store[target].insert(item)
            self.store[entity].insert(record)
        return xml_response(self.render(entity, record, None))

    # -- entity rules -----------------------------------------------------------------------------
    def _new_employee(
        self, record: dict[str, Any], now: int, pending: list[tuple[str, dict[str, Any]]]
    ) -> None:
        if not record.get("lastName"):
            raise HttpError(422, "CREmployee.lastName is mandatory")
        record.setdefault("isConfidential", 0)
        record.setdefault("attachments", [])
        record.setdefault("additionalInfo", {})
        if not record.get("toUser"):
            # The person record behind a candidate (VENDOR.md "Reads": CREmployee flattens it).
            ident = str(int(self.next_id("CRUser")) + sum(1 for t, _ in pending if t == "CRUser"))
            person = {
                "id": ident,
                "userID": int(ident),
                "isActive": 1,
                "isLoginBlocked": 0,
                "deleted": 0,
                "urls": [],
                "creationDate": now,
                "modificationDate": now,
            }
            for key in ("firstName", "lastNamePrefix", "lastName", "emailAddress"):
                person[key] = record.get(key)
            pending.append(("CRUser", person))
            record["toUser"] = ident

    def _mirror_person(self, record: dict[str, Any], changed: set[str], now: int) -> None:
        keys = {"firstName", "lastNamePrefix", "lastName", "emailAddress"} & changed
        person = self.record("CRUser", record.get("toUser") or "")
        if keys and person is not None:
            self.store["CRUser"].update(
                person["id"], {**{k: record.get(k) for k in keys}, "modificationDate": now}, merge=False
            )

    def _check_status(self, status_id: str | None) -> None:
        status = self.record("CRStatusInfo", status_id or "")
        if status is not None and status.get("notActive"):
            raise HttpError(422, f"Status {status.get('displayName')!r} ({status_id}) is not active")

    def _new_match(self, record: dict[str, Any], now: int) -> None:
        for key in ("toEmployee", "toVacancy"):
            if not record.get(key):
                raise HttpError(422, f"Relationship {key} is mandatory")
        vacancy = self.record("CRVacancy", record["toVacancy"]) or {}
        employee = self.record("CREmployee", record["toEmployee"]) or {}
        if vacancy.get("deleted") or vacancy.get("isTemplate"):
            raise HttpError(422, f"Vacancy {record['toVacancy']} cannot take matches (deleted or a template)")
        if employee.get("deleted"):
            raise HttpError(422, f"Candidate {record['toEmployee']} is deleted")
        for other in self.store["CRMatch"].lookup("toEmployee", record["toEmployee"]):
            if other.get("toVacancy") == record["toVacancy"] and not other.get("deleted"):
                raise HttpError(
                    422,
                    f"Candidate {record['toEmployee']} is already matched to vacancy "
                    f"{record['toVacancy']} (match {other['id']})",
                )
        if not record.get("statusInfo"):
            default = next((s for s in self.store["CRStatusInfo"].values() if s.get("isDefault")), None)
            record["statusInfo"] = default["id"] if default else None
        self._check_status(record.get("statusInfo"))
        record["statusInfoModificationDate"] = now
        record.setdefault("isConfidential", 0)
        record.setdefault("attachments", [])
        record.setdefault("additionalInfo", {})

    def _match_update(
        self,
        old: dict[str, Any],
        record: dict[str, Any],
        changed: set[str],
        now: int,
        pending: list[tuple[str, dict[str, Any]]],
    ) -> list[tuple[str, dict[str, Any]]]:
        if "statusInfo" in changed and record.get("statusInfo") != old.get("statusInfo"):
            if not record.get("statusInfo"):
                raise HttpError(422, "Relationship statusInfo is mandatory on a match")
            self._check_status(record["statusInfo"])
            record["statusInfoModificationDate"] = now
        for key in ("additionalInfo",):
            for name in record.get(key) or {}:
                node = self.record("CRDataNode", name.lstrip("_")) if name.startswith("_") else None
                if node is None:
                    raise HttpError(422, f"additionalInfo key {name!r} names no extra-field definition")
        if "attachments" in changed:
            mode = self.settings.get("match_attachments", "accept")
            if mode == "reject":
                raise HttpError(
                    422, "Matches do not take attachments in this Carerix; add them to the candidate"
                )
            if mode == "ignore":
                record["attachments"] = old.get("attachments") or []
                return []
        return pending

    def _new_todo(self, record: dict[str, Any]) -> None:
        if not record.get("subject") and not record.get("notes"):
            raise HttpError(422, "CRToDo needs a subject or notes")
        record.setdefault("todoTypeKey", 4)
        record.setdefault("status", 0)

    # -- control-API hooks ------------------------------------------------------------------------
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        spec = SCHEMA.get(collection)
        if spec is None:
            return super().control_add(collection, record)
        now = self.now()
        rec = {k: (str(v) if k in spec.to_one and v is not None else v) for k, v in record.items()}
        with self.store.lock:
            ident = str(rec.get("id") or self.next_id(collection))
            rec.update({"id": ident, spec.id_key: int(ident)})
            if "deleted" in spec.attrs:  # CRMatch and CRStatusInfo have none (VENDOR.md, V)
                rec.setdefault("deleted", 0)
            rec.setdefault("creationDate", now)
            rec.setdefault("modificationDate", now)
            for key, target in spec.to_one.items():
                if rec.get(key) and self.record(target, rec[key]) is None:
                    raise ValueError(f"{collection}.{key}: no {target} {rec[key]}")
            if collection == "CRMatch":
                rec.setdefault("statusInfoModificationDate", rec["creationDate"])
                rec.setdefault("attachments", [])
                rec.setdefault("additionalInfo", {})
            return self.store[collection].insert(rec)

    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        spec = SCHEMA.get(collection)
        if spec is None:
            return super().control_patch(collection, record_id, changes)
        stamped = {k: (str(v) if k in spec.to_one and v is not None else v) for k, v in changes.items()}
        for key, target in spec.to_one.items():
            if stamped.get(key) and self.record(target, stamped[key]) is None:
                raise ValueError(f"{collection}.{key}: no {target} {stamped[key]}")
        now = self.now()
        old = self.store[collection].get(record_id) or {}
        if (
            collection == "CRMatch"
            and "statusInfo" in stamped
            and stamped["statusInfo"] != old.get("statusInfo")
        ):
            stamped.setdefault("statusInfoModificationDate", now)
        stamped.setdefault("modificationDate", now)
        return self.store[collection].update(record_id, stamped, merge=False)
