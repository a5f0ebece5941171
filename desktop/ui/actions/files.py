"""Files for an action: drop them on the form (or choose them), pick their kind, see the vendor's rules.

The connector's ``AttachmentPolicy`` is data: this widget shows it in words ("exactly one file, a
CV; at most 10 MB") and applies it as files arrive: a file of a type, size or count the vendor
would refuse is not taken, and the reason is shown beside the drop zone. The input gets each file
as base64 ``data`` with its name, kind and content type (``attachments[]`` or ``attachment``).
"""

from __future__ import annotations

import base64
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectors.base import filetypes
from connectors.base.actions import AttachmentPolicy, FieldSpec
from connectors.base.validation import UNIFIED_MAX_BYTES
from desktop.ui.actions import texts
from desktop.ui.actions.fields import Editor
from desktop.ui.theme import accent


@dataclass
class ChosenFile:
    name: str
    content: bytes
    content_type: str | None
    kind: str


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


class DropZone(QFrame):
    """The dashed area files are dropped on; forwards local files to the editor."""

    def __init__(self, editor: FilesEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dropZone")
        self.setMinimumHeight(56)

    def _local(self, urls: list[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and self._local(mime.urls()) and self.editor.room() > 0:
            event.acceptProposedAction()
            self.setProperty("hover", True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.editor.add_files(paths)


class FilesEditor(Editor):
    """``attachments`` (a list) or ``attachment`` (one file), under the connector's policy."""

    def __init__(
        self,
        spec: FieldSpec,
        children: tuple[FieldSpec, ...],
        policy: AttachmentPolicy | None,
        *,
        single: bool,
        vendor: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self.policy = policy or AttachmentPolicy()
        self.single = single
        self.vendor = vendor
        self.files: list[ChosenFile] = []
        self.problem: str | None = None
        kinds = next(
            (c.choices for c in children if c.path.endswith(".type")), ("CV", "COVER_LETTER", "OTHER")
        )
        self.kinds = [k for k in kinds if not self.policy.types or k in self.policy.types] or list(kinds)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.zone = DropZone(self)
        zone_layout = QHBoxLayout(self.zone)
        self.zone_label = QLabel()
        self.zone_label.setWordWrap(True)
        zone_layout.addWidget(self.zone_label, 1)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.setAccessibleName(self.tr("Choose a file to attach"))
        self.choose.setToolTip(self.tr("Choose a file to attach (Ctrl+O)"))
        self.choose.clicked.connect(self.choose_files)
        zone_layout.addWidget(self.choose)
        column.addWidget(self.zone)
        self.rules = QLabel(self._rules_text())
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(f"color: {accent('muted').name()};")
        column.addWidget(self.rules)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_host)
        self.layout_.addLayout(column, 1)
        self.setFocusProxy(self.choose)
        shortcut = QShortcut(QKeySequence("Ctrl+O"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.choose_files)
        self._dialog: QFileDialog | None = None
        self.refresh()

    # --- the rules -------------------------------------------------------------------------------
    def limit(self) -> int | None:
        if self.single:
            return 1
        return self.policy.max_count

    def room(self) -> int:
        limit = self.limit()
        return 1_000 if limit is None else max(0, limit - len(self.files))

    def max_bytes(self) -> int:
        return min(self.policy.max_bytes or UNIFIED_MAX_BYTES, UNIFIED_MAX_BYTES)

    def _rules_text(self) -> str:
        p = self.policy
        parts = []
        limit = self.limit()
        if limit == 1 and (p.min_count >= 1 or self.single):
            parts.append(self.tr("exactly one file"))
        elif limit is not None:
            parts.append(self.tr("at most %1 files").replace("%1", str(limit)))
        elif p.min_count:
            parts.append(self.tr("at least %1 files").replace("%1", str(p.min_count)))
        if p.types:
            parts.append(", ".join(texts.choice_label(t) for t in p.types))
        if p.extensions:
            parts.append(", ".join(e.upper() for e in p.extensions))
        parts.append(self.tr("up to %1").replace("%1", _size_text(self.max_bytes())))
        return self.tr("%1 takes: %2").replace("%1", self.vendor).replace("%2", "; ".join(parts))

    def problem_for(self, path: Path, size: int) -> str | None:
        """Why the vendor would refuse this file (None: it is fine)."""
        if self.room() <= 0:
            limit = self.limit() or 0
            return (
                self.tr("%1 takes only one file here; remove the one chosen first.").replace(
                    "%1", self.vendor
                )
                if limit == 1
                else self.tr("%1 takes at most %2 files here.")
                .replace("%1", self.vendor)
                .replace("%2", str(limit))
            )
        ext = path.suffix.lower().lstrip(".")
        if self.policy.extensions and ext not in self.policy.extensions:
            return (
                self.tr("%1 takes only %2 files; %3 is not one.")
                .replace("%1", self.vendor)
                .replace("%2", ", ".join(e.upper() for e in self.policy.extensions))
                .replace("%3", path.name)
            )
        if size == 0:
            return self.tr("%1 is empty.").replace("%1", path.name)
        if size > self.max_bytes():
            return (
                self.tr("%1 is %2; %3 takes at most %4.")
                .replace("%1", path.name)
                .replace("%2", _size_text(size))
                .replace("%3", self.vendor)
                .replace("%4", _size_text(self.max_bytes()))
            )
        return None

    # --- adding and removing ---------------------------------------------------------------------
    def choose_files(self) -> None:
        if self.room() <= 0:
            self.show_problem(self.problem_for(Path("x"), 1))
            return
        dialog = QFileDialog(self, self.tr("Choose a file to attach"))
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFile if self.room() == 1 else QFileDialog.FileMode.ExistingFiles
        )
        if self.policy.extensions:
            pattern = " ".join(f"*.{e}" for e in self.policy.extensions)
            dialog.setNameFilters([self.tr("Accepted files (%1)").replace("%1", pattern)])
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self._dialog = dialog
        dialog.open()  # no nested event loop (qasync)

    def add_files(self, paths: list[Path]) -> list[str]:
        """Take the files the vendor accepts; returns (and shows) why the others were not taken."""
        problems = []
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as exc:
                problems.append(
                    self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", exc.strerror or "")
                )
                continue
            why = self.problem_for(path, size)
            if why:
                problems.append(why)
                continue
            try:
                content = path.read_bytes()
            except OSError as exc:
                problems.append(
                    self.tr("Cannot read %1: %2").replace("%1", path.name).replace("%2", exc.strerror or "")
                )
                continue
            why = (
                self.tr("%1 is empty (0 bytes); choose the real file.").replace("%1", path.name)
                if not content
                else filetypes.problem(path.name, content[:64])
            )
            if why:
                problems.append(why)
                continue
            self.add_content(path.name, content)
        self.show_problem(" ".join(problems) or None)
        return problems

    def add_content(self, name: str, content: bytes, kind: str | None = None) -> None:
        taken = {f.kind for f in self.files}
        if kind is None:
            # The first file is the CV where a CV is taken; then a cover letter, then "other".
            kind = next((k for k in self.kinds if k not in taken), self.kinds[-1])
        sniffed = filetypes.content_type(name, content[:64])
        self.files.append(ChosenFile(name, content, sniffed or mimetypes.guess_type(name)[0], kind))
        self.refresh()
        self.changed.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.files):
            del self.files[index]
            self.show_problem(None)
            self.refresh()
            self.changed.emit()

    def refresh(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for index, chosen in enumerate(self.files):
            self.list_layout.addWidget(self._file_row(index, chosen))
        full = self.room() <= 0
        self.zone.setEnabled(not full)
        self.zone_label.setText(
            self.tr("Drop files here")
            if not full
            else self.tr("%1 takes no more files here.").replace("%1", self.vendor)
        )

    def _file_row(self, index: int, chosen: ChosenFile) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon).pixmap(16, 16))
        line.addWidget(icon)
        name = QLabel(f"{chosen.name}  ({_size_text(len(chosen.content))})")
        name.setToolTip(chosen.name)
        line.addWidget(name, 1)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Kind of file %1").replace("%1", chosen.name))
        for k in self.kinds:
            kind.addItem(texts.choice_label(k), k)
        kind.setCurrentIndex(max(0, kind.findData(chosen.kind)))
        kind.setEnabled(len(self.kinds) > 1)
        kind.currentIndexChanged.connect(lambda _i: self._kind_changed(index, kind.currentData()))
        line.addWidget(kind)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove %1").replace("%1", chosen.name))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", chosen.name))
        remove.clicked.connect(lambda: self.remove(index))
        line.addWidget(remove)
        return row

    def _kind_changed(self, index: int, kind: str) -> None:
        if 0 <= index < len(self.files):
            self.files[index].kind = kind
            self.changed.emit()

    # --- the form's interface --------------------------------------------------------------------
    def show_problem(self, text: str | None) -> None:
        """Shown beside the field by the form (``notice``), until the next file is taken or removed."""
        self.problem = text
        self.notice.emit(text or "")

    def value(self) -> Any:
        items = [
            {
                "name": f.name,
                "type": f.kind,
                "content_type": f.content_type,
                "data": base64.b64encode(f.content).decode("ascii"),
            }
            for f in self.files
        ]
        if self.single:
            return items[0] if items else None
        return items or None

    def set_value(self, value: Any) -> None:
        self.files = []
        for item in value if isinstance(value, list) else [value] if value else []:
            content = base64.b64decode(str(item.get("data") or ""))
            self.files.append(
                ChosenFile(str(item.get("name")), content, item.get("content_type"), str(item.get("type")))
            )
        self.refresh()

    def focus_input(self) -> None:
        self.choose.setFocus(Qt.FocusReason.OtherFocusReason)
