"""The window's sync in a worker process (desktop/sync/process.py, desktop/sync/worker.py): a sync
against a sandbox through the child, secrets over its stdin only; a cancel leaves resumable state and
the next sync finishes; an opened record's message reaches the child's phase 2; a child that dies says
so clearly and what it stored is kept; the worker stops when the window dies; the window syncs through
the worker and falls back to its sync thread when no worker can start; read on the window's event
loop, progress comes on the loop's thread, about ten lines a second at most, every phase and end in
order; the child runs at a lower CPU priority than the window."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import paths
from desktop.cache import crypt
from desktop.cache.db import open_reader
from desktop.core import Core
from desktop.sync import state
from desktop.sync.process import NICER, SyncProcess, SyncRequest, SyncWorkerError
from desktop.sync.report import Progress
from tests.conftest import add_account, sandbox_records, start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import app_with_account


def _request(name: str, *, full: bool = False) -> SyncRequest:
    """What the window hands its worker: the account, its credentials and the cache key."""
    core = Core.open()
    try:
        account = core.accounts.get(name)
        cache = Path(str(core.engine.url.database))
        key = None if crypt.is_plain(cache) else crypt.key_for(cache.parent, create=False)
        return SyncRequest(paths.home(), cache, key, account.id, core.accounts.credentials(account), full)
    finally:
        core.close()


def _count(home: Path, table: str) -> int:
    conn = open_reader(home / "cache.sqlite3")
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _states(home: Path, account_id: str) -> list[dict[str, Any]]:
    core = Core.open()
    try:
        with core.engine.connect() as conn:
            return state.states(conn, account_id)
    finally:
        core.close()


def _wait(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture()
def slow_sr() -> Any:
    sandbox = start_sandbox("smartrecruiters", size="small", rate_limit=15)
    yield sandbox
    sandbox.stop()


@pytest.fixture()
def short_sr() -> Any:
    """Tiny, at the vendor's own pace: slow enough to cut a sync off, and the next one ends in seconds."""
    sandbox = start_sandbox("smartrecruiters", size="tiny", rate_limit=15)
    yield sandbox
    sandbox.stop()


def test_a_sync_through_the_child_stores_the_records_and_reports_them(
    app_home: Path, sr_sandbox: RunningSandbox, real_keyring: bool
) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    request = _request("acme", full=True)
    events: list[Progress] = []
    process = SyncProcess(request, events.append)
    process.start()
    pid = process.pid
    assert pid is not None
    secret = next(v for k, v in request.credentials.items() if k != "base_url" and len(v) >= 6)
    # Secrets go over the pipe: not in the child's command line or environment.
    with open(f"/proc/{pid}/cmdline", "rb") as cmdline, open(f"/proc/{pid}/environ", "rb") as environ:
        seen = cmdline.read() + environ.read()
    assert secret.encode() not in seen
    if request.cache_key:
        assert request.cache_key.encode() not in seen
    report = process.future.result(timeout=120)
    assert report.ok, [r.error for r in report.streams]
    assert report.account == "acme"
    assert report.per_model()["candidates"] == _count(app_home, "candidates") > 0
    assert any(e.done for e in events) and all(isinstance(e, Progress) for e in events)
    assert real_keyring == (request.cache_key is not None)  # encrypted with a keyring: the key went over


@pytest.mark.skipif(os.name != "posix", reason="the window's loop watches the pipe on POSIX only")
def test_on_the_windows_loop_progress_comes_on_its_thread_coalesced_with_every_phase_and_end(
    app_home: Path,
) -> None:
    sandbox = start_sandbox("smartrecruiters", size="small")  # many pages in a few seconds
    try:
        add_account("smartrecruiters", "acme", sandbox)
        request = _request("acme", full=True)
        seen: list[tuple[float, int, Progress]] = []

        async def sync() -> tuple[Any, int, int | None]:
            process = SyncProcess(
                request, lambda e: seen.append((time.monotonic(), threading.get_ident(), e)),
                loop=asyncio.get_running_loop(),
            )
            process.start()
            assert process.pid is not None
            niceness = os.getpriority(os.PRIO_PROCESS, process.pid) - os.getpriority(os.PRIO_PROCESS, 0)
            report = await asyncio.wrap_future(process.future)
            return report, threading.get_ident(), niceness

        report, loop_thread, niceness = asyncio.run(sync())
    finally:
        sandbox.stop()
    assert report.ok, [r.error for r in report.streams]
    # A background sync gives way to the window when both want the CPU.
    assert niceness == NICER or os.getpriority(os.PRIO_PROCESS, 0) + niceness == 19
    # On the loop's thread: no reader thread of the window's process takes its interpreter lock.
    assert {thread for _t, thread, _e in seen} == {loop_thread}
    # Coalesced: beside a list stored or a stream's end (sent at once), about ten lines a second.
    routine = [t for t, _thread, e in seen if not (e.done or (e.phase == 1 and e.pending))]
    per_second = Counter(int(t - seen[0][0]) for t in routine)
    assert max(per_second.values()) <= 12, per_second
    # Running totals only grow; phase 2 of a stream follows its stored list; every stream ends once.
    for stream in {e.stream for _t, _thread, e in seen}:
        events = [e for _t, _thread, e in seen if e.stream == stream]
        listed = [e.records for e in events if e.phase == 1]
        assert listed == sorted(listed), (stream, listed)
        phases = [e.phase for e in events]
        assert phases == sorted(phases), (stream, phases)
        assert [e.done for e in events].count(True) == 1 and events[-1].done, stream
    assert {e.stream for _t, _thread, e in seen if e.phase == 2}, "no phase 2 seen"
    assert any(e.phase == 2 and e.eta is not None for _t, _thread, e in seen), "no estimate seen"


def test_a_cancel_waits_for_the_child_leaves_resumable_state_and_the_next_sync_finishes(
    app_home: Path, short_sr: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", short_sr)
    events: list[Progress] = []
    process = SyncProcess(_request("acme"), events.append)
    process.start()
    _wait(lambda: any(e.records > 0 for e in events), 60, "some records")
    process.cancel()
    with pytest.raises(concurrent.futures.CancelledError):
        process.future.result(timeout=30)
    account_id = _request("acme").account_id
    assert any(s["in_progress"] for s in _states(app_home, account_id)), "nothing left to resume"
    stored = _count(app_home, "candidates")
    again = SyncProcess(_request("acme"))
    again.start()
    assert again.future.result(timeout=180).ok
    assert not any(s["in_progress"] for s in _states(app_home, account_id))
    assert _count(app_home, "candidates") >= stored


def test_an_opened_record_reaches_the_childs_phase_two(app_home: Path, slow_sr: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", slow_sr)
    request = _request("acme")
    # The candidate whose details come last without a nudge: the oldest (details go newest first).
    applied = {a["candidateId"] for a in sandbox_records(slow_sr, "applications")}
    listed = [c for c in sandbox_records(slow_sr, "candidates") if c["id"] in applied]
    oldest = min(listed, key=lambda c: c["updatedOn"])
    events: list[Progress] = []
    process = SyncProcess(request, events.append)
    process.start()
    _wait(lambda: any(e.phase == 2 for e in events), 90, "phase 2")
    conn = open_reader(app_home / "cache.sqlite3")
    record_id = conn.execute("SELECT id FROM candidates WHERE remote_id=?", (oldest["id"],)).fetchone()[0]
    conn.close()

    def read_state() -> tuple[Any, int]:
        conn = open_reader(app_home / "cache.sqlite3")
        try:
            row = conn.execute(
                "SELECT priority, item IS NULL FROM enrich_items WHERE account_id=? AND key=?",
                (request.account_id, oldest["id"]),
            ).fetchone()
            waiting = conn.execute("SELECT count(*) FROM enrich_items WHERE item IS NOT NULL").fetchone()[0]
            return row, int(waiting)
        finally:
            conn.close()

    process.prioritise("candidates", record_id)
    # Taken first: raised in the queue, or already read, while many others still wait.
    _wait(lambda: (read_state()[0] or (0, 0))[0] > 0 or (read_state()[0] or (0, 0))[1], 30, "the nudge")
    assert read_state()[1] > 20
    process.cancel()
    with pytest.raises(concurrent.futures.CancelledError):
        process.future.result(timeout=30)


def test_a_child_that_dies_gives_a_clear_message_and_loses_nothing_stored(
    app_home: Path, short_sr: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", short_sr)
    process = SyncProcess(_request("acme"))
    process.start()
    _wait(lambda: _count(app_home, "candidates") > 0, 60, "some candidates stored")
    assert process.pid is not None
    os.kill(process.pid, signal.SIGKILL)
    with pytest.raises(SyncWorkerError, match="ended unexpectedly.*next sync resumes"):
        process.future.result(timeout=30)
    stored = _count(app_home, "candidates")
    assert stored > 0
    again = SyncProcess(_request("acme"))
    again.start()
    assert again.future.result(timeout=180).ok
    assert _count(app_home, "candidates") >= stored


def test_an_error_in_the_child_comes_back_as_a_message(app_home: Path, sr_sandbox: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", sr_sandbox)
    request = _request("acme")
    gone = SyncRequest(request.home, request.cache, request.cache_key, "acc_gone", request.credentials)
    process = SyncProcess(gone)
    process.start()
    with pytest.raises(SyncWorkerError, match="acc_gone is no longer in the cache"):
        process.future.result(timeout=60)


_PARENT = """
import json, sys, time
from pathlib import Path
from desktop.sync.process import SyncProcess, SyncRequest
d = json.loads(sys.stdin.readline())
p = SyncProcess(SyncRequest(Path(d["home"]), Path(d["cache"]), d["key"], d["account_id"], d["credentials"]))
p.start()
print(p.pid, flush=True)
time.sleep(600)
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as status:
            return any(line.startswith("State:") and "Z" in line for line in status)
    except FileNotFoundError:
        return True


def test_the_child_stops_cleanly_when_the_window_dies(app_home: Path, slow_sr: RunningSandbox) -> None:
    import json
    import subprocess
    import sys

    add_account("smartrecruiters", "acme", slow_sr)
    r = _request("acme")
    window = subprocess.Popen(
        [sys.executable, "-c", _PARENT], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert window.stdin is not None and window.stdout is not None
    window.stdin.write(
        json.dumps(
            {
                "home": str(r.home),
                "cache": str(r.cache),
                "key": r.cache_key,
                "account_id": r.account_id,
                "credentials": r.credentials,
            }
        )
        + "\n"
    )
    window.stdin.flush()
    child = int(window.stdout.readline())
    _wait(lambda: _count(app_home, "candidates") > 0, 60, "some candidates stored")
    window.kill()
    window.wait()
    # Its stdin ends with the window: the child cancels, commits its resume state and exits.
    _wait(lambda: _gone(child), 30, "the worker to exit")
    assert any(s["in_progress"] for s in _states(app_home, r.account_id))


def test_the_window_syncs_in_a_worker_and_falls_back_to_its_thread_when_none_starts(
    ui: Any, qapp: Any, sr_sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    from desktop.sync import process as sync_process

    async def scenario() -> None:
        app, account = app_with_account(qapp, "smartrecruiters", "acme", sr_sandbox.account)
        assert app.sync.start(account)
        await ui.until(lambda: account.id in app.sync.last_result, timeout=60, what="sync in the worker")
        assert app.sync.last_result[account.id][0], app.sync.last_result[account.id][1]
        assert "runs in worker process" in caplog.text
        # No worker can start (a broken install): the sync runs on the window's sync thread, as the log says.
        monkeypatch.setattr(sync_process, "worker_command", lambda: ["/nonexistent/recruiter-companion"])
        del app.sync.last_result[account.id]
        assert app.sync.start(account)
        await ui.until(lambda: account.id in app.sync.last_result, timeout=60, what="sync on the thread")
        assert app.sync.last_result[account.id][0], app.sync.last_result[account.id][1]
        assert "no sync process could be started (FileNotFoundError)" in caplog.text
        await app.shutdown()

    caplog.set_level("INFO", logger="recruiter_companion")
    ui.run(scenario())
