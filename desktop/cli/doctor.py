"""``accounts test`` and ``accounts diagnose``: the connection doctor on the command line.

``accounts test NAME`` prints the credentials check, then one row per capability (streams named after
the unified model they fill, actions after the action) with ``ok`` / ``forbidden`` / ``not_found`` /
``unsupported`` / ``error``; ``--json`` prints ``{"account", "capabilities": [...]}`` for what the
vendor offers (``--all`` adds the actions it does not offer, as ``unsupported``). Exit codes: 0 when
everything the vendor offers works, 3 credentials refused, 4 vendor unreachable, 5 some capability
does not work. ``accounts diagnose NAME --out FILE.zip`` runs the same probes and writes a report to
send us: per request its method, path (ids replaced), status, time and the answer's shape; never a
value, never a header.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from connectors.base.doctor import PROBE_RETRY, Report, run_doctor, summary_lines
from connectors.base.shapes import RequestLog
from connectors.http import AuthError, Unreachable
from connectors.http.redact import redact
from connectors.unified.timefmt import now_iso
from desktop.cli.common import EXIT_AUTH, EXIT_DEGRADED, EXIT_VENDOR, CliError, open_core


def _core() -> Any:
    return open_core()


async def probe(account: Any, credentials: dict[str, str], log: RequestLog | None = None) -> Report:
    """The doctor's report for a saved account (``log`` collects each request's shape)."""
    connector = account.connector
    client = connector.client(credentials, retry=PROBE_RETRY)
    if log is not None:
        client.observers.append(log)
    try:
        return await run_doctor(connector, client, credentials, account=account.name, account_id=account.id)
    finally:
        await client.aclose()


def _exit_code(report: Report) -> int:
    error = report.credentials_error
    if isinstance(error, AuthError):
        return EXIT_AUTH
    if isinstance(error, Unreachable):
        return EXIT_VENDOR
    return 0 if report.ok else EXIT_DEGRADED


def _finish(report: Report) -> int:
    code = _exit_code(report)
    if code in (EXIT_AUTH, EXIT_VENDOR):
        print(f"recruiter-companion: error: {redact(str(report.credentials_error))}", file=sys.stderr)
    elif code:
        broken = [c.name for c in report.capabilities if c.status not in ("ok", "unsupported")]
        print(
            f"recruiter-companion: {report.account}: {len(broken)} capabilities do not work: "
            f"{', '.join(broken)}. The details above say what to check.",
            file=sys.stderr,
        )
    return code


def _account(name: str) -> tuple[Any, dict[str, str]]:
    """The saved account and its credentials (from the keyring); the cache is closed again."""
    core = _core()
    try:
        account = core.accounts.get(name)
        return account, core.accounts.credentials(account)
    finally:
        core.close()


def cmd_accounts_test(args: argparse.Namespace) -> int:
    account, credentials = _account(args.name)
    report = asyncio.run(probe(account, credentials))
    if args.json:
        print(report.credentials, file=sys.stderr)
        print(json.dumps(report.as_dict(offered_only=not args.all), indent=2))
    else:
        print("\n".join(redact(line) for line in summary_lines(report)))
    return _finish(report)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def diagnose_files(account: Any, report: Report, log: RequestLog) -> dict[str, str]:
    """The report's files by name: no value from any answer, no header, no secret."""
    base = urlsplit(str(account.settings.get("base_url") or account.connector.default_base_url))
    summary = {
        "account": report.account,
        "vendor": account.connector.vendor,
        "api_host": base.hostname or "",
        "created_at": now_iso(),
        "versions": {
            "recruiter-companion": _version("recruiter-companion"),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "httpx": _version("httpx"),
        },
        "credentials": report.credentials,
        "requests": len(log.entries),
        **report.as_dict(),
    }
    readme = (
        "Recruiter Companion connection report\n\n"
        "report.json    the connection doctor's findings per capability, and versions\n"
        "requests.jsonl one line per request: method, path (ids replaced by {id}), HTTP status, time in ms\n"
        "               and the answer's shape (keys and types of JSON, element and attribute names of\n"
        "               XML). It holds no value from any answer, no header and no credential.\n"
    )
    return {
        "README.txt": readme,
        "report.json": redact(json.dumps(summary, indent=2, ensure_ascii=False)),
        "requests.jsonl": "".join(
            redact(json.dumps(e.as_dict(), ensure_ascii=False)) + "\n" for e in log.entries
        ),
    }


def write_zip(target: Path, files: dict[str, str]) -> None:
    """Write ``files`` into ``target`` via a temporary file beside it (no half-written zip)."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, partial = tempfile.mkstemp(prefix=".diagnose-", suffix=".zip.partial", dir=folder)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(folder)) from None
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in files.items():
                zf.writestr(name, text)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def cmd_accounts_diagnose(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.is_dir():
        raise CliError(f"--out {args.out} is a folder; give a file name such as {target / 'report.zip'}.")
    if not target.parent.is_dir():
        raise CliError(
            f"Cannot write {args.out}: the folder {target.parent} does not exist. Pick another --out."
        )
    account, credentials = _account(args.name)
    log = RequestLog()
    report = asyncio.run(probe(account, credentials, log))
    try:
        write_zip(target, diagnose_files(account, report, log))
    except OSError as exc:
        raise CliError(
            f"Cannot write {args.out}: {exc.strerror or exc}. Pick a folder you can write to with --out."
        ) from None
    print("\n".join(redact(line) for line in summary_lines(report)), file=sys.stderr)
    print(
        f"Wrote {args.out}: {len(log.entries)} requests with their shapes, no values and no credentials.",
        file=sys.stderr,
    )
    code = _exit_code(report)
    return code if code in (EXIT_AUTH, EXIT_VENDOR) else 0


def add_doctor_commands(accounts: Any) -> None:
    """``accounts test`` and ``accounts diagnose`` on the ``accounts`` sub-parsers."""
    test = accounts.add_parser(
        "test",
        help="check the credentials, then every stream and write action with one cheap read each "
        "(exit 0: all work, 3: credentials refused, 4: unreachable, 5: something does not work)",
    )
    test.add_argument("name", help="the account, as `accounts list` names it")
    test.add_argument("--json", action="store_true", help="print {account, capabilities} as JSON on stdout")
    test.add_argument("--all", action="store_true", help="with --json, list what the vendor can't do too")
    test.set_defaults(func=cmd_accounts_test)
    diagnose = accounts.add_parser(
        "diagnose",
        help="run the same probes and write a report to send us (request shapes only: no values, no secrets)",
    )
    diagnose.add_argument("name", help="the account, as `accounts list` names it")
    diagnose.add_argument("--out", required=True, help="the .zip file to write")
    diagnose.set_defaults(func=cmd_accounts_diagnose)
