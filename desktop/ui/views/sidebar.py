"""The accounts sidebar: pick which account(s) the views show, and manage and sync accounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectors import registry
from desktop import saved_searches
from desktop.queries import AccountSummary
from desktop.saved_searches import SavedSearch
from desktop.ui.formatting import format_ago
from desktop.ui.theme import accent

ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 30
SAVED_ROLE = Qt.ItemDataRole.UserRole + 31


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)



def saved_search_title(search: SavedSearch) -> str:
    """A built-in search's name in the window's language; the user's own as they typed it."""
    if search.builtin == saved_searches.APPLIED_THIS_WEEK:
        return QCoreApplication.translate("SavedSearches", "Applied this week")
    if search.builtin == saved_searches.STALE_STAGE:
        title = QCoreApplication.translate("SavedSearches", "In a stage for more than %1 days")
        return title.replace("%1", str(saved_searches.STALE_DAYS))
    if search.builtin == saved_searches.DUE_FOR_REVIEW:
        return QCoreApplication.translate("SavedSearches", "Due for review")
    return search.name

class AccountsSidebar(QWidget):
    #: account ids to show, or None for all accounts
    scopeChanged = Signal(object)
    addRequested = Signal()
    editRequested = Signal(str)
    removeRequested = Signal(str)
    #: account id, full
    syncRequested = Signal(str, bool)
    cancelRequested = Signal(str)
    #: a saved search (desktop.saved_searches.SavedSearch) was chosen
    savedSearchChosen = Signal(object)
    saveSearchRequested = Signal()
    #: the user asked to forget one of their saved searches
    savedSearchRemoved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsSidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        header = QHBoxLayout()
        title = QLabel(self.tr("Accounts"))
        title.setObjectName("sidebarTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        header.addWidget(title)
        header.addStretch()
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Connect an ATS account (Ctrl+Shift+N)"))
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.add_button.clicked.connect(self.addRequested)
        header.addWidget(self.add_button)
        layout.addLayout(header)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 2)

        # Saved searches (issue 18.5): the built-ins, then the user's own.
        saved_header = QHBoxLayout()
        saved_title = QLabel(self.tr("Saved searches"))
        saved_title.setFont(font)
        saved_header.addWidget(saved_title)
        saved_header.addStretch()
        self.save_search_button = QToolButton()
        self.save_search_button.setText("+")
        self.save_search_button.setObjectName("saveSearch")
        self.save_search_button.setToolTip(self.tr("Save the list's current filter as a search"))
        self.save_search_button.setAccessibleName(self.tr("Save search"))
        self.save_search_button.clicked.connect(self.saveSearchRequested)
        saved_header.addWidget(self.save_search_button)
        layout.addLayout(saved_header)
        self.saved = QListWidget()
        self.saved.setObjectName("savedSearches")
        self.saved.setAccessibleName(self.tr("Saved searches"))
        self.saved.itemActivated.connect(self._saved_chosen)
        self.saved.itemClicked.connect(self._saved_chosen)
        self.saved.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.saved.customContextMenuRequested.connect(self._saved_menu)
        layout.addWidget(self.saved, 1)
        self._summaries: dict[str, AccountSummary] = {}
        self._running: set[str] = set()
        self._busy: dict[str, str] = {}
        self._problems: dict[str, str] = {}

    # --- saved searches ----------------------------------------------------------------------------
    def set_saved_searches(self, searches: list[Any]) -> None:
        self.saved.clear()
        for search in searches:
            item = QListWidgetItem(saved_search_title(search))
            item.setData(SAVED_ROLE, search)
            item.setToolTip(search.text or saved_search_title(search))
            self.saved.addItem(item)

    def _saved_chosen(self, item: QListWidgetItem) -> None:
        search = item.data(SAVED_ROLE)
        if search is not None:
            self.savedSearchChosen.emit(search)

    def _saved_menu(self, pos: QPoint) -> None:
        item = self.saved.itemAt(pos)
        search = item.data(SAVED_ROLE) if item else None
        if search is None or search.builtin:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Remove saved search"), lambda: self.savedSearchRemoved.emit(search))
        menu.exec(self.saved.viewport().mapToGlobal(pos))

    # --- contents --------------------------------------------------------------------------------
    def set_accounts(
        self,
        summaries: list[AccountSummary],
        running: set[str],
        problems: dict[str, str],
        busy: dict[str, str] | None = None,
    ) -> None:
        """Show these accounts; keeps the current choice when it still exists. ``busy``: accounts another
        member of the team syncs, with what to say ("Synced by anna@laptop, 62 %")."""
        current = self.current_account()
        self._summaries = {s.id: s for s in summaries}
        self._running = set(running)
        self._busy = dict(busy or {})
        self._problems = dict(problems)
        self.list.blockSignals(True)
        self.list.clear()
        everything = QListWidgetItem(self.tr("All accounts"))
        everything.setData(ACCOUNT_ROLE, None)
        self.list.addItem(everything)
        selected = everything
        for summary in summaries:
            item = QListWidgetItem()
            item.setData(ACCOUNT_ROLE, summary.id)
            self._decorate(item, summary)
            self.list.addItem(item)
            if summary.id == current:
                selected = item
        self.list.setCurrentItem(selected)
        self.list.blockSignals(False)
        if (selected.data(ACCOUNT_ROLE)) != current:
            self.scopeChanged.emit(self.scope())

    def _decorate(self, item: QListWidgetItem, summary: AccountSummary) -> None:
        try:
            vendor = registry.get(summary.vendor).display_name
        except ValueError:
            vendor = summary.vendor
        if summary.id in self._running:
            state, colour = self.tr("syncing…"), accent("info")
        elif summary.id in self._busy:
            state, colour = self._busy[summary.id], accent("info")
        elif summary.id in self._problems or summary.errors:
            state, colour = self.tr("needs attention"), accent("error")
        elif summary.last_success_at:
            state, colour = (
                self.tr("synced %1").replace("%1", format_ago(summary.last_success_at)),
                accent("ok"),
            )
        else:
            state, colour = self.tr("not synced yet"), accent("muted")
        item.setText(f"{summary.name}\n{vendor} · {state}")
        item.setIcon(_dot(colour))
        tooltip = [f"{summary.name} ({vendor})", state]
        problem = self._problems.get(summary.id)
        if problem:
            tooltip.append(problem)
        tooltip.extend(summary.errors[:3])
        item.setToolTip("\n".join(tooltip))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{summary.name}, {vendor}, {state}")

    def scope(self) -> tuple[str, ...] | None:
        account = self.current_account()
        return None if account is None else (account,)

    def current_account(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ACCOUNT_ROLE) if item else None

    def select_account(self, account_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ACCOUNT_ROLE) == account_id:
                self.list.setCurrentRow(row)
                return

    def _current_changed(self, *_: Any) -> None:
        self.scopeChanged.emit(self.scope())

    # --- context menu ----------------------------------------------------------------------------
    def account_actions(self, account_id: str) -> list[QAction]:
        running = account_id in self._running
        actions = []
        sync = QAction(self.tr("Sync now"), self)
        sync.setEnabled(not running)
        sync.triggered.connect(lambda: self.syncRequested.emit(account_id, False))
        actions.append(sync)
        full = QAction(self.tr("Full sync (re-read everything)"), self)
        full.setEnabled(not running)
        full.triggered.connect(lambda: self.syncRequested.emit(account_id, True))
        actions.append(full)
        cancel = QAction(self.tr("Cancel sync"), self)
        cancel.setEnabled(running)
        cancel.triggered.connect(lambda: self.cancelRequested.emit(account_id))
        actions.append(cancel)
        edit = QAction(self.tr("Edit account…"), self)
        edit.triggered.connect(lambda: self.editRequested.emit(account_id))
        actions.append(edit)
        remove = QAction(self.tr("Remove account…"), self)
        remove.triggered.connect(lambda: self.removeRequested.emit(account_id))
        actions.append(remove)
        return actions

    def _menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        account_id = item.data(ACCOUNT_ROLE) if item else None
        menu = QMenu(self)
        if account_id:
            menu.addActions(self.account_actions(account_id))
        else:
            add = menu.addAction(self.tr("Add account…"))
            add.triggered.connect(self.addRequested)
        menu.popup(self.list.viewport().mapToGlobal(pos))
