"""Start a vendor sandbox on loopback, in a background thread (tests, demo) or in the foreground (CLI).

A vendor's sandbox is the ``sandbox`` module of its package (``connectors.registry``, looked up when a
sandbox starts, so a vendor registered at run time serves too); its ``create_app(*, seed, size, auth)``
builds the :class:`~connectors.sandbox.server.SandboxApp`. The runner owns everything else (server,
thread, rate-limit override, shutdown).
"""

from __future__ import annotations

import gc
import importlib
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any, TypedDict, Unpack

from connectors import registry
from connectors.sandbox.ratelimit import LIMIT_MODES
from connectors.sandbox.server import SandboxApp, SandboxServer
from connectors.sandbox.sizes import size_for

SIZES: tuple[str, ...] = ("tiny", "small", "large")


class RunningSandbox:
    """A started sandbox: where it listens, the account to connect with, and how to stop it."""

    def __init__(self, vendor: str, app: SandboxApp, server: SandboxServer, thread: threading.Thread) -> None:
        self.vendor = vendor
        self.app = app
        self._server = server
        self._thread = thread
        self.base_url = _base_url(server)
        self.account: dict[str, str] = app.account()
        self._stopped = False

    def stop(self) -> None:
        """Stop serving and close every client connection; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        self._server.shutdown()
        self._server.close_all_connections()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningSandbox(vendor={self.vendor!r}, base_url={self.base_url!r})"


def _base_url(server: SandboxServer) -> str:
    host, port = server.server_address[:2]
    host_text = host.decode() if isinstance(host, bytes) else str(host)
    if ":" in host_text:  # IPv6 literal
        host_text = f"[{host_text}]"
    return f"http://{host_text}:{port}"


def create_app(
    vendor: str,
    *,
    seed: int = 1,
    size: str = "small",
    auth: str = "api_key",
    api: str | None = None,
    candidates: int | None = None,
) -> SandboxApp:
    """Build (but do not serve) a vendor's sandbox app; ``ValueError`` for unknown vendor or size.

    ``api`` picks one of a vendor's several APIs (Carerix: XML REST or GraphQL); only passed on when
    given, so a vendor with one API need not know the option. ``candidates`` replaces ``size`` with the
    vendor's small seed grown to that many candidates (``connectors.sandbox.sizes``)."""
    if vendor not in registry.names():
        raise ValueError(f"unknown sandbox vendor {vendor!r}; known: {', '.join(registry.vendors())}")
    if candidates is not None:
        size = size_for(vendor, candidates)
    elif size not in SIZES:
        raise ValueError(f"unknown sandbox size {size!r}; known: {', '.join(SIZES)}")
    module = importlib.import_module(registry.sandbox_module(vendor))
    extra: dict[str, Any] = {} if api is None else {"api": api}
    try:
        app: SandboxApp = module.create_app(seed=seed, size=size, auth=auth, **extra)
    except TypeError:
        if not extra:
            raise
        raise ValueError(f"the {vendor} sandbox serves one API; --api {api!r} does not apply") from None
    return app


def start(
    vendor: str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    seed: int = 1,
    size: str = "small",
    auth: str = "api_key",
    rate_limit: float | None = None,
    without: tuple[str, ...] = (),
    api: str | None = None,
    limit_mode: str | None = None,
    candidates: int | None = None,
) -> RunningSandbox:
    """Serve a sandbox in a background (daemon) thread and return once it accepts connections.

    ``without`` switches unified models off: the endpoints serving them answer as unknown paths.
    ``limit_mode`` counts the rate limit as a token ``bucket`` (default), a ``fixed`` window, or a
    ``sliding`` window that also counts the requests it refused (``connectors.sandbox.ratelimit``)."""
    if rate_limit is not None and rate_limit <= 0:
        raise ValueError(f"rate_limit must be positive requests per second, got {rate_limit!r}")
    if limit_mode is not None and limit_mode not in LIMIT_MODES:
        raise ValueError(f"unknown limit mode {limit_mode!r}; known: {', '.join(LIMIT_MODES)}")
    app = create_app(vendor, seed=seed, size=size, auth=auth, api=api, candidates=candidates)
    if limit_mode is not None:
        app.set_limit_mode(limit_mode)
    if without:
        app.set_without(set(without))
    if size == "large":
        # Millions of long-lived seed objects: keep them out of every future GC pass, or each full
        # collection would pause all handler threads for about a second in the middle of a benchmark.
        # Only for "large": frozen objects of a stopped sandbox are never reclaimed.
        gc.freeze()
    if rate_limit is not None:
        app.set_rate_limit(rate_limit)
    server = SandboxServer((host, port), app)
    app.on_started(_base_url(server))
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.2},
        name=f"sandbox-{vendor}-{server.server_address[1]}",
        daemon=True,
    )
    thread.start()
    return RunningSandbox(vendor, app, server, thread)


class StartOptions(TypedDict, total=False):
    """The keyword arguments of :func:`start`, which :func:`serve_forever` passes on unchanged."""

    host: str
    port: int
    seed: int
    size: str
    auth: str
    rate_limit: float | None
    without: tuple[str, ...]
    api: str | None
    limit_mode: str | None
    candidates: int | None


def serve_forever(
    vendor: str, *, on_ready: Callable[[RunningSandbox], None], **options: Unpack[StartOptions]
) -> None:
    """Serve until SIGINT or SIGTERM (call from the main thread); ``on_ready`` gets the running sandbox.
    ``options`` are :func:`start`'s."""
    sandbox = start(vendor, **options)
    stop = threading.Event()

    def _signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        on_ready(sandbox)
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
