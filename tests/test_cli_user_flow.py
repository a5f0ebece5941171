"""The issue's flow as a user types it, each command its own process: serve, add, sync, export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import read_export, run_cli_process


def test_serve_add_sync_export_in_separate_processes(app_home: Path, tmp_path: Path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "serve", "smartrecruiters", "--port", "0",
         "--size", "tiny", "--rate-limit", "2000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        first = json.loads(server.stdout.readline())
        assert set(first) == {"vendor", "base_url", "account"}
        assert first["vendor"] == "smartrecruiters" and first["account"]["base_url"] == first["base_url"]
        added = run_cli_process("accounts", "add", "smartrecruiters", "--name", "acme",
                                stdin=json.dumps(first["account"]))
        assert added.code == 0, added.err
        synced = run_cli_process("sync", "acme")
        assert synced.code == 0, synced.err
        assert "candidates" in synced.err and "read" in synced.err
        out = str(tmp_path / "x")
        exported = run_cli_process("export", "--account", "acme", "--format", "jsonl", "--out", out)
        assert exported.code == 0, exported.err
        data = read_export(tmp_path / "x")
        assert len(data) == 17 and data["candidates"] and data["applications"]
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert server.returncode == 0
