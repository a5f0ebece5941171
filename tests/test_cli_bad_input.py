"""Bad input gets one clear line saying what to do, a non-zero exit, and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop.cache import crypt
from tests.conftest import run_cli


def _error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("recruiter-companion: error:")]
    assert len(lines) == 1, err
    return lines[0]


def _accounts(home: Path) -> int:
    db = home / "cache.sqlite3"
    if not db.exists():
        return 0
    with crypt.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM accounts").fetchone()[0]


def test_unknown_vendor(app_home: Path) -> None:
    result = run_cli("accounts", "add", "workday", "--name", "x", stdin="{}")
    assert result.code == 2 and "Unknown vendor 'workday'" in _error_line(result.err)
    assert "smartrecruiters" in result.err
    assert _accounts(app_home) == 0


def test_malformed_json_on_stdin(app_home: Path) -> None:
    result = run_cli("accounts", "add", "smartrecruiters", "--name", "x", stdin='{"api_key": ')
    assert result.code == 2 and "not valid JSON" in _error_line(result.err)
    assert _accounts(app_home) == 0


def test_missing_credential_fields(app_home: Path) -> None:
    result = run_cli("accounts", "add", "smartrecruiters", "--name", "x", stdin='{"client_id": "abc"}')
    assert result.code == 2 and "'api_key'" in _error_line(result.err)
    assert _accounts(app_home) == 0


def test_unknown_setting_is_named(app_home: Path) -> None:
    result = run_cli(
        "accounts", "add", "smartrecruiters", "--name", "x", stdin='{"api_key": "DCRA1-abcdef", "pw": 1}'
    )
    assert result.code == 2 and "'pw'" in _error_line(result.err)


def test_wrong_credentials_give_401_advice(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    account = {**sr_sandbox.account, "api_key": "DCRA1-wrongwrongwrongwrongwrong00"}
    assert (
        run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(account)).code == 0
    )
    test = run_cli("accounts", "test", "acme")
    assert test.code == 3 and "refused the credentials" in _error_line(test.err)
    sync = run_cli("sync", "acme")
    assert sync.code != 0 and "refused the credentials" in _error_line(sync.err)
    assert "wrongwrong" not in sync.err + sync.out + test.err


def test_unreachable_host(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    account = {**sr_sandbox.account, "base_url": "http://127.0.0.1:9"}
    assert (
        run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(account)).code == 0
    )
    result = run_cli("accounts", "test", "acme")
    assert result.code == 4 and "Cannot reach SmartRecruiters" in _error_line(result.err)
    sync = run_cli("sync", "acme")
    assert sync.code == 4 and "Cannot reach" in _error_line(sync.err)


def test_a_500_storm_fails_cleanly_and_keeps_what_was_saved(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    httpx.put(f"{sr_sandbox.base_url}/_sandbox/faults", json={"error_rate": 1.0}).raise_for_status()
    result = run_cli("sync", "acme")
    assert result.code == 4 and "keeps failing (HTTP 5" in _error_line(result.err)
    with crypt.connect(app_home / "cache.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    httpx.delete(f"{sr_sandbox.base_url}/_sandbox/faults").raise_for_status()
    assert run_cli("sync", "acme").code == 0


def test_unknown_account(app_home: Path) -> None:
    result = run_cli("sync", "nobody")
    assert result.code == 2 and "No account named 'nobody'" in _error_line(result.err)


def test_duplicate_name(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    account = json.dumps(sr_sandbox.account)
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    again = run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account)
    assert again.code == 2 and "exists already" in _error_line(again.err)


@pytest.mark.parametrize("url", ["ftp://x", "nonsense"])
def test_edit_rejects_a_bad_base_url(app_home: Path, sr_sandbox: RunningSandbox, url: str) -> None:
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    result = run_cli("accounts", "edit", "acme", "--base-url", url)
    assert result.code == 2 and "--base-url" in _error_line(result.err)


@pytest.mark.parametrize("name", ["a\x00b", "tab\tname", "line\nbreak"])
def test_a_control_character_in_an_account_name_is_refused(app_home: Path, name: str) -> None:
    result = run_cli(
        "accounts", "add", "smartrecruiters", "--name", name, stdin='{"api_key": "DCRA1-abcdef"}'
    )
    assert result.code == 2 and "account name contains a control character" in _error_line(result.err)
    assert _accounts(app_home) == 0
