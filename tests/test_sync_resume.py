"""A sync killed mid-way (SIGKILL) and run again ends in the same cache as a clean sync."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from desktop.cache import crypt
from tests.conftest import read_export, run_cli, start_sandbox


def _strip_times(data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {m: [{k: v for k, v in r.items() if k != "changed_at"} for r in rows] for m, rows in data.items()}


def test_killed_sync_resumes_to_the_same_cache_as_a_clean_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = start_sandbox("smartrecruiters", size="small")
    try:
        # Slow every answer a little so the kill lands while pages are still being written.
        httpx.put(f"{sandbox.base_url}/_sandbox/faults", json={"latency_ms": 15}).raise_for_status()
        account = json.dumps(sandbox.account)

        clean_home = tmp_path / "clean"
        monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(clean_home))
        assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
        assert run_cli("sync", "acme").code == 0
        assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "clean-out")).code == 0

        killed_home = tmp_path / "killed"
        monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(killed_home))
        assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "sync", "acme"],
            env=os.environ.copy(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        db = killed_home / "cache.sqlite3"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with crypt.connect(db) as conn:
                if conn.execute("SELECT count(*) FROM candidates").fetchone()[0] > 0:
                    break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with crypt.connect(db) as conn:
            cut = conn.execute("SELECT count(*) FROM sync_state WHERE in_progress=1").fetchone()[0]
            # Or cut off in phase 2 of a progressive stream: list items still waiting for their details.
            cut += conn.execute(
                "SELECT count(DISTINCT stream) FROM enrich_items WHERE item IS NOT NULL"
            ).fetchone()[0]
            partial = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
        assert cut >= 1, "the kill landed after the sync finished; nothing was tested"
        result = run_cli("sync", "acme")
        assert result.code == 0, result.err
        assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "killed-out")).code == 0
        clean = _strip_times(read_export(tmp_path / "clean-out"))
        resumed = _strip_times(read_export(tmp_path / "killed-out"))
        assert resumed == clean
        print(
            f"killed with {partial} applications stored and {cut} streams in progress; "
            "resumed to an identical cache"
        )
    finally:
        sandbox.stop()
