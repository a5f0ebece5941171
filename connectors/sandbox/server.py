"""The HTTP side every sandbox shares: the request pipeline and the server (routing: ``.routing``).

A vendor sandbox subclasses :class:`SandboxApp`, registers its routes with :meth:`SandboxApp.route`,
and overrides the vendor hooks (``authenticate``, ``error_response``, ``account`` and the control
hooks). :class:`SandboxServer` is a ``ThreadingHTTPServer`` speaking HTTP/1.1 with keep-alive.

Speed matters: the benchmark sends about a million small requests. Hence a hand-rolled request
parser (the stdlib one builds an ``email.message`` per request), routes indexed by method and
segment count, one ``sendall`` per response (header and body together, with TCP_NODELAY, so Nagle
and delayed ACKs never add 40 ms), and no logging per request.

Why not a maintained ASGI stack: ``bench/sandbox_http.py`` serves this app through Starlette on uvicorn
to the benchmark's load (8 candidate details in flight). Answering on the event loop it served 1.12x
ours (httptools; 0.73x with h11), but our handlers block (injected latency, vendors' concurrency
limits need requests truly in flight), so a drop-in must answer on worker threads: then 0.50x ours
(2026-12-05, one run on 2 busy cores). Ours stays until that changes.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from typing import Any

from connectors.sandbox.auth import TokenIssuer
from connectors.sandbox.control import handle_control
from connectors.sandbox.faults import DROP, Faults
from connectors.sandbox.ratelimit import Decision, RateLimiter, RateLimitPolicy
from connectors.sandbox.routing import RequestStats, Router
from connectors.sandbox.store import Store
from connectors.sandbox.wire import Handler, HttpError, Request, Response, Route, StreamedBody, json_response

MAX_BODY = 16 * 1024 * 1024  # larger than any vendor upload limit, so the vendor's own check answers
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_PHRASES = {s.value: s.phrase for s in HTTPStatus}


# -- the application -------------------------------------------------------------------------------


class SandboxApp:
    """A vendor sandbox: routes, data, faults, limits, and the request pipeline that ties them.

    Subclasses set ``vendor``, register routes in ``__init__`` and override the vendor hooks.
    """

    vendor = "generic"
    #: header names for the limiter's numbers; ``None`` leaves a header out (vendors differ)
    rate_limit_header_names: dict[str, str | None] = {
        "limit": "X-RateLimit-Limit",
        "remaining": "X-RateLimit-Remaining",
        "concurrent_limit": None,
        "concurrent_remaining": None,
    }
    #: whether 429 answers carry ``Retry-After`` (seconds)
    send_retry_after = True

    def __init__(
        self, *, seed: int, size: str, auth: str, rate_policy: RateLimitPolicy | None = None
    ) -> None:
        self.seed = seed
        self.size = size
        self.auth_mode = auth
        self.base_url = "http://127.0.0.1"
        self.router = Router()
        self.store = Store()
        self.faults = Faults()
        self.stats = RequestStats()
        self.default_policy = rate_policy or RateLimitPolicy()
        self.limiter = RateLimiter(self.default_policy)
        self.settings: dict[str, Any] = {}
        #: Unified models switched off (``--without``): their routes answer as unknown paths.
        self.without: frozenset[str] = frozenset()
        self._sleep = time.sleep

    def token_issuer(self, ttl_seconds: int, *, prefix: str = "") -> TokenIssuer:
        """An OAuth token issuer wired to this app's faults (``expire_tokens``, ``revoke_tokens``)."""
        issuer = TokenIssuer(ttl_seconds=ttl_seconds, prefix=prefix)
        self.faults.watch_tokens(issuer)
        return issuer

    # -- vendor hooks -------------------------------------------------------------------------------
    def account(self) -> dict[str, str]:
        """The settings and credentials a user would paste into ``accounts add``."""
        return {"base_url": self.base_url}

    def authenticate(self, request: Request) -> str:
        """Return the credential key the request counts against, or raise ``HttpError(401)``."""
        return "anonymous"

    def error_response(
        self, status: int, message: str, code: str | None = None, errors: list[dict[str, str]] | None = None
    ) -> Response:
        """The vendor's error body. Default: ``{"message", "errors": [{"code", "message"}]}``."""
        code = code or _PHRASES.get(status, "ERROR").upper().replace(" ", "_")
        return json_response(
            {"message": message, "errors": errors or [{"code": code, "message": message}]}, status
        )

    def set_rate_limit(self, rate: float | None) -> None:
        """``rate`` requests/s (None: back to the vendor's published limit); concurrency and the
        counting mode stay."""
        policy = RateLimitPolicy(
            rate=rate if rate is not None else self.default_policy.rate,
            concurrency=self.default_policy.concurrency,
            mode=self.limiter.policy.mode,
            window=self.default_policy.window,
        )
        self.limiter.configure(policy)

    def set_limit_mode(self, mode: str) -> None:
        """Count the rate as ``bucket``, ``fixed`` or ``sliding`` (see ``connectors.sandbox.ratelimit``)."""
        current = self.limiter.policy
        self.limiter.configure(RateLimitPolicy(current.rate, current.concurrency, mode, current.window))

    def servable_models(self) -> set[str]:
        """The unified models ``--without`` can switch off: those the routes declare, plus what a vendor
        whose one endpoint serves many models (JSON-RPC) adds by overriding this."""
        return {model for route in self.router.routes() for model in route.models}

    def set_without(self, models: set[str] | frozenset[str]) -> None:
        """Switch ``models`` off; ``ValueError`` naming the accepted ones for a model this sandbox
        does not serve on an endpoint of its own."""
        known = self.servable_models()
        unknown = sorted(set(models) - known)
        if unknown:
            raise ValueError(
                f"the {self.vendor} sandbox cannot switch off {', '.join(unknown)}: it serves "
                f"{', '.join(sorted(known)) or 'no model on an endpoint of its own'}"
            )
        self.without = frozenset(models)

    def unknown_path_response(self, request: Request) -> Response:
        """How the vendor answers a path it does not know (also a route switched off by ``--without``)."""
        return self.error_response(404, f"Resource not found: {request.path}", "NOT_FOUND")

    def is_write(self, request: Request, route: Route) -> bool:
        """Whether this call changes data (``fail_after_accept`` hits only those). Per route by default;
        a vendor whose one endpoint serves reads and writes (JSON-RPC) decides per call."""
        return route.write

    def on_started(self, base_url: str) -> None:
        """Called once the server listens; absolute URLs (HATEOAS links) use ``base_url``."""
        self.base_url = base_url

    # control-API hooks: vendors override to keep their invariants (timestamps, cascades)
    def control_add(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        return self.store[collection].insert(record)

    def control_patch(self, collection: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        return self.store[collection].update(record_id, changes)

    def control_delete(self, collection: str, record_id: str) -> dict[str, Any] | None:
        return self.store[collection].delete(record_id)

    # -- route registration ---------------------------------------------------------------------------
    def route(
        self,
        method: str,
        template: str,
        *,
        auth: bool = True,
        concurrency: int | None = None,
        write: bool | None = None,
        rate_limited: bool = True,
        models: tuple[str, ...] = (),
        rate: float | None = None,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.router.add(
                Route(
                    method,
                    template,
                    handler,
                    auth,
                    concurrency,
                    method in WRITE_METHODS if write is None else write,
                    rate_limited,
                    tuple(models),
                    rate,
                )
            )
            return handler

        return register

    def add_route(self, method: str, template: str, handler: Handler, **options: Any) -> None:
        self.route(method, template, **options)(handler)

    # -- the pipeline -------------------------------------------------------------------------------
    def dispatch(self, request: Request) -> Response | str:
        """Answer one request; returns a :class:`Response` or ``DROP`` (close without answering)."""
        if request.path.startswith("/_sandbox"):
            return handle_control(self, request)

        faults = self.faults
        matched = self.router.match(request.method, request.path)
        template = matched[0].template if matched else None
        if faults.active:
            action = faults.before()
            if action == DROP:
                self.stats.record(request.method, template, None)
                return DROP
            if isinstance(action, int):
                response = self._fault_status(action)
                self._finish(request, response, template, None)
                return response

        if matched is None:
            if self.router.path_exists(request.path):
                response = self.error_response(
                    405, f"Method {request.method} is not allowed on {request.path}"
                )
            else:
                response = self.unknown_path_response(request)
            self._finish(request, response, None, None)
            return response

        route, params = matched
        if self.without and not self.without.isdisjoint(route.models):
            response = self.unknown_path_response(request)
            self._finish(request, response, None, None)
            return response
        request.params = params
        request.route = route
        try:
            request.principal = self.authenticate(request) if route.auth else None
        except HttpError as exc:
            response = self._error_from(exc)
            self._finish(request, response, template, None)
            return response

        decision: Decision | None = None
        if route.rate_limited and request.principal is not None:
            decision = self.limiter.acquire(
                request.principal, f"{route.method} {route.template}", route.concurrency, route.rate
            )
            if not decision.allowed:
                response = self.error_response(
                    429,
                    "Too many requests: "
                    + (
                        "concurrent request limit reached"
                        if decision.reason == "concurrency"
                        else "rate limit exceeded"
                    ),
                    "TOO_MANY_REQUESTS",
                )
                if self.send_retry_after:
                    response.headers.append(("Retry-After", str(decision.retry_after)))
                self._finish(request, response, template, decision)
                return response
        try:
            if faults.active and faults.config.latency_ms:
                self._sleep(faults.latency_seconds())
            response = route.handler(request)
        except HttpError as exc:
            response = self._error_from(exc)
        except Exception as exc:  # a bug in a sandbox must still answer like a server would
            traceback.print_exc(file=sys.stderr)
            response = self.error_response(500, f"Internal sandbox error: {type(exc).__name__}")
        finally:
            if decision is not None:
                self.limiter.release(decision)

        if faults.active:
            action = faults.after(
                write=self.is_write(request, route),
                ok=200 <= response.status < 300,
                json_body=response.is_json,
            )
            if action == DROP:
                self.stats.record(request.method, template, None)
                return DROP
            if action == 500:
                response = self.error_response(500, "Internal Server Error")
            elif action == "malformed" and response.body:
                response.body = response.body[: max(1, len(response.body) // 2)]
        self._finish(request, response, template, decision)
        return response

    def _error_from(self, exc: HttpError) -> Response:
        response = self.error_response(exc.status, exc.message, exc.code, exc.errors)
        response.headers.extend(exc.headers)
        return response

    def _fault_status(self, status: int) -> Response:
        if status == 429:
            response = self.error_response(429, "Too many requests: rate limit exceeded", "TOO_MANY_REQUESTS")
            if self.send_retry_after:
                response.headers.append(("Retry-After", "1"))
            return response
        return self.error_response(status, _PHRASES.get(status, "Server error"))

    def _finish(
        self, request: Request, response: Response, template: str | None, decision: Decision | None
    ) -> None:
        names = self.rate_limit_header_names
        if decision is None:
            route = request.route
            decision = (
                self.limiter.peek(
                    request.principal, route.concurrency, f"{route.method} {route.template}", route.rate
                )
                if route
                else self.limiter.peek(request.principal)
            )
        if response.status == 429:
            if decision.reason == "concurrency":
                decision.concurrent_remaining = 0
            else:  # the per-second budget, or an injected burst
                decision.remaining = 0
        headers = response.headers
        for field_name, value in (
            ("limit", decision.limit),
            ("remaining", decision.remaining),
            ("concurrent_limit", decision.concurrent_limit),
            ("concurrent_remaining", decision.concurrent_remaining),
        ):
            header = names.get(field_name)
            if header and value is not None:
                headers.append((header, _number(value)))
        self.stats.record(request.method, template, response.status)


def _number(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# -- the server ------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 300  # idle keep-alive connections are closed after this many seconds
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # one line per request would cost more than the request

    def _bad_request(self, status: int, message: str) -> None:
        body = json.dumps(
            {"message": message, "errors": [{"code": "BAD_REQUEST", "message": message}]}
        ).encode()
        self.wfile.write(
            f"HTTP/1.1 {status} {_PHRASES.get(status, '')}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode("latin-1")
            + body
        )
        self.close_connection = True

    def handle_one_request(self) -> None:
        try:
            self._handle_one()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def _handle_one(self) -> None:
        rfile = self.rfile
        line = rfile.readline(65537)
        if not line:
            self.close_connection = True
            return
        if line in (b"\r\n", b"\n"):  # tolerate a stray CRLF between pipelined requests
            line = rfile.readline(65537)
            if not line:
                self.close_connection = True
                return
        if len(line) > 65536:
            self._bad_request(414, "Request line too long")
            return
        parts = line.split()
        if len(parts) != 3 or not parts[2].startswith(b"HTTP/"):
            self._bad_request(400, "Malformed request line")
            return
        method = parts[0].decode("latin-1")
        target = parts[1].decode("latin-1")
        version = parts[2]
        headers: dict[str, str] = {}
        for _ in range(200):
            raw = rfile.readline(65537)
            if raw in (b"\r\n", b"\n", b""):
                break
            name, sep, value = raw.partition(b":")
            if not sep:
                continue
            key = name.strip().lower().decode("latin-1")
            val = value.strip().decode("latin-1")
            headers[key] = f"{headers[key]}, {val}" if key in headers else val
        else:
            self._bad_request(431, "Too many headers")
            return
        conn = headers.get("connection", "").lower()
        close = "keep-alive" not in conn if version == b"HTTP/1.0" else "close" in conn
        if headers.get("expect", "").lower() == "100-continue":
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        te = headers.get("transfer-encoding", "").lower()
        if "chunked" in te:
            body = self._read_chunked()
            if body is None:
                return
        else:
            length_text = headers.get("content-length")
            body = b""
            if length_text:
                try:
                    length = int(length_text)
                except ValueError:
                    self._bad_request(400, "Bad Content-Length")
                    return
                if length > MAX_BODY:
                    self._bad_request(413, "Request body too large")
                    return
                body = rfile.read(length) if length > 0 else b""
        path, _, query = target.partition("?")
        if path.startswith("http://") or path.startswith("https://"):  # absolute-form target
            path = "/" + path.split("/", 3)[3] if path.count("/") >= 3 else "/"
        request = Request(method, path, query, headers, body, self.client_address[0])
        result = self.server.app.dispatch(request)
        if isinstance(result, str):  # DROP: close without a byte of answer
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._write(result, close, method == "HEAD")
        # BaseHTTPRequestHandler.handle() starts with close_connection=True; keep-alive is our call.
        self.close_connection = close

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(65537)
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                self._bad_request(400, "Bad chunk size")
                return None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY:
                self._bad_request(413, "Request body too large")
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(65537)

    def _write(self, response: Response, close: bool, head_only: bool) -> None:
        if response.stream is not None:
            self._write_streamed(response, response.stream, close, head_only)
            return
        status = response.status
        lines = [f"HTTP/1.1 {status} {_PHRASES.get(status, 'Unknown')}\r\n"]
        body = response.body
        if status != 204 and status != 304 and status >= 200:
            if response.content_type:
                lines.append(f"Content-Type: {response.content_type}\r\n")
            lines.append(f"Content-Length: {len(body)}\r\n")
        else:
            body = b""
        for name, value in response.headers:
            lines.append(f"{name}: {value}\r\n")
        if close:
            lines.append("Connection: close\r\n")
        lines.append("\r\n")
        head = "".join(lines).encode("latin-1", errors="replace")
        self.wfile.write(head if head_only else head + body)

    def _write_streamed(self, response: Response, stream: StreamedBody, close: bool, head_only: bool) -> None:
        """A body sent piece by piece as it is made (``StreamedBody``), chunked when its length is unsaid.
        A client hanging up ends it (the write fails; ``handle_one_request`` closes the connection)."""
        lines = [f"HTTP/1.1 {response.status} {_PHRASES.get(response.status, 'Unknown')}\r\n"]
        if response.content_type:
            lines.append(f"Content-Type: {response.content_type}\r\n")
        chunked = stream.length is None
        lines.append("Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {stream.length}\r\n")
        lines += [f"{name}: {value}\r\n" for name, value in response.headers]
        if close:
            lines.append("Connection: close\r\n")
        lines.append("\r\n")
        write = self.wfile.write
        write("".join(lines).encode("latin-1", errors="replace"))
        if head_only:
            return
        for piece in stream.pieces():
            if not piece:
                continue
            write(b"%x\r\n%b\r\n" % (len(piece), piece) if chunked else piece)
            stream.sent += len(piece)
        if chunked:
            write(b"0\r\n\r\n")


class SandboxServer(ThreadingHTTPServer):
    """Threaded HTTP/1.1 server for one :class:`SandboxApp`."""

    daemon_threads = True
    block_on_close = False  # stop() must not wait for idle keep-alive connections
    allow_reuse_address = True
    request_queue_size = 512

    def __init__(self, address: tuple[str, int], app: SandboxApp) -> None:
        self.app = app
        self._connections: set[socket.socket] = set()
        self._conn_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), a reverse DNS lookup that can take seconds.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def track(self, conn: socket.socket, alive: bool) -> None:
        with self._conn_lock:
            if alive:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def close_all_connections(self) -> None:
        """Shut every open client connection (idle keep-alives included) so clients see the stop."""
        with self._conn_lock:
            conns = list(self._connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
