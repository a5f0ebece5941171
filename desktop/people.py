"""One person across every ATS: candidate records joined by normalised e-mail, else phone (issue 18.2).

Matching is a union-find over the keys each record carries, so two records sharing an e-mail (or,
when a record has no e-mail, a phone number: ``desktop.phone``) end up in one person, and so do chains
of them. A phone never joins two records whose e-mails differ (see ``match_people``). Every group
keeps the keys that joined it (``reasons``), so a recruiter can see *why* two records were joined: a
family address shared by two different people is then visible and can be split. A split is the set
of candidate ids the user said stand alone; they join nothing. ``desktop.same_person`` applies this
to one record (the detail pane) and to search hits.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from desktop.phone import normalise_phone, phone_key

__all__ = ["CandidateRef", "Person", "match_people", "normalise_email", "normalise_phone"]

def normalise_email(value: str | None) -> str | None:
    """Lower-cased, trimmed; ``None`` for anything that is not an address."""
    email = (value or "").strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        return None
    return email


@dataclass(frozen=True)
class CandidateRef:
    """What matching needs from one cached candidate (e-mails and phones normalised)."""

    id: str
    account_id: str
    remote_id: str | None
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


@dataclass(slots=True)
class Person:
    """Records the matcher holds to be one human, with the keys that joined them.

    ``reasons`` are ``email:<address>`` and ``phone:<number>``; ``_by_email`` numbers the records'
    e-mail components, so ``joined_by`` can say for any two records whether an address or a phone
    links them."""

    records: list[CandidateRef]
    reasons: list[str] = field(default_factory=list)
    _by_email: dict[str, int] | None = field(default=None, repr=False)

    @property
    def accounts(self) -> set[str]:
        return {r.account_id for r in self.records}

    @property
    def matched_by(self) -> str:
        """``email``, ``phone`` or, for a person joined both ways, ``email+phone``."""
        kinds = sorted({reason.split(":", 1)[0] for reason in self.reasons})
        return "+".join(kinds) if kinds else "email"

    def joined_by(self, a: str, b: str) -> str:
        """``email`` when records ``a`` and ``b`` are linked by addresses alone, else ``phone``."""
        if not self._by_email:  # nothing was joined by phone
            return "email"
        return "email" if self._by_email.get(a, a) == self._by_email.get(b, b) else "phone"


def match_people(refs: Sequence[CandidateRef], split: Iterable[str] = ()) -> list[Person]:
    """Group ``refs`` into persons (singletons included), in a stable order (first record's position).

    1. Records sharing a normalised e-mail are one person (and chains of them).
    2. Records without any e-mail sharing a phone (``phone_key``) are one person.
    3. Such a phone-only group joins the e-mail person whose records carry its phone, if exactly
       one does. Two records with different e-mails are never joined by a phone: a number shared
       by two addresses is more likely a family line or a switchboard, so a phone-only record that
       reaches two such persons stays out of both rather than gluing them together.
    """
    standalone = set(split)
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shared: dict[str, set[int]] = {}  # reason -> records that carry it (to name it on the person)
    first_with: dict[str, int] = {}
    phone_only: dict[str, int] = {}  # phone key -> first record without an e-mail carrying it
    shown: dict[str, str] = {}  # phone key -> the number as the first record had it
    for index, ref in enumerate(refs):
        if ref.id in standalone:
            continue
        for email in ref.emails:
            other = first_with.setdefault(email, index)
            if other != index:
                parent[find(index)] = find(other)
                shared.setdefault(f"email:{email}", {other}).add(index)
        if not ref.emails:
            for phone in ref.phones:
                key = phone_key(phone)
                other = phone_only.setdefault(key, index)
                shown.setdefault(key, phone)
                if other != index:
                    parent[find(index)] = find(other)
                    shared.setdefault(f"phone:{shown[key]}", {other}).add(index)
    # The e-mail components as they are before any phone joins (for ``Person.joined_by``).
    email_root = [find(i) for i in range(len(refs))] if phone_only else []
    if phone_only:
        carriers: dict[str, set[int]] = {}  # phone key -> e-mail components whose records carry it
        for index, ref in enumerate(refs):
            if ref.emails and ref.id not in standalone:
                for phone in ref.phones:
                    key = phone_key(phone)
                    if key in phone_only:
                        carriers.setdefault(key, set()).add(email_root[index])
        reached: dict[int, set[int]] = {}  # phone-only group -> e-mail components it reaches
        via: dict[int, set[str]] = {}
        for key, members in carriers.items():
            group = find(phone_only[key])
            reached.setdefault(group, set()).update(members)
            via.setdefault(group, set()).add(key)
        for group, components in reached.items():
            if len(components) == 1:
                (component,) = components
                parent[find(group)] = find(component)
                for key in via[group]:
                    shared.setdefault(f"phone:{shown[key]}", {component}).add(group)
    members_of: dict[int, list[int]] = {}
    for index in range(len(refs)):
        members_of.setdefault(find(index), []).append(index)
    groups: dict[int, Person] = {}
    for root, indices in members_of.items():
        # Most persons are one record: build those cheaply (100k of them after a big sync).
        if len(indices) == 1:
            groups[root] = Person([refs[indices[0]]], [])
            continue
        by_email = {refs[i].id: email_root[i] for i in indices} if email_root else {}
        groups[root] = Person([refs[i] for i in indices], [], by_email)
    for reason, carrying in shared.items():
        person = groups[find(next(iter(carrying)))]
        person.reasons.append(reason)
    for person in groups.values():
        person.reasons.sort()
    return list(groups.values())


def values_of(raw: Any, key: str) -> list[str]:
    items = json.loads(raw) if isinstance(raw, str) else raw
    return [str(item.get(key) or "") for item in items or [] if isinstance(item, dict)]


def load_refs(engine: Engine) -> list[CandidateRef]:
    """Every live cached candidate of every account, with normalised keys."""
    sql = text(
        "SELECT id, account_id, remote_id, first_name, last_name, email_addresses, phone_numbers"
        " FROM candidates WHERE remote_deleted_at IS NULL ORDER BY account_id, id"
    )
    refs = []
    with engine.connect() as conn:
        for row in conn.execute(sql):
            emails = {e for e in map(normalise_email, values_of(row[5], "email_address")) if e}
            phones = {p for p in map(normalise_phone, values_of(row[6], "phone_number")) if p}
            name = " ".join(part for part in (row[3], row[4]) if part)
            refs.append(
                CandidateRef(row[0], row[1], row[2], name, tuple(sorted(emails)), tuple(sorted(phones)))
            )
    return refs


def duplicates_json(people: Sequence[Person], account_names: dict[str, str]) -> list[dict[str, Any]]:
    """The shape of ``people --duplicates --json``: persons with more than one record only."""
    out = []
    for person in people:
        if len(person.records) < 2:
            continue
        first = person.records[0]
        out.append(
            {
                "person": {
                    "name": first.name,
                    "emails": sorted({e for r in person.records for e in r.emails}),
                    "phones": sorted({p for r in person.records for p in r.phones}),
                    "joined_by": person.reasons,
                    # Why these records are one person: "email", "phone" or "email+phone".
                    "matched_by": person.matched_by,
                },
                "records": [
                    {
                        "account": account_names.get(r.account_id, r.account_id),
                        "candidate_id": r.remote_id or r.id,
                    }
                    for r in person.records
                ],
            }
        )
    return out


# --- splits: records the user made stand alone (shared by the CLI and desktop.same_person) -------
SPLITS_FILE = "people-splits.json"


def read_splits(cache: Path) -> set[str]:
    """Candidate ids the user made stand alone (``people --split``); ``ValueError`` if the file is
    damaged (the caller says so and matches without them)."""
    path = splits_path(cache)
    if not path.exists():
        return set()
    try:
        return {str(x) for x in json.loads(path.read_text(encoding="utf-8"))}
    except TypeError as exc:
        raise ValueError(str(exc)) from None


def splits_path(cache: Path) -> Path:
    return cache.parent / SPLITS_FILE


def write_splits(cache: Path, splits: set[str]) -> None:
    from desktop.paths import write_private

    # Atomic (a crash leaves the old list, never half of one) and 0600 like everything in the data folder.
    write_private(splits_path(cache), json.dumps(sorted(splits)))


def cache_of(conn: sqlite3.Connection) -> Path | None:
    """The cache file ``conn`` reads (the splits file lives beside it); None in memory."""
    database = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    return Path(database) if database else None


def splits_of(conn: sqlite3.Connection) -> set[str]:
    cache = cache_of(conn)
    try:
        return read_splits(cache) if cache else set()
    except ValueError:
        return set()


def set_split(conn: sqlite3.Connection, candidate_id: str, *, alone: bool) -> None:
    """Make a record stand alone (the window's "Not the same person"), or match it again (its undo).

    A damaged splits file is started afresh here: the user is deciding about splits right now."""
    cache = cache_of(conn)
    if cache is None:
        return
    try:
        splits = read_splits(cache)
    except ValueError:
        splits = set()
    splits = splits | {candidate_id} if alone else splits - {candidate_id}
    write_splits(cache, splits)
