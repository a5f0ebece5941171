"""Browsing the cache in the real window: lists (lazy pages, sort, filter, deleted rows), search (Ctrl+K),
detail pane (related records, changes, vendor data), the per-job pipeline, desktop manners."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.ui.app import Application
from desktop.ui.models import RecordTableModel
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def synced_app_home(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Any]:
    """An app home whose cache holds the tiny SmartRecruiters sandbox, synced (no window yet)."""
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    report = asyncio.run(core.sync.sync(account, core.accounts.credentials(account)))
    assert report.ok
    core.close()
    yield app_home


async def _shortcut(ui: UiDriver, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press a key combination as a user would: in the active window, on the focused widget."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    await ui.until(window.isActiveWindow, what="the window to become active")
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_lists_load_lazily_sort_filter_and_hide_deleted(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.show_tab("candidates")
        view = window.lists["candidates"]
        model = view.table_model
        total = app.conn.execute(
            "SELECT count(*) FROM candidates WHERE remote_deleted_at IS NULL"
        ).fetchone()[0]
        assert model.total == total and model.rowCount() == total  # fewer than a page: all loaded
        assert view.count_label.text() == f"{total} records"

        # Pages: a small page size shows the lazy path the 100k lists take.
        small = RecordTableModel(app.conn, model.spec)
        small.PAGE = 5
        small.reload()
        assert small.rowCount() == 5 and small.canFetchMore(small.index(-1, -1))
        small.fetchMore(small.index(-1, -1))
        assert small.rowCount() == 10
        while small.canFetchMore(small.index(-1, -1)):
            small.fetchMore(small.index(-1, -1))
        assert small.rowCount() == total
        assert len({small.record_id(r) for r in range(total)}) == total  # no row twice across pages

        # Sorting by name is done in SQL: last names come in order.
        column = model.spec.column("name")
        view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        last = [
            r[0]
            for r in app.conn.execute(
                "SELECT last_name FROM candidates WHERE remote_deleted_at IS NULL "
                "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
            )
        ]
        shown = [model.index(r, column).data().split(" ")[-1] for r in range(model.rowCount())]
        assert [s.lower() for s in shown] == [name.split(" ")[-1].lower() for name in last]

        # The filter box narrows the list through the search index (umlauts folded).
        first = app.conn.execute("SELECT first_name, last_name FROM candidates LIMIT 1").fetchone()
        qtbot.keyClicks(view.filter, first[1])
        await ui.until(lambda: model.rowCount() < total, what="the filter to apply")
        names = [model.index(r, column).data().lower() for r in range(model.rowCount())]
        assert names and all(first[1].lower() in name for name in names), names
        view.filter.clear()
        await ui.until(lambda: model.rowCount() == total, what="the filter to clear")

        # A record the vendor deleted is hidden, unless asked for; its row is marked.
        gone = model.record_id(0)
        await app.core.writer.run(
            lambda conn: conn.exec_driver_sql(
                "UPDATE candidates SET remote_deleted_at='2026-11-20T10:00:00.000Z', "
                "changed_at='2026-11-20T10:00:00.000Z' WHERE id=?",
                (gone,),
            )
        )
        app.sync.cacheChanged.emit()
        await ui.until(lambda: model.row_of(gone) is None, what="the deleted row to go")
        assert model.total == total - 1
        window.show_deleted_action.trigger()
        await ui.until(lambda: model.row_of(gone) is not None, what="deleted rows to show")
        row = model.row_of(gone)
        assert row is not None and model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
        assert "Deleted" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        window.show_deleted_action.trigger()
        await app.shutdown()

    ui.run(scenario())


def test_search_box_detail_pane_and_pipeline(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        await ui.until(lambda: window.isVisible(), what="the window")
        # An application whose candidate has an e-mail: search for the candidate by last name.
        # (A name QTest can type: its key clicks know ASCII only, "Przemysław" aborts it.)
        cand_id, first, last, job_id = next(
            row
            for row in app.conn.execute(
                "SELECT c.id, c.first_name, c.last_name, a.job_id FROM applications a JOIN candidates c "
                "ON c.id = a.candidate_id ORDER BY a.rowid"
            )
            if f"{row[1]} {row[2]}".isascii()
        )

        await _shortcut(ui, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        popup = window.search
        await ui.until(lambda: popup.isVisible(), what="Ctrl+K to open the search")
        assert popup.input.hasFocus()
        qtbot.keyClicks(popup.input, f"{first} {last}")
        await ui.until(lambda: popup.results.rowCount() > 0, what="results as you type")
        assert popup.last_ms < 50
        hits = popup.results.hits
        assert {h.model for h in hits} >= {"candidates", "applications"}
        # Down/Up move through the results from the input; Enter opens the one chosen.
        target = next(i for i, h in enumerate(hits) if h.model == "candidates" and h.record_id == cand_id)
        for _ in range(target):
            qtbot.keyClick(popup.input, Qt.Key.Key_Down)
        assert popup.list.currentIndex().row() == target
        qtbot.keyClick(popup.input, Qt.Key.Key_Return)
        assert not popup.isVisible()
        assert window.detail.record_id == cand_id
        assert window.tabs.currentWidget() is window.lists["candidates"]
        overview = window.detail.overview.toHtml()
        app_id = app.conn.execute(
            "SELECT id FROM applications WHERE candidate_id=? AND job_id=?", (cand_id, job_id)
        ).fetchone()[0]
        assert "Applications" in overview and f"record:applications/{app_id}" in overview
        raw = json.loads(window.detail.raw.toPlainText())
        assert isinstance(raw, dict) and raw  # the vendor's object, pretty printed

        # A change the next sync brings shows up in the record's changes.
        await app.core.writer.run(
            lambda conn: conn.exec_driver_sql(
                "UPDATE candidates SET title='Head of Logistics', "
                "changed_at='2026-11-24T08:00:00.000Z' WHERE id=?",
                (cand_id,),
            )
        )
        window.detail.reload()
        changes = window.detail.changes
        assert changes.topLevelItemCount() == 1 and changes.topLevelItem(0).text(3) == "Head of Logistics"

        # Following a related job opens the job; its pipeline has a column per stage with cards.
        window.detail.navigate.emit("jobs", job_id)
        assert window.detail.record_id == job_id and window.tabs.currentWidget() is window.lists["jobs"]
        window.open_pipeline(job_id)
        board = window.pipeline
        assert window.tabs.currentWidget() is board
        stages = [
            r[0]
            for r in app.conn.execute(
                "SELECT name FROM application_stages WHERE remote_deleted_at IS NULL ORDER BY global_index"
            )
        ]
        assert [c.column.name for c in board.columns][: len(stages)] == stages
        cards = sum(c.model.rowCount() for c in board.columns)
        assert (
            cards
            == app.conn.execute(
                "SELECT count(*) FROM applications WHERE job_id=? AND remote_deleted_at IS NULL", (job_id,)
            ).fetchone()[0]
        )
        column = next(c for c in board.columns if c.model.rowCount())
        qtbot.mouseClick(
            column.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=column.view.visualRect(column.model.index(0)).center(),
        )
        assert window.detail.model == "applications"
        await app.shutdown()

    ui.run(scenario())


def test_layout_is_remembered_and_manners(ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        window = app.window
        app.start()
        window.resize(760, 560)  # within the offscreen screen (800x600)
        window.show_tab("users")
        # Every actionable control has an accessible name; the main shortcuts exist.
        for widget in (
            window.sidebar.add_button,
            window.sidebar.list,
            window.search.input,
            window.tabs,
            window.lists["candidates"].filter,
            window.lists["candidates"].table,
            window.detail.tabs,
        ):
            assert widget.accessibleName(), widget
        shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions() if a.objectName()}
        assert shortcuts["search"] == "Ctrl+K" and shortcuts["syncAll"] == "Ctrl+R"
        assert shortcuts["addAccount"] == "Ctrl+Shift+N" and shortcuts["tab_candidates"] == "Ctrl+3"
        assert shortcuts["new_create-candidate"] == "Ctrl+N" and shortcuts["pendingWrites"] == "Ctrl+Shift+P"
        # Diagnostics: useful, and free of secrets.
        window.copy_diagnostics()
        text = QApplication.clipboard().text()
        head = app.conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert f"cache schema: {head}" in text and "acme (smartrecruiters)" in text
        secret = app.core.accounts.credentials(app.core.accounts.get("acme"))["api_key"]
        assert secret not in text

        # Status bar: writes waiting in the outbox, and offline.
        assert not window.pending_label.isVisible()
        await app.outbox.stop()  # these made-up entries are for counting, not for the app to send
        now = "2026-11-24T09:00:00.000Z"
        for key, status in (("k1", "queued"), ("k2", "unknown"), ("k3", "failed"), ("k4", "sent")):
            await app.core.writer.run(
                lambda conn, key=key, status=status: conn.exec_driver_sql(
                    "INSERT INTO outbox (account_id, action, input, idempotency_key, status, attempts, "
                    "created_at, updated_at) VALUES ('x', 'add-note', '{}', ?, ?, 0, ?, ?)",
                    (key, status, now, now),
                )
            )
        window.refresh_outbox()
        assert window.pending_label.text() == "2 pending writes · 1 failed write"
        window.set_offline(True)
        assert window.offline_label.isVisible() and window.offline_label.text() == "Offline"
        assert app.sync.offline
        window.set_offline(False)
        assert not window.offline_label.isVisible()
        await app.shutdown()

        settings = QSettings(str(synced_app_home / "settings.ini"), QSettings.Format.IniFormat)
        assert settings.value("window/tab") == "users"
        again = Application(qapp, sync_on_start=False)
        again.start()
        assert again.window.tabs.currentWidget() is again.window.lists["users"]
        assert again.window.size().width() == 760
        await again.shutdown()

    ui.run(scenario())


def test_theme_follows_choice_and_translations_load(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n
    from desktop.ui.theme import Theme, is_dark

    theme = Theme(qapp, "dark")
    try:
        assert is_dark(qapp.palette())
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 128
        theme.set_mode("light")
        assert not is_dark(qapp.palette())
    finally:
        theme.set_mode("system")
    try:
        for lang, word in (("de", "Kandidaten"), ("nl", "Kandidaten"), ("pl", "Kandydaci")):
            assert i18n.install(qapp, lang) == lang
            assert QCoreApplication.translate("Labels", "Candidates") == word
        i18n.install(qapp, "en")
        assert QCoreApplication.translate("RecordListView", "%n record(s)", "", 1) == "1 record"
    finally:
        i18n.install(qapp, "en")


def test_unsortable_columns_keep_the_order_and_the_arrow(
    ui: UiDriver, qapp: Any, synced_app_home: Any
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        view = app.window.lists["candidates"]
        app.window.show_tab("candidates")
        model, header = view.table_model, view.table.horizontalHeader()
        before = [model.record_id(r) for r in range(model.rowCount())]
        email = model.spec.column("email")
        assert model.headerData(email, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        view.table.sortByColumn(email, Qt.SortOrder.AscendingOrder)
        await ui.until(lambda: header.sortIndicatorSection() == model.sort_column, what="the arrow to return")
        assert [model.record_id(r) for r in range(model.rowCount())] == before
        await app.shutdown()

    ui.run(scenario())


def test_custom_fields_read_one_per_line_with_answers_as_text() -> None:
    from desktop.ui.views.detail import _value_text

    custom = {
        "hiring_status": "new_app",
        "prescreen_answers": [
            {"question_id": "88100", "question": "Are you at least 18 years of age?", "answer": "Yes"},
            {"question_id": "88103", "question": "How many hours per week?", "answer": "40+"},
        ],
        "empty": None,
        "flags": {"remote": True},
    }
    assert _value_text("custom_fields", custom).splitlines() == [
        "hiring_status: new_app",
        "prescreen_answers: Are you at least 18 years of age? Yes; How many hours per week? 40+",
        "flags: remote: ✓",
    ]
