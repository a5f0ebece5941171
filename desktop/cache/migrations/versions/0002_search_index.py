"""search index: one FTS5 table over candidates, jobs, applications and users, kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00

The index is maintained by SQLite triggers on the unified tables, so every writer (the sync engine,
the outbox applying a vendor's answer, account removal) keeps it current without knowing it exists.

Each index row's rowid is ``source rowid * 8 + slot`` (slot per model, see ``SLOTS``): updates and
deletes then address the index row directly instead of scanning an UNINDEXED column. The SQL below
is frozen with this revision on purpose; ``desktop.search`` reads the index and repeats the slots.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SLOTS = {"candidates": 1, "jobs": 2, "applications": 3, "users": 4}


def _name(alias: str) -> str:
    return f"trim(coalesce({alias}.first_name, '') || ' ' || coalesce({alias}.last_name, ''))"


# Per model: (title, subtitle, extra) over the alias ``r``, and the columns whose change re-indexes
# a row.
# Phone numbers are indexed as written and as bare digits, so "4917629" finds "+49 176 29...".
_PHONES = (
    "(SELECT group_concat(p || ' ' || replace(replace(replace(replace(replace(p, ' ', ''), '+', ''), "
    "'-', ''), '/', ''), '(', ''), ' ') FROM (SELECT json_extract(value, '$.phone_number') AS p "
    "FROM json_each(r.phone_numbers)))"
)
_EMAILS = (
    "(SELECT group_concat(json_extract(value, '$.email_address'), ' ') FROM json_each(r.email_addresses))"
)
_CITY = "json_extract(r.location, '$.city')"

EXPRESSIONS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "candidates": (
        _name("r"),
        "trim(coalesce(r.title, '') || CASE WHEN r.title IS NOT NULL AND r.company IS NOT NULL THEN ' · ' "
        "ELSE '' END || coalesce(r.company, ''))",
        f"coalesce({_EMAILS}, '') || ' ' || coalesce({_PHONES}, '') || ' ' || coalesce({_CITY}, '')",
        ("first_name", "last_name", "company", "title", "email_addresses", "phone_numbers", "location"),
    ),
    "jobs": (
        "coalesce(r.name, '')",
        "trim(coalesce(r.department, '') || CASE WHEN r.department IS NOT NULL AND "
        f"{_CITY} IS NOT NULL THEN ' · ' ELSE '' END || coalesce({_CITY}, ''))",
        "coalesce(r.job_code, '') || ' ' || coalesce(r.category, '') || ' ' || "
        "coalesce(json_extract(r.location, '$.country'), '')",
        ("name", "job_code", "department", "category", "location"),
    ),
    "applications": (
        f"coalesce((SELECT {_name('c')} FROM candidates c WHERE c.id = r.candidate_id), '')",
        "coalesce((SELECT j.name FROM jobs j WHERE j.id = r.job_id), '')",
        "''",
        ("candidate_id", "job_id"),
    ),
    "users": (
        _name("r"),
        "coalesce(r.email, '')",
        "''",
        ("first_name", "last_name", "email"),
    ),
}


def _insert(model: str, where: str) -> str:
    title, subtitle, extra, _ = EXPRESSIONS[model]
    return (
        f"INSERT INTO search_index (rowid, title, subtitle, extra, model, record_id, account_id, deleted) "
        f"SELECT r.rowid * 8 + {SLOTS[model]}, {title}, {subtitle}, {extra}, '{model}', r.id, r.account_id, "
        f"r.remote_deleted_at IS NOT NULL FROM {model} r WHERE {where}"
    )


def _delete(model: str, where: str) -> str:
    slot = SLOTS[model]
    return (
        f"DELETE FROM search_index WHERE rowid IN (SELECT r.rowid * 8 + {slot} FROM {model} r WHERE {where})"
    )


def _statements() -> list[str]:
    out = [
        "CREATE VIRTUAL TABLE search_index USING fts5(title, subtitle, extra, model UNINDEXED, "
        "record_id UNINDEXED, account_id UNINDEXED, deleted UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    ]
    for model, (_, _, _, watched) in EXPRESSIONS.items():
        slot = SLOTS[model]
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*watched, "remote_deleted_at"))
        out += [
            f"CREATE TRIGGER search_{model}_ai AFTER INSERT ON {model} BEGIN "
            f"{_insert(model, 'r.rowid = new.rowid')}; END",
            f"CREATE TRIGGER search_{model}_au AFTER UPDATE ON {model} WHEN {changed} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.rowid * 8 + {slot}; "
            f"{_insert(model, 'r.rowid = new.rowid')}; END",
            f"CREATE TRIGGER search_{model}_ad AFTER DELETE ON {model} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.rowid * 8 + {slot}; END",
            f"{_insert(model, '1')}",
        ]
    # An application's entry shows its candidate's and job's names: refresh it when those change or
    # arrive after it (the jobs and candidates streams run concurrently).
    for parent, column, watched in (
        ("candidates", "candidate_id", ("first_name", "last_name")),
        ("jobs", "job_id", ("name",)),
    ):
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in watched)
        where = f"r.{column} = new.id"
        out += [
            f"CREATE TRIGGER search_{parent}_apps_ai AFTER INSERT ON {parent} BEGIN "
            f"{_delete('applications', where)}; {_insert('applications', where)}; END",
            f"CREATE TRIGGER search_{parent}_apps_au AFTER UPDATE ON {parent} WHEN {changed} BEGIN "
            f"{_delete('applications', where)}; {_insert('applications', where)}; END",
        ]
    return out


def upgrade() -> None:
    conn = op.get_bind()
    for statement in _statements():
        # exec_driver_sql: the SQL is passed as is (no bind-parameter parsing of ':' inside it).
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for model in EXPRESSIONS:
        for suffix in ("ai", "au", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{model}_{suffix}")
    for parent in ("candidates", "jobs"):
        for suffix in ("ai", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{parent}_apps_{suffix}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_index")
