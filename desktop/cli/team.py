"""``recruiter-companion team connect URL [--allow-insecure]``, ``team status``, ``team disconnect``,
``team pull [ACCOUNT]``: point the app at a team's PostgreSQL server (issue 17), see where it stands,
bring what the team published into this computer's cache, go back to the embedded cache alone; and
``sync NAME [--wait]`` in team mode (``team_sync``). The work is ``desktop.team``'s; this module turns
its errors into messages and exit codes."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from contextlib import closing
from typing import Any

from desktop.cli.common import (
    EXIT_AUTH,
    EXIT_INPUT,
    EXIT_OTHER,
    EXIT_VENDOR,
    CliError,
    command_group,
    open_core,
    say,
)

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
        before = connect.saved()
        info = connect.connect(args.url, allow_insecure=args.allow_insecure, password=_password(args))
    except TeamError as exc:
        raise _team_error(exc) from None
    if before is not None and before.get("url") != info["url"]:
        _forget_server()  # marks of the previous server mean nothing on this one
    tls = "TLS" if info["tls"] else "no TLS"
    version = info["server_version"].split()[0]
    print(
        f"Connected to {info['url']} as {info['user']} (PostgreSQL {version}, {tls}); the team database is "
        f"at schema {info['schema']}. 'recruiter-companion sync NAME' now syncs for the team (or pulls while "
        "another member syncs); the window reads this computer's copy."
    )
    return 0


def cmd_team_status(args: argparse.Namespace) -> int:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        kept = connect.saved()
        info: dict[str, Any] | None = connect.status() if kept else None
        if info is not None:
            info["accounts"] = _account_states()
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
    for state in info["accounts"]:
        who = f"synced by {state['synced_by']} ({state['percent']} %)" if state["synced_by"] else "idle"
        here = "" if state["here"] else ", not on this computer yet"
        print(
            f"  {state['name']}: {who}; {state['to_pull']} changes to pull, {state['to_publish']} to "
            f"publish{here}"
        )
    return 0


def cmd_team_disconnect(args: argparse.Namespace) -> int:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        settled = _settle_outbox(take_back=args.take_back, force=args.force) if connect.connected() else None
        url = connect.disconnect()
    except TeamError as exc:
        raise _team_error(exc) from None
    _forget_server()
    if url is None:
        print("Not connected to a team server; nothing to do.")
        return 0
    print(f"Disconnected from {url}; the team database was left as it is.")
    for line in settled.lines() if settled is not None else []:
        print(f"  {line}.")
    return 0


def _settle_outbox(*, take_back: bool, force: bool) -> Any:
    """``team disconnect``'s first step: the writes handed over to the team settled with it
    (``desktop.team.leave``), so none is ever sent twice once this computer flushes alone."""
    from desktop import paths
    from desktop.team import leave
    from desktop.team.schema import TeamError

    if not paths.cache_path().exists():
        return leave.Settled()
    url = _server_url()
    with closing(open_core()) as core:
        try:
            return leave.settle_outbox(core.writer.run_sync, url, take_back=take_back, force=force)
        except TeamError as exc:  # unreachable, or the login refused: the user may still want to go
            raise CliError(
                f"{exc} Still connected: writes handed over to the team's outbox must be settled with the "
                "server first (a teammate may send them, or may have). Disconnect once it answers, or add "
                "--force to disconnect now: those writes are then kept on this computer unsent, never "
                "guessed.",
                _team_error(exc).code,
            ) from None


def _forget_server() -> None:
    """This cache's team marks and change list go (the records stay), so it stops tracking changes."""
    from desktop import paths
    from desktop.team import publish

    if not paths.cache_path().exists():
        return
    with closing(open_core()) as core:
        core.writer.run_sync(publish.forget_server)


def _account_states() -> list[dict[str, Any]]:
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.team import replica
    from desktop.team.schema import explain

    url = _server_url()
    with closing(open_core()) as core:
        try:
            return replica.account_states(core, url)
        except SQLAlchemyError as exc:
            raise explain(exc, url) from None


def team_connected() -> bool:
    """True when ``team connect`` was run in this data folder (``team.json`` is there)."""
    from desktop.team import connect

    return connect.connected()


def _server_url() -> Any:
    from desktop.team import connect
    from desktop.team.schema import TeamError

    try:
        url = connect.saved_url()
    except TeamError as exc:
        raise _team_error(exc) from None
    if url is None:
        raise CliError("Not connected to a team server: run 'recruiter-companion team connect URL' first.")
    return url


def team_sync(core: Any, args: argparse.Namespace, progress: Any) -> tuple[Any, Any] | None:
    """``sync NAME`` in team mode: (account, report) when this member synced, None when another member
    syncs the account (what was pulled meanwhile is said)."""
    from desktop.team import replica
    from desktop.team.schema import TeamError

    try:
        done = replica.team_sync(
            core,
            _server_url(),
            args.name,
            full=args.full,
            wait=args.wait,
            progress=progress,
            say=say,
            sync_options={"refresh_details": args.refresh_details},
        )
    except TeamError as exc:
        failed = _team_error(exc)
        if exc.kind == "unreachable":
            failed = CliError(
                f"{exc} Nothing was synced and this computer's cache is as it was: sync again once the "
                "server answers (or 'recruiter-companion team disconnect' to sync alone).",
                failed.code,
            )
        raise failed from None
    if isinstance(done, replica.Busy):
        if args.json:
            holder = done.holder
            print(json.dumps({
                "account": done.account,
                "synced_by": holder.holder if holder else None,
                "percent": holder.percent if holder else None,
                "pulled": done.pulled,
            }))
        else:
            print(replica.describe_busy(done))
        return None
    if done.pulled:
        say(f"pulled {done.pulled} changes from the team server before syncing")
    if done.publish_error:
        say(
            f"warning: the sync is saved on this computer, but publishing it to the team stopped: "
            f"{done.publish_error} What was not published goes out with the next sync."
        )
    else:
        say(f"published {done.published} changes to the team server")
    return done.account, done.report


def cmd_team_pull(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.team import pull
    from desktop.team.schema import TeamError, engine_for, explain

    url = _server_url()
    with closing(open_core()) as core:
        server = engine_for(url)
        try:
            ids = None
            if args.account:
                team = {name: account_id for account_id, name in pull.team_accounts(server)}
                if args.account not in team:
                    known = ", ".join(sorted(team)) or "none you may see"
                    raise CliError(
                        f"The team server has no account named {args.account!r} (accounts: {known})."
                    )
                ids = [team[args.account]]
            pulled = pull.pull(server, core.writer, ids)
        except TeamError as exc:
            raise _team_error(exc) from None
        except SQLAlchemyError as exc:
            raise _team_error(explain(exc, url)) from None
        finally:
            server.dispose()
        names = {a.id: a.name for a in core.accounts.list()}
    for account_id, n in pulled.rows.items():
        new = " (new here: enter its credentials with 'accounts edit NAME --credentials' to sync it)"
        note = new if account_id in pulled.created else ""
        print(f"{names.get(account_id, account_id)}: pulled {n} changes{note}")
    if not pulled.rows:
        print("The team server holds no account you may see.")
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
    disconnect = team.add_parser(
        "disconnect", help="settle this computer's writes with the team's outbox, then forget the server"
    )
    disconnect.add_argument(
        "--take-back",
        action="store_true",
        help="writes still waiting in the team's outbox come back to this computer's (default: they are "
        "left with the team, and never sent from here)",
    )
    disconnect.add_argument(
        "--force",
        action="store_true",
        help="disconnect even when the server does not answer (writes handed over to the team are then "
        "kept here unsent)",
    )
    disconnect.set_defaults(func=cmd_team_disconnect)
    pull = team.add_parser("pull", help="bring what the team published into this computer's cache")
    pull.add_argument("account", nargs="?", help="only this account (default: every one you may see)")
    pull.set_defaults(func=cmd_team_pull)
