"""The same person in other accounts, for one record or one page of search hits (issue 18.2).

``desktop.people.match_people`` decides who is one person; this module applies it to the few records
that could be joined to the ones shown, so the detail pane and the search popup agree with
``people --duplicates`` without matching 100k candidates per click:

* records sharing an e-mail come from the full-text index (each address's words, then the exact
  address checked);
* records sharing a phone come from ``PhoneIndex``, a map from ``phone_key`` to candidate ids kept in
  memory per cache file, built on first use (under a second for 100k candidates, bench/people.py)
  and, once another connection committed (``PRAGMA data_version`` moved), brought up to date from
  what was added or changed since. An entry is only a lead: the rows are read again and matched,
  so a record deleted or changed since is never joined on stale keys.

Split records (``people --split``) stand alone here too.

The window must not build or catch up the index on its thread (a first build of 100k candidates
takes about a second): it calls ``keep_up_beside()`` once, then ``warm(path)`` on a worker thread at
start and after each sync. From then on a caller uses the index as it stands and never waits for it;
records a sync added are leads once the next ``warm`` is through, seconds later.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.people import (
    CandidateRef,
    Person,
    match_people,
    normalise_email,
    normalise_phone,
    splits_of,
    values_of,
)
from desktop.phone import phone_key


@dataclass(frozen=True)
class Elsewhere:
    """Another account's record of the same person, and why it is the same person."""

    candidate_id: str
    account_name: str
    applications: int
    #: "email" or "phone": what links it to the record shown (``Person.joined_by``).
    reason: str
    #: The shared address or number (normalised).
    via: str


@dataclass
class PhoneIndex:
    """Phone key -> live candidate ids carrying it, for one connection's view of the cache.

    Caught up from two marks, so a refresh after a sync reads only what the sync changed: candidate
    rows added since (``rowid`` above the last seen) and candidates whose phones or deletion the
    change log (``record_changes``, kept by triggers) recorded since."""

    version: tuple[int, int] = (-1, -1)
    last_rowid: int = 0
    last_change: int = 0
    keys_of: dict[str, set[str]] = field(default_factory=dict)
    ids_with: dict[str, set[str]] = field(default_factory=dict)

    def refresh(self, conn: sqlite3.Connection) -> None:
        version = (id(conn), int(conn.execute("PRAGMA data_version").fetchone()[0]))
        if version == self.version:
            return
        # The marks first: anything committed while the rows are read is read again next time.
        rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM candidates").fetchone()[0])
        change = int(conn.execute("SELECT coalesce(max(id), 0) FROM record_changes").fetchone()[0])
        self._read(conn.execute(
            "SELECT id, phone_numbers, remote_deleted_at FROM candidates WHERE rowid > ?", (self.last_rowid,)
        ))
        changed = [
            str(r[0])
            for r in conn.execute(
                "SELECT DISTINCT record_id FROM record_changes WHERE id > ? AND model = 'candidates' "
                "AND field IN ('phone_numbers', 'remote_deleted_at')",
                (self.last_change,),
            )
        ]
        for start in range(0, len(changed), 500):  # SQLite's parameter limit
            chunk = changed[start : start + 500]
            self._read(conn.execute(
                "SELECT id, phone_numbers, remote_deleted_at FROM candidates "
                f"WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ))
        self.last_rowid, self.last_change, self.version = rowid, change, version

    def _read(self, rows: Iterable[tuple[Any, Any, Any]]) -> None:
        for cid, raw, deleted in rows:
            cid = str(cid)
            for key in self.keys_of.pop(cid, ()):
                self.ids_with[key].discard(cid)
            if deleted:
                continue
            keys = {phone_key(p) for p in map(normalise_phone, values_of(raw, "phone_number")) if p}
            if keys:
                self.keys_of[cid] = keys
                for key in keys:
                    self.ids_with.setdefault(key, set()).add(cid)

    def ids(self, keys: Iterable[str]) -> set[str]:
        # tuple(): one C call under the GIL, so a catch-up on another thread cannot change it midway.
        return {cid for key in keys for cid in tuple(self.ids_with.get(key, ()))}


#: One index per database file; a new connection (another id) catches up from where it stands.
_INDEXES: dict[str, PhoneIndex] = {}
#: Held while an index is built or caught up, by whichever thread does it.
_BUILDING = threading.Lock()
#: Set by the window (``keep_up_beside``): only ``warm`` refreshes; lookups take the index as it is.
_BESIDE = threading.Event()
#: Set once ``warm`` has built an index since ``keep_up_beside``.
_WARMED = threading.Event()


def keep_up_beside(on: bool = True) -> None:
    """From now on (until called with False, when the window closes) the index is refreshed only by
    ``warm`` on a worker thread, never by a lookup."""
    _WARMED.clear()
    if on:
        _BESIDE.set()
    else:
        _BESIDE.clear()


def _database(conn: sqlite3.Connection) -> str:
    return next((str(r[2]) for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")


def _phone_index(conn: sqlite3.Connection) -> PhoneIndex:
    database = _database(conn)
    if _BESIDE.is_set():
        index = _INDEXES.get(database)
        if index is None and _WARMED.wait(2.0):
            # The window has just opened and the first build was under way: waited for it once.
            index = _INDEXES.get(database)
        return index or PhoneIndex()
    with _BUILDING:
        index = _INDEXES.setdefault(database, PhoneIndex())
        index.refresh(conn)
        return index


def warm(conn: sqlite3.Connection) -> None:
    """Build or catch up this cache's index on the calling (worker) thread, on its own connection.

    A first build fills an index nobody sees until it is complete; a catch-up changes the published
    one in place, which lookups read meanwhile (``ids`` copies each set in one step): a lead may be
    missing for a moment, never wrong (every lead is matched on rows read again)."""
    with _BUILDING:
        database = _database(conn)
        index = _INDEXES.get(database) or PhoneIndex()
        index.refresh(conn)
        _INDEXES[database] = index
    _WARMED.set()


def _refs(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, CandidateRef]:
    wanted = sorted(set(ids))
    out: dict[str, CandidateRef] = {}
    for start in range(0, len(wanted), 500):  # SQLite's parameter limit
        chunk = wanted[start : start + 500]
        for row in conn.execute(
            "SELECT id, account_id, remote_id, first_name, last_name, email_addresses, phone_numbers "
            f"FROM candidates WHERE remote_deleted_at IS NULL AND id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            emails = sorted({e for e in map(normalise_email, values_of(row[5], "email_address")) if e})
            phones = sorted({p for p in map(normalise_phone, values_of(row[6], "phone_number")) if p})
            name = " ".join(part for part in (row[3], row[4]) if part)
            out[str(row[0])] = CandidateRef(str(row[0]), row[1], row[2], name, tuple(emails), tuple(phones))
    return out


def _by_email(conn: sqlite3.Connection, emails: Iterable[str]) -> set[str]:
    from desktop import search

    found: set[str] = set()
    for email in sorted(set(emails)):
        where = search.rowid_filter("candidates", email, alias="c")
        if where is None:
            continue
        for other, raw in conn.execute(
            f"SELECT c.id, c.email_addresses FROM candidates c WHERE {where[0]} "
            "AND c.remote_deleted_at IS NULL",
            where[1],
        ):
            if email in {normalise_email(e) for e in values_of(raw, "email_address")}:
                found.add(str(other))
    return found


def _keys(refs: Iterable[CandidateRef]) -> set[str]:
    return {phone_key(p) for r in refs for p in r.phones}


def neighbourhood(conn: sqlite3.Connection, ids: Iterable[str]) -> list[CandidateRef]:
    """``ids`` and every record that could be joined to them: same e-mail, or a phone shared with a
    record without one (and, one step further, the records sharing that record's other phones, so a
    number that is also another address's makes the join ambiguous here as in ``match_people``)."""
    refs = _refs(conn, ids)
    more = _by_email(conn, (e for r in refs.values() for e in r.emails))
    phones = _phone_index(conn)
    more |= phones.ids(_keys(refs.values()))
    refs.update(_refs(conn, more - set(refs)))
    phone_only = [r for r in refs.values() if not r.emails]
    further = phones.ids(_keys(phone_only)) - set(refs)
    refs.update(_refs(conn, further))
    return sorted(refs.values(), key=lambda r: (r.account_id, r.id))


def _person_of(people: list[Person], candidate_id: str) -> Person | None:
    return next((p for p in people if any(r.id == candidate_id for r in p.records)), None)


def elsewhere(conn: sqlite3.Connection, candidate_id: str) -> list[Elsewhere]:
    """The candidate's records in other accounts (same normalised e-mail, else phone), for "also in …"."""
    splits = splits_of(conn)
    if candidate_id in splits:
        return []
    refs = neighbourhood(conn, [candidate_id])
    person = _person_of(match_people(refs, splits), candidate_id)
    me = next((r for r in refs if r.id == candidate_id), None)
    if person is None or me is None or len(person.records) < 2:
        return []
    names = dict(conn.execute("SELECT id, name FROM accounts").fetchall())
    mine = {phone_key(p) for p in me.phones}
    found = []
    for other in person.records:
        if other.account_id == me.account_id:
            continue
        reason = person.joined_by(me.id, other.id)
        if reason == "email":
            shared = [e for e in other.emails if e in me.emails]
        else:
            # A phone-joined record may be linked through a third one: then show its own number.
            shared = [p for p in other.phones if phone_key(p) in mine] or list(other.phones)
        via = (shared or list(other.emails) or [""])[0]
        apps = conn.execute(
            "SELECT count(*) FROM applications WHERE candidate_id = ? AND remote_deleted_at IS NULL",
            (other.id,),
        ).fetchone()[0]
        found.append(Elsewhere(other.id, str(names.get(other.account_id, "")), int(apps), reason, via))
    return sorted(found, key=lambda e: (e.account_name.lower(), e.candidate_id))


def group_hits(conn: sqlite3.Connection, hits: list[Any]) -> list[Any]:
    """Search results with one row per person: candidate hits in other accounts that are the same
    person (``match_people`` over the hits and what could join them) fold into the best-ranked one,
    which names their accounts in ``also``. Split records stand alone; two records of one account
    stay two rows (a duplicate there is the vendor's to merge)."""
    ids = [h.record_id for h in hits if h.model == "candidates"]
    if len(ids) < 2:
        return hits
    refs = _refs(conn, ids)
    carried = [e for r in refs.values() for e in r.emails]
    if len(set(carried)) == len(carried) and not _phone_shared(refs.values()):
        return hits  # no address or phone in two hits: nothing to fold (and no file is read)
    splits = splits_of(conn)
    # A hit without an e-mail folds by phone only if no other address carries its number: the records
    # sharing its phones come along so that ``match_people`` can see that (keystrokes stay cheap: no
    # e-mail look-ups, which could only add chains the pane shows anyway).
    phone_only = [r for r in refs.values() if not r.emails]
    if phone_only:
        refs.update(_refs(conn, _phone_index(conn).ids(_keys(phone_only)) - set(refs)))
    people = match_people(sorted(refs.values(), key=lambda r: (r.account_id, r.id)), splits)
    person_of = {r.id: n for n, p in enumerate(people) for r in p.records}
    out: list[Any] = []
    lead_of: dict[int, int] = {}  # person -> the index in ``out`` of its first hit
    for hit in hits:
        person = person_of.get(hit.record_id) if hit.model == "candidates" else None
        if person is None or hit.record_id in splits:
            out.append(hit)
            continue
        lead = lead_of.get(person)
        first = out[lead] if lead is not None else None
        if first is not None and hit.account_id != first.account_id and hit.account_id not in first.also:
            out[lead] = replace(first, also=(*first.also, hit.account_id))  # type: ignore[index]
            continue
        lead_of.setdefault(person, len(out))
        out.append(hit)
    return out


def _phone_shared(refs: Iterable[CandidateRef]) -> bool:
    """Whether a hit without an e-mail shares a phone with another hit (then it may fold)."""
    seen: dict[str, int] = {}
    listed = list(refs)
    for ref in listed:
        for key in {phone_key(p) for p in ref.phones}:
            seen[key] = seen.get(key, 0) + 1
    return any(seen.get(phone_key(p), 0) > 1 for r in listed if not r.emails for p in r.phones)
