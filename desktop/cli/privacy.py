"""``recruiter-companion privacy``: forget a person, export what is held about them, retention (issue 15).

``forget --candidate ID | --email ADDRESS [--yes] [--keep-outbox] [--at-vendor]`` removes every local
trace, asking first (in a terminal) unless ``--yes``; with ``--at-vendor`` it first deletes them at each
vendor that offers it (through the outbox, with its checks), and forgets locally only once every one of
those deletions is sent; ``export --email ADDRESS --out FILE.zip`` answers an access
request; ``review [--json]`` lists candidates past their account's review age; ``retention ACCOUNT``
shows or sets how long deleted records keep personal fields and the review age, and ``--apply`` runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import EXIT_INPUT, CliError, command_group, open_core


def _ask(question: str) -> bool:
    print(question + " [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def _find(core: Any, args: argparse.Namespace) -> Any:
    from desktop.privacy.person import UnknownPerson, find

    try:
        with core.engine.connect() as conn:
            return find(conn, candidate=args.candidate, email=args.email)
    except UnknownPerson as exc:
        raise CliError(str(exc), EXIT_INPUT) from None


def _delete_at_vendors(core: Any, person: Any) -> None:
    """Delete the person at their vendors first (``desktop.privacy.at_vendor``); any deletion not sent
    stops here, before the local forget, with its write left in the outbox."""
    import asyncio

    from desktop.privacy import at_vendor

    done = asyncio.run(at_vendor.delete_at_vendors(core.engine, core.writer, core.accounts, person))
    for d in done:
        if d.state == "unsupported":
            print(
                f"{d.account}: {d.vendor} offers no deletion through its API; delete them in the ATS itself.",
                file=sys.stderr,
            )
        elif d.state == "sent":
            print(f"{d.account}: {d.detail or 'deleted at the vendor.'}", file=sys.stderr)
    not_sent = [f"{d.account}: {d.state}, {d.detail or 'not sent yet'}" for d in done if d.blocks]
    if not_sent:
        raise CliError(
            "Not deleted at the vendor: " + "; ".join(not_sent) + ". Nothing was forgotten on this computer: "
            "the write waits in the outbox (`outbox list`); once it is sent, forget them again."
        )


def cmd_forget(args: argparse.Namespace) -> int:
    from desktop.privacy import forget

    core = open_core()
    try:
        person = _find(core, args)
        with core.engine.connect() as conn:
            planned = forget.plan(conn, person)
        what = ", ".join(planned.describe())
        if planned.elsewhere:
            print(f"note: {planned.elsewhere_note()}", file=sys.stderr)
        # The deletions --at-vendor sends are writes about them too: they go with the rest.
        outbox = bool(planned.outbox or args.at_vendor) and not args.keep_outbox
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(
                    f"Forgetting removes {what} from this computer and cannot be undone; run again with "
                    "--yes "
                    "to confirm."
                )
            also = " It also deletes them at their vendors that offer it." if args.at_vendor else ""
            if not _ask(
                f"Forget this person? This removes {what} from this computer and cannot be undone.{also}"
            ):
                print("Nothing was changed.", file=sys.stderr)
                return 1
            if outbox and planned.outbox:
                outbox = _ask(f"Also drop the {len(planned.outbox)} writes about them from the outbox?")
        if args.at_vendor:
            _delete_at_vendors(core, person)
        result = forget.forget(core.engine, person, outbox=outbox)
    finally:
        core.close()
    gone = result.records_removed
    print(f"Forgotten: {gone} records removed ({what}).", file=sys.stderr)
    if searches := result.removed.get("saved_searches", 0):
        print(f"{searches} saved search{'es' if searches != 1 else ''} naming them removed.", file=sys.stderr)
    if result.outbox_removed:
        n = result.outbox_removed
        print(f"{n} outbox write{'s' if n != 1 else ''} about them dropped.", file=sys.stderr)
    if result.outbox_kept:
        print(
            f"{result.outbox_kept} outbox write{'s' if result.outbox_kept != 1 else ''} about them kept "
            "(see `outbox list`; `outbox drop ID`).",
            file=sys.stderr,
        )
    if result.sending:
        print(
            f"Writes {', '.join(map(str, result.sending))} are being sent right now and were kept; forget "
            "again once they are done.",
            file=sys.stderr,
        )
    if result.leftovers:
        where = ", ".join(f"{t} ({n})" for t, n in sorted(result.leftovers.items()))
        print(f"warning: their e-mail or name is still mentioned in: {where}.", file=sys.stderr)
    print(
        "Files you exported earlier are your own copies and were not touched. If the vendor still has "
        "them, the next sync brings them back and says so.",
        file=sys.stderr,
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.privacy.access import export_person

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name for the zip, e.g. --out {out / 'person.zip'}.")
    core = open_core()
    try:
        person = _find(core, args)
        try:
            counts = export_person(core.engine, person, out)
        except OSError as exc:
            raise CliError(
                f"Cannot write the export to {out}: {exc.strerror or exc}. Pick a file in a folder you can "
                "write to with --out."
            ) from None
    finally:
        core.close()
    records = sum(v for k, v in counts.items() if k not in ("accounts", "attachments"))
    print(
        f"Wrote {out}: summary.html, {records} records and {counts['attachments']} attachments.",
        file=sys.stderr,
    )
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from desktop.privacy.retention import due_for_review

    core = open_core()
    try:
        with core.engine.connect() as conn:
            due = due_for_review(conn)
    finally:
        core.close()
    if args.json:
        print(json.dumps([d.__dict__ for d in due], ensure_ascii=False, indent=2))
    else:
        for d in due:
            print(f"{d.account:<16} {d.candidate_id}  {d.days:>5} days  {d.name}")
        print(
            f"{len(due)} candidates due for review (accounts with `privacy retention ACCOUNT "
            "--review-after-days N`).",
            file=sys.stderr,
        )
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from desktop.privacy import retention

    core = open_core()
    try:
        account = core.accounts.get(args.account)
        options: dict[str, Any] = {}
        try:
            if args.keep_deleted_days is not None:
                options[retention.KEEP_DELETED_OPTION] = retention.check_days(
                    args.keep_deleted_days, allow_off=False
                )
            if args.review_after_days is not None:
                options[retention.REVIEW_OPTION] = retention.check_days(
                    args.review_after_days, allow_off=True
                )
        except retention.RetentionError as exc:
            raise CliError(str(exc)) from None
        if options:
            account = core.accounts.edit(args.account, options=options)
        reduced: dict[str, int] = {}
        if args.apply:
            reduced = core.writer.run_sync(retention.apply, account.id, account.options)
    finally:
        core.close()
    review = retention.review_after_days(account.options)
    print(
        f"{account.name}: deleted records keep personal fields "
        f"{retention.keep_deleted_days(account.options)} "
        f"days; review age {'off' if review is None else f'{review} days'}.",
        file=sys.stderr,
    )
    if args.apply:
        print(f"Reduced {sum(reduced.values())} deleted records to ids and dates.", file=sys.stderr)
    return 0


def add_privacy_commands(sub: Any) -> None:
    cmds = command_group(sub, "privacy", "forget a person, export what is held about them, retention")
    for name, helptext in (
        ("forget", "remove every local trace of a person (asks first unless --yes)"),
        ("export", "write everything held about a person as a zip (an access request)"),
    ):
        cmd = cmds.add_parser(name, help=helptext)
        who = cmd.add_mutually_exclusive_group(required=True)
        who.add_argument("--candidate", metavar="ID", help="a candidate's id (the cache's, or the vendor's)")
        who.add_argument(
            "--email", metavar="ADDRESS", help="every candidate with this e-mail, in every account"
        )
        if name == "forget":
            cmd.add_argument(
                "--yes", action="store_true", help="do not ask; also drops the writes about them"
            )
            cmd.add_argument("--keep-outbox", action="store_true", help="keep the outbox writes about them")
            cmd.add_argument(
                "--at-vendor",
                action="store_true",
                help="also delete them at each vendor that offers it (eRecruiter: anonymised), before "
                "forgetting them here",
            )
            cmd.set_defaults(func=cmd_forget)
        else:
            cmd.add_argument("--out", required=True, metavar="FILE.zip")
            cmd.set_defaults(func=cmd_export)
    review = cmds.add_parser("review", help="candidates past their account's review age")
    review.add_argument("--json", action="store_true")
    review.set_defaults(func=cmd_review)
    ret = cmds.add_parser("retention", help="show or set an account's retention; --apply runs it now")
    ret.add_argument("account")
    ret.add_argument(
        "--keep-deleted-days", metavar="N", help="days a deleted record keeps personal fields (30)"
    )
    ret.add_argument("--review-after-days", metavar="N|off", help="flag candidates inactive this long (off)")
    ret.add_argument("--apply", action="store_true", help="reduce deleted records past their period now")
    ret.set_defaults(func=cmd_retention)
