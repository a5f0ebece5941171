"""The cache encrypted at rest (issue 15.1): nothing readable in the data folder after a sync, the
key in the keyring, a plain cache from v0.1.0 encrypted in place (also when killed half-way), and a
missing or wrong key said plainly, never silently replaced."""

from __future__ import annotations

import gzip
import json
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.cache import crypt
from desktop.cache.db import open_engine, open_reader
from desktop.cache.health import SQLITE_HEADER, DamagedCache, check_contents
from desktop.core import Core
from tests.conftest import add_account, run_cli, sync_account

FIXTURE = Path(__file__).parent / "fixtures" / "cache-v0.1.0.sqlite3.gz"


@pytest.fixture(autouse=True)
def _keyring_needed(real_keyring: bool) -> None:
    if not real_keyring:
        pytest.skip("needs a real keyring (run inside tools/with-keyring.sh)")
    crypt.forget_keys()  # keys read by earlier tests of this process belong to other data folders


def _key_user(folder: Path) -> str:
    return f"{paths.profile_id(folder)}/{crypt.KEY_USER}"


def _plain_copy_of_v0_1_0(folder: Path) -> Path:
    cache = folder / "cache.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(FIXTURE, "rb") as packed, cache.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return cache


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _people(conn: sqlite3.Connection) -> list[str]:
    """Every candidate's full name and e-mail address in the cache: what must not be on disk readable."""
    found: list[str] = []
    for first, last, emails in conn.execute("SELECT first_name, last_name, email_addresses FROM candidates"):
        if first and last:
            found.append(f"{first} {last}")
        found += [e["email_address"] for e in json.loads(emails or "[]") if e.get("email_address")]
    return found


def test_after_a_sync_no_name_or_email_is_readable_in_any_file(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    sync_account(add_account("smartrecruiters", "acme", sr_sandbox))
    cache = paths.cache_path()
    with open_reader(cache) as conn:  # the app reads it as usual
        people = _people(conn)
    assert len(people) > 20
    files = [p for p in app_home.rglob("*") if p.is_file()]
    assert any(p.name == "recruiter-companion.log" for p in files), "the log is searched too"
    for path in files:
        data = path.read_bytes()
        for value in people:
            for encoded in (value.encode(), value.encode("utf-16-le")):
                assert encoded not in data, f"{value!r} readable in {path.name}"
    assert not cache.read_bytes().startswith(SQLITE_HEADER)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(cache).execute("SELECT count(*) FROM candidates").fetchone()
    assert keyring.get_password(paths.SERVICE, _key_user(app_home)) is not None
    listed = run_cli("search", people[0].split("@")[0].split()[0], "--json")
    assert listed.code == 0 and json.loads(listed.out), "the CLI searches it normally"


def test_a_v0_1_0_plain_cache_is_encrypted_in_place_with_every_row(tmp_path: Path) -> None:
    cache = _plain_copy_of_v0_1_0(tmp_path)
    with sqlite3.connect(cache) as plain:
        before = _counts(plain)
    engine = open_engine(cache)
    engine.dispose()
    assert not cache.read_bytes().startswith(SQLITE_HEADER)
    assert sorted(p.name for p in tmp_path.iterdir() if "encrypting" in p.name) == []
    assert cache.stat().st_mode & 0o077 == 0
    with crypt.connect(cache) as conn:
        after = _counts(conn)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        hits = conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'a*'").fetchone()[0]
    assert hits > 0, "the full-text index came across and answers"
    for table, rows in before.items():
        assert after[table] == rows, table  # the migrations after it only add tables and rows
    check_contents(cache)


def test_without_its_key_the_cache_is_not_opened_nor_replaced(
    app_home: Path, sr_sandbox: RunningSandbox
) -> None:
    sync_account(add_account("smartrecruiters", "acme", sr_sandbox))
    cache = paths.cache_path()
    keyring.delete_password(paths.SERVICE, _key_user(app_home))
    crypt.forget_keys()
    before = cache.read_bytes()
    for command in (("accounts", "list"), ("cache", "check"), ("search", "anna")):
        result = run_cli(*command)
        assert result.code == 1, result.err
        assert "Traceback" not in result.err
        assert f"The cache {cache} cannot be opened" in result.err
        assert "its key is not in the system keyring" in result.err
        assert "cache reset --keep-copy" in result.err
    assert cache.read_bytes() == before
    with pytest.raises(crypt.CacheLocked):
        Core.open()
    # Starting over: the locked file is kept, a new key is made, the account is added and synced again.
    assert run_cli("cache", "reset", "--keep-copy").code == 0
    assert [p for p in app_home.iterdir() if ".damaged-" in p.name]
    assert run_cli("accounts", "list").code == 0
    sync_account(add_account("smartrecruiters", "acme", sr_sandbox))


def test_a_wrong_key_is_said_and_changes_nothing(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    sync_account(add_account("smartrecruiters", "acme", sr_sandbox))
    cache = paths.cache_path()
    keyring.set_password(paths.SERVICE, _key_user(app_home), secrets.token_hex(32))
    crypt.forget_keys()
    before = cache.read_bytes()
    result = run_cli("sync", "acme")
    assert result.code == 1 and "cannot be decrypted with the key kept in the system keyring" in result.err
    assert cache.read_bytes() == before


def test_a_keyring_entry_that_is_no_key_is_said(app_home: Path) -> None:
    assert run_cli("accounts", "list").code == 0  # the cache and its key made
    keyring.set_password(paths.SERVICE, _key_user(app_home), "'; DROP TABLE accounts; --")
    crypt.forget_keys()
    result = run_cli("accounts", "list")
    assert result.code == 1 and "not a key this app made" in result.err and "Traceback" not in result.err


def test_the_window_offers_to_start_over_for_a_locked_cache(qtbot: object, tmp_path: Path) -> None:
    from desktop.ui.damaged import DamagedCacheDialog

    error = crypt.CacheLocked(tmp_path / "cache.sqlite3", "its key is not in the system keyring")
    dialog = DamagedCacheDialog(error)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "The cache cannot be unlocked"
    assert "its key is not in the system keyring" in dialog.text()
    assert "sync" in dialog.informativeText() and dialog.defaultButton() is dialog.quit


def test_a_damaged_page_of_an_encrypted_cache_is_named_by_the_check(tmp_path: Path) -> None:
    cache = _plain_copy_of_v0_1_0(tmp_path)
    open_engine(cache).dispose()
    data = bytearray(cache.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)  # one page's bytes zeroed: its HMAC fails
    cache.write_bytes(bytes(data))
    with pytest.raises(DamagedCache, match="is damaged"):
        check_contents(cache)


def test_without_any_keyring_the_cache_stays_plain_and_says_so(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "RECRUITER_COMPANION_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (home / "cache.sqlite3").read_bytes().startswith(SQLITE_HEADER)
    log = (home / "logs" / "recruiter-companion.log").read_text()
    assert "stays unencrypted" in log
    # An encrypted cache (made where a keyring was) is not opened as plain nor replaced without one.
    shutil.rmtree(home)
    home.mkdir()
    cache = _plain_copy_of_v0_1_0(home)
    open_engine(cache).dispose()
    before = cache.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "accounts", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and "no system keyring is available here" in proc.stderr, proc.stderr
    assert cache.read_bytes() == before


_MIGRATE = (
    "import sys, time; from pathlib import Path; from desktop.cache.db import open_engine; "
    "print('go', flush=True); t = time.monotonic(); open_engine(Path(sys.argv[1])).dispose(); "
    "print(time.monotonic() - t, flush=True)"
)


def _inflated_plain_cache(folder: Path) -> Path:
    """The v0.1.0 cache with a few MB more in it, so its encryption lasts long enough to be cut."""
    cache = _plain_copy_of_v0_1_0(folder)
    with sqlite3.connect(cache) as conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO filler (body) VALUES (?)", (("x" * 2000,) for _ in range(8000)))
    return cache


def _migrate_in_child(cache: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _MIGRATE, str(cache)], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "go"
    return proc


def test_kill_9_during_the_migration_loses_nothing(tmp_path: Path) -> None:
    template = _inflated_plain_cache(tmp_path / "template")
    with sqlite3.connect(template) as conn:
        expected = _counts(conn)
    # How long one uninterrupted migration takes here, then kills spread over that span.
    timing = tmp_path / "timing"
    shutil.copytree(template.parent, timing)
    proc = _migrate_in_child(timing / "cache.sqlite3")
    out, _ = proc.communicate(timeout=120)
    span = float(out.strip())
    mid_export = 0
    for round_, fraction in enumerate((0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.2)):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        cache = folder / "cache.sqlite3"
        shutil.copy(template, cache)
        proc = _migrate_in_child(cache)
        time.sleep(span * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if crypt.is_plain(cache) and (folder / "cache.sqlite3.encrypting").exists():
            mid_export += 1
        crypt.forget_keys()
        engine = open_engine(cache)  # the next start: finishes (or does again) what was cut
        engine.dispose()
        with crypt.connect(cache) as conn:
            got = _counts(conn)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not crypt.is_plain(cache)
        assert all(got[t] == n for t, n in expected.items()), f"round {round_} at {fraction:.0%} lost rows"
        assert not (folder / "cache.sqlite3.encrypting").exists()
    print(f"kill -9 during encryption: migration {span:.2f}s, 8 kills, {mid_export} with the copy half-made")
    assert mid_export >= 1, "no kill landed while the encrypted copy was being written"
