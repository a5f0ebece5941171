"""Saved searches in the sidebar (issue 18.5), through the real window: the two built-ins narrow the
applications list, a user's own search is kept in the (encrypted) cache and comes back on the next
start; an earlier release's JSON file is taken in, a damaged one set aside with a message."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from connectors.sandbox.runner import RunningSandbox
from desktop import saved_searches
from desktop.core import Core
from desktop.saved_searches import SavedSearch
from desktop.ui.app import Application
from tests.conftest import sandbox_control, sandbox_records
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def synced(app_home: Path, sr_sandbox: RunningSandbox) -> Iterator[Path]:
    """The SmartRecruiters sandbox with one application made today, synced."""
    apps = sandbox_records(sr_sandbox, "applications")
    job = apps[0]["jobId"]
    applied = {a["candidateId"] for a in apps if a["jobId"] == job}
    fresh = next(c for c in sandbox_records(sr_sandbox, "candidates") if c["id"] not in applied)
    with sandbox_control(sr_sandbox) as control:
        made = control.post(
            "/records/applications", json={"candidateId": fresh["id"], "jobId": job, "status": "NEW"}
        )
        assert made.status_code == 201, made.text
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
    core.close()
    yield app_home


def _item(window: Any, name: str) -> Any:
    saved = window.sidebar.saved
    return next(saved.item(i) for i in range(saved.count()) if saved.item(i).text() == name)


def test_built_in_searches_narrow_the_applications_list(ui: UiDriver, qapp: Any, synced: Path) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        view = window.lists["applications"]
        names = [window.sidebar.saved.item(i).text() for i in range(window.sidebar.saved.count())]
        assert names[:2] == ["Applied this week", "In a stage for more than 7 days"]

        window.sidebar._saved_chosen(_item(window, "Applied this week"))
        await ui.until(lambda: window.tabs.currentWidget() is view and view.saved_name, what="the list")
        monday = datetime.now().astimezone()
        monday = (monday - timedelta(days=monday.weekday())).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        expected = app.conn.execute(
            "SELECT count(*) FROM applications WHERE remote_deleted_at IS NULL AND remote_created_at >= ?",
            (monday.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),),
        ).fetchone()[0]
        assert view.table_model.total == expected == 1
        assert "Applied this week" in view.filter.placeholderText()

        window.sidebar._saved_chosen(_item(window, "In a stage for more than 7 days"))
        await ui.until(lambda: view.saved_name == "In a stage for more than 7 days", what="the stale list")
        week_ago = (datetime.now(UTC) - timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%S")
        stale = app.conn.execute(
            "SELECT count(*) FROM applications r WHERE remote_deleted_at IS NULL "
            "AND coalesce(outcome, 'PENDING') = 'PENDING' AND current_stage_id IS NOT NULL "
            "AND coalesce(remote_updated_at, remote_created_at) < ?",
            (week_ago,),
        ).fetchone()[0]
        assert view.table_model.total == stale > 0

        # Typing in the filter leaves the saved search: the whole list again.
        view.filter.setText("a")
        view.filter.setText("")
        view._apply_scope()
        assert view.saved_where == () and view.table_model.total > stale
        await app.shutdown()

    ui.run(scenario(), timeout=60)


def test_a_users_search_is_kept_in_the_cache_and_comes_back(ui: UiDriver, qapp: Any, synced: Path) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.show_tab("candidates")
        view = window.lists["candidates"]
        someone = app.conn.execute("SELECT last_name FROM candidates LIMIT 1").fetchone()[0]
        view.filter.setText(someone)  # typed, then Enter
        view.filter.returnPressed.emit()
        assert window.saved_searches.save("My people", view)
        # In the cache, encrypted with it: a search's text is often a name (issue 15.1).
        assert saved_searches.load(app.conn) == [SavedSearch("My people", "candidates", someone)]
        assert not (synced / "saved-searches.json").exists()
        await app.shutdown()

        again = Application(qapp, sync_on_start=False)
        again.start()
        window = again.window
        window.sidebar._saved_chosen(_item(window, "My people"))
        candidates = window.lists["candidates"]
        assert window.tabs.currentWidget() is candidates and candidates.filter.text() == someone
        window.saved_searches.remove(window.saved_searches.user[0])
        assert saved_searches.load(again.conn) == []
        await again.shutdown()

    ui.run(scenario(), timeout=60)


def test_an_earlier_releases_file_is_taken_into_the_cache_and_deleted(
    ui: UiDriver, qapp: Any, synced: Path
) -> None:
    (synced / "saved-searches.json").write_text(
        json.dumps([{"name": "Berlin", "model": "jobs", "text": "berlin", "builtin": None}])
    )

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        assert not (synced / "saved-searches.json").exists()
        assert app.window.saved_searches.user == [SavedSearch("Berlin", "jobs", "berlin")]
        assert app.window.sidebar.saved.count() == len(saved_searches.BUILTINS) + 1
        await app.shutdown()

    ui.run(scenario(), timeout=60)


def test_a_damaged_file_is_set_aside_and_reported(ui: UiDriver, qapp: Any, synced: Path) -> None:
    (synced / "saved-searches.json").write_text("{not json")

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        assert "could not be read" in app.window.statusBar().currentMessage()
        assert (synced / "saved-searches.json.damaged").read_text() == "{not json"
        assert app.window.sidebar.saved.count() == len(saved_searches.BUILTINS)
        await app.shutdown()

    ui.run(scenario(), timeout=60)
