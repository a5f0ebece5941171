"""Bulk triage in the real window (issue 18.3): select rows, one action on all of them, one outbox
entry per item, per-item results shown; offline, the items wait and Ctrl+Shift+Z takes them back;
J/K move through the list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from connectors.sandbox.runner import RunningSandbox
from desktop.outbox import bulk
from tests.conftest import sandbox_records
from tests.test_ui_forms import _start, _sync
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def synced_app_home(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Any]:
    _sync("smartrecruiters", "acme", sr_sandbox)
    yield app_home


def _select(view: Any, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.table_model.index(row, 0), flags)


def test_a_note_on_selected_applications_then_undo_of_what_waits(
    ui: UiDriver, qapp: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        window.show_tab("applications")
        view = window.lists["applications"]
        await ui.until(lambda: view.table_model.rowCount() >= 5, what="the applications")

        # J/K move the current row.
        view.table.selectRow(0)
        app.bulk.step(view, 1)
        assert view.table.currentIndex().row() == 1
        app.bulk.step(view, -1)
        assert view.table.currentIndex().row() == 0

        _select(view, [0, 1, 2])
        results = await app.bulk.run(view, "add-note-to-application", {"content": "bulk-ui"}, "Add note")
        assert [r.status for r in results] == ["sent"] * 3
        assert app.bulk.dialog is not None and app.bulk.dialog.list.count() == 3
        assert app.bulk.dialog.summary.text() == "3 sent"
        assert len([m for m in sandbox_records(sr_sandbox, "messages") if "bulk-ui" in m["content"]]) == 3
        app.bulk.dialog.close()

        # Offline: the items wait in the outbox; undo takes them back, nothing reaches the vendor.
        app.core.accounts.edit("acme", settings_update={"base_url": "http://127.0.0.1:1"})
        _select(view, [3, 4])
        waiting = await app.bulk.run(view, "add-note-to-application", {"content": "bulk-undo"}, "Add note")
        assert [r.status for r in waiting] == ["queued"] * 2
        assert (
            app.bulk.undo_action.isEnabled() and app.bulk.undo_action.shortcut().toString() == "Ctrl+Shift+Z"
        )
        assert await app.bulk.undo() == 2
        assert [r.status for r in waiting] == [bulk.UNDONE] * 2
        assert app.conn.execute("SELECT count(*) FROM outbox WHERE status != 'sent'").fetchone()[0] == 0
        app.core.accounts.edit("acme", settings_update={"base_url": sr_sandbox.base_url})
        assert not [m for m in sandbox_records(sr_sandbox, "messages") if "bulk-undo" in m["content"]]
        app.bulk.dialog.close()
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def test_the_command_palette_finds_a_command_by_words_and_runs_it(
    ui: UiDriver, qapp: Any, synced_app_home: Any
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        window.show_palette()
        palette = window.palette_dialog
        assert palette.list.count() > 5  # every menu command is there
        palette.query.setText("since looked")
        assert palette.list.count() == 1 and "New since you last looked" in palette.list.item(0).text()
        assert "Ctrl+Shift+L" in palette.list.item(0).text()
        palette.run_current()
        await ui.until(lambda: getattr(window, "news_dialog", None) is not None, what="the news list")
        assert window.news_dialog.isVisible()
        window.news_dialog.close()
        await app.shutdown()

    ui.run(scenario())
