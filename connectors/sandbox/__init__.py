"""What all vendor sandboxes share: an HTTP/1.1 server on loopback, routing, auth and paging helpers,
rate and concurrency limits, fault injection, a test-control API and seeded people/place data.

A sandbox behaves like its vendor's real API (as documented in the vendor package's ``VENDOR.md``)
so demo mode, tests and benchmarks exercise the real HTTP path. Start one with
:func:`connectors.sandbox.runner.start`.
"""

from connectors.sandbox.runner import SIZES, RunningSandbox, serve_forever, start
from connectors.sandbox.server import SandboxApp
from connectors.sandbox.wire import HttpError, Request, Response

__all__ = [
    "SIZES",
    "HttpError",
    "Request",
    "Response",
    "RunningSandbox",
    "SandboxApp",
    "serve_forever",
    "start",
]
