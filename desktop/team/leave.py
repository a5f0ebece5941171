"""Leaving a team server without doubling a write: what ``team disconnect`` does with the outbox first.

A write handed over to the team's outbox (``shared_outbox``) is still pending on this computer until the
team says it is done. Once the server is forgotten, this computer flushes alone; if it then sent such a
write itself while a teammate sends (or sent) the same one from the server, the vendor would get it
twice. So, before forgetting the server, each handed-over entry still pending here is settled with it:

- sent or failed on the server: the local copy takes that outcome (as ``TeamSender.settle`` does);
- still waiting there, and the user asked to *take it back*: it is deleted from the server's outbox in
  the transaction that locks it and checks it is neither claimed nor sent (``SELECT … FOR UPDATE``),
  then it is an ordinary local entry again (the server's status kept: ``unknown`` is reconciled first);
- still waiting there otherwise, or being sent by a teammate right now: *left with the team*. The local
  copy keeps its hand-over mark, which keeps it out of solo sending (``queue.due`` skips it and
  ``queue.claim`` refuses it), with a note saying so; reconnecting brings the team's outcome here.

The server unreachable (or refusing this login): nothing is decided unless the user forces it, and
then every handed-over entry is left with the team (it may have been sent there: never guess). Entries
never handed over stay this computer's to send. Server calls are each their own transaction; local ones
run on the cache writer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from connectors.unified.timefmt import now_iso
from desktop.outbox import queue as q
from desktop.team import shared_outbox as so
from desktop.team.connect import without_password
from desktop.team.schema import explain

_T = q.OutboxEntry.__table__  # type: ignore[attr-defined]
#: Keys inside a local entry's ``result["team"]``: why it was left with the team, and a take-back under way.
LEFT, TAKING_BACK = "left", "taking_back"
#: Why an entry was left with the team.
ASKED, HELD, MISSING, UNREACHABLE = "leave", "held", "missing", "unreachable"


@dataclass
class Settled:
    """What ``team disconnect`` did with each pending write (counts)."""

    sent: int = 0  # sent by the team: marked sent here
    failed: int = 0  # refused at the vendor through the team: marked failed here
    taken_back: int = 0  # removed from the team's outbox: this computer sends them now
    left: int = 0  # left with the team, as asked: a teammate sends them
    held: int = 0  # a teammate is sending them right now: left with the team
    missing: int = 0  # not on the server (dropped there, or hidden from this login): kept here unsent
    unreachable: int = 0  # the server did not answer or refused (--force): kept here unsent
    local: int = 0  # never handed over: this computer sends them, as before

    def lines(self) -> list[str]:
        """One sentence per non-empty count, for the CLI and the window."""
        said = [
            (self.sent, "sent by the team (marked sent here)"),
            (self.failed, "failed at the vendor through the team (marked failed here, with the reason)"),
            (self.taken_back, "taken back from the team's outbox: this computer sends them ('outbox flush')"),
            (self.left, "left with the team: a teammate sends them; never sent from here"),
            (self.held, "being sent by a teammate right now: left with the team; never sent from here"),
            (self.missing, "no longer on the team server (dropped there?): kept here unsent; check and "
                           "drop them"),
            (self.unreachable, "in the team's outbox, whose server could not be used: kept here unsent (a "
                               "teammate may send them); reconnect to settle them, or drop them"),
            (self.local, "never handed over to the team: this computer sends them, as before"),
        ]
        return [f"{n} write{'s' if n != 1 else ''} {what}" for n, what in said if n]


def _note(why: str, server: str) -> str:
    if why == UNREACHABLE:
        return (
            f"The team server {server} could not be used when this computer disconnected, and this write "
            "was in the team's outbox: a teammate may send it, or may have. It is not sent from here (that "
            "could do it twice): reconnect to settle it, or drop it once you have checked at the vendor."
        )
    if why == MISSING:
        return (
            f"This write was no longer in the team's outbox on {server} when this computer disconnected "
            "(dropped there, or no longer visible to this login). It is not sent from here: check at the "
            "vendor, then drop it."
        )
    who = "is being sent by a teammate" if why == HELD else "was left with the team"
    return (
        f"This write {who} when this computer disconnected from {server}; a teammate sends it. It is not "
        "sent from here (that could do it twice): reconnect to see its outcome, or drop it here."
    )


# --- the local cache's side (inside the caller's transaction) ----------------------------------------


def handed_over(conn: Connection) -> tuple[list[q.Entry], int]:
    """Pending local entries the team holds, and how many pending ones it never got."""
    pending = q.entries(conn, None, q.PENDING)
    mine = [e for e in pending if e.handed_over]
    return mine, len(pending) - len(mine)


def _team_mark(conn: Connection, entry_id: int, **extra: Any) -> dict[str, Any]:
    current = q.require(conn, entry_id)
    return {**current.result, q.HANDED: {**(current.result.get(q.HANDED) or {}), **extra}}


def mark_left(conn: Connection, ids: list[int], why: str, server: str, now: str) -> None:
    """These handed-over entries stay the team's: their mark stays (no solo send), with a note why."""
    for entry_id in ids:
        result = _team_mark(conn, entry_id, **{LEFT: {"why": why, "server": server, "at": now}})
        result[q.HANDED].pop(TAKING_BACK, None)
        conn.execute(
            update(_T).where(_T.c.id == entry_id).values(result=result, last_error=_note(why, server))
        )


def mark_taking_back(conn: Connection, entry_id: int, now: str) -> None:
    """Before the server row goes: if the local step after it is cut off, a next run knows the missing
    row was taken back by this computer (and makes the entry local again) rather than dropped there."""
    result = _team_mark(conn, entry_id, **{TAKING_BACK: now})
    conn.execute(update(_T).where(_T.c.id == entry_id).values(result=result))


def make_local(conn: Connection, entry_id: int, row: Mapping[str, Any] | None, now: str) -> None:
    """An ordinary local entry again, due now; with the server's word on it when there is one (its status,
    so a lost answer is still reconciled first, its attempts, its progress)."""
    entry = q.require(conn, entry_id)
    result = {k: v for k, v in entry.result.items() if k != q.HANDED}
    status, attempts, error = entry.status, entry.attempts, entry.last_error
    if row is not None:
        result.update({k: v for k, v in dict(row["result"] or {}).items() if k != "claim"})
        status, attempts, error = str(row["status"]), max(attempts, int(row["attempts"])), row["last_error"]
    if status == q.SENDING:
        status = q.UNKNOWN
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(status=status, attempts=attempts, last_error=error, next_attempt_at=None, result=result,
                updated_at=now)
    )


# --- the server's side ---------------------------------------------------------------------------------


def take_back_row(conn: Connection, key: str) -> tuple[str, dict[str, Any] | None]:
    """In one server transaction: lock the team's row of ``key`` and delete it if nobody claimed or sent
    it. ("taken", row) | ("done", row) (sent or failed: settle it) | ("held", None) (a teammate holds
    or sends it) | ("missing", None)."""
    query = select(_T).where(_T.c.idempotency_key == key)
    found = conn.execute(query.with_for_update(skip_locked=True)).first()
    if found is None:  # locked by a teammate's claim under way, or not there at all
        exists = conn.execute(select(_T.c.id).where(_T.c.idempotency_key == key)).first()
        return ("held" if exists else "missing"), None
    row = dict(found._mapping)
    if row["status"] in (q.SENT, q.FAILED):
        return "done", row
    if row["status"] == q.SENDING:
        return "held", None  # claimed by a teammate (its lease, even run out, is the team's to settle)
    conn.execute(delete(_T).where(_T.c.id == row["id"]))
    return "taken", row


# --- the whole step ------------------------------------------------------------------------------------

Run = Callable[..., Any]  # CacheWriter.run_sync: fn(conn, *args) in one transaction on the cache


def settle_outbox(run: Run, url: URL, *, take_back: bool, force: bool) -> Settled:
    """Settle every pending handed-over write with the server at ``url`` (see the module's docstring).
    The server unreachable or refusing: the ``explain``ed ``TeamError`` (nothing changed) unless
    ``force``, which leaves them all with the team, kept here unsent. A server lost half-way raises
    (whatever was settled stays settled; a next run goes on from there)."""
    server = without_password(url)
    mine, never = run(handed_over)
    done = Settled(local=never)
    if not mine:
        return done
    shared = so.SharedOutbox.open(url)
    try:
        try:
            rows = shared.by_keys([e.idempotency_key for e in mine])
        except SQLAlchemyError as exc:
            failure = explain(exc, url)
            if not force:
                raise failure from None
            run(mark_left, [e.id for e in mine], UNREACHABLE, server, now_iso())
            done.unreachable = len(mine)
            return done
        try:
            _settle(run, shared, mine, rows, server, take_back, done)
        except SQLAlchemyError as exc:
            raise explain(exc, url) from None
    finally:
        shared.close()
    return done


def _settle(
    run: Run,
    shared: so.SharedOutbox,
    mine: list[q.Entry],
    rows: dict[str, dict[str, Any]],
    server: str,
    take_back: bool,
    done: Settled,
) -> None:
    def count_done(row: Mapping[str, Any]) -> None:
        if row["status"] == q.SENT:
            done.sent += 1
        else:
            done.failed += 1

    left: dict[str, list[int]] = {}
    for entry in mine:
        row = rows.get(entry.idempotency_key)
        if row is not None and row["status"] in (q.SENT, q.FAILED):
            run(so.settle, {entry.idempotency_key: row}, now_iso())
            count_done(row)
            continue
        ours = bool((entry.result.get(q.HANDED) or {}).get(TAKING_BACK))
        if row is None and ours:  # an earlier take-back deleted it and was cut off before the local step
            run(make_local, entry.id, None, now_iso())
            done.taken_back += 1
            continue
        if row is None:
            left.setdefault(MISSING, []).append(entry.id)
            continue
        if not take_back:
            why = HELD if row["status"] == q.SENDING else ASKED
            left.setdefault(why, []).append(entry.id)
            continue
        run(mark_taking_back, entry.id, now_iso())
        state, found = shared.record(take_back_row, entry.idempotency_key)
        if state == "taken":
            run(make_local, entry.id, found, now_iso())
            done.taken_back += 1
        elif state == "done" and found is not None:
            run(so.settle, {entry.idempotency_key: found}, now_iso())
            count_done(found)
        else:
            left.setdefault(HELD if state == "held" else MISSING, []).append(entry.id)
    for why, ids in left.items():
        run(mark_left, ids, why, server, now_iso())
    done.left = len(left.get(ASKED, []))
    done.held = len(left.get(HELD, []))
    done.missing = len(left.get(MISSING, []))

