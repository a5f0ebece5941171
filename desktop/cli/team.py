"""``recruiter-companion team connect URL [--allow-insecure]``, ``team status``, ``team disconnect``:
point the app at a team's PostgreSQL server (issue 17), see where it stands, go back to the embedded
cache. The work is ``desktop.team.connect``'s; this module turns its errors into exit codes."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from desktop.cli.common import EXIT_AUTH, EXIT_INPUT, EXIT_OTHER, EXIT_VENDOR, CliError, command_group

_CODES = {"input": EXIT_INPUT, "auth": EXIT_AUTH, "unreachable": EXIT_VENDOR}


def _team_error(exc: Exception) -> CliError:
    return CliError(str(exc), _CODES.get(getattr(exc, "kind", ""), EXIT_OTHER))


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_stdin:
        return None
    if sys.stdin.isatty():
        return getpass.getpass("Team server password: ")
    return sys.stdin.readline().rstrip("\n")


def cmd_team_connect(args: argparse.Namespace) -> int:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        info = connect.connect(args.url, allow_insecure=args.allow_insecure, password=_password(args))
    except TeamError as exc:
        raise _team_error(exc) from None
    tls = "TLS" if info["tls"] else "no TLS"
    version = info["server_version"].split()[0]
    print(
        f"Connected to {info['url']} as {info['user']} (PostgreSQL {version}, {tls}); the team database is "
        f"at schema {info['schema']}. Sync and the window still use the embedded cache in this version."
    )
    return 0


def cmd_team_status(args: argparse.Namespace) -> int:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        kept = connect.saved()
        info: dict[str, Any] | None = connect.status() if kept else None
    except TeamError as exc:
        if args.json:
            print(json.dumps({"connected": True, "url": (kept or {}).get("url"), "error": str(exc)}))
        raise _team_error(exc) from None
    if info is None:
        if args.json:
            print(json.dumps({"connected": False}))
        else:
            print("Not connected to a team server: the app uses its embedded cache on this computer.")
        return 0
    if args.json:
        print(json.dumps({"connected": True, **info}))
        return 0
    tls = "TLS" if info["tls"] else "no TLS"
    print(f"Team server: {info['url']} ({tls}{', insecure allowed' if info.get('allow_insecure') else ''})")
    print(f"Logged in as {info['user']} to database {info['database']}; schema {info['schema']}.")
    print(f"This member: {info.get('member')}")
    return 0


def cmd_team_disconnect(args: argparse.Namespace) -> int:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        url = connect.disconnect()
    except TeamError as exc:
        raise _team_error(exc) from None
    if url is None:
        print("Not connected to a team server; nothing to do.")
    else:
        print(f"Disconnected from {url}; the team database was left as it is.")
    return 0


def add_team_commands(sub: Any) -> None:
    team = command_group(sub, "team", "share one cache with a team on a PostgreSQL server")
    connect = team.add_parser("connect", help="use a team's PostgreSQL server (checked, logged in, migrated)")
    connect.add_argument("url", help="postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=require]")
    connect.add_argument(
        "--allow-insecure",
        action="store_true",
        help="allow a server on another computer without TLS (only on a network you trust)",
    )
    connect.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin (or prompt on a terminal)"
    )
    connect.set_defaults(func=cmd_team_connect)
    status = team.add_parser("status", help="which team server is used and whether it answers")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_team_status)
    disconnect = team.add_parser("disconnect", help="forget the team server (the server is not changed)")
    disconnect.set_defaults(func=cmd_team_disconnect)
