"""The chosen job's screening questions, each rendered by its unified format, with preconditions.

Questions come from the cache (``job_screening_questions`` in the job's order). Text is a line (or
a box for multi-line questions), numbers a validated line, yes/no and single choice a combo box,
several choices check boxes, dates a calendar; information questions are shown as text, file
questions say they are answered elsewhere. A question with a precondition is shown only while its
parent question has one of the required answers, and only shown questions are answered in the
input. Required ones are marked; the shared checks (``connectors.base.screening``) decide the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from connectors.base.actions import FieldSpec
from connectors.base.screening import applies
from desktop.ui.actions.fields import Editor
from desktop.ui.theme import accent

_NO_DATE = QDate(1900, 1, 1)
_NO_ANSWER = frozenset({"INFORMATION", "FILE"})


def _options(fmt: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (str(o.get("id")), str(o.get("name") or o.get("label") or o.get("id")))
        for o in fmt.get("options") or []
        if isinstance(o, dict)
    ]


class QuestionInput(QWidget):
    """One question's input by format; ``answer()`` is the unified answer or None."""

    def __init__(self, question: dict[str, Any], on_change: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.fmt: dict[str, Any] = dict(question.get("format") or {})
        self.kind = str(self.fmt.get("type") or "UNKNOWN")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.widget: QWidget
        self.checks: list[tuple[str, QCheckBox]] = []
        title = str(question.get("title") or "")
        if self.kind == "TEXT" and self.fmt.get("display_type") == "MULTI_LINE":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMaximumHeight(80)
            box.textChanged.connect(on_change)
            self.widget = box
        elif self.kind in ("TEXT", "NUMBER", "UNKNOWN"):
            line = QLineEdit()
            if self.kind == "TEXT" and isinstance(self.fmt.get("max_length"), int):
                line.setMaxLength(int(self.fmt["max_length"]))
            if self.kind == "NUMBER":
                validator = QDoubleValidator(line)
                validator.setLocale(QLocale.c())
                line.setValidator(validator)
            line.textChanged.connect(on_change)
            self.widget = line
        elif self.kind in ("BOOLEAN", "SINGLE_SELECT"):
            combo = QComboBox()
            combo.addItem("", None)
            if self.kind == "BOOLEAN":
                combo.addItem(self.tr("Yes"), True)
                combo.addItem(self.tr("No"), False)
            else:
                for value, label in _options(self.fmt):
                    combo.addItem(label, value)
            combo.currentIndexChanged.connect(on_change)
            self.widget = combo
        elif self.kind == "MULTI_SELECT":
            host = QWidget()
            column = QVBoxLayout(host)
            column.setContentsMargins(0, 0, 0, 0)
            for value, label in _options(self.fmt):
                check = QCheckBox(label)
                check.setAccessibleName(f"{title}: {label}")
                check.toggled.connect(on_change)
                column.addWidget(check)
                self.checks.append((value, check))
            self.widget = host
        elif self.kind == "DATE":
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setMinimumDate(_NO_DATE)
            date.setSpecialValueText("—")
            date.setDisplayFormat("yyyy-MM-dd")
            date.setDate(_NO_DATE)
            date.dateChanged.connect(on_change)
            self.widget = date
        else:  # INFORMATION, FILE: nothing to answer here
            text = (
                self.tr("Answered with the attachments.")
                if self.kind == "FILE"
                else str(question.get("description") or "")
            )
            note = QLabel(text)
            note.setWordWrap(True)
            note.setStyleSheet(f"color: {accent('muted').name()};")
            self.widget = note
        self.widget.setAccessibleName(title)
        layout.addWidget(self.widget)
        self.setFocusProxy(self.widget)

    def answer(self) -> Any:
        w = self.widget
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QLineEdit):
            text = w.text().strip()
            if not text:
                return None
            if self.kind == "NUMBER":
                try:
                    number = float(text)
                except ValueError:
                    return text
                return int(number) if number.is_integer() else number
            return text
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QDateEdit):
            return None if w.date() == _NO_DATE else w.date().toString("yyyy-MM-dd")
        if self.checks:
            chosen = [value for value, check in self.checks if check.isChecked()]
            return chosen or None
        return None

    def set_answer(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            w.setCurrentIndex(index if index >= 0 else 0)
        elif isinstance(w, QDateEdit):
            date = QDate.fromString(str(value or "")[:10], "yyyy-MM-dd")
            w.setDate(date if date.isValid() else _NO_DATE)
        for option, check in self.checks:
            check.setChecked(isinstance(value, list) and option in value)


class ScreeningEditor(Editor):
    """``screening_question_answers`` for the job chosen in the form."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.host = QWidget()
        self.form = QFormLayout(self.host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Questions are sentences: each above its answer, never squeezed into a label column.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.empty = QLabel(self.tr("Pick a job to answer its screening questions."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {accent('muted').name()};")
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(self.host)
        self.layout_.addLayout(column, 1)
        self.questions: list[dict[str, Any]] = []
        self.inputs: dict[str, QuestionInput] = {}
        self.labels: dict[str, QLabel] = {}
        #: The question ids in the order of the last ``value()``: problems name answers by index.
        self.order: list[str] = []

    def set_questions(self, questions: list[dict[str, Any]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.questions = list(questions)
        self.inputs, self.labels = {}, {}
        for question in self.questions:
            qid = str(question["id"])
            field = QuestionInput(question, self._changed)
            kind = field.kind
            title = str(question.get("title") or qid)
            required = bool(question.get("required")) and kind not in _NO_ANSWER
            label = QLabel(f"{title} *" if required else title)
            label.setWordWrap(True)
            label.setBuddy(field.widget)
            if question.get("description"):
                label.setToolTip(str(question["description"]))
            if required:
                field.widget.setAccessibleDescription(self.tr("required"))
            # The question on a row of its own, full width: a wrapped form label keeps to its size hint
            # and breaks a one-line question into a narrow column.
            self.form.addRow(label)
            self.form.addRow(field)
            self.inputs[qid], self.labels[qid] = field, label
        self.empty.setVisible(not self.questions)
        if not self.questions:
            self.empty.setText(self.tr("This job asks no screening questions."))
        self._update_visibility()
        self.changed.emit()

    def clear_job(self) -> None:
        self.set_questions([])
        self.empty.setText(self.tr("Pick a job to answer its screening questions."))

    def _changed(self, *_: Any) -> None:
        self._update_visibility()
        self.changed.emit()

    def _answers(self) -> dict[str, Any]:
        """The answers of the questions that apply, in order (a hidden question's answer is ignored)."""
        answers: dict[str, Any] = {}
        for question in self.questions:
            qid = str(question["id"])
            if not applies(question, answers):
                continue
            value = self.inputs[qid].answer()
            if value is not None:
                answers[qid] = value
        return answers

    def _update_visibility(self) -> None:
        answers = self._answers()
        for question in self.questions:
            qid = str(question["id"])
            shown = applies(question, answers)
            self.form.setRowVisible(self.labels[qid], shown)
            self.form.setRowVisible(self.inputs[qid], shown)

    def value(self) -> Any:
        answers = self._answers()
        self.order = list(answers)
        return [{"question_id": qid, "answer": value} for qid, value in answers.items()] or None

    def set_value(self, value: Any) -> None:
        for item in value or []:
            field = self.inputs.get(str(item.get("question_id")))
            if field is not None:
                field.set_answer(item.get("answer"))
        self._update_visibility()

    def question_for(self, problem_path: str) -> str | None:
        """The question id a problem path (``screening_question_answers[2].answer``) is about."""
        if "[" not in problem_path:
            return None
        try:
            index = int(problem_path.split("[", 1)[1].split("]", 1)[0])
        except ValueError:
            return None
        return self.order[index] if 0 <= index < len(self.order) else None

    def focus_input(self) -> None:
        for question in self.questions:
            field = self.inputs[str(question["id"])]
            if field.isVisible():
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
