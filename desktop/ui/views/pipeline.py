"""A job's pipeline: one column per stage, one card per application.

Columns are the job's own stages where the vendor has per-job pipelines, else the account's stages
(``queries.pipeline``). Each column is a list view with a card delegate, so a stage holding
thousands of applications scrolls like any list.

Moving a card to another stage is a write action ("move stage"): when the action framework provides
it, enable drag and drop on the column views here and send the move through the outbox; until
then the board is read-only.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop import queries
from desktop.queries import StageColumn
from desktop.ui.models import ID_ROLE, CardListModel, format_ts
from desktop.ui.theme import accent

_OUTCOME_ACCENT = {"HIRED": "ok", "DECLINED": "error", "REJECTED": "error", "WITHDRAWN": "muted"}


class CardDelegate(QStyledItemDelegate):
    """Paints an application as a card: candidate name, their title and company, outcome and date."""

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(0, 3 * line + 4 * self.MARGIN + 6)  # as wide as the column, never wider

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CardListModel.CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if card.outcome:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent(_OUTCOME_ACCENT.get(card.outcome, "info"), palette))
            painter.drawRoundedRect(QRect(rect.left(), rect.top() + 6, 4, rect.height() - 12), 2, 2)
        inner = rect.adjusted(10, 4, -8, -4)
        line = option.fontMetrics.height()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(card.candidate, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        metrics = painter.fontMetrics()
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(card.detail, Qt.TextElideMode.ElideRight, inner.width()),
        )
        bottom = " · ".join(
            p for p in ((card.outcome or "").capitalize(), format_ts(card.updated, with_time=False)) if p
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(bottom, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class StageColumnWidget(QFrame):
    cardSelected = Signal(str)

    WIDTH = 250

    def __init__(self, column: StageColumn, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(self.WIDTH)
        self.column = column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        self.header = QLabel(f"{title}  ({len(column.cards)})")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Stage %1").replace("%1", title))
        self.model = CardListModel(column.cards, self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Read-only until the "move stage" action exists (see the module docstring).
        self.view.setDragEnabled(False)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.view.clicked.connect(self._current)

    def _current(self, index: QModelIndex, *_: Any) -> None:
        if index.isValid():
            self.cardSelected.emit(index.data(ID_ROLE))


class PipelineBoard(QWidget):
    #: model ("applications"), record id
    recordSelected = Signal(str, str)

    JOB_LIMIT = 2000

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setObjectName("pipelineBoard")
        self.job_id: str | None = None
        self.show_deleted = False
        self._account_ids: tuple[str, ...] | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Job:"))
        bar.addWidget(label)
        self.jobs = QComboBox()
        self.jobs.setEditable(True)
        self.jobs.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.jobs.setMinimumWidth(360)
        self.jobs.setAccessibleName(self.tr("Job whose pipeline is shown"))
        label.setBuddy(self.jobs)
        completer = self.jobs.completer()
        if completer is not None:  # editable combo boxes have one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.jobs.activated.connect(self._job_picked)
        bar.addWidget(self.jobs)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.board_area = QScrollArea()
        self.board_area.setWidgetResizable(True)
        self.board_area.setAccessibleName(self.tr("Pipeline"))
        layout.addWidget(self.board_area, 1)
        self.columns: list[StageColumnWidget] = []
        self._shown: list[StageColumn] | None = None
        self._empty(self.tr("Pick a job above, or double-click a job in the Jobs list."))

    def _empty(self, text: str) -> None:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.board_area.setWidget(label)
        self.columns = []
        self._shown = None

    # --- jobs --------------------------------------------------------------------------------------
    def set_accounts(self, account_ids: tuple[str, ...] | None, *, visible: bool) -> None:
        self._account_ids = account_ids
        if visible:
            self.reload_jobs()
        else:
            self._stale = True

    def reload_jobs(self) -> None:
        """Fill the job picker: open jobs first, newest first (bounded: the Jobs list has them all)."""
        self._stale = False
        where, params = "remote_deleted_at IS NULL", []
        if self._account_ids is not None:
            where += f" AND account_id IN ({','.join('?' * len(self._account_ids))})"
            params = list(self._account_ids)
        rows = self.conn.execute(
            f"SELECT id, name, status FROM jobs WHERE {where} "
            "ORDER BY status != 'OPEN', opened_at DESC LIMIT ?",
            [*params, self.JOB_LIMIT],
        ).fetchall()
        self.jobs.blockSignals(True)
        self.jobs.clear()
        for job_id, name, status in rows:
            self.jobs.addItem(
                f"{name or '?'}" + (f"  [{status.lower()}]" if status and status != "OPEN" else ""), job_id
            )
        self.jobs.blockSignals(False)
        ids = [r[0] for r in rows]
        if self.job_id is not None and self.job_id in ids:
            self.jobs.setCurrentIndex(ids.index(self.job_id))
            self.show_job(self.job_id)
        elif ids:
            self.jobs.setCurrentIndex(0)
            self.show_job(ids[0])
        else:
            self.job_id = None
            self._empty(self.tr("No jobs here yet."))

    def _job_picked(self, index: int) -> None:
        job_id = self.jobs.itemData(index)
        if job_id:
            self.show_job(job_id)

    # --- the board -------------------------------------------------------------------------------
    def show_job(self, job_id: str) -> None:
        self.job_id = job_id
        index = self.jobs.findData(job_id)
        if index < 0:
            name = queries.title_of(self.conn, "jobs", job_id) or "?"
            self.jobs.insertItem(0, name, job_id)
            index = 0
        self.jobs.setCurrentIndex(index)
        stages = queries.pipeline(self.conn, job_id, show_deleted=self.show_deleted)
        if stages == self._shown:
            return  # nothing moved (a sync wrote other records): keep the board, its scroll and selection
        self._shown = stages
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(8)
        self.columns = []
        total = 0
        for stage in stages:
            column = StageColumnWidget(stage, stage.name or self.tr("No stage"))
            column.cardSelected.connect(lambda app_id: self.recordSelected.emit("applications", app_id))
            row.addWidget(column)
            self.columns.append(column)
            total += len(stage.cards)
        row.addStretch()
        self.board_area.setWidget(board)
        self.summary.setText(
            self.tr("%1 applications in %2 stages").replace("%1", str(total)).replace("%2", str(len(stages)))
        )

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload_jobs()

    def cache_changed(self, *, visible: bool) -> None:
        # While a sync writes, only the board shown is re-read; the job picker catches up when the
        # tab is shown again (refilling it every few seconds would fight the user's typing).
        self._stale = True
        if visible and self.job_id:
            self.show_job(self.job_id)
        elif visible:
            self.reload_jobs()

    def set_show_deleted(self, show: bool) -> None:
        self.show_deleted = show
        if self.job_id:
            self.show_job(self.job_id)
