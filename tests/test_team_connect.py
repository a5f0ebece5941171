"""``recruiter-companion team connect / status / disconnect`` (issue 17): a team server's URL is
checked, logged in to and migrated before it is kept; the password goes to the keyring, never into
the settings file or the output; every refusal says what to do and keeps nothing."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.cache import db
from desktop.team import connect, schema
from tests.conftest import run_cli

pytestmark = pytest.mark.team


def _settings(home: Path) -> dict[str, Any] | None:
    file = home / connect.SETTINGS_FILE
    return json.loads(file.read_text()) if file.exists() else None


def test_connect_logs_in_migrates_and_keeps_the_url_without_its_password(
    app_home: Path, pg_url: str, real_keyring: bool
) -> None:
    password = make_url(pg_url).password
    assert password
    result = run_cli("team", "connect", pg_url)
    assert result.code == 0, result.err
    assert "Connected to" in result.out and f"schema {db.head_revision()}" in result.out
    assert password not in result.out + result.err
    kept = _settings(app_home)
    assert kept is not None
    assert kept["url"] == connect.without_password(make_url(pg_url))
    assert "@127.0.0.1" in kept["url"] and ":" + password not in kept["url"]
    assert password not in (app_home / connect.SETTINGS_FILE).read_text()
    assert (app_home / connect.SETTINGS_FILE).stat().st_mode & 0o077 == 0
    if real_keyring:  # in memory only otherwise: a new process would not see it
        assert connect.saved_url() == make_url(pg_url)
    engine = schema.engine_for(make_url(pg_url))
    assert schema.current_revision(engine) == db.head_revision()
    engine.dispose()

    status = run_cli("team", "status", "--json")
    assert status.code == 0, status.err
    info = status.json()
    assert info["connected"] is True and info["schema"] == db.head_revision() and info["tls"] is False
    assert password not in status.out

    gone = run_cli("team", "disconnect")
    assert gone.code == 0 and "Disconnected from" in gone.out
    assert _settings(app_home) is None
    assert connect.saved_url() is None
    assert run_cli("team", "status", "--json").json() == {"connected": False}


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://anna:pw@localhost/recruiting", "starts with postgresql://"),
        ("db.agency.example/recruiting", "starts with postgresql://"),
        ("postgresql://localhost/recruiting", "names no user"),
        ("postgresql://anna@localhost", "names no database"),
        ("postgresql://anna@localhost:notaport/recruiting", "cannot be read"),
    ],
)
def test_a_wrong_url_is_refused_with_an_example(app_home: Path, url: str, says: str) -> None:
    result = run_cli("team", "connect", url)
    assert result.code == 2
    assert says in result.err
    assert _settings(app_home) is None


def test_a_server_on_another_computer_needs_tls_unless_insecure_is_allowed(
    app_home: Path, pg_cluster: Any, pg_url: str
) -> None:
    # The name is not this computer's; hostaddr makes libpq connect to the test cluster all the same.
    database = make_url(pg_url).database
    remote = (
        f"postgresql://team_admin:{pg_cluster.password}@team-db.agency.example:{pg_cluster.port}/{database}"
        "?hostaddr=127.0.0.1"
    )
    refused = run_cli("team", "connect", remote)
    assert refused.code == 2
    assert "not on this computer" in refused.err and "sslmode=require" in refused.err
    assert "--allow-insecure" in refused.err
    assert _settings(app_home) is None

    no_tls_here = run_cli("team", "connect", remote + "&sslmode=require")
    assert no_tls_here.code == 4  # asked for TLS, and this server has none: said, not ignored
    assert "No TLS connection to the server at team-db.agency.example" in no_tls_here.err
    assert _settings(app_home) is None

    allowed = run_cli("team", "connect", remote, "--allow-insecure")
    assert allowed.code == 0, allowed.err
    assert (_settings(app_home) or {})["allow_insecure"] is True


def test_a_refused_login_says_so_and_keeps_nothing(app_home: Path, pg_url: str) -> None:
    wrong = make_url(pg_url).set(password="not-the-password").render_as_string(hide_password=False)
    result = run_cli("team", "connect", wrong)
    assert result.code == 3
    assert "refused the login for user 'team_admin'" in result.err
    assert "not-the-password" not in result.err
    assert _settings(app_home) is None

    missing = make_url(pg_url).set(database="no_such_db").render_as_string(hide_password=False)
    result = run_cli("team", "connect", missing)
    assert result.code == 3 and "has no database 'no_such_db'" in result.err


def test_a_server_that_does_not_answer_is_named(app_home: Path) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run_cli("team", "connect", f"postgresql://anna:pw@127.0.0.1:{port}/recruiting")
    assert result.code == 4
    assert f"No PostgreSQL server answers at 127.0.0.1:{port}" in result.err
    assert _settings(app_home) is None


def test_a_database_of_a_newer_app_is_refused_and_nothing_kept(app_home: Path, pg_url: str) -> None:
    engine = schema.engine_for(make_url(pg_url))
    schema.migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    result = run_cli("team", "connect", pg_url)
    assert result.code == 1
    assert "newer than this app knows" in result.err and "Update Recruiter Companion" in result.err
    assert _settings(app_home) is None


def test_status_when_the_kept_server_is_gone(app_home: Path, pg_url: str) -> None:
    assert run_cli("team", "connect", pg_url).code == 0
    kept = json.loads((app_home / connect.SETTINGS_FILE).read_text())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    kept["url"] = make_url(kept["url"]).set(port=port).render_as_string(hide_password=False)
    (app_home / connect.SETTINGS_FILE).write_text(json.dumps(kept))
    result = run_cli("team", "status")
    assert result.code == 4 and "No PostgreSQL server answers" in result.err


def test_a_member_login_connects_to_the_migrated_database_but_cannot_create_one(
    app_home: Path, pg_cluster: Any, pg_url: str
) -> None:
    import uuid

    from desktop.team import roles
    from tests.conftest import pg_admin

    engine = schema.engine_for(make_url(pg_url))
    schema.migrate(engine)
    name = f"m_{uuid.uuid4().hex[:10]}"
    with engine.begin() as conn:
        roles.enable_row_security(conn)
        roles.create_member(conn, name, "member-secret", ["A"])
    engine.dispose()
    database = make_url(pg_url).database
    try:
        member_url = pg_cluster.url(database, user=name, password="member-secret")
        result = run_cli("team", "connect", member_url)
        assert result.code == 0, result.err
        assert f"as {name}" in result.out

        empty = f"e_{uuid.uuid4().hex[:10]}"
        with pg_admin(pg_cluster) as admin:
            admin.execute(f"CREATE DATABASE {empty}")
        try:
            refused = run_cli("team", "connect", pg_cluster.url(empty, user=name, password="member-secret"))
            assert refused.code == 3
            assert "refused this login the rights it needs" in refused.err and "database admin" in refused.err
        finally:
            with pg_admin(pg_cluster) as admin:
                admin.execute(f"DROP DATABASE {empty} WITH (FORCE)")
    finally:
        with pg_admin(pg_cluster, database) as admin:
            admin.execute(f'DROP OWNED BY "{name}"')
            admin.execute(f'DROP ROLE "{name}"')


TLS_NAME = "team-db.agency.example"


@pytest.fixture(scope="module")
def tls_cluster(pg_cluster: Any) -> Any:
    """A second cluster that also speaks TLS, with a self-signed certificate for ``TLS_NAME``."""
    from tools import pg_cluster as pgc

    cluster = pgc.start(tls_name=TLS_NAME)
    yield cluster
    cluster.stop()


def test_a_server_with_tls_is_used_over_tls_and_its_certificate_checked(
    app_home: Path, tls_cluster: Any
) -> None:
    # The certificate's name, reached at 127.0.0.1 through hostaddr: verify-full checks the name.
    base = (
        f"postgresql://team_admin:{tls_cluster.password}@{TLS_NAME}:{tls_cluster.port}/postgres"
        "?hostaddr=127.0.0.1"
    )
    result = run_cli("team", "connect", base + "&sslmode=require")
    assert result.code == 0, result.err
    assert ", TLS)" in result.out
    assert run_cli("team", "status", "--json").json()["tls"] is True

    unchecked = run_cli("team", "connect", base + "&sslmode=verify-full&sslrootcert=/nonexistent/root.crt")
    assert unchecked.code == 4
    assert f"No TLS connection to the server at {TLS_NAME}" in unchecked.err, unchecked.err

    checked = run_cli("team", "connect", base + f"&sslmode=verify-full&sslrootcert={tls_cluster.certificate}")
    assert checked.code == 0, checked.err
