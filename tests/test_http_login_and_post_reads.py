"""The HTTP layer's pieces for vendors that are neither REST+JSON nor static-key: a session token from a
login call (eRecruiter, RECRU), reads sent as POST with the paging in the body (JSON-RPC), and bodies
that are not JSON (Carerix's XML). Served by a minimal app on the sandbox framework over loopback."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest

from connectors.http import AuthError, LoginToken, NoPaging, OffsetPaging, RetryPolicy, VendorClient
from connectors.http.ratelimit import Limits
from connectors.http.redact import redact
from connectors.sandbox.server import SandboxApp, SandboxServer
from connectors.sandbox.wire import HttpError, Request, Response, json_response

ITEMS = [{"id": n} for n in range(7)]


class RpcApp(SandboxApp):
    """Login with a key, then list items over JSON-RPC (offset paging in params) or as XML."""

    vendor = "rpc-test"

    def __init__(self) -> None:
        super().__init__(seed=1, size="tiny", auth="login")
        self.logins = 0
        self.valid: set[str] = set()
        self.route("POST", "/login", auth=False)(self.login)
        self.route("POST", "/rpc")(self.rpc)
        self.route("GET", "/items.xml")(self.items_xml)

    def authenticate(self, request: Request) -> str:
        header = request.header("Authorization") or ""
        if header.removeprefix("Bearer ") not in self.valid:
            raise HttpError(401, "not signed in")
        return "user"

    def login(self, request: Request) -> Response:
        if request.json().get("key") != "s3cret-key":
            raise HttpError(401, "bad key")
        self.logins += 1
        token = f"session-{self.logins}"
        self.valid = {token}
        return json_response({"result": {"token": token, "ttl": 600}})

    def rpc(self, request: Request) -> Response:
        call = request.json()
        params = call["params"]
        offset, limit = int(params["offset"]), int(params["limit"])
        return json_response({"jsonrpc": "2.0", "id": call["id"], "result": ITEMS[offset : offset + limit]})

    def items_xml(self, request: Request) -> Response:
        root = ElementTree.Element("items")
        for item in ITEMS:
            ElementTree.SubElement(root, "item", id=str(item["id"]))
        return Response(200, ElementTree.tostring(root), "application/xml")


@pytest.fixture()
def rpc_server() -> Iterator[tuple[RpcApp, str]]:
    app = RpcApp()
    server = SandboxServer(("127.0.0.1", 0), app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield app, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _login(base: str, key: str = "s3cret-key") -> LoginToken:
    return LoginToken(
        f"{base}/login",
        {"key": key},
        extract=lambda body: (body["result"]["token"], body["result"]["ttl"]),
        secrets=(key,),
    )


def _client(base: str, auth: LoginToken, **kwargs: Any) -> VendorClient:
    retry = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02)
    limits = Limits(requests_per_second=1000, concurrency=2)
    return VendorClient(base, auth, limits, vendor="Test", retry=retry, **kwargs)


def test_login_token_pages_a_post_read_and_logs_in_again_after_a_401(rpc_server: tuple[RpcApp, str]) -> None:
    app, base = rpc_server

    async def go() -> list[Any]:
        client = _client(base, _login(base))
        got: list[Any] = []
        try:
            async for items, _ in client.pages(
                "/rpc",
                method="POST",
                body=lambda params: {"jsonrpc": "2.0", "id": 1, "method": "Items.list", "params": params},
                paginator=OffsetPaging(offset_param="offset", limit_param="limit", limit=3),
                records=lambda body: body["result"],
            ):
                got.extend(items)
                app.valid.clear()  # the session ends between pages: the client must sign in again
        finally:
            await client.aclose()
        return got

    assert asyncio.run(go()) == ITEMS
    assert app.logins == 3


def test_a_refused_login_is_an_auth_error_without_the_key(rpc_server: tuple[RpcApp, str]) -> None:
    _, base = rpc_server

    async def go() -> None:
        client = _client(base, _login(base, key="wrong-key-123"))
        try:
            await client.read("POST", "/rpc", json_body={"id": 1, "params": {"offset": 0, "limit": 1}})
        finally:
            await client.aclose()

    with pytest.raises(AuthError) as caught:
        asyncio.run(go())
    assert "wrong-key-123" not in redact(str(caught.value))


def test_a_connector_decoder_reads_xml_bodies(rpc_server: tuple[RpcApp, str]) -> None:
    _, base = rpc_server

    def decode(response: httpx.Response) -> Any:
        try:
            root = ElementTree.fromstring(response.content)
        except ElementTree.ParseError as exc:
            raise ValueError(str(exc)) from None
        return [{"id": int(el.get("id") or 0)} for el in root]

    async def go() -> list[Any]:
        client = _client(base, _login(base), decode=decode, accept="application/xml")
        try:
            pages = client.pages("/items.xml", paginator=NoPaging())
            return [item async for items, _ in pages for item in items]
        finally:
            await client.aclose()

    assert asyncio.run(go()) == ITEMS
