"""The welcome page's "Try the demo" button (issue 18.5): it starts the app in demo mode as a process
of its own and closes this window; when that cannot start, the window stays and says what to do."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.ui import demo
from desktop.ui.app import Application
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


def test_launch_command_starts_this_app_with_demo() -> None:
    program, arguments = demo.launch_command()
    assert program == sys.executable and arguments[-1] == "--demo"


def test_try_the_demo_starts_the_demo_process_and_closes_the_window(
    ui: UiDriver, qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    started = tmp_path / "demo-started"
    # The real process start, with a program that only leaves a trace instead of opening a window.
    monkeypatch.setattr(
        demo,
        "launch_command",
        lambda: (sys.executable, ["-c", f"open({str(started)!r}, 'w').write('--demo')"]),
    )

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        button = app.window.findChild(QPushButton, "welcomeTryDemo")
        assert app.window.stack.currentIndex() == 0 and button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: app.closed.done(), what="this window closed")
        await ui.until(started.exists, what="the demo process started")

    ui.run(scenario())


def test_a_demo_that_cannot_start_leaves_the_window_open_and_says_what_to_do(
    ui: UiDriver, qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(demo, "launch_command", lambda: (str(tmp_path / "no-such-program"), ["--demo"]))

    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        qtbot.mouseClick(app.window.findChild(QPushButton, "welcomeTryDemo"), Qt.MouseButton.LeftButton)
        await ui.idle(0.2)
        assert not app.closed.done() and app.window.isVisible()
        assert "recruiter-companion --demo" in app.window.statusBar().currentMessage()
        await app.shutdown()

    ui.run(scenario())


def test_the_demo_itself_does_not_offer_the_demo(ui: UiDriver, qapp: Any, app_home: Path) -> None:
    async def scenario() -> None:
        app = Application(qapp, demo=True, core=demo.open_core(), sync_on_start=False)
        app.demo = None  # no sandboxes needed to look at the welcome page
        app.start()
        assert not app.window.findChild(QPushButton, "welcomeTryDemo").isVisible()
        await app.shutdown()

    ui.run(scenario())
