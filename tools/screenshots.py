"""Screenshots of the desktop app's main views, in demo mode, on a real X server (Xvfb).

    python tools/screenshots.py [--out screenshots] [--language de]

Without a display it re-runs itself under ``xvfb-run``. The app runs exactly as ``recruiter-companion
--demo`` does (``run_app``), in a throwaway home, and a script drives it: it waits for the demo syncs,
then visits the views and saves PNGs to ``--out`` (git-ignored ``screenshots/`` by default).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1440, 900)


def _outer(args: argparse.Namespace) -> int:
    """Re-run under Xvfb, with a screen a little larger than the window."""
    if not shutil.which("xvfb-run"):
        print("xvfb-run not found (Debian: apt-get install xvfb)", file=sys.stderr)
        return 2
    cmd = [
        "xvfb-run",
        "-a",
        "-s",
        f"-screen 0 {SIZE[0] + 80}x{SIZE[1] + 80}x24",
        sys.executable,
        __file__,
        "--inner",
        "--out",
        str(args.out),
        "--language",
        args.language,
    ]
    return subprocess.call(cmd, cwd=ROOT)


async def _shoot(app: Any, out: Path, language: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = app.window
    suffix = "" if language == "en" else f"-{language}"

    async def settle(seconds: float = 0.4) -> None:
        # Sleeping on the loop lets Qt lay out and paint; never processEvents() inside a task (that
        # re-enters the loop while this task runs: qasync #59).
        await asyncio.sleep(seconds)

    def save(name: str, widget: Any = None) -> None:
        path = out / f"{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        print(f"saved {path}", flush=True)

    window.resize(*SIZE)
    window.move(0, 0)
    window.splitter.setSizes([250, 730, 460])
    await settle(1.0)
    for _ in range(600):  # the demo sandboxes start and sync in the background
        if app.demo is not None and app.demo.sandboxes and not app.sync.runs and app.sync.last_result:
            break
        await asyncio.sleep(0.1)
    await settle()

    # Jobs, with a job's details (fields, hiring team, postings, questions).
    window.show_tab("jobs")
    jobs = window.lists["jobs"]
    jobs.table.selectRow(0)
    await settle()
    save("01-jobs")
    window.detail.tabs.setCurrentIndex(1)
    await settle()
    save("02-job-description")
    window.detail.tabs.setCurrentIndex(0)

    # The busiest job's pipeline.
    row = app.conn.execute(
        "SELECT job_id FROM applications WHERE remote_deleted_at IS NULL GROUP BY job_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    if row:
        window.open_pipeline(row[0])
        await settle()
        column = next((c for c in window.pipeline.columns if c.model.rowCount()), None)
        if column is not None:
            column.view.setCurrentIndex(column.model.index(0))
        await settle()
        save("03-pipeline")

    # Candidates, one selected with its applications, interviews and offers.
    window.show_tab("candidates")
    candidate = app.conn.execute(
        "SELECT c.id FROM candidates c JOIN applications a ON a.candidate_id = c.id "
        "JOIN offers o ON o.application_id = a.id LIMIT 1"
    ).fetchone()
    await settle()
    if candidate:
        window.open_record("candidates", candidate[0])
        window.lists["candidates"].table.selectRow(3)
        window.detail.show_record("candidates", candidate[0])
    await settle()
    save("04-candidates")
    window.detail.tabs.setCurrentIndex(3)
    await settle()
    save("05-vendor-data")
    window.detail.tabs.setCurrentIndex(0)

    # Applications across both accounts.
    window.sidebar.select_account(None)
    window.show_tab("applications")
    await settle()
    save("06-applications")

    # Search (Ctrl+K) with results as you type.
    window.activateWindow()
    await settle(0.2)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    await settle(0.2)
    if not window.search.isVisible():
        window.open_search()
    QTest.keyClicks(window.search.input, "ander")
    await settle(0.5)
    save("07-search")
    window.search.close_popup(restore_focus=False)

    # Connecting an account: guide, declared fields, test connection.
    window.add_account()
    await settle()
    dialog = window._dialogs[-1]
    dialog.move(120, 80)
    await settle()
    save("08-account-dialog", dialog)
    dialog.reject()
    await settle()

    # Dark theme.
    if app.ctx.theme is not None:
        window.set_theme("dark")
        window.show_tab("candidates")
        await settle()
        save("09-dark")
        window.set_theme("system")
        await settle()

    # A sync under way: progress and cancel in the status bar.
    first = next(iter(window._accounts.values()), None)
    if first is not None:
        app.sync.start(first, full=True)
        await settle(0.6)
        save("10-syncing")
        app.sync.cancel_all()
        await settle(0.5)
    window.close()


def _inner(args: argparse.Namespace) -> int:
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="rc-screens-"))
    os.environ["RECRUITER_COMPANION_HOME"] = str(home)
    os.environ.setdefault("LANG", "en_GB.UTF-8")
    sys.path.insert(0, str(ROOT))
    # The language is a setting of the (demo) home; set it before the app reads it.
    if args.language != "en":
        from PySide6.QtCore import QSettings

        (home / "demo").mkdir(parents=True, exist_ok=True)
        settings = QSettings(str(home / "demo" / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("ui/language", args.language)
        settings.sync()
    from desktop.ui.app import run_app

    try:
        return run_app(True, script=lambda app: _shoot(app, out, args.language))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    parser.add_argument("--language", default="en", choices=["en", "de", "nl", "pl"])
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner or os.environ.get("DISPLAY"):
        return _inner(args)
    return _outer(args)


if __name__ == "__main__":
    sys.exit(main())
