"""Team sync (issue 17): each member keeps its own embedded cache; the member holding an account's lock
syncs it and publishes to the team's PostgreSQL, the others pull. Members here are data folders of
their own (RECRUITER_COMPANION_HOME) on one server, driven through the CLI, in this process or as
separate processes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, read_export, run_cli

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


def reset_requests(sandbox: RunningSandbox) -> None:
    httpx.delete(f"{sandbox.base_url}/_sandbox/requests", timeout=10)


def server_rows(pg_url: str, sql: str) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        return list(conn.execute(sql).fetchall())


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

    member(monkeypatch, tmp_path / "bernd")
    join(pg_url)
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

    # A change at the vendor: anna's next (delta) sync publishes what it wrote (the changed record, the
    # resume marks, the record state of what it re-read), bernd pulls only that.
    candidate = anna["candidates"][0]
    with httpx.Client(base_url=f"{sr_sandbox.base_url}/_sandbox", timeout=10) as control:
        control.patch(f"/records/candidates/{candidate['remote_id']}", json={"firstName": "Renamed"})
    member(monkeypatch, tmp_path / "anna")
    again = run_cli("sync", "acme")
    assert again.code == 0, again.err
    anna = export(tmp_path / "anna-export-2")
    member(monkeypatch, tmp_path / "bernd")
    second = run_cli("team", "pull", "acme")
    assert second.code == 0, second.err
    count = int(second.out.split("pulled ")[1].split()[0])
    assert 0 < count < first / 4, second.out
    assert export(tmp_path / "bernd-export-2") == anna
    assert any(c["first_name"] == "Renamed" for c in anna["candidates"])
