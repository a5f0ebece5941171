"""The durable write queue on the ``outbox`` table (DESIGN §6).

An action is saved here, with its idempotency key, before anything is sent. Its life:

    queued ──claim──▶ sending ──▶ sent
       ▲                 │
       │ transient       ├──▶ unknown   (the answer was lost: reconcile before any resend)
       └─────────────────┤
                         └──▶ failed    (the vendor refused: kept with its reason until retried or dropped)

A ``sending`` row belongs to the process that claimed it (its pid and host, and a lease). If that
process died, the row is treated as ``unknown``: the request may have reached the vendor.

Columns are used as the table defines them; what has no column lives in the JSON ones:
``input = {"data": <unified input>, "refs": <resolved cache records>}`` and ``result = {"progress": …,
"claim": …, "ids": …, "remote_ids": …, "created": …, "fallback": …, "note": …}``.

Every function takes a connection inside the caller's transaction (run them through ``CacheWriter``).
"""

from __future__ import annotations

import copy
import os
import socket
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from desktop.cache.tables import OutboxEntry

QUEUED, SENDING, UNKNOWN, SENT, FAILED = "queued", "sending", "unknown", "sent", "failed"
STATUSES = (QUEUED, SENDING, UNKNOWN, SENT, FAILED)
#: Not yet done and still the app's job to send (failed ones wait for the user).
PENDING = (QUEUED, SENDING, UNKNOWN)
#: The ``result`` key of a local entry handed over to the team's outbox: ``{"server_id", "at"}``.
HANDED = "team"

_T = OutboxEntry.__table__  # type: ignore[attr-defined]
_HOST = socket.gethostname()
#: Entries this process is sending right now (a row claimed by our own pid but not in here is stale).
INFLIGHT: set[int] = set()


class OutboxError(ValueError):
    """A queue operation that cannot be done as asked (the message says why)."""


@dataclass(frozen=True)
class Entry:
    id: int
    account_id: str
    action: str
    input: dict[str, Any]
    idempotency_key: str
    status: str
    attempts: int
    next_attempt_at: str | None
    last_error: str | None
    result: dict[str, Any]
    created_at: str
    updated_at: str
    #: Team mode (``desktop.team``): the member who queued it and the one whose claim sent it.
    author: str | None = None
    sender: str | None = None

    @property
    def data(self) -> dict[str, Any]:
        return dict(self.input.get("data") or {})

    @property
    def refs(self) -> dict[str, Any]:
        return dict(self.input.get("refs") or {})

    @property
    def progress(self) -> dict[str, Any]:
        return copy.deepcopy(self.result.get("progress") or {})

    @property
    def handed_over(self) -> bool:
        """Team mode: this local copy went to the team server's outbox, which sends it now
        (``desktop.team.shared_outbox``); it stays listed here until the team reports it done."""
        return bool(self.result.get(HANDED))

    @property
    def claimed_from(self) -> str | None:
        """The status this entry had when the current claim took it (``unknown`` means: reconcile)."""
        return (self.result.get("claim") or {}).get("from")


def _entry(row: Any) -> Entry:
    return entry_of(row._mapping)


def entry_of(m: Mapping[str, Any]) -> Entry:
    """An outbox row's columns (this cache's, or a team server's outbox: the same table) as an ``Entry``."""
    return Entry(
        m["id"],
        m["account_id"],
        m["action"],
        dict(m["input"] or {}),
        m["idempotency_key"],
        m["status"],
        m["attempts"],
        m["next_attempt_at"],
        m["last_error"],
        dict(m["result"] or {}),
        m["created_at"],
        m["updated_at"],
        m["author"],
        m["sender"],
    )


def new_key() -> str:
    return uuid.uuid4().hex


def get(conn: Connection, entry_id: int) -> Entry | None:
    row = conn.execute(select(_T).where(_T.c.id == entry_id)).first()
    return _entry(row) if row else None


def require(conn: Connection, entry_id: int) -> Entry:
    found = get(conn, entry_id)
    if found is None:
        raise OutboxError(f"No outbox entry {entry_id}; 'recruiter-companion outbox list' shows them.")
    return found


def enqueue(
    conn: Connection,
    account_id: str,
    action: str,
    data: Mapping[str, Any],
    refs: Mapping[str, Any],
    *,
    now: str,
    key: str | None = None,
    author: str | None = None,
) -> Entry:
    """Save an action before it is sent. The same ``key`` twice gives back the first entry, never a
    second action (a form submitted twice, a CLI call repeated). ``author``: the team member who
    queued it (team mode, ``desktop.team``); nobody on a cache of one's own."""
    key = key or new_key()
    row = conn.execute(select(_T).where(_T.c.idempotency_key == key)).first()
    if row is not None:
        existing = _entry(row)
        if existing.account_id != account_id or existing.action != action:
            raise OutboxError(f"The idempotency key {key!r} already belongs to another action.")
        return existing
    result = conn.execute(
        insert(_T).values(
            account_id=account_id,
            action=action,
            input={"data": dict(data), "refs": dict(refs)},
            idempotency_key=key,
            status=QUEUED,
            attempts=0,
            next_attempt_at=None,
            last_error=None,
            result={"progress": {}},
            created_at=now,
            updated_at=now,
            author=author,
        )
    )
    return require(conn, int(result.inserted_primary_key[0]))  # type: ignore[index]


def entries(
    conn: Connection, account_id: str | None = None, statuses: Iterable[str] | None = None
) -> list[Entry]:
    query = select(_T).order_by(_T.c.id)
    if account_id is not None:
        query = query.where(_T.c.account_id == account_id)
    if statuses is not None:
        query = query.where(_T.c.status.in_(list(statuses)))
    return [_entry(r) for r in conn.execute(query)]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_abandoned(entry: Entry, now: str) -> bool:
    """A ``sending`` row whose sender is gone (crashed, killed) or whose lease ran out."""
    if entry.status != SENDING:
        return False
    claim = entry.result.get("claim") or {}
    if not claim or (claim.get("until") or "") <= now:
        return True
    if claim.get("host") != _HOST:
        return False
    pid = int(claim.get("pid") or 0)
    if pid == os.getpid():
        return entry.id not in INFLIGHT
    return not _pid_alive(pid)


def due(conn: Connection, account_id: str | None, now: str, *, ignore_schedule: bool = False) -> list[Entry]:
    """Entries to send now, oldest first: queued or unknown ones whose time has come (all of them with
    ``ignore_schedule``, as when the user asks to flush), and abandoned ``sending`` ones."""
    out = []
    for entry in entries(conn, account_id, PENDING):
        if entry.handed_over:
            continue  # the team's outbox sends it (team mode); sending it from here too could double it
        if entry.status == SENDING:
            if is_abandoned(entry, now):
                out.append(entry)
        elif ignore_schedule or not entry.next_attempt_at or entry.next_attempt_at <= now:
            out.append(entry)
    return out


def claim(conn: Connection, entry: Entry, *, now: str, lease_until: str) -> Entry | None:
    """Take ``entry`` for sending (compare-and-set on its status and ``updated_at``, so two workers —
    the app and a CLI flush — never send the same entry). ``None`` if someone else changed it first, or
    if it is a local copy of a write handed over to a team's outbox: the team sends it (from the server's
    row), and this copy is never sent on its own, even after ``team disconnect`` left it with the team."""
    if entry.handed_over:
        return None
    before = entry.status
    if before == SENDING:
        before = UNKNOWN  # an abandoned send may have reached the vendor
    result = dict(entry.result)
    progress = dict(result.get("progress") or {})
    progress.setdefault("started_at", now)
    result["progress"] = progress
    result["claim"] = {"pid": os.getpid(), "host": _HOST, "until": lease_until, "from": before}
    done = conn.execute(
        update(_T)
        .where(_T.c.id == entry.id, _T.c.status == entry.status, _T.c.updated_at == entry.updated_at)
        .values(
            status=SENDING,
            attempts=entry.attempts + 1,
            next_attempt_at=lease_until,
            result=result,
            updated_at=now,
        )
    )
    return get(conn, entry.id) if done.rowcount == 1 else None


def save_progress(conn: Connection, entry_id: int, progress: Mapping[str, Any], now: str) -> None:
    entry = require(conn, entry_id)
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(result={**entry.result, "progress": dict(progress)}, updated_at=now)
    )


def _strip_files(data: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The input without inline file contents (kept only until sent: the cache should not keep CVs
    twice), and a note of what was there."""
    clean = copy.deepcopy(data)
    files = []
    atts = [a for a in (clean.get("attachments") or []) if isinstance(a, dict)]
    if isinstance(clean.get("attachment"), dict):
        atts.append(clean["attachment"])
    for att in atts:
        for key in ("data", "data_url"):
            value = att.get(key)
            if isinstance(value, str) and (key == "data" or value.startswith("data:")):
                files.append({"name": att.get("name"), "chars": len(value)})
                att[key] = None
    return clean, files


def mark_sent(
    conn: Connection, entry_id: int, outcome: Mapping[str, Any], now: str, *, sender: str | None = None
) -> Entry:
    """Mark the entry sent with the vendor's ``outcome``; ``sender``: the team member who sent it."""
    entry = require(conn, entry_id)
    data, files = _strip_files(entry.data)
    result = {k: v for k, v in entry.result.items() if k != "claim"}
    result.update(outcome)
    result["sent_at"] = now
    if files:
        result["files_sent"] = files
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(
            status=SENT,
            next_attempt_at=None,
            last_error=None,
            result=result,
            updated_at=now,
            input={**entry.input, "data": data},
            **({} if sender is None else {"sender": sender}),
        )
    )
    return require(conn, entry_id)


def mark_pending(
    conn: Connection, entry_id: int, status: str, error: str, next_at: str | None, now: str
) -> Entry:
    """Back to ``queued`` (transient failure) or to ``unknown`` (lost answer), to try again at ``next_at``."""
    assert status in (QUEUED, UNKNOWN)
    entry = require(conn, entry_id)
    result = {k: v for k, v in entry.result.items() if k != "claim"}
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(
            status=status, next_attempt_at=next_at, last_error=error[:2000], result=result, updated_at=now
        )
    )
    return require(conn, entry_id)


def mark_failed(conn: Connection, entry_id: int, error: str, now: str, **extra: Any) -> Entry:
    entry = require(conn, entry_id)
    result = {k: v for k, v in entry.result.items() if k != "claim"}
    result.update(extra)
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(status=FAILED, next_attempt_at=None, last_error=error[:2000], result=result, updated_at=now)
    )
    return require(conn, entry_id)


def retry(conn: Connection, entry_id: int, now: str) -> Entry:
    """Send again at the next flush. An ``unknown`` entry stays unknown so it is still reconciled first;
    a failed one goes back to the queue (the user has looked at the vendor's reason)."""
    entry = require(conn, entry_id)
    if entry.status == SENT:
        raise OutboxError(f"Outbox entry {entry_id} was sent already; nothing to retry.")
    if entry.status == SENDING and not is_abandoned(entry, now):
        raise OutboxError(f"Outbox entry {entry_id} is being sent right now.")
    status = UNKNOWN if entry.status in (UNKNOWN, SENDING) else QUEUED
    result = {k: v for k, v in entry.result.items() if k not in ("claim", "outcome_unknown")}
    conn.execute(
        update(_T)
        .where(_T.c.id == entry_id)
        .values(status=status, next_attempt_at=now, result=result, updated_at=now)
    )
    return require(conn, entry_id)


def drop(conn: Connection, entry_id: int, now: str) -> Entry:
    """Forget an entry that was not sent (the user gives up on it)."""
    entry = require(conn, entry_id)
    if entry.status == SENT:
        raise OutboxError(f"Outbox entry {entry_id} was sent already; it stays as the record of that write.")
    if entry.status == SENDING and not is_abandoned(entry, now):
        raise OutboxError(f"Outbox entry {entry_id} is being sent right now; drop it once that ends.")
    conn.execute(delete(_T).where(_T.c.id == entry_id))
    return entry


def created_ids(conn: Connection, account_id: str) -> dict[str, set[str]]:
    """Unified ids of the records this app created at the vendor, per model (for "sync only created
    applications")."""
    out: dict[str, set[str]] = {}
    query = select(_T.c.result).where(_T.c.account_id == account_id, _T.c.status == SENT)
    for (result,) in conn.execute(query):
        for model, ids in ((result or {}).get("created") or {}).items():
            out.setdefault(model, set()).update(ids)
    return out
