"""Forgetting a person (issue 15.2): every local trace removed, and the forget remembered.

``plan`` says what would go (records per table, queued writes about them) without changing anything;
``forget`` removes it in one transaction:

- the candidate records and everything tied to them (``desktop.privacy.person.DEPENDENTS``); the
  cache's triggers take their full-text index rows and change-log rows with them;
- their sync bookkeeping (``record_state``) and the vendor answers kept for re-use (``enrich_items``)
  that mention them, which the next sync simply reads again;
- outbox entries about them, only when the caller says so (the user was asked); an entry being sent
  right now is left alone and reported, as its request may already be at the vendor;
- then the index is merged (``optimize``) and deleted pages are zeroed (``secure_delete``) and the
  WAL checkpointed, so the text is not left in free pages of the file either.

What stays is one ``forgotten`` row per record: the account, the vendor's id and a keyed hash of each
e-mail address, so a later sync that brings the person back is noticed (``reappeared``). Outside the
cache, the person's ids leave ``people-splits.json`` and saved searches naming them are removed.
Export files are the user's own copies (we do not track where they went): the result says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop import paths, saved_searches
from desktop.privacy import at_vendor
from desktop.privacy.person import (
    PersonRecords,
    _params,
    _placeholders,
    candidates_by_email,
    email_key,
    traces,
)

#: Outbox statuses a forget may drop: a ``sending`` entry may be at the vendor already.
_DROPPABLE = ("queued", "unknown", "failed", "sent")

@dataclass
class Plan:
    """What forgetting the person would remove."""

    person: PersonRecords
    #: Outbox entry ids about them that may be dropped, and those being sent right now.
    outbox: list[int] = field(default_factory=list)
    sending: list[int] = field(default_factory=list)
    #: Other candidate records (other accounts, mostly) with one of their e-mail addresses: not included
    #: when a single record was asked for; the user may forget them by e-mail.
    elsewhere: list[str] = field(default_factory=list)

    def describe(self) -> list[str]:
        """Lines for a confirmation: counts per kind of record, never the person's data beyond what
        the user typed."""
        labels = {
            "candidates": "candidate record",
            "applications": "application",
            "interviews": "interview",
            "interviewing_team_members": "interviewer link",
            "offers": "offer",
            "candidate_tags": "tag link",
            "attachments": "attachment",
        }
        counts = []
        for table, label in labels.items():
            n = len(self.person.ids.get(table, []))
            if n:
                counts.append(f"{n} {label}{'s' if n != 1 else ''}")
        accounts = len({a for a, _ in self.person.remotes})
        listed = ", ".join(counts[:-1]) + (" and " if len(counts) > 1 else "") + counts[-1] if counts else ""
        lines = [f"{listed} in {accounts} account{'s' if accounts != 1 else ''}"]
        if self.outbox:
            n = len(self.outbox)
            lines.append(f"{n} queued or past write{'s' if n != 1 else ''} about them")
        return lines

    def elsewhere_note(self) -> str:
        """A sentence when other records carry their e-mail ("" when none)."""
        n = len(self.elsewhere)
        if not n:
            return ""
        return (
            f"{n} other candidate record{'s' if n != 1 else ''} (another account, or a duplicate) "
            f"{'have' if n != 1 else 'has'} their e-mail address and {'are' if n != 1 else 'is'} kept: "
            "forget by e-mail to remove every record of this person."
        )


@dataclass
class Result:
    removed: dict[str, int]
    outbox_removed: int
    outbox_kept: int
    sending: list[int]
    #: Tables still mentioning the person's e-mail or name (should be empty), and files tidied.
    leftovers: dict[str, int]
    files: list[str]

    @property
    def records_removed(self) -> int:
        """The person's records removed (not the kept vendor answers or saved searches also dropped)."""
        return sum(n for table, n in self.removed.items() if table not in ("enrich_items", "saved_searches"))


def _outbox_about(conn: Connection, person: PersonRecords) -> tuple[list[int], list[int]]:
    # Ids and e-mails, never names: a write about another person of the same name must stay.
    needles = person.all_ids() + person.email_needles()
    if not needles:
        return [], []
    terms = " OR ".join(
        f"instr(lower(CAST(input AS TEXT) || ' ' || coalesce(CAST(result AS TEXT), '')), lower(:n{i})) > 0"
        for i in range(len(needles))
    )
    rows = conn.execute(
        text(f"SELECT id, status FROM outbox WHERE {terms} ORDER BY id"),
        {f"n{i}": n for i, n in enumerate(needles)},
    ).fetchall()
    return [r[0] for r in rows if r[1] in _DROPPABLE], [r[0] for r in rows if r[1] not in _DROPPABLE]


def plan(conn: Connection, person: PersonRecords) -> Plan:
    outbox, sending = _outbox_about(conn, person)
    mine = set(person.candidates)
    elsewhere = sorted({c for e in person.email_needles() for c in candidates_by_email(conn, e)} - mine)
    return Plan(person, outbox, sending, elsewhere)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _delete_ids(conn: Connection, table: str, ids: list[str]) -> int:
    total = 0
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        total += conn.execute(
            text(f"DELETE FROM {table} WHERE id IN ({_placeholders(chunk)})"), _params(chunk)
        ).rowcount
    return total


def remove(conn: Connection, person: PersonRecords, *, outbox: bool, salt: str) -> Result:
    """Remove the person's records (and, with ``outbox``, the writes about them) inside the caller's
    transaction, and remember the forget."""
    found = plan(conn, person)
    removed: dict[str, int] = {}
    # Their downloaded files (CVs …): the rows go and their bytes with them (migration 0008's trigger),
    # so do copies opened in a viewer; the attachment's trigger drops its index text.
    attachment_ids = person.ids.get("attachments", [])
    if attachment_ids:
        removed["attachment_files"] = _delete_ids(conn, "attachment_files", attachment_ids)
        from desktop.attachments import files

        files.remove_open_copies(attachment_ids, paths.home())
    # Children first: a trigger refreshing an application's index row reads its candidate.
    for table in (
        "attachments",
        "interviewing_team_members",
        "interviews",
        "offers",
        "candidate_tags",
        "applications",
        "candidates",
    ):
        removed[table] = _delete_ids(conn, table, person.ids.get(table, []))
    ids = person.all_ids()
    _delete_ids(conn, "record_state", ids)
    # Vendor answers kept for re-use that produced these records or carry the person's e-mail: the
    # next sync reads them again. (Ids are matched as written, e-mails folded to lower case.)
    terms = [f"instr(coalesce(records, ''), :i{n}) > 0" for n in range(len(ids))]
    emails = person.email_needles()
    terms += [
        f"instr(lower(coalesce(item, '') || ' ' || coalesce(answers, '')), :e{n}) > 0"
        for n in range(len(emails))
    ]
    if terms:
        values = {f"i{n}": v for n, v in enumerate(ids)} | {f"e{n}": v.lower() for n, v in enumerate(emails)}
        removed["enrich_items"] = conn.execute(
            text(f"DELETE FROM enrich_items WHERE {' OR '.join(terms)}"), values
        ).rowcount
    outbox_removed = 0
    if outbox and found.outbox:
        outbox_removed = conn.execute(
            text(f"DELETE FROM outbox WHERE id IN ({','.join(str(int(i)) for i in found.outbox)})")
        ).rowcount
    now = _now()
    keys = sorted(email_key(e, salt) for e in person.emails)
    for account_id, remote_id in person.remotes:
        conn.execute(
            text(
                "INSERT INTO forgotten (account_id, remote_id, email_key, forgotten_at) "
                "VALUES (:a, :r, :k, :t)"
            ),
            {"a": account_id, "r": remote_id, "k": keys[0] if keys else None, "t": now},
        )
        for extra in keys[1:]:
            conn.execute(
                text(
                    "INSERT INTO forgotten (account_id, remote_id, email_key, forgotten_at) "
                    "VALUES (:a, NULL, :k, :t)"
                ),
                {"a": account_id, "k": extra, "t": now},
            )
    # The user's saved searches that name them or their e-mail (kept in the cache since migration 0009).
    removed["saved_searches"] = saved_searches.remove_mentioning(conn, person.needles())
    # The FTS5 index keeps deleted terms in its segments until they are merged: merge them now.
    conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")
    leftovers = traces(conn, person.email_needles())
    if not outbox:
        leftovers.pop("outbox", None)  # kept on purpose
    return Result(removed, outbox_removed, len(found.outbox) - outbox_removed, found.sending, leftovers, [])


def remove_zeroed(conn: Connection, person: PersonRecords, *, outbox: bool, salt: str) -> Result:
    """``remove`` with deleted rows overwritten by zeros rather than left in free pages for ``strings``
    to find (a connection flag, set and reset inside the caller's transaction)."""
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        return remove(conn, person, outbox=outbox, salt=salt)
    finally:
        conn.exec_driver_sql("PRAGMA secure_delete = OFF")


def checkpoint(engine: Engine) -> None:
    """Fold the WAL, which still holds pages as they were before, into the file and empty it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def forget(engine: Engine, person: PersonRecords, *, outbox: bool, home: Path | None = None) -> Result:
    """Forget ``person`` in one transaction, then tidy the WAL and the files beside the cache (the CLI's
    way; the window runs ``remove_zeroed`` on the cache writer's thread, then the rest)."""
    with engine.begin() as conn:
        result = remove_zeroed(conn, person, outbox=outbox, salt=paths.profile_id())
    checkpoint(engine)
    result.files = tidy_files(person, home or paths.home())
    return result


def tidy_files(person: PersonRecords, home: Path) -> list[str]:
    """The person's ids out of ``people-splits.json`` (saved searches naming them went with ``remove``)."""
    from desktop.cli.people import SPLITS_FILE

    touched: list[str] = []
    splits = home / SPLITS_FILE
    ids = set(person.candidates)
    if splits.exists():
        try:
            kept = [x for x in json.loads(splits.read_text(encoding="utf-8")) if x not in ids]
        except (ValueError, TypeError):
            kept = None
        if kept is not None:
            paths.write_private(splits, json.dumps(sorted(kept)))
            touched.append(splits.name)
    return touched


# --- after a sync: did a forgotten person come back? ----------------------------------------------


@dataclass(frozen=True)
class Returned:
    """A candidate record a sync brought back after the person was forgotten."""

    candidate_id: str
    account_id: str
    remote_id: str
    name: str
    forgotten_at: str


def reappeared(conn: Connection, account_id: str, salt: str, since: str = "") -> list[Returned]:
    """Candidates of ``account_id`` written since ``since`` (a sync's start: a forgotten record that
    comes back is new to the cache) that were forgotten (same vendor id, or same e-mail address in any
    account): the vendor still has them. Marks them ``reappeared_at``."""
    forgotten = conn.execute(
        text("SELECT id, account_id, remote_id, email_key, forgotten_at FROM forgotten")
    ).fetchall()
    if not forgotten:
        return []
    by_remote = {(r[1], r[2]): (r[0], r[4]) for r in forgotten if r[2] is not None}
    by_key = {r[3]: (r[0], r[4]) for r in forgotten if r[3] is not None}
    found: list[Returned] = []
    marks: set[int] = set()
    rows = conn.execute(
        text(
            # Through record_state, whose narrow rows scan in a tenth of the time candidates' do (100k).
            "SELECT c.id, c.remote_id, c.first_name, c.last_name, c.email_addresses FROM record_state s "
            "JOIN candidates c ON c.id = s.id WHERE s.account_id = :a AND s.model = 'candidates' "
            "AND s.changed_at >= :since AND c.remote_deleted_at IS NULL"
        ),
        {"a": account_id, "since": since},
    )
    from desktop.people import normalise_email

    for cid, remote_id, first, last, emails in rows:
        hit = by_remote.get((account_id, remote_id))
        if hit is None and by_key:
            items: Any = json.loads(emails) if isinstance(emails, str) else emails
            for item in items or []:
                address = normalise_email(item.get("email_address") if isinstance(item, dict) else None)
                if address and email_key(address, salt) in by_key:
                    hit = by_key[email_key(address, salt)]
                    break
        if hit is not None:
            marks.add(hit[0])
            name = " ".join(p for p in (first, last) if p)
            found.append(Returned(cid, account_id, remote_id, name, hit[1]))
    if marks:
        conn.execute(
            text(f"UPDATE forgotten SET reappeared_at = :t WHERE id IN ({','.join(str(m) for m in marks)})"),
            {"t": _now()},
        )
    return found


def vendor_deletion_action(connector: Any) -> str | None:
    """The write action this connector declares for deleting/anonymising a candidate, if any."""
    declared = getattr(connector, "actions", {}) or {}
    return at_vendor.ACTION if at_vendor.ACTION in declared else None


def returned_message(returned: list[Returned], vendor_name: str, action: str | None) -> str:
    """What the app says when forgotten people came back with a sync."""
    who = ", ".join(f"{r.name or r.remote_id} ({r.candidate_id})" for r in returned[:5])
    more = f" and {len(returned) - 5} more" if len(returned) > 5 else ""
    head = (
        f"{len(returned)} forgotten {'person' if len(returned) == 1 else 'people'} came back with this sync: "
        f"{who}{more}. {vendor_name} still has them."
    )
    if action:
        first = returned[0].candidate_id
        return (
            f"{head} {vendor_name} can delete them through its API: forget them again with the deletion "
            f"there (`recruiter-companion privacy forget --candidate {first} --at-vendor`, one per person)."
        )
    return (
        f"{head} This app cannot delete candidates at {vendor_name} (its connector has no deletion or "
        f"anonymisation action): delete or anonymise them in {vendor_name} itself, then forget them here "
        "again."
    )
