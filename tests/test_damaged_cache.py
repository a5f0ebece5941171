"""A damaged cache is named with what to do, never a traceback and never silently replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.cache.health import DamagedCache, check_contents
from tests.conftest import add_account, run_cli, sync_account


def _truncated_mid_page(good: bytes) -> bytes:
    return good[:5000]


def _truncated_at_a_page(good: bytes) -> bytes:
    return good[:16384]


def _garbage_header(good: bytes) -> bytes:
    return b"\x13\x37" * 50 + good[100:]


def _text_file(good: bytes) -> bytes:
    return b"accounts:\n  - acme\n" * 10


def _empty(good: bytes) -> bytes:
    return b""


def _pages_overwritten(good: bytes) -> bytes:
    # The header and the schema page intact, the rest of the file garbage of the same length.
    return good[:4096] + bytes((i * 7919) % 251 for i in range(len(good) - 4096))


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated mid-page": _truncated_mid_page,
    "truncated at a page": _truncated_at_a_page,
    "garbage header": _garbage_header,
    "a text file": _text_file,
    "0 bytes": _empty,
    "pages overwritten": _pages_overwritten,
}


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """A real cache after a sync, as bytes (checkpointed: no WAL beside it), and the data folder's
    profile id: the cache is encrypted with a key kept in the keyring under that profile."""
    home = tmp_path_factory.mktemp("good")
    mp = pytest.MonkeyPatch()
    mp.setenv("RECRUITER_COMPANION_HOME", str(home))
    from tests.conftest import start_sandbox

    sandbox: RunningSandbox = start_sandbox("smartrecruiters")
    try:
        sync_account(add_account("smartrecruiters", "acme", sandbox))
        run_cli("accounts", "remove", "acme")  # its keyring entry goes; the file keeps its pages
        sync_account(add_account("smartrecruiters", "acme", sandbox))
        data = paths.cache_path().read_bytes()
        profile = (home / "profile").read_text()
        run_cli("accounts", "remove", "acme")
    finally:
        sandbox.stop()
        mp.undo()
    assert len(data) > 64 * 1024
    return data, profile


@pytest.fixture
def good_cache(app_home: Path, good: tuple[bytes, str]) -> bytes:
    """The good cache's bytes, with its profile in this test's data folder (so its key is found)."""
    paths.home()
    (app_home / "profile").write_text(good[1])
    return good[0]


def _unreadable(err: str, path: Path) -> bool:
    """The damaged-cache message, or (an encrypted cache whose first page is garbage: no key opens
    it, and no one can tell a wrong key from damage there) the locked-cache one."""
    return f"The cache {path} is damaged" in err or f"The cache {path} cannot be opened" in err


def _damage(kind: str, good: bytes) -> Path:
    path = paths.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(DAMAGE[kind](good))
    return path


@pytest.mark.parametrize("kind", DAMAGE)
@pytest.mark.parametrize(
    "command", [("accounts", "list"), ("sync", "acme"), ("export", "--account", "acme", "--out", "out")]
)
def test_every_command_names_the_damaged_file_and_changes_nothing(
    app_home: Path, good_cache: bytes, kind: str, command: tuple[str, ...]
) -> None:
    path = _damage(kind, good_cache)
    before = path.read_bytes()
    result = run_cli(*command)
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    assert _unreadable(result.err, path)
    assert "cache reset --keep-copy" in result.err
    assert path.read_bytes() == before, "a damaged cache must not be replaced or written"


@pytest.mark.parametrize("kind", DAMAGE)
def test_cache_check_finds_each_kind_read_only(app_home: Path, good_cache: bytes, kind: str) -> None:
    path = _damage(kind, good_cache)
    before = path.read_bytes()
    with pytest.raises(DamagedCache):
        check_contents(path)
    result = run_cli("cache", "check")
    assert result.code == 1 and _unreadable(result.err, path)
    assert path.read_bytes() == before


def test_a_sound_cache_passes_the_check(app_home: Path, good_cache: bytes) -> None:
    path = paths.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(good_cache)
    result = run_cli("cache", "check")
    assert result.code == 0 and "is sound" in result.out


def test_reset_keeps_a_copy_and_the_next_start_is_empty(app_home: Path, good_cache: bytes) -> None:
    path = _damage("garbage header", good_cache)
    damaged = path.read_bytes()
    assert run_cli("cache", "reset").code == 2, "reset without --keep-copy or --discard does nothing"
    assert path.read_bytes() == damaged
    result = run_cli("cache", "reset", "--keep-copy")
    assert result.code == 0, result.err
    kept = [p for p in path.parent.iterdir() if p.name.startswith(f"{path.name}.damaged-")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    listed = run_cli("accounts", "list")
    assert listed.code == 0 and "No accounts yet" in listed.out


def test_reset_discard_deletes_it(app_home: Path, good_cache: bytes) -> None:
    path = _damage("a text file", good_cache)
    assert run_cli("cache", "reset", "--discard").code == 0
    assert not path.exists()
    assert not [p for p in path.parent.iterdir() if ".damaged-" in p.name]


def test_self_test_checks_the_users_own_cache(app_home: Path, good_cache: bytes) -> None:
    from desktop import selftest

    _damage("truncated mid-page", good_cache)
    report = selftest.run()
    assert report.failed == "user"
    assert any("is damaged" in line for line in report.lines)


def test_the_window_offers_to_keep_a_copy_and_start_over(
    qtbot: object, app_home: Path, good_cache: bytes
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.damaged import DamagedCacheDialog

    path = _damage("0 bytes", good_cache)
    try:
        check_contents(path)
    except DamagedCache as exc:
        error = exc
    dialog = DamagedCacheDialog(error)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert str(path) in dialog.text() and "empty (0 bytes)" in dialog.text()
    assert dialog.defaultButton() is dialog.quit, "the safe choice is the default"
    dialog.start_over.click()
    assert dialog.chose_start_over()
    assert isinstance(dialog, QMessageBox)


def test_copying_a_sound_cache_elsewhere_is_not_damage(tmp_path: Path, good_cache: bytes) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(good_cache)
    (tmp_path / "profile").write_text((paths.home() / "profile").read_text())  # with its data folder
    check_contents(copy)
