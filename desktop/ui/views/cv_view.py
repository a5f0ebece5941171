"""A candidate's CV and other files, shown inline in the detail pane (issue 18.1).

The files' bytes are kept inside the (encrypted) cache, not on disk: the one shown is read from it
(one indexed row) when it is chosen: on the GUI thread up to ``INLINE_BYTES`` (1 MB took 3-5 ms from
an encrypted cache), on a worker thread with its own connection above that (5 MB took 18-30 ms, 50 MB
a quarter of a second), "Loading…" meanwhile. PDFs are drawn page by page by Qt's own PDF module (``QtPdf``,
imported the first time a PDF is shown, so a cold start never pays for it) from an in-memory buffer;
DOCX and ODT files show the text read from them when they were downloaded (kept in the search index:
nothing is parsed on the GUI thread); images as images. "Open in viewer" writes a private copy
(``files.open_copy``: 0600, removed when the app closes) and hands it to the system's viewer. A file
that was not downloaded (over the cap, refused, failed), a damaged PDF or a type we cannot draw gets
one clear line instead, never an error dialog.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments import files
from desktop.attachments import text as texts

log = logging.getLogger(__name__)

#: Files up to this size are read from the cache on the GUI thread; larger ones on a worker thread.
INLINE_BYTES = 1024 * 1024

_TYPE_LABELS = {"CV": "CV", "COVER_LETTER": "Cover letter", "OTHER": "File"}
#: Images larger than this many pixels are scaled while reading (a phone photo of a CV is 12 MP).
_MAX_IMAGE_SIDE = 2000


_KINDS = {"pdf": "PDF", "docx": "Word document", "odt": "OpenDocument text", "image": "Image", "text": "Text"}


def _size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


class CvView(QWidget):
    """The files of one candidate: a chooser, a status line, the file itself, "Open in viewer"."""

    #: A worker's result for the GUI thread: (token, bytes | Path | None | Exception).
    _done = Signal(int, object)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self._token = 0
        self._waiting: dict[int, Callable[[object], None]] = {}
        self._done.connect(self._finish)
        self.files: list[files.StoredFile] = []
        self.current: files.StoredFile | None = None
        self._pdf_document: Any = None
        self._pdf_view: Any = None
        #: The shown PDF's bytes: QPdfDocument reads from this buffer as long as it shows the pages.
        self._pdf_buffer: QBuffer | None = None
        #: The last copy written for the system's viewer (tests look at it).
        self.opened_copy: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Candidate's files"))
        # Long file names must not widen the pane (its width is the user's, remembered).
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        self.chooser.currentIndexChanged.connect(self._show_index)
        row.addWidget(self.chooser, 1)
        self.open_button = QPushButton(self.tr("Open in viewer"))
        self.open_button.setAccessibleName(self.tr("Open the file in the system's viewer"))
        self.open_button.clicked.connect(self.open_in_viewer)
        row.addStretch(0)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("cvStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The file's text"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image)
        self.image_scroll.setWidgetResizable(True)
        for widget in (self.message, self.text, self.image_scroll):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

    # --- what is shown ------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        """pdf | text | image | message: which view shows the current file (for tests and screenshots)."""
        widget = self.stack.currentWidget()
        if widget is self._pdf_view and widget is not None:
            return "pdf"
        return {id(self.text): "text", id(self.image_scroll): "image"}.get(id(widget), "message")

    def show_candidate(self, candidate_id: str) -> int:
        """Load the candidate's files; returns how many there are (0: the tab is hidden)."""
        self.files = files.of_candidate(self.conn, candidate_id)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for f in self.files:
            label = _TYPE_LABELS.get(f.type or "", "File")
            self.chooser.addItem(f"{label}: {f.name}")
        self.chooser.blockSignals(False)
        self.chooser.setVisible(len(self.files) > 1)
        if self.files:
            self.chooser.setCurrentIndex(0)
            self._show_index(0)
        else:
            self.current = None
        return len(self.files)

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self.files):
            return
        f = self.current = self.files[index]
        usable = f.status == "ok" and f.stored
        self.open_button.setEnabled(usable)
        kind_label = _KINDS.get(texts.kind(f.content_type, f.name) or "", f.content_type or "")
        details = " · ".join(p for p in (f.name, kind_label, _size(f.size)) if p)
        if not usable:
            self._say(details, self._why_missing(f))
            return
        kind = texts.kind(f.content_type, f.name)
        if kind in ("pdf", "image"):

            def show(data: object) -> None:
                if self.current is not f:  # another file was chosen while this one loaded
                    return
                if isinstance(data, Exception):
                    log.warning("attachment %s not read: %s", f.id, type(data).__name__)
                if not isinstance(data, bytes):  # removed meanwhile (forgotten, gone at the vendor)
                    self.open_button.setEnabled(False)
                    self._say(details, self._why_missing(f))
                elif kind == "pdf":
                    self._show_pdf(data, details)
                else:
                    self._show_image(data, details)

            if not self._inline(f):
                self._say(details, self.tr("Loading the file…"))
            self._with(f, lambda conn: files.content(conn, f.id), show)
        elif kind in ("docx", "odt", "text"):
            words = files.indexed_text(self.conn, f.id)
            if words:
                self.status.setText(details + " · " + self.tr("text of the document"))
                self.text.setPlainText(words)
                self.stack.setCurrentWidget(self.text)
            else:
                self._say(
                    details, self.tr("No text could be read from this document. Open it in the viewer.")
                )
        else:
            self._say(
                details,
                self.tr("Files of this type are not shown here. Open it in the viewer."),
            )

    # --- reading a file's bytes: small ones here, large ones on a worker thread ---------------------------
    @staticmethod
    def _inline(f: files.StoredFile) -> bool:
        return (f.size or 0) <= INLINE_BYTES

    def _with(
        self,
        f: files.StoredFile,
        job: Callable[[sqlite3.Connection], object],
        then: Callable[[object], None],
    ) -> None:
        """``then(job(conn))``: at once for a small file; for a large one ``job`` runs on a worker
        thread with a connection of its own and ``then`` follows on the GUI thread. A failure is passed
        to ``then`` as the exception."""
        if self._inline(f):
            then(_guarded(job, self.conn))
            return
        self._token += 1
        token = self._token
        self._waiting[token] = then
        cache = files.cache_file(self.conn)

        def work() -> None:
            result: object
            if cache is None:
                result = FileNotFoundError("the cache has no file")
            else:
                try:
                    result = files.apart(cache, lambda conn: _guarded(job, conn))
                except Exception as exc:  # noqa: BLE001 — cannot open it: said in the pane, not raised here
                    result = exc
            with contextlib.suppress(RuntimeError):  # the pane was closed meanwhile
                self._done.emit(token, result)

        threading.Thread(target=work, name="cv-load", daemon=True).start()

    def _finish(self, token: int, result: object) -> None:
        then = self._waiting.pop(token, None)
        if then is not None:
            then(result)

    def _why_missing(self, f: files.StoredFile) -> str:
        if f.status is None:
            return self.tr("Not downloaded yet: it follows the next sync of this account.")
        if f.status == "ok":
            return self.tr(
                "The downloaded file is no longer in the cache; it is fetched again on the next sync."
            )
        return f.message or self.tr("This file is not kept here.")

    def _say(self, details: str, line: str) -> None:
        self.status.setText(details)
        self.message.setText(line)
        self.stack.setCurrentWidget(self.message)

    def _ensure_pdf(self) -> None:
        if self._pdf_view is not None:
            return
        # Imported on first use: QtPdf loads its own renderer, which no cold start needs.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf_document = QPdfDocument(self)
        self._pdf_view = QPdfView(self)
        self._pdf_view.setDocument(self._pdf_document)
        self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self._pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf_view.setAccessibleName(self.tr("The PDF's pages"))
        self.stack.addWidget(self._pdf_view)

    def _show_pdf(self, data: bytes, details: str) -> None:
        self._ensure_pdf()
        from PySide6.QtPdf import QPdfDocument

        self._pdf_document.close()
        if self._pdf_buffer is not None:  # the document no longer reads the previous file's buffer
            self._pdf_buffer.close()
            self._pdf_buffer.deleteLater()
        # A QBuffer is read completely by the load (not a sequential device): no file, no wait.
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(data))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf_document.load(self._pdf_buffer)
        error = self._pdf_document.error()
        pages = self._pdf_document.pageCount()
        if error != QPdfDocument.Error.None_ or pages == 0:
            self._say(
                details,
                self.tr(
                    "This PDF is damaged and cannot be shown here. Open it in the viewer, or at the vendor."
                ),
            )
            return
        pages_text = self.tr("1 page") if pages == 1 else self.tr("%1 pages").replace("%1", str(pages))
        self.status.setText(f"{details} · {pages_text}")
        self.stack.setCurrentWidget(self._pdf_view)

    def _show_image(self, data: bytes, details: str) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > _MAX_IMAGE_SIDE:
            reader.setScaledSize(
                size.scaled(QSize(_MAX_IMAGE_SIDE, _MAX_IMAGE_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
            )
        image = reader.read()
        if image.isNull():
            self._say(
                details, self.tr("This image is damaged and cannot be shown here. Open it in the viewer.")
            )
            return
        self.image.setPixmap(QPixmap.fromImage(image))
        self.status.setText(details)
        self.stack.setCurrentWidget(self.image_scroll)

    def open_in_viewer(self) -> bool:
        """Hand the current file to the system's viewer (only on the user's click): another program
        needs a file, so a private copy is written (0600 in a 0700 folder of the data folder) and
        removed when the app closes; the cache itself keeps the only lasting one."""
        f = self.current
        if f is None or not f.stored:
            return False
        opened: list[bool] = []

        def copy(conn: sqlite3.Connection) -> Path | None:
            data = files.content(conn, f.id)
            return None if data is None else files.open_copy(f.id, f.name, data)

        def hand_over(result: object) -> None:
            if isinstance(result, Path):
                self.opened_copy = result
                opened.append(bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))))
            elif isinstance(result, Exception):
                log.warning("no viewer copy of %s: %s", f.id, type(result).__name__)
                self.status.setText(
                    self.tr("Could not write a copy for the viewer: %1").replace("%1", str(result))
                )
                opened.append(False)
            else:
                self.status.setText(self._why_missing(f))
                opened.append(False)

        self._with(f, copy, hand_over)
        # A large file is copied on a worker thread: True means it is on its way to the viewer.
        return opened[0] if opened else True


def _guarded(job: Callable[[sqlite3.Connection], object], conn: sqlite3.Connection) -> object:
    try:
        return job(conn)
    except Exception as exc:  # noqa: BLE001 — a locked, damaged or full cache or folder: said, not raised
        return exc
