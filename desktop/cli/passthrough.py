"""``recruiter-companion passthrough``: one raw request to an account's vendor API, with its authentication.

    passthrough ACCOUNT METHOD PATH [--query k=v ...] [--data FILE|-] [--content-type TYPE] [--json]

The brief's "API passthrough" for the vendors whose connector offers it (``Connector.passthrough``):
the request goes through the account's own client (``connector.client(credentials).request``), so it
carries the account's authentication, its rate limit and retries, and it can only reach the account's
own host: an absolute URL on another host is refused before anything is sent, credentials included.
The answer is printed as it came, whatever its status: the status line, the headers and the body, with
every known secret masked. Exit codes as in ``common``: 0 for a 2xx/3xx answer, 4 for an error status
(still printed), 3 when the credentials are refused or the host is not the account's, 2 bad input.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx

from connectors import registry
from connectors.http.redact import redact
from desktop.cli.common import EXIT_VENDOR, CliError, open_core

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
#: Every status is the vendor's answer to show, except 401: the client signs in again once on it.
SHOWN_STATUSES = tuple(s for s in range(100, 600) if s != 401)


def _query(pairs: list[str]) -> dict[str, Any]:
    params: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CliError(f"--query takes NAME=VALUE (got {pair!r}); repeat it for more parameters.")
        params.setdefault(name, []).append(value)
    return {k: v[0] if len(v) == 1 else v for k, v in params.items()}


def _body(source: str | None) -> bytes | None:
    if source is None:
        return None
    if source == "-":
        return sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read the request body {source!r}: {exc.strerror}.") from None


def _offered() -> list[str]:
    return [registry.get(v).display_name for v in registry.vendors() if registry.get(v).passthrough]


async def send(
    connector: Any,
    credentials: dict[str, str],
    method: str,
    path: str,
    *,
    params: dict[str, Any],
    body: bytes | None,
    content_type: str,
) -> httpx.Response:
    """The raw answer to one request through the account's client (only its host, its credentials)."""
    client = connector.client(credentials)
    try:
        headers = {"Content-Type": content_type} if body is not None else None
        return await client.request(
            method,
            path,
            params=params or None,
            content=body,
            headers=headers,
            ok_statuses=SHOWN_STATUSES,
            # Only a read is resent after a lost answer: a raw write might be applied twice.
            idempotent=method in ("GET", "HEAD"),
        )
    finally:
        await client.aclose()


def _decoded(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return response.content.decode("utf-8", errors="replace")


def cmd_passthrough(args: argparse.Namespace) -> int:
    method = args.method.upper()
    if method not in METHODS:
        raise CliError(f"Unknown method {args.method!r}; use one of {', '.join(METHODS)}.")
    params = _query(args.query or [])
    body = _body(args.data)
    core = open_core()
    try:
        account = core.accounts.get(args.account)
        connector = account.connector
        if not connector.passthrough:
            offered = ", ".join(_offered()) or "no vendor"
            raise CliError(
                f"{connector.display_name} does not offer API passthrough; it is offered for {offered}."
            )
        credentials = core.accounts.credentials(account)
    finally:
        core.close()
    path = args.path if args.path.startswith(("http://", "https://", "/")) else f"/{args.path}"
    response = asyncio.run(
        send(connector, credentials, method, path, params=params, body=body, content_type=args.content_type)
    )
    headers = [(name, redact(value)) for name, value in response.headers.items()]
    if args.json:
        decoded = _decoded(response)
        shown = json.loads(redact(json.dumps(decoded, ensure_ascii=False)))
        print(
            json.dumps(
                {"status": response.status_code, "headers": dict(headers), "body": shown},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        try:
            reason = HTTPStatus(response.status_code).phrase
        except ValueError:
            reason = ""
        print(f"HTTP {response.status_code} {reason}".rstrip())
        for name, value in headers:
            print(f"{name}: {value}")
        print()
        text = response.content.decode("utf-8", errors="replace")
        print(redact(text))
    return 0 if response.status_code < 400 else EXIT_VENDOR


def add_passthrough_command(sub: Any) -> None:
    """Register ``passthrough`` on the top-level subcommands of ``recruiter-companion``."""
    command = sub.add_parser(
        "passthrough",
        help="send one raw request to an account's vendor API with its authentication (eRecruiter)",
        description="The answer is printed as it came: status, headers (secrets masked) and body. Only the "
        "account's own host can be reached.",
    )
    command.add_argument("account", help="the account's name")
    command.add_argument("method", help=", ".join(METHODS))
    command.add_argument("path", help="a path on the account's API, e.g. /Api/Jobs")
    command.add_argument(
        "--query", action="append", metavar="NAME=VALUE", help="a query parameter (repeatable)"
    )
    command.add_argument("--data", metavar="FILE", help="the request body from a file, or - for stdin")
    command.add_argument("--content-type", default="application/json", help="of --data (default JSON)")
    command.add_argument(
        "--json", action="store_true", help="print status, headers and body as one JSON object"
    )
    command.set_defaults(func=cmd_passthrough)
