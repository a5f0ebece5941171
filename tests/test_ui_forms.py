"""Write forms in the real window, against the sandboxes over loopback HTTP: create a candidate with a
CV dropped on the form, see a bad e-mail refused inline, write offline and see it pending then sent,
move an application by dragging its card, and CareerPlug's one-CV rule and screening questions."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWidget

from connectors import registry
from connectors.base.actions import SCHEMAS, ActionSpec, must_exist
from connectors.sandbox.runner import RunningSandbox
from desktop.core import Core
from desktop.ui.actions import catalog
from desktop.ui.actions.fields import ComboEditor, editor_for
from desktop.ui.app import Application
from desktop.ui.models import ID_ROLE
from tests.conftest import start_sandbox
from tests.test_smartrecruiters_writes import sandbox_control, sandbox_records
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


def _sync(vendor: str, name: str, sandbox: RunningSandbox) -> None:
    core = Core.open()
    account = core.accounts.add(vendor, name, sandbox.account)
    report = asyncio.run(core.sync.sync(account, core.accounts.credentials(account)))
    assert report.ok
    core.close()


@pytest.fixture()
def synced_app_home(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Any]:
    """An app home whose cache holds the tiny SmartRecruiters sandbox as 'acme', synced."""
    _sync("smartrecruiters", "acme", sr_sandbox)
    yield app_home


@pytest.fixture()
def cp_sandbox() -> Iterator[RunningSandbox]:
    sandbox = start_sandbox("careerplug")
    yield sandbox
    sandbox.stop()


def _drop(widget: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """Drag ``mime`` onto ``widget`` and drop it there, as the window system delivers it; returns
    whether the drag was accepted on entering and whether the drop was."""
    point = widget.rect().center()
    pos = QPointF(point)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    # Qt declares QDragEnterEvent with a QPoint and QDropEvent with a QPointF.
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _one(conn: Any, sql: str, *params: Any) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row and len(row) == 1 else row


async def _start(ui: UiDriver, qapp: Any) -> Application:
    app = Application(qapp, sync_on_start=False)
    app.start()
    await ui.until(app.window.isVisible, what="the window")
    return app


def _fill_candidate(qtbot: Any, form: Any, first: str, last: str, email: str, job_id: str) -> None:
    rows = form.rows
    qtbot.keyClicks(rows["candidate.first_name"].editor.line, first)
    qtbot.keyClicks(rows["candidate.last_name"].editor.line, last)
    qtbot.keyClicks(rows["candidate.email_address"].editor.line, email)
    combo = rows["application.job_id"].editor.combo
    combo.setCurrentIndex(combo.findData(job_id))


def _record_action(window: Any, name: str) -> QAction:
    """An action of the record shown, from its action bar (a button, or under "More")."""
    for button in window.detail.action_bar.findChildren(QToolButton):
        action = button.defaultAction()
        candidates = [action, *(action.menu().actions() if action and action.menu() else [])]
        for found in candidates:
            if found is not None and found.objectName() == name:
                return found
    raise AssertionError(f"no action {name} on the record shown")


def _open_job(conn: Any) -> str:
    return str(
        _one(
            conn,
            "SELECT id FROM jobs WHERE remote_deleted_at IS NULL AND status = 'OPEN' "
            "ORDER BY remote_id LIMIT 1",
        )
    )


def test_create_a_candidate_with_a_cv_through_the_form_and_see_it_in_the_views(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any, sr_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    cv = tmp_path / "ada-cv.pdf"
    cv.write_bytes(b"%PDF-1.4\n% Ada's CV\n")

    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        job_id = _open_job(app.conn)
        # Ctrl+N opens "New candidate" for the account in scope.
        window.activateWindow()
        await ui.until(window.isActiveWindow, what="the window to become active")
        qtbot.keyClick(
            QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
        form = await ui.until(lambda: app.forms.forms and app.forms.forms[-1], what="the form")
        assert form.isVisible() and form.action == "create-candidate"
        assert "2 MB" in form.notes.text()  # the connector's notes line
        # Generated from SmartRecruiters' declaration: what it takes is there, what it does not is absent.
        assert {
            "candidate.first_name",
            "candidate.social_links",
            "attachments",
            "application.stage_id",
        } <= set(form.rows)
        assert "candidate.gender" not in form.rows and "gdpr_consent.given" not in form.rows
        assert form.rows["candidate.email_address"].label.text().endswith("*")

        _fill_candidate(qtbot, form, "Ada", "Lovelace", "ada@example.org", job_id)
        stages = form.rows["application.stage_id"].editor.choices()
        assert len([s for s in stages if s]) >= 3  # the job's stages followed the job picked
        files = form.rows["attachments"].editor
        assert _drop(files.zone, _files(cv)) == (True, True)
        assert [(f.name, f.kind) for f in files.files] == [("ada-cv.pdf", "CV")]

        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
        assert not form.submit_button.isEnabled()  # while checking and sending
        await ui.until(lambda: form.outcome is not None, timeout=30, what="the outcome")
        assert form.outcome.status == "sent", form.outcome.error
        await ui.until(lambda: form not in app.forms.forms, what="the form to close")

        # In the views at once: the candidates list with the new row selected, and its details.
        candidate_id = form.outcome.ids["candidate_id"]
        assert window.tabs.currentWidget() is window.lists["candidates"]
        assert window.lists["candidates"].table_model.row_of(candidate_id) is not None
        assert window.detail.record_id == candidate_id and window.detail.title.text() == "Ada Lovelace"
        assert "Sent" in window.statusBar().currentMessage() or "sent" in window.statusBar().currentMessage()
        # At the vendor, with the CV.
        [remote] = sandbox_records(sr_sandbox, "candidates", email="ada@example.org")
        files_sent = sandbox_records(sr_sandbox, "attachments", candidateId=remote["id"])
        assert [(f["name"], f["type"]) for f in files_sent] == [("ada-cv.pdf", "RESUME")]
        await app.shutdown()

    ui.run(scenario())


def test_a_bad_email_is_shown_inline_and_nothing_is_sent(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        form = app.forms.new_record("create-candidate")
        assert form is not None
        form.activateWindow()
        await ui.until(form.isActiveWindow, what="the form to become active")
        email = form.rows["candidate.email_address"]
        _fill_candidate(qtbot, form, "Bad", "Mail", "x@", _open_job(app.conn))
        # Leaving the field checks it (the shared per-field check), before any submit.
        email.editor.line.setFocus()
        form.rows["candidate.company"].editor.line.setFocus()
        await ui.until(lambda: email.problem.isVisible(), what="the inline problem")
        assert email.problem.text() == "'x@' is not an e-mail address"

        with sandbox_control(sr_sandbox) as control:
            control.delete("/requests")
            # Ctrl+Enter submits from any field.
            qtbot.keyClick(
                form.rows["candidate.company"].editor.line,
                Qt.Key.Key_Return,
                Qt.KeyboardModifier.ControlModifier,
            )
            assert form.busy
            await ui.until(lambda: not form.busy, timeout=20, what="the check")
            sent = control.get("/requests").json()["total"]
        assert sent == 0 and form.outcome is None and form.isVisible()
        assert form.problems_shown() == {"candidate.email_address": "'x@' is not an e-mail address"}
        assert email.editor.line.hasFocus()  # the first problem gets the focus
        assert _one(app.conn, "SELECT count(*) FROM outbox") == 0
        # Fixing it clears the problem as the user types.
        email.editor.line.setText("bad.mail@example.org")
        assert not email.problem.isVisible()
        qtbot.keyClick(email.editor.line, Qt.Key.Key_Escape)  # Esc cancels
        assert not form.isVisible()
        await app.shutdown()

    ui.run(scenario())


def test_an_offline_write_shows_pending_then_sent_when_the_outbox_flushes(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        app.core.accounts.edit("acme", settings_update={"base_url": "http://127.0.0.1:1"})  # the ATS is away
        window.show_tab("candidates")
        form = app.forms.new_record("create-candidate")
        assert form is not None
        _fill_candidate(qtbot, form, "Grace", "Hopper", "grace@example.org", _open_job(app.conn))
        form.submit()
        await ui.until(lambda: form.outcome is not None, timeout=30, what="the outcome")
        assert form.outcome.status == "queued", form.outcome
        await ui.until(lambda: form not in app.forms.forms, what="the form to close")

        # Shown at once, marked pending: above the candidates list, and counted in the status bar.
        view = window.lists["candidates"]
        assert view.pending_list.isVisible() and view.pending_list.count() == 1
        assert "Grace Hopper" in view.pending_list.item(0).text()
        assert "waiting to be sent" in view.pending_list.item(0).text()
        assert window.pending_label.text() == "1 pending write"
        assert "saved" in window.statusBar().currentMessage()

        # The ATS is back: "Send all now" in the pending-writes dialog sends it.
        app.core.accounts.edit("acme", settings_update={"base_url": sr_sandbox.base_url})
        dialog = app.forms.show_pending()
        assert dialog.table.rowCount() == 1 and "Grace Hopper" in dialog.table.item(0, 3).text()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        await ui.until(lambda: not view.pending_list.isVisible(), timeout=30, what="the pending mark to go")
        candidate = _one(
            app.conn, "SELECT id FROM candidates WHERE email_addresses LIKE '%grace@example.org%'"
        )
        assert candidate
        await ui.until(
            lambda: view.table_model.row_of(candidate) is not None, what="the sent record in the list"
        )
        assert dialog.table.rowCount() == 0 and not window.pending_label.isVisible()
        assert len(sandbox_records(sr_sandbox, "candidates", email="grace@example.org")) == 1
        dialog.close()
        await app.shutdown()

    ui.run(scenario())


def test_drag_a_card_to_another_stage_moves_the_application_and_undo_moves_it_back(
    ui: UiDriver, qapp: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        window = app.window
        conn = app.conn
        app_id, job_id, stage_id = conn.execute(
            "SELECT a.id, a.job_id, a.current_stage_id FROM applications a JOIN application_stages s "
            "ON s.id = a.current_stage_id WHERE a.remote_deleted_at IS NULL AND s.remote_id IN "
            "('NEW', 'IN_REVIEW') ORDER BY a.remote_id LIMIT 1"
        ).fetchone()
        interview = _one(conn, "SELECT id FROM application_stages WHERE remote_id = 'INTERVIEW'")
        window.open_pipeline(job_id)
        board = window.pipeline
        source, target = board.column_of(stage_id), board.column_of(interview)
        assert source is not None and target is not None
        assert source.view.dragEnabled() and target.view.acceptDrops()
        row = next(r for r in range(source.model.rowCount()) if source.model.index(r).data(ID_ROLE) == app_id)
        mime = source.model.mimeData([source.model.index(row)])  # what dragging the card carries

        assert _drop(target.view.viewport(), mime) == (True, True)
        # Shown in the new column at once, then sent; the cache (and the vendor) agree.
        await ui.until(lambda: any(c.application_id == app_id for c in target.model.cards), what="the move")
        await ui.until(
            lambda: _one(conn, "SELECT current_stage_id FROM applications WHERE id = ?", app_id) == interview,
            timeout=30,
            what="the move to be sent",
        )
        cid, jid = _one(conn, "SELECT remote_id FROM applications WHERE id = ?", app_id).split(":")
        [remote] = sandbox_records(sr_sandbox, "applications", candidateId=cid, jobId=jid)
        assert remote["status"] == "INTERVIEW"
        await ui.until(lambda: "Undo" in window.statusBar().currentMessage(), what="the undo hint")

        # Ctrl+Z on the board moves it back (as another move).
        assert board.undo_action.isEnabled()
        board.undo_action.trigger()
        await ui.until(
            lambda: _one(conn, "SELECT current_stage_id FROM applications WHERE id = ?", app_id) == stage_id,
            timeout=30,
            what="the undo",
        )
        column = board.column_of(stage_id)
        assert column is not None and any(c.application_id == app_id for c in column.model.cards)
        await app.shutdown()

    ui.run(scenario())


def test_careerplug_form_takes_one_cv_only_asks_the_jobs_questions_and_cannot_drag(
    ui: UiDriver, qapp: Any, app_home: Any, cp_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    if "create-candidate" not in registry.get("careerplug").actions:
        pytest.skip("CareerPlug declares no create-candidate action in this build")
    _sync("careerplug", "cp", cp_sandbox)
    first, second = tmp_path / "cv.pdf", tmp_path / "cover.pdf"
    first.write_bytes(b"%PDF-1.4\n% CV\n")
    second.write_bytes(b"%PDF-1.4\n% cover letter\n")

    async def scenario() -> None:
        app = await _start(ui, qapp)
        form = app.forms.new_record("create-candidate")
        assert form is not None
        assert "exactly one file" in form.notes.text()
        # CareerPlug's required fields are marked, from its declaration.
        assert form.rows["candidate.location.zip_code"].label.text().endswith("*")
        files = form.rows["attachments"].editor
        assert _drop(files.zone, _files(first)) == (True, True)
        assert [f.kind for f in files.files] == ["CV"]
        # A second file is refused at once, with the reason; the zone takes no more.
        assert _drop(files.zone, _files(second))[0] is False
        assert files.add_files([second])
        assert len(files.files) == 1 and not files.zone.isEnabled()
        problem = form.rows["attachments"].problem
        assert problem.isVisible() and "only one file" in problem.text()

        # The job's screening questions, by format; one with a precondition shows only after the
        # answer it depends on.
        job_id = _one(
            app.conn,
            "SELECT job_id FROM job_screening_questions WHERE precondition_question_id IS NOT NULL LIMIT 1",
        )
        combo = form.rows["application.job_id"].editor.combo
        combo.setCurrentIndex(combo.findData(job_id))
        screening = form.rows["screening_question_answers"].editor
        child = next(q for q in screening.questions if q.get("precondition_question_id"))
        parent = screening.inputs[child["precondition_question_id"]]
        label = screening.labels[str(child["id"])]
        assert not label.isVisibleTo(form)
        wanted = child["precondition_options"][0]
        parent.set_answer(wanted)
        await ui.until(lambda: label.isVisibleTo(form), what="the dependent question")
        assert label.text().endswith("*") == bool(child["required"])
        form.reject()

        # CareerPlug cannot move applications: dragging is off, and the board says why.
        window = app.window
        window.open_pipeline(str(job_id))
        assert window.pipeline.columns and not any(c.view.dragEnabled() for c in window.pipeline.columns)
        assert "CareerPlug does not let" in window.pipeline.summary.toolTip()
        await app.shutdown()

    ui.run(scenario())


def test_only_existing_tags_are_offered_where_the_connector_takes_only_those() -> None:
    async def nothing(*_: Any) -> Any:
        raise AssertionError("not sent")

    spec = ActionSpec(
        "add-tag-to-candidate", nothing, ("candidate_id", "tag"), rules=(must_exist("tag.name", "tag"),)
    )
    [_top, tag_group] = catalog.plan("add-tag-to-candidate", spec, ("candidate_id",))
    [item] = tag_group.items
    assert item.existing_only
    editor = editor_for(
        item.spec,
        label="Tag",
        required=True,
        lookup_values=lambda: ["Driver", "Night shift"],
        existing_only=True,
    )
    assert isinstance(editor, ComboEditor) and not editor.combo.isEditable()
    assert editor.choices() == [None, "Driver", "Night shift"]
    # Where new tag names are fine (SmartRecruiters), the picker also takes a typed name.
    free = catalog.plan(
        "add-tag-to-candidate", registry.get("smartrecruiters").actions["add-tag-to-candidate"]
    )
    assert not free[-1].items[0].existing_only
    assert set(SCHEMAS) >= {"add-tag-to-candidate"}


def test_recru_tag_form_offers_only_the_existing_tags_and_adds_one(
    ui: UiDriver, qapp: Any, app_home: Any
) -> None:
    if "recru" not in registry.vendors() or "add-tag-to-candidate" not in registry.get("recru").actions:
        pytest.skip("RECRU declares no add-tag-to-candidate action in this build")
    sandbox = start_sandbox("recru")
    try:
        _sync("recru", "recru", sandbox)

        async def scenario() -> None:
            app = await _start(ui, qapp)
            account = app.core.accounts.get("recru")
            existing = [
                r[0] for r in app.conn.execute("SELECT name FROM tags WHERE remote_deleted_at IS NULL")
            ]
            candidate = _one(app.conn, "SELECT id FROM candidates WHERE remote_deleted_at IS NULL LIMIT 1")
            assert existing and candidate
            # From the candidate's details, as a user would.
            app.window.detail.show_record("candidates", candidate)
            action = _record_action(app.window, "do_add-tag-to-candidate")
            assert action.isEnabled()
            action.trigger()
            form = await ui.until(lambda: app.forms.forms and app.forms.forms[-1], what="the form")
            editor = form.rows["tag.name"].editor
            assert not editor.combo.isEditable()  # no typing a new tag: RECRU takes only existing ones
            assert sorted(c for c in editor.choices() if c) == sorted(existing)
            have = {
                r[0]
                for r in app.conn.execute(
                    "SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                    "WHERE ct.candidate_id = ?",
                    (candidate,),
                )
            }
            tag = next((t for t in existing if t not in have), existing[0])
            editor.combo.setCurrentIndex(editor.combo.findData(tag))
            form.submit()
            await ui.until(
                lambda: form.outcome is not None or form.problems_shown(), timeout=30, what="outcome"
            )
            assert form.outcome is not None and form.outcome.status == "sent", (
                form.outcome,
                form.problems_shown(),
            )
            assert account.id == form.account.id
            await app.shutdown()

        ui.run(scenario())
    finally:
        sandbox.stop()


def test_a_write_the_vendor_refuses_shows_its_reason_and_is_kept_to_retry_or_drop(
    ui: UiDriver, qapp: Any, qtbot: Any, synced_app_home: Any, sr_sandbox: RunningSandbox
) -> None:
    async def scenario() -> None:
        app = await _start(ui, qapp)
        job_id = _open_job(app.conn)
        remote_job = _one(app.conn, "SELECT remote_id FROM jobs WHERE id = ?", job_id)
        with sandbox_control(sr_sandbox) as control:  # the job is gone at the vendor since the last sync
            assert control.delete(f"/records/jobs/{remote_job}").status_code == 204
        form = app.forms.new_record("create-candidate")
        assert form is not None
        _fill_candidate(qtbot, form, "Late", "Comer", "late@example.org", job_id)
        form.submit()
        await ui.until(lambda: form.outcome is not None, timeout=30, what="the outcome")
        assert form.outcome.status == "failed"
        # The vendor's reason, in the form still open with everything typed.
        assert form.isVisible() and "Job not found" in form.message.text()
        assert "Pending writes" in form.message.text()
        assert form.rows["candidate.first_name"].editor.value() == "Late"
        form.reject()

        dialog = app.forms.show_pending()
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text().startswith("refused")
        assert "Job not found" in dialog.table.item(0, 5).text()
        assert app.window.pending_label.text() == "1 failed write"
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
        box = await ui.until(lambda: dialog.findChild(QMessageBox, "confirmDrop"), what="the confirmation")
        box.button(QMessageBox.StandardButton.Yes).click()
        await ui.until(lambda: dialog.table.rowCount() == 0, what="the entry to be dropped")
        assert _one(app.conn, "SELECT count(*) FROM outbox") == 0
        dialog.close()
        await app.shutdown()

    ui.run(scenario())
