"""Team sync's cost (issue 17): change tracking, a first publish and pull, a sync alone and in team mode.

Starts a SmartRecruiters sandbox (``--candidates N``, limits lifted, its own process) and a throw-away
PostgreSQL cluster (``tools/pg_cluster.py``), then, ``--rounds`` times each, alternating:

  1. ``tracking``: a full sync into a plain cache with the change-tracking triggers off and on
     (migration 0012: what a member alone pays, and what a publishing member pays);
  2. ``publish``: the whole synced account published to an empty team database in one round, and a
     second member's first pull of it (rows/s);
  3. ``team``: a full first sync alone, and in team mode (lock, pull, sync, publishing as it goes).

Prints seconds per run. CPU-bound (the sandbox, the server and the sync share the machine): under a
vendor's real limits a sync waits on the network. Needs PostgreSQL's binaries and a keyring for the
team password (run it inside tools/with-keyring.sh).

    tools/with-keyring.sh .venv/bin/python bench/team_sync.py --candidates 1000 --rounds 2
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sandbox_process import ROOT, serve

sys.path.insert(0, str(ROOT))

from connectors.http import Limits  # noqa: E402

# By name: mypy checks tools/ as top-level modules, and "tools.pg_cluster" would be the same file twice.
pg_cluster: Any = importlib.import_module("tools.pg_cluster")

LIMITS = Limits(requests_per_second=1_000_000, concurrency=8)


def _home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="rc-team-bench-")) / "home"
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    return home


def _database(cluster: Any, name: str) -> str:
    import psycopg

    with psycopg.connect(cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return str(cluster.url(name))


def _core(account: dict[str, str]) -> tuple[Any, Any]:
    from desktop.core import Core

    core = Core.open(encrypt=False)
    return core, core.accounts.add("smartrecruiters", "acme", account)


def _sync_alone(core: Any, acct: Any) -> float:
    started = time.monotonic()
    asyncio.run(core.sync.sync(acct, core.accounts.credentials(acct), full=True, limits=LIMITS))
    return time.monotonic() - started


def tracking(account: dict[str, str], track: bool) -> str:
    _home()
    core, acct = _core(account)
    try:
        if track:
            with core.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO team_marks (name, value) VALUES ('track', '1')")
        took = _sync_alone(core, acct)
        with core.engine.connect() as conn:
            listed = conn.exec_driver_sql("SELECT count(*) FROM team_changes").scalar()
        return f"tracking {'on ' if track else 'off'}: full sync {took:.1f} s ({listed} changes listed)"
    finally:
        core.close()


def publish_and_pull(account: dict[str, str], url: str) -> str:
    from sqlalchemy.engine import make_url

    from desktop.core import Core
    from desktop.team import connect, publish, pull, rows, schema

    _home()
    core, acct = _core(account)
    server = schema.engine_for(make_url(url))
    try:
        took_sync = _sync_alone(core, acct)
        connect.connect(url)

        def save(name: str, value: str) -> None:
            core.writer.run_sync(lambda c: rows.set_mark(c.connection.driver_connection, name, value))

        started = time.monotonic()
        core.writer.run_sync(publish.start_tracking, acct.id)
        done = publish.publish_round(Path(str(core.engine.url.database)), server, acct.id, save)
        took_publish = time.monotonic() - started
        core.close()
        _home()  # a second member, who has none of it yet
        connect.connect(url)
        core = Core.open(encrypt=False)
        started = time.monotonic()
        got = pull.pull(server, core.writer)
        took_pull = time.monotonic() - started
    finally:
        core.close()
        server.dispose()
    return (
        f"publish: sync alone {took_sync:.1f} s; first publish {done.published} rows in {done.batches} "
        f"batches {took_publish:.1f} s ({done.published / took_publish:,.0f} rows/s); first pull "
        f"{got.total} rows {took_pull:.1f} s ({got.total / took_pull:,.0f} rows/s)"
    )


def team_or_alone(account: dict[str, str], url: str | None) -> str:
    from sqlalchemy.engine import make_url

    from desktop.team import connect, replica

    _home()
    if url is not None:
        connect.connect(url)
    core, acct = _core(account)
    try:
        if url is None:
            return f"first sync alone: {_sync_alone(core, acct):.1f} s"
        started = time.monotonic()
        done = replica.team_sync(core, make_url(url), "acme", full=True, sync_options={"limits": LIMITS})
        assert isinstance(done, replica.Outcome)
        return (
            f"first sync in team mode: {time.monotonic() - started:.1f} s, published {done.published} rows"
            f"{'' if done.publish_error is None else ', publish failed: ' + done.publish_error}"
        )
    finally:
        core.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    cluster = pg_cluster.start()
    proc, ready = serve(
        "smartrecruiters", "--size", "small", "--candidates", str(args.candidates), "--rate-limit", "1000000"
    )
    try:
        account = ready["account"]
        for _ in range(args.rounds):
            print(tracking(account, False), flush=True)
            print(tracking(account, True), flush=True)
        for n in range(args.rounds):
            print(publish_and_pull(account, _database(cluster, f"publish_{n}")), flush=True)
        for n in range(args.rounds):
            print(team_or_alone(account, None), flush=True)
            print(team_or_alone(account, _database(cluster, f"team_{n}")), flush=True)
    finally:
        proc.terminate()
        proc.wait()
        cluster.stop()


if __name__ == "__main__":
    main()
