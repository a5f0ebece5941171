"""The activity log says what each sync, write and failure did, in ids and figures, never personal data."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.activity import PrivateRotatingFileHandler, scrub
from tests.conftest import read_export, run_cli
from tests.test_smartrecruiters_writes import an_application


def _log() -> str:
    return paths.log_path().read_text(encoding="utf-8")


def test_a_sync_a_refused_sync_and_a_failed_write_are_logged_without_personal_data(
    synced_sr: str, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    account = json.loads(run_cli("accounts", "list", "--json").out)[0]
    text = _log()
    assert f"sync start account={account['id']} vendor=smartrecruiters" in text
    assert f"sync end account={account['id']} vendor=smartrecruiters ok=True" in text

    # Credentials the vendor refuses (401): the failure is logged, with the account's id.
    assert (
        run_cli(
            "accounts", "edit", "acme", "--credentials", stdin=json.dumps({"api_key": "wrong-key-1"})
        ).code
        == 0
    )
    run_cli("sync", "acme")
    assert f"sync end account={account['id']} vendor=smartrecruiters ok=False" in _log()
    assert "sync stream failed" in _log()
    assert "wrong-key-1" not in _log()

    # A write the vendor refuses for good (the same refused credentials).
    application, _candidate, _stage = an_application()
    note = tmp_path / "note.json"
    note.write_text(json.dumps({"application_id": application, "content": "Great call"}))
    refused = run_cli("act", "add-note-to-application", "--account", "acme", "--input", str(note))
    assert refused.code != 0, refused.out
    assert "action=add-note-to-application state=failed" in _log()
    assert (
        run_cli("accounts", "edit", "acme", "--credentials", stdin=json.dumps(sr_sandbox.account)).code == 0
    )

    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "out")).code == 0
    people = read_export(tmp_path / "out")["candidates"]
    assert people
    text = _log()
    for person in people:
        for value in (person.get("first_name"), person.get("last_name")):
            if value and len(value) > 3:
                assert value not in text, f"a candidate's name is in the log: {value}"
        for mail in person.get("email_addresses") or []:
            assert mail["email_address"] not in text


def test_vendor_error_texts_lose_what_identifies_a_person() -> None:
    said = "Candidate 'Ann Example' with e-mail ann@example.org and phone +31 20 123 4567 exists already"
    cleaned = scrub(said)
    assert "ann@example.org" not in cleaned and "Ann Example" not in cleaned and "123 4567" not in cleaned
    assert "exists already" in cleaned


def test_a_rolled_over_log_file_is_created_private(tmp_path: Path) -> None:

    previous = os.umask(0o022)
    handler = PrivateRotatingFileHandler(tmp_path / "a.log", maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("tests.activity.rollover")
    logger.addHandler(handler)
    try:
        for n in range(20):
            logger.warning("line %d %s", n, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
        os.umask(previous)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 3
    assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {f.name: 0o600 for f in files}


def test_the_log_goes_to_the_data_folder_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("first", "second"):
        monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / name))
        assert run_cli("sync", "nobody").code != 0
        assert paths.log_path().exists(), f"nothing logged into the {name} data folder"


def test_addresses_and_dates_in_an_error_are_kept_for_the_diagnosis() -> None:
    said = "Cannot reach SmartRecruiters at 127.0.0.1:9 since 2026-12-05 03:04 (call +49 30 1234567)"
    assert scrub(said) == "Cannot reach SmartRecruiters at 127.0.0.1:9 since 2026-12-05 03:04 (call <phone>)"
