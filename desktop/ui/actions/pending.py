"""The "Pending writes" dialog: what waits in the outbox or was refused, with retry and drop.

Nothing a user wrote is lost: an entry the ATS refused stays here with the vendor's reason until the
user sends it again or drops it; waiting ones can be sent now. The dialog is not modal and follows
the outbox as it changes.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connectors.base.actions import SCHEMAS
from connectors.http.redact import redact
from desktop.outbox import queue as q
from desktop.ui.actions import lookups, texts
from desktop.ui.actions.controller import OutboxController, OutboxDialog
from desktop.ui.confirm import confirm
from desktop.ui.formatting import format_ts
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import accent


def state_text(status: str) -> str:
    """An outbox status in words."""
    words = {
        q.QUEUED: QCoreApplication.translate("PendingWrites", "waiting to be sent"),
        q.SENDING: QCoreApplication.translate("PendingWrites", "being sent"),
        q.UNKNOWN: QCoreApplication.translate("PendingWrites", "not confirmed yet"),
        q.FAILED: QCoreApplication.translate("PendingWrites", "refused"),
        q.SENT: QCoreApplication.translate("PendingWrites", "sent"),
    }
    return words.get(status, status)


class PendingWritesDialog(OutboxDialog):
    COLUMNS = 6

    def __init__(
        self,
        conn: Any,
        controller: OutboxController,
        tasks: TaskSet,
        account_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(conn, controller, tasks, parent)
        self.account_names = account_names
        self.entries: list[lookups.PendingEntry] = []
        self.setObjectName("pendingWritesDialog")
        self.setWindowTitle(self.tr("Pending writes"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Changes saved here that the ATS has not confirmed yet, and those it refused. Waiting "
                "ones are sent on their own when the ATS can be reached; refused ones wait for you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("pendingTable")
        self.table.setAccessibleName(self.tr("Pending writes"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Saved"),
                self.tr("Account"),
                self.tr("Action"),
                self.tr("About"),
                self.tr("State"),
                self.tr("Reason"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = QPushButton(self.tr("&Send all now"))
        self.send_button.setObjectName("sendAllNow")
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retryEntry")
        self.drop_button = QPushButton(self.tr("&Drop…"))
        self.drop_button.setObjectName("dropEntry")
        for button in (self.send_button, self.retry_button, self.drop_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send_all)
        self.retry_button.clicked.connect(self.retry_selected)
        self.drop_button.clicked.connect(self.drop_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        controller.changed.connect(self.reload)
        self.reload()

    # --- contents ----------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        self.entries = lookups.pending_entries(self.conn)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            sch = SCHEMAS.get(entry.action)
            cells = [
                format_ts(entry.created_at),
                self.account_names.get(entry.account_id, entry.account_id),
                texts.action_title(sch.title) if sch else entry.action,
                entry.summary,
                state_text(entry.status) + (f" ({entry.attempts}×)" if entry.attempts else ""),
                redact(entry.error or ""),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if column == 4 and entry.failed:
                    item.setForeground(accent("error"))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            for row, entry in enumerate(self.entries):
                if entry.id == selected:
                    self.table.selectRow(row)
        if not self.entries:
            self.message.setText(self.tr("Nothing is waiting: every change was sent."))
        self._selection_changed()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()].id

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.retry_button.setEnabled(chosen and not self.busy)
        self.drop_button.setEnabled(chosen and not self.busy)
        self.send_button.setEnabled(bool(self.entries) and not self.busy)

    # --- commands ----------------------------------------------------------------------------------
    def _run(self, coro: Any, name: str) -> asyncio.Task[None]:
        self.busy = True
        self._selection_changed()

        async def wrapped() -> None:
            try:
                await coro
            except Exception as exc:  # say it, keep the dialog usable
                self.message.setText(redact(str(exc)))
            finally:
                self.busy = False
                self.reload()

        return self.tasks.spawn(wrapped(), name=name)

    def send_all(self) -> None:
        async def go() -> None:
            self.message.setText(self.tr("Sending…"))
            outcomes = await self.controller.flush()
            sent = sum(1 for o in outcomes if o.status == q.SENT)
            self.message.setText(
                self.tr("%1 sent, %2 still waiting or refused.")
                .replace("%1", str(sent))
                .replace("%2", str(len(outcomes) - sent))
            )

        self._run(go(), "outbox:flush")

    def retry_selected(self) -> None:
        entry_id = self.selected()
        if entry_id is None:
            return

        async def go() -> None:
            outcome = await self.controller.retry(entry_id)
            self.message.setText(
                state_text(outcome.state) + (f": {redact(outcome.error)}" if outcome.error else "")
            )

        self._run(go(), f"outbox:retry:{entry_id}")

    def drop_selected(self) -> None:
        entry_id = self.selected()
        if entry_id is None:
            return

        async def go() -> None:
            await self.controller.drop(entry_id)
            self.message.setText(self.tr("Dropped."))

        confirm(
            self,
            "confirmDrop",
            self.tr("Drop this write"),
            self.tr("Drop this change? It is not sent, and it cannot be brought back."),
            lambda: self._run(go(), f"outbox:drop:{entry_id}"),
        )
