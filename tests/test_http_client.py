"""The shared HTTP layer against a live sandbox: retries, backoff, throttling, token renewal, redaction."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging

import httpx
import pytest

from connectors import registry
from connectors.http import AuthError, PermissionDenied, RetryPolicy, TooLarge
from connectors.http.redact import RedactingFilter, redact, register_secret
from connectors.http.transport import FastTransport
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import start_sandbox

FAST = RetryPolicy(attempts=5, base_delay=0.01, max_delay=0.05)


def _faults(sandbox: RunningSandbox, **faults: object) -> None:
    httpx.put(f"{sandbox.base_url}/_sandbox/faults", json=faults).raise_for_status()


def _get(sandbox: RunningSandbox, path: str = "/user-api/v201804/users", **settings: str) -> object:
    async def go() -> object:
        client = registry.get("smartrecruiters").client({**sandbox.account, **settings}, retry=FAST)
        try:
            return await client.get_json(path)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_429_bursts_and_5xx_are_retried(sr_sandbox: RunningSandbox) -> None:
    _faults(sr_sandbox, burst_429=3)
    assert _get(sr_sandbox)
    _faults(sr_sandbox, error_rate=0.5, seed=3)
    for _ in range(5):
        assert _get(sr_sandbox)


def test_malformed_bodies_and_dropped_connections_are_retried(sr_sandbox: RunningSandbox) -> None:
    _faults(sr_sandbox, malformed_rate=0.5, drop_rate=0.3, seed=5)
    for _ in range(5):
        assert _get(sr_sandbox)


def test_an_expired_oauth_token_is_renewed_once() -> None:
    sandbox = start_sandbox("smartrecruiters", auth="oauth")
    try:

        def mints() -> int:
            counts = httpx.get(f"{sandbox.base_url}/_sandbox/requests").json()["requests"]
            return int(counts.get("POST /identity/oauth/token", 0))

        async def go() -> None:
            client = registry.get("smartrecruiters").client(sandbox.account, retry=FAST)
            try:
                await client.get_json("/jobs")
                assert mints() == 1
                _faults(sandbox, expire_tokens=True)
                await client.get_json("/jobs")  # 401 → new token → success
                assert mints() == 2, "an expired token is renewed exactly once"
                await client.get_json("/jobs")
                assert mints() == 2, "the renewed token is kept for the next request"
            finally:
                await client.aclose()

        asyncio.run(go())
    finally:
        sandbox.stop()


def test_credentials_never_go_to_another_host(sr_sandbox: RunningSandbox) -> None:
    with pytest.raises(PermissionDenied, match="Refusing to send"):
        _get(sr_sandbox, "https://evil.example.com/jobs")


def test_bad_key_is_an_auth_error_without_the_key(sr_sandbox: RunningSandbox) -> None:
    with pytest.raises(AuthError) as err:
        _get(sr_sandbox, api_key="DCRA1-notthekeynotthekeynotthekey")
    assert "notthekey" not in str(err.value)


def test_redaction_masks_registered_secrets_and_credential_params(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("s3cr3t-value-123")
    assert (
        redact("GET /apps?access_token=abc123&page=2 with s3cr3t-value-123")
        == "GET /apps?access_token=***&page=2 with ***"
    )
    assert "tok" not in redact("Authorization: Bearer tok123456")
    logger = logging.getLogger("recruiter_companion.test")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="recruiter_companion.test"):
        logger.info("key is %s", "s3cr3t-value-123")
    assert "s3cr3t" not in caplog.text


def test_connections_are_kept_alive_and_reused(sr_sandbox: RunningSandbox) -> None:
    transport = FastTransport()

    async def go() -> None:
        client = registry.get("smartrecruiters").client(sr_sandbox.account, transport=transport)
        try:
            for _ in range(30):
                await client.get_json("/jobs")
            await asyncio.gather(*(client.get_json("/jobs") for _ in range(30)))
        finally:
            await client.aclose()

    asyncio.run(go())
    assert transport.opened <= registry.get("smartrecruiters").limits.concurrency


def test_the_lean_transport_reads_chunked_gzipped_and_closing_answers() -> None:
    body = json.dumps({"content": [{"id": "1"}]}).encode()
    packed = gzip.compress(body)
    chunked = (
        b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (packed[:10], packed[10:])) + b"0\r\n\r\n"
    )
    answers = [
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + body,
    ]

    async def go() -> list[httpx.Response]:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while answers:
                while (await reader.readline()) not in (b"\r\n", b""):
                    pass
                answer = answers.pop(0)
                writer.write(answer)
                await writer.drain()
                if b"close" in answer:
                    break
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        transport = FastTransport()
        try:
            responses = []
            for _ in range(3):
                response = await transport.handle_async_request(
                    httpx.Request("GET", f"http://127.0.0.1:{port}/x")
                )
                await response.aread()
                responses.append(response)
            assert transport.opened == 1  # one kept-alive connection carried all three
            return responses
        finally:
            await transport.aclose()
            server.close()

    first, empty, last = asyncio.run(go())
    assert first.json() == {"content": [{"id": "1"}]}
    assert empty.status_code == 204 and empty.content == b""
    assert last.json() == {"content": [{"id": "1"}]}


_PIECE = b"x" * 65536
_MB = 1024 * 1024


async def _capped_reads(transport: httpx.AsyncBaseTransport | None) -> tuple[list[object], list[int]]:
    """Four answers read with ``max_bytes`` = 256 KB: 100 KB (kept), 50 MB declared, 50 MB chunked,
    gzip that unpacks to 8 MB. What each read gave, and the body bytes the server managed to send each."""
    limit = 256 * 1024
    packed = gzip.compress(b"\0" * 8 * _MB)
    sent: list[int] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while (line := await reader.readline()) not in (b"\r\n", b""):
            path = line.split(b" ")[1] if line.startswith(b"GET") else None
            if path:
                kind = path.decode()
        count = 0
        try:
            if kind == "/small":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 102400\r\nConnection: close\r\n\r\n")
                writer.write(b"y" * 102400)
                count = 102400
            elif kind == "/gzip":
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n"
                    b"Connection: close\r\n\r\n%b" % (len(packed), packed)
                )
                count = len(packed)
            else:
                chunked = kind == "/chunked"
                head = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {50 * _MB}"
                writer.write(f"HTTP/1.1 200 OK\r\n{head}\r\n\r\n".encode())
                for _ in range(50 * _MB // len(_PIECE)):
                    writer.write(b"10000\r\n%b\r\n" % _PIECE if chunked else _PIECE)
                    await writer.drain()  # fails once the client hung up
                    count += len(_PIECE)
            await writer.drain()
        except (ConnectionError, OSError):
            pass
        sent.append(count)
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    settings = {"base_url": f"http://127.0.0.1:{port}", "api_key": "k"}
    client = registry.get("smartrecruiters").client(settings, transport=transport, retry=FAST)
    got: list[object] = []
    try:
        for path in ("/small", "/declared", "/chunked", "/gzip"):
            try:
                got.append((await client.request("GET", path, max_bytes=limit)).content)
            except TooLarge as exc:
                got.append(exc)
            await asyncio.sleep(0.05)  # the server notices the hang-up and counts
    finally:
        await client.aclose()
        server.close()
    return got, sent


@pytest.mark.parametrize("kind", ["lean", "httpx"])
def test_a_body_over_max_bytes_is_refused_while_it_arrives(kind: str) -> None:
    transport = FastTransport() if kind == "lean" else httpx.AsyncHTTPTransport()
    (small, declared, chunked, bomb), sent = asyncio.run(_capped_reads(transport))
    assert small == b"y" * 102400  # under the limit: read as ever
    assert isinstance(declared, TooLarge) and declared.declared and declared.size == 50 * _MB
    assert "over the 262144 allowed" in str(declared)
    assert isinstance(chunked, TooLarge) and not chunked.declared and chunked.size > 256 * 1024
    assert isinstance(bomb, TooLarge) and bomb.size > 256 * 1024  # counted unpacked, not on the wire
    # The server could send only what the sockets buffered before the client hung up: not 50 MB.
    assert sent[1] < 20 * _MB and sent[2] < 20 * _MB, sent


def _oauth_get(sandbox: RunningSandbox, path: str = "/jobs") -> object:
    async def go() -> object:
        client = registry.get("smartrecruiters").client(sandbox.account, retry=FAST)
        try:
            return await client.get_json(path)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_tokens_revoked_again_and_again_are_renewed_and_then_named_as_revoked() -> None:
    sandbox = start_sandbox("smartrecruiters", auth="oauth")
    try:
        _faults(sandbox, revoke_tokens=3)  # three fresh tokens in a row revoked: renewed each time
        assert _oauth_get(sandbox)
        _faults(sandbox, revoke_tokens=50)  # it goes on: the advice is not "check your credentials"
        with pytest.raises(AuthError) as caught:
            _oauth_get(sandbox)
        message = str(caught.value)
        assert f"revoked {FAST.renewals} fresh tokens in a row" in message
        assert "Check them" not in message
    finally:
        sandbox.stop()


def test_a_sign_in_asked_to_slow_down_waits_and_signs_in() -> None:
    sandbox = start_sandbox("smartrecruiters", auth="oauth")
    try:
        _faults(sandbox, burst_429=6)  # the token endpoint answers 429 first, as the rest does
        assert _oauth_get(sandbox)
        counts = httpx.get(f"{sandbox.base_url}/_sandbox/requests").json()
        assert counts["status_429"] == 6
    finally:
        sandbox.stop()
