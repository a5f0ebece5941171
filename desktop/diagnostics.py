""" "Copy diagnostics": what a support person needs, and nothing secret.

Versions, platform, where the files are, which keyring backend is in use, accounts (name, vendor,
API host only), record counts, sync state and the tail of the log. Secrets never reach this text:
account secrets live only in the keyring and are not read here; settings are reduced to the API
host (a query string may carry a token); the log and error texts pass the redactor again.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from connectors.http.redact import redact
from desktop import paths, queries
from desktop.cache import crypt

LOG_LINES = 60


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def _host(url: object) -> str:
    parts = urlsplit(str(url or ""))
    return (
        f"{parts.scheme}://{parts.hostname}{f':{parts.port}' if parts.port else ''}" if parts.hostname else ""
    )


def _log_tail(path: Path, lines: int = LOG_LINES) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-lines:]


def collect(conn: sqlite3.Connection, *, keyring_backend: str, extra: dict[str, str] | None = None) -> str:
    """A plain-text report for a bug ticket."""
    out = [
        "Recruiter Companion diagnostics",
        f"version: {_version('recruiter-companion')}",
        f"python: {sys.version.split()[0]} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"Qt binding: pyside6-essentials {_version('pyside6-essentials')}",
        f"qasync: {_version('qasync')}, httpx: {_version('httpx')}, keyring: {_version('keyring')}",
        f"sqlite: {sqlite3.sqlite_version}",
        f"home: {paths.home()}",
        f"keyring backend: {keyring_backend}",
    ]
    for key, value in (extra or {}).items():
        out.append(f"{key}: {value}")
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        out.append(f"cache schema: {revision[0] if revision else '?'}")
        out.append("")
        out.append("accounts:")
        for row in conn.execute("SELECT id, name, vendor, settings FROM accounts ORDER BY name"):
            import json

            settings = json.loads(row[3] or "{}")
            out.append(f"  {row[1]} ({row[2]}) {_host(settings.get('base_url'))}")
            counts = queries.model_counts(conn, row[0])
            out.append("    records: " + ", ".join(f"{m} {n}" for m, n in counts.items()))
            for state in conn.execute(
                "SELECT stream, in_progress, last_success_at, last_error FROM sync_state "
                "WHERE account_id = ? ORDER BY stream",
                (row[0],),
            ):
                error = f" error: {redact(state[3])[:300]}" if state[3] else ""
                out.append(
                    f"    {state[0]}: last ok {state[2] or 'never'}"
                    f"{' (interrupted)' if state[1] else ''}{error}"
                )
        pending, failed = queries.outbox_counts(conn)
        out.append(f"outbox: {pending} pending, {failed} failed")
    except crypt.ERRORS as exc:
        out.append(f"cache unreadable: {exc}")
    out.append("")
    out.append(f"last {LOG_LINES} log lines ({paths.log_path()}):")
    out.extend(redact(line) for line in _log_tail(paths.log_path()))
    return "\n".join(out)
