"""Our sandbox HTTP server against Starlette on uvicorn, serving the same sandbox app to the same load.

The sandboxes answer every request of every test and benchmark through a server of our own
(``connectors.sandbox.server``: ``http.server`` with a hand-rolled request parser). A maintained ASGI
stack would be less code of ours to keep; it replaces ours only if it serves within 10 % of ours.

Each server runs in its own process with the SmartRecruiters sandbox (``--size small``, its rate limit
lifted); the load is the benchmark's: our own client (``VendorClient``) reading candidate details,
``--concurrency`` requests in flight (8, SmartRecruiters' concurrency limit), ``--requests`` in all,
after a warm-up. Run: ``.venv/bin/python bench/sandbox_http.py`` (needs the ``bench`` extra). It prints
requests per second for each server, best of ``--rounds``, and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from connectors import registry  # noqa: E402
from connectors.http import RetryPolicy  # noqa: E402

#: uvicorn's HTTP parser: "httptools" (C, uvicorn[standard]) or "h11" (pure Python); ``--http``.
HTTP_IMPL = "httptools"
#: Answer each request on a worker thread (``--threads``), as a drop-in for ours must: the sandboxes'
#: handlers block (injected latency sleeps; a vendor's concurrency limit needs requests in flight at once).
THREADS = False


def _app() -> Any:
    from connectors.sandbox.runner import create_app

    app = create_app("smartrecruiters", size="small")
    app.set_rate_limit(1_000_000)
    return app


def serve_ours() -> None:
    from connectors.sandbox.server import SandboxServer

    app = _app()
    server = SandboxServer(("127.0.0.1", 0), app)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    app.on_started(base)
    print(json.dumps({"base_url": base, "account": app.account()}), flush=True)
    server.serve_forever()


def serve_asgi() -> None:
    import socket

    import uvicorn
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request as StarletteRequest
    from starlette.responses import Response as StarletteResponse
    from starlette.routing import Route

    from connectors.sandbox.wire import Request

    app = _app()

    async def endpoint(request: StarletteRequest) -> StarletteResponse:
        # The same pipeline as ours (auth, limits, routing, faults): only the HTTP side differs.
        ours = Request(
            request.method,
            request.url.path,
            request.url.query,
            {k.lower(): v for k, v in request.headers.items()},
            await request.body(),
            request.client.host if request.client else "",
        )
        result = await run_in_threadpool(app.dispatch, ours) if THREADS else app.dispatch(ours)
        assert not isinstance(result, str), "faults are off in this benchmark"
        headers = dict(result.headers)
        return StarletteResponse(result.body, result.status, headers, media_type=result.content_type)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
    starlette = Starlette(routes=[Route("/{path:path}", endpoint, methods=methods)])
    with socket.socket() as probe:  # a free port, handed to uvicorn by number as a user would
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    app.on_started(base)
    config = uvicorn.Config(
        starlette, host="127.0.0.1", port=port, http=HTTP_IMPL, log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    original = server.startup

    async def startup(sockets: Any = None) -> None:
        await original(sockets)
        print(json.dumps({"base_url": base, "account": app.account()}), flush=True)

    server.startup = startup  # type: ignore[method-assign]
    server.run()


def _start(kind: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    threads = ["--threads"] if THREADS else []
    command = [sys.executable, __file__, "--serve", kind, "--http", HTTP_IMPL, *threads]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    return proc, json.loads(proc.stdout.readline())


async def _load(ready: dict[str, Any], ids: list[str], concurrency: int) -> float:
    account = {**ready["account"], "base_url": ready["base_url"]}
    client = registry.get("smartrecruiters").client(account, retry=RetryPolicy(attempts=1))
    queue = list(ids)

    async def worker() -> None:
        while queue:
            await client.get_json(f"/candidates/{queue.pop()}")

    try:
        await client.get_json(f"/candidates/{ids[0]}")  # sign-in and first connection outside the clock
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return len(ids) / (time.perf_counter() - started)
    finally:
        await client.aclose()


def measure(kind: str, requests: int, concurrency: int, rounds: int) -> float:
    proc, ready = _start(kind)
    try:
        listed = httpx.get(f"{ready['base_url']}/_sandbox/records/candidates", params={"limit": 1000}).json()
        ids = [r["id"] for r in (listed["records"] if isinstance(listed, dict) else listed)]
        wanted = (ids * (requests // len(ids) + 1))[:requests]
        asyncio.run(_load(ready, wanted[: requests // 10], concurrency))  # warm-up
        return max(asyncio.run(_load(ready, wanted, concurrency)) for _ in range(rounds))
    finally:
        proc.terminate()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--http", choices=["httptools", "h11"], default="httptools", help="uvicorn's parser")
    parser.add_argument("--threads", action="store_true", help="dispatch on Starlette's thread pool")
    parser.add_argument("--serve", choices=["ours", "asgi"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    global HTTP_IMPL
    HTTP_IMPL = args.http
    global THREADS
    THREADS = args.threads
    if args.serve == "ours":
        serve_ours()
        return
    if args.serve == "asgi":
        serve_asgi()
        return
    ours = measure("ours", args.requests, args.concurrency, args.rounds)
    asgi = measure("asgi", args.requests, args.concurrency, args.rounds)
    print(f"{'server':<28}{'requests/s':>12}")
    print(f"{'ours (http.server)':<28}{ours:>12.0f}")
    print(f"{'Starlette on uvicorn/' + args.http:<28}{asgi:>12.0f}")
    how = args.http + (", thread pool" if args.threads else ", on the event loop")
    print(f"Starlette on uvicorn ({how}) serves {asgi / ours:.2f}x ours ({args.requests} candidate details, "
          f"{args.concurrency} in flight, best of {args.rounds})")


if __name__ == "__main__":
    main()
