"""A lean HTTP/1.1 keep-alive transport for ``VendorClient``: the per-request client path, made cheap.

httpx's default pool (httpcore) re-examines every pooled connection on every request — a
``getpeername`` and a ``poll`` system call per idle connection, an attribute dictionary rebuilt each
time, an O(n²) scan — and the client adds cookie extraction and redirect machinery we never use. At
the request rates of a sync that was most of the CPU a request cost. This transport keeps what a
vendor API needs and nothing else:

- one idle stack of connections per host (the most recently used first, so few stay warm), reused
  while the server keeps them alive; a connection the server closed while idle is noticed before
  it is reused (the event loop has already fed its EOF), never after a request was written to it;
- TLS with the default context and SNI for ``https``; HTTP/1.1 only (no vendor of ours needs HTTP/2);
- request bodies sent with ``Content-Length`` (streamed uploads are read first: they are small);
- responses read whole: ``Content-Length``, chunked, or until close; no body for HEAD, 1xx, 204, 304;
  the body is handed to ``httpx.Response``, which still undoes ``Content-Encoding`` (gzip …);
- timeouts from the request (httpx's ``timeout`` extension) as httpx's exceptions, and failures as
  httpx's transport errors, so ``VendorClient``'s retry rules apply unchanged.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from typing import Any

import httpx

_NO_BODY_STATUS = frozenset({204, 304})
_DEFAULT_PORTS = {"http": 80, "https": 443}


class _Connection:
    __slots__ = ("reader", "writer", "idle_since")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.idle_since = 0.0

    def usable(self, now: float, keepalive: float) -> bool:
        return (
            not self.reader.at_eof()
            and not self.writer.is_closing()
            and not self.reader._buffer  # type: ignore[attr-defined]  # stray bytes: out of sync
            and now - self.idle_since < keepalive
        )

    def close(self) -> None:
        self.writer.close()


class FastTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 with keep-alive; see the module docstring. ``max_idle`` connections are kept per host."""

    def __init__(self, *, max_idle: int = 10, keepalive_expiry: float = 30.0) -> None:
        self.max_idle = max_idle
        self.keepalive_expiry = keepalive_expiry
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._ssl: ssl.SSLContext | None = None
        #: Connections opened so far (kept-alive ones are reused, so this stays small).
        self.opened = 0

    async def aclose(self) -> None:
        for stack in self._idle.values():
            for conn in stack:
                conn.close()
        self._idle.clear()

    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = ssl.create_default_context()
        return self._ssl

    async def _connect(self, scheme: str, host: str, port: int, timeout: float | None) -> _Connection:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    ssl=self._ssl_context() if scheme == "https" else None,
                    server_hostname=host if scheme == "https" else None,
                    limit=2**20,
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"cannot connect to {host}:{port}: {exc}") from None
        self.opened += 1
        return _Connection(reader, writer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {scheme!r}")
        host = url.host
        port = url.port or _DEFAULT_PORTS[scheme]
        key = (scheme, host, port)
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        body = await request.aread()
        head = _request_head(request, body)

        stack = self._idle.get(key)
        conn: _Connection | None = None
        now = time.monotonic()
        while stack:
            candidate = stack.pop()
            if candidate.usable(now, self.keepalive_expiry):
                conn = candidate
                break
            candidate.close()
        if conn is None:
            conn = await self._connect(scheme, host, port, timeouts.get("connect"))

        try:
            try:
                async with asyncio.timeout(timeouts.get("write")):
                    conn.writer.write(head + body if body else head)
                    await conn.writer.drain()
            except TimeoutError:
                raise httpx.WriteTimeout("sending the request timed out") from None
            except OSError as exc:
                raise httpx.WriteError(f"sending the request failed: {exc}") from None
            try:
                async with asyncio.timeout(timeouts.get("read")):
                    status, reason, headers, content, reusable = await _read_response(
                        conn.reader, request.method == "HEAD"
                    )
            except TimeoutError:
                raise httpx.ReadTimeout("the server did not answer in time") from None
            except asyncio.IncompleteReadError:
                raise httpx.RemoteProtocolError("the server closed the connection mid-answer") from None
            except (OSError, ValueError) as exc:
                raise httpx.ReadError(f"reading the answer failed: {exc}") from None
        except BaseException:
            conn.close()
            raise

        if reusable:
            conn.idle_since = time.monotonic()
            stack = self._idle.setdefault(key, [])
            if len(stack) < self.max_idle:
                stack.append(conn)
            else:
                conn.close()
        else:
            conn.close()
        response = httpx.Response(
            status,
            headers=headers,
            content=content,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
            request=request,
        )
        return response


def _request_head(request: httpx.Request, body: bytes) -> bytes:
    target = request.url.raw_path or b"/"
    lines = [request.method.encode("ascii"), b" ", target, b" HTTP/1.1\r\n"]
    has_length = False
    for name, value in request.headers.raw:
        lowered = name.lower()
        if lowered == b"transfer-encoding":
            continue  # the body is read whole and sent with its length
        if lowered == b"content-length":
            has_length = True
            value = str(len(body)).encode("ascii")
        lines += [name, b": ", value, b"\r\n"]
    if not has_length and (body or request.method in ("POST", "PUT", "PATCH")):
        lines += [b"Content-Length: ", str(len(body)).encode("ascii"), b"\r\n"]
    lines.append(b"\r\n")
    return b"".join(lines)


async def _read_response(
    reader: asyncio.StreamReader, head_only: bool
) -> tuple[int, bytes, list[tuple[bytes, bytes]], bytes, bool]:
    """Status, reason, headers, body, and whether the connection can carry another request."""
    headers: list[tuple[bytes, bytes]] = []
    while True:
        line = await reader.readline()
        if not line:
            raise httpx.RemoteProtocolError("the server closed the connection without answering")
        parts = line.rstrip(b"\r\n").split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/"):
            raise httpx.RemoteProtocolError("the server's answer is not HTTP")
        version = parts[0]
        status = int(parts[1])
        reason = parts[2] if len(parts) > 2 else b""
        headers = []
        length: int | None = None
        chunked = False
        close = version == b"HTTP/1.0"
        while True:
            raw = await reader.readline()
            if raw in (b"\r\n", b"\n"):
                break
            if not raw:
                raise httpx.RemoteProtocolError("the server closed the connection mid-header")
            name, _, value = raw.partition(b":")
            name = name.strip()
            value = value.strip()
            headers.append((name, value))
            lowered = name.lower()
            if lowered == b"content-length":
                length = int(value)
            elif lowered == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif lowered == b"connection":
                tokens = value.lower()
                if b"close" in tokens:
                    close = True
                elif b"keep-alive" in tokens:
                    close = False
        if 100 <= status < 200:
            continue  # an interim answer (100 Continue …); the real one follows
        break
    if head_only or status in _NO_BODY_STATUS:
        return status, reason, headers, b"", not close
    if chunked:
        chunks: list[bytes] = []
        while True:
            size_line = await reader.readline()
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                break
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
        headers = [(n, v) for n, v in headers if n.lower() != b"transfer-encoding"]
        return status, reason, headers, b"".join(chunks), not close
    if length is not None:
        return status, reason, headers, await reader.readexactly(length) if length else b"", not close
    return status, reason, headers, await reader.read(), False
