"""The main window's menus and keyboard shortcuts.

Every command lives in one place here, as a ``QAction`` added to the window too, so its shortcut
works even while the menu bar is hidden (e.g. on desktops with a global menu).
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from desktop.ui import i18n, labels
from desktop.ui.context import AppContext


class MenuHost(Protocol):
    """What the menus call on the window they sit in (``main_window.MainWindow`` is one): a protocol,
    so this module does not import the window that builds it."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def settings(self) -> QSettings: ...
    @property
    def tabs_order(self) -> tuple[str, ...]: ...
    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt's name
    def close(self) -> bool: ...
    def add_account(self) -> None: ...
    def open_team(self) -> None: ...
    def open_search(self) -> None: ...
    def focus_filter(self) -> None: ...
    def set_show_deleted(self, show: bool) -> None: ...
    def show_tab(self, key: str) -> None: ...
    def set_theme(self, mode: str) -> None: ...
    def set_language(self, code: str) -> None: ...
    def sync_all(self, full: bool) -> None: ...
    def set_sync_interval(self, minutes: int) -> None: ...
    def copy_diagnostics(self) -> None: ...
    def open_log_folder(self) -> None: ...
    def about(self) -> None: ...

SYNC_INTERVALS = (0, 10, 15, 60, 240)  # minutes; 0 = off
#: While the app runs it re-syncs (delta, within each account's share) this often unless changed.
DEFAULT_SYNC_INTERVAL = 10


class MainMenus(QObject):
    def __init__(self, window: MenuHost) -> None:
        super().__init__(cast(QObject, window))  # a QMainWindow: the menus live as long as it does
        self.window = window
        w = window
        menus = w.menuBar()

        file = self.file_menu = menus.addMenu(self.tr("&File"))
        # Ctrl+N is "New candidate" (the action framework adds it at the top of this menu).
        self.add_account = self._action(self.tr("&Add account…"), w.add_account, "Ctrl+Shift+N", "addAccount")
        file.addAction(self.add_account)
        file.addAction(self._action(self.tr("&Team server…"), w.open_team, None, "teamServer"))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit, "quit"))

        view = menus.addMenu(self.tr("&View"))
        self.search = self._action(self.tr("&Search everything…"), w.open_search, "Ctrl+K", "search")
        view.addAction(self.search)
        view.addAction(
            self._action(
                self.tr("&Filter this list"), w.focus_filter, QKeySequence.StandardKey.Find, "filter"
            )
        )
        self.show_deleted = self._action(
            self.tr("Show &deleted records"), w.set_show_deleted, "Ctrl+Shift+D", "showDeleted"
        )
        self.show_deleted.setCheckable(True)
        view.addAction(self.show_deleted)
        view.addSeparator()
        for i, key in enumerate(w.tabs_order):
            view.addAction(
                self._action(
                    labels.model_label(key),
                    lambda _=False, k=key: w.show_tab(k),
                    f"Ctrl+{i + 1}",
                    f"tab_{key}",
                )
            )
        view.addSeparator()
        theme = view.addMenu(self.tr("&Theme"))
        current = w.ctx.theme.mode if w.ctx.theme else "system"
        choices = [
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ]
        self._choices(theme, choices, current, w.set_theme)
        language = view.addMenu(self.tr("&Language"))
        chosen = str(w.settings.value("ui/language", "") or "")
        self._choices(
            language, [("", self.tr("System language")), *i18n.LANGUAGES.items()], chosen, w.set_language
        )

        sync = self.sync_menu = menus.addMenu(self.tr("&Sync"))
        self.sync_all = self._action(
            self.tr("Sync &all accounts"), lambda: w.sync_all(False), "Ctrl+R", "syncAll"
        )
        sync.addAction(self.sync_all)
        sync.addAction(
            self._action(
                self.tr("&Full sync of all accounts"), lambda: w.sync_all(True), "Ctrl+Shift+R", "fullSyncAll"
            )
        )
        sync.addAction(
            self._action(self.tr("&Cancel all syncs"), w.ctx.sync.cancel_all, "Ctrl+.", "cancelSyncs")
        )
        sync.addSeparator()
        periodic = sync.addMenu(self.tr("Sync &automatically"))
        interval = int(str(w.settings.value("sync/interval_minutes", DEFAULT_SYNC_INTERVAL) or 0))
        self._choices(
            periodic, [(m, self._interval_text(m)) for m in SYNC_INTERVALS], interval, w.set_sync_interval
        )
        w.ctx.sync.set_interval(interval)

        helpmenu = menus.addMenu(self.tr("&Help"))
        helpmenu.addAction(
            self._action(self.tr("&Copy diagnostics"), w.copy_diagnostics, None, "copyDiagnostics")
        )
        helpmenu.addAction(self._action(self.tr("Open &log folder"), w.open_log_folder, None, "openLogs"))
        helpmenu.addSeparator()
        helpmenu.addAction(self._action(self.tr("&About Recruiter Companion"), w.about, None, "about"))

    def _action(self, text: str, slot: Any, shortcut: Any, name: str) -> QAction:
        action = QAction(text, cast(QObject, self.window))
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _choices(self, menu: Any, choices: list[tuple[Any, str]], current: Any, apply: Any) -> None:
        """Exclusive, checkable entries; picking one calls ``apply(value)``."""
        group = QActionGroup(menu)
        for value, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: apply(v))
            group.addAction(action)

    def _interval_text(self, minutes: int) -> str:
        if not minutes:
            return self.tr("Off")
        if minutes < 60:
            return self.tr("Every %1 minutes").replace("%1", str(minutes))
        if minutes == 60:
            return self.tr("Every hour")
        return self.tr("Every %1 hours").replace("%1", str(minutes // 60))
