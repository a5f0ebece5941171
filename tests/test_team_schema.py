"""The cache's schema on PostgreSQL (team mode, issue 17): the same Alembic migrations build the same
tables and columns as on SQLite; search is a tsvector + trigram index kept by triggers, the change log
works, and a database a newer app migrated is refused untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url

from desktop.cache import db
from desktop.team import schema
from tests.conftest import run_in_threads

pytestmark = pytest.mark.team

#: FTS5's own tables behind the SQLite search index; PostgreSQL needs none.
FTS5_SHADOWS = {f"search_index_{s}" for s in ("data", "idx", "content", "docsize", "config")}
# SQLite's search machinery: FTS5's own tables, and the index rows a batch of writes will rewrite (0013).
SQLITE_SEARCH = FTS5_SHADOWS | {"search_pending"}


def _columns(engine: Engine) -> dict[str, set[str]]:
    found = inspect(engine)
    return {t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()}


@pytest.fixture()
def pg_engine(pg_url: str) -> Any:
    engine = schema.engine_for(make_url(pg_url))
    schema.migrate(engine)
    yield engine
    engine.dispose()


def test_the_migrations_build_the_same_tables_and_columns_on_both(tmp_path: Path, pg_engine: Engine) -> None:
    lite = db.open_engine(tmp_path / "cache.sqlite3", encrypt=False)
    sqlite_tables = _columns(lite)
    lite.dispose()
    pg_tables = _columns(pg_engine)
    assert set(sqlite_tables) >= SQLITE_SEARCH
    for shadow in SQLITE_SEARCH:
        del sqlite_tables[shadow]
    # The one difference: PostgreSQL keeps the search document as a stored tsvector column.
    assert pg_tables["search_index"] - sqlite_tables["search_index"] == {"document"}
    pg_tables["search_index"].discard("document")
    assert pg_tables == sqlite_tables
    assert {"team_sync", "outbox", "record_changes", "forgotten"} <= set(pg_tables)
    assert {"author", "sender"} <= pg_tables["outbox"]
    assert schema.current_revision(pg_engine) == db.head_revision()


def test_migrating_again_is_a_no_op_and_downgrade_and_upgrade_run_on_postgresql(pg_engine: Engine) -> None:
    assert schema.migrate(pg_engine) == db.head_revision()
    command.downgrade(db.alembic_config(pg_engine), "0001")
    assert "search_index" not in inspect(pg_engine).get_table_names()
    assert schema.migrate(pg_engine) == db.head_revision()
    assert "search_index" in inspect(pg_engine).get_table_names()


def _candidate(conn: Any, cid: str, first: str, last: str, **extra: Any) -> None:
    conn.execute(
        text(
            "INSERT INTO candidates (id, account_id, changed_at, remote_id, first_name, last_name, "
            "email_addresses, phone_numbers, location) VALUES (:id, 'acc', '2026-01-01', :id, :first, :last, "
            "CAST(:emails AS json), CAST(:phones AS json), CAST(:location AS json))"
        ),
        {"id": cid, "first": first, "last": last, "emails": extra.get("emails", "null"),
         "phones": extra.get("phones", "null"), "location": extra.get("location", "null")},
    )


def test_search_uses_tsvector_and_trigrams_kept_by_triggers(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        _candidate(
            conn, "c1", "Anna", "Kowalska",
            emails='[{"email_address": "anna@example.com"}]',
            phones='[{"phone_number": "+49 176 2950"}]',
            location='{"city": "Berlin"}',
        )
        _candidate(conn, "c2", "Bernd", "Maier")
        conn.execute(
            text("INSERT INTO applications (id, account_id, changed_at, remote_id, candidate_id) "
                 "VALUES ('a1', 'acc', '2026-01-01', 'a1', 'c2')")
        )

    def search(words: str) -> list[str]:
        with pg_engine.connect() as conn:
            rows = conn.execute(
                text("SELECT record_id FROM search_index WHERE document @@ plainto_tsquery('simple', :q) "
                     "AND NOT deleted ORDER BY record_id"),
                {"q": words},
            )
            return [r[0] for r in rows]

    assert search("kowalska") == ["c1"]
    assert search("anna@example.com berlin") == ["c1"]
    assert search("491762950") == ["c1"]  # the number as written and as bare digits, as on SQLite
    assert search("maier") == ["a1", "c2"]  # the application shows its candidate's name
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE candidates SET last_name = 'Meier' WHERE id = 'c2'"))
        conn.execute(text("UPDATE candidates SET remote_deleted_at = '2026-02-01' WHERE id = 'c1'"))
    assert search("meier") == ["a1", "c2"]
    assert search("kowalska") == []
    with pg_engine.connect() as conn:  # a prefix, as FTS5's prefix index answers it
        prefix = conn.execute(
            text("SELECT record_id FROM search_index WHERE document @@ to_tsquery('simple', '4917629:*')")
        ).scalars().all()
    assert prefix == ["c1"]
    with pg_engine.connect() as conn:  # typo tolerance: trigram similarity on the title
        typo = conn.execute(
            text("SELECT record_id FROM search_index WHERE title % 'Bernd Meyer' AND model = 'candidates'")
        ).scalars().all()
        plans = " ".join(
            r[0] for r in conn.execute(
                text("EXPLAIN SELECT 1 FROM search_index WHERE document @@ plainto_tsquery('simple', 'x')")
            )
        )
        defs = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_index'"))
        indexes = {r[0] for r in defs}
    assert typo == ["c2"]
    assert "search_index" in plans
    assert any("gin (document)" in i for i in indexes) and any("gin_trgm_ops" in i for i in indexes)


def test_the_change_log_records_changed_fields(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        _candidate(conn, "c1", "Anna", "Kowalska")
        conn.execute(text("UPDATE candidates SET title = 'Nurse' WHERE id = 'c1'"))  # changed_at kept: no log
        conn.execute(text("UPDATE candidates SET title = 'Doctor', changed_at = '2026-03' WHERE id = 'c1'"))
        rows = conn.execute(text("SELECT field, old_value, new_value, model FROM record_changes")).all()
        assert [tuple(r) for r in rows] == [("title", "Nurse", "Doctor", "candidates")]
        conn.execute(text("DELETE FROM candidates WHERE id = 'c1'"))
        assert conn.execute(text("SELECT count(*) FROM record_changes")).scalar() == 0


def test_a_database_migrated_by_a_newer_app_is_refused_untouched(pg_engine: Engine) -> None:
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(schema.SchemaTooNew, match="newer than this app knows.*Update Recruiter Companion"):
        schema.migrate(pg_engine)
    assert schema.current_revision(pg_engine) == "9999_future"


def test_two_members_migrating_a_new_database_at_once_both_end_current(pg_url: str) -> None:
    import threading

    engines = [schema.engine_for(make_url(pg_url)) for _ in range(3)]
    results: list[object] = []
    start = threading.Barrier(len(engines))

    def run(engine: Engine) -> None:
        start.wait()
        try:
            results.append(schema.migrate(engine))
        except Exception as exc:  # collected: the assertion below shows it
            results.append(exc)

    run_in_threads(run, [(e,) for e in engines], timeout=120)
    assert results == [db.head_revision()] * len(engines)
    for engine in engines:
        engine.dispose()
