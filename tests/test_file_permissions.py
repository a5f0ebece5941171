"""Files and folders we create are ours alone (0600/0700); a folder the user chose is left as it is."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop import paths
from tests.conftest import run_cli


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def open_umask() -> object:
    previous = os.umask(0o022)  # the usual desktop umask: 0644 files, 0755 folders
    yield
    os.umask(previous)


def test_exports_logs_and_the_cache_are_private(synced_sr: str, tmp_path: Path, open_umask: object) -> None:
    out = tmp_path / "export"
    assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
    assert _mode(out) == 0o700
    files = list(out.iterdir())
    assert files and all(_mode(f) == 0o600 for f in files), {f.name: oct(_mode(f)) for f in files}
    assert _mode(paths.log_path().parent) == 0o700
    assert _mode(paths.log_path()) == 0o600
    assert _mode(paths.cache_path()) == 0o600
    assert _mode(paths.home() / "profile") == 0o600


def test_an_existing_shared_folder_chosen_as_data_folder_is_not_chmodded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "team-share"
    shared.mkdir()
    shared.chmod(0o775)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(shared))
    assert run_cli("accounts", "list").code == 0
    assert _mode(shared) == 0o775
    assert paths.open_to_others(shared)
    assert _mode(paths.cache_path()) == 0o600, "the cache inside it is still private"


def test_a_new_data_folder_is_created_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_umask: object
) -> None:
    home = tmp_path / "new" / "home"
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
    assert run_cli("accounts", "list").code == 0
    assert _mode(home) == 0o700


def test_an_export_folder_that_cannot_be_written_is_a_clear_error(synced_sr: str, tmp_path: Path) -> None:
    as_file = tmp_path / "a-file"
    as_file.write_text("x")
    result = run_cli("export", "--account", "acme", "--out", str(as_file))
    assert result.code == 2 and "Cannot write the export" in result.err and "Traceback" not in result.err
    assert as_file.read_text() == "x"
    if os.geteuid() == 0:
        return  # root writes into read-only folders: the rest cannot be shown as root
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run_cli("export", "--account", "acme", "--out", str(locked / "out"))
        assert result.code == 2 and "Cannot write the export" in result.err
    finally:
        locked.chmod(0o700)


def test_a_shared_data_folder_is_reported_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "team-share"
    shared.mkdir()
    shared.chmod(0o755)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(shared))
    result = run_cli("accounts", "list")
    assert result.code == 0
    assert f"the data folder {shared} can be read by other users" in result.err
    assert f"chmod 700 {shared}" in result.err
    assert _mode(shared) == 0o755


def test_a_private_data_folder_is_not_warned_about(app_home: Path) -> None:
    assert run_cli("accounts", "list").code == 0
    assert "warning" not in run_cli("accounts", "list").err


def test_every_file_and_folder_in_the_data_folder_is_private(
    synced_sr: str, tmp_path: Path, open_umask: object
) -> None:
    """After a sync, a split, a saved search, a forget and an access export: nothing under the data
    folder is readable by others (issue 15.5)."""
    from desktop import saved_searches
    from desktop.saved_searches import SavedSearch
    from tests.test_smartrecruiters_writes import rows

    cid, email = next(
        (r[0], json.loads(r[1])[0]["email_address"])
        for r in rows("SELECT id, email_addresses FROM candidates WHERE email_addresses != '[]' ORDER BY id")
    )
    other = rows("SELECT id FROM candidates WHERE id != ? LIMIT 1", cid)[0][0]
    assert run_cli("people", "--split", other).code == 0
    from desktop.core import Core

    core = Core.open()
    try:
        saved_searches.save(core.engine, [SavedSearch("mine", "candidates", "anna")])
    finally:
        core.close()
    out = tmp_path / "person.zip"
    assert run_cli("privacy", "export", "--email", email, "--out", str(out)).code == 0
    assert _mode(out) == 0o600
    assert run_cli("privacy", "forget", "--candidate", cid, "--yes").code == 0
    loose = {
        str(p.relative_to(paths.home())): oct(_mode(p))
        for p in [paths.home(), *paths.home().rglob("*")]
        if _mode(p) != (0o700 if p.is_dir() else 0o600)
    }
    assert not loose, loose
    assert "people-splits.json" in {p.name for p in paths.home().iterdir()}
