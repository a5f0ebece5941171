"""search index: one FTS5 table over candidates, jobs, applications and users, kept by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 09:00:00

The index is maintained by SQLite triggers on the unified tables, so every writer (the sync engine,
the outbox applying a vendor's answer, account removal) keeps it current without knowing it exists.

Each index row's rowid is ``source rowid * 8 + slot`` (slot per model, see ``SLOTS``): updates and
deletes then address the index row directly instead of scanning an UNINDEXED column. The SQL below
is frozen with this revision on purpose; ``desktop.search`` reads the index and repeats the slots.

On PostgreSQL (team mode, issue 17) the same ``search_index`` is a plain table keyed by (model,
record_id): the same title/subtitle/extra texts, a stored ``tsvector`` of them (``simple`` config,
title weighted A, subtitle B) under a GIN index, and a trigram GIN index (pg_trgm) on the title for
typo-tolerant name search. PL/pgSQL triggers keep it, as SQLite's do here.
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


# PostgreSQL: the same texts from json/jsonb functions (SQLite's json_each/json_extract/group_concat).
def _pg_array(column: str) -> str:
    # A JSON column holding JSON null (SQLAlchemy's default for None) or a non-array has no elements.
    return f"json_array_elements(CASE WHEN json_typeof({column}) = 'array' THEN {column} ELSE '[]'::json END)"


_PG_PHONES = (
    "(SELECT string_agg(p || ' ' || regexp_replace(p, '[ +/(-]', '', 'g'), ' ') FROM "
    f"(SELECT e->>'phone_number' AS p FROM {_pg_array('r.phone_numbers')} e) phones WHERE p IS NOT NULL)"
)
_PG_EMAILS = f"(SELECT string_agg(e->>'email_address', ' ') FROM {_pg_array('r.email_addresses')} e)"
_PG_CITY = "(r.location->>'city')"

PG_EXPRESSIONS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "candidates": (
        _name("r"),
        EXPRESSIONS["candidates"][1],
        f"coalesce({_PG_EMAILS}, '') || ' ' || coalesce({_PG_PHONES}, '') || ' ' || coalesce({_PG_CITY}, '')",
        EXPRESSIONS["candidates"][3],
    ),
    "jobs": (
        "coalesce(r.name, '')",
        "trim(coalesce(r.department, '') || CASE WHEN r.department IS NOT NULL AND "
        f"{_PG_CITY} IS NOT NULL THEN ' · ' ELSE '' END || coalesce({_PG_CITY}, ''))",
        "coalesce(r.job_code, '') || ' ' || coalesce(r.category, '') || ' ' || "
        "coalesce(r.location->>'country', '')",
        EXPRESSIONS["jobs"][3],
    ),
    "applications": EXPRESSIONS["applications"],
    "users": EXPRESSIONS["users"],
}


def _pg_upsert(model: str, where: str) -> str:
    title, subtitle, extra, _ = PG_EXPRESSIONS[model]
    return (
        "INSERT INTO search_index (model, record_id, account_id, title, subtitle, extra, deleted) "
        f"SELECT '{model}', r.id, r.account_id, {title}, {subtitle}, {extra}, r.remote_deleted_at IS NOT NULL "
        f"FROM {model} r WHERE {where} ON CONFLICT (model, record_id) DO UPDATE SET "
        "account_id = EXCLUDED.account_id, title = EXCLUDED.title, subtitle = EXCLUDED.subtitle, "
        "extra = EXCLUDED.extra, deleted = EXCLUDED.deleted"
    )


def _pg_function(name: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN {body} RETURN NULL; END $fn$"
    )


def _pg_changed(columns: tuple[str, ...]) -> str:
    # ::text: json has no equality operator.
    return " OR ".join(f"OLD.{c}::text IS DISTINCT FROM NEW.{c}::text" for c in columns)


def _pg_statements() -> list[str]:
    out = [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "CREATE TABLE search_index (model TEXT NOT NULL, record_id TEXT NOT NULL, account_id TEXT NOT NULL, "
        "title TEXT NOT NULL DEFAULT '', subtitle TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '', "
        "deleted BOOLEAN NOT NULL DEFAULT false, document tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', subtitle), 'B') || "
        "to_tsvector('simple', extra)) STORED, PRIMARY KEY (model, record_id))",
        "CREATE INDEX ix_search_index_document ON search_index USING gin (document)",
        "CREATE INDEX ix_search_index_title_trgm ON search_index USING gin (title gin_trgm_ops)",
        "CREATE INDEX ix_search_index_account ON search_index (account_id)",
    ]
    for model, (_, _, _, watched) in PG_EXPRESSIONS.items():
        out += [
            _pg_function(f"search_{model}_row", f"{_pg_upsert(model, 'r.id = NEW.id')};"),
            _pg_function(
                f"search_{model}_gone", f"DELETE FROM search_index WHERE model = '{model}' AND record_id = OLD.id;"
            ),
            f"CREATE TRIGGER search_{model}_ai AFTER INSERT ON {model} FOR EACH ROW "
            f"EXECUTE FUNCTION search_{model}_row()",
            f"CREATE TRIGGER search_{model}_au AFTER UPDATE ON {model} FOR EACH ROW "
            f"WHEN ({_pg_changed((*watched, 'remote_deleted_at'))}) EXECUTE FUNCTION search_{model}_row()",
            f"CREATE TRIGGER search_{model}_ad AFTER DELETE ON {model} FOR EACH ROW "
            f"EXECUTE FUNCTION search_{model}_gone()",
            _pg_upsert(model, "true"),
        ]
    for parent, column, watched in (
        ("candidates", "candidate_id", ("first_name", "last_name")),
        ("jobs", "job_id", ("name",)),
    ):
        out += [
            _pg_function(f"search_{parent}_apps", f"{_pg_upsert('applications', f'r.{column} = NEW.id')};"),
            f"CREATE TRIGGER search_{parent}_apps_ai AFTER INSERT ON {parent} FOR EACH ROW "
            f"EXECUTE FUNCTION search_{parent}_apps()",
            f"CREATE TRIGGER search_{parent}_apps_au AFTER UPDATE ON {parent} FOR EACH ROW "
            f"WHEN ({_pg_changed(watched)}) EXECUTE FUNCTION search_{parent}_apps()",
        ]
    return out


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        for statement in _pg_statements():
            conn.exec_driver_sql(statement)
        return
    for statement in _statements():
        # exec_driver_sql: the SQL is passed as is (no bind-parameter parsing of ':' inside it).
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP TABLE IF EXISTS search_index")
        for model in EXPRESSIONS:
            for suffix in ("row", "gone"):
                conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS search_{model}_{suffix}() CASCADE")
        for parent in ("candidates", "jobs"):
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS search_{parent}_apps() CASCADE")
        return
    for model in EXPRESSIONS:
        for suffix in ("ai", "au", "ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{model}_{suffix}")
    for parent in ("candidates", "jobs"):
        for suffix in ("ai", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{parent}_apps_{suffix}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS search_index")
