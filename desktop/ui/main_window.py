"""The main window: accounts on the left, record lists and the pipeline in the middle, details on
the right, search over everything (Ctrl+K), sync state in the status bar.

The window only reads the cache (through ``desktop.queries`` on its read-only connection); account
changes, keyring access and syncs run as tasks (``AppContext.tasks``) and report back by signals.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from connectors.http.redact import redact
from desktop import accounts, diagnostics, queries
from desktop.accounts import AccountInfo
from desktop.ui import labels
from desktop.ui.account_flow import AccountFlow
from desktop.ui.context import AppContext
from desktop.ui.list_export_flow import ListExportFlow
from desktop.ui.menus import MainMenus
from desktop.ui.models import LoadingMarks
from desktop.ui.network_watch import NetworkWatch
from desktop.ui.privacy import PrivacyController
from desktop.ui.saved_search_flow import SavedSearchFlow
from desktop.ui.views.detail import ActionProvider, DetailPane
from desktop.ui.views.pipeline import PipelineBoard
from desktop.ui.views.record_list import RecordListView
from desktop.ui.views.search_popup import SearchPopup
from desktop.ui.views.sidebar import AccountsSidebar
from desktop.ui.views.status import StatusArea

log = logging.getLogger("recruiter_companion.ui")

#: Tabs in order; "pipeline" is the per-job board, the others are record lists.
TABS: tuple[str, ...] = ("jobs", "pipeline", "candidates", "applications", "interviews", "offers", "users")
OUTBOX_POLL_MS = 5000


class MainWindow(QMainWindow):
    #: the user asked to close; the app shuts down and then calls ``finish_close``
    closeRequested = Signal()
    #: True when the network is back (writes waiting are sent), False when it went away
    networkChanged = Signal(bool)
    #: the accounts were read again (one was added, edited or removed)
    accountsChanged = Signal()
    #: the welcome page's "Try the demo" was pressed (the app restarts itself in demo mode)
    demoRequested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.conn = ctx.conn
        self.settings = ctx.settings
        self._closing = False
        self._accounts: dict[str, AccountInfo] = {}
        self.setObjectName("mainWindow")
        self.setWindowTitle("Recruiter Companion")
        self.setAccessibleName("Recruiter Companion")
        self.resize(1280, 800)

        # --- the three panes ----------------------------------------------------------------------
        self.sidebar = AccountsSidebar()
        self.lists: dict[str, RecordListView] = {
            m: RecordListView(self.conn, m, self.settings) for m in queries.LISTS
        }
        for model, view in self.lists.items():
            # While a sync writes, the list on screen re-reads its rows, and which of them are still
            # loading their details, beside the window.
            view.table_model.read_beside(ctx.reader, self._marks_of(model))
        self.pipeline = PipelineBoard(self.conn)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Record views"))
        self.tabs.setDocumentMode(True)
        for key in TABS:
            self.tabs.addTab(self.pipeline if key == "pipeline" else self.lists[key], labels.model_label(key))
        self.detail = DetailPane(self.conn)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._welcome_page())
        self.stack.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 700, 420])
        self.setCentralWidget(self.splitter)
        self.search = SearchPopup(self.conn, self)

        self.status = StatusArea(self.statusBar(), demo=ctx.demo)
        self.status.cancelRequested.connect(ctx.sync.cancel)
        self.sync_widgets = self.status.sync_widgets
        self.pending_label, self.offline_label = self.status.pending_label, self.status.offline_label
        self.tabs_order = TABS
        self.account_flow = AccountFlow(self)
        self.team_dialog: Any = None  # File → Team server…, made when first asked for
        self.menus = MainMenus(self)
        # Forget a person, access export, the word when a forgotten person comes back (issue 15).
        self.privacy = PrivacyController(self, self.menus.file_menu)
        self.show_deleted_action = self.menus.show_deleted
        # The toolbar's commands are the menus' actions (the action framework adds "New candidate").
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.menus.search)
        self.toolbar.addAction(self.menus.sync_all)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._setup_news()
        self.saved_searches = SavedSearchFlow(self)
        self.saved_searches.load()
        self.list_export = ListExportFlow(self)
        self._connect()
        self.restore_layout()

        # Writes made elsewhere (the CLI, a background send) show within a few seconds.
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_POLL_MS)
        self.outbox_timer.timeout.connect(self.refresh_outbox)
        self.outbox_timer.start()
        self.network = NetworkWatch(self)
        self.network.offlineChanged.connect(self.set_offline)
        if (offline := self.network.offline()) is not None:
            self.set_offline(offline)
        self.refresh_accounts()
        self.refresh_outbox()

    # --- construction ------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcomePage")
        layout = QVBoxLayout(page)
        layout.addStretch()
        title = QLabel(self.tr("Welcome to Recruiter Companion"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Connect an ATS account once: everything is synced to this computer, searchable "
                "and readable offline.\nTo look around first, try the demo: sample accounts on local "
                "stand-ins of the vendors, kept apart from your own data."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        button = QPushButton(self.tr("Connect an account…"))
        button.setObjectName("welcomeAddAccount")
        button.clicked.connect(self.add_account)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        demo = QPushButton(self.tr("Try the demo"))
        demo.setObjectName("welcomeTryDemo")
        demo.setToolTip(self.tr("Opens the app on sample accounts; your own accounts are not touched."))
        demo.clicked.connect(self.demoRequested)
        demo.setVisible(not self.ctx.demo)  # already in the demo: nothing to try
        layout.addWidget(demo, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        return page

    def _connect(self) -> None:
        sb = self.sidebar
        sb.scopeChanged.connect(self._scope_changed)
        sb.addRequested.connect(self.add_account)
        sb.editRequested.connect(self.edit_account)
        sb.removeRequested.connect(self.remove_account)
        sb.syncRequested.connect(self.sync_account)
        sb.cancelRequested.connect(self.ctx.sync.cancel)
        sb.savedSearchChosen.connect(self.saved_searches.apply)
        sb.saveSearchRequested.connect(self.saved_searches.ask_save)
        sb.savedSearchRemoved.connect(self.saved_searches.remove)
        for view in self.lists.values():
            view.recordSelected.connect(self.detail_show)
            view.recordActivated.connect(self._activated)
            view.exportRequested.connect(lambda view=view: self.list_export.ask(view))
        self.pipeline.recordSelected.connect(self.detail_show)
        self.detail.navigate.connect(self.open_record)
        self.detail.openPipeline.connect(self.open_pipeline)
        self.search.opened.connect(self.open_record)
        self.tabs.currentChanged.connect(self._tab_changed)
        sync = self.ctx.sync
        sync.started.connect(self._sync_started)
        sync.progressed.connect(self._sync_progressed)
        sync.finished.connect(self._sync_finished)
        sync.cacheChanged.connect(self._cache_changed)
        sync.team.busyChanged.connect(self._team_busy)
        sync.team.followed.connect(self._team_followed)
        sync.team.pulled.connect(self._team_pulled)
        sync.team.serverState.connect(self._team_server)

    # --- accounts ----------------------------------------------------------------------------------
    def refresh_accounts(self) -> None:
        """Re-read accounts and their sync state into the sidebar, tabs and detail pane."""
        summaries = queries.accounts(self.conn)
        self._accounts = {a.id: a for a in accounts.read_all(self.conn)}
        problems = {aid: msg for aid, (ok, msg) in self.ctx.sync.last_result.items() if not ok}
        team = self.ctx.sync.team
        busy = {aid: text for aid in team.busy if (text := team.describe(aid))}
        self.sidebar.set_accounts(summaries, set(self.ctx.sync.runs), problems, busy)
        names = {s.id: s.name for s in summaries}
        self.detail.set_account_names(names)
        self.search.account_names = names
        for view in self.lists.values():
            view.set_account_choices([(s.id, s.name) for s in summaries])
            view.set_account_column_visible(len(summaries) > 1)
        self.stack.setCurrentIndex(1 if summaries else 0)
        self.detail.setVisible(bool(summaries))  # nothing to detail before the first account
        self._update_tab_visibility()
        self._mark_loading()
        self.accountsChanged.emit()

    def account_infos(self) -> dict[str, AccountInfo]:
        """The connected accounts by id, as last read (``refresh_accounts``)."""
        return dict(self._accounts)

    def refresh_views(self) -> None:
        """Re-read the cache into the lists and the board shown (after a write, say)."""
        self._cache_changed()

    def _scope_accounts(self) -> list[AccountInfo]:
        scope = self.sidebar.scope()
        return [a for a in self._accounts.values() if scope is None or a.id in scope]

    def _update_tab_visibility(self) -> None:
        """Show a model's tab only where an account in scope has that model."""
        models: set[str] = set()
        for account in self._scope_accounts():
            try:
                models.update(account.connector.models)
            except ValueError:
                continue
        for i, key in enumerate(TABS):
            wanted = "jobs" if key == "pipeline" else key
            self.tabs.setTabVisible(i, not models or wanted in models)

    def _scope_changed(self, account_ids: tuple[str, ...] | None) -> None:
        current = self.tabs.currentWidget()
        for view in self.lists.values():
            view.set_accounts(account_ids, visible=view is current)
        self.pipeline.set_accounts(account_ids, visible=self.pipeline is current)
        self._update_tab_visibility()

    def add_account(self) -> None:
        self.account_flow.add()

    def open_team(self) -> None:
        """File → Team server…: one dialog, raised again if already open."""
        from desktop.ui.team_dialog import TeamDialog  # its module is only needed when asked for

        if self.team_dialog is None or not self.team_dialog.isVisible():
            self.team_dialog = TeamDialog(self.ctx.tasks, self, writer=self.ctx.core.writer)
            self.team_dialog.serverChanged.connect(
                lambda: self.ctx.tasks.spawn(self.ctx.sync.team.listen(), name="team-listen")
            )
        self.team_dialog.show()
        self.team_dialog.raise_()

    def edit_account(self, account_id: str) -> None:
        account = self._accounts.get(account_id)
        if account:
            self.account_flow.edit(account)

    def remove_account(self, account_id: str) -> None:
        account = self._accounts.get(account_id)
        if account:
            self.account_flow.remove(account)

    # --- sync ----------------------------------------------------------------------------------------
    def sync_account(self, account_id: str, full: bool) -> None:
        account = self._accounts.get(account_id)
        if account:
            self.ctx.sync.start(account, full=full)

    def sync_all(self, full: bool) -> None:
        if not self._accounts:
            self.statusBar().showMessage(self.tr("No accounts to sync yet."), 5000)
            return
        self.ctx.sync.start_all(full=full)

    def _sync_started(self, account_id: str) -> None:
        run = self.ctx.sync.runs.get(account_id)
        if run is not None:
            self.status.sync_started(run)
            self.refresh_accounts()

    def _sync_progressed(self, account_id: str) -> None:
        run = self.ctx.sync.runs.get(account_id)
        if run is not None:
            self.status.sync_progressed(run)

    def _sync_finished(self, account_id: str, ok: bool, message: str) -> None:
        self.status.sync_finished(account_id)
        self.statusBar().showMessage(message, 10000 if ok else 30000)
        self.privacy.sync_finished(account_id)
        self.refresh_accounts()
        self.detail.reload()
        if not self._closing:
            self.ctx.tasks.spawn(self.news.refresh(), name="news")

    def _team_busy(self, account_id: str) -> None:
        """Another member syncs this account (or stopped): its sidebar line and status bar say so."""
        account = self._accounts.get(account_id)
        text = self.ctx.sync.team.describe(account_id)
        self.status.team_busy(account_id, f"{account.name}: {text}" if account and text else None)
        self.refresh_accounts()

    def _team_pulled(self, account_id: str, _rows: int) -> None:
        if account_id not in self._accounts:  # an account the team shared since: it joins the sidebar
            self.refresh_accounts()

    def _team_server(self, up: bool, message: str) -> None:
        """The team server went away or came back (said once each; the lists keep this computer's copy)."""
        bar = self.statusBar()
        if up:
            bar.showMessage(self.tr("The team server answers again: live updates resumed."), 10000)
        else:
            said = self.tr("The team server does not answer; this computer's copy is shown, retrying.")
            bar.showMessage(f"{said} {message}", 30000)

    def _team_followed(self, account_id: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.refresh_accounts()
        self.detail.reload()

    # --- news without asking (issue 18.4) -----------------------------------------------------------
    def _setup_news(self) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QSystemTrayIcon

        from desktop.ui.context import open_reader
        from desktop.ui.views.news import NewsWatch

        tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(self.windowIcon(), self)
            tray.setToolTip("Recruiter Companion")
            tray.activated.connect(self._raise_from_tray)
            tray.messageClicked.connect(self.show_news)
            tray.show()
        self.tray = tray
        self.news = NewsWatch(
            self.settings,
            lambda: open_reader(self.ctx.core),
            lambda: {a.id: a.name for a in self._accounts.values()},
            tray,
            self,
        )
        self.news.countChanged.connect(self._news_count)
        self.news_action = QAction(self.tr("New since you last looked"), self)
        self.news_action.setObjectName("showNews")
        self.news_action.setShortcut("Ctrl+Shift+L")  # L: since you last looked
        self.news_action.triggered.connect(self.show_news)
        self.toolbar.addAction(self.news_action)
        palette = QAction(self.tr("Command palette"), self)
        palette.setObjectName("commandPalette")
        palette.setShortcut("Ctrl+Shift+A")  # Ctrl+Shift+P opens the pending writes
        palette.triggered.connect(self.show_palette)
        self.addAction(palette)

    def show_palette(self) -> None:
        from desktop.ui.views.palette import CommandPalette

        self.palette_dialog = CommandPalette(self)
        self.palette_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.palette_dialog.show()

    def _raise_from_tray(self, _reason: object) -> None:
        self.showNormal()
        self.activateWindow()

    def _news_count(self, count: int) -> None:
        self.setWindowTitle(f"Recruiter Companion — {count} new" if count else "Recruiter Companion")
        self.news_action.setText(
            self.tr("New since you last looked (%1)").replace("%1", str(count))
            if count
            else self.tr("New since you last looked")
        )

    def show_news(self) -> None:
        from desktop.ui.views.news import NewsDialog

        dialog = NewsDialog(self.news, {a.id: a.name for a in self._accounts.values()}, self)
        dialog.openRecord.connect(self.open_record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.news_dialog = dialog
        dialog.show()

    def _cache_changed(self) -> None:
        current = self.tabs.currentWidget()
        for view in self.lists.values():
            view.cache_changed(visible=view is current and self.stack.currentIndex() == 1)
        self.pipeline.cache_changed(visible=self.pipeline is current)
        if self.ctx.reader is None:
            self._mark_loading()  # else the list's refresh reads its marks with its rows

    def _marks_of(self, model: str) -> LoadingMarks:
        sync = self.ctx.sync
        return lambda conn, ids: sync.loading_marks(conn, model, ids)

    def _mark_loading(self) -> None:
        """The list on screen marks the records whose details a progressive sync is still reading
        (a hidden list is marked when it is shown: one query per refresh, not one per list)."""
        current = self.tabs.currentWidget()
        for model, view in self.lists.items():
            if view is not current:
                continue
            shown = view.table_model.loaded_ids()
            view.table_model.set_loading(self.ctx.sync.loading_marks(self.conn, model, shown))

    def set_sync_interval(self, minutes: int) -> None:
        self.settings.setValue("sync/interval_minutes", minutes)
        self.ctx.sync.set_interval(minutes)

    # --- offline and outbox ------------------------------------------------------------------------
    def set_offline(self, offline: bool) -> None:
        was = self.ctx.sync.offline
        self.ctx.sync.offline = offline  # periodic syncs wait while offline
        self.status.set_offline(offline)
        if was != offline:
            self.networkChanged.emit(not offline)

    def refresh_outbox(self) -> None:
        self.status.set_outbox(*queries.outbox_counts(self.conn))

    # --- navigation --------------------------------------------------------------------------------
    def show_tab(self, key: str) -> None:
        index = TABS.index(key)
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, RecordListView | PipelineBoard):
            widget.ensure_loaded()
            self._mark_loading()

    def detail_show(self, model: str, record_id: str) -> None:
        self.detail.show_record(model, record_id)
        self.ctx.sync.record_opened(self.conn, model, record_id)  # its details first, if still loading

    def open_record(self, model: str, record_id: str) -> None:
        """Show a record: its list's tab (selecting its row when loaded) and its details."""
        if model in self.lists and self.stack.currentIndex() == 1:
            self.show_tab(model)
            self.lists[model].select_record(record_id)
        self.detail.show_record(model, record_id)
        self.ctx.sync.record_opened(self.conn, model, record_id)

    def _activated(self, model: str, record_id: str) -> None:
        if model == "jobs":
            self.open_pipeline(record_id)
        else:
            self.detail.show_record(model, record_id)

    def open_pipeline(self, job_id: str) -> None:
        self.show_tab("pipeline")
        self.pipeline.show_job(job_id)

    def open_search(self) -> None:
        self.search.popup()

    def focus_filter(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, RecordListView):
            widget.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            widget.filter.selectAll()

    def set_show_deleted(self, show: bool) -> None:
        for view in self.lists.values():
            view.set_show_deleted(show)
        self.pipeline.set_show_deleted(show)

    def set_action_provider(self, provider: ActionProvider | None) -> None:
        """Where the write-action framework plugs its forms in (see ``views.detail``)."""
        self.detail.set_action_provider(provider)

    # --- settings and help -------------------------------------------------------------------------
    def set_theme(self, mode: str) -> None:
        self.settings.setValue("ui/theme", mode)
        if self.ctx.theme:
            self.ctx.theme.set_mode(mode)

    def set_language(self, code: str) -> None:
        self.settings.setValue("ui/language", code)
        self.statusBar().showMessage(self.tr("The language changes the next time the app starts."), 10000)

    def copy_diagnostics(self) -> None:
        text = diagnostics.collect(
            self.conn,
            keyring_backend=self.ctx.core.secrets.backend_name,
            extra={"demo": str(self.ctx.demo), "qt platform": QApplication.platformName()},
        )
        QApplication.clipboard().setText(redact(text))
        self.statusBar().showMessage(
            self.tr("Diagnostics copied to the clipboard (no passwords or tokens)."), 8000
        )

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.log_path.parent)))

    def about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Recruiter Companion"),
            self.tr(
                "Recruiter Companion keeps your ATS accounts on this computer: synced, searchable "
                "and readable offline."
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(lambda _: box.deleteLater())
        box.open()

    # --- layout memory and closing -----------------------------------------------------------------
    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/tab", TABS[self.tabs.currentIndex()])
        for view in self.lists.values():
            view.save_layout()
        self.settings.sync()

    def restore_layout(self) -> None:
        for key, apply in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray | bytes):
                apply(QByteArray(value))
        tab = self.settings.value("window/tab")
        if tab in TABS:
            self.tabs.setCurrentIndex(TABS.index(str(tab)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tab_changed(self.tabs.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "sidebar"):
            self.refresh_accounts()  # status dots and colours follow the theme

    def finish_close(self) -> None:
        """Close for real (called by the app once background work has stopped)."""
        self._closing = True
        self.outbox_timer.stop()
        if self.tray is not None:
            self.tray.hide()  # no icon left behind in the tray
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        # Closing starts an orderly shutdown (cancel syncs, close clients, stop sandboxes) first.
        event.ignore()
        self.closeRequested.emit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.search.isVisible():
            self.search.popup()
