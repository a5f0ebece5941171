"""Starting and stopping the desktop app: QApplication, the qasync loop, the window, demo sandboxes.

``run_app`` is what ``recruiter-companion`` (and ``--demo``) calls. ``Application`` is the composition
root, kept separate so tests drive the real window on their own (one, session-wide) event loop.

Order matters on the way out (anchors §3): cancel tasks (syncs close their HTTP clients as they
unwind), stop the demo sandboxes, close the cache writer, and only then stop the loop.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop import paths, same_person
from desktop.attachments import files
from desktop.cache.crypt import will_encrypt
from desktop.cache.health import DamagedCache, set_aside
from desktop.core import Core, setup_logging
from desktop.secrets import KeyringUnavailable
from desktop.ui import demo as demo_mode
from desktop.ui import i18n
from desktop.ui.actions.controller import OutboxController
from desktop.ui.actions.provider import FormActions
from desktop.ui.background_reader import BackgroundReader
from desktop.ui.bulk_actions import BulkActions
from desktop.ui.context import AppContext, open_reader
from desktop.ui.damaged import ask_start_over, ask_unlock_keyring
from desktop.ui.event_loop import make_event_loop
from desktop.ui.main_window import MainWindow
from desktop.ui.resources import app_icon
from desktop.ui.sync_controller import SyncController
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import Theme

log = logging.getLogger("recruiter_companion.ui")

APP_NAME = "Recruiter Companion"
ORG_NAME = "recruiter-companion"

Script = Callable[["Application"], Coroutine[Any, Any, Any]]


def settings_for(home: Path) -> QSettings:
    """Window layout and preferences: an INI file in the app home (the demo has its own)."""
    return QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)


class Application:
    """One running app: core, tasks, sync, window, and (in demo mode) the sandboxes."""

    def __init__(
        self,
        qapp: QApplication,
        *,
        demo: bool = False,
        core: Core | None = None,
        settings: QSettings | None = None,
        theme: Theme | None = None,
        log_path: Path | None = None,
        sync_on_start: bool | None = None,
    ) -> None:
        self.qapp = qapp
        self.core = core or (demo_mode.open_core() if demo else Core.open())
        self.settings = settings or settings_for(paths.home())
        self.tasks = TaskSet(on_error=self._task_failed)
        self.sync = SyncController(self.core, self.tasks)
        self.conn = open_reader(self.core)
        self.ctx = AppContext(
            self.core,
            self.conn,
            self.tasks,
            self.sync,
            self.settings,
            theme,
            demo,
            log_path or paths.log_path(),
            BackgroundReader(lambda: open_reader(self.core)),
        )
        self.window = MainWindow(self.ctx)
        self.window.closeRequested.connect(self.request_close)
        self.window.demoRequested.connect(self.try_demo)
        # Write actions: forms from the connectors' declarations, sent through the outbox.
        self.outbox = OutboxController(self.core, self.tasks)
        self.forms = FormActions(self.window, self.outbox)
        self.bulk = BulkActions(self.window, self.outbox)  # multi-select triage (issue 18.3)
        self.demo: demo_mode.Demo | None = demo_mode.Demo(self.core) if demo else None
        # Read as text: QSettings.value(type=bool) corrupts bool refcounts in PySide6 (crash at exit).
        stored = str(self.settings.value("sync/on_start", "true")).lower()
        self.sync_on_start = stored in ("true", "1", "yes") if sync_on_start is None else sync_on_start
        self.closed: asyncio.Future[int] = self.tasks.loop.create_future()
        self._closing = False
        self._warming = False

    def _task_failed(self, message: str) -> None:
        # Background failures go to the status bar (never a modal dialog from inside a task).
        if hasattr(self, "window") and not getattr(self, "_closing", False):
            self.window.statusBar().showMessage(message, 30000)

    # --- start -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window now; demo sandboxes and the first syncs follow in the background."""
        # Copies of CVs handed to a viewer by a session that crashed: removed before anything else.
        files.clear_open_copies(paths.home())
        self.window.show()
        # Who is the same person by phone: an index built beside the window, caught up after syncs.
        same_person.keep_up_beside()
        self.sync.finished.connect(lambda *_: self._warm_people())
        self._warm_people()
        self.outbox.start()  # sends what waits (from an earlier session, or the CLI) when it is due
        self.tasks.spawn(self.sync.team.listen(), name="team-listen")  # team mode: live views
        if self.demo is not None:
            self.tasks.spawn(self._start_demo(), name="demo-start")
        elif self.sync_on_start:
            self.sync.start_all()

    def _warm_people(self) -> None:
        if self._warming:
            return
        self._warming = True

        def work() -> None:
            conn = open_reader(self.core)
            try:
                same_person.warm(conn)
            finally:
                conn.close()

        # Submitted now, not when a task first runs: a lookup may wait for the first build at once.
        built = self.tasks.loop.run_in_executor(None, work)

        async def run() -> None:
            try:
                await built
            finally:
                self._warming = False

        self.tasks.spawn(run(), name="people-index")

    async def _start_demo(self) -> None:
        assert self.demo is not None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Starting the demo sandboxes…")
        )
        accounts = await self.demo.start()
        self.window.refresh_accounts()
        for account in accounts:
            self.sync.start(account, full=True)

    def try_demo(self) -> bool:
        """The welcome page's "Try the demo": start the app again in demo mode (its own home and
        cache), then close this window. The demo is a separate process so nothing of it can reach
        the real cache or keyring. If it cannot start, say so and stay open."""
        program, arguments = demo_mode.launch_command()
        if not QProcess.startDetached(program, arguments)[0]:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The demo could not be started; run 'recruiter-companion --demo' instead."
                ),
                30000,
            )
            return False
        log.info("started the demo (%s %s); closing this window", program, " ".join(arguments))
        self.request_close()
        return True

    # --- stop --------------------------------------------------------------------------------------
    def request_close(self) -> None:
        if not self._closing:
            self._closing = True
            self.tasks.spawn(self.shutdown(), name="shutdown")

    async def shutdown(self) -> None:
        """Cancel work, close clients and sandboxes and the cache; then let the loop end."""
        self._closing = True
        started = time.monotonic()
        try:
            self.window.save_layout()
            self.window.hide()
            await self.sync.stop()
            await self.outbox.stop()
            await self.tasks.cancel_all(timeout=5)
            if self.demo is not None:
                await self.demo.stop()
            if self.ctx.reader is not None:
                await asyncio.to_thread(self.ctx.reader.close)
            self.conn.close()
            await asyncio.to_thread(self.core.close)
        finally:
            # The CVs copied for the system's viewer go: the cache keeps the only lasting copy.
            files.clear_open_copies(paths.home())
            same_person.keep_up_beside(False)
            self.window.finish_close()
            self.window.deleteLater()
            log.info("shut down in %.2fs", time.monotonic() - started)
            if not self.closed.done():
                self.closed.set_result(0)


def _install_excepthook(window_ref: list[MainWindow]) -> None:
    """Uncaught errors in slots: log them with a traceback and say so in the status bar."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("uncaught error", exc_info=(kind, value, tb))
        if window_ref:
            window_ref[0].statusBar().showMessage(f"{kind.__name__}: {value}", 30000)
        if previous is not sys.__excepthook__:
            previous(kind, value, tb)

    sys.excepthook = hook


async def _open_core(demo: bool) -> Core | None:
    """The core on the user's cache; a damaged cache is shown with the choice to keep a copy and start
    over (``None`` when the user quits instead: nothing was changed)."""
    notice = None
    if not demo and will_encrypt(paths.cache_path()):
        # A plain cache is encrypted in place before the window can show it: up to a minute on a
        # large one. Say so rather than show nothing.
        notice = QProgressDialog(
            QCoreApplication.translate("Application", "Encrypting your cache, once. This can take a minute…"),
            "",
            0,
            0,
        )
        notice.setCancelButton(None)
        notice.setWindowTitle(QCoreApplication.translate("Application", "Recruiter Companion"))
        notice.setMinimumDuration(0)
        notice.show()
    try:
        return await _open_core_asking(demo)
    finally:
        if notice is not None:
            notice.close()


async def _open_core_asking(demo: bool) -> Core | None:
    while True:
        try:
            return await asyncio.to_thread(demo_mode.open_core if demo else Core.open)
        except DamagedCache as exc:
            if not ask_start_over(exc):
                return None
            set_aside(exc.path, keep_copy=True)
        except KeyringUnavailable as exc:  # locked: the cache key cannot be read until it is unlocked
            if not ask_unlock_keyring(str(exc)):
                return None


async def quit_when_usable(app: Application) -> None:
    """``--quit-when-usable``: print ``READY <candidates>`` once the window shows the candidates list
    with its first rows (or, on an empty cache, shows it for a second), then close it. What a
    recruiter waits for, timed from outside by ``bench/startup.py`` for the bundle and the source."""
    window = app.window
    window.show_tab("candidates")
    model = window.lists["candidates"].table_model
    shown_at: float | None = None
    while True:
        if window.isVisible():
            shown_at = shown_at or time.monotonic()
            if model.rowCount() > 0 or (model.total == 0 and time.monotonic() - shown_at > 1.0):
                break
        await asyncio.sleep(0.005)
    await asyncio.sleep(0)  # one more turn: the first paint of the list
    print(f"READY {model.total}", flush=True)
    window.close()


def run_app(demo: bool, *, script: Script | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit code.

    ``script`` (screenshots, smoke tests) runs as a task once the window is shown.
    """
    if demo:
        demo_mode.use_demo_home()
    log_path = setup_logging()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setDesktopFileName("recruiter-companion")
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setWindowIcon(app_icon())
    settings = settings_for(paths.home())
    i18n.install(qapp, str(settings.value("ui/language", "") or ""))
    theme = Theme(qapp, str(settings.value("ui/theme", "system") or "system"))
    # The window closes through Application.shutdown; Qt must not end the loop on its own first.
    qapp.setQuitOnLastWindowClosed(False)

    loop = make_event_loop(qapp)
    asyncio.set_event_loop(loop)
    window_ref: list[MainWindow] = []
    _install_excepthook(window_ref)

    async def main() -> int:
        # Opening the core migrates the cache and resolves the keyring backend (which may talk to
        # D-Bus): a worker thread's job, not the UI thread's.
        core = await _open_core(demo)
        if core is None:
            return 3
        app = Application(qapp, demo=demo, core=core, settings=settings, theme=theme, log_path=log_path)
        window_ref.append(app.window)
        app.start()
        # Everything built so far (Qt wrappers, SQLAlchemy, the window) lives until exit: move it out
        # of the collector's sight. A full collection otherwise walks a million objects and stalls
        # the window for 60-140 ms every few seconds during a sync.
        gc.freeze()
        # Ctrl+C in the terminal closes the window properly; the timer lets Python see the signal.
        signal.signal(signal.SIGINT, lambda *_: app.window.close())
        tick = QTimer()
        tick.timeout.connect(lambda: None)
        tick.start(300)
        if script is not None:
            app.tasks.spawn(script(app), name="script")
        return await app.closed

    try:
        return loop.run_until_complete(main())
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        loop.close()
        asyncio.set_event_loop(None)
