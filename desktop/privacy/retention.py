"""Retention (issue 15.4): deleted records lose their personal fields; old candidates are flagged.

A record the vendor deleted (``remote_deleted_at`` set) keeps its personal fields for
``keep_deleted_days`` (an account option, default 30) so a recruiter can still see what went; after
that it is reduced to its ids and dates: every other column is nulled, its full-text index row and its
change-log rows removed. Run after each sync (``SyncEngine.sync``) and on demand.

Separately, an account may set ``review_after_days`` (default off): its live candidates without any
activity (their own or an application's update) for that long are listed as due for review; nothing
is changed by that, the recruiter decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from connectors.unified.model import MODELS
from desktop.search import ATTACHMENT_SLOT, SLOTS, STRIDE

KEEP_DELETED_OPTION, DEFAULT_KEEP_DELETED = "keep_deleted_days", 30
REVIEW_OPTION = "review_after_days"


class RetentionError(ValueError):
    """A retention setting that is not a number of days (the message says what is allowed)."""


def check_days(value: Any, *, allow_off: bool) -> int | None:
    """A whole number of days ≥ 0 (or None for "off" where allowed)."""
    if allow_off and (value is None or str(value).strip().lower() in ("off", "none", "")):
        return None
    try:
        days = int(str(value).strip())
    except ValueError:
        days = -1
    if days < 0:
        hint = " or 'off'" if allow_off else ""
        raise RetentionError(f"Expected a number of days (0 or more){hint}, got {value!r}.")
    return days


def keep_deleted_days(options: dict[str, Any]) -> int:
    try:
        return check_days(options.get(KEEP_DELETED_OPTION, DEFAULT_KEEP_DELETED), allow_off=False) or 0
    except RetentionError:
        return DEFAULT_KEEP_DELETED  # a hand-edited cache must not stop syncs


def review_after_days(options: dict[str, Any]) -> int | None:
    try:
        return check_days(options.get(REVIEW_OPTION), allow_off=True)
    except RetentionError:
        return None


def _kept(column: str) -> bool:
    """Ids and dates survive a reduction; every other field may be personal."""
    return column in ("id", "account_id", "remote_id") or column.endswith("_id") or column.endswith("_at")


def reducible(model: str) -> list[str]:
    """The nullable columns of ``model`` a reduction empties."""
    table = MODELS[model].__table__  # type: ignore[attr-defined]
    return [c.name for c in table.columns if c.nullable and not _kept(c.name)]


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def reduce_deleted(
    conn: Connection, account_id: str, days: int, now: datetime | None = None
) -> dict[str, int]:
    """Reduce the account's records deleted more than ``days`` ago; records reduced per model."""
    cutoff = _iso((now or datetime.now(UTC)) - timedelta(days=days))
    reduced: dict[str, int] = {}
    for model in MODELS:
        columns = reducible(model)
        if not columns:
            continue
        pending = " OR ".join(f'"{c}" IS NOT NULL' for c in columns)
        where = (
            f"account_id = :a AND remote_deleted_at IS NOT NULL AND remote_deleted_at < :cut AND ({pending})"
        )
        params = {"a": account_id, "cut": cutoff}
        ids = [r[0] for r in conn.execute(text(f"SELECT id FROM {model} WHERE {where}"), params)]
        if not ids:
            continue
        # changed_at is left as it is: the change log's trigger then does not copy the old values.
        sets = ", ".join(f'"{c}" = NULL' for c in columns)
        conn.execute(text(f"UPDATE {model} SET {sets} WHERE {where}"), params)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join(f":i{i}" for i in range(len(chunk)))
            values = {f"i{i}": v for i, v in enumerate(chunk)}
            conn.execute(text(f"DELETE FROM record_changes WHERE record_id IN ({marks})"), values)
            slot = SLOTS.get(model)
            if slot is not None:
                conn.execute(
                    text(
                        f"DELETE FROM search_index WHERE rowid IN "
                        f"(SELECT rowid * {STRIDE} + {slot} FROM {model} WHERE id IN ({marks}))"
                    ),
                    values,
                )
        reduced[model] = len(ids)
        if model == "candidates":
            _drop_files_of(conn, ids)
    if reduced:
        # An application's index row repeats its candidate's name: a reduced candidate's applications
        # were re-indexed by the name trigger with an empty name; nothing personal is left there.
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")
    return reduced


def _drop_files_of(conn: Connection, candidate_ids: list[str]) -> None:
    """A reduced candidate's CVs and other files: their bytes, where each stood, and their text in the
    search index go (the attachment rows keep their ids and dates like any reduced record)."""
    from desktop import paths
    from desktop.attachments import files

    for start in range(0, len(candidate_ids), 500):
        chunk = candidate_ids[start : start + 500]
        marks = ",".join(f":i{i}" for i in range(len(chunk)))
        values = {f"i{i}": v for i, v in enumerate(chunk)}
        attachments = f"SELECT id FROM attachments WHERE candidate_id IN ({marks})"
        conn.execute(
            text(
                f"DELETE FROM search_index WHERE rowid IN (SELECT rowid * {STRIDE} + {ATTACHMENT_SLOT} "
                f"FROM attachments WHERE candidate_id IN ({marks}))"
            ),
            values,
        )
        found = [r[0] for r in conn.execute(text(attachments), values)]
        # The rows go and their bytes with them (migration 0008's trigger), and any viewer copy.
        conn.execute(text(f"DELETE FROM attachment_files WHERE id IN ({attachments})"), values)
        sets = ", ".join(f'"{c}" = NULL' for c in reducible("attachments"))
        conn.execute(text(f"UPDATE attachments SET {sets} WHERE candidate_id IN ({marks})"), values)
        files.remove_open_copies(found, paths.home())


def apply(conn: Connection, account_id: str, options: dict[str, Any]) -> dict[str, int]:
    """The account's retention after a sync: deleted records past their keep period reduced."""
    return reduce_deleted(conn, account_id, keep_deleted_days(options))


@dataclass(frozen=True)
class Due:
    """A live candidate without activity for longer than the account's review age."""

    account: str
    candidate_id: str
    remote_id: str
    name: str
    last_activity: str
    days: int


def last_activity_sql(alias: str) -> str:
    """SQL for a candidate's (table alias ``alias``) last activity: its own or an application's
    update or creation at the vendor; '' when none is known."""
    return (
        f"max(coalesce({alias}.remote_updated_at, ''), coalesce({alias}.remote_created_at, ''), "
        "coalesce((SELECT max(coalesce(a.remote_updated_at, a.remote_created_at, '')) "
        f"FROM applications a WHERE a.candidate_id = {alias}.id), ''))"
    )


def review_condition() -> str:
    """A WHERE condition on candidates (alias ``r``) keeping those past their account's review age;
    one parameter: now (ISO). The GUI's "Due for review" list; ``due_for_review`` says the same."""
    days = f"CAST(json_extract(acc.options, '$.{REVIEW_OPTION}') AS INTEGER)"
    return (
        f"EXISTS (SELECT 1 FROM accounts acc WHERE acc.id = r.account_id AND {days} IS NOT NULL AND "
        f"{last_activity_sql('r')} < strftime('%Y-%m-%dT%H:%M:%S', ?, '-' || {days} || ' days'))"
    )


def due_for_review(conn: Connection, now: datetime | None = None) -> list[Due]:
    """Every account's candidates past its ``review_after_days`` (accounts without it are skipped)."""
    now = now or datetime.now(UTC)
    out: list[Due] = []
    accounts = conn.execute(text("SELECT id, name, options FROM accounts ORDER BY name")).fetchall()
    for account_id, name, raw in accounts:
        import json

        options = json.loads(raw) if isinstance(raw, str) else (raw or {})
        days = review_after_days(options)
        if days is None:
            continue
        cutoff = _iso(now - timedelta(days=days))
        last = last_activity_sql("c")
        rows = conn.execute(
            text(
                f"SELECT c.id, c.remote_id, c.first_name, c.last_name, {last} AS seen FROM candidates c "
                f"WHERE c.account_id = :a AND c.remote_deleted_at IS NULL AND {last} < :cut "
                "ORDER BY seen, c.id"
            ),
            {"a": account_id, "cut": cutoff},
        )
        for cid, remote_id, first, last_name, seen in rows:
            age = (now - _parse(seen)).days if seen else days
            person = " ".join(p for p in (first, last_name) if p)
            out.append(Due(name, cid, remote_id, person, seen or "", age))
    return out


def _parse(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
