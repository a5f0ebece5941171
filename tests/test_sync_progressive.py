"""Progressive sync: every list record is stored before any detail is asked for; details follow newest
first, an opened record first of all, and only for parents that changed; a kill in phase 2 resumes there.

SmartRecruiters' jobs and candidates streams are progressive (lists first, details after).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors.base import Connector, Routes, Stream
from connectors.http import VendorClient
from connectors.sandbox.runner import RunningSandbox
from desktop.accounts import AccountInfo
from desktop.cache import crypt
from desktop.core import Core
from tests.conftest import (
    add_account,
    read_export,
    run_cli,
    sandbox_control,
    sandbox_records,
    start_sandbox,
)
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)

#: The list endpoints of SmartRecruiters' streams (phase 1); every other GET is a sub-request.
LIST_PATHS = {"/candidates", "/jobs", "/user-api/v201804/users", "/configuration/rejection-reasons"}


#: Candidates enriched and still waiting, in the queue of the candidates stream.
PHASE_TWO = (
    "SELECT count(*) FILTER (WHERE item IS NULL), count(*) FILTER (WHERE item IS NOT NULL) "
    "FROM enrich_items WHERE stream='candidates'"
)


def _count(db: Path, table: str) -> int:
    with crypt.connect(db) as conn:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def _requests(sandbox: RunningSandbox) -> dict[str, int]:
    with sandbox_control(sandbox) as control:
        return dict(control.get("/requests").json()["requests"])


def _reset_requests(sandbox: RunningSandbox) -> None:
    with sandbox_control(sandbox) as control:
        control.delete("/requests").raise_for_status()


def _sub_requests(stats: dict[str, int]) -> dict[str, int]:
    return {route: n for route, n in stats.items() if route.split(" ", 1)[1] not in LIST_PATHS}


def _strip_times(data: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    return {m: [{k: v for k, v in r.items() if k != "changed_at"} for r in rows] for m, rows in data.items()}


class Recording(httpx.AsyncBaseTransport):
    """Real loopback HTTP, with a note of each request's path and a hook before it is sent."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.paths: list[str] = []
        self.hook: Any = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if self.hook is not None:
            await self.hook(request.url.path)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclasses.dataclass(frozen=True)
class _SyncedWith(AccountInfo):
    """A saved account synced with a variation of its vendor's connector (the one under test)."""

    variant: Connector | None = None

    @property
    def connector(self) -> Connector:
        assert self.variant is not None
        return self.variant


def _sync_in_process(name: str, transport: httpx.AsyncBaseTransport, during: Any = None) -> Any:
    core = Core.open()
    try:
        account = core.accounts.get(name)
        credentials = core.accounts.credentials(account)

        async def run() -> Any:
            task = asyncio.ensure_future(core.sync.sync(account, credentials, transport=transport))
            if during is not None:
                await during(core, account)
            return await task

        return asyncio.run(run())
    finally:
        core.close()


@pytest.fixture()
def small_sr() -> Any:
    sandbox = start_sandbox("smartrecruiters", size="small")
    yield sandbox
    sandbox.stop()


def test_every_list_record_is_stored_before_any_sub_request(app_home: Path, small_sr: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", small_sr)
    db = app_home / "cache.sqlite3"
    transport = Recording()
    at_first_detail: dict[str, int] = {}

    async def hook(path: str) -> None:
        if path not in LIST_PATHS and not at_first_detail:
            at_first_detail.update(
                {t: _count(db, t) for t in ("candidates", "applications", "jobs", "users", "tags")}
            )

    transport.hook = hook
    report = _sync_in_process("acme", transport)
    assert report.ok
    assert at_first_detail, "no sub-request was sent"
    listed = len(sandbox_records(small_sr, "applications"))
    assert at_first_detail["applications"] == listed == _count(db, "applications")
    for table in ("candidates", "jobs", "users", "tags"):
        assert at_first_detail[table] == _count(db, table) > 0, table
    first = next(i for i, p in enumerate(transport.paths) if p not in LIST_PATHS)
    assert not [p for p in transport.paths[first:] if p in LIST_PATHS], "a list page came after a detail"
    # Details filling in a record stored bare are not changes at the vendor: no record history yet.
    assert _count(db, "record_changes") == 0


def test_a_resync_asks_again_only_for_the_parent_that_changed(
    app_home: Path, small_sr: RunningSandbox
) -> None:
    add_account("smartrecruiters", "acme", small_sr)
    first = run_cli("sync", "acme", "--json")
    assert first.code == 0, first.err
    candidates = first.json()["streams"][-1]
    assert candidates["stream"] == "candidates" and candidates["enriched"] == candidates["items"] > 0

    # Nothing changed: a full re-read sends the list pages and not one sub-request.
    _reset_requests(small_sr)
    again = run_cli("sync", "acme", "--full", "--json")
    assert again.code == 0, again.err
    assert _sub_requests(_requests(small_sr)) == {}
    report = again.json()
    assert report["requests"] == sum(s["list_requests"] for s in report["streams"])
    assert all(s["sub_requests"] == 0 for s in report["streams"])

    # One candidate changed (a field only its detail carries; SR moves its updatedOn): only it is read again.
    cand = sandbox_records(small_sr, "candidates")[7]
    with sandbox_control(small_sr) as control:
        control.patch(f"/records/candidates/{cand['id']}", json={"phoneNumber": "+49 30 1234567"})
    _reset_requests(small_sr)
    delta = run_cli("sync", "acme", "--json")
    assert delta.code == 0, delta.err
    subs = _sub_requests(_requests(small_sr))
    assert subs.get("GET /candidates/{id}") == 1
    # Its applications did not move: their status histories are not asked for again.
    assert "GET /candidates/{id}/jobs/{jobId}/status/history" not in subs
    stream = next(s for s in delta.json()["streams"] if s["stream"] == "candidates")
    assert stream["enriched"] == 1 and stream["sub_requests"] <= 5
    with crypt.connect(app_home / "cache.sqlite3") as conn:
        phones = conn.execute(
            "SELECT phone_numbers FROM candidates WHERE remote_id=?", (cand["id"],)
        ).fetchone()[0]
    assert "+49 30 1234567" in phones
    with crypt.connect(app_home / "cache.sqlite3") as conn:
        changed = conn.execute("SELECT model, field FROM record_changes").fetchall()
    assert changed == [("candidates", "phone_numbers")]

    # One application moves: its candidate is read again, and only that application's history.
    app = next(a for a in sandbox_records(small_sr, "applications") if a["status"] == "NEW")
    with sandbox_control(small_sr) as control:
        control.patch(f"/records/applications/{app['id']}", json={"status": "IN_REVIEW"}).raise_for_status()
    _reset_requests(small_sr)
    assert run_cli("sync", "acme").code == 0
    subs = _sub_requests(_requests(small_sr))
    assert subs.get("GET /candidates/{id}") == 1
    assert subs.get("GET /candidates/{id}/jobs/{jobId}/status/history") == 1, subs
    with crypt.connect(app_home / "cache.sqlite3") as conn:
        stage = conn.execute(
            "SELECT s.remote_id FROM applications a JOIN application_stages s ON s.id=a.current_stage_id "
            "WHERE a.remote_id=?",
            (f"{app['candidateId']}:{app['jobId']}",),
        ).fetchone()[0]
    assert stage == "IN_REVIEW"

    # Where a vendor's sub-resources might change without their parent: every detail on request.
    refreshed = run_cli("sync", "acme", "--full", "--refresh-details", "--json")
    assert refreshed.code == 0, refreshed.err
    stream = next(s for s in refreshed.json()["streams"] if s["stream"] == "candidates")
    assert stream["enriched"] == stream["items"] == candidates["items"]


def test_the_export_equals_the_one_of_a_sync_that_reads_details_with_each_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_sr: RunningSandbox
) -> None:
    account = json.dumps(small_sr.account)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "progressive"))
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    assert run_cli("sync", "acme").code == 0
    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "progressive-out")).code == 0

    from connectors.smartrecruiters import connector as sr
    from connectors.smartrecruiters import report as sr_report

    streams = tuple(
        dataclasses.replace(s, progressive=False) if isinstance(s, Stream) else s
        for s in sr.CONNECTOR.streams
    )

    async def discover(client: VendorClient, settings: Mapping[str, str]) -> Routes:
        # SmartRecruiters binds its module's streams at run time: bind these instead.
        return await sr_report.discover(client, settings, streams)

    at_once = dataclasses.replace(sr.CONNECTOR, streams=streams, discover=discover)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "at-once"))
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    core = Core.open()
    try:
        saved = core.accounts.get("acme")
        variant = _SyncedWith(saved.id, saved.name, saved.vendor, saved.settings, saved.options, at_once)
        report = asyncio.run(core.sync.sync(variant, core.accounts.credentials(saved)))
    finally:
        core.close()
    assert report.ok and all(s.queued == 0 for s in report.streams)
    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "at-once-out")).code == 0

    assert _strip_times(read_export(tmp_path / "progressive-out")) == _strip_times(
        read_export(tmp_path / "at-once-out")
    )


def test_an_opened_record_jumps_the_queue(app_home: Path, small_sr: RunningSandbox) -> None:
    add_account("smartrecruiters", "acme", small_sr)
    # The candidate enriched last without a nudge: the oldest (details go newest first).
    applied = {a["candidateId"] for a in sandbox_records(small_sr, "applications")}
    listed = [c for c in sandbox_records(small_sr, "candidates") if c["id"] in applied]
    oldest = min(listed, key=lambda c: c["updatedOn"])
    gate = asyncio.Event()
    transport = Recording()

    async def hook(path: str) -> None:
        if path not in LIST_PATHS:
            await gate.wait()

    transport.hook = hook

    async def during(core: Core, account: Any) -> None:
        from connectors.unified.ids import stable_id

        while not any(p not in LIST_PATHS for p in transport.paths):
            await asyncio.sleep(0.01)  # phase 2 has begun: its first details are held at the gate
        # The user opens one of the oldest candidate's applications: its candidate's details come next.
        app = next(a for a in sandbox_records(small_sr, "applications") if a["candidateId"] == oldest["id"])
        app_id = stable_id(account.id, "applications", f"{oldest['id']}:{app['jobId']}")
        assert await core.sync.prioritise(account, "applications", app_id)
        gate.set()

    report = _sync_in_process("acme", transport, during)
    assert report.ok
    details = [p for p in transport.paths if p.startswith("/candidates/") and p.count("/") == 2]
    position = details.index(f"/candidates/{oldest['id']}")
    # Only the items already in hand when it was opened (one per worker) go before it, give or take
    # the workers the gate releases together: the opened item goes to the first of them to ask, but
    # a worker that asked just after may send its request first (seen on a loaded CI machine).
    from desktop.sync.phase_two import ENRICH_WORKERS

    limit = 2 * ENRICH_WORKERS
    assert position < limit, f"opened candidate's details were request {position + 1} of {len(details)}"
    assert len(details) > 100
    print(f"opened candidate read {position + 1}th of {len(details)}")


def test_a_sync_killed_in_phase_two_resumes_without_reading_the_lists_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_sr: RunningSandbox
) -> None:
    account = json.dumps(small_sr.account)
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(tmp_path / "clean"))
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    assert run_cli("sync", "acme").code == 0
    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "clean-out")).code == 0

    home = tmp_path / "killed"
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))
    assert run_cli("accounts", "add", "smartrecruiters", "--name", "acme", stdin=account).code == 0
    # Slow every answer so the kill lands while details are being read.
    httpx.put(f"{small_sr.base_url}/_sandbox/faults", json={"latency_ms": 25}).raise_for_status()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "acme"],
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = home / "cache.sqlite3"
    done = pending = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            if db.exists():
                with crypt.connect(db) as conn:
                    with_state = conn.execute(
                        "SELECT count(*) FROM sqlite_master WHERE name='enrich_items'"
                    ).fetchone()[0]
                    if with_state:
                        done, pending = conn.execute(PHASE_TWO).fetchone()
                        if done >= 10:
                            break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with crypt.connect(db) as conn:
        done, pending = conn.execute(PHASE_TWO).fetchone()
        listed = conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
    assert done >= 10 and pending > 0, f"the kill did not land in phase 2 ({done} done, {pending} pending)"
    assert listed == done + pending  # phase 1 had stored every candidate

    httpx.put(f"{small_sr.base_url}/_sandbox/faults", json={"latency_ms": 0}).raise_for_status()
    _reset_requests(small_sr)
    result = run_cli("sync", "acme", "--json")
    assert result.code == 0, result.err
    stats = _requests(small_sr)
    # The lists are asked only for what changed since phase 1 (one empty delta page each) ...
    assert stats.get("GET /candidates", 0) <= 1 and stats.get("GET /jobs", 0) <= 1
    # ... and details only for the candidates still waiting.
    assert stats.get("GET /candidates/{id}", 0) == pending
    stream = next(s for s in result.json()["streams"] if s["stream"] == "candidates")
    assert stream["enriched"] == pending and stream["pending"] == 0

    assert run_cli("export", "--account", "acme", "--out", str(tmp_path / "killed-out")).code == 0
    assert _strip_times(read_export(tmp_path / "killed-out")) == _strip_times(
        read_export(tmp_path / "clean-out")
    )
    print(f"killed with {done} candidates enriched and {pending} waiting; resumed to an identical cache")


def test_the_window_shows_both_steps_marks_loading_records_and_hurries_the_opened_one(
    ui: Any, qapp: Any, app_home: Path
) -> None:
    from desktop.ui.app import Application
    from desktop.ui.models import LOADING_ROLE

    # A slow vendor (SR's own 10 requests a second) keeps phase 2 on screen long enough to look at it.
    sandbox = start_sandbox("smartrecruiters", rate_limit=10.0)
    try:
        add_account("smartrecruiters", "acme", sandbox)

        async def scenario() -> None:
            app = Application(qapp, sync_on_start=False)
            app.start()
            window = app.window
            account = next(iter(window.account_infos().values()))
            app.ctx.sync.start(account)
            run = app.ctx.sync.runs[account.id]
            await ui.until(lambda: run.phase == 2 and run.details_done >= 2, timeout=60, what="phase 2")
            label = window.status.sync_widgets[account.id].label.text()
            assert "step 2 of 2, details" in label and f"of {run.details_total}" in label
            # The good citizen's share the sync keeps to shows with its step.
            assert f"at most {account.share_percent} % of the rate limit" in label
            await ui.until(lambda: "left" in window.status.sync_widgets[account.id].label.text(), timeout=30)
            window.show_tab("candidates")
            model = window.lists["candidates"].table_model
            window._cache_changed()
            await ui.until(lambda: not model.refreshing, timeout=10, what="list re-read")
            shot = os.environ.get("PROGRESSIVE_SCREENSHOT")
            if shot:
                await ui.idle(0.2)
                window.grab().save(shot)
            loading = [r for r in range(model.rowCount()) if model.data(model.index(r, 0), LOADING_ROLE)]
            assert loading and len(loading) < model.rowCount() + 1
            # A loading candidate's applications are marked too (their dates come with the details).
            window.show_tab("applications")
            apps = window.lists["applications"].table_model
            window._cache_changed()
            await ui.until(lambda: not apps.refreshing, timeout=10, what="list re-read")
            assert any(apps.data(apps.index(r, 0), LOADING_ROLE) for r in range(apps.rowCount()))
            window.show_tab("candidates")
            # Opening a record whose details are loading sends it to the front of the queue.
            opened = model.record_id(loading[-1])
            assert opened is not None
            window.detail_show("candidates", opened)
            await ui.until(lambda: account.id not in app.ctx.sync.runs, timeout=90, what="sync end")
            window._cache_changed()
            await ui.until(lambda: not model.refreshing, timeout=10, what="list re-read")
            assert model.loading == set()
            await app.shutdown()

        ui.run(scenario(), timeout=150)
    finally:
        sandbox.stop()


def test_a_first_sync_reports_each_stored_record_once_however_its_details_were_batched(
    app_home: Path, small_sr: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One transaction per enriched candidate: a tag many candidates carry comes in many of them.
    from desktop.sync import phase_two

    monkeypatch.setattr(phase_two, "FLUSH_ITEMS", 1)
    monkeypatch.setattr(phase_two, "FLUSH_WAIT", 0.0)
    add_account("smartrecruiters", "acme", small_sr)
    report = _sync_in_process("acme", httpx.AsyncHTTPTransport())
    assert report.ok
    db = app_home / "cache.sqlite3"
    counted = report.per_model()
    assert counted["tags"] == _count(db, "tags") > 0
    assert {model: _count(db, model) for model in counted} == counted
