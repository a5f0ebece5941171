"""One person across every ATS: candidate records joined by normalised e-mail, else phone (issue 18.2).

Matching is a union-find over the keys each record carries, so two records sharing an e-mail (or,
when a record has no e-mail, a phone number) end up in one person, and so do chains of them.
Every group keeps the keys that joined it (``reasons``), so a recruiter can see *why* two records
were joined: a family address shared by two different people is then visible and can be split.
A split is the set of candidate ids the user said stand alone; they join nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

_NON_DIGITS = re.compile(r"[^\d+]")


def normalise_email(value: str | None) -> str | None:
    """Lower-cased, trimmed; ``None`` for anything that is not an address."""
    email = (value or "").strip().lower()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        return None
    return email


def normalise_phone(value: str | None) -> str | None:
    """Digits only, international prefix ``00`` read as ``+``; too short to identify anyone gives ``None``.

    Why no country guessing: a wrong guess joins two strangers, a missed match only leaves two rows."""
    phone = _NON_DIGITS.sub("", value or "")
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    digits = phone.lstrip("+")
    if len(digits) < 7:
        return None
    return digits


@dataclass(frozen=True)
class CandidateRef:
    """What matching needs from one cached candidate."""

    id: str
    account_id: str
    remote_id: str | None
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


@dataclass
class Person:
    """Records the matcher holds to be one human, with the keys that joined them."""

    records: list[CandidateRef]
    reasons: list[str] = field(default_factory=list)

    @property
    def accounts(self) -> set[str]:
        return {r.account_id for r in self.records}


def _keys(ref: CandidateRef) -> list[str]:
    emails = [f"email:{e}" for e in ref.emails]
    if emails:
        return emails
    return [f"phone:{p}" for p in ref.phones]


def match_people(refs: Sequence[CandidateRef], split: Iterable[str] = ()) -> list[Person]:
    """Group ``refs`` into persons (singletons included), in a stable order (first record's position)."""
    standalone = set(split)
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    shared: dict[str, set[int]] = {}
    for index, ref in enumerate(refs):
        if ref.id in standalone:
            continue
        for key in _keys(ref):
            other = first_with.setdefault(key, index)
            if other != index:
                parent[find(index)] = find(other)
                shared.setdefault(key, {other}).add(index)
    groups: dict[int, Person] = {}
    for index, ref in enumerate(refs):
        groups.setdefault(find(index), Person([])).records.append(ref)
    for key, members in shared.items():
        person = groups[find(next(iter(members)))]
        person.reasons.append(key)
    for person in groups.values():
        person.reasons.sort()
    return list(groups.values())


def _values(raw: Any, key: str) -> list[str]:
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
            emails = {e for e in map(normalise_email, _values(row[5], "email_address")) if e}
            phones = {p for p in map(normalise_phone, _values(row[6], "phone_number")) if p}
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


# --- the same person in other accounts, for one record (the detail pane) --------------------------
SPLITS_FILE = "people-splits.json"


def read_splits(cache: Path) -> set[str]:
    """Candidate ids the user made stand alone (``people --split``); ``ValueError`` if the file is
    damaged (the caller says so and matches without them)."""
    path = cache.parent / SPLITS_FILE
    if not path.exists():
        return set()
    try:
        return {str(x) for x in json.loads(path.read_text(encoding="utf-8"))}
    except TypeError as exc:
        raise ValueError(str(exc)) from None


@dataclass(frozen=True)
class Elsewhere:
    """Another account's record of the same person, by a shared e-mail address."""

    candidate_id: str
    account_name: str
    applications: int
    email: str


def _splits_of(conn: sqlite3.Connection) -> set[str]:
    database = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    try:
        return read_splits(Path(database)) if database else set()
    except ValueError:
        return set()


def group_hits(conn: sqlite3.Connection, hits: list[Any]) -> list[Any]:
    """Search results with one row per person (issue 18.2): candidate hits in other accounts with the
    same normalised e-mail fold into the best-ranked one, which names their accounts in ``also``.
    Split records stand alone; two records of one account stay two rows (a duplicate there is the
    vendor's to merge)."""
    from dataclasses import replace

    ids = [h.record_id for h in hits if h.model == "candidates"]
    if len(ids) < 2:
        return hits
    keys = {
        str(cid): sorted({e for e in map(normalise_email, _values(raw, "email_address")) if e})
        for cid, raw in conn.execute(
            f"SELECT id, email_addresses FROM candidates WHERE id IN ({','.join('?' * len(ids))})", ids
        )
    }
    carried = [e for emails in keys.values() for e in emails]
    if len(set(carried)) == len(carried):
        return hits  # no address in two hits: nothing to fold (and the splits file is not read)
    splits = _splits_of(conn)
    out: list[Any] = []
    lead_of: dict[str, int] = {}  # e-mail -> the index in ``out`` of the first hit carrying it
    for hit in hits:
        emails = keys.get(hit.record_id, []) if hit.model == "candidates" else []
        if not emails or hit.record_id in splits:
            out.append(hit)
            continue
        lead = next((lead_of[e] for e in emails if e in lead_of), None)
        first = out[lead] if lead is not None else None
        if first is not None and hit.account_id != first.account_id and hit.account_id not in first.also:
            out[lead] = replace(first, also=(*first.also, hit.account_id))  # type: ignore[index]
            continue
        for email in emails:
            lead_of.setdefault(email, len(out))
        out.append(hit)
    return out


def elsewhere(conn: sqlite3.Connection, candidate_id: str) -> list[Elsewhere]:
    """The candidate's records in other accounts (same normalised e-mail), for "also in …".

    Found through the full-text index (each address's words, then the exact address checked here),
    so it costs milliseconds on 100k candidates. Matching by phone, as ``match_people`` does for
    records without an address, is left to ``people --duplicates``: digits in the index are too
    loose a key for a badge. Split records (``people --split``) stand alone here too."""
    from desktop import search

    row = conn.execute(
        "SELECT account_id, email_addresses FROM candidates WHERE id = ?", (candidate_id,)
    ).fetchone()
    if row is None:
        return []
    emails = {e for e in map(normalise_email, _values(row[1], "email_address")) if e}
    splits = _splits_of(conn)
    if not emails or candidate_id in splits:
        return []
    found: dict[str, Elsewhere] = {}
    for email in sorted(emails):
        where = search.rowid_filter("candidates", email, alias="c")
        if where is None:
            continue
        for other, account, raw, apps in conn.execute(
            f"SELECT c.id, acc.name, c.email_addresses, (SELECT count(*) FROM applications a "
            "WHERE a.candidate_id = c.id AND a.remote_deleted_at IS NULL) FROM candidates c "
            f"JOIN accounts acc ON acc.id = c.account_id WHERE {where[0]} AND c.account_id != ? "
            "AND c.remote_deleted_at IS NULL",
            [*where[1], row[0]],
        ):
            theirs = {e for e in map(normalise_email, _values(raw, "email_address")) if e}
            if email in theirs and other not in splits:
                found.setdefault(other, Elsewhere(other, account, int(apps), email))
    return sorted(found.values(), key=lambda e: (e.account_name.lower(), e.candidate_id))

