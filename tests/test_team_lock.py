"""One sync per account across the team (issue 17.2): the account's advisory lock is held by one
session; the others see who holds it and how far they are; it dies with its connection."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from desktop.team import schema
from desktop.team.lock import account_key, account_lock, who_syncs

pytestmark = pytest.mark.team


@pytest.fixture()
def engine(pg_url: str) -> Iterator[Engine]:
    migrated = schema.engine_for(make_url(pg_url))
    schema.migrate(migrated)
    migrated.dispose()
    # NullPool: closing a connection ends its session (a pooled one would keep it, and the lock).
    plain = create_engine(make_url(pg_url).set(drivername="postgresql+psycopg"), poolclass=NullPool)
    yield plain
    plain.dispose()


def test_the_key_is_stable_and_differs_per_account() -> None:
    assert account_key("acme") == account_key("acme")
    assert account_key("acme") != account_key("globex")
    assert -(2**63) <= account_key("acme") < 2**63


def test_a_second_session_cannot_take_it_and_sees_who_syncs(engine: Engine) -> None:
    anna, bernd = engine.connect(), engine.connect()
    lock = account_lock(anna, "acme", holder="anna@laptop")
    assert lock is not None
    assert account_lock(bernd, "acme", holder="bernd@desk") is None
    lock.progress(62)
    found = who_syncs(bernd, "acme")
    assert found is not None and found.describe() == "synced by anna@laptop, 62 %"
    other = account_lock(bernd, "globex", holder="bernd@desk")  # another account is free
    assert other is not None
    other.release()

    anna.close()  # the holder's session ends: the lock goes with it
    assert who_syncs(bernd, "acme") is None  # its team_sync row is left, but no longer believed
    taken = account_lock(bernd, "acme", holder="bernd@desk")
    assert taken is not None
    assert (found := who_syncs(engine.connect(), "acme")) is not None and found.holder == "bernd@desk"
    with taken:
        pass
    with engine.connect() as conn:
        assert who_syncs(conn, "acme") is None
        assert conn.execute(text("SELECT count(*) FROM team_sync")).scalar() == 0
    bernd.close()


_HOLDER = """
import sys, time
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool
from desktop.team.lock import account_lock
conn = create_engine(sys.argv[1], poolclass=NullPool).connect()
lock = account_lock(conn, "acme", holder="anna@laptop")
lock.progress(40)
print("HOLDING", flush=True)
time.sleep(600)
"""


def test_a_holder_that_dies_hands_over(engine: Engine) -> None:
    url = engine.url.render_as_string(hide_password=False)
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, url], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HOLDING"
        with engine.connect() as bernd:
            assert account_lock(bernd, "acme", holder="bernd@desk") is None
            found = who_syncs(bernd, "acme")
            assert found is not None and found.describe() == "synced by anna@laptop, 40 %"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        with engine.connect() as bernd:
            # The server notices the dropped connection at once on loopback; allow it a moment anyway.
            for _ in range(50):
                lock = account_lock(bernd, "acme", holder="bernd@desk")
                if lock is not None:
                    break
                time.sleep(0.1)
            assert lock is not None
            lock.release()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
