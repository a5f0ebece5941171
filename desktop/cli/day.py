"""``recruiter-companion search`` and ``status``: the day's questions answered headless (issue 18.6).

``search TEXT`` runs the same full-text search as the window's search box over every account (or
one, ``--account``); ``status [ACCOUNT]`` prints per-model counts, the last complete sync and the
writes still waiting in the outbox, per account. Both read the cache only: no vendor is contacted.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from desktop.accounts import AccountError
from desktop.cli.common import open_core


@contextmanager
def _reader(engine: Engine) -> Iterator[sqlite3.Connection]:
    """The raw DB-API connection under one pooled connection (``desktop.queries`` reads plain
    sqlite3), so an encrypted cache is opened the same way the engine opens it."""
    with engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        yield raw


def _core() -> Any:
    return open_core()


def cmd_search(args: argparse.Namespace) -> int:
    from desktop import search

    text = " ".join(args.text)
    if not search.words(text):
        raise AccountError(f"Nothing to search for in {text!r}: type at least one word or number.")
    core = _core()
    try:
        accounts = {a.id: a for a in core.accounts.list()}
        only = [core.accounts.get(args.account).id] if args.account else None
        with _reader(core.engine) as raw:
            hits = search.search(raw, text, limit=args.limit, account_ids=only)
    finally:
        core.close()
    rows = [
        {
            "model": h.model,
            "id": h.record_id,
            "account": accounts[h.account_id].name if h.account_id in accounts else h.account_id,
            "title": h.title,
            "subtitle": h.subtitle,
        }
        for h in hits
    ]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        print(f"Nothing matches {text!r}.")
    else:
        for row in rows:
            sub = f" — {row['subtitle']}" if row["subtitle"] else ""
            print(f"{row['model'][:-1]:<12} {row['account']:<16} {row['title']}{sub}  [{row['id']}]")
    return 0


def account_status(raw: sqlite3.Connection, account_id: str) -> dict[str, Any]:
    """Counts, last sync and outbox figures of one account, as ``status --json`` prints them."""
    from desktop import queries
    from desktop.outbox.queue import FAILED, PENDING

    summary = next((s for s in queries.accounts(raw) if s.id == account_id), None)
    by_status = dict(
        raw.execute("SELECT status, count(*) FROM outbox WHERE account_id = ? GROUP BY status", (account_id,))
    )
    return {
        "counts": queries.model_counts(raw, account_id),
        "last_sync": summary.last_success_at if summary else None,
        "sync_interrupted": bool(summary and summary.interrupted),
        "sync_errors": list(summary.errors) if summary else [],
        "pending_writes": sum(int(by_status.get(s, 0)) for s in PENDING),
        "failed_writes": int(by_status.get(FAILED, 0)),
    }


def cmd_status(args: argparse.Namespace) -> int:
    core = _core()
    try:
        chosen = [core.accounts.get(args.account)] if args.account else core.accounts.list()
        with _reader(core.engine) as raw:
            rows = [{"account": a.name, "vendor": a.vendor, **account_status(raw, a.id)} for a in chosen]
    finally:
        core.close()
    if args.json:
        print(json.dumps(rows[0] if args.account else rows, indent=2))
        return 0
    if not rows:
        print("No accounts yet. Add one with 'recruiter-companion accounts add VENDOR --name NAME'.")
    for row in rows:
        last = row["last_sync"] or "never completely"
        print(f"{row['account']} ({row['vendor']}): last synced {last}")
        print("  " + ", ".join(f"{n} {m}" for m, n in row["counts"].items()))
        writes = f"  {row['pending_writes']} writes waiting to be sent"
        if row["failed_writes"]:
            writes += f", {row['failed_writes']} failed (see 'recruiter-companion outbox list')"
        print(writes)
        for error in row["sync_errors"]:
            print(f"  last sync error: {error}")
    return 0


def add_day_commands(sub: Any) -> None:
    """Register ``search`` and ``status`` on the top-level subparsers."""
    search = sub.add_parser("search", help="search the local cache across accounts (offline)")
    search.add_argument("text", nargs="+", help="words to find (names, e-mails, phones, companies …)")
    search.add_argument("--account", default=None, help="only this account")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true", help="print the hits as a JSON list")
    search.set_defaults(func=cmd_search)

    status = sub.add_parser("status", help="per-account record counts, last sync and waiting writes")
    status.add_argument("account", nargs="?", default=None)
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)
