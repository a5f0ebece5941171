"""``recruiter-companion act`` and ``recruiter-companion outbox``: write actions from the command line.

    act ACTION --account NAME --input FILE.json|-     check, save, send; prints one JSON object
    outbox list [--pending] [--account NAME] [--json]
    outbox flush [--account NAME] | retry ID | drop ID

The input is the action's unified input as JSON (``connectors.base.actions.SCHEMAS``); ids are the
cache's ids. As a convenience an attachment may name a local file with ``path`` instead of ``data``:
it is read and base64-encoded here. Exit codes as in ``common``: 0 sent or queued, 2 refused (the message
names the field), 4 the vendor refused or could not be reached when asked to flush.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import mimetypes
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from connectors.base import filetypes
from connectors.base.actions import SCHEMAS
from connectors.http import jsontext
from desktop.cli.common import EXIT_VENDOR, CliError, command_group, open_core
from desktop.outbox import queue as q

T = TypeVar("T")


def _worker(core: Any) -> Any:
    from desktop.outbox.worker import OutboxWorker

    return OutboxWorker(core.writer, core.accounts)


def _read_input(source: str) -> Any:
    if source == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        where = "The input on stdin"
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise CliError(f"Cannot read the input file {source!r}: {exc.strerror}.") from None
        where = f"The input file {source}"
    try:
        return jsontext.loads(data, where)
    except jsontext.JsonInputError as exc:
        raise CliError(str(exc)) from None


def _load_paths(data: Any, base: Path) -> list[str]:
    """Turn ``{"path": FILE}`` attachments into ``data`` (base64), ``name`` and ``content_type``; returns
    problems naming the field."""
    if not isinstance(data, dict):
        return []
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data.get("attachments"), list):
        found += [(f"attachments[{i}]", a) for i, a in enumerate(data["attachments"]) if isinstance(a, dict)]
    if isinstance(data.get("attachment"), dict):
        found.append(("attachment", data["attachment"]))
    problems = []
    for where, att in found:
        if "path" not in att:
            continue
        path = Path(str(att.pop("path"))).expanduser()
        if not path.is_absolute():
            path = base / path
        try:
            content = path.read_bytes()
        except OSError as exc:
            problems.append(f"{where}.path: cannot read {str(path)!r} ({exc.strerror})")
            continue
        if not content:
            problems.append(f"{where}.path: the file {str(path)!r} is empty (0 bytes); choose the real file")
            continue
        att["data"] = base64.b64encode(content).decode("ascii")
        att.setdefault("name", path.name)
        # The content decides the type (a program renamed cv.pdf is refused by the validation).
        guessed = filetypes.content_type(path.name, content[:64]) or mimetypes.guess_type(path.name)[0]
        if guessed and not att.get("content_type"):
            att["content_type"] = guessed
    return problems


def _print(obj: Any) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


def _refused(action: str, problems: list[tuple[str, str]]) -> NoReturn:
    _print(
        {
            "action": action,
            "status": "refused",
            "outbox_id": None,
            "problems": [{"field": f, "message": m} for f, m in problems],
        }
    )
    text = "; ".join(f"{f}: {m}" if f else m for f, m in problems)
    raise CliError(f"{action} refused, nothing was sent: {text}")


def cmd_act(args: argparse.Namespace) -> int:
    from desktop.outbox.worker import ActionRefused

    if args.action not in SCHEMAS:
        raise CliError(f"Unknown action {args.action!r}. Actions: {', '.join(SCHEMAS)}.")
    data = _read_input(args.input)
    base = Path.cwd() if args.input == "-" else Path(args.input).resolve().parent
    problems = _load_paths(data, base)
    if problems:
        _refused(args.action, [(p.split(": ", 1)[0], p.split(": ", 1)[1]) for p in problems])
    core = open_core()
    try:
        account = core.accounts.get(args.account)
        try:
            outcome = asyncio.run(_worker(core).submit(account, args.action, data, key=args.key))
        except ActionRefused as exc:
            _refused(args.action, [(p.path, p.message) for p in exc.problems])
    finally:
        core.close()
    _print({"account": account.name, **outcome.as_dict()})
    if outcome.status == q.FAILED:
        print(
            f"recruiter-companion: error: {args.action} failed: {outcome.error} It is kept in the outbox "
            f"as {outcome.entry_id}: 'outbox retry {outcome.entry_id}' or 'outbox drop {outcome.entry_id}'.",
            file=sys.stderr,
        )
        return EXIT_VENDOR
    if outcome.status == q.QUEUED:
        print(
            f"Saved as outbox entry {outcome.entry_id}; it is sent when {account.connector.display_name} "
            f"answers ('outbox flush'). {outcome.error or ''}".rstrip(),
            file=sys.stderr,
        )
    return 0


def _names(core: Any) -> dict[str, str]:
    return {a.id: a.name for a in core.accounts.list()}


def cmd_outbox_list(args: argparse.Namespace) -> int:
    core = open_core()
    try:
        account_id = core.accounts.get(args.account).id if args.account else None
        worker = _worker(core)

        async def both() -> tuple[Any, list[Any]]:
            team = await worker.team_entries(account_id, pending=args.pending)  # settles local copies first
            return team, await worker.entries(account_id, pending=args.pending)

        team, entries = asyncio.run(both())
        names = _names(core)
    finally:
        core.close()
    team_rows, gone = team if team is not None else ([], None)
    by_key = {r["idempotency_key"]: r for r in team_rows}
    rows = []
    for e in entries:
        shared = by_key.pop(e.idempotency_key, None) or {}
        rows.append({
            **_listed(e, names),
            **(_team_fields(shared or None, e.author, e.sender, e.handed_over) if team is not None else {}),
        })
    for r in by_key.values():  # the team's writes this computer holds no copy of: no local id
        theirs = q.entry_of(r)
        rows.append({
            **_listed(theirs, names), "outbox_id": None, **_team_fields(r, theirs.author, theirs.sender, True)
        })
    if gone:
        print(f"recruiter-companion: warning: only this computer's outbox is listed: {gone}", file=sys.stderr)
    if args.json:
        _print(rows)
    elif not rows:
        print("The outbox is empty." if not args.pending else "Nothing is waiting to be sent.")
    else:
        for row in rows:
            error = f"  {row['error']}" if row["error"] and row["state"] != q.SENT else ""
            ident = row["outbox_id"] if row["outbox_id"] is not None else f"t{row['team_id']}"
            who = f" by {row['author'] or '-'}, sent by {row['sender'] or '-'}" if team is not None else ""
            print(
                f"{ident:>5}  {row['state']:<8} {row['action']:<32} {row['account']:<16} "
                f"tries {row['attempts']}{who}{error}"
            )
    return 0


def _team_fields(
    shared: dict[str, Any] | None, author: str | None, sender: str | None, handed: bool
) -> dict[str, Any]:
    """Team mode: who queued and who sent a write (the team's word when it has the row)."""
    shared = shared or {}
    return {
        "team_id": shared.get("id"),
        "handed_over": handed,
        "author": shared.get("author") or author,
        "sender": shared.get("sender") or sender,
    }


def _listed(entry: Any, names: dict[str, str]) -> dict[str, Any]:
    """An outbox entry as ``outbox list`` shows it (its outcome, the account's name, its times)."""
    from desktop.outbox.outcome import outcome_of

    return {
        **outcome_of(entry).as_dict(),
        "account": names.get(entry.account_id, entry.account_id),
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


def _exit_for(outcomes: list[Any]) -> int:
    return 0 if all(o.status == q.SENT for o in outcomes) else EXIT_VENDOR


def cmd_outbox_flush(args: argparse.Namespace) -> int:
    core = open_core()
    try:
        account_id = core.accounts.get(args.account).id if args.account else None
        outcomes = asyncio.run(_worker(core).flush(account_id))
    finally:
        core.close()
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in (q.SENT, q.QUEUED, q.FAILED)}
    _print({"flushed": [o.as_dict() for o in outcomes], **counts})
    print(
        f"Outbox: {counts[q.SENT]} sent, {counts[q.QUEUED]} still queued, {counts[q.FAILED]} failed.",
        file=sys.stderr,
    )
    return _exit_for(outcomes)


def _on_entry(call: Callable[[Any], Coroutine[Any, Any, T]]) -> T:
    """``call`` on the outbox worker of a core opened for it; an entry the outbox refuses (unknown id,
    wrong state) is the CLI's clear error."""
    core = open_core()
    try:
        return asyncio.run(call(_worker(core)))
    except q.OutboxError as exc:
        raise CliError(str(exc)) from None
    finally:
        core.close()


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    outcome = _on_entry(lambda worker: worker.retry(args.id))
    _print(outcome.as_dict())
    return _exit_for([outcome])


def cmd_outbox_drop(args: argparse.Namespace) -> int:
    entry = _on_entry(lambda worker: worker.drop(args.id))
    _print({"outbox_id": entry.id, "action": entry.action, "dropped": True, "state": entry.status})
    warning = " It may have reached the vendor already." if entry.status in (q.UNKNOWN, q.SENDING) else ""
    print(f"Dropped outbox entry {entry.id} ({entry.action}).{warning}", file=sys.stderr)
    return 0


def add_action_commands(sub: Any) -> None:
    """Register ``act`` and ``outbox`` on the top-level subcommands of ``recruiter-companion``."""
    act = sub.add_parser(
        "act",
        help="check, save and send a write action (prints one JSON object)",
        description="Actions: " + ", ".join(SCHEMAS),
    )
    act.add_argument("action", help="e.g. create-candidate, move-application-to-stage")
    act.add_argument("--account", required=True)
    act.add_argument("--input", required=True, help="the action's input as a JSON file, or - for stdin")
    act.add_argument("--key", default=None, help="idempotency key: the same key again saves no second action")
    act.set_defaults(func=cmd_act)

    outbox = command_group(sub, "outbox", "write actions waiting, sent or failed")
    listing = outbox.add_parser("list", help="the outbox, oldest first")
    listing.add_argument("--pending", action="store_true", help="only what still waits to be sent")
    listing.add_argument("--account", default=None)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_outbox_list)
    flush = outbox.add_parser("flush", help="send everything pending now")
    flush.add_argument("--account", default=None)
    flush.set_defaults(func=cmd_outbox_flush)
    retry = outbox.add_parser("retry", help="send a queued, unknown or failed entry again")
    retry.add_argument("id", type=int)
    retry.set_defaults(func=cmd_outbox_retry)
    drop = outbox.add_parser("drop", help="forget an entry that was not sent")
    drop.add_argument("id", type=int)
    drop.set_defaults(func=cmd_outbox_drop)
