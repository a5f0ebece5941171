"""The lean transport against real loopback servers: TLS with a throw-away CA (trusted the way a user trusts
one, through ``SSL_CERT_FILE``), refused certificates, dropped keep-alive connections, the HTTP/1.1 framing
a vendor's server can send (RFC 9112), and the ``RECRUITER_COMPANION_HTTP=httpx`` safety valve."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from connectors.http import RetryPolicy
from connectors.http import client as client_module
from connectors.http.auth import ApiKeyHeader
from connectors.http.client import VendorClient
from connectors.http.errors import Unreachable
from connectors.http.ratelimit import Limits
from connectors.http.transport import FastTransport
from tests.conftest import add_account, run_cli, start_sandbox

FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02, connect_attempts=3)
OK = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{"ok": true}'
T = TypeVar("T")


# --- a throw-away certificate authority ------------------------------------------------------------
def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


@dataclass
class _Authority:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @classmethod
    def create(cls, common: str) -> _Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(common))
            .issuer_name(_name(common))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def server_context(self, directory: Path, *names: str) -> ssl.SSLContext:
        """A server's TLS context with a certificate this authority signed for ``names`` (DNS or IP)."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        alt: list[x509.GeneralName] = []
        for name in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alt.append(x509.DNSName(name))
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(names[0]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        stem = directory / f"{names[0]}-{x509.random_serial_number()}"
        cert_file, key_file = stem.with_suffix(".crt"), stem.with_suffix(".key")
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert_file, key_file)
        return context


@dataclass
class Pki:
    trusted: _Authority
    stranger: _Authority
    directory: Path
    ca_file: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("pki")
    trusted = _Authority.create("Recruiter Companion test CA")
    ca_file = directory / "ca.pem"
    ca_file.write_bytes(trusted.pem())
    return Pki(trusted, _Authority.create("Somebody else's CA"), directory, ca_file)


@pytest.fixture()
def trust_test_ca(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> Pki:
    """The user's way to trust a CA: the standard ``SSL_CERT_FILE`` naming a PEM file."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return pki


# --- a scripted loopback HTTP server ----------------------------------------------------------------
CLOSE = object()  # after this answer the server closes the connection (without saying so)
DROP = object()  # the server reads the request and closes without answering


@dataclass
class Script:
    """Answers in order; ``CLOSE`` after an answer closes the connection, ``DROP`` closes instead of one."""

    steps: list[Any]
    connections: int = 0
    handshakes_failed: int = 0
    requests: list[bytes] = field(default_factory=list)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while self.steps:
                head = await reader.readuntil(b"\r\n\r\n")
                self.requests.append(head)
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                if length:
                    await reader.readexactly(length)
                step = self.steps.pop(0)
                if step is DROP:
                    break
                writer.write(step)
                await writer.drain()
                if self.steps and self.steps[0] is CLOSE:
                    self.steps.pop(0)
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()


async def _serving(script: Script, tls: ssl.SSLContext | None, body: Callable[[int], Awaitable[T]]) -> T:
    server = await asyncio.start_server(script.serve, "127.0.0.1", 0, ssl=tls)
    try:
        return await body(server.sockets[0].getsockname()[1])
    finally:
        server.close()


def _client(base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> VendorClient:
    return VendorClient(
        base_url,
        ApiKeyHeader("X-Key", "k-test-123"),
        Limits(),
        vendor="Acme",
        retry=FAST,
        transport=transport,
    )


@pytest.fixture(params=["lean", "httpx"])
def http_layer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each behaviour holds for the lean transport and for the ``RECRUITER_COMPANION_HTTP=httpx`` valve."""
    if request.param == "httpx":
        monkeypatch.setenv("RECRUITER_COMPANION_HTTP", "httpx")
    else:
        monkeypatch.delenv("RECRUITER_COMPANION_HTTP", raising=False)
    yield str(request.param)


# --- TLS ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_certificate_from_a_trusted_ca_is_accepted_and_the_connection_kept_alive(
    trust_test_ca: Pki, http_layer: str, host: str
) -> None:
    tls = trust_test_ca.trusted.server_context(trust_test_ca.directory, "localhost", "127.0.0.1")
    script = Script([OK] * 5)

    async def go(port: int) -> list[Any]:
        client = _client(f"https://{host}:{port}/api")
        assert client.transport_kind == http_layer
        try:
            return [await client.get_json("/things") for _ in range(5)]
        finally:
            await client.aclose()

    answers = asyncio.run(_serving(script, tls, go))
    assert answers == [{"ok": True}] * 5
    assert script.connections == 1  # one TLS handshake carried every request
    assert all(b"X-Key: k-test-123" in head for head in script.requests)


def test_verify_takes_a_context_as_httpx_does(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    tls = pki.trusted.server_context(pki.directory, "127.0.0.1")
    script = Script([OK])

    async def go(port: int) -> int:
        transport = FastTransport(verify=ssl.create_default_context(cafile=str(pki.ca_file)))
        try:
            response = await transport.handle_async_request(
                httpx.Request("GET", f"https://127.0.0.1:{port}/")
            )
            return response.status_code
        finally:
            await transport.aclose()

    assert asyncio.run(_serving(script, tls, go)) == 200


def _unreachable(script: Script, tls: ssl.SSLContext, host: str = "127.0.0.1") -> tuple[str, float]:
    async def go(port: int) -> tuple[str, float]:
        client = _client(f"https://{host}:{port}")
        started = time.monotonic()
        try:
            with pytest.raises(Unreachable) as caught:
                await client.get_json("/things")
            return str(caught.value), time.monotonic() - started
        finally:
            await client.aclose()

    return asyncio.run(_serving(script, tls, go))


def test_a_certificate_from_an_unknown_ca_is_refused_as_unreachable(
    trust_test_ca: Pki, http_layer: str
) -> None:
    tls = trust_test_ca.stranger.server_context(trust_test_ca.directory, "localhost", "127.0.0.1")
    script = Script([OK] * 10)
    message, seconds = _unreachable(script, tls)
    assert message.startswith("Cannot reach Acme at 127.0.0.1:") and "Check the address" in message
    assert script.requests == []  # nothing was ever sent over the untrusted connection
    assert script.connections <= FAST.connect_attempts and seconds < 5  # tried a bounded number of times


def test_a_certificate_for_another_host_is_refused(trust_test_ca: Pki, http_layer: str) -> None:
    tls = trust_test_ca.trusted.server_context(trust_test_ca.directory, "vendor.example")
    script = Script([OK] * 10)
    for host in ("127.0.0.1", "localhost"):
        message, _ = _unreachable(script, tls, host)
        assert message.startswith(f"Cannot reach Acme at {host}:")
    assert script.requests == []


def test_the_lean_transport_says_why_a_certificate_was_refused(trust_test_ca: Pki) -> None:
    stranger = trust_test_ca.stranger.server_context(trust_test_ca.directory, "127.0.0.1")
    elsewhere = trust_test_ca.trusted.server_context(trust_test_ca.directory, "vendor.example")

    async def refusal(tls: ssl.SSLContext) -> str:
        async def go(port: int) -> str:
            transport = FastTransport()
            try:
                with pytest.raises(httpx.ConnectError) as caught:
                    await transport.handle_async_request(httpx.Request("GET", f"https://127.0.0.1:{port}/"))
                return str(caught.value)
            finally:
                await transport.aclose()

        return await _serving(Script([OK]), tls, go)

    assert "not trusted" in asyncio.run(refusal(stranger))
    assert "mismatch" in asyncio.run(refusal(elsewhere)).lower()


def test_a_connection_the_server_closed_after_an_answer_is_replaced(
    trust_test_ca: Pki, http_layer: str
) -> None:
    tls = trust_test_ca.trusted.server_context(trust_test_ca.directory, "127.0.0.1")
    script = Script([OK, CLOSE, OK, CLOSE, OK])

    async def go(port: int) -> list[Any]:
        client = _client(f"https://127.0.0.1:{port}")
        try:
            answers = []
            for _ in range(3):
                answers.append(await client.get_json("/things"))
                await asyncio.sleep(0.05)  # the server's close arrives while the connection is idle
            return answers
        finally:
            await client.aclose()

    assert asyncio.run(_serving(script, tls, go)) == [{"ok": True}] * 3
    assert script.connections == 3


@pytest.mark.parametrize("tls_on", [True, False], ids=["https", "http"])
def test_a_kept_alive_connection_dropped_as_a_read_goes_out_is_retried_at_once_on_a_new_one(
    trust_test_ca: Pki, tls_on: bool
) -> None:
    """The server's keep-alive timer runs out just as the next request arrives: it closes unanswered."""
    tls = trust_test_ca.trusted.server_context(trust_test_ca.directory, "127.0.0.1") if tls_on else None
    script = Script([OK, DROP, OK])

    async def go(port: int) -> tuple[int, int]:
        transport = FastTransport()
        scheme = "https" if tls_on else "http"
        try:
            statuses = []
            for _ in range(2):
                response = await transport.handle_async_request(
                    httpx.Request("GET", f"{scheme}://127.0.0.1:{port}/")
                )
                statuses.append(response.status_code)
            assert statuses == [200, 200]
            return transport.opened, script.connections
        finally:
            await transport.aclose()

    assert asyncio.run(_serving(script, tls, go)) == (2, 2)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_a_write_on_a_dropped_kept_alive_connection_is_not_silently_resent(method: str) -> None:
    # PUT and DELETE too: eRecruiter creates with PUT, so only the client, which knows the action, may
    # decide to send one again.
    script = Script([OK, DROP, OK])

    async def go(port: int) -> int:
        transport = FastTransport()
        try:
            await transport.handle_async_request(httpx.Request("GET", f"http://127.0.0.1:{port}/"))
            with pytest.raises(httpx.RemoteProtocolError):
                await transport.handle_async_request(
                    httpx.Request(method, f"http://127.0.0.1:{port}/candidates", json={"a": 1})
                )
            return transport.opened
        finally:
            await transport.aclose()

    assert asyncio.run(_serving(script, None, go)) == 1  # the write went on the kept-alive connection
    assert len(script.requests) == 2  # and out once; the outbox reconciles, not the transport


def test_an_idle_connection_is_dropped_before_the_servers_announced_keep_alive_timeout() -> None:
    """Apache says ``Keep-Alive: timeout=5`` and closes after 5 idle seconds: we let go a second earlier."""
    short = b"HTTP/1.1 200 OK\r\nKeep-Alive: timeout=1, max=100\r\nContent-Length: 2\r\n\r\n{}"
    script = Script([short, short, OK])

    async def go(port: int) -> int:
        transport = FastTransport()
        try:
            for pause in (0.0, 0.6, 0.0):
                await asyncio.sleep(pause)
                response = await transport.handle_async_request(
                    httpx.Request("GET", f"http://127.0.0.1:{port}/")
                )
                assert response.status_code == 200
            return transport.opened
        finally:
            await transport.aclose()

    assert asyncio.run(_serving(script, None, go)) == 2  # quick reuse kept it; the pause outlived it


def test_writes_use_kept_alive_connections_too() -> None:
    (first, second, third), opened = _exchange([OK, OK, OK], [("GET", "/a"), ("POST", "/b"), ("PATCH", "/c")])
    assert [r.status_code for r in (first, second, third)] == [200, 200, 200]
    assert opened == 1


# --- HTTP/1.1 framing (RFC 9112) ---------------------------------------------------------------------
def _exchange(steps: list[Any], requests: list[tuple[str, str]]) -> tuple[list[httpx.Response], int]:
    """Send ``requests`` (method, path) in order through one transport; the answers and connections opened."""
    script = Script(steps)

    async def go(port: int) -> tuple[list[httpx.Response], int]:
        transport = FastTransport()
        try:
            responses = []
            for method, path in requests:
                response = await transport.handle_async_request(
                    httpx.Request(method, f"http://127.0.0.1:{port}{path}")
                )
                await response.aread()
                responses.append(response)
            return responses, transport.opened
        finally:
            await transport.aclose()

    return asyncio.run(_serving(script, None, go))


GETS = [("GET", "/a"), ("GET", "/b")]


def test_chunked_answers_with_extensions_and_trailers_keep_the_connection_in_step() -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
        b'5;name=value\r\n{"a":\r\n3 ; ext\r\n 1}\r\n0\r\nX-Checksum: abc\r\nExpires: never\r\n\r\n'
    )
    (first, second), opened = _exchange([chunked, OK], GETS)
    assert first.json() == {"a": 1} and second.json() == {"ok": True}
    assert opened == 1
    assert "transfer-encoding" not in first.headers


def test_interim_100_continue_answers_are_skipped_and_repeated_headers_all_kept() -> None:
    answer = (
        b"HTTP/1.1 100 Continue\r\n\r\n"
        b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\n"
        b'HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Bearer realm="api"\r\n'
        b'WWW-Authenticate: Basic realm="api"\r\nSet-Cookie: a=1\r\nSET-COOKIE: b=2\r\n'
        b"X-Folded: one\r\n two\r\nContent-Length: 2\r\n\r\n{}"
    )
    (response, after), opened = _exchange([answer, OK], GETS)
    assert response.status_code == 401 and response.json() == {}
    assert response.headers.get_list("www-authenticate") == ['Bearer realm="api"', 'Basic realm="api"']
    assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert response.headers["x-folded"] == "one two"
    assert "link" not in response.headers  # the interim answer's headers are not the answer's
    assert after.json() == {"ok": True} and opened == 1


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nCONNECTION: Upgrade, Close\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.0 200 OK\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}",  # neither length nor chunked
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{}",  # chunked not final: read to close
    ],
    ids=["close", "close-token", "http1.0", "http1.0-to-close", "to-close", "te-not-chunked"],
)
def test_answers_that_end_the_connection_are_read_whole_and_the_next_request_reconnects(
    answer: bytes,
) -> None:
    (first, second), opened = _exchange([answer, CLOSE, OK], GETS)
    assert first.content == b"{}"
    assert second.json() == {"ok": True}
    assert opened == 2


def test_an_http10_keep_alive_answer_keeps_the_connection() -> None:
    answer = b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\n{}"
    (first, second), opened = _exchange([answer, OK], GETS)
    assert first.extensions["http_version"] == b"HTTP/1.0"
    assert first.json() == {} and second.json() == {"ok": True} and opened == 1


def test_head_and_204_answers_have_no_body_even_with_a_length() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n"
    empty = b"HTTP/1.1 204 No Content\r\n\r\n"
    (first, second, third), opened = _exchange(
        [head, empty, OK], [("HEAD", "/a"), ("DELETE", "/b"), ("GET", "/c")]
    )
    assert first.content == b"" and second.content == b"" and third.json() == {"ok": True}
    assert opened == 1


def test_a_repeated_equal_content_length_is_one_length_and_conflicting_ones_are_refused() -> None:
    same = b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\n{}"
    (first, second), opened = _exchange([same, OK], GETS)
    assert first.json() == {} and second.json() == {"ok": True} and opened == 1
    with pytest.raises(httpx.RemoteProtocolError):
        _exchange([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}x"], GETS[:1])


def test_chunked_wins_over_content_length_and_the_connection_is_not_reused() -> None:
    both = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
    (first, second), opened = _exchange([both, CLOSE, OK], GETS)
    assert first.json() == {} and second.json() == {"ok": True} and opened == 2


@pytest.mark.parametrize("bad", [b"zz\r\n", b"-2\r\n", b"0x2\r\n"])
def test_a_garbled_chunk_size_is_a_protocol_error(bad: bytes) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        _exchange(
            [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + bad + b"{}\r\n0\r\n\r\n"], GETS[:1]
        )


def test_a_chunk_longer_than_announced_is_a_protocol_error() -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        _exchange([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}xx\r\n0\r\n\r\n"], GETS[:1])


def test_an_answer_cut_short_is_an_error_not_a_short_body() -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        _exchange([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}", CLOSE], GETS[:1])
    with pytest.raises(httpx.TransportError):
        _exchange([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{}", CLOSE], GETS[:1])


def test_answers_of_several_megabytes_arrive_whole_in_each_framing() -> None:
    blob = bytes(range(256)) * (6 * 4096)  # 6 MiB
    chunked = b"".join(b"%x\r\n%s\r\n" % (65536, blob[i : i + 65536]) for i in range(0, len(blob), 65536))
    steps = [
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(blob) + blob,
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked + b"0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n\r\n" + blob,
        CLOSE,
    ]
    responses, opened = _exchange(steps, [("GET", "/a"), ("GET", "/b"), ("GET", "/c")])
    assert [r.content == blob for r in responses] == [True, True, True]
    assert opened == 1


# --- the safety valve ----------------------------------------------------------------------------------
def test_a_smartrecruiters_sync_works_over_either_http_layer(
    app_home: Path, http_layer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lean: list[FastTransport] = []

    class Counted(FastTransport):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            lean.append(self)

    monkeypatch.setattr(client_module, "FastTransport", Counted)
    sandbox = start_sandbox("smartrecruiters")
    try:
        add_account("smartrecruiters", "acme", sandbox)
        result = run_cli("sync", "acme", "--json")
        assert result.code == 0, result.err
        assert '"candidates"' in result.out
    finally:
        sandbox.stop()
    if http_layer == "httpx":
        assert lean == []
    else:
        assert lean and sum(t.opened for t in lean) >= 1
