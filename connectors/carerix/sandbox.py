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

The class is cut by concern: ``sandbox_auth`` (credentials, scopes, tokens), ``sandbox_reads`` (entity
reads and XML rendering), ``sandbox_writes`` (XML writes and entity rules); this module holds the
data, the route table, the GraphQL endpoint, the error body and the control-API hooks.
"""

from __future__ import annotations

import random
import threading
from typing import Any
from xml.etree import ElementTree

from connectors.carerix.sandbox_auth import (
    AUTH_MODES,
    GRAPHQL_SCOPE,
    TOKEN_PATH,
    TOKEN_TTL_SECONDS,
    XML_SCOPE,
    CarerixAuth,
)
from connectors.carerix.sandbox_data import ANCHOR, SeedData, generate
from connectors.carerix.sandbox_graphql import GraphQLError, Resolver
from connectors.carerix.sandbox_graphql import parse as parse_graphql
from connectors.carerix.sandbox_query import SCHEMA
from connectors.carerix.sandbox_reads import COUNT_MAX
from connectors.carerix.sandbox_writes import CarerixWrites
from connectors.sandbox.auth import check_auth_mode, seeded_secret
from connectors.sandbox.clock import WriteClock
from connectors.sandbox.ratelimit import NO_RATE_LIMIT_HEADERS, RateLimitPolicy
from connectors.sandbox.store import paused_gc
from connectors.sandbox.wire import HttpError, Request, Response, json_response, xml_response

APIS = ("xml", "graphql")
GRAPHQL_PATH = "/graphql/v1/graphql"
#: The unified model of the stream that reads each entity (``--without``).
ENTITY_MODELS = {
    "CRUser": "users",
    "CRVacancy": "jobs",
    "CREmployee": "candidates",
    "CRStatusInfo": "application_stages",
    "CRMatch": "applications",
}
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


class CarerixSandbox(CarerixAuth, CarerixWrites):
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

    def servable_models(self) -> set[str]:
        # The GraphQL endpoint serves every model too; its queries honour the same switches.
        return super().servable_models() | set(ENTITY_MODELS.values())

    # -- pipeline hooks ---------------------------------------------------------------------------
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


#: The runner's entry point (``connectors.registry.VENDORS``): the class itself; ``api`` picks
#: which account it prints (both APIs are always served).
create_app = CarerixSandbox
