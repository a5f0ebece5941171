"""Screenshots of the desktop app's main views, in demo mode, on a real X server (Xvfb).

    python tools/screenshots.py [--out screenshots] [--language de]

Without a display it re-runs itself under ``xvfb-run``. The app runs exactly as ``recruiter-companion
--demo`` does (``run_app``), in a throwaway home, and a script drives it: it waits for the demo syncs,
then visits the views and the write forms (new candidate, CareerPlug's screening questions, moving a
card, a write waiting offline) and saves PNGs to ``--out`` (git-ignored ``screenshots/`` by default).
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
#: The records worth showing, found in the demo cache.
BUSIEST_JOB = (
    "SELECT job_id FROM applications WHERE remote_deleted_at IS NULL GROUP BY job_id "
    "ORDER BY count(*) DESC LIMIT 1"
)
CANDIDATE_WITH_OFFER = (
    "SELECT c.id FROM candidates c JOIN applications a ON a.candidate_id = c.id "
    "JOIN offers o ON o.application_id = a.id LIMIT 1"
)
CANDIDATE_WITH_PDF_CV = (
    "SELECT a.candidate_id FROM attachments a JOIN attachment_files f ON f.id = a.id "
    "WHERE f.status = 'ok' AND f.content_type = 'application/pdf' ORDER BY a.id LIMIT 1"
)


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

    def first_id(sql: str) -> Any:
        """The first column of the query's first row in the cache, or ``None``."""
        row = app.conn.execute(sql).fetchone()
        return row[0] if row else None

    async def save_detail_tab(tab: Any, name: str, seconds: float = 0.4) -> None:
        """The detail pane on ``tab``, saved as ``name``; then back on its overview."""
        window.detail.tabs.setCurrentWidget(tab)
        await settle(seconds)
        save(name)
        window.detail.tabs.setCurrentWidget(window.detail.overview)

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
    await save_detail_tab(window.detail.description, "02-job-description")

    # The busiest job's pipeline.
    busiest = first_id(BUSIEST_JOB)
    if busiest is not None:
        window.open_pipeline(busiest)
        await settle()
        column = next((c for c in window.pipeline.columns if c.model.rowCount()), None)
        if column is not None:
            column.view.setCurrentIndex(column.model.index(0))
        await settle()
        save("03-pipeline")

    # Candidates, one selected with its applications, interviews and offers.
    window.show_tab("candidates")
    candidate = first_id(CANDIDATE_WITH_OFFER)
    await settle()
    if candidate is not None:
        window.open_record("candidates", candidate)
        window.detail.show_record("candidates", candidate)
    await settle()
    save("04-candidates")
    await save_detail_tab(window.detail.raw, "05-vendor-data")

    # A candidate's CV inline (issue 18.1): a downloaded PDF drawn by Qt's PDF module.
    with_cv = first_id(CANDIDATE_WITH_PDF_CV)
    if with_cv is not None:
        window.open_record("candidates", with_cv)
        window.detail.show_record("candidates", with_cv)
        await save_detail_tab(window.detail.cv, "05b-candidate-cv", 0.8)

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
    dialog = window.account_flow.dialogs[-1]
    dialog.move(120, 80)
    await settle()
    save("08-account-dialog", dialog)
    dialog.reject()
    await settle()

    # An existing account: its share of the vendor's limit, and the connection doctor's findings.
    first = next(iter(window._accounts.values()), None)
    if first is not None:
        window.edit_account(first.id)
        await settle()
        dialog = window.account_flow.dialogs[-1]
        dialog.move(120, 40)
        dialog.test_connection()
        for _ in range(60):
            await settle(0.25)
            if dialog.test_button.isEnabled():
                break
        await settle()
        save("08b-account-tested", dialog)
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

    await _shoot_writes(app, save, settle)
    await _shoot_day(app, save, settle)

    # A sync under way: progress and cancel in the status bar.
    first = next(iter(window._accounts.values()), None)
    if first is not None:
        app.sync.start(first, full=True)
        await settle(0.6)
        save("10-syncing")
        app.sync.cancel_all()
        await settle(0.5)
    # Phase 2 (details, newest first) with its estimate: SmartRecruiters reads its lists first.
    sr = next((a for a in window._accounts.values() if a.vendor == "smartrecruiters"), None)
    if sr is not None:
        app.sync.start(sr, full=True, refresh_details=True)
        for _ in range(40):
            await settle(0.25)
            if "details ·" in _status_text(window) and "left" in _status_text(window):
                break
        save("10b-syncing-details")
        app.sync.cancel_all()
        await settle(0.5)
    window.close()


async def _shoot_day(app: Any, save: Any, settle: Any) -> None:
    """Issue 18: a saved search with the account filter, bulk results, the news list."""
    window = app.window
    window.show_tab("applications")
    await settle()
    saved = window.sidebar.saved
    window.sidebar._saved_chosen(saved.item(1))  # "In a stage for more than 7 days"
    await settle(0.6)
    save("19-saved-search-all-accounts")
    view = window.lists["applications"]
    view.filter.setText("a")
    view.filter.setText("")
    # SmartRecruiters' applications take notes (CareerPlug's do not: its rows would only be refused).
    view.account_filter.setCurrentIndex(max(0, view.account_filter.findText("SmartRecruiters demo")))
    await settle(0.4)
    view.table.selectRow(0)
    for row in (1, 2):
        view.table.selectionModel().select(
            view.table_model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows,
        )
    await app.bulk.run(view, "add-note-to-application", {"content": "Screened: strong fit"}, "Add note")
    await settle()
    save("20-bulk-results", app.bulk.dialog)
    app.bulk.dialog.close()
    await window.news.refresh()
    window.show_news()
    await settle()
    save("21-news", window.news_dialog)
    window.news_dialog.close()
    await settle()


def _status_text(window: Any) -> str:
    """Every label's text in the status bar (where the sync's step and estimate show)."""
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in window.statusBar().findChildren(QLabel))


async def _shoot_writes(app: Any, save: Any, settle: Any) -> None:
    """The write forms: a new candidate with a CV and an inline problem, CareerPlug's screening
    questions, moving a card in the pipeline, the move-stage form, and a write waiting offline."""
    from desktop.ui.actions.catalog import Offer

    window = app.window
    accounts = {a.vendor: a for a in window.account_infos().values()}
    sr = accounts.get("smartrecruiters")
    files_dir = Path(tempfile.mkdtemp(prefix="rc-files-"))
    cv = files_dir / "ada-lovelace-cv.pdf"
    cv.write_bytes(b"%PDF-1.4\n% a one-page CV\n" * 200)

    def fill(form: Any, values: dict[str, str]) -> None:
        for path, value in values.items():
            editor = form.rows[path].editor
            if hasattr(editor, "line"):
                editor.line.setText(value)
            elif hasattr(editor, "combo"):
                editor.combo.setCurrentIndex(max(0, editor.combo.findData(value)))

    def first_job(account_id: str, with_questions: bool = False) -> str | None:
        sql = (
            "SELECT j.id FROM jobs j WHERE j.account_id = ? AND j.remote_deleted_at IS NULL "
            + ("AND EXISTS (SELECT 1 FROM job_screening_questions q WHERE q.job_id = j.id "
               "AND q.precondition_question_id IS NOT NULL) " if with_questions else "")
            + "ORDER BY j.status != 'OPEN', j.name LIMIT 1"
        )
        row = app.conn.execute(sql, (account_id,)).fetchone()
        return row[0] if row else None

    # New candidate (Ctrl+N) on SmartRecruiters: filled in, a CV dropped, a typo caught inline.
    if sr is not None:
        window.sidebar.select_account(sr.id)
        await settle()
        form = app.forms.new_record("create-candidate")
        if form is not None:
            form.move(140, 40)
            form.resize(640, 860)
            fill(
                form,
                {
                    "candidate.first_name": "Ada",
                    "candidate.last_name": "Lovelace",
                    "candidate.email_address": "ada@example",
                    "candidate.phone_number": "+44 20 7946 0000",
                    "candidate.title": "Analyst",
                    "candidate.location.city": "London",
                    "application.job_id": first_job(sr.id) or "",
                },
            )
            form.rows["attachments"].editor.add_files([cv])
            form.submit()
            await settle(1.0)
            save("11-new-candidate", form)
            form.reject()
            await settle()
        window.sidebar.select_account(None)

    # CareerPlug: one CV only, its own required fields, the job's screening questions.
    cp = accounts.get("careerplug")
    if cp is not None:
        job = first_job(cp.id, with_questions=True) or first_job(cp.id)
        fixed = {"application.job_id": job} if job else {}
        form = app.forms.open_form(cp, Offer("create-application", fixed))
        form.move(140, 40)
        form.resize(640, 860)
        await settle()
        screening = form.rows.get("screening_question_answers")
        if screening is not None:
            for question in screening.editor.questions:
                kind = (question.get("format") or {}).get("type")
                if kind == "BOOLEAN" and not question.get("precondition_question_id"):
                    screening.editor.inputs[str(question["id"])].set_answer(True)
        form.rows["attachments"].editor.add_files([cv, cv])  # the second is refused, with the reason
        await settle()
        form.scroller.verticalScrollBar().setValue(form.scroller.verticalScrollBar().maximum())
        await settle()
        save("12-careerplug-form", form)
        form.reject()
        await settle()

    # Move a card: drag it to the next stage in the pipeline (here: the same move, made by the board).
    row = interview = None
    if sr is not None:
        row = app.conn.execute(
            "SELECT a.id, a.job_id, a.current_stage_id FROM applications a JOIN application_stages s "
            "ON s.id = a.current_stage_id WHERE a.account_id = ? AND a.remote_deleted_at IS NULL "
            "AND s.remote_id IN ('NEW', 'IN_REVIEW') ORDER BY a.remote_created_at DESC LIMIT 1",
            (sr.id,),
        ).fetchone()
        interview = app.conn.execute(
            "SELECT id FROM application_stages WHERE account_id = ? AND remote_id = 'INTERVIEW'", (sr.id,)
        ).fetchone()
        if row and interview:
            window.open_pipeline(row[1])
            await settle()
            window.pipeline.move_card(row[0], interview[0], row[2])
            await settle(1.5)
            target = window.pipeline.column_of(interview[0])
            if target is not None:
                window.pipeline.board_area.ensureWidgetVisible(target)
                await settle()
            save("13-move-by-drag")
            # The same move as a form, from the application's details.
            form = app.forms.open_form(sr, Offer("move-application-to-stage", {"application_id": row[0]}))
            form.move(200, 120)
            form.resize(560, 360)
            await settle()
            save("14-move-stage-form", form)
            form.reject()
            await settle()

        # A note written while the ATS cannot be reached: pending on the record and in the outbox.
        application = app.conn.execute(
            "SELECT id FROM applications WHERE account_id = ? AND remote_deleted_at IS NULL "
            "ORDER BY remote_created_at DESC LIMIT 1",
            (sr.id,),
        ).fetchone()
        if application:
            real = sr.settings.get("base_url")
            app.core.accounts.edit(sr.name, settings_update={"base_url": "http://127.0.0.1:1"})
            note = Offer("add-note-to-application", {"application_id": application[0]})
            form = app.forms.open_form(sr, note)
            form.rows["content"].editor.set_value("Strong portfolio; invite to a second interview.")
            form.submit()
            for _ in range(100):
                if form.outcome is not None:
                    break
                await asyncio.sleep(0.1)
            window.show_tab("applications")
            window.detail.show_record("applications", application[0])
            await settle()
            save("15-pending-write")
            # A card moved while offline: in its new column at once, marked as not sent yet.
            if row and interview:
                window.open_pipeline(row[1])
                await settle()
                window.pipeline.move_card(row[0], row[2], interview[0])
                await settle(1.5)
                save("16-pending-move")
            dialog = app.forms.show_pending()
            dialog.move(160, 200)
            await settle()
            save("17-pending-writes-dialog", dialog)
            dialog.close()
            if real:
                app.core.accounts.edit(sr.name, settings_update={"base_url": str(real)})
            await app.outbox.flush()
            await settle()

    # The form in the dark theme.
    if sr is not None and app.ctx.theme is not None:
        window.set_theme("dark")
        form = app.forms.new_record("create-candidate")
        if form is not None:
            form.move(140, 40)
            form.resize(640, 700)
            await settle()
            save("18-new-candidate-dark", form)
            form.reject()
        window.set_theme("system")
        await settle()
    shutil.rmtree(files_dir, ignore_errors=True)


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
