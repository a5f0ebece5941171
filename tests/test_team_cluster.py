"""The throw-away PostgreSQL cluster the team-mode tests run on (tools/pg_cluster.py): private, on
127.0.0.1, password login, one fresh database per test."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from tests.conftest import pg_admin

pytestmark = pytest.mark.team


def test_the_cluster_listens_on_loopback_and_asks_for_the_password(pg_cluster: Any) -> None:
    with pg_admin(pg_cluster) as conn:
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SELECT current_user").fetchone() == ("team_admin",)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.url(password="wrong"))


def test_each_test_gets_an_empty_database_of_its_own(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    assert tables == (0,)
