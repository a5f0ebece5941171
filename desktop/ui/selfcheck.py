"""The self-test's UI step: open the real main window offscreen on a throw-away home, then close it.

Kept in the UI package so that only ``desktop/ui`` imports Qt; ``desktop.selftest`` calls
``open_and_close_window`` and reports what it returns.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.app import Application, settings_for
from desktop.ui.event_loop import make_event_loop


def open_and_close_window(home: Path, language: str = "de") -> str:
    """Open and close the main window on ``home``; the language proves the translations shipped."""
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    installed = i18n.install(qapp, language)
    loop = make_event_loop(qapp)
    asyncio.set_event_loop(loop)

    async def open_and_close() -> str:
        app = Application(qapp, settings=settings_for(home), sync_on_start=False)
        app.start()
        await asyncio.sleep(0.2)  # let the window lay itself out and load the accounts
        title = app.window.windowTitle()
        await app.shutdown()
        return title

    try:
        title = loop.run_until_complete(open_and_close())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    return f"{qapp.platformName()} main window {title!r} opened and closed (translations: {installed})"
