"""The global search box (Ctrl+K): results from every account and model as you type.

It floats over the top of the window (a child widget, not a separate window, so it follows the
main window and needs no window-manager focus games). Up/Down move through the results, Enter opens
one, Escape closes. Queries hit the FTS index on the UI thread; they take milliseconds.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop import same_person, search
from desktop.search import Hit
from desktop.ui import labels
from desktop.ui.models import Index, SearchResultsModel
from desktop.ui.signals import track_signal

log = logging.getLogger("recruiter_companion.ui.search")


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the title, then subtitle · kind · account."""

    def __init__(self, results: SearchResultsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results = results

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(0, 2 * option.fontMetrics.height() + 10)  # as wide as the view, never wider

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        hit: Hit | None = index.data(SearchResultsModel.HIT_ROLE)
        if hit is None:
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(10, 4, -10, -4)
        line = option.fontMetrics.height()
        kind = labels.model_singular(hit.model)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        metrics = painter.fontMetrics()
        kind_width = metrics.horizontalAdvance(kind) + 4
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - kind_width - 8, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(hit.title or "—", Qt.TextElideMode.ElideRight, rect.width() - kind_width),
        )
        painter.setFont(option.font)
        painter.drawText(
            QRect(rect.right() - kind_width, rect.top(), kind_width, line), Qt.AlignmentFlag.AlignRight, kind
        )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        names = self.results.account_names
        account = names.get(hit.account_id, "")
        also = ""
        if hit.also:
            also = QCoreApplication.translate("SearchPopup", "also in %1").replace(
                "%1", ", ".join(names.get(a, a) for a in hit.also)
            )
        second = " · ".join(p for p in (hit.subtitle, account, also) if p)
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class SearchPopup(QFrame):
    #: model, record id
    opened = Signal(str, str)
    #: candidate id: "Forget this person…" was picked in a result's context menu
    forgetRequested = Signal(str)

    DELAY_MS = 40
    LIMIT = 50

    def __init__(self, conn: sqlite3.Connection, parent: QWidget) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        self.setGraphicsEffect(shadow)
        self.account_ids: tuple[str, ...] | None = None
        self.account_names: dict[str, str] = {}
        self.last_ms = 0.0
        self._return_focus: QWidget | None = None
        self._menu: QMenu | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.input = QLineEdit()
        self.input.setObjectName("searchInput")
        self.input.setPlaceholderText(
            self.tr("Search candidates, jobs, applications, users in all accounts…")
        )
        self.input.setAccessibleName(self.tr("Search everything"))
        self.input.setClearButtonEnabled(True)
        self.input.installEventFilter(self)
        layout.addWidget(self.input)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        layout.addWidget(self.status)
        self.results = SearchResultsModel(self)
        self.list = QListView()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.results)
        self.list.setItemDelegate(HitDelegate(self.results, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the input; Up/Down are forwarded
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_index)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.list, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.input.textChanged.connect(lambda _: self._timer.start())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            track_signal(app.focusChanged, self._focus_changed, self)
        self.hide()

    # --- showing -----------------------------------------------------------------------------------
    def popup(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # created as a child of the main window
        width = min(720, max(420, parent.width() - 80))
        height = min(480, max(240, parent.height() - 120))
        self.setGeometry(QRect((parent.width() - width) // 2, 48, width, height))
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._return_focus = focused
        self.show()
        self.raise_()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()
        if not self.input.text():
            self.status.setText(self.tr("Type a name, e-mail, phone number, company or job."))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Clicking anywhere else in the window closes the popup, like a menu (not a result's own menu).
        if self._menu is not None and self._menu.isVisible():
            return
        if self.isVisible() and new is not None and not self.isAncestorOf(new) and new is not self:
            self.hide()

    # --- querying ----------------------------------------------------------------------------------
    def run_query(self) -> None:
        self._timer.stop()
        text = self.input.text()
        started = time.perf_counter()
        hits = same_person.group_hits(
            self.conn, search.search(self.conn, text, limit=self.LIMIT, account_ids=self.account_ids)
        )
        self.last_ms = (time.perf_counter() - started) * 1000
        if self.last_ms > 50:
            log.info("slow search %r: %.0f ms", text, self.last_ms)
        self.results.set_hits(hits, self.account_names)
        if hits:
            self.list.setCurrentIndex(self.results.index(0))
            shown = (
                self.tr("%1 best matches").replace("%1", str(len(hits)))
                if len(hits) >= self.LIMIT
                else self.tr("%1 matches").replace("%1", str(len(hits)))
            )
            self.status.setText(shown)
        elif search.match_query(text):
            self.status.setText(self.tr("No matches."))
        else:
            self.status.setText(self.tr("Type a name, e-mail, phone number, company or job."))

    def _open_index(self, index: QModelIndex) -> None:
        hit: Hit | None = index.data(SearchResultsModel.HIT_ROLE) if index.isValid() else None
        if hit:
            self.hide()
            self.opened.emit(hit.model, hit.record_id)

    def candidate_of(self, hit: Hit) -> str | None:
        """The candidate a hit is about: the candidate itself, or an application's candidate."""
        if hit.model == "candidates":
            return hit.record_id
        if hit.model == "applications":
            row = self.conn.execute("SELECT candidate_id FROM applications WHERE id = ?", (hit.record_id,))
            found = row.fetchone()
            return str(found[0]) if found and found[0] else None
        return None

    def _context_menu(self, pos: Any) -> None:
        index = self.list.indexAt(pos)
        hit: Hit | None = index.data(SearchResultsModel.HIT_ROLE) if index.isValid() else None
        candidate = self.candidate_of(hit) if hit else None
        if hit is None or candidate is None:
            return
        menu = QMenu(self)
        menu.setObjectName("searchResultMenu")
        menu.addAction(self.tr("Open"), lambda: self._open_index(index))
        forget = menu.addAction(self.tr("Forget this person…"))
        forget.setObjectName("forgetPerson")
        forget.triggered.connect(lambda: self._forget(candidate))
        self._menu = menu
        menu.aboutToHide.connect(self._menu_closed)
        menu.popup(self.list.viewport().mapToGlobal(pos))  # popup(), never exec(): no nested loop

    def _menu_closed(self) -> None:
        if self._menu is not None:
            self._menu.deleteLater()  # after the picked action's signal has been delivered
            self._menu = None

    def _forget(self, candidate: str) -> None:
        self.hide()
        self.forgetRequested.emit(candidate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_query()  # Enter right after typing: answer for the text as typed
                self._open_index(self.list.currentIndex())
                return True
            if key == Qt.Key.Key_Escape:
                self.close_popup(restore_focus=True)
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: Any) -> None:
        count = self.results.rowCount()
        if not count:
            return
        row = self.list.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
        row = max(0, min(count - 1, (row if row >= 0 else -1) + step))
        self.list.setCurrentIndex(self.results.index(row))

    def close_popup(self, *, restore_focus: bool) -> None:
        self.hide()
        if restore_focus and self._return_focus is not None and self._return_focus.isVisible():
            self._return_focus.setFocus(Qt.FocusReason.PopupFocusReason)
        self._return_focus = None
