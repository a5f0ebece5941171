"""News without asking (issue 18.4): "New since you last looked", its count in the window title and
the tray icon, and a desktop notification when a sync brings something new.

The mark ("last looked") is kept in the settings; the query (``desktop.news.since``) runs in a
worker thread on a read connection of its own, after each finished sync, so the window never waits.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from connectors.unified.timefmt import now_iso
from desktop import news
from desktop.ui.formatting import format_ts

SETTING = "news/last_looked"


def describe(item: news.NewsItem, account: str) -> str:
    who = item.candidate or "?"
    if item.kind == news.NEW:
        return f"New application: {who} for {item.job} ({account})"
    return f"{who} moved to {item.stage or '?'} — {item.job} ({account})"


class NewsWatch(QObject):
    """Counts news after each sync; tells the window (title), the tray and the user."""

    #: the number of news items changed
    countChanged = Signal(int)

    def __init__(
        self,
        settings: object,
        open_reader: Callable[[], sqlite3.Connection],
        account_names: Callable[[], dict[str, str]],
        tray: QSystemTrayIcon | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._open_reader = open_reader
        self._account_names = account_names
        self.tray = tray
        self.items: list[news.NewsItem] = []
        mark = str(settings.value(SETTING, "") or "")  # type: ignore[attr-defined]
        if not mark:  # first start: what is already there is not news
            mark = now_iso()
            settings.setValue(SETTING, mark)  # type: ignore[attr-defined]
        self.mark = mark
        self._notified: set[tuple[str, str, str]] = set()

    async def refresh(self) -> list[news.NewsItem]:
        """Read the news again (worker thread); notify about items not told before."""
        mark = self.mark

        def read() -> list[news.NewsItem]:
            conn = self._open_reader()
            try:
                return news.since(conn, mark)
            finally:
                conn.close()

        items = await asyncio.to_thread(read)
        if mark != self.mark:  # marked as seen meanwhile
            return self.items
        fresh = [i for i in items if (i.kind, i.application_id, i.at) not in self._notified]
        self.items = items
        self._notified.update((i.kind, i.application_id, i.at) for i in items)
        self.countChanged.emit(len(items))
        if self.tray is not None:
            self.tray.setToolTip(self.title_suffix() or "Recruiter Companion")
            if fresh:
                names = self._account_names()
                first = describe(fresh[0], names.get(fresh[0].account_id, ""))
                more = f" (+{len(fresh) - 1} more)" if len(fresh) > 1 else ""
                self.tray.showMessage(
                    "Recruiter Companion", first + more, QSystemTrayIcon.MessageIcon.Information
                )
        return items

    def title_suffix(self) -> str:
        return f"{len(self.items)} new" if self.items else ""

    def mark_seen(self) -> None:
        self.mark = now_iso()
        self.settings.setValue(SETTING, self.mark)  # type: ignore[attr-defined]
        self.items = []
        self.countChanged.emit(0)
        if self.tray is not None:
            self.tray.setToolTip("Recruiter Companion")


class NewsDialog(QDialog):
    """The "New since you last looked" list; activating an item opens its application."""

    openRecord = Signal(str, str)

    def __init__(
        self, watch: NewsWatch, account_names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newsDialog")
        self.setWindowTitle(self.tr("New since you last looked"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        since = format_ts(watch.mark)
        layout.addWidget(QLabel(self.tr("Since %1:").replace("%1", since)))
        self.list = QListWidget()
        self.list.setObjectName("newsList")
        for item in watch.items:
            row = QListWidgetItem(
                f"{format_ts(item.at)}  {describe(item, account_names.get(item.account_id, ''))}"
            )
            row.setData(Qt.ItemDataRole.UserRole, item.application_id)
            self.list.addItem(row)
        if not watch.items:
            self.list.addItem(self.tr("Nothing new."))
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        seen = buttons.addButton(self.tr("Mark all as seen"), QDialogButtonBox.ButtonRole.AcceptRole)
        seen.setObjectName("newsMarkSeen")
        seen.clicked.connect(watch.mark_seen)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _activated(self, item: QListWidgetItem) -> None:
        app_id = item.data(Qt.ItemDataRole.UserRole)
        if app_id:
            self.openRecord.emit("applications", str(app_id))
