"""The window's syncs in team mode (issue 17): a sync started in the window runs the CLI's team sync in
the worker; while another member (here a CLI process with its own data folder) syncs the account, the
window does not sync it: its sidebar line and the status bar say who syncs it and how far, the window
pulls what was published, and when that member is done it pulls the rest and lists the records. A sync
the window runs itself holds the account's team lock and publishes."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.app import Application
from tests.conftest import TEST_RATE, add_account, run_cli, start_sandbox
from tests.test_team_sync import anna_starts_syncing, server_rows, set_rate, wait_for
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver

pytestmark = pytest.mark.team


def test_the_window_shows_who_syncs_the_account_then_pulls_and_lists_its_records(
    ui: UiDriver, qapp: Any, tmp_path: Path, app_home: Path, pg_url: str
) -> None:
    # 2 requests a second: anna's first sync (65 requests) runs for about half a minute.
    sandbox = start_sandbox("smartrecruiters", rate_limit=2.0)
    anna = anna_starts_syncing(tmp_path, pg_url, sandbox)
    try:
        wait_for(lambda: server_rows(pg_url, "SELECT 1 FROM accounts, team_sync"), "anna's first publish")
        assert run_cli("team", "connect", pg_url).code == 0
        pulled = run_cli("team", "pull")  # the team's account, here without credentials
        assert pulled.code == 0 and "acme: pulled" in pulled.out, pulled.out

        async def scenario() -> None:
            app = Application(qapp, sync_on_start=False)
            app.start()
            window = app.window
            account = next(a for a in window.account_infos().values() if a.name == "acme")
            window.sync_account(account.id, False)

            # The worker found anna's lock: the window follows her sync instead of running its own.
            item = await ui.until(
                lambda: "Synced by " in window.sidebar.list.item(1).text() and window.sidebar.list.item(1),
                timeout=60,
                what="the sidebar to say who syncs acme",
            )
            said = item.text().split("Synced by ")[1]
            assert "@" in said and said.endswith(" %"), item.text()
            label = window.status.team_labels[account.id]
            assert label.text().startswith("acme: Synced by ") and "@" in label.text()
            assert account.id not in app.sync.runs  # not synced here
            assert anna.poll() is None, "anna's sync ended before the window met it: slow the sandbox"
            set_rate(sandbox, TEST_RATE)  # met: anna may finish at full speed now

            _, err = await asyncio.to_thread(anna.communicate, timeout=240)
            assert anna.returncode == 0, err
            await ui.until(lambda: not app.sync.team.busy, timeout=30, what="the window to see anna done")
            assert account.id not in window.status.team_labels
            assert "Synced by" not in window.sidebar.list.item(1).text()
            assert "the team's sync ended" in window.statusBar().currentMessage()

            listed = "SELECT count(*) FROM candidates WHERE remote_deleted_at IS NULL"
            total = server_rows(pg_url, listed)[0][0]
            assert total > 0
            window.show_tab("candidates")
            model = window.lists["candidates"].table_model
            await ui.until(lambda: model.total == total, timeout=30, what="anna's candidates listed")
            await app.shutdown()

        ui.run(scenario(), timeout=300)
    finally:
        if anna.poll() is None:
            anna.kill()
            anna.wait()
        sandbox.stop()


def test_a_sync_started_in_the_window_takes_the_team_lock_and_publishes(
    ui: UiDriver, qapp: Any, app_home: Path, pg_url: str
) -> None:
    sandbox = start_sandbox("smartrecruiters")
    try:
        assert run_cli("team", "connect", pg_url).code == 0
        add_account("smartrecruiters", "acme", sandbox)

        async def scenario() -> None:
            app = Application(qapp, sync_on_start=False)
            app.start()
            window = app.window
            account = next(a for a in window.account_infos().values() if a.name == "acme")
            holders: list[str] = []
            ended: list[tuple[bool, str]] = []
            app.sync.finished.connect(lambda _a, ok, message: ended.append((ok, message)))
            window.sync_account(account.id, False)

            def lock_seen() -> bool:
                holders.extend(r[0] for r in server_rows(pg_url, "SELECT holder FROM team_sync"))
                return bool(ended)

            await ui.until(lock_seen, timeout=120, what="the window's sync to end")
            assert ended[0][0], ended
            assert holders and "@" in holders[0]  # the window's worker held the account's team lock
            here = app.conn.execute("SELECT count(*) FROM candidates").fetchone()[0]
            assert here > 0
            assert server_rows(pg_url, "SELECT count(*) FROM candidates")[0][0] == here  # published
            assert server_rows(pg_url, "SELECT count(*) FROM team_sync") == [(0,)]  # released
            await app.shutdown()

        ui.run(scenario(), timeout=180)
    finally:
        sandbox.stop()
