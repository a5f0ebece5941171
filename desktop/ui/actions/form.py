"""The form of one write action, generated from the declarations (``catalog.plan``).

Opened with ``open()`` (window-modal, no nested event loop). Each field shows its label (``*`` when
required), its editor and, below it, its problem. Problems are found as the user leaves a field
(the shared per-field check) and, on submit, by ``OutboxWorker.check`` (both validation layers and
the cache lookups): each is put next to the field its path names and the first one gets the focus.
Submit (Ctrl+Enter) saves the action in the outbox and sends it, on the app's loop; Esc cancels.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from connectors.base.actions import SCHEMAS, ActionSpec, Problem
from connectors.base.validation import check_value
from connectors.http.redact import redact
from desktop import queries
from desktop.accounts import AccountInfo
from desktop.outbox import queue as q
from desktop.outbox.outcome import Outcome
from desktop.outbox.worker import ActionRefused
from desktop.ui.actions import catalog, lookups, texts
from desktop.ui.actions.catalog import Item, Offer
from desktop.ui.actions.controller import OutboxController, OutboxDialog
from desktop.ui.actions.fields import ComboEditor, Editor, FixedEditor, RowsEditor, editor_for
from desktop.ui.actions.files import FilesEditor
from desktop.ui.actions.screening import ScreeningEditor
from desktop.ui.signals import track_signal
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import accent

JOB_PATH = "application.job_id"


class FieldRow:
    """A field of the form: its item, label, editor and problem line."""

    def __init__(self, item: Item, label: QLabel, editor: Editor, problem: QLabel) -> None:
        self.item = item
        self.label = label
        self.editor = editor
        self.problem = problem

    def set_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self.editor.setAccessibleDescription(text or "")


class ActionForm(OutboxDialog):
    """One action for one account: fill, check, submit through the outbox."""

    #: Outcome: the action was saved (and sent, or queued to be sent)
    submitted = Signal(object)

    def __init__(
        self,
        conn: Any,
        controller: OutboxController,
        tasks: TaskSet,
        account: AccountInfo,
        offer: Offer,
        *,
        accounts: list[AccountInfo] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(conn, controller, tasks, parent)
        self.account = account
        self.offer = offer
        self.action = offer.action
        self.schema = SCHEMAS[offer.action]
        self.accounts = accounts or [account]
        self.pending: asyncio.Task[None] | None = None
        self.outcome: Outcome | None = None
        self.failed_entry: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self.setObjectName(f"actionForm_{self.action}")
        self.setModal(True)
        self.resize(620, 700)

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.account_picker = QComboBox()
        self.account_picker.setAccessibleName(self.tr("Account"))
        for choice in self.accounts:
            self.account_picker.addItem(f"{choice.name} ({choice.connector.display_name})", choice.id)
        self.account_picker.setCurrentIndex(max(0, self.account_picker.findData(account.id)))
        self.account_picker.currentIndexChanged.connect(self._account_changed)
        picker_row = QFormLayout()
        picker_label = QLabel(self.tr("&Account:"))
        picker_label.setBuddy(self.account_picker)
        picker_row.addRow(picker_label, self.account_picker)
        self.picker_host = QWidget()
        self.picker_host.setLayout(picker_row)
        self.picker_host.setVisible(len(self.accounts) > 1)
        outer.addWidget(self.picker_host)
        self.notes = QLabel()
        self.notes.setObjectName("actionNotes")
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("What this ATS takes"))
        outer.addWidget(self.notes)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setAccessibleName(self.tr("Fields"))
        outer.addWidget(self.scroller, 1)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.hide()
        outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = QPushButton(self.tr("Save and send"))
        self.submit_button.setObjectName("submitAction")
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(self.tr("Saved in the outbox first, then sent (Ctrl+Enter)"))
        self.submit_button.setAccessibleName(self.tr("Save and send"))
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.submit)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            track_signal(app.focusChanged, self._focus_changed, self, until=self.finished)
        self._build()

    # --- building ----------------------------------------------------------------------------------
    @property
    def spec(self) -> ActionSpec:
        return self.account.connector.actions[self.action]

    def _account_changed(self, index: int) -> None:
        chosen = next((a for a in self.accounts if a.id == self.account_picker.itemData(index)), None)
        if chosen is not None and chosen.id != self.account.id:
            self.account = chosen
            self._build()

    def _build(self) -> None:
        vendor = self.account.connector.display_name
        title = texts.action_title(self.schema.title)
        self.setWindowTitle(f"{title} — {self.account.name}")
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.notes.setText(
            " ".join(
                p
                for p in (
                    ""
                    if len(self.accounts) > 1  # the account picker says it
                    else self.tr("In %1 (%2).").replace("%1", self.account.name).replace("%2", vendor),
                    self.spec.notes,
                    self.tr("Fields marked * are required."),
                )
                if p
            )
        )
        self.notes.setStyleSheet(f"color: {accent('info').name()};")
        self.rows = {}
        self._shown_job: str | None | bool = False  # nothing shown yet
        body = QWidget()
        column = QVBoxLayout(body)
        for group in catalog.plan(self.action, self.spec, self.offer.fixed):
            # A group holding just its own list or file widget is titled by it: no second label.
            alone = len(group.items) == 1 and group.items[0].path == group.path
            title = texts.field_label(group.label)
            if alone and group.items[0].required:
                title += " *"
            box = QGroupBox(title) if group.label else QWidget()
            box.setObjectName(f"group_{group.path or 'top'}")
            if isinstance(box, QGroupBox):
                box.setAccessibleName(texts.field_label(group.label))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for item in group.items:
                self._add_row(form, item, labelled=not alone)
            column.addWidget(box)
        column.addStretch()
        self.scroller.setWidget(body)
        for path, value in self.offer.prefill.items():
            row = self.rows.get(path)
            if row is not None and value not in (None, ""):
                row.editor.set_value(value)
        self._job_changed()
        first = next((r for r in self.rows.values() if r.item.widget != "fixed"), None)
        if first is not None:
            first.editor.focus_input()

    def _add_row(self, form: QFormLayout, item: Item, *, labelled: bool = True) -> None:
        name = texts.field_label(item.spec.label)
        editor = self._editor(item, name)
        editor.setObjectName(f"field_{item.path}")
        editor.set_accessible(name)
        if item.required:
            editor.setToolTip(self.tr("Required"))
        text = f"{name} *" if item.required and item.widget != "fixed" else name
        label = QLabel(text if item.spec.kind != "bool" else "")
        label.setBuddy(editor)
        label.setWordWrap(True)
        problem = QLabel()
        problem.setObjectName(f"problem_{item.path}")
        problem.setWordWrap(True)
        problem.setStyleSheet(f"color: {accent('error').name()};")
        problem.hide()
        host = QWidget()
        stack = QVBoxLayout(host)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(editor)
        stack.addWidget(problem)
        if labelled:
            form.addRow(label, host)
        else:
            label.setParent(host)  # kept for the buddy and the screen reader, not shown
            label.hide()
            form.addRow(host)
        row = FieldRow(item, label, editor, problem)
        self.rows[item.path] = row
        editor.changed.connect(lambda r=row: self._edited(r))
        editor.notice.connect(lambda text, r=row: r.set_problem(text or None))
        if item.path == JOB_PATH:
            editor.changed.connect(self._job_changed)

    def _editor(self, item: Item, name: str) -> Editor:
        spec = item.spec
        if item.widget == "fixed":
            value = self.offer.fixed[item.path]
            model = spec.model or ""
            shown = queries.title_of(self.conn, model, str(value)) or str(value)
            return FixedEditor(spec, value, shown)
        if item.widget == "files":
            return FilesEditor(
                spec,
                item.children,
                self.spec.attachments,
                single=spec.kind == "object",
                vendor=self.account.connector.display_name,
            )
        if item.widget == "screening":
            return ScreeningEditor(spec)
        if item.widget == "rows":
            return RowsEditor(spec, item.children)
        return editor_for(
            spec,
            label=name,
            required=item.required,
            multiline=item.multiline,
            id_choices=(lambda: self._id_choices(item)) if spec.kind == "id" else None,
            lookup_values=(lambda: self._lookup_values(item)) if spec.lookup else None,
            existing_only=item.existing_only,
        )

    # --- choices from the cache ----------------------------------------------------------------------
    def _job_id(self) -> str | None:
        """The job the form is about: the one picked or given, else the fixed application's job."""
        if JOB_PATH in self.offer.fixed:
            return str(self.offer.fixed[JOB_PATH])
        row = self.rows.get(JOB_PATH)
        if row is not None:
            value = row.editor.value()
            return str(value) if value else None
        application = self.offer.fixed.get("application_id")
        if application:
            return lookups.application_place(self.conn, str(application))[0]
        return None

    def _id_choices(self, item: Item) -> list[tuple[str, str]]:
        model = item.spec.model or ""
        if model == "application_stages":
            return lookups.stages(self.conn, self.account.id, self._job_id())
        return lookups.options(self.conn, model, self.account.id)

    def _lookup_values(self, item: Item) -> list[str]:
        model, _column = item.spec.lookup or ("", "")
        candidate = self.offer.fixed.get("candidate_id")
        if model == "tags" and candidate and self.action.startswith("remove-"):
            return lookups.candidate_tags(self.conn, str(candidate))  # only what it has can go
        if model == "tags":
            return lookups.tag_names(self.conn, self.account.id)
        return []

    def _job_changed(self) -> None:
        """A job was picked: its stages and its screening questions follow."""
        job = self._job_id()
        if job == self._shown_job:
            return  # typing in the job box: answers given so far stay
        self._shown_job = job
        for row in self.rows.values():
            stage = row.item.spec.model == "application_stages" and row.item.widget == "value"
            if stage and isinstance(row.editor, ComboEditor):
                row.editor.set_choices(lookups.stages(self.conn, self.account.id, job))
            if isinstance(row.editor, ScreeningEditor):
                if job:
                    row.editor.set_questions(lookups.questions(self.conn, self.account.id, job))
                else:
                    row.editor.clear_job()

    # --- values and problems -------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The action's unified input as filled in."""
        return catalog.build({path: row.editor.value() for path, row in self.rows.items()})

    def _inline(self, row: FieldRow) -> list[str]:
        """Problems the shared per-field check finds in one field (blank is for submit to say)."""
        value = row.editor.value()
        item = row.item
        if value is None or item.widget in ("files", "screening", "fixed"):
            return []
        if item.widget == "rows":
            found = []
            for index, entry in enumerate(value):
                for key, child in entry.items():
                    found += [
                        p.message for p in check_value(self.action, f"{item.path}[{index}].{key}", child)
                    ]
            return found
        return [p.message for p in check_value(self.action, item.path, value)]

    def _edited(self, row: FieldRow) -> None:
        # A problem shown goes as soon as the value is fixed; new ones wait until the field is left.
        if row.problem.isVisible() and row.item.widget not in ("files",):
            found = self._inline(row)
            row.set_problem("; ".join(found) if found else None)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is None or self.busy:
            return
        for row in self.rows.values():
            if row.editor.isAncestorOf(old) and not (new is not None and row.editor.isAncestorOf(new)):
                found = self._inline(row)
                if found:
                    row.set_problem("; ".join(found))
                return

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem next to its field; those of no field above the buttons; focus the first."""
        for row in self.rows.values():
            row.set_problem(None)
        by_row: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            path = catalog.owner(problem.path, self.rows)
            if path is None:
                general.append(str(problem))
                continue
            row = self.rows[path]
            message = problem.message
            if isinstance(row.editor, ScreeningEditor):
                qid = row.editor.question_for(problem.path)
                title = next((str(x.get("title")) for x in row.editor.questions if str(x["id"]) == qid), None)
                if title and title not in message:
                    message = f"{title}: {message}"
            by_row.setdefault(path, []).append(message)
        for path, messages in by_row.items():
            self.rows[path].set_problem("; ".join(dict.fromkeys(messages)))
        self.set_message(" ".join(general), "error" if general else None)
        first = next((r for p, r in self.rows.items() if p in by_row), None)
        if first is not None:
            self.scroller.ensureWidgetVisible(first.editor)
            first.editor.focus_input()

    def problems_shown(self) -> dict[str, str]:
        """Field path -> its problem as shown (for tests and the screen reader summary)."""
        return {p: r.problem.text() for p, r in self.rows.items() if r.problem.text()}

    def set_message(self, text: str, colour: str | None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {accent(colour).name()};" if colour else "")
        self.message.setVisible(bool(text))

    # --- submitting ----------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)
        self.account_picker.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Save and send"))

    def submit(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.set_message(self.tr("Checking…"), "muted")
        self.pending = self.tasks.spawn(self._submit(self.data()), name=f"form:{self.action}")

    async def _submit(self, data: dict[str, Any]) -> None:
        vendor = self.account.connector.display_name
        try:
            problems = await self.controller.check(self.account, self.action, data)
            if problems:
                self.show_problems(problems)
                return
            self.set_message(self.tr("Sending to %1…").replace("%1", vendor), "muted")
            if self.failed_entry is not None:
                # The earlier attempt was refused (so it did nothing): this corrected one replaces it.
                await self.controller.drop(self.failed_entry)
                self.failed_entry = None
            outcome = await self.controller.submit(self.account, self.action, data, key=q.new_key())
        except ActionRefused as exc:  # the cache changed between the check and the save
            self.show_problems(list(exc.problems))
            return
        except Exception as exc:  # never lose the user's input to a surprise: say what happened
            self.set_message(redact(f"{type(exc).__name__}: {exc}"), "error")
            return
        finally:
            self._set_busy(False)
        self.outcome = outcome
        if outcome.status == q.FAILED:
            self.failed_entry = outcome.entry_id
            self.set_message(
                self.tr(
                    "%1 refused it: %2 Nothing is lost: it is kept under Pending writes (retry or drop "
                    "it there), or correct the form and submit again."
                )
                .replace("%1", vendor)
                .replace("%2", outcome.error or ""),
                "error",
            )
            self.submitted.emit(outcome)
            return
        self.submitted.emit(outcome)
        self.accept()
