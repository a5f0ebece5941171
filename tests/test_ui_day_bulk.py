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


def test_a_bulk_reject_moves_each_application_with_its_reason_and_refuses_what_cannot(
    ui: UiDriver, qapp: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        window.show_tab("applications")
        view = window.lists["applications"]
        await ui.until(lambda: view.table_model.rowCount() >= 3, what="the applications")
        _select(view, [0, 1, 2])
        chosen = [rid for rid, _ in app.bulk.selected(view)]
        move = next(a for a in view.actions() if a.objectName() == "bulk:move-application-to-stage")
        assert move.shortcut().toString() == "Ctrl+Alt+M"

        dialog = app.bulk.ask_move(view)
        assert dialog is not None and dialog.isVisible()
        stages = [dialog.stage.itemText(i) for i in range(dialog.stage.count())]
        assert "Rejected" in stages and "In Review" in stages
        dialog.stage.setCurrentText("Rejected")
        dialog.reason.setCurrentIndex(dialog.reason.findData("Insufficient experience"))
        dialog.accept()
        await ui.until(lambda: len(app.bulk.last) == 3 and app.bulk.dialog is not None, what="the results")
        await ui.until(lambda: all(r.status != "queued" for r in app.bulk.last), what="sending")
        assert [r.status for r in app.bulk.last] == ["sent"] * 3, [r.error for r in app.bulk.last]
        entries = app.conn.execute(
            "SELECT json_extract(input, '$.data.application_id'), json_extract(input, '$.data.stage_id'), "
            "json_extract(input, '$.data.rejection_reason_id') FROM outbox WHERE action = ?",
            ("move-application-to-stage",),
        ).fetchall()
        rejected = app.conn.execute("SELECT id FROM application_stages WHERE name = 'Rejected'").fetchone()[0]
        reason = app.conn.execute(
            "SELECT id FROM rejection_reasons WHERE name = 'Insufficient experience'"
        ).fetchone()[0]
        assert sorted(entries) == sorted((rid, rejected, reason) for rid in chosen)
        app.bulk.dialog.close()

        # A name the account does not have: each item refused with why, nothing queued.
        account = next(iter(window.account_infos().values()))
        params = bulk.move_params(app.conn, "No such stage", None)
        item = bulk.BulkItem(account, chosen[0])
        worker = app.outbox.worker
        refused = await bulk.prepare(worker, "move-application-to-stage", [item], params, batch="x")
        assert refused[0].status == bulk.REFUSED
        assert "no stage named 'No such stage'" in (refused[0].error or "")
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


def test_cards_selected_in_two_pipeline_columns_move_together(
    ui: UiDriver, qapp: Any, synced_app_home: Any
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        # The job with the most applications spread over at least two stages.
        job = app.conn.execute(
            "SELECT job_id FROM applications WHERE current_stage_id IS NOT NULL GROUP BY job_id "
            "HAVING count(DISTINCT current_stage_id) >= 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        window.open_pipeline(job)
        board = window.pipeline
        await ui.until(lambda: sum(1 for c in board.columns if c.model.rowCount()) >= 2, what="the board")
        filled = [c for c in board.columns if c.model.rowCount() and c.column.stage_id is not None][:2]
        for column in filled:
            column.view.selectionModel().select(
                column.model.index(0), QItemSelectionModel.SelectionFlag.Select
            )
        chosen = board.selected_cards()
        assert len(chosen) == 2 and all(" — " in name for _, name in chosen)
        move = next(a for a in board.actions() if a.objectName() == "bulk:pipeline-move")
        assert move.shortcut().toString() == "Ctrl+Alt+M"
        dialog = app.bulk.ask_move(board)
        assert dialog is not None
        dialog.stage.setCurrentText("Interview")
        dialog.accept()
        await ui.until(lambda: len(app.bulk.last) == 2 and app.bulk.dialog is not None, what="the results")
        await ui.until(lambda: all(r.status != "queued" for r in app.bulk.last), what="sending")
        assert [r.status for r in app.bulk.last] == ["sent"] * 2, [r.error for r in app.bulk.last]
        moved = app.conn.execute(
            "SELECT json_extract(input, '$.data.application_id') FROM outbox WHERE action = ?",
            ("move-application-to-stage",),
        ).fetchall()
        assert sorted(r[0] for r in moved) == sorted(rid for rid, _ in chosen)
        app.bulk.dialog.close()
        await app.shutdown()

    ui.run(scenario(), timeout=90)
