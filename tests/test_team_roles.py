"""Who sees what (issue 17.5): a member role granted account A, connected with its own login and trying
raw SQL, reads and changes none of account B's rows, cannot grant itself B, and sees B once the admin
grants it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from desktop.team import roles, schema

pytestmark = pytest.mark.team


@pytest.fixture()
def admin(pg_url: str) -> Iterator[Engine]:
    engine = schema.engine_for(make_url(pg_url))
    schema.migrate(engine)
    with engine.begin() as conn:
        filtered = roles.enable_row_security(conn)
        assert {"candidates", "applications", "outbox", "search_index", "record_changes", "accounts"} <= set(
            filtered
        )
        for account in ("A", "B"):
            conn.execute(
                text("INSERT INTO accounts (id, name, vendor, settings, options, created_at) VALUES "
                     "(:a, :a, 'smartrecruiters', '{}', '{}', '2026-01-01')"),
                {"a": account},
            )
            conn.execute(
                text("INSERT INTO candidates (id, account_id, changed_at, remote_id, first_name, last_name) "
                     "VALUES (:id, :a, '2026-01-01', :id, 'Anna', :last)"),
                {"id": f"{account}-1", "a": account, "last": f"From{account}"},
            )
            conn.execute(
                text("INSERT INTO attachment_files (id, account_id, status, downloaded_at, indexed) "
                     "VALUES (:id, :a, 'ok', '2026-01-01', false)"),
                {"id": f"{account}-cv", "a": account},
            )
            conn.execute(
                text("INSERT INTO attachment_content (id, content) VALUES (:id, 'PDF')"),
                {"id": f"{account}-cv"},
            )
            conn.execute(
                text("INSERT INTO outbox (account_id, action, input, idempotency_key, status, attempts, "
                     "created_at, updated_at) VALUES (:a, 'add_note', '{}', :k, 'queued', 0, 'x', 'x')"),
                {"a": account, "k": f"key-{account}"},
            )
    yield engine
    engine.dispose()


@pytest.fixture()
def member(admin: Engine, pg_cluster: Any, pg_url: str) -> Iterator[tuple[str, psycopg.Connection[Any]]]:
    name = f"m_{uuid.uuid4().hex[:10]}"
    with admin.begin() as conn:
        roles.create_member(conn, name, "member-secret", ["A"])
    conn = psycopg.connect(
        pg_cluster.url(make_url(pg_url).database, user=name, password="member-secret"), autocommit=True
    )
    yield name, conn
    conn.close()
    with admin.begin() as c:
        c.execute(text(f'DROP OWNED BY "{name}"'))
        c.execute(text(f'DROP ROLE "{name}"'))


def _all(conn: psycopg.Connection[Any], sql: str) -> list[tuple[Any, ...]]:
    return conn.execute(sql).fetchall()  # type: ignore[arg-type]


def test_a_member_reads_only_the_accounts_granted(member: tuple[str, psycopg.Connection[Any]]) -> None:
    _, conn = member
    assert _all(conn, "SELECT id FROM candidates") == [("A-1",)]
    assert _all(conn, "SELECT id FROM candidates WHERE account_id = 'B'") == []
    assert _all(conn, "SELECT count(*) FROM candidates WHERE last_name = 'FromB'") == [(0,)]
    assert _all(conn, "SELECT id FROM accounts") == [("A",)]
    assert _all(conn, "SELECT account_id FROM outbox") == [("A",)]
    assert _all(conn, "SELECT record_id FROM search_index") == [("A-1",)]
    assert _all(conn, "SELECT id FROM attachment_content") == [("A-cv",)]  # B's CV bytes stay hidden


def test_a_member_cannot_change_or_add_rows_of_another_account(
    member: tuple[str, psycopg.Connection[Any]],
) -> None:
    _, conn = member
    assert conn.execute("UPDATE candidates SET first_name = 'X' WHERE account_id = 'B'").rowcount == 0
    assert conn.execute("DELETE FROM outbox WHERE account_id = 'B'").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        conn.execute(
            "INSERT INTO candidates (id, account_id, changed_at, remote_id) VALUES ('B-2', 'B', 'x', 'B-2')"
        )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO team_access (member, account_id) VALUES (current_user, 'B')")
    assert conn.execute("UPDATE candidates SET first_name = 'Ann' WHERE account_id = 'A'").rowcount == 1


def test_a_grant_by_the_admin_opens_the_account(
    admin: Engine, member: tuple[str, psycopg.Connection[Any]]
) -> None:
    name, conn = member
    with admin.begin() as c:
        roles.grant_account(c, name, "B")
    assert _all(conn, "SELECT id FROM candidates ORDER BY id") == [("A-1",), ("B-1",)]
    with admin.begin() as c:
        roles.revoke_account(c, name, "A")
        roles.enable_row_security(c)  # again: idempotent
    assert _all(conn, "SELECT id FROM candidates") == [("B-1",)]
    with admin.connect() as c:  # the admin (the tables' owner) sees everything
        assert c.execute(text("SELECT count(*) FROM candidates")).scalar() == 2
