"""``kill -9`` during a sync, at seeded random points: the cache stays intact and the next sync heals it.

Each round starts ``recruiter-companion sync`` as a child process (as a user runs it) on a fresh data
folder and kills it (SIGKILL, no chance to clean up) after a random delay, one to three times in a row;
after every kill the cache must pass SQLite's ``PRAGMA integrity_check``. The round then syncs once more
and exports: the export must equal a clean sync's, with no record twice. The random delays come from
one seed, printed with the figures and in every failure message: ``KILL_SEED=<seed>`` replays a run,
``KILL_ROUNDS`` changes the number of rounds (10 in CI).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from connectors.sandbox.runner import RunningSandbox
from desktop.cache.db import open_engine
from tests.conftest import read_export, run_cli, start_sandbox
from tests.faults.exports import duplicates, without_times

ROUNDS = int(os.environ.get("KILL_ROUNDS", "10"))
#: Milliseconds the sandbox waits before each answer, so a sync lasts long enough to be cut anywhere.
LATENCY_MS = 10


@dataclass
class Figures:
    seed: int
    runs: int = 0
    kills: int = 0
    mid_sync: int = 0  # kills that landed while the child was still running (not after it had exited)
    cut: int = 0  # kills that left a sync unfinished in the cache (a stream in progress, details waiting)
    intact: int = 0
    equal: int = 0
    duplicates: int = 0

    def line(self) -> str:
        return (
            f"kill -9 campaign (KILL_SEED={self.seed}): runs={self.runs} kills={self.kills} "
            f"mid_sync={self.mid_sync} cut={self.cut} intact={self.intact}/{self.kills} "
            f"equal={self.equal}/{self.runs} dup={self.duplicates}"
        )


def _integrity(home: Path) -> tuple[str, bool]:
    """``PRAGMA integrity_check``'s answer, and whether the cache holds a sync cut off half-way."""
    engine = open_engine(home / "cache.sqlite3")
    try:
        with engine.connect() as conn:
            result = ", ".join(str(row[0]) for row in conn.execute(text("PRAGMA integrity_check")))
            unfinished = conn.execute(text("SELECT count(*) FROM sync_state WHERE in_progress=1")).scalar()
            waiting = conn.execute(text("SELECT count(*) FROM enrich_items WHERE item IS NOT NULL")).scalar()
        return result, bool(unfinished or waiting)
    finally:
        engine.dispose()


def _sync_command() -> list[str]:
    return [sys.executable, "-m", "desktop", "sync", "acme"]


def _timed_sync_process() -> float:
    started = time.monotonic()
    proc = subprocess.run(_sync_command(), env=os.environ.copy(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return time.monotonic() - started


def _kill_after(delay: float) -> bool:
    """Start a sync child and SIGKILL it after ``delay`` seconds; True when it was still running."""
    proc = subprocess.Popen(
        _sync_command(), env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=delay)
        return False  # it finished first: the round still counts (the kill found nothing to cut)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def _latency(sandbox: RunningSandbox, ms: int) -> None:
    httpx.put(f"{sandbox.base_url}/_sandbox/faults", json={"latency_ms": ms}).raise_for_status()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox("smartrecruiters", size="tiny")
    _latency(running, LATENCY_MS)
    yield running
    running.stop()


def test_kill_9_during_sync_leaves_an_intact_cache_and_the_next_sync_equals_a_clean_one(
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = int(os.environ.get("KILL_SEED", str(random.SystemRandom().randrange(1, 2**31))))
    rng = random.Random(seed)
    figures = Figures(seed)
    account = json.dumps(sandbox.account)

    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "clean"))
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    clean_seconds = _timed_sync_process()
    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "clean-out")).code == 0
    clean_export = read_export(tmp_path / "clean-out")
    assert duplicates(clean_export) == 0 and sum(len(rows) for rows in clean_export.values()) > 20
    clean = without_times(clean_export)

    for round_no in range(ROUNDS):
        home = tmp_path / f"round-{round_no}"
        monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
        assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
        figures.runs += 1
        for _ in range(rng.randint(1, 3)):
            # Anywhere from the child's start-up to the end of a whole clean sync.
            delay = rng.uniform(0.0, clean_seconds)
            figures.kills += 1
            figures.mid_sync += _kill_after(delay)
            result, cut = _integrity(home)
            figures.cut += cut
            where = f"round {round_no}, kill after {delay:.2f}s; {figures.line()}"
            assert result == "ok", f"integrity check failed ({result}); {where}"
            figures.intact += 1
        _latency(sandbox, 0)  # the healing sync need not be slow: nothing kills it
        healed = run_cli("sync", "acme")
        _latency(sandbox, LATENCY_MS)
        assert healed.code == 0, f"the sync after the kills failed: {healed.err}; {figures.line()}"
        out = tmp_path / f"round-{round_no}-out"
        assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
        export = read_export(out)
        dup = duplicates(export)
        figures.duplicates += dup
        assert dup == 0, f"{dup} records twice in round {round_no}; {figures.line()}"
        assert without_times(export) == clean, (
            f"round {round_no} differs from a clean sync; {figures.line()}"
        )
        figures.equal += 1

    records = sum(len(rows) for rows in clean.values())
    with capsys.disabled():  # the figures belong in CI's output, also when the test passes
        print(
            f"\n{figures.line()} ({records} records; a clean sync in a child process: {clean_seconds:.2f}s)"
        )
    assert figures.cut > 0, f"no kill cut a sync short; {figures.line()}"
