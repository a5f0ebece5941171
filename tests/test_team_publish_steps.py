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


def _anna_syncs_acme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sandbox: RunningSandbox
) -> None:
    """Member Anna joins the team and syncs account acme (publishing it as she goes)."""
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "anna"))
    assert run_cli("team", "connect", pg_url).code == 0
    add_account("smartrecruiters", "acme", sandbox)
    synced = run_cli("sync", "acme")
    assert synced.code == 0, synced.err


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
    _anna_syncs_acme(tmp_path, monkeypatch, pg_url, sr_sandbox)
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


def test_after_a_large_step_the_writer_checkpoints_the_whole_wal_and_starts_it_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_url: str, sr_sandbox: RunningSandbox
) -> None:
    from desktop.cache.writer import CacheWriter
    from desktop.team import publish

    monkeypatch.setattr(publish, "ROUND_ROWS", 50)
    monkeypatch.setattr(publish, "CHECKPOINT_ROWS", 20)
    seen: list[tuple[int, int, int]] = []  # (busy, WAL pages, pages copied) per checkpoint

    def watched(self: CacheWriter) -> None:
        with self.engine.connect() as conn:
            busy, pages, copied = conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
        seen.append((int(busy), int(pages), int(copied)))

    monkeypatch.setattr(CacheWriter, "_checkpoint", watched)
    _anna_syncs_acme(tmp_path, monkeypatch, pg_url, sr_sandbox)

    assert len(seen) >= 3, seen
    # On the writer's thread, with no snapshot of the round open, the whole WAL is copied every time...
    assert all(busy == 0 and copied == pages for busy, pages, copied in seen), seen
    # ... and the writer's next transaction starts it over (SQLite's own checkpoint waits for 16384
    # pages, which this sync never writes): fewer pages at a later checkpoint than at the one before.
    assert any(later[1] < earlier[1] for earlier, later in zip(seen, seen[1:], strict=False)), seen
