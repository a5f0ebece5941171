"""A tenant missing one model, end to end through the CLI: ``sandbox serve --without MODEL`` → ``accounts
add`` → ``accounts test --json`` names exactly that capability ``not_found`` → ``sync`` saves the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.doctor import EXIT_DEGRADED
from tests.conftest import read_export, run_cli


@contextmanager
def served(vendor: str, *without: str) -> Iterator[dict[str, Any]]:
    """``recruiter-companion sandbox serve VENDOR --without …`` in its own process; yields its JSON line."""
    args = [sys.executable, "-m", "desktop", "sandbox", "serve", vendor, "--port", "0", "--size", "tiny"]
    args += ["--rate-limit", "2000"]
    for model in without:
        args += ["--without", model]
    server = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert line, server.stderr.read() if server.stderr else ""
        yield json.loads(line)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    ("vendor", "model", "stream", "path", "kept"),
    [
        (
            "smartrecruiters",
            "candidates",
            "candidates",
            "/candidates",
            {"users", "jobs", "rejection_reasons"},
        ),
        # CareerPlug derives candidates and stages from /apps: applications take them along.
        ("careerplug", "applications", "apps", "/apps", {"users", "jobs", "screening_questions"}),
    ],
)
def test_without_one_model_the_doctor_names_it_and_sync_saves_the_rest(
    app_home: Path, tmp_path: Path, vendor: str, model: str, stream: str, path: str, kept: set[str]
) -> None:
    with served(vendor, model) as first:
        added = run_cli("accounts", "add", vendor, "--name", "acme", stdin=json.dumps(first["account"]))
        assert added.code == 0, added.err

        tested = run_cli("accounts", "test", "acme", "--json")
        assert tested.code == EXIT_DEGRADED, tested.err
        caps = tested.json()["capabilities"]
        missing = [c for c in caps if c["kind"] == "stream" and c["status"] != "ok"]
        assert [(c["name"], c["status"]) for c in missing] == [(model, "not_found")]
        assert path in missing[0]["detail"]
        for action in (c for c in caps if c["kind"] == "action" and c["status"] not in ("ok", "unsupported")):
            assert action["status"] == "not_found" and model in action["detail"], action
            assert "does not serve" in action["detail"]
        assert any(c["kind"] == "action" and c["status"] == "ok" for c in caps)

        synced = run_cli("sync", "acme", "--json")
        assert synced.code != 0
        report = synced.json()
        failed = [s for s in report["streams"] if s["error"]]
        assert [s["stream"] for s in failed] == [stream] and path in failed[0]["error"]
        assert f"acme/{stream}" in synced.err and "0 records, 0 pages failed" in synced.err
        assert path in synced.err

        out = tmp_path / "export"
        assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
        data = read_export(out)
        assert all(data[name] for name in kept), {name: len(data[name]) for name in kept}
        assert not data[model]


def test_a_model_a_sandbox_cannot_switch_off_is_refused_with_the_list(app_home: Path) -> None:
    result = run_cli("sandbox", "serve", "careerplug", "--without", "candidates")
    assert result.code == 2
    assert "cannot switch off candidates" in result.err
    assert "applications, jobs, users" in result.err
