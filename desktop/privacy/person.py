"""One person's records in the cache: found by candidate id or e-mail, with everything tied to them.

An e-mail finds every candidate record carrying it (normalised, ``desktop.people``) in every account,
deleted ones included; a candidate id (the cache's id, or the vendor's where that is unambiguous)
finds that one record. From the candidates follow their applications, and from those the interviews
(with their interviewer links), offers and tag links: what forgetting removes and an access request
exports.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from connectors.unified.model import PERSON_OWNED
from desktop.people import normalise_email


class UnknownPerson(LookupError):
    """Nothing in the cache matches what was asked for (the message says what to try instead)."""


@dataclass
class PersonRecords:
    """The cache ids of one person's records per table, and what identifies them in free text."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    #: Normalised e-mail addresses and full names ("First Last") the records carry.
    emails: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    #: (account id, vendor's id) of each candidate record.
    remotes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def candidates(self) -> list[str]:
        return self.ids.get("candidates", [])

    def all_ids(self) -> list[str]:
        return [i for ids in self.ids.values() for i in ids]

    def count(self) -> int:
        return sum(len(v) for v in self.ids.values())

    def email_needles(self) -> list[str]:
        """The e-mail addresses: unlike names (two people may share one), they identify the person."""
        return sorted(self.emails)

    def needles(self) -> list[str]:
        """The texts that identify this person, as written and as JSON writes them (``\\u00fc``)."""
        out: list[str] = []
        for value in sorted(self.emails | self.names):
            for form in (value, json.dumps(value)[1:-1]):
                if form not in out:
                    out.append(form)
        return out


#: Tables tied to a person, each with the column that points at its parent and the parent table.
DEPENDENTS = PERSON_OWNED


def email_key(email: str, salt: str) -> str:
    """A keyed hash of a normalised e-mail: recognises the address again without keeping it."""
    return hmac.new(salt.encode(), email.encode(), hashlib.sha256).hexdigest()


def _placeholders(values: Sequence[str]) -> str:
    return ",".join(f":v{i}" for i in range(len(values)))


def _params(values: Sequence[str]) -> dict[str, str]:
    return {f"v{i}": v for i, v in enumerate(values)}


def candidates_by_email(conn: Connection, email: str) -> list[str]:
    """Cache ids of every candidate record (any account, deleted too) carrying ``email``."""
    wanted = normalise_email(email)
    if wanted is None:
        return []
    sql = text(
        # instr first: a plain text test skips the JSON parsing of nearly every row (100k: 0.4 s -> 0.1 s).
        "SELECT DISTINCT c.id FROM candidates c, json_each(c.email_addresses) e "
        "WHERE instr(lower(c.email_addresses), :e) > 0 AND json_valid(c.email_addresses) "
        "AND lower(trim(json_extract(e.value, '$.email_address'))) = :e ORDER BY c.id"
    )
    return [row[0] for row in conn.execute(sql, {"e": wanted})]


def candidate_by_id(conn: Connection, candidate: str) -> list[str]:
    """The record with cache id ``candidate``, else the one with that vendor id (if only one has it)."""
    found = conn.execute(text("SELECT id FROM candidates WHERE id = :c"), {"c": candidate}).fetchall()
    if found:
        return [found[0][0]]
    by_remote = [
        r[0] for r in conn.execute(text("SELECT id FROM candidates WHERE remote_id = :c"), {"c": candidate})
    ]
    if len(by_remote) > 1:
        raise UnknownPerson(
            f"{len(by_remote)} candidates in different accounts have the vendor id {candidate!r}: "
            f"give the cache id instead ({', '.join(by_remote)})."
        )
    return by_remote


def collect(conn: Connection, candidate_ids: Iterable[str]) -> PersonRecords:
    """The candidates and every record tied to them, with their e-mails and names."""
    found = PersonRecords(ids={"candidates": sorted(set(candidate_ids))})
    for table, column, parent in DEPENDENTS:
        parents = found.ids.get(parent, [])
        ids: list[str] = []
        if parents:
            ids = [
                r[0]
                for r in conn.execute(
                    text(f"SELECT id FROM {table} WHERE {column} IN ({_placeholders(parents)}) ORDER BY id"),
                    _params(parents),
                )
            ]
        found.ids[table] = ids
    if found.candidates:
        rows = conn.execute(
            text(
                "SELECT account_id, remote_id, first_name, last_name, email_addresses FROM candidates "
                f"WHERE id IN ({_placeholders(found.candidates)}) ORDER BY id"
            ),
            _params(found.candidates),
        )
        for account_id, remote_id, first, last, emails in rows:
            found.remotes.append((account_id, remote_id))
            name = " ".join(p.strip() for p in (first, last) if p and p.strip())
            if name:
                found.names.add(name)
            items = json.loads(emails) if isinstance(emails, str) else emails
            for item in items or []:
                address = normalise_email(item.get("email_address") if isinstance(item, dict) else None)
                if address:
                    found.emails.add(address)
    return found


def find(conn: Connection, *, candidate: str | None = None, email: str | None = None) -> PersonRecords:
    """The person asked for; ``UnknownPerson`` when the cache holds no candidate record of them."""
    if email is not None:
        if normalise_email(email) is None:
            raise UnknownPerson(f"{email!r} is not an e-mail address; give one like name@example.com.")
        ids = candidates_by_email(conn, email)
        if not ids:
            raise UnknownPerson(
                f"No cached candidate has the e-mail address {normalise_email(email)}: nothing is held about "
                "them here. Check the spelling, or sync first if they are new."
            )
        found = collect(conn, ids)
        found.emails.add(normalise_email(email) or "")
        return found
    if candidate is not None:
        ids = candidate_by_id(conn, candidate)
        if not ids:
            raise UnknownPerson(
                f"No cached candidate has the id {candidate!r}; use an id from `recruiter-companion search` "
                "(--json) or the detail pane, or --email ADDRESS."
            )
        return collect(conn, ids)
    raise UnknownPerson("Say whom: --candidate ID or --email ADDRESS.")


def _text_columns(conn: Connection, table: str) -> list[str]:
    rows = conn.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [r[1] for r in rows if (r[2] or "").upper() not in ("INTEGER", "BOOLEAN", "FLOAT", "REAL")]


def traces(conn: Connection, emails: Sequence[str]) -> dict[str, int]:
    """Where the e-mail addresses are still found, checked where they can be (the index, the records
    carrying addresses, the outbox, the kept vendor answers, the change log) in about a second on
    100k candidates; ``mentions`` reads every column of every table and takes ten."""
    found: dict[str, int] = {}
    checks = {
        "search_index": "SELECT count(*) FROM search_index WHERE search_index MATCH :q",
        "candidates": "SELECT count(*) FROM candidates WHERE instr(lower(email_addresses), :e) > 0",
        "users": "SELECT count(*) FROM users WHERE lower(email) = :e",
        "outbox": "SELECT count(*) FROM outbox WHERE instr(lower(CAST(input AS TEXT)), :e) > 0",
        "enrich_items": "SELECT count(*) FROM enrich_items WHERE instr(lower(coalesce(item, '') || "
        "coalesce(answers, '')), :e) > 0",
        "record_changes": "SELECT count(*) FROM record_changes WHERE instr(lower(coalesce(old_value, '') || "
        "coalesce(new_value, '')), :e) > 0",
    }
    for email in emails:
        for table, sql in checks.items():
            n = conn.execute(
                text(sql), {"e": email.lower(), "q": '"' + email.replace('"', "") + '"'}
            ).scalar_one()
            if n:
                found[table] = found.get(table, 0) + int(n)
    return found


def mentions(conn: Connection, needles: Sequence[str], *, skip: Iterable[str] = ()) -> dict[str, int]:
    """Rows per table (every table of the cache, the full-text index's content included) whose text
    columns contain any of ``needles``, case-insensitively. Empty: the person is nowhere."""
    skipped = set(skip)
    tables = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name"
        )
    ]
    found: dict[str, int] = {}
    if not needles:
        return found
    for table in tables:
        if table in skipped:
            continue
        columns = _text_columns(conn, table)
        if not columns:
            continue
        terms = " OR ".join(
            f'instr(lower(CAST("{c}" AS TEXT)), lower(:n{i})) > 0'
            for c in columns
            for i in range(len(needles))
        )
        params = {f"n{i}": n for i, n in enumerate(needles)}
        count = conn.execute(text(f'SELECT count(*) FROM "{table}" WHERE {terms}'), params).scalar_one()
        if count:
            found[table] = int(count)
    return found
