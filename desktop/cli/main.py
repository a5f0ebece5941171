"""``recruiter-companion``: the headless entry point (accounts, sync, export, sandbox) and the app launcher.

Every failure ends in one line on stderr saying what to do, and a non-zero exit:
2 bad input, 3 credentials refused, 4 vendor unreachable or failing, 5 (``accounts test``) some
capability of the account does not work, 1 anything else.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from connectors import registry
from connectors.http import ConnectorError, jsontext
from connectors.sandbox.ratelimit import LIMIT_MODES
from desktop import __version__
from desktop.accounts import DEFAULT_SHARE, SHARE_OPTION, AccountError, check_share
from desktop.attachments import CAP_OPTION, DEFAULT_CAP_MB
from desktop.cli.actions import add_action_commands
from desktop.cli.cache import add_cache_commands
from desktop.cli.common import EXIT_AUTH, EXIT_INPUT, EXIT_OTHER, EXIT_VENDOR, CliError, command_group
from desktop.cli.common import code_for as _code_for
from desktop.cli.common import fail as _fail
from desktop.cli.common import open_core as _core
from desktop.cli.day import add_day_commands
from desktop.cli.doctor import add_doctor_commands
from desktop.cli.passthrough import add_passthrough_command
from desktop.cli.people import add_people_command
from desktop.cli.privacy import add_privacy_commands
from desktop.cli.team import add_team_commands, team_connected, team_sync
from desktop.selftest import add_self_test_command


# --- sandbox ----------------------------------------------------------------------------------
def cmd_sandbox_serve(args: argparse.Namespace) -> int:
    from connectors.sandbox import runner

    def ready(sandbox: Any) -> None:
        print(
            json.dumps({"vendor": sandbox.vendor, "base_url": sandbox.base_url, "account": sandbox.account}),
            flush=True,
        )
        print(f"{sandbox.vendor} sandbox listening on {sandbox.base_url} (Ctrl+C stops it)", file=sys.stderr)

    try:
        runner.serve_forever(
            args.vendor,
            host=args.host,
            port=args.port,
            seed=args.seed,
            size=args.size,
            auth=args.auth,
            rate_limit=args.rate_limit,
            without=tuple(args.without or ()),
            api=args.api,
            limit_mode=args.limit_mode,
            candidates=args.candidates,
            on_ready=ready,
        )
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(
            f"Cannot listen on {args.host}:{args.port}: {exc.strerror}. Pick another --port."
        ) from None
    return 0


# --- accounts ---------------------------------------------------------------------------------
def _percent(text: str) -> int:
    try:
        return check_share(text.strip().rstrip("%").strip())
    except AccountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _read_settings(vendor: str, *, secrets_only: bool = False) -> dict[str, Any]:
    connector = registry.get(vendor)
    if sys.stdin.isatty():
        print(f"Connecting {connector.display_name}. {connector.guide.connection}", file=sys.stderr)
        values: dict[str, Any] = {}
        for field in connector.settings:
            if secrets_only and not field.secret:
                continue
            hint = f" [{field.default}]" if field.default else ("" if field.required else " (optional)")
            prompt = f"{field.label}{hint}: "
            value = getpass.getpass(prompt) if field.secret else input(prompt)
            if value.strip():
                values[field.name] = value.strip()
        return values
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    if not data.strip():
        raise CliError(
            'Expected one JSON object of settings on stdin (e.g. the sandbox\'s "account"), got nothing.'
        )
    try:
        values = jsontext.loads(data, "The settings JSON on stdin")
    except jsontext.JsonInputError as exc:
        raise CliError(str(exc)) from None
    if not isinstance(values, dict):
        raise CliError("The settings on stdin must be one JSON object of field names and values.")
    if isinstance(values.get("account"), dict):
        # The whole line `sandbox serve` prints ({vendor, base_url, account}): what a user pipes.
        served = values.get("vendor")
        if isinstance(served, str) and served != connector.vendor:
            raise CliError(f"That line is for a {served} sandbox, not {connector.vendor}.")
        values = values["account"]
    return values


def cmd_accounts_add(args: argparse.Namespace) -> int:
    try:
        registry.get(args.vendor)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    values = _read_settings(args.vendor)
    with closing(_core()) as core:
        account = core.accounts.add(args.vendor, args.name, values)
        print(
            f"Added {account.connector.display_name} account {account.name!r}; credentials are in "
            f"{core.secrets.backend_name}.",
            file=sys.stderr,
        )
        if not core.secrets.persistent:
            from desktop.secrets import NO_KEYRING

            print(f"warning: {NO_KEYRING}", file=sys.stderr)
    return 0


def cmd_accounts_list(args: argparse.Namespace) -> int:
    with closing(_core()) as core:
        rows = [
            {"name": a.name, "vendor": a.vendor, "id": a.id, "settings": a.settings, "options": a.options}
            for a in core.accounts.list()
        ]
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print("No accounts yet. Add one with 'recruiter-companion accounts add VENDOR --name NAME'.")
    else:
        for row in rows:
            print(f"{row['name']:<20} {row['vendor']:<16} {row['settings'].get('base_url', '')}")
    return 0


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"give a size in megabytes, 0 or more (got {text!r})")
    return value


def cmd_accounts_edit(args: argparse.Namespace) -> int:
    with closing(_core()) as core:
        options = {}
        secrets = None
        if args.credentials:
            vendor = core.accounts.get(args.name).vendor
            given = _read_settings(vendor, secrets_only=True)
            secret_names = registry.get(vendor).secret_fields
            secrets = {k: str(v) for k, v in given.items() if k in secret_names and v not in (None, "")}
            if not secrets:
                raise CliError(f"No credentials given; {vendor} takes: {', '.join(secret_names)}.")
        if args.sync_only_created is not None:
            options["sync_only_created_applications"] = args.sync_only_created == "on"
        if args.share is not None:
            options[SHARE_OPTION] = args.share
        if args.attachments_cap is not None:
            options[CAP_OPTION] = args.attachments_cap
        account = core.accounts.edit(args.name, base_url=args.base_url, options=options, secrets=secrets)
        print(
            f"Updated {account.name!r}: {account.settings.get('base_url', '')}; a sync uses at most "
            f"{account.share_percent} % of {account.connector.display_name}'s limits.",
            file=sys.stderr,
        )
    return 0


def cmd_accounts_remove(args: argparse.Namespace) -> int:
    with closing(_core()) as core:
        core.accounts.remove(args.name)
        print(f"Removed {args.name!r}, its credentials and its cached data.", file=sys.stderr)
    return 0


# --- sync and export --------------------------------------------------------------------------
def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync.engine import Progress, as_dict, summary_lines

    last: dict[str, float] = {}

    def progress(event: Progress) -> None:
        now = time.monotonic()
        listed = event.phase == 1 and bool(event.pending)  # a progressive stream's lists are stored
        if event.done or listed or now - last.get(event.stream, 0) > 1.0:
            last[event.stream] = now
            state = "done" if event.done and not event.error else ("failed" if event.error else "…")
            if event.phase == 2:
                left = f", about {event.eta:.0f}s left" if event.eta is not None and not event.done else ""
                what = f"details of {event.enriched} read, {event.pending} to go{left}"
            else:
                what = f"{event.records} records, {event.pages} pages"
                if event.pending and not event.done:
                    state = f"listed; details of {event.pending} follow"
            print(
                f"sync {event.account}/{event.stream} [phase {event.phase}]: {what} {state}",
                file=sys.stderr,
                flush=True,
            )

    with closing(_core()) as core:
        if team_connected():  # team mode: one member syncs and publishes, the others pull
            synced = team_sync(core, args, progress)
            if synced is None:
                return 0
            account, report = synced
        else:
            if args.wait:
                raise CliError(
                    "--wait waits for the team member syncing this account; this data folder is not "
                    "connected to a team server ('recruiter-companion team connect URL'). Sync without it."
                )
            account = core.accounts.get(args.name)
            credentials = core.accounts.credentials(account)
            report = asyncio.run(
                core.sync.sync(
                    account,
                    credentials,
                    full=args.full,
                    progress=progress,
                    refresh_details=args.refresh_details,
                )
            )
    if args.json:
        print(json.dumps(as_dict(report), indent=2))
    else:
        print(f"Synced {report.account}:", file=sys.stderr)
        for line in summary_lines(report):
            print(line, file=sys.stderr)
    if report.returned:
        from desktop.privacy.forget import returned_message, vendor_deletion_action

        connector = account.connector
        said = returned_message(report.returned, connector.display_name, vendor_deletion_action(connector))
        print(f"recruiter-companion: warning: {said}", file=sys.stderr)
    if not report.ok:
        failed = [r for r in report.streams if r.error]
        first = failed[0].error or ""
        names = ", ".join(r.stream for r in failed)
        print(
            f"recruiter-companion: error: {report.account}: {len(failed)} of {len(report.streams)} streams "
            f"failed ({names}); the rest is saved and the next sync resumes. First: {first}",
            file=sys.stderr,
        )
        transient = all(r.error and "credentials" not in r.error for r in failed)
        return EXIT_VENDOR if transient else EXIT_AUTH
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.export import export_jsonl

    if args.format != "jsonl":
        raise CliError(f"Unknown export format {args.format!r}; 'jsonl' is supported.")
    with closing(_core()) as core:
        account = core.accounts.get(args.account)
        try:
            counts = export_jsonl(core.engine, account.id, Path(args.out))
        except OSError as exc:
            raise CliError(
                f"Cannot write the export to {args.out}: {exc.strerror or exc}. Pick a folder you can write "
                f"to with --out."
            ) from None
    print(f"Exported {sum(counts.values())} records in {len(counts)} files to {args.out}", file=sys.stderr)
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.app import run_app
    except ImportError as exc:
        raise CliError(f"The desktop window is not available in this build ({exc}).", EXIT_OTHER) from None
    if args.quit_when_usable:
        from desktop.ui.app import quit_when_usable

        return run_app(demo=args.demo, script=quit_when_usable)
    return run_app(demo=args.demo)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recruiter-companion", description="Your ATS accounts, synced, searchable and writable offline."
    )
    parser.add_argument("--demo", action="store_true", help="open the app on the built-in sandboxes")
    parser.add_argument(
        "--quit-when-usable",
        action="store_true",
        help="print READY once the window shows the candidates list, then quit (bench/startup.py)",
    )
    # --version: the one version (desktop.__version__) that the .deb, tarball and installers carry.
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(dest="command")

    sandbox = command_group(sub, "sandbox", "local stand-ins for the vendors' APIs")
    serve = sandbox.add_parser("serve", help="serve a vendor sandbox; prints one JSON line with the account")
    serve.add_argument("vendor")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0)
    serve.add_argument("--seed", type=int, default=1)
    serve.add_argument("--size", default="small", choices=["tiny", "small", "large"])
    serve.add_argument("--auth", default="api_key", help="api_key or oauth (where the vendor has both)")
    serve.add_argument(
        "--rate-limit",
        type=float,
        default=None,
        help="requests per second the sandbox allows and announces (default: the vendor's)",
    )
    serve.add_argument(
        "--without",
        action="append",
        metavar="MODEL",
        help="answer the endpoints serving this unified model (e.g. candidates) as the vendor answers an "
        "unknown path or method; repeatable",
    )
    serve.add_argument(
        "--api",
        default=None,
        help="which of the vendor's APIs to serve, where it has several (carerix: graphql)",
    )
    serve.add_argument(
        "--limit-mode",
        choices=list(LIMIT_MODES),
        default=None,
        help="how the sandbox counts its rate limit: a token bucket (default), a fixed one-second window, "
        "or a sliding one-second window that also counts the requests it refused",
    )
    serve.add_argument(
        "--candidates",
        type=int,
        default=None,
        metavar="N",
        help="instead of --size: the small seed grown to N candidates (jobs and users grow with the root)",
    )
    serve.set_defaults(func=cmd_sandbox_serve)

    accounts = command_group(sub, "accounts", "connected ATS accounts")
    add = accounts.add_parser("add", help="connect an account; settings as JSON on stdin, or prompted")
    add.add_argument("vendor", help=f"one of: {', '.join(registry.vendors())}")
    add.add_argument("--name", required=True)
    add.set_defaults(func=cmd_accounts_add)
    listing = accounts.add_parser("list")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_accounts_list)
    edit = accounts.add_parser("edit")
    edit.add_argument("name")
    edit.add_argument("--base-url")
    edit.add_argument("--sync-only-created", choices=["on", "off"], default=None)
    edit.add_argument(
        "--share",
        type=_percent,
        default=None,
        metavar="N",
        help=f"background sync uses at most N %% of the vendor's rate limit (1-100, default "
        f"{DEFAULT_SHARE}); writes you make may use all of it",
    )
    edit.add_argument(
        "--attachments-cap",
        type=_megabytes,
        default=None,
        metavar="MB",
        help=f"keep at most MB megabytes of this account's CVs and files on this machine (default "
        f"{DEFAULT_CAP_MB}); the newest applications' files come first, 0 keeps none",
    )
    edit.add_argument(
        "--credentials",
        action="store_true",
        help="enter the account's secret fields again (prompted, or one JSON object on stdin); they go "
        "to the keyring",
    )
    edit.set_defaults(func=cmd_accounts_edit)
    add_doctor_commands(accounts)  # test, diagnose (desktop/cli/doctor.py)
    remove = accounts.add_parser("remove", help="forget an account, its credentials and its cache")
    remove.add_argument("name")
    remove.set_defaults(func=cmd_accounts_remove)

    sync = sub.add_parser("sync", help="sync an account into the local cache")
    sync.add_argument("name")
    sync.add_argument("--full", action="store_true", help="re-read everything and mark what is gone")
    sync.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    sync.add_argument(
        "--refresh-details",
        action="store_true",
        help="with --full: read every record's details again, also where its list entry shows no change",
    )
    sync.add_argument(
        "--wait",
        action="store_true",
        help="team mode: when another member syncs this account, wait for them and then sync",
    )
    sync.set_defaults(func=cmd_sync)

    export = sub.add_parser("export", help="write an account's cache as files")
    export.add_argument("--account", required=True)
    export.add_argument("--format", default="jsonl")
    export.add_argument("--out", required=True)
    export.set_defaults(func=cmd_export)

    add_action_commands(sub)  # act, outbox (desktop/cli/actions.py)
    add_passthrough_command(sub)  # passthrough (desktop/cli/passthrough.py)
    add_self_test_command(sub)  # self-test (desktop/selftest.py)
    add_cache_commands(sub)  # cache check, cache reset (desktop/cli/cache.py)
    # issue 18.6: search and status, offline from the cache (desktop/cli/day.py)
    add_day_commands(sub)
    # people: one person across every account (issue 18.2, desktop/cli/people.py)
    add_people_command(sub)
    # privacy: forget, access export, retention (issue 15, desktop/cli/privacy.py)
    add_privacy_commands(sub)
    # team: a team's shared cache on PostgreSQL (issue 17, desktop/cli/team.py)
    add_team_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    if given[:1] == ["_sync-worker"]:
        # Hidden: the window's sync in a process of its own (desktop/sync/process.py); also the
        # PyInstaller bundle's way to start it, as the bundle's executable is this entry point.
        from desktop.sync import worker

        return worker.main()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        _fail(str(exc), exc.code)
    except AccountError as exc:
        _fail(str(exc), EXIT_INPUT)
    except ConnectorError as exc:
        _fail(str(exc), _code_for(exc))
    except KeyboardInterrupt:
        _fail("Interrupted; what was synced so far is saved and the next run resumes.", 130)
    except Exception as exc:
        from desktop.cache.health import DamagedCache
        from desktop.secrets import KeyringUnavailable

        if isinstance(exc, KeyringUnavailable | DamagedCache):
            _fail(str(exc), EXIT_OTHER)
        damage = _damage_found_while_running(exc)
        if damage is not None:
            _fail(str(damage), EXIT_OTHER)
        raise


def _damage_found_while_running(exc: BaseException) -> Exception | None:
    """SQLite finding damage after the cache opened (a page read mid-sync): the damaged-cache advice,
    not a traceback."""
    from sqlalchemy.exc import DatabaseError

    from desktop import paths
    from desktop.cache import crypt
    from desktop.cache.health import DamagedCache

    original = exc.orig if isinstance(exc, DatabaseError) else exc
    if isinstance(original, crypt.DATABASE_ERRORS) and any(
        sign in str(original) for sign in ("malformed", "not a database", "disk I/O error")
    ):
        return DamagedCache(paths.cache_path(), f"SQLite cannot read it ({original})")
    return None


if __name__ == "__main__":
    sys.exit(main())
