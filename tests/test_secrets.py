"""Credentials live in the OS keyring only: never in the cache, logs, exports or output."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.paths import SERVICE
from tests.conftest import run_cli


def _every_file_bytes(*roots: Path) -> bytes:
    return b"".join(p.read_bytes() for root in roots for p in root.rglob("*") if p.is_file())


def test_no_secret_on_disk_in_logs_or_output(
    app_home: Path, sr_sandbox: RunningSandbox, tmp_path: Path, real_keyring: bool
) -> None:
    secret = sr_sandbox.account["api_key"]
    outputs = []
    for args in (
        ("accounts", "add", "smartrecruiters", "--name", "acme"),
        ("accounts", "list", "--json"),
        ("accounts", "test", "acme"),
        ("sync", "acme", "--json"),
        ("export", "--account", "acme", "--out", str(tmp_path / "out")),
    ):
        result = run_cli(*args, stdin=json.dumps(sr_sandbox.account))
        assert result.code == 0, result.err
        outputs.append(result.out + result.err)
    assert secret not in "".join(outputs)
    assert secret.encode() not in _every_file_bytes(app_home, tmp_path / "out")
    assert (app_home / "cache.sqlite3").stat().st_mode & 0o077 == 0
    if real_keyring:
        accounts = json.loads(run_cli("accounts", "list", "--json").out)
        user = f"{paths.profile_id()}/{accounts[0]['id']}"
        assert json.loads(keyring.get_password(SERVICE, user) or "{}") == {"api_key": secret}


def test_oauth_secret_and_tokens_stay_out_of_files(app_home: Path, tmp_path: Path) -> None:
    from tests.conftest import start_sandbox

    sandbox = start_sandbox("smartrecruiters", auth="oauth")
    try:
        assert (
            run_cli(
                "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sandbox.account)
            ).code
            == 0
        )
        assert run_cli("sync", "acme").code == 0
        assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "out")).code == 0
        blob = _every_file_bytes(app_home, tmp_path / "out")
        assert sandbox.account["client_secret"].encode() not in blob
        assert b"Bearer" not in blob
    finally:
        sandbox.stop()


def test_removing_an_account_removes_its_credentials(
    app_home: Path, sr_sandbox: RunningSandbox, real_keyring: bool
) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside ../shared/tools/with-keyring)")
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    account_id = json.loads(run_cli("accounts", "list", "--json").out)[0]["id"]
    user = f"{paths.profile_id()}/{account_id}"
    assert keyring.get_password(SERVICE, user)
    assert run_cli("accounts", "remove", "acme").code == 0
    assert keyring.get_password(SERVICE, user) is None
    assert json.loads(run_cli("accounts", "list", "--json").out) == []
