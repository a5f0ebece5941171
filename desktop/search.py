"""Full-text search over the cache: one box across every account and model (SQLite FTS5).

The index (``search_index``) is built and kept current by triggers from migration 0002; this module
only reads it. Queries run on the UI thread: they are short, indexed and return at most ``limit``
rows, so they answer in milliseconds even on 100k candidates.

Typed text becomes a prefix query per word, all words required: ``mül ber`` finds "Müller, Berlin".
The tokenizer folds diacritics, so ``muller`` finds "Müller" too.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: The index row of a record is ``source rowid * 8 + slot``; the same numbers as migration 0002.
SLOTS: dict[str, int] = {"candidates": 1, "jobs": 2, "applications": 3, "users": 4}
#: An attachment's text (migration 0006): a row of its candidate (model "candidates", the candidate's
#: id), subtitle "CV · file name", so CV words find the person and the hit says why.
ATTACHMENT_SLOT = 5
STRIDE = 8

# Words of letters and digits; everything else (punctuation, quotes, FTS operators) separates words.
_WORD = re.compile(r"\w+", re.UNICODE)

#: Below this many characters a word matches too much to rank usefully: those queries skip bm25.
_RANK_MIN = 3


@dataclass(frozen=True)
class Hit:
    """One search result: enough to show it and to open the record."""

    model: str
    record_id: str
    account_id: str
    title: str
    subtitle: str
    deleted: bool
    #: Other accounts where the same person was found by this search (``people.group_hits``).
    also: tuple[str, ...] = ()


def words(text: str) -> list[str]:
    """The words of ``text`` worth matching: single letters are dropped once a longer word is there
    ("anna m" searches "anna"), since "m*" alone matches a tenth of everything."""
    found = _WORD.findall(text)
    longer = [w for w in found if len(w) > 1]
    return longer or found


def match_query(text: str, column: str | None = None) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when there is nothing to find.

    Every word is quoted (so no user text is read as an FTS operator) and used as a prefix;
    ``column`` limits the match to one indexed column.
    """
    found = words(text)
    if not found:
        return None
    terms = " ".join(f'"{w}"*' for w in found)
    return f"{column} : ({terms})" if column else terms


#: A query matching more rows than this is not ranked: bm25 over tens of thousands of rows costs
#: more than the 50 ms a keystroke may take, and such a broad query has no meaningful best hit.
_RANK_MAX_MATCHES = 3000


def _query(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int,
    account_ids: Sequence[str] | None,
    include_deleted: bool,
    ranked: bool,
    exclude: set[int],
) -> list[tuple[int, Hit]]:
    if ranked:
        return _ranked(
            conn,
            query,
            limit=limit,
            account_ids=account_ids,
            include_deleted=include_deleted,
            exclude=exclude,
        )
    sql = f"SELECT {_HIT_COLUMNS} FROM search_index WHERE search_index MATCH ?"
    params: list[object] = [query]
    sql, params = _filtered(sql, params, account_ids, include_deleted)
    sql += " LIMIT ?"
    params.append(limit + len(exclude))
    return _hits(conn.execute(sql, params), exclude)[:limit]


_HIT_COLUMNS = "rowid, model, record_id, account_id, title, subtitle, deleted"
# People and jobs before the applications that repeat their names; then by relevance, names weighing
# most, then company/department, then e-mails and phones.
_RANK_ORDER = (
    f"CASE rowid % {STRIDE} WHEN {SLOTS['applications']} THEN 1 ELSE 0 END, "
    "bm25(search_index, 10.0, 3.0, 1.0)"
)


#: Ranked rows asked for beyond the limit, for the deleted (or other accounts') ones the filters drop.
_RANK_SLACK = 16


def _filtered(
    sql: str, params: list[object], account_ids: Sequence[str] | None, include_deleted: bool
) -> tuple[str, list[object]]:
    if not include_deleted:
        sql += " AND deleted = 0"
    if account_ids is not None:
        sql += f" AND account_id IN ({','.join('?' * len(account_ids))})"
        params = [*params, *account_ids]
    return sql, params


def _hits(rows: Any, exclude: set[int]) -> list[tuple[int, Hit]]:
    return [
        (r[0], Hit(r[1], r[2], r[3], r[4] or "", r[5] or "", bool(r[6]))) for r in rows if r[0] not in exclude
    ]


def _ranked(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int,
    account_ids: Sequence[str] | None,
    include_deleted: bool,
    exclude: set[int],
) -> list[tuple[int, Hit]]:
    """The best matches, ranked on the index alone (rowid and bm25 read no stored text), then the texts
    of the best few read and filtered: reading every match's texts to sort them cost most of a ranked
    query on 100k candidates. Filters dropping rows make it ask for more."""
    want = limit + len(exclude)
    fetch = want + _RANK_SLACK
    while True:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY {_RANK_ORDER} LIMIT ?",
                (query, fetch),
            )
        ]
        sql = f"SELECT {_HIT_COLUMNS} FROM search_index WHERE rowid IN ({','.join('?' * len(ids))})"
        sql, params = _filtered(sql, list(ids), account_ids, include_deleted)
        order = {rowid: i for i, rowid in enumerate(ids)}
        found = sorted(_hits(conn.execute(sql, params), exclude), key=lambda hit: order[hit[0]])
        if len(found) >= limit or len(ids) < fetch:
            return found[:limit]
        fetch *= 4


def _broad(conn: sqlite3.Connection, query: str) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
        (query, _RANK_MAX_MATCHES),
    ).fetchone()
    return int(row[0]) >= _RANK_MAX_MATCHES


def search(
    conn: sqlite3.Connection,
    text: str,
    *,
    limit: int = 50,
    account_ids: Sequence[str] | None = None,
    include_deleted: bool = False,
) -> list[Hit]:
    """The best ``limit`` records matching ``text`` across models and accounts.

    Records whose name matches come first (ranked); the rest of the list is filled with matches
    anywhere (e-mail, phone, company …), ranked unless the query is too broad to rank quickly.
    """
    query = match_query(text)
    if query is None:
        return []
    rankable = max(len(w) for w in words(text)) >= _RANK_MIN
    options: dict[str, Any] = {"account_ids": account_ids, "include_deleted": include_deleted}
    found: list[tuple[int, Hit]] = []
    by_name = match_query(text, "title")
    if by_name and rankable and not _broad(conn, by_name):
        found = _query(conn, by_name, limit=limit, ranked=True, exclude=set(), **options)
    if len(found) < limit:
        seen = {rowid for rowid, _ in found}
        ranked = rankable and not _broad(conn, query)
        found += _query(conn, query, limit=limit - len(found), ranked=ranked, exclude=seen, **options)
    # A person found by name and by CV (or by two CVs) is one result, the first (best) of them.
    out: list[Hit] = []
    shown: set[tuple[str, str]] = set()
    for _, hit in found:
        if (hit.model, hit.record_id) not in shown:
            shown.add((hit.model, hit.record_id))
            out.append(hit)
    return out


def rowid_filter(model: str, text: str, alias: str = "r") -> tuple[str, list[object]] | None:
    """A WHERE condition keeping the rows of ``model`` (table alias ``alias``) that match ``text``.

    None when the model is not indexed or the text has no words; the caller then filters otherwise.
    """
    slot = SLOTS.get(model)
    found = words(text)
    # Two letters ("Ja", "Co") would match e-mail domains and companies by the ten thousand: until a
    # word has three letters, the filter looks at names only, which is what such a prefix means.
    column = "title" if found and max(len(w) for w in found) < _RANK_MIN else None
    query = match_query(text, column)
    if slot is None or query is None:
        return None
    return (
        f"{alias}.rowid IN (SELECT (rowid - {slot}) / {STRIDE} FROM search_index "
        f"WHERE search_index MATCH ? AND rowid % {STRIDE} = {slot})",
        [query],
    )
