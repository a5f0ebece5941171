"""A job's pipeline: one column per stage, one card per application.

Columns are the job's own stages where the vendor has per-job pipelines, else the account's stages
(``queries.pipeline``). Each column is a list view with a card delegate, so a stage holding
thousands of applications scrolls like any list.

Moving a card to another stage is a write action ("move stage"). Where the account's connector
declares it, a ``CardMover`` (the action framework) is set: cards can then be dragged to another
column. The move shows at once (optimistic), the mover sends it through the outbox, and the board
follows the outbox: a move still waiting is shown in its new column marked pending; a refused one
goes back (``rollback``). Ctrl+Z undoes the last move (as another move). Where the connector cannot
move applications, dragging is off and the cards' tooltips and the summary say why.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPalette,
)
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
from desktop.queries import Card, StageColumn
from desktop.ui.formatting import format_ts
from desktop.ui.models import ID_ROLE, PENDING_ROLE, CardListModel, Index, read_card_mime
from desktop.ui.theme import accent

_OUTCOME_ACCENT = {"HIRED": "ok", "DECLINED": "error", "REJECTED": "error", "WITHDRAWN": "muted"}


class CardMover(Protocol):
    """What the action framework gives the board so cards can be moved between stages."""

    def move_support(self, job_id: str) -> str | None:
        """None when this job's applications can be moved; else why not, in words."""
        ...

    def move_card(self, application_id: str, stage_id: str, previous_stage_id: str | None) -> None:
        """Send the move (the board already shows it); the board is told of a refusal by ``rollback``."""
        ...


#: Card ids of applications being created (waiting in the outbox): ``pending:<outbox entry id>``.
PENDING_PREFIX = "pending:"


def is_pending_create(card_id: str) -> bool:
    return card_id.startswith(PENDING_PREFIX)


@dataclass(frozen=True)
class PendingCreate:
    """A new application waiting in the outbox, shown as a card in its job's pipeline."""

    entry_id: int
    job_id: str
    stage_id: str | None
    name: str
    tooltip: str


class CardDelegate(QStyledItemDelegate):
    """Paints an application as a card: candidate name, their title and company, outcome and date."""

    MARGIN = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(0, 3 * line + 4 * self.MARGIN + 6)  # as wide as the column, never wider

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
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
        if is_pending_create(card.application_id):
            # A new application waiting in the outbox: a card like the others, badged "pending".
            painter.setPen(accent("warn", palette))
            bottom = QCoreApplication.translate("Pipeline", "Pending · new, not sent yet")
        elif index.data(PENDING_ROLE):
            # A move waiting in the outbox: say so where the date is, in the warning colour.
            painter.setPen(accent("warn", palette))
            bottom = QCoreApplication.translate("Pipeline", "Moved here · not sent yet")
        painter.drawText(
            QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(bottom, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class CardListView(QListView):
    """A column's cards; takes a card dragged from another column when moving is allowed."""

    #: application id, the stage it comes from (None: no stage)
    cardDropped = Signal(str, object)

    def __init__(self, stage_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.set_movable(False)

    def set_movable(self, movable: bool) -> None:
        self.setDragEnabled(movable)
        # A column without a stage id (applications at an unknown stage) takes no cards.
        accepts = movable and self.stage_id is not None
        self.setAcceptDrops(accepts)
        self.viewport().setAcceptDrops(accepts)

    def _wanted(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> tuple[str, str | None] | None:
        found = read_card_mime(event.mimeData())
        if found is None or self.stage_id is None or found[1] == self.stage_id or not self.acceptDrops():
            return None
        return found

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._wanted(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self._wanted(event)
        if found is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drag's own event loop has ended: the move changes both columns' models.
        QTimer.singleShot(0, lambda: self.cardDropped.emit(found[0], found[1]))


class StageColumnWidget(QFrame):
    cardSelected = Signal(str)
    #: outbox entry id of a pending new application's card
    pendingSelected = Signal(int)

    WIDTH = 250

    def __init__(
        self, column: StageColumn, title: str, pending: set[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(self.WIDTH)
        self.column = column
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        self.header = QLabel()
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.view = CardListView(column.stage_id)
        self.view.setAccessibleName(self.tr("Stage %1").replace("%1", title))
        self.model = CardListModel(column.cards, self, stage_id=column.stage_id)
        self.model.pending = set(pending or ())
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        # Shift/Ctrl+click picks several cards, in any columns, for "Move selected to stage…" (18.3).
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.view.clicked.connect(self._current)
        self.update_header()

    def update_header(self) -> None:
        self.header.setText(f"{self.title}  ({self.model.rowCount()})")

    def set_movable(self, movable: bool, hint: str) -> None:
        self.model.draggable = movable
        self.model.hint = hint
        self.view.set_movable(movable)

    def _current(self, index: QModelIndex, *_: Any) -> None:
        if index.isValid():
            card_id = index.data(ID_ROLE)
            if is_pending_create(card_id):
                self.pendingSelected.emit(int(card_id.removeprefix(PENDING_PREFIX)))
            else:
                self.cardSelected.emit(card_id)


class PipelineBoard(QWidget):
    #: model ("applications"), record id
    recordSelected = Signal(str, str)
    #: outbox entry id: the card of an application being created was chosen
    pendingActivated = Signal(int)

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
        self._shown: Any = None
        self.mover: CardMover | None = None
        #: application id -> stage id of moves waiting in the outbox (shown in their new column)
        self.pending_moves: dict[str, str] = {}
        #: new applications waiting in the outbox (shown as cards of their job, badged pending)
        self.pending_creates: list[PendingCreate] = []
        #: (application id, stage it left, stage it went to) of the last move made here
        self.last_move: tuple[str, str | None, str] | None = None
        self.move_reason: str | None = None
        self.undo_action = QAction(self.tr("Undo the last move"), self)
        self.undo_action.setObjectName("undoMove")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self._empty(self.tr("Pick a job above, or double-click a job in the Jobs list."))

    def selected_cards(self) -> list[tuple[str, str]]:
        """(application id, candidate — job) of the cards selected in every column; cards of
        applications still being created are left out (they have no id at the vendor yet)."""
        job = self.jobs.currentText()
        out: list[tuple[str, str]] = []
        for column in self.columns:
            for index in sorted(column.view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
                card = column.model.cards[index.row()]
                if not is_pending_create(card.application_id):
                    out.append((card.application_id, " — ".join(p for p in (card.candidate, job) if p)))
        return out

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
        reason = self.mover.move_support(job_id) if self.mover else self.tr("Moving cards is not available.")
        creates = [c for c in self.pending_creates if c.job_id == job_id]
        shown = (stages, sorted(self.pending_moves.items()), creates, reason)
        if shown == self._shown:
            return  # nothing moved (a sync wrote other records): keep the board, its scroll and selection
        self._shown = shown
        self.move_reason = reason
        # The overlay moves cards between columns: on copies, so ``_shown`` stays the cache's view.
        stages = [StageColumn(s.stage_id, s.name, list(s.cards)) for s in stages]
        pending = self._overlay(stages)
        self._add_creates(stages, creates, pending)
        board = QWidget()
        row = QHBoxLayout(board)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(8)
        self.columns = []
        total = 0
        hint = reason or self.tr("Drag the card to another stage to move the application there.")
        for stage in stages:
            column = StageColumnWidget(stage, stage.name or self.tr("No stage"), pending.get(stage.stage_id))
            column.cardSelected.connect(lambda app_id: self.recordSelected.emit("applications", app_id))
            column.pendingSelected.connect(self.pendingActivated)
            column.view.cardDropped.connect(lambda app_id, src, c=column: self._dropped(c, app_id, src))
            column.set_movable(reason is None, hint)
            row.addWidget(column)
            self.columns.append(column)
            total += len(stage.cards)
        row.addStretch()
        self.board_area.setWidget(board)
        self.summary.setText(
            self.tr("%1 applications in %2 stages").replace("%1", str(total)).replace("%2", str(len(stages)))
        )
        self.summary.setToolTip(hint)

    def _overlay(self, stages: list[StageColumn]) -> dict[str | None, set[str]]:
        """Put the cards of moves waiting in the outbox in their new column; returns the pending ids
        per stage id."""
        pending: dict[str | None, set[str]] = {}
        by_stage = {s.stage_id: s for s in stages}
        for application_id, stage_id in self.pending_moves.items():
            target = by_stage.get(stage_id)
            if target is None:
                continue
            for stage in stages:
                card = next((c for c in stage.cards if c.application_id == application_id), None)
                if card is None:
                    continue
                if stage is not target:
                    stage.cards.remove(card)
                    target.cards.insert(0, card)
                pending.setdefault(stage_id, set()).add(application_id)
                break
        return pending

    def _add_creates(
        self, stages: list[StageColumn], creates: list[PendingCreate], pending: dict[str | None, set[str]]
    ) -> None:
        """Cards for the new applications waiting in the outbox: in their stage if it is given and
        on the board, else in the first column."""
        if not stages:
            return
        by_stage = {s.stage_id: s for s in stages}
        for create in creates:
            target = by_stage.get(create.stage_id) or stages[0]
            card_id = f"{PENDING_PREFIX}{create.entry_id}"
            target.cards.insert(0, Card(card_id, create.name, create.tooltip, None, None))
            pending.setdefault(target.stage_id, set()).add(card_id)

    def set_pending_creates(self, creates: list[PendingCreate]) -> None:
        if creates != self.pending_creates:
            self.pending_creates = list(creates)
            self.refresh()

    # --- moving cards ----------------------------------------------------------------------------
    def set_mover(self, mover: CardMover | None) -> None:
        self.mover = mover
        self.refresh()

    def set_pending_moves(self, moves: dict[str, str]) -> None:
        """The moves waiting in the outbox (application id -> stage id); the board shows them."""
        if moves != self.pending_moves:
            self.pending_moves = dict(moves)
            self.refresh()

    def refresh(self) -> None:
        if self.job_id and self.isVisible():
            self.show_job(self.job_id)
        else:
            self._shown = None  # re-read when shown

    def rollback(self) -> None:
        """A move was refused: show the cache's truth again."""
        self._shown = None
        if self.job_id:
            self.show_job(self.job_id)

    def column_of(self, stage_id: str | None) -> StageColumnWidget | None:
        return next((c for c in self.columns if c.column.stage_id == stage_id), None)

    def move_card(self, application_id: str, to_stage: str, from_stage: str | None) -> bool:
        """Move a card now and hand the move to the mover; False if it cannot be moved there."""
        if self.mover is None or self.move_reason is not None or to_stage == from_stage:
            return False
        source, target = self.column_of(from_stage), self.column_of(to_stage)
        if source is None or target is None:
            return False
        card = source.model.take(application_id)
        if card is None:
            return False
        target.model.put(card, pending=True)
        source.update_header()
        target.update_header()
        target.view.setCurrentIndex(target.model.index(0))
        self.last_move = (application_id, from_stage, to_stage)
        self.undo_action.setEnabled(from_stage is not None)
        self.mover.move_card(application_id, to_stage, from_stage)
        return True

    def _dropped(self, column: StageColumnWidget, application_id: str, from_stage: str | None) -> None:
        if column.column.stage_id is not None:
            self.move_card(application_id, column.column.stage_id, from_stage)

    def undo(self) -> None:
        """Move the last moved card back where it came from (sent like any move)."""
        if self.last_move is None:
            return
        application_id, came_from, went_to = self.last_move
        if came_from is None:
            return
        self.move_card(application_id, came_from, went_to)
        self.last_move = None
        self.undo_action.setEnabled(False)

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

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._shown is None and self.job_id:
            self.show_job(self.job_id)
