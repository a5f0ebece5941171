"""Bulk triage in the window (issue 18.3): select many rows, add a note or a tag to all of them, or
move applications to a stage (with a rejection reason: a bulk reject), with one confirmation; one
outbox entry per item, the per-item results shown, and Ctrl+Shift+Z takes back what has not been
sent yet. J/K move through the list.

The work itself is ``desktop.outbox.bulk`` (no Qt); this module asks, confirms and shows.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.outbox import bulk
from desktop.ui.actions.controller import OutboxController
from desktop.ui.views.record_list import RecordListView

#: What each list can do to many rows at once: (action, title, what to ask, the parameter it fills).
OFFERS: dict[str, list[tuple[str, str, str, str]]] = {
    "applications": [("add-note-to-application", "Add note to selected", "Note:", "content")],
    "candidates": [("add-tag-to-candidate", "Tag selected", "Tag:", "tag")],
}


def _params(field: str, text: str) -> dict[str, Any]:
    return {"tag": {"name": text}} if field == "tag" else {field: text}


class BulkResultsDialog(QDialog):
    """One line per item: sent, waiting, failed (with why), refused, undone."""

    def __init__(
        self, title: str, results: list[bulk.ItemResult], names: dict[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkResults")
        self.setWindowTitle(title)
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a refusal's reason is a sentence: read it without scrolling sideways
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.names = names
        self.show_results(results)

    def show_results(self, results: list[bulk.ItemResult]) -> None:
        self.list.clear()
        for r in results:
            why = f" — {r.error}" if r.error else ""
            self.list.addItem(f"{r.status}: {self.names.get(r.record_id, r.record_id)}{why}")
        counts = bulk.summary(results)
        self.summary.setText(", ".join(f"{n} {status}" for status, n in sorted(counts.items())))


class MoveDialog(QDialog):
    """Stage (and, for a rejection, reason) for the selected applications, chosen by name: the names
    the selected applications' accounts have; each item gets its own account's stage of that name."""

    def __init__(self, stages: list[str], reasons: list[str], count: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("bulkMove")
        self.setWindowTitle(self.tr("Move selected to stage"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%1 applications").replace("%1", str(count))))
        self.stage = QComboBox()
        self.stage.setObjectName("bulkMoveStage")
        self.stage.addItems(stages)
        form.addRow(self.tr("Stage:"), self.stage)
        self.reason = QComboBox()
        self.reason.setObjectName("bulkMoveReason")
        self.reason.addItem(self.tr("(no rejection reason)"), None)
        for name in reasons:
            self.reason.addItem(name, name)
        form.addRow(self.tr("Rejection reason:"), self.reason)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("Move %1").replace("%1", str(count)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class BulkActions(QObject):
    def __init__(self, window: Any, outbox: OutboxController) -> None:
        super().__init__(window)
        self.window = window
        self.outbox = outbox
        self.last: list[bulk.ItemResult] = []
        self.dialog: BulkResultsDialog | None = None
        for model, view in window.lists.items():
            view.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self._keys(view)
            for action, title, ask, field in OFFERS.get(model, []):
                qa = QAction(self.tr(title) + "…", view)
                qa.setObjectName(f"bulk:{action}")
                qa.setShortcut(QKeySequence("Ctrl+Alt+N" if field == "content" else "Ctrl+Alt+T"))
                qa.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                qa.triggered.connect(
                    lambda _=False, v=view, a=action, t=title, k=ask, f=field: self.ask(v, a, t, k, f)
                )
                view.table.addAction(qa)
                view.addAction(qa)
            if model == "applications":
                move = QAction(self.tr("Move selected to stage…"), view)
                move.setObjectName("bulk:move-application-to-stage")
                move.setShortcut(QKeySequence("Ctrl+Alt+M"))
                move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                move.triggered.connect(lambda _=False, v=view: self.ask_move(v))
                view.table.addAction(move)
                view.addAction(move)
            view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The pipeline's selected cards too, in any columns (issue 18.3).
        board = window.pipeline
        board_move = QAction(self.tr("Move selected to stage…"), board)
        board_move.setObjectName("bulk:pipeline-move")
        board_move.setShortcut(QKeySequence("Ctrl+Alt+M"))
        board_move.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        board_move.triggered.connect(lambda _=False: self.ask_move(board))
        board.addAction(board_move)
        board.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.undo_action = QAction(self.tr("Undo the last bulk action (what is not sent yet)"), window)
        self.undo_action.setObjectName("bulkUndo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(lambda: self.window.ctx.tasks.spawn(self.undo(), name="bulk-undo"))
        window.addAction(self.undo_action)

    def _keys(self, view: RecordListView) -> None:
        """J/K: next/previous row, as in a mail client."""
        for key, step in (("J", 1), ("K", -1)):
            qa = QAction(view)
            qa.setShortcut(QKeySequence(key))
            qa.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            qa.triggered.connect(lambda _=False, v=view, s=step: self.step(v, s))
            view.table.addAction(qa)

    @staticmethod
    def step(view: RecordListView, delta: int) -> None:
        table = view.table
        row = max(0, min(table.model().rowCount() - 1, table.currentIndex().row() + delta))
        table.selectRow(row)

    def selected(self, view: Any) -> list[tuple[str, str]]:
        """(record id, shown name) of the selected rows, or of the pipeline's selected cards."""
        if not isinstance(view, RecordListView):
            return list(view.selected_cards())
        rows = sorted({i.row() for i in view.table.selectionModel().selectedRows()})
        model = view.table_model
        # An application is its candidate and its job: one name alone repeats for every job applied to.
        width = 2 if view.model_name == "applications" else 1

        def name(row: int) -> str:
            parts = [str(model.data(model.index(row, c)) or "") for c in range(width)]
            return " — ".join(p for p in parts if p)

        return [(rid, name(r) or rid) for r in rows if (rid := model.record_id(r))]

    def ask(self, view: RecordListView, action: str, title: str, ask: str, field: str) -> None:
        chosen = self.selected(view)
        if not chosen:
            self.window.statusBar().showMessage(self.tr("Select the rows first (Shift/Ctrl+click)."), 10000)
            return
        text, ok = QInputDialog.getText(self.window, self.tr(title), self.tr(ask))
        if not ok or not text.strip():
            return
        answer = QMessageBox.question(
            self.window,
            self.tr(title),
            self.tr("%1 on %2 records?").replace("%1", self.tr(title)).replace("%2", str(len(chosen))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.ctx.tasks.spawn(
                self.run(view, action, _params(field, text.strip()), title), name="bulk"
            )

    def ask_move(self, view: Any) -> MoveDialog | None:
        """The stage (and reason) for the selected applications, then the bulk move."""
        chosen = self.selected(view)
        if not chosen:
            self.window.statusBar().showMessage(self.tr("Select the rows first (Shift/Ctrl+click)."), 10000)
            return None
        ids = [rid for rid, _ in chosen]
        marks = ",".join("?" * len(ids))
        accounts = f"SELECT DISTINCT account_id FROM applications WHERE id IN ({marks})"
        conn = self.window.conn
        stages = [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM application_stages WHERE account_id IN ({accounts}) "
                "AND remote_deleted_at IS NULL AND name IS NOT NULL GROUP BY name COLLATE NOCASE "
                "ORDER BY min(global_index), name",
                ids,
            )
        ]
        reasons = [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM rejection_reasons WHERE account_id IN ({accounts}) "
                "AND remote_deleted_at IS NULL AND name IS NOT NULL GROUP BY name COLLATE NOCASE "
                "ORDER BY name",
                ids,
            )
        ]
        if not stages:
            self.window.statusBar().showMessage(
                self.tr("The selected applications' accounts have no stages in the cache yet."), 10000
            )
            return None
        dialog = MoveDialog(stages, reasons, len(chosen), self.window)

        def chosen_move(result: int) -> None:
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            stage, reason = dialog.stage.currentText(), dialog.reason.currentData()
            params = bulk.move_params(conn, stage, reason)
            title = self.tr("Move to %1").replace("%1", stage)
            move = self.run(view, "move-application-to-stage", params, title)
            self.window.ctx.tasks.spawn(move, name="bulk")

        dialog.finished.connect(chosen_move)
        dialog.open()  # window-modal without a nested event loop
        return dialog

    async def run(self, view: Any, action: str, params: bulk.Params, title: str) -> list[bulk.ItemResult]:
        """Save one entry per selected row (or pipeline card), send them, show each item's result."""
        chosen = self.selected(view)
        table = view.model_name if isinstance(view, RecordListView) else "applications"
        names = dict(chosen)
        accounts = self.window.account_infos()
        items = []
        for rid, _name in chosen:
            row = self.window.conn.execute(
                f'SELECT account_id FROM "{table}" WHERE id = ?', (rid,)
            ).fetchone()
            if row and row[0] in accounts:
                items.append(bulk.BulkItem(accounts[row[0]], rid))
        worker = self.outbox.worker
        results = await bulk.prepare(worker, action, items, params, batch=uuid.uuid4().hex)
        self.last = results
        self.undo_action.setEnabled(True)
        self.dialog = BulkResultsDialog(self.tr(title), results, names, self.window)
        self.dialog.show()
        await bulk.send(worker, results)
        self.outbox.changed.emit()
        self.dialog.show_results(results)
        return results

    async def undo(self) -> int:
        dropped = await bulk.undo(self.outbox.worker, self.last)
        self.outbox.changed.emit()
        if self.dialog is not None:
            self.dialog.show_results(self.last)
        self.window.statusBar().showMessage(
            self.tr("Took back %1 items not sent yet.").replace("%1", str(dropped)), 10000
        )
        return dropped
