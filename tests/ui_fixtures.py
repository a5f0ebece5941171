"""Fixtures for the desktop UI tests: one qasync loop for the whole session, and helpers to drive it.

pytest-qt knows nothing about qasync (pytest-qt #448), and qasync misbehaves when loops are created
and closed per test, so the session owns one ``QEventLoop``. A test runs its scenario as a coroutine
with ``ui.run(scenario())``: widgets are driven with qtbot's synchronous helpers (clicks, keys)
and waits are ``await ui.until(...)`` — never ``qtbot.waitSignal`` inside a coroutine, which would
nest a second event loop inside a running task.

Import the fixtures into a test module with ``from tests.ui_fixtures import *``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

__all__ = ["UiDriver", "app_with_account", "ui", "ui_loop"]


@pytest.fixture(scope="session")
def ui_loop(qapp: Any) -> Iterator[Any]:
    from desktop.ui import i18n
    from desktop.ui.event_loop import make_event_loop

    i18n.install(qapp, "en")  # as run_app does: English plural forms come from a catalogue
    loop = make_event_loop(qapp)  # the app's loop, as run_app makes it
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    loop.collected_errors = errors  # type: ignore[attr-defined]
    yield loop
    loop.close()


class UiDriver:
    """Runs coroutines on the session loop and fails a test on errors the loop swallowed."""

    def __init__(self, loop: Any, home: Path) -> None:
        self.loop = loop
        self.home = home

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))  # type: ignore[no-any-return]

    @staticmethod
    async def until(condition: Callable[[], Any], timeout: float = 15, what: str = "") -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")
            await asyncio.sleep(0.02)

    @staticmethod
    async def idle(seconds: float = 0.05) -> None:
        await asyncio.sleep(seconds)


@pytest.fixture()
def ui(ui_loop: Any, app_home: Path) -> Iterator[UiDriver]:
    errors: list[dict[str, Any]] = ui_loop.collected_errors
    errors.clear()
    driver = UiDriver(ui_loop, app_home)
    yield driver
    # Let callbacks of finished tasks run, then make swallowed loop errors fail the test.
    driver.run(asyncio.sleep(0.05))
    problems = [c for c in errors if not isinstance(c.get("exception"), asyncio.CancelledError)]
    assert not problems, f"errors on the event loop: {problems}"


def app_with_account(qapp: Any, vendor: str, name: str, settings: dict[str, Any]) -> tuple[Any, Any]:
    """The app (no sync on start) with one account connected and its window showing it, started."""
    from desktop.ui.app import Application

    app = Application(qapp, sync_on_start=False)
    account = app.core.accounts.add(vendor, name, settings)
    app.window.refresh_accounts()
    app.start()
    return app, account
