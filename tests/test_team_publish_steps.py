"""Publish rounds in steps (issue 17): a round holds a read snapshot of the cache for at most
``publish.ROUND_ROWS`` changes of a group, so a large first publish beside a running sync cannot grow the
cache's WAL without end; the resume marks still go only after every record they stand for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, read_export, run_cli

pytestmark = pytest.mark.team


def _export(out: Path) -> dict[str, list[dict[str, Any]]]:
    result = run_cli("export", "--account", "acme", "--format", "jsonl", "--out", str(out))
    assert result.code == 0, result.err
    return read_export(out)


def test_a_round_larger_than_a_snapshot_goes_in_steps_records_first_and_another_member_pulls_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    from desktop.team import publish

    monkeypatch.setattr(publish, "ROUND_ROWS", 7)
    steps: list[tuple[tuple[str, ...], tuple[int, int], int]] = []
    publish_step = publish._publish

    def watched(reader: Any, server: Any, account_id: str, group: tuple[str, ...], *rest: Any) -> None:
        newest = reader.execute(
            "SELECT max(seq) FROM team_changes WHERE account_id = ?", (account_id,)
        ).fetchone()[0]
        steps.append((group, rest[0], int(newest)))
        publish_step(reader, server, account_id, group, *rest)

    monkeypatch.setattr(publish, "_publish", watched)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "anna"))
    assert run_cli("team", "connect", pg_url).code == 0
    add_account("smartrecruiters", "acme", sr_sandbox)
    synced = run_cli("sync", "acme")
    assert synced.code == 0, synced.err
    anna = _export(tmp_path / "anna-export")

    records = publish.GROUPS[0]
    assert sum(1 for group, _span, _newest in steps if group == records) > 20  # many snapshots, 7 at most
    assert {group for group, _span, _newest in steps} == set(publish.GROUPS)
    for before, step in zip(steps, steps[1:], strict=False):
        group, (after, _end), newest = step
        if group != records:
            # A resume group's step follows the group before it in the same snapshot, caught up to the
            # snapshot's newest change: the records it stands for are on the server already.
            assert before[0] == publish.GROUPS[publish.GROUPS.index(group) - 1], steps
            assert before[1][1] == before[2] == newest, (before, step)
    status = run_cli("team", "status", "--json")
    assert status.code == 0, status.err
    assert status.json()["accounts"][0]["to_publish"] == 0

    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "bernd"))
    assert run_cli("team", "connect", pg_url).code == 0
    pulled = run_cli("team", "pull")
    assert pulled.code == 0, pulled.err
    assert _export(tmp_path / "bernd-export") == anna


def test_between_snapshots_a_round_checkpoints_and_the_wal_starts_over(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    pg_url: str,
    sr_sandbox: RunningSandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from desktop.team import publish

    monkeypatch.setattr(publish, "ROUND_ROWS", 50)
    monkeypatch.setattr(publish, "WAL_RESTART_PAGES", 20)  # and RESTART whenever it holds 20 pages
    frames: list[int] = []  # the cache's WAL, in pages, each time a round is between two snapshots
    checkpoint = publish._checkpoint

    def watched(reader: Any) -> None:
        frames.append(int(reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]))
        checkpoint(reader)

    monkeypatch.setattr(publish, "_checkpoint", watched)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "anna"))
    assert run_cli("team", "connect", pg_url).code == 0
    add_account("smartrecruiters", "acme", sr_sandbox)
    synced = run_cli("sync", "acme")
    assert synced.code == 0, synced.err

    assert len(frames) >= 5
    # SQLite's own checkpoint waits for 16384 pages, which this sync never writes: the WAL starting over
    # (fewer pages than at the step before) is the rounds' doing.
    restarts = sum(1 for before, after in zip(frames, frames[1:], strict=False) if after < before)
    assert restarts >= 2, frames
    assert "checkpoint not done" not in caplog.text
