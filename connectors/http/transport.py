"""A lean HTTP/1.1 keep-alive transport for ``VendorClient``: the per-request client path, made cheap.

httpx's default pool (httpcore) re-examines every pooled connection on every request — a
``getpeername`` and a ``poll`` system call per idle connection, an attribute dictionary rebuilt each
time, an O(n²) scan — and the client adds cookie extraction and redirect machinery we never use. At
the request rates of a sync that was most of the CPU a request cost. This transport keeps what a
vendor API needs and nothing else:

- one idle stack of connections per host (the most recently used first, so few stay warm), reused
  while the server keeps them alive (never past its ``Keep-Alive: timeout=N``); a connection the
  server closed while idle is noticed before it is reused (the event loop has already fed its EOF).
  When the server closes it just as a request goes out (its keep-alive timer ran out), a safe request
  (GET, HEAD, OPTIONS) is sent once more on a new connection (nothing else: it may have been applied);
- TLS verified exactly as httpx verifies it (``verify=`` as httpx's: ``True``, ``False`` or an
  ``ssl.SSLContext``; by default certifi's roots, or the ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` the
  environment names, e.g. a company proxy's CA), with SNI and the host name checked; HTTP/1.1 only (no
  vendor of ours needs HTTP/2);
- request bodies sent with ``Content-Length`` (streamed uploads are read first: they are small);
- responses read whole (RFC 9112 §6.3): chunked (extensions and trailers skipped) when it is the final
  transfer coding, else ``Content-Length``, else until the server closes; no body for HEAD, 1xx, 204,
  304; interim 1xx answers (``100 Continue``) skipped; HTTP/1.0 and ``Connection: close`` answers end
  the connection; repeated headers (two ``Set-Cookie``) all kept; the body is handed to
  ``httpx.Response``, which still undoes ``Content-Encoding`` (gzip …);
- timeouts from the request (httpx's ``timeout`` extension) as httpx's exceptions, and failures as
  httpx's transport errors, so ``VendorClient``'s retry rules apply unchanged;
- a body limit from the request (the ``max_body`` extension, set by ``VendorClient.request(max_bytes=…)``
  for a file download): a ``Content-Length`` over it is refused before a byte of the body is read, an
  undeclared body as soon as more than the limit arrived (``TooLarge``; the connection is closed, not
  reused). Such a body is handed on in pieces, so its ``Content-Encoding`` is undone piece by piece
  and the reader can stop a decompressed body at the limit too. Without the extension nothing changes.

``RECRUITER_COMPANION_HTTP=httpx`` in the environment makes ``VendorClient`` use httpx's standard
connection pool instead of this transport (a safety valve should a server ever disagree with it).
"""

from __future__ import annotations

import asyncio
import ssl
import time
from typing import Any

import httpx

from connectors.http.errors import TooLarge

_NO_BODY_STATUS = frozenset({204, 304})
_DEFAULT_PORTS = {"http": 80, "https": 443}
#: Resent once on a fresh connection when a kept-alive one drops as the request goes out: safe methods
#: only. PUT and DELETE are idempotent by the HTTP spec but not at every vendor (eRecruiter creates with
#: PUT): whether one of those may be resent is ``VendorClient``'s call, which knows the action.
_SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
_LINE_ENDS = (b"\r\n", b"\n")
#: Reads and hand-on pieces of a body read under a limit.
_PIECE = 64 * 1024


class _NoAnswer(httpx.RemoteProtocolError):
    """The connection ended before a single byte of the answer: the request may never have been read."""


class _Connection:
    __slots__ = ("reader", "writer", "idle_since", "keepalive")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.idle_since = 0.0
        #: How long the server keeps it open while idle, when it said so (``Keep-Alive: timeout=N``).
        self.keepalive: float | None = None

    def usable(self, now: float, keepalive: float) -> bool:
        if self.keepalive is not None:
            keepalive = min(keepalive, self.keepalive)
        return (
            not self.reader.at_eof()
            and not self.writer.is_closing()
            and not self.reader._buffer  # type: ignore[attr-defined]  # stray bytes: out of sync
            and now - self.idle_since < keepalive
        )

    def close(self) -> None:
        self.writer.close()


class FastTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 with keep-alive; see the module docstring. ``max_idle`` connections are kept per host;
    ``verify`` as httpx's (the environment's ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` honoured when ``True``)."""

    def __init__(
        self, *, max_idle: int = 10, keepalive_expiry: float = 30.0, verify: ssl.SSLContext | bool = True
    ) -> None:
        self.max_idle = max_idle
        self.keepalive_expiry = keepalive_expiry
        self.verify = verify
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
            # httpx's own recipe, so both transports trust the same roots (and the same environment).
            self._ssl = httpx.create_ssl_context(verify=self.verify)
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
        except ssl.SSLCertVerificationError as exc:
            raise httpx.ConnectError(
                f"the TLS certificate of {host}:{port} is not trusted: {exc.verify_message}"
            ) from None
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
        message = _request_head(request, body) + body

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
        elif request.method in _SAFE:
            try:
                return await self._exchange(conn, key, request, message, timeouts)
            except _NoAnswer:
                # The server dropped the kept-alive connection as we used it: once more, on a new one. A
                # write is not resent here: it may have been applied (the outbox reconciles it instead).
                conn = await self._connect(scheme, host, port, timeouts.get("connect"))
        return await self._exchange(conn, key, request, message, timeouts)

    async def _exchange(
        self,
        conn: _Connection,
        key: tuple[str, str, int],
        request: httpx.Request,
        message: bytes,
        timeouts: dict[str, Any],
    ) -> httpx.Response:
        try:
            try:
                async with asyncio.timeout(timeouts.get("write")):
                    conn.writer.write(message)
                    await conn.writer.drain()
            except TimeoutError:
                raise httpx.WriteTimeout("sending the request timed out") from None
            except OSError as exc:
                raise _NoAnswer(f"sending the request failed: {exc}") from None
            try:
                async with asyncio.timeout(timeouts.get("read")):
                    version, status, reason, headers, content, reusable = await _read_response(
                        conn.reader, request.method == "HEAD", request.extensions.get("max_body")
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
            conn.keepalive = _server_keepalive(headers)
            stack = self._idle.setdefault(key, [])
            if len(stack) < self.max_idle:
                stack.append(conn)
            else:
                conn.close()
        else:
            conn.close()
        if "max_body" in request.extensions:
            # In pieces: a compressed body is then decoded piece by piece, and its reader stops at the limit.
            return httpx.Response(
                status,
                headers=headers,
                stream=_Pieces(content),
                extensions={"http_version": version, "reason_phrase": reason},
                request=request,
            )
        return httpx.Response(
            status,
            headers=headers,
            content=content,
            extensions={"http_version": version, "reason_phrase": reason},
            request=request,
        )


class _Pieces(httpx.AsyncByteStream):
    """A body read whole (under its limit), handed on ``_PIECE`` bytes at a time."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    async def __aiter__(self) -> Any:
        body = self._body
        for start in range(0, len(body), _PIECE):
            yield body[start : start + _PIECE]


def _too_large(size: int, limit: int, *, declared: bool) -> TooLarge:
    said = f"is {size} bytes" if declared else f"passed {size} bytes"
    message = f"The answer {said}, over the {limit} allowed for it."
    return TooLarge(message, size=size, limit=limit, declared=declared)


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


def _server_keepalive(headers: list[tuple[bytes, bytes]]) -> float | None:
    """A second short of the idle time the server announced (``Keep-Alive: timeout=5``, Apache's default),
    so a connection is dropped before the server drops it under a request."""
    for name, value in headers:
        if name.lower() == b"keep-alive":
            for param in value.split(b","):
                key, _, number = param.partition(b"=")
                if key.strip().lower() == b"timeout" and number.strip().isdigit():
                    return max(0.5, int(number.strip()) - 1.0)
    return None


def _tokens(value: bytes) -> list[bytes]:
    return [token.strip().lower() for token in value.split(b",") if token.strip()]


async def _read_head(reader: asyncio.StreamReader) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
    """One status line and its header fields (obsolete line folding joined with a space, RFC 9112 §5.2)."""
    try:
        line = await reader.readline()
    except (ConnectionError, ssl.SSLError) as exc:
        raise _NoAnswer(f"the connection broke before the answer: {exc}") from None
    if not line:
        raise _NoAnswer("the server closed the connection without answering")
    parts = line.rstrip(b"\r\n").split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not (parts[1].isdigit() and len(parts[1]) == 3):
        raise httpx.RemoteProtocolError("the server's answer is not HTTP")
    headers: list[tuple[bytes, bytes]] = []
    while True:
        raw = await reader.readline()
        if raw in _LINE_ENDS:
            break
        if not raw:
            raise httpx.RemoteProtocolError("the server closed the connection mid-header")
        if raw[:1] in (b" ", b"\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + raw.strip())
            continue
        name, colon, value = raw.partition(b":")
        if not colon or not name.strip():
            raise httpx.RemoteProtocolError(f"the server sent a malformed header line {raw[:40]!r}")
        headers.append((name.strip(), value.strip()))
    return parts[0], int(parts[1]), parts[2] if len(parts) > 2 else b"", headers


async def _read_response(
    reader: asyncio.StreamReader, head_only: bool, limit: int | None = None
) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]], bytes, bool]:
    """Version, status, reason, headers, body, and whether the connection can carry another request.
    With ``limit``, a body over it raises ``TooLarge`` as soon as that is known."""
    while True:
        version, status, reason, headers = await _read_head(reader)
        if not 100 <= status < 200:
            break  # an interim answer (100 Continue, 103 Early Hints …) is skipped; the real one follows

    lengths: set[bytes] = set()
    codings: list[bytes] = []
    connection: list[bytes] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-length":
            lengths.update(_tokens(value))  # "5, 5" or a repeated field with the same value is one length
        elif lowered == b"transfer-encoding":
            codings += _tokens(value)
        elif lowered == b"connection":
            connection += _tokens(value)
    keep_alive = b"close" not in connection and (version != b"HTTP/1.0" or b"keep-alive" in connection)

    if head_only or status in _NO_BODY_STATUS:
        return version, status, reason, headers, b"", keep_alive
    if codings:
        # Transfer-Encoding overrides Content-Length (§6.3); both at once smells of response splitting,
        # so such a connection is not used again.
        keep_alive = keep_alive and not lengths
        headers = [(n, v) for n, v in headers if n.lower() not in (b"transfer-encoding", b"content-length")]
        if codings[-1] == b"chunked":
            return version, status, reason, headers, await _read_chunked(reader, limit), keep_alive
        return version, status, reason, headers, await _read_to_end(reader, limit), False
    if lengths:
        if len(lengths) > 1 or not next(iter(lengths)).isdigit():
            raise httpx.RemoteProtocolError(f"the server sent an invalid Content-Length {sorted(lengths)}")
        length = int(next(iter(lengths)))
        if limit is not None and length > limit:
            raise _too_large(length, limit, declared=True)  # not a byte of it read
        return (
            version,
            status,
            reason,
            headers,
            await reader.readexactly(length) if length else b"",
            keep_alive,
        )
    return version, status, reason, headers, await _read_to_end(reader, limit), False


async def _read_to_end(reader: asyncio.StreamReader, limit: int | None) -> bytes:
    """The body up to the server's close; under a limit, read in pieces and stopped past it."""
    if limit is None:
        return await reader.read()
    pieces: list[bytes] = []
    total = 0
    while piece := await reader.read(_PIECE):
        total += len(piece)
        if total > limit:
            raise _too_large(total, limit, declared=False)
        pieces.append(piece)
    return b"".join(pieces)


async def _read_chunked(reader: asyncio.StreamReader, limit: int | None = None) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        size_line = await reader.readline()
        if not size_line:
            raise asyncio.IncompleteReadError(b"", None)
        size_text = size_line.split(b";", 1)[0].strip()  # chunk extensions are ignored
        if not size_text or size_text.strip(b"0123456789abcdefABCDEF"):
            raise httpx.RemoteProtocolError(f"the server sent a bad chunk size {size_text[:20]!r}")
        size = int(size_text, 16)
        if size == 0:
            while True:  # trailer fields, up to the empty line that ends the message
                trailer = await reader.readline()
                if not trailer:
                    raise asyncio.IncompleteReadError(b"", None)
                if trailer in _LINE_ENDS:
                    return b"".join(chunks)
        if limit is not None:
            total += size
            if total > limit:  # refused before the chunk is read: its size line declared it
                raise _too_large(total, limit, declared=False)
        chunks.append(await reader.readexactly(size))
        if await reader.readline() not in _LINE_ENDS:
            raise httpx.RemoteProtocolError("a chunk of the server's answer is longer than announced")
