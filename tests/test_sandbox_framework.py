"""Tests of the vendor-neutral sandbox framework, over real loopback HTTP with httpx.

A small toy vendor app (defined here) exercises routing, bodies (JSON, XML, form, multipart),
paging helpers, rate and concurrency limits, faults, the control API and the server's HTTP/1.1
manners; the people data and the runner are tested directly.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from connectors import registry
from connectors.sandbox import runner
from connectors.sandbox.auth import TokenIssuer
from connectors.sandbox.faults import FaultConfig, parse_config
from connectors.sandbox.paging import (
    PagingError,
    SortedView,
    decode_cursor,
    encode_cursor,
    keyset_page,
    page_number_page,
    parse_limit,
)
from connectors.sandbox.people import MARKETS, PeopleFactory, ascii_fold, slugify
from connectors.sandbox.ratelimit import RateLimiter, RateLimitPolicy
from connectors.sandbox.server import SandboxApp, SandboxServer
from connectors.sandbox.store import Store, merge_patch
from connectors.sandbox.wire import (
    HttpError,
    Request,
    Response,
    empty_response,
    json_response,
    to_xml,
    xml_response,
)


class ToyApp(SandboxApp):
    """A minimal vendor: key in ``X-Key``, a ``notes`` collection, a few endpoints."""

    vendor = "toy"
    rate_limit_header_names = {
        "limit": "X-RateLimit-Limit",
        "remaining": "X-RateLimit-Remaining",
        "concurrent_limit": "X-Concurrent-Limit",
        "concurrent_remaining": None,
    }

    def __init__(self, rate: float | None = None, concurrency: int | None = None) -> None:
        super().__init__(seed=1, size="tiny", auth="api_key", rate_policy=RateLimitPolicy(rate, concurrency))
        notes = self.store.add_collection("notes", sort_fields=("n",))
        notes.add_index("by_owner", lambda r: r.get("owner"))
        notes.load(
            [
                {"id": f"n{i:02d}", "n": i, "owner": "ann" if i % 2 else "bob", "text": f"Notiz Nr. {i} – ü"}
                for i in range(25)
            ]
        )
        self.route("GET", "/notes")(self._list)
        self.route("GET", "/notes/{id}")(self._get)
        self.route("POST", "/notes")(self._create)
        self.route("GET", "/slow", concurrency=1)(self._slow)
        self.route("GET", "/xml")(
            lambda r: xml_response(to_xml("root", {"@v": 1, "name": "Jürgen", "tags": ["a"]}))
        )
        self.route("POST", "/form")(lambda r: json_response(r.form()))
        self.route("POST", "/upload")(self._upload)
        self.route("GET", "/boom")(self._boom)
        self.route("GET", "/public", auth=False)(lambda r: json_response({"ok": True}))

    def authenticate(self, request: Request) -> str:
        if request.header("X-Key") != "secret":
            raise HttpError(401, "bad key")
        return "key"

    def _list(self, request: Request) -> Response:
        notes = self.store["notes"]
        view = SortedView.build(notes.values(), lambda r: (r["n"], r["id"]))
        after = decode_cursor(request.arg("cursor") or "") if request.arg("cursor") else None
        ids, nxt = keyset_page(view, parse_limit(request.arg("limit"), default=10, maximum=10), after)
        body: dict[str, Any] = {"items": [notes.get(i) for i in ids]}
        if nxt is not None:
            body["next"] = encode_cursor(list(nxt))
        return json_response(body)

    def _get(self, request: Request) -> Response:
        note = self.store["notes"].get(request.params["id"])
        if note is None:
            raise HttpError(404, "no such note")
        return json_response(note)

    def _create(self, request: Request) -> Response:
        body = request.json()
        note = self.store["notes"].insert({"id": f"x{len(self.store['notes'])}", "n": 100, **body})
        return json_response(note, 201)

    def _slow(self, request: Request) -> Response:
        time.sleep(0.3)
        return empty_response(204)

    def _upload(self, request: Request) -> Response:
        return json_response(
            [
                {"name": p.name, "filename": p.filename, "size": len(p.data), "type": p.content_type}
                for p in request.multipart()
            ]
        )

    def _boom(self, request: Request) -> Response:
        raise RuntimeError("bug")


@pytest.fixture()
def toy() -> Iterator[tuple[ToyApp, httpx.Client]]:
    app = ToyApp()
    server = SandboxServer(("127.0.0.1", 0), app)
    port = server.server_address[1]
    app.on_started(f"http://127.0.0.1:{port}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    client = httpx.Client(base_url=app.base_url, headers={"X-Key": "secret"}, timeout=5)
    try:
        yield app, client
    finally:
        client.close()
        server.shutdown()
        server.close_all_connections()
        server.server_close()


def test_routing_json_and_errors(toy: tuple[ToyApp, httpx.Client]) -> None:
    app, client = toy
    r = client.get("/notes/n03")
    assert r.status_code == 200 and r.json()["text"] == "Notiz Nr. 3 – ü"
    assert r.headers["content-type"].startswith("application/json")
    assert client.get("/notes/zzz").status_code == 404
    r = client.get("/nowhere")
    assert r.status_code == 404 and r.json()["errors"][0]["code"] == "NOT_FOUND"
    assert client.delete("/notes/n03").status_code == 405
    assert client.get("/notes", headers={"X-Key": "wrong"}).status_code == 401
    assert httpx.get(app.base_url + "/public").json() == {"ok": True}
    r = client.get("/boom")  # a handler bug still gets an answer
    assert r.status_code == 500 and "RuntimeError" in r.json()["message"]
    r = client.post("/notes", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400


def test_keep_alive_reuses_one_connection(toy: tuple[ToyApp, httpx.Client]) -> None:
    app, _client = toy
    host, port = "127.0.0.1", int(app.base_url.rsplit(":", 1)[1])
    with socket.create_connection((host, port)) as sock:
        stream = sock.makefile("rb")
        for _ in range(3):
            sock.sendall(b"GET /public HTTP/1.1\r\nHost: x\r\n\r\n")
            status = stream.readline()
            assert status.startswith(b"HTTP/1.1 200")
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            assert stream.read(length) == b'{"ok":true}'
        # chunked request bodies are understood too
        sock.sendall(
            b"POST /form HTTP/1.1\r\nHost: x\r\nX-Key: secret\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\n"
            b"5\r\na=1&b\r\n4\r\n=%C3\r\n3\r\n%BC\r\n0\r\n\r\n"
        )
        assert stream.readline().startswith(b"HTTP/1.1 200")
        while stream.readline() not in (b"\r\n", b""):
            pass
        assert "ü" in stream.read(16).decode("utf-8")


def test_xml_form_and_multipart_bodies(toy: tuple[ToyApp, httpx.Client]) -> None:
    _app, client = toy
    r = client.get("/xml")
    assert r.headers["content-type"].startswith("application/xml")
    assert '<root v="1"><name>Jürgen</name><tags><tag>a</tag></tags></root>' in r.text
    assert client.post("/form", data={"name": "Łukasz", "x": ""}).json() == {"name": "Łukasz", "x": ""}
    r = client.post(
        "/upload",
        files={"file": ("cv.pdf", b"%PDF-1.4 data", "application/pdf")},
        data={"attachmentType": "RESUME"},
    )
    parts = {p["name"]: p for p in r.json()}
    assert parts["file"]["filename"] == "cv.pdf" and parts["file"]["size"] == 13
    assert parts["attachmentType"]["filename"] is None
    assert client.post("/upload", json={"a": 1}).status_code == 400


def test_keyset_paging_survives_inserts_and_deletes(toy: tuple[ToyApp, httpx.Client]) -> None:
    app, client = toy
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": "500"} | ({"cursor": cursor} if cursor else {})  # 500 clamps to 10
        body = client.get("/notes", params=params).json()
        assert len(body["items"]) <= 10
        seen += [n["id"] for n in body["items"]]
        pages += 1
        if pages == 1:  # change the data between pages: nothing seen may repeat or be skipped
            app.store["notes"].delete("n00")
            app.store["notes"].delete("n15")
            app.store["notes"].insert({"id": "late", "n": 999})
        cursor = body.get("next")
        if not cursor:
            break
    assert len(seen) == len(set(seen))
    expected = [f"n{i:02d}" for i in range(25) if i != 15]
    assert seen == expected + ["late"]


def test_paging_helpers() -> None:
    token = encode_cursor({"k": ["2024-01-01T00:00:00.000Z", "äbc"]})
    assert set(token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert decode_cursor(token) == {"k": ["2024-01-01T00:00:00.000Z", "äbc"]}
    for bad in ("%%%", "bm90IGpzb24"):
        with pytest.raises(PagingError):
            decode_cursor(bad)
    assert parse_limit(None, default=10, maximum=100) == 10
    assert parse_limit("1000", default=10, maximum=100) == 100
    for bad in ("0", "-1", "ten"):
        with pytest.raises(PagingError):
            parse_limit(bad, default=10, maximum=100)
    assert page_number_page(list(range(7)), 3, 3) == [6]


def test_rate_limit_and_concurrency() -> None:
    limiter = RateLimiter(RateLimitPolicy(rate=5, concurrency=2))
    decisions = []
    for _ in range(6):  # sequential requests: concurrency never exceeded, the 5/s budget is
        decisions.append(limiter.acquire("k"))
        limiter.release(decisions[-1])
    allowed = [d.allowed for d in decisions]
    assert allowed.count(True) == 5 and not decisions[-1].allowed
    assert decisions[-1].retry_after >= 1 and decisions[-1].remaining == 0
    assert limiter.acquire("other").allowed  # per credential
    time.sleep(0.25)
    assert limiter.acquire("k").allowed  # refilled at 5/s
    conc = RateLimiter(RateLimitPolicy(rate=None, concurrency=2))
    a, b, c = conc.acquire("k"), conc.acquire("k"), conc.acquire("k")
    assert (a.allowed, b.allowed, c.allowed) == (True, True, False) and c.reason == "concurrency"
    conc.release(a)
    assert conc.acquire("k").allowed
    one = RateLimiter(RateLimitPolicy(rate=None, concurrency=8))
    first = one.acquire("k", "GET /slow", 1)
    assert first.allowed and first.concurrent_limit == 1
    assert not one.acquire("k", "GET /slow", 1).allowed
    assert one.acquire("k", "GET /other", None).allowed


def test_rate_limit_over_http_with_headers() -> None:
    app = ToyApp(rate=3, concurrency=None)
    with _serve(app) as client:
        statuses = [client.get("/notes/n01") for _ in range(5)]
        codes = [r.status_code for r in statuses]
        assert codes[:3] == [200, 200, 200] and 429 in codes
        limited = statuses[codes.index(429)]
        assert limited.headers["X-RateLimit-Limit"] == "3" and limited.headers["X-RateLimit-Remaining"] == "0"
        assert int(limited.headers["Retry-After"]) >= 1
        assert statuses[0].headers["X-RateLimit-Remaining"] == "2"
        app.set_rate_limit(1000)
        assert client.get("/notes/n01").headers["X-RateLimit-Limit"] == "1000"


def test_route_concurrency_limit_over_http() -> None:
    app = ToyApp()
    with _serve(app) as client:
        results: list[int] = []

        def call() -> None:
            with httpx.Client(base_url=app.base_url, headers={"X-Key": "secret"}) as own:
                results.append(own.get("/slow").status_code)

        threads = [threading.Thread(target=call) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == [204, 429, 429]
        assert client.get("/_sandbox/requests").json()["status_429"] == 2


def test_faults_over_http(toy: tuple[ToyApp, httpx.Client]) -> None:
    app, client = toy
    assert client.put("/_sandbox/faults", json={"bogus": 1}).status_code == 400
    assert client.put("/_sandbox/faults", json={"error_rate": 2}).status_code == 400

    client.put("/_sandbox/faults", json={"burst_429": 2})
    assert [client.get("/notes/n01").status_code for _ in range(3)] == [429, 429, 200]

    client.put("/_sandbox/faults", json={"error_rate": 1.0})
    assert client.get("/notes/n01").status_code in (500, 502, 503)
    assert client.get("/_sandbox/collections").status_code == 200  # never on the control API

    client.put("/_sandbox/faults", json={"drop_rate": 1.0})
    with pytest.raises(httpx.TransportError):
        client.get("/notes/n01")

    client.put("/_sandbox/faults", json={"malformed_rate": 1.0})
    r = client.get("/notes/n01")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()

    client.put("/_sandbox/faults", json={"latency_ms": 150})
    started = time.perf_counter()
    client.get("/notes/n01")
    assert time.perf_counter() - started >= 0.14

    client.put("/_sandbox/faults", json={"fail_after_accept": 2})
    before = len(app.store["notes"])
    assert client.post("/notes", json={"text": "a"}).status_code == 500  # applied, then 500
    with pytest.raises(httpx.TransportError):
        client.post("/notes", json={"text": "b"})  # applied, then dropped
    assert client.post("/notes", json={"text": "c"}).status_code == 201
    assert len(app.store["notes"]) == before + 3
    assert client.get("/_sandbox/faults").json()["fail_after_accept"] == 0

    client.put("/_sandbox/faults", json={"error_rate": 0.5, "seed": 7})
    first = [client.get("/notes/n01").status_code for _ in range(12)]
    client.put("/_sandbox/faults", json={"error_rate": 0.5, "seed": 7})
    assert [client.get("/notes/n01").status_code for _ in range(12)] == first  # seeded
    assert client.delete("/_sandbox/faults").status_code == 200
    assert client.get("/_sandbox/faults").json()["error_rate"] == 0.0


def test_fault_config_parsing_and_expire_hook() -> None:
    cfg = parse_config({"latency_ms": 5, "error_rate": 0.1, "expire_tokens": True})
    assert cfg == FaultConfig(latency_ms=5, error_rate=0.1, expire_tokens=True)
    for bad in (
        {"latency_ms": -1},
        {"burst_429": 1.5},
        {"expire_tokens": "yes"},
        {"fail_after_accept_mode": "x"},
    ):
        with pytest.raises(ValueError):
            parse_config(bad)
    app = ToyApp()
    issuer = TokenIssuer(ttl_seconds=3600)
    app.faults.watch_tokens(issuer)
    first = issuer.mint("c").token
    app.faults.update({"expire_tokens": True})
    assert issuer.validate(first) is None, "expire_tokens invalidates every token issued so far"
    app.faults.update({"revoke_tokens": 2})
    tokens = [issuer.mint("c").token for _ in range(3)]
    assert [issuer.validate(t) is not None for t in tokens] == [False, False, True]
    assert app.faults.snapshot()["revoke_tokens"] == 0


def test_control_api_records(toy: tuple[ToyApp, httpx.Client]) -> None:
    app, client = toy
    cols = {c["name"]: c["count"] for c in client.get("/_sandbox/collections").json()["collections"]}
    assert cols == {"notes": 25}
    page = client.get("/_sandbox/records/notes", params={"owner": "ann", "limit": 3}).json()
    assert page["total"] == 12 and len(page["records"]) == 3
    assert client.post("/_sandbox/records/notes", json={"id": "new", "n": 50}).status_code == 201
    assert client.get("/notes/new").json()["n"] == 50
    patched = client.patch("/_sandbox/records/notes/new", json={"text": "Grüße", "n": None}).json()
    assert patched == {"id": "new", "text": "Grüße"}
    assert client.delete("/_sandbox/records/notes/new").status_code == 204
    assert client.get("/notes/new").status_code == 404
    assert client.get("/_sandbox/records/nope").status_code == 404
    assert client.get("/_sandbox/records/notes/missing").status_code == 404
    stats = client.get("/_sandbox/requests").json()
    assert stats["requests"]["GET /notes/{id}"] >= 2
    assert client.get("/_sandbox/account").json() == {"base_url": app.base_url}
    assert client.put("/_sandbox/rate-limit", json={"rate": 50}).json()["rate"] == 50


def test_store_indexes_and_merge_patch() -> None:
    store = Store()
    coll = store.add_collection("c", sort_fields=("k",))
    coll.add_index("by_k", lambda r: r.get("k"))
    shared = {"city": "Köln"}
    coll.insert({"id": "1", "k": "a", "loc": shared})
    coll.insert({"id": "2", "k": "a"})
    assert [r["id"] for r in coll.lookup("by_k", "a")] == ["1", "2"]
    shape = coll.shape_version
    coll.update("1", {"loc": {"zip": "50667"}})
    assert shared == {"city": "Köln"}  # copy-on-write: the shared object is untouched
    assert (coll.get("1") or {})["loc"] == {"city": "Köln", "zip": "50667"} and coll.shape_version == shape
    coll.update("1", {"k": "b"})
    assert coll.shape_version == shape + 1 and [r["id"] for r in coll.lookup("by_k", "b")] == ["1"]
    coll.delete("2")
    assert coll.lookup("by_k", "a") == []
    assert merge_patch({"a": {"b": 1, "c": 2}}, {"a": {"c": None}, "d": [1]}) == {"a": {"b": 1}, "d": [1]}


def test_people_are_seeded_and_local() -> None:
    def draw(seed: int) -> list[str]:
        factory = PeopleFactory(random.Random(seed))
        return [factory.person(m).full_name + factory.person(m).email for m in MARKETS for _ in range(5)]

    assert draw(3) == draw(3) and draw(3) != draw(4)
    factory = PeopleFactory(random.Random(1))
    polish = [factory.person("pl-PL") for _ in range(300)]
    assert all(p.email.isascii() for p in polish)
    assert any(not p.full_name.isascii() for p in polish)  # diacritics survive in names
    women = [p for p in polish if p.gender == "female"]
    assert women and not any(p.last_name.endswith("ski") for p in women)  # Kowalska, not Kowalski
    assert {p.place.country_code for p in polish} == {"pl"}
    assert ascii_fold("Jürgen Weiß, Łódź") == "Juergen Weiss, Lodz"
    assert slugify("Backend Engineer (Köln)") == "backend-engineer-koeln"
    assert any("ü" in p.city for p in MARKETS["de-DE"].places)


def test_runner_rejects_unknown_vendor_size_auth() -> None:
    with pytest.raises(ValueError, match="unknown sandbox vendor"):
        runner.start("nope")
    with pytest.raises(ValueError, match="unknown sandbox size"):
        runner.start("smartrecruiters", size="huge")
    with pytest.raises(ValueError, match="auth"):
        runner.start("smartrecruiters", size="tiny", auth="password")
    with pytest.raises(ValueError, match="rate_limit"):
        runner.start("smartrecruiters", size="tiny", rate_limit=0)
    assert registry.sandbox_module("smartrecruiters") == "connectors.smartrecruiters.sandbox"


def test_stop_closes_idle_keep_alive_connections() -> None:
    sandbox = runner.start("smartrecruiters", size="tiny")
    client = httpx.Client(base_url=sandbox.base_url)
    assert client.get("/_sandbox/collections").status_code == 200
    started = time.perf_counter()
    sandbox.stop()
    sandbox.stop()  # idempotent
    assert time.perf_counter() - started < 3
    with pytest.raises(httpx.TransportError):
        client.get("/_sandbox/collections")
    client.close()


class _serve:
    """Serve an app for the duration of a ``with`` block, yielding an authenticated client."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app
        self.server = SandboxServer(("127.0.0.1", 0), app)
        app.on_started(f"http://127.0.0.1:{self.server.server_address[1]}")

    def __enter__(self) -> httpx.Client:
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        self.client = httpx.Client(base_url=self.app.base_url, headers={"X-Key": "secret"}, timeout=5)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.server.shutdown()
        self.server.close_all_connections()
        self.server.server_close()
