"""Field widgets by kind: what a ``FieldSpec`` of the unified schemas is edited with.

Each editor has ``value()`` (what goes into the input, ``None`` when left blank), ``set_value``,
``focus_input`` and a ``changed`` signal; ``editor_for`` picks one by the field's kind. Ids are
pickers over the cache (filtered by model and account), enums and countries are combo boxes, dates
have a calendar, numbers a validator. Checks are not here: the form runs the shared validation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectors.base.actions import FieldSpec
from desktop.ui.actions import texts

#: The date a ``DateEditor`` shows for "no date" (Qt's date edits cannot be empty).
_NO_DATE = QDate(1900, 1, 1)

_PLACEHOLDERS = {
    "email": "name@example.org",
    "phone": "+49 30 1234567",
    "url": "https://",
}


class Editor(QWidget):
    """The interface every field widget offers the form."""

    changed = Signal()
    #: a problem the editor found itself (a file refused as it was dropped); "" clears it
    notice = Signal(str)

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_input(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)
        for child in self.findChildren(QWidget):
            if not child.accessibleName():
                child.setAccessibleName(name)


class TextEditor(Editor):
    """Text, e-mail, phone, URL and number fields: one line (numbers are validated as typed)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit()
        if spec.max_length:
            self.line.setMaxLength(spec.max_length)
        self.line.setPlaceholderText(_PLACEHOLDERS.get(spec.kind, ""))
        if spec.kind == "number":
            validator = QDoubleValidator(self.line)
            validator.setLocale(QLocale.c())  # a dot as decimal separator, as the input is JSON
            self.line.setValidator(validator)
        self.line.textChanged.connect(lambda _: self.changed.emit())
        self.layout_.addWidget(self.line)
        self.setFocusProxy(self.line)

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        if self.spec.kind == "number":
            try:
                number = float(text)
            except ValueError:
                return text  # the check names it
            return int(number) if number.is_integer() else number
        return text

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def focus_input(self) -> None:
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)
        self.line.selectAll()


class MultilineEditor(Editor):
    """Longer text (a note)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        self.text.textChanged.connect(self.changed)
        self.layout_.addWidget(self.text)
        self.setFocusProxy(self.text)

    def value(self) -> Any:
        return self.text.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))


class DateEditor(Editor):
    """An ISO date with a calendar; "—" (the first date) means none."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(_NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(_NO_DATE)
        self.date.dateChanged.connect(lambda _: self.changed.emit())
        calendar = self.date.calendarWidget()
        if calendar is not None:
            calendar.setSelectedDate(QDate.currentDate())
        self.layout_.addWidget(self.date)
        clear = QToolButton()
        clear.setText("✕")
        clear.setToolTip(self.tr("No date"))
        clear.setAccessibleName(self.tr("Clear the date"))
        clear.clicked.connect(lambda: self.date.setDate(_NO_DATE))
        self.layout_.addWidget(clear)
        self.layout_.addStretch()
        self.setFocusProxy(self.date)

    def value(self) -> Any:
        date = self.date.date()
        return None if date == _NO_DATE else date.toString("yyyy-MM-dd")

    def set_value(self, value: Any) -> None:
        date = QDate.fromString(str(value or "")[:10], "yyyy-MM-dd")
        self.date.setDate(date if date.isValid() else _NO_DATE)


class BoolEditor(Editor):
    """A check box; unchecked is "not given" unless the field is required (then it is false)."""

    def __init__(self, spec: FieldSpec, label: str, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(label)
        self.box.toggled.connect(lambda _: self.changed.emit())
        self.layout_.addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return True if self.box.isChecked() else (False if self.spec.required else None)

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ComboEditor(Editor):
    """One of a list of (value, label) choices; editable ones filter as the user types."""

    def __init__(
        self,
        spec: FieldSpec,
        choices: list[tuple[str, str]],
        *,
        blank: bool,
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.blank = blank
        self.combo = QComboBox()
        self.combo.setEditable(editable)
        self.combo.setMinimumContentsLength(18)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_choices(choices)
        self.combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.combo.editTextChanged.connect(lambda _: self.changed.emit())
        self.layout_.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.blank:
            self.combo.addItem("", None)
        for value, label in choices:
            self.combo.addItem(label, value)
        self.combo.blockSignals(False)
        self.set_value(current)
        if current is None:
            self.combo.setCurrentIndex(0 if self.combo.count() else -1)
        self.changed.emit()

    def choices(self) -> list[Any]:
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def value(self) -> Any:
        index = self.combo.currentIndex()
        data = self.combo.itemData(index) if index >= 0 else None
        if self.combo.isEditable() and (index < 0 or self.combo.currentText() != self.combo.itemText(index)):
            return self.combo.currentText().strip() or None  # typed, not picked
        return data

    def set_value(self, value: Any) -> None:
        if value is None:
            return
        index = self.combo.findData(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        elif self.combo.isEditable():
            self.combo.setEditText(str(value))


def country_choices() -> list[tuple[str, str]]:
    """Two-letter ISO codes with the country's name in the user's language, sorted by code."""
    found: dict[str, str] = {}
    for territory in QLocale.Country:  # PySide6 names Qt 6's QLocale::Territory "Country"
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and territory != QLocale.Country.AnyCountry:
            found.setdefault(code, QLocale.territoryToString(territory))
    return [(code, f"{code} — {name}") for code, name in sorted(found.items())]


def editor_for(
    spec: FieldSpec,
    *,
    label: str,
    required: bool,
    multiline: bool = False,
    id_choices: Callable[[], list[tuple[str, str]]] | None = None,
    lookup_values: Callable[[], list[str]] | None = None,
    existing_only: bool = False,
) -> Editor:
    """The editor for one field. ``id_choices`` lists (id, label) for an id field; ``lookup_values``
    the existing values of a lookup field (tags), which are the only choices when ``existing_only``."""
    kind = spec.kind
    if kind == "id":
        # Always with a blank first entry: a job silently preselected is a wrong job easily missed.
        return ComboEditor(spec, id_choices() if id_choices else [], blank=True, editable=True)
    if spec.lookup is not None and lookup_values is not None:
        values = [(v, v) for v in lookup_values()]
        return ComboEditor(spec, values, blank=existing_only, editable=not existing_only)
    if kind == "enum":
        choices = [(c, texts.choice_label(c)) for c in spec.choices]
        return ComboEditor(spec, choices, blank=not required)
    if kind == "country":
        return ComboEditor(spec, country_choices(), blank=True, editable=True)
    if kind == "date":
        return DateEditor(spec)
    if kind == "bool":
        return BoolEditor(spec, label)
    if multiline:
        return MultilineEditor(spec)
    return TextEditor(spec)


class RowsEditor(Editor):
    """A repeated group (links, more e-mail addresses): rows of small editors, add and remove."""

    def __init__(
        self,
        spec: FieldSpec,
        children: tuple[FieldSpec, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.children_specs = children
        self.rows: list[tuple[QWidget, dict[str, Editor]]] = []
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(body)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Add"))
        self.add_button.setAccessibleName(
            self.tr("Add a row to %1").replace("%1", texts.field_label(spec.label))
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addLayout(column, 1)

    def add_row(self, values: dict[str, Any] | None = None) -> dict[str, Editor]:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        editors: dict[str, Editor] = {}
        for child in self.children_specs:
            leaf = child.path.rsplit(".", 1)[-1]
            name = texts.field_label(child.label)
            editor = editor_for(child, label=name, required=child.required)
            editor.set_accessible(name)
            if isinstance(editor, TextEditor):
                editor.line.setPlaceholderText(name)
            editor.changed.connect(self.changed)
            line.addWidget(editor, 2 if child.kind in ("url", "email", "text", "phone") else 1)
            editors[leaf] = editor
            if values and leaf in values:
                editor.set_value(values[leaf])
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this row"))
        remove.setAccessibleName(self.tr("Remove this row"))
        remove.clicked.connect(lambda: self._remove(row))
        line.addWidget(remove)
        self.body.addWidget(row)
        self.rows.append((row, editors))
        self.changed.emit()
        return editors

    def _remove(self, row: QWidget) -> None:
        self.rows = [(w, e) for w, e in self.rows if w is not row]
        self.body.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def value(self) -> Any:
        out = []
        for _row, editors in self.rows:
            item = {leaf: editor.value() for leaf, editor in editors.items()}
            if any(v not in (None, "") for v in item.values()):
                out.append({k: v for k, v in item.items() if v not in (None, "")})
        return out or None

    def set_value(self, value: Any) -> None:
        for row, _editors in list(self.rows):
            self._remove(row)
        for item in value or []:
            self.add_row(item)

    def focus_input(self) -> None:
        if self.rows:
            next(iter(self.rows[0][1].values())).focus_input()
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)


class FixedEditor(Editor):
    """A value given by where the form was opened (the application being moved): shown, not edited."""

    def __init__(self, spec: FieldSpec, value: Any, text: str, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._value = value
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.label, 1)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = value
