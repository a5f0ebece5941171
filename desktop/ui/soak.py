"""A long day in the window, scripted: the accounts syncing again and again while a user clicks through
the lists, types in filters and opens and closes the new-candidate form.

One script for two callers: the soak test (``tests/faults/test_window_soak.py``, from source) and
``recruiter-companion self-test --with-ui --soak SECONDS`` (the installed bundle, whose trimmed Qt
and ICU must survive the same day). What counts as going wrong: an error in the status bar, a failed
sync, and (measured by the caller, which owns the log) errors in the log or RSS growing past 20 %.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QAction

from desktop.ui.app import Application

#: Words that mark a status-bar message as an error, in the languages the window speaks.
ERROR_SIGNS = ("Error", "error:", "Traceback", "KeyError", "Exception", "Fehler", "Fout", "Błąd")


def rss_kib() -> int:
    """This process's resident memory (Linux); 0 where ``/proc`` has no answer."""
    if not sys.platform.startswith("linux"):
        return 0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@dataclass
class SoakFigures:
    seconds: float
    syncs: int = 0
    clicks: int = 0
    forms: int = 0
    rss_start: int = 0
    rss_end: int = 0
    status_errors: list[str] = field(default_factory=list)
    failed_syncs: dict[str, str] = field(default_factory=dict)

    @property
    def rss_growth(self) -> float:
        return self.rss_end / max(1, self.rss_start) - 1

    def summary(self) -> str:
        memory = "rss n/a"
        if self.rss_start:
            memory = f"rss {self.rss_start} -> {self.rss_end} KiB ({self.rss_growth:+.1%})"
        return f"{self.seconds:.0f} s, syncs={self.syncs} clicks={self.clicks} forms={self.forms} {memory}"


async def _until(condition: Callable[[], Any], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.02)


async def soak(app: Application, seconds: float, *, accounts: int, seed: int = 7) -> SoakFigures:
    """Drive the started ``app`` (its ``accounts`` syncing on their own first) for ``seconds`` after a
    warm-up, then wait for the last syncs; the app is left running for the caller to shut down."""
    rng = random.Random(seed)
    window = app.window
    figures = SoakFigures(seconds=seconds)
    window.statusBar().messageChanged.connect(
        lambda message: (
            figures.status_errors.append(message) if any(sign in message for sign in ERROR_SIGNS) else None
        )
    )
    await _until(lambda: len(app.sync.last_result) >= accounts, 120, "the first syncs")
    # By object name: the window may speak German (the self-test installs its translations).
    new_candidate = window.findChild(QAction, "new_create-candidate")
    if new_candidate is None:
        raise RuntimeError("the window has no 'New candidate' action")

    async def a_little_of_everything() -> None:
        tab = rng.choice([t for t in window.tabs_order if t in window.lists])
        window.show_tab(tab)
        view = window.lists[tab]
        view.filter.setText(rng.choice(["", "a", "an", "Sales", "zz"]))
        if view.table_model.rowCount():
            view.table.selectRow(rng.randrange(view.table_model.rowCount()))
        figures.clicks += 1
        await asyncio.sleep(0.05)

    async def day(length: float) -> None:
        deadline = time.monotonic() + length
        while time.monotonic() < deadline:
            if not app.sync.runs:
                window.sync_all(False)  # delta syncs, as the schedule runs them
                figures.syncs += accounts
            for _ in range(5):
                await a_little_of_everything()
            if rng.random() < 0.2:
                new_candidate.trigger()
                await asyncio.sleep(0.2)
                for form in list(app.forms.forms):
                    form.reject()
                figures.forms += 1
                await asyncio.sleep(0.1)

    await day(min(10.0, seconds / 4))  # warm-up: caches, fonts, first queries
    # Not QApplication.processEvents(): called from inside this task it would run other tasks'
    # steps re-entrantly ("Cannot enter into task ... while another task is being executed").
    await asyncio.sleep(0.2)
    figures.rss_start = rss_kib()
    await day(seconds)
    await _until(lambda: not app.sync.runs, 120, "the syncs to finish")
    figures.rss_end = rss_kib()
    figures.failed_syncs = {k: str(v) for k, (ok, v) in app.sync.last_result.items() if not ok}
    return figures
