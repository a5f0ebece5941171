"""A list of one model's records: filter box, "show deleted", count, and a lazily loaded table.

Writes waiting in the outbox show here too: records with a pending change are marked in the table,
and records being created (not in the cache until the ATS answers) are listed above it, marked
pending, so a record created offline is visible at once.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.queries import LISTS, Scope
from desktop.ui import labels
from desktop.ui.models import RecordTableModel, pending_icon
from desktop.ui.theme import accent


class RecordListView(QWidget):
    #: model, record id: the current row changed
    recordSelected = Signal(str, str)
    #: model, record id: a row was double-clicked or Enter pressed
    recordActivated = Signal(str, str)
    #: outbox entry id: a record being created was activated (show the pending writes)
    pendingActivated = Signal(int)
    #: "Export…" was pressed: the window asks where and writes the list as shown
    exportRequested = Signal()

    FILTER_DELAY_MS = 120

    def __init__(
        self, conn: sqlite3.Connection, model: str, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model_name = model
        self.settings = settings
        self.setObjectName(f"list_{model}")
        self.table_model = RecordTableModel(conn, LISTS[model], self)
        self.table_model.totalChanged.connect(self._show_total)
        self._stale = True
        self._account_ids: tuple[str, ...] | None = None
        #: conditions of the saved search shown (cleared when the filter text is edited by hand)
        self.saved_where: tuple[tuple[str, tuple[object, ...]], ...] = ()
        self.saved_name: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        name = labels.model_label(model)
        self.filter.setPlaceholderText(self.tr("Filter %1… (Ctrl+F)").replace("%1", name))
        self.filter.setAccessibleName(self.tr("Filter %1").replace("%1", name))
        bar.addWidget(self.filter, 1)
        # Under "All accounts" with several accounts: narrow this list to one of them.
        self.account_filter = QComboBox()
        self.account_filter.setObjectName(f"accountFilter_{model}")
        self.account_filter.setAccessibleName(self.tr("Account"))
        self.account_filter.setToolTip(self.tr("Only the records of this account"))
        self.account_filter.addItem(self.tr("All accounts"), None)
        self.account_filter.setVisible(False)
        bar.addWidget(self.account_filter)
        self.show_deleted = QCheckBox(self.tr("Show deleted"))
        self.show_deleted.setToolTip(self.tr("Also list records the vendor no longer returns"))
        bar.addWidget(self.show_deleted)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of records"))
        bar.addWidget(self.count_label)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName(f"export_{model}")
        self.export_button.setToolTip(
            self.tr("Save this list as shown (columns, filter, order) as CSV or XLSX")
        )
        self.export_button.clicked.connect(self.exportRequested)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.pending_list = QListWidget()
        self.pending_list.setObjectName(f"pending_{model}")
        self.pending_list.setAccessibleName(self.tr("%1 being created").replace("%1", name))
        self.pending_list.setToolTip(self.tr("Created here, waiting to be sent to the ATS"))
        self.pending_list.itemActivated.connect(
            lambda item: self.pendingActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.pending_list.hide()
        layout.addWidget(self.pending_list)

        self.table = QTableView()
        self.table.setObjectName(f"table_{model}")
        self.table.setAccessibleName(name)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows, which keeps scrolling 100k rows smooth.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(
            self.table_model.sort_column,
            Qt.SortOrder.DescendingOrder if self.table_model.descending else Qt.SortOrder.AscendingOrder,
        )
        for i, col in enumerate(LISTS[model].columns):
            wide = col.key in ("name", "candidate", "job", "email", "title", "company")
            header.resizeSection(i, 200 if wide else 110)
        self.restore_layout()
        # Only now: enabling sorting sorts at once by the header's indicator, which must be ours by then.
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_scope)
        self.filter.textChanged.connect(lambda _: self._filter_edited())
        self.filter.returnPressed.connect(self._apply_scope)
        self.show_deleted.toggled.connect(lambda _: self._apply_scope())
        self.account_filter.currentIndexChanged.connect(lambda _: self._apply_scope())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)

    # --- scope -----------------------------------------------------------------------------------
    def scope(self) -> Scope:
        account_ids = self._account_ids
        chosen = self.account_filter.currentData() if self.account_filter.isVisibleTo(self) else None
        if account_ids is None and chosen:
            account_ids = (str(chosen),)
        return Scope(
            account_ids=account_ids,
            text=self.filter.text().strip(),
            show_deleted=self.show_deleted.isChecked(),
            where=self.saved_where,
        )

    def apply_saved(self, name: str, text: str, where: tuple[tuple[str, tuple[object, ...]], ...]) -> None:
        """Show a saved search: its filter text and conditions, until the filter is changed."""
        self.saved_where, self.saved_name = where, name
        self.filter.blockSignals(True)
        self.filter.setText(text)
        self.filter.blockSignals(False)
        self.filter.setPlaceholderText(self.tr("Saved search: %1").replace("%1", name))
        self._apply_scope()

    def _filter_edited(self) -> None:
        if self.saved_where:
            self.saved_where, self.saved_name = (), None
            self.filter.setPlaceholderText(
                self.tr("Filter %1… (Ctrl+F)").replace("%1", labels.model_label(self.model_name))
            )
        self._filter_timer.start()

    def set_accounts(self, account_ids: tuple[str, ...] | None, *, visible: bool) -> None:
        self._account_ids = account_ids
        self._update_account_filter()
        if visible:
            self._apply_scope()
        else:
            self._stale = True

    def set_account_column_visible(self, show: bool) -> None:
        column = LISTS[self.model_name].column("account")
        self.table.setColumnHidden(column, not show)
        self._update_account_filter()

    def set_account_choices(self, accounts: list[tuple[str, str]]) -> None:
        """The accounts the filter offers, as (id, name); keeps the chosen one if it is still there."""
        chosen = self.account_filter.currentData()
        self.account_filter.blockSignals(True)
        self.account_filter.clear()
        self.account_filter.addItem(self.tr("All accounts"), None)
        for account_id, name in accounts:
            self.account_filter.addItem(name, account_id)
        index = self.account_filter.findData(chosen) if chosen else 0
        self.account_filter.setCurrentIndex(max(index, 0))
        self.account_filter.blockSignals(False)
        self._update_account_filter()

    def _update_account_filter(self) -> None:
        many = self.account_filter.count() > 2
        shown = (
            many
            and self._account_ids is None
            and not self.table.isColumnHidden(LISTS[self.model_name].column("account"))
        )
        self.account_filter.setVisible(shown)

    def visible_columns(self) -> list[int]:
        """Column indexes in the order the header shows them, hidden ones left out."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [i for i in logical if not header.isSectionHidden(i)]

    def _apply_scope(self) -> None:
        self._filter_timer.stop()
        self._stale = False
        self.table_model.set_scope(self.scope())

    def ensure_loaded(self) -> None:
        """Called when the view becomes visible: catch up with changes made while hidden."""
        if self._stale:
            self._stale = False
            if self.table_model.scope != self.scope():
                self.table_model.set_scope(self.scope())
            else:
                self.table_model.reload()

    def cache_changed(self, *, visible: bool) -> None:
        if visible and not self._stale:
            self.table_model.refresh()
        else:
            self._stale = True

    def set_show_deleted(self, show: bool) -> None:
        self.show_deleted.setChecked(show)

    # --- writes waiting in the outbox ----------------------------------------------------------------
    def set_pending(self, marks: dict[str, str], creates: list[tuple[int, str, str]]) -> None:
        """``marks``: record id -> what waits for it; ``creates``: (entry id, text, tooltip) of records
        of this model being created."""
        self.table_model.set_pending(marks)
        self.pending_list.clear()
        for entry_id, text, tooltip in creates:
            item = QListWidgetItem(pending_icon(accent("warn")), text)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            item.setToolTip(tooltip)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.pending_list.addItem(item)
        rows = min(len(creates), 4)
        self.pending_list.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 6 if rows else 0)
        self.pending_list.setVisible(bool(creates))

    # --- selection -------------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.table_model.record_id(current.row()) if current.isValid() else None
        if record_id:
            self.recordSelected.emit(self.model_name, record_id)

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.table_model.record_id(index.row())
        if record_id:
            self.recordActivated.emit(self.model_name, record_id)

    def select_record(self, record_id: str) -> bool:
        """Select the record's row if it is loaded; False if it is not in the loaded rows."""
        row = self.table_model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.table_model.index(row, 0))
        return True

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if LISTS[self.model_name].columns[column].order_by is None:
            # The model kept its order (no index serves this column): put the arrow back where it is.
            QTimer.singleShot(0, self._show_sort)

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.table_model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.table_model.sort_column, order)
        header.blockSignals(False)
        header.viewport().update()

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", total))

    # --- layout memory ---------------------------------------------------------------------------
    def save_layout(self) -> None:
        self.settings.setValue(f"views/{self.model_name}/header", self.table.horizontalHeader().saveState())

    def restore_layout(self) -> None:
        state = self.settings.value(f"views/{self.model_name}/header")
        if isinstance(state, QByteArray | bytes):
            self.table.horizontalHeader().restoreState(QByteArray(state))
            header = self.table.horizontalHeader()
            column = header.sortIndicatorSection()
            if (
                0 <= column < len(self.table_model.spec.columns)
                and self.table_model.spec.columns[column].order_by
            ):
                self.table_model.sort_column = column
                self.table_model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            header.setSortIndicator(
                self.table_model.sort_column,
                Qt.SortOrder.DescendingOrder if self.table_model.descending else Qt.SortOrder.AscendingOrder,
            )
