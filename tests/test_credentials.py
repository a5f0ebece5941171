"""Credentials per data folder, a missing keyring entry, a locked keyring, the sandbox's line piped in."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.errors
import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.paths import SERVICE
from desktop.secrets import LOCKED, refused
from tests.conftest import run_cli, start_sandbox


def _use_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))


def test_two_data_folders_keep_their_own_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_keyring: bool
) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside tools/with-keyring.sh)")
    first, second = start_sandbox("smartrecruiters", seed=1), start_sandbox("smartrecruiters", seed=2)
    try:
        assert first.account["api_key"] != second.account["api_key"]
        for home, sandbox in ((tmp_path / "a", first), (tmp_path / "b", second)):
            _use_home(monkeypatch, home)
            added = run_cli(
                "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sandbox.account)
            )
            assert added.code == 0, added.err
        for home in (tmp_path / "a", tmp_path / "b"):
            _use_home(monkeypatch, home)
            synced = run_cli("sync", "acme")
            assert synced.code == 0, f"{home.name}: {synced.err}"
        _use_home(monkeypatch, tmp_path / "a")
        assert run_cli("accounts", "remove", "acme").code == 0
        _use_home(monkeypatch, tmp_path / "b")
        synced = run_cli("sync", "acme")
        assert synced.code == 0, "removing the account in one data folder must not remove the other's"
    finally:
        first.stop()
        second.stop()


def test_an_entry_of_an_earlier_version_moves_under_the_profile(
    app_home: Path, sr_sandbox: RunningSandbox, real_keyring: bool
) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside tools/with-keyring.sh)")
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    account_id = json.loads(run_cli("accounts", "list", "--json").out)[0]["id"]
    user = f"{paths.profile_id()}/{account_id}"
    # As version 0.1 stored it: under the bare account id.
    keyring.set_password(SERVICE, account_id, keyring.get_password(SERVICE, user) or "")
    keyring.delete_password(SERVICE, user)
    assert run_cli("sync", "acme").code == 0
    assert keyring.get_password(SERVICE, user) is not None
    assert keyring.get_password(SERVICE, account_id) is None


def test_a_missing_keyring_entry_says_how_to_enter_it_again(
    app_home: Path, sr_sandbox: RunningSandbox, real_keyring: bool
) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside tools/with-keyring.sh)")
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    account_id = json.loads(run_cli("accounts", "list", "--json").out)[0]["id"]
    keyring.delete_password(SERVICE, f"{paths.profile_id()}/{account_id}")  # a keyring reset
    for command in (("sync", "acme"), ("accounts", "test", "acme")):
        result = run_cli(*command)
        assert result.code == 2, result.err
        assert "KeyError" not in result.err and "Traceback" not in result.err
        assert "are not in the system keyring" in result.err
        assert "accounts edit acme --credentials" in result.err
    entered = run_cli("accounts", "edit", "acme", "--credentials", stdin=json.dumps(sr_sandbox.account))
    assert entered.code == 0, entered.err
    assert run_cli("sync", "acme").code == 0


def test_credentials_given_again_are_checked(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    assert (
        run_cli(
            "accounts", "add", "smartrecruiters", "--name", "acme", stdin=json.dumps(sr_sandbox.account)
        ).code
        == 0
    )
    result = run_cli("accounts", "edit", "acme", "--credentials", stdin=json.dumps({"base_url": "x"}))
    assert result.code == 2 and "No credentials given" in result.err


def test_a_locked_keyring_is_named_with_what_to_do() -> None:
    error = refused("store credentials", keyring.errors.KeyringLocked("Failed to unlock the collection!"))
    assert str(error) == LOCKED
    assert "unlock" in LOCKED.lower() and "nothing was changed" in LOCKED


def test_accounts_add_takes_the_line_sandbox_serve_prints(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    line = json.dumps(
        {"vendor": "smartrecruiters", "base_url": sr_sandbox.base_url, "account": sr_sandbox.account}
    )
    added = run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=line)
    assert added.code == 0, added.err
    assert run_cli("sync", "acme").code == 0
    wrong = run_cli("accounts", "add", "carerix", "--name", "other", stdin=line)
    assert wrong.code == 2 and "for a smartrecruiters sandbox, not carerix" in wrong.err


def test_a_write_waits_for_credentials_lost_from_the_keyring(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path, real_keyring: bool
) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside tools/with-keyring.sh)")
    from tests.test_smartrecruiters_writes import an_application, stage_id

    application, _candidate, _stage = an_application(not_stage="INTERVIEW")
    move = tmp_path / "move.json"
    move.write_text(json.dumps({"application_id": application, "stage_id": stage_id("INTERVIEW")}))
    account_id = json.loads(run_cli("accounts", "list", "--json").out)[0]["id"]
    keyring.delete_password(SERVICE, f"{paths.profile_id()}/{account_id}")

    queued = run_cli("act", "move-application-to-stage", "--account", "acme", "--input", str(move))
    assert queued.code == 0, queued.err
    assert queued.json()["status"] == "queued"
    assert "not in the system keyring" in queued.json()["error"]

    assert (
        run_cli("accounts", "edit", "acme", "--credentials", stdin=json.dumps(sr_sandbox.account)).code == 0
    )
    sent = run_cli("outbox", "flush")
    assert sent.code == 0, sent.err
    assert sent.json()["sent"] == 1
    assert run_cli("outbox", "list", "--pending", "--json").json() == []
