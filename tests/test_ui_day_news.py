"""News without asking (issue 18.4), through the real window: after a sync, applications that are new
and stage changes made by others show in "New since you last looked" and as a count in the title;
what the app's own first sync loaded is not news; "Mark all as seen" clears it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.ui import menus
from desktop.ui.app import Application
from desktop.ui.views import news as news_view
from tests.conftest import sandbox_control, sandbox_records
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def synced(app_home: Path, sr_sandbox: RunningSandbox) -> Iterator[Path]:
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
    core.close()
    yield app_home


def test_changes_by_others_show_as_news_with_a_count_in_the_title(
    ui: UiDriver, qapp: Any, synced: Path, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        # The first start sets the mark: what the first sync loaded is not news.
        assert window.news.mark and await window.news.refresh() == []
        assert window.windowTitle() == "Recruiter Companion"
        # Re-syncing on a schedule is on by default, every 10 minutes.
        assert app.sync.interval_minutes == menus.DEFAULT_SYNC_INTERVAL == 10

        # Someone else moves an application to another stage in the ATS.
        moving = next(a for a in sandbox_records(sr_sandbox, "applications") if a["status"] == "IN_REVIEW")
        with sandbox_control(sr_sandbox) as control:
            answer = control.patch(f"/records/applications/{moving['id']}", json={"status": "INTERVIEW"})
            assert answer.status_code == 200, answer.text
            # ... and a new application comes in.
            applied = {
                a["candidateId"] for a in sandbox_records(sr_sandbox, "applications", jobId=moving["jobId"])
            }
            other = next(c for c in sandbox_records(sr_sandbox, "candidates") if c["id"] not in applied)
            created = control.post(
                "/records/applications",
                json={"candidateId": other["id"], "jobId": moving["jobId"], "status": "NEW"},
            )
            assert created.status_code == 201, created.text
        account = app.core.accounts.list()[0]
        app.sync.start(account, full=True)
        await ui.until(
            lambda: account.id in app.sync.last_result and not app.sync.runs, timeout=30, what="sync"
        )
        await ui.until(lambda: window.news.items, what="the news read after the sync")
        kinds = sorted(i.kind for i in window.news.items)
        assert kinds == ["moved", "new"], window.news.items
        assert window.windowTitle() == "Recruiter Companion — 2 new"
        assert "(2)" in window.news_action.text()

        window.show_news()
        dialog = window.news_dialog
        texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert len(texts) == 2 and any("moved to" in t for t in texts)
        assert any(f"New application: {other['firstName']} {other['lastName']}" in t for t in texts)
        dialog.findChild(QPushButton, "newsMarkSeen").click()
        assert window.windowTitle() == "Recruiter Companion" and window.news.items == []
        assert app.settings.value(news_view.SETTING) == window.news.mark
        dialog.close()
        await app.shutdown()

    ui.run(scenario(), timeout=90)
