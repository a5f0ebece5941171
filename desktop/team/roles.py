"""Who sees what on the team server: members are PostgreSQL roles, and row-level security on
``account_id`` lets each see and change only the accounts ``team_access`` grants them.

``enable_row_security`` (run by the team's database admin, the owner of the tables, after the
migrations) makes the group role ``rc_member``, gives it the table rights a member's app needs, and
puts one policy on every table with an ``account_id`` column: the row's account must be one of the
current role's in ``team_access``. ``accounts`` is filtered on its ``id``, and ``attachment_content``
(CV bytes, no account column) through its ``attachment_files`` row. ``team_access`` itself is
read-only to members, each seeing only their own grants, so nobody grants themselves an account.
The tables' owner (the admin) is not subject to the policies. Credentials never go into the
database: each member's keyring holds their own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterable

from sqlalchemy import Connection, text

GROUP = "rc_member"
POLICY = "rc_member_accounts"
_MINE = "(SELECT a.account_id FROM team_access a WHERE a.member = current_user)"
#: Tables a member reads but never writes.
READ_ONLY = ("team_access", "alembic_version")


def _tables_with_account(conn: Connection) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t "
            "USING (table_schema, table_name) WHERE c.table_schema = current_schema() "
            "AND c.column_name = 'account_id' AND t.table_type = 'BASE TABLE' ORDER BY 1"
        )
    )
    return [r[0] for r in rows if r[0] != "team_access"]


def _policy(conn: Connection, table: str, rule: str) -> None:
    conn.execute(text(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY'))
    conn.execute(text(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"'))
    conn.execute(text(f'CREATE POLICY {POLICY} ON "{table}" TO {GROUP} USING ({rule}) WITH CHECK ({rule})'))


def enable_row_security(conn: Connection) -> list[str]:
    """Create the member group and the per-account policies (again: idempotent, e.g. after a
    migration added tables). Returns the tables now filtered by account."""
    conn.execute(
        text(
            f"DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{GROUP}') THEN "
            f"CREATE ROLE {GROUP} NOLOGIN; END IF; END $do$"
        )
    )
    schema = _schema(conn)
    conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {GROUP}"))
    conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {GROUP}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {GROUP}"))
    for table in READ_ONLY:
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {GROUP}"))
    filtered = _tables_with_account(conn)
    for table in filtered:
        _policy(conn, table, f"account_id IN {_MINE}")
    _policy(conn, "accounts", f"id IN {_MINE}")
    _policy(conn, "attachment_content", "id IN (SELECT f.id FROM attachment_files f)")  # filtered itself
    _policy(conn, "team_access", "member = current_user")
    return [*filtered, "accounts", "attachment_content"]


def _schema(conn: Connection) -> str:
    return str(conn.execute(text("SELECT quote_ident(current_schema())")).scalar())


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 7677; what psql's \\password
    sends): the server, its logs and any error message see this, never the password itself."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    stored_key = hashlib.sha256(client_key).digest()
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def create_member(conn: Connection, name: str, password: str, accounts: Iterable[str] = ()) -> None:
    """A login role for a team member, in the member group, granted ``accounts``."""
    statement = conn.execute(
        text(
            "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', CAST(:n AS text), "
            "CAST(:v AS text), CAST(:g AS text))"
        ),
        {"g": GROUP, "n": name, "v": scram_verifier(password)},
    ).scalar()
    conn.exec_driver_sql(str(statement))  # not text(): the verifier holds ":" that is no bind parameter
    for account_id in accounts:
        grant_account(conn, name, account_id)


def grant_account(conn: Connection, member: str, account_id: str) -> None:
    conn.execute(
        text("INSERT INTO team_access (member, account_id) VALUES (:m, :a) ON CONFLICT DO NOTHING"),
        {"m": member, "a": account_id},
    )


def revoke_account(conn: Connection, member: str, account_id: str) -> None:
    conn.execute(
        text("DELETE FROM team_access WHERE member = :m AND account_id = :a"), {"m": member, "a": account_id}
    )
