"""Team sync (issue 17): each member keeps its own embedded cache; the member holding an account's lock
syncs it and publishes to the team's PostgreSQL, the others pull. Members here are data folders of
their own (RECRUITER_COMPANION_HOME) on one server, driven through the CLI, in this process or as
separate processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import TEST_RATE, add_account, read_export, run_cli, start_sandbox

pytestmark = pytest.mark.team


def member(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    """Act as the member whose data folder is ``home`` from now on."""
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
    return home


def join(pg_url: str) -> None:
    result = run_cli("team", "connect", pg_url)
    assert result.code == 0, result.err


def export(out: Path, account: str = "acme") -> dict[str, list[dict[str, Any]]]:
    result = run_cli("export", "--account", account, "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return read_export(out)


def sandbox_requests(sandbox: RunningSandbox) -> int:
    return int(httpx.get(f"{sandbox.base_url}/_sandbox/requests", timeout=10).json()["total"])


def set_rate(sandbox: RunningSandbox, rate: float) -> None:
    httpx.put(f"{sandbox.base_url}/_sandbox/rate-limit", json={"rate": rate}, timeout=10).raise_for_status()


def reset_requests(sandbox: RunningSandbox) -> None:
    httpx.delete(f"{sandbox.base_url}/_sandbox/requests", timeout=10)


def server_rows(pg_url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        cursor = conn.execute(sql)
        return list(cursor.fetchall()) if cursor.description else []


def test_a_member_publishes_its_sync_and_another_pulls_the_same_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    member(monkeypatch, tmp_path / "anna")
    join(pg_url)
    add_account("smartrecruiters", "acme", sr_sandbox)
    synced = run_cli("sync", "acme")
    assert synced.code == 0, synced.err
    assert "published" in synced.err and "changes to the team server" in synced.err
    anna = export(tmp_path / "anna-export")

    # Credentials stay in each member's keyring: no secret of the account is anywhere on the server.
    from connectors import registry

    fields = registry.get("smartrecruiters").secret_fields
    secrets = [str(v) for k, v in sr_sandbox.account.items() if k in fields and v]
    assert secrets and all(len(s) >= 8 for s in secrets)
    for (table,) in server_rows(pg_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"):
        dumped = "\n".join(r[0] for r in server_rows(pg_url, f'SELECT t::text FROM "{table}" t'))
        assert not any(s in dumped for s in secrets), f"a secret in {table}"
    status = run_cli("team", "status", "--json")
    assert status.code == 0, status.err
    assert status.json()["accounts"] == [
        {"name": "acme", "synced_by": None, "percent": None, "here": True, "to_pull": 0, "to_publish": 0}
    ]

    member(monkeypatch, tmp_path / "bernd")
    join(pg_url)
    behind = run_cli("team", "status")
    assert behind.code == 0, behind.err
    assert "acme: idle; " in behind.out and " to publish, not on this computer yet" in behind.out
    pulled = run_cli("team", "pull")
    assert pulled.code == 0, pulled.err
    assert "acme: pulled" in pulled.out and "new here" in pulled.out
    first = int(pulled.out.split("pulled ")[1].split()[0])
    bernd = export(tmp_path / "bernd-export")
    assert bernd == anna  # every unified record, field for field (the stamps are the publisher's)
    assert sum(len(v) for v in bernd.values()) > 100
    someone = anna["candidates"][0]["last_name"]
    found = run_cli("search", someone, "--json")  # the cache's own triggers indexed the pulled rows
    assert found.code == 0 and someone in found.out
    # The pulled account came without credentials: syncing it asks for them (and leaves the lock free).
    no_keys = run_cli("sync", "acme")
    assert no_keys.code == 2 and "accounts edit acme --credentials" in no_keys.err, no_keys.err

    # A change at the vendor: anna's next (delta) sync publishes what it wrote (the changed record, the
    # resume marks, the record state of what it re-read), bernd pulls only that.
    candidate = anna["candidates"][0]
    with httpx.Client(base_url=f"{sr_sandbox.base_url}/_sandbox", timeout=10) as control:
        control.patch(f"/records/candidates/{candidate['remote_id']}", json={"firstName": "Renamed"})
    member(monkeypatch, tmp_path / "anna")
    again = run_cli("sync", "acme")
    assert again.code == 0, again.err
    assert "before syncing" not in again.err  # her own published rows are not pulled back
    anna = export(tmp_path / "anna-export-2")
    member(monkeypatch, tmp_path / "bernd")
    second = run_cli("team", "pull", "acme")
    assert second.code == 0, second.err
    count = int(second.out.split("pulled ")[1].split()[0])
    assert 0 < count < first / 4, second.out
    assert export(tmp_path / "bernd-export-2") == anna
    assert any(c["first_name"] == "Renamed" for c in anna["candidates"])


def start_cli(home: Path, *args: str) -> subprocess.Popen[str]:
    """``recruiter-companion ARGS`` as another member's process (its own data folder)."""
    env = {**os.environ, "RECRUITER_COMPANION_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(check: Any, what: str, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def slow_sandbox() -> RunningSandbox:
    """A tiny SmartRecruiters sandbox that allows 4 requests a second: a first sync (65 requests) runs
    for a quarter of a minute, long enough for another member to meet it."""
    return start_sandbox("smartrecruiters", rate_limit=4.0)


def anna_starts_syncing(tmp_path: Path, pg_url: str, sandbox: RunningSandbox) -> subprocess.Popen[str]:
    """Anna (her own process and data folder) joins the team, adds the account and starts its sync."""
    home = tmp_path / "anna"
    steps: list[tuple[tuple[str, ...], str | None]] = [
        (("team", "connect", pg_url), None),
        (("accounts", "add", "smartrecruiters", "--name", "acme"), json.dumps(sandbox.account)),
    ]
    for args, stdin in steps:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**os.environ, "RECRUITER_COMPANION_HOME": str(home)},
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    return start_cli(home, "sync", "acme")


def test_while_one_member_syncs_another_is_told_who_and_pulls_or_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    sandbox = slow_sandbox()
    anna = anna_starts_syncing(tmp_path, pg_url, sandbox)
    waiting: subprocess.Popen[str] | None = None
    try:
        # Anna's first publish round names the account on the server, and her lock says how far she is.
        wait_for(lambda: server_rows(pg_url, "SELECT 1 FROM accounts, team_sync"), "anna's first publish")
        bernd_home = tmp_path / "bernd"
        member(monkeypatch, bernd_home)
        join(pg_url)
        bernd = start_cli(bernd_home, "sync", "acme")
        out, err = bernd.communicate(timeout=120)
        assert bernd.returncode == 0, err
        as_json = run_cli("sync", "acme", "--json")  # for scripts: the same, as one JSON object
        assert as_json.code == 0, as_json.err
        assert anna.poll() is None, "anna's sync ended before bernd met it: make the sandbox slower"
        assert as_json.json()["account"] == "acme" and "@" in as_json.json()["synced_by"]
        said = out.strip()
        assert said.startswith("Account acme is being synced by "), said
        assert " %); pulled " in said and said.endswith(" changes from the team server.")
        assert "@" in said.split("synced by ")[1]  # user@host

        # Bernd enters his own credentials for the pulled account and waits for anna to finish.
        keys = run_cli("accounts", "edit", "acme", "--credentials", stdin=json.dumps(sandbox.account))
        assert keys.code == 0, keys.err
        set_rate(sandbox, 0.5)  # anna crawls until bernd is seen waiting, then finishes at full speed
        waiting = start_cli(bernd_home, "sync", "acme", "--wait")
        wait_err = waiting.stderr
        assert wait_err is not None and "waiting for " in wait_err.readline()
        set_rate(sandbox, TEST_RATE)
        _, anna_err = anna.communicate(timeout=180)
        assert anna.returncode == 0, anna_err
        assert "published" in anna_err
        _, rest = waiting.communicate(timeout=180)
        assert waiting.returncode == 0, rest
        assert "pulled " in rest and "before syncing" in rest  # anna's last rounds, then his own sync
    finally:
        for proc in (anna, waiting):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
        sandbox.stop()
    bernd_export = export(tmp_path / "bernd-export")
    member(monkeypatch, tmp_path / "anna")
    assert bernd_export == export(tmp_path / "anna-export")


def _without_stamps(exported: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    # changed_at is when a member's cache first stored the record: the one volatile stamp in an export.
    return {m: [{k: v for k, v in r.items() if k != "changed_at"} for r in rs] for m, rs in exported.items()}


def test_a_killed_syncer_hands_over_and_the_next_resumes_from_what_it_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    sandbox = slow_sandbox()
    try:
        anna = anna_starts_syncing(tmp_path, pg_url, sandbox)
        try:
            # Kill her once the server holds a resume state with part of the account behind it: every
            # list read, and the details of some items (most requests of a first sync are details).
            wait_for(
                lambda: server_rows(
                    pg_url, "SELECT 1 FROM enrich_items WHERE enriched_stamp IS NOT NULL HAVING count(*) >= 6"
                ),
                "anna's sync to be under way and published",
            )
            assert anna.poll() is None
            anna.send_signal(signal.SIGKILL)
            anna.wait(timeout=10)
        finally:
            if anna.poll() is None:
                anna.kill()
                anna.wait()
        published = server_rows(pg_url, "SELECT count(*) FROM record_state")[0][0]
        set_rate(sandbox, TEST_RATE)  # the rest at full speed
        reset_requests(sandbox)

        member(monkeypatch, tmp_path / "bernd")
        join(pg_url)
        add_account("smartrecruiters", "acme", sandbox)  # bernd's own credentials, the same account
        resumed = run_cli("sync", "acme", "--wait")
        assert resumed.code == 0, resumed.err
        assert "pulled " in resumed.err and "before syncing" in resumed.err
        bernd_requests = sandbox_requests(sandbox)
        bernd = export(tmp_path / "bernd-export")

        reset_requests(sandbox)
        member(monkeypatch, tmp_path / "clean")  # a member alone, a clean first sync, for comparison
        add_account("smartrecruiters", "acme", sandbox)
        clean_sync = run_cli("sync", "acme")
        assert clean_sync.code == 0, clean_sync.err
        clean_requests = sandbox_requests(sandbox)
        clean = export(tmp_path / "clean-export")
    finally:
        sandbox.stop()
    assert published < sum(len(v) for v in clean.values())  # anna was really cut off
    assert bernd_requests < clean_requests, (bernd_requests, clean_requests)
    assert _without_stamps(bernd) == _without_stamps(clean)
    print(f"requests: resumed {bernd_requests}, clean first sync {clean_requests}")
    for model, records in bernd.items():
        remote_ids = [r["remote_id"] for r in records if r.get("remote_id") is not None]
        assert len(set(remote_ids)) == len(remote_ids), f"duplicate {model}"
    duplicates = server_rows(
        pg_url, "SELECT remote_id FROM candidates GROUP BY account_id, remote_id HAVING count(*) > 1"
    )
    assert duplicates == []


def test_the_server_gone_mid_publish_loses_nothing_and_the_next_sync_publishes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    import threading

    database = pg_url.rsplit("/", 1)[1].split("?")[0]
    admin_url = pg_url.rsplit("/", 1)[0] + "/postgres"

    def server_goes_away() -> None:
        wait_for(lambda: server_rows(pg_url, "SELECT 1 FROM record_state"), "anna's first publish")
        server_rows(admin_url, f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        server_rows(
            admin_url,
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'",
        )

    sandbox = start_sandbox("smartrecruiters", rate_limit=8.0)
    try:
        member(monkeypatch, tmp_path / "anna")
        join(pg_url)
        add_account("smartrecruiters", "acme", sandbox)
        cut = threading.Thread(target=server_goes_away)
        cut.start()
        synced = run_cli("sync", "acme")
        cut.join()
        assert synced.code == 0, synced.err  # the sync itself is saved on this computer
        assert "publishing it to the team stopped" in synced.err
        assert "goes out with the next sync" in synced.err
        anna = export(tmp_path / "anna-export")
        assert sum(len(v) for v in anna.values()) > 100
        refused = run_cli("sync", "acme")  # still gone: no lock to take, so no sync; said, nothing lost
        assert refused.code != 0 and "error: The server at" in refused.err, refused.err
        assert export(tmp_path / "anna-export-refused") == anna

        server_rows(admin_url, f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")
        partial = server_rows(pg_url, "SELECT count(*) FROM record_state")[0][0]
        assert partial < sum(len(v) for v in anna.values())
        again = run_cli("sync", "acme")
        assert again.code == 0, again.err
        assert "publishing it to the team stopped" not in again.err
        anna = export(tmp_path / "anna-export-2")
    finally:
        sandbox.stop()
    member(monkeypatch, tmp_path / "bernd")
    join(pg_url)
    assert run_cli("team", "pull").code == 0
    assert export(tmp_path / "bernd-export") == anna


def test_members_publish_and_pull_only_the_accounts_granted_to_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, pg_cluster: Any, sr_sandbox: RunningSandbox
) -> None:
    from sqlalchemy.engine import make_url

    from desktop.accounts import account_id_for
    from desktop.team import roles, schema

    admin = schema.engine_for(make_url(pg_url))
    schema.migrate(admin)
    suffix = os.urandom(4).hex()
    anna_role, carl_role = f"anna_{suffix}", f"carl_{suffix}"
    with admin.begin() as conn:
        roles.enable_row_security(conn)
        roles.create_member(conn, anna_role, "anna-secret", [account_id_for("smartrecruiters", "acme")])
        roles.create_member(conn, carl_role, "carl-secret", ["some-other-account"])
    database = make_url(pg_url).database
    try:
        member(monkeypatch, tmp_path / "anna")
        join(pg_cluster.url(database, user=anna_role, password="anna-secret"))
        add_account("smartrecruiters", "acme", sr_sandbox)
        synced = run_cli("sync", "acme")  # published as anna, through row-level security
        assert synced.code == 0, synced.err
        assert "publishing it to the team stopped" not in synced.err
        assert server_rows(pg_url, "SELECT count(*) FROM candidates")[0][0] > 0

        member(monkeypatch, tmp_path / "carl")
        join(pg_cluster.url(database, user=carl_role, password="carl-secret"))
        pulled = run_cli("team", "pull")
        assert pulled.code == 0, pulled.err
        assert "holds no account you may see" in pulled.out
        assert run_cli("team", "pull", "acme").code == 2  # not his to see: no such account for him
        assert run_cli("accounts", "list").out.count("acme") == 0
    finally:
        with admin.begin() as conn:
            for role in (anna_role, carl_role):
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def test_leaving_the_team_stops_tracking_and_another_server_gets_the_account_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, pg_cluster: Any, sr_sandbox: RunningSandbox
) -> None:
    from desktop import paths
    from desktop.cache.db import open_reader
    from tests.conftest import pg_admin

    def local(sql: str) -> Any:
        reader = open_reader(paths.cache_path())
        try:
            return reader.execute(sql).fetchone()[0]
        finally:
            reader.close()

    member(monkeypatch, tmp_path / "anna")
    join(pg_url)
    add_account("smartrecruiters", "acme", sr_sandbox)
    assert run_cli("sync", "acme").code == 0
    on_first = server_rows(pg_url, "SELECT count(*) FROM team_changes")[0][0]
    assert run_cli("team", "disconnect").code == 0
    assert local("SELECT count(*) FROM team_changes") == 0
    assert run_cli("sync", "acme", "--wait").code == 2  # no team to wait for: says so
    assert run_cli("sync", "acme", "--full").code == 0  # alone now: nothing is tracked
    assert local("SELECT count(*) FROM team_changes") == 0

    other = f"t_{os.urandom(6).hex()}"
    with pg_admin(pg_cluster) as admin:
        admin.execute(f"CREATE DATABASE {other}")
    try:
        join(pg_cluster.url(other))
        synced = run_cli("sync", "acme")
        assert synced.code == 0, synced.err
        assert server_rows(pg_cluster.url(other), "SELECT count(*) FROM team_changes")[0][0] == on_first
    finally:
        with pg_admin(pg_cluster) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {other} WITH (FORCE)")


def test_an_interrupted_sync_publishes_what_it_committed_and_frees_the_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str
) -> None:
    from desktop import paths
    from desktop.cache.db import open_reader

    sandbox = slow_sandbox()
    try:
        anna = anna_starts_syncing(tmp_path, pg_url, sandbox)
        try:
            wait_for(lambda: server_rows(pg_url, "SELECT 1 FROM record_state"), "anna's first publish")
            anna.send_signal(signal.SIGINT)  # Ctrl+C
            _, err = anna.communicate(timeout=60)
        finally:
            if anna.poll() is None:
                anna.kill()
                anna.wait()
    finally:
        sandbox.stop()
    assert anna.returncode == 130, err
    assert "Interrupted" in err
    assert server_rows(pg_url, "SELECT count(*) FROM team_sync") == [(0,)]  # released, not left to die
    member(monkeypatch, tmp_path / "anna")
    reader = open_reader(paths.cache_path())
    try:
        local = reader.execute("SELECT count(*) FROM record_state").fetchone()[0]
        states = reader.execute("SELECT count(*) FROM sync_state").fetchone()[0]
    finally:
        reader.close()
    assert server_rows(pg_url, "SELECT count(*) FROM record_state") == [(local,)]
    assert server_rows(pg_url, "SELECT count(*) FROM sync_state") == [(states,)]
