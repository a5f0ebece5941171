"""Qt item models over the cache: record lists that load page by page, search results, pipeline cards.

``RecordTableModel`` never holds a whole table: it reads a page of rows when the view scrolls near
the end (``canFetchMore``/``fetchMore``), ordered and filtered in SQL, so 100k candidates open,
sort and filter as fast as 200. Values are formatted once per page, not on every paint.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop import queries
from desktop.queries import Card, ListSpec, Scope
from desktop.search import Hit
from desktop.ui import labels
from desktop.ui.background_reader import BackgroundReader
from desktop.ui.formatting import format_ts, format_value
from desktop.ui.theme import accent

log = logging.getLogger("recruiter_companion.ui")

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DELETED_ROLE = Qt.ItemDataRole.UserRole + 2
#: The text of a write waiting in the outbox for this record ("" or None: nothing waits).
PENDING_ROLE = Qt.ItemDataRole.UserRole + 3
#: True when the record's details are still being read (progressive sync, phase 2).
LOADING_ROLE = Qt.ItemDataRole.UserRole + 4
#: How a pipeline card travels in a drag: its application id and the stage it leaves.
CARD_MIME = "application/x-recruiter-companion-application"


def pending_icon(colour: QColor) -> QIcon:
    """A small clock-like ring: the mark of a record with a write waiting to be sent."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.drawLine(6, 3, 6, 6)
    painter.drawLine(6, 6, 8, 8)
    painter.end()
    return QIcon(pixmap)


def loading_icon(colour: QColor) -> QIcon:
    """Three small dots: the mark of a record listed but whose details are still being read."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for x in (1, 5, 9):
        painter.drawEllipse(x, 5, 2, 2)
    painter.end()
    return QIcon(pixmap)


def _muted() -> Any:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


_Rows = tuple[list[str], list[str | None], list[tuple[str, ...]]]
#: (total, None) when only the count is re-read, else (total, (rows asked for, rows))
_Refresh = tuple[int, tuple[int, _Rows] | None, set[str] | None]
#: which of these record ids' details are still loading, read on the connection given
LoadingMarks = Callable[[sqlite3.Connection, list[str]], set[str]]


@dataclass(frozen=True)
class _Query:
    """What a list page is read with, taken whole so a read on another thread sees one state."""

    spec: ListSpec
    scope: Scope
    sort: int
    descending: bool


def _read_rows(conn: sqlite3.Connection, query: _Query, offset: int, limit: int) -> _Rows:
    raw = queries.page(
        conn,
        query.spec,
        query.scope,
        sort=query.sort,
        descending=query.descending,
        offset=offset,
        limit=limit,
    )
    kinds = [c.kind for c in query.spec.columns]
    ids = [r[0] for r in raw]
    deleted = [r[1] for r in raw]
    rows = [tuple(format_value(k, v) for k, v in zip(kinds, r[2:], strict=True)) for r in raw]
    return ids, deleted, rows


def _read_refresh(
    conn: sqlite3.Connection,
    query: _Query,
    wanted: int | None,
    loaded: list[str],
    marks: LoadingMarks | None = None,
) -> _Refresh:
    """The count, the first ``wanted`` rows (None: only the count; ``loaded`` stay) and their
    loading marks (None: not asked)."""
    total = queries.count(conn, query.spec, query.scope)
    page = None if wanted is None else (wanted, _read_rows(conn, query, 0, wanted))
    ids = loaded if page is None else page[1][0]
    return total, page, None if marks is None else marks(conn, ids)


class RecordTableModel(QAbstractTableModel):
    """One model's records in the current scope, sorted in SQL, fetched a page at a time."""

    PAGE = 200
    #: Loaded rows beyond which ``refresh`` only updates the count.
    REFRESH_MAX = 1000
    #: Emitted after every (re)load with the number of rows in scope.
    totalChanged = Signal(int)
    #: Emitted when a refresh read beside the window has been applied (and none is pending).
    refreshed = Signal()
    #: (generation, future) from the reader's thread; queued to the model's thread
    _refreshRead = Signal(object)

    def __init__(self, conn: sqlite3.Connection, spec: ListSpec, parent: Any = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.spec = spec
        self.scope = Scope()
        self.sort_column = spec.default_sort
        self.descending = spec.default_descending
        self._ids: list[str] = []
        self._deleted: list[str | None] = []
        self._rows: list[tuple[str, ...]] = []
        self._exhausted = True
        self.total = 0
        #: record id -> what waits in the outbox for it (shown as a mark and a tooltip)
        self.pending: dict[str, str] = {}
        self._pending_icon: QIcon | None = None
        #: ids of records whose details are still loading (listed, not yet enriched)
        self.loading: set[str] = set()
        self._loading_icon: QIcon | None = None
        self._reader: BackgroundReader | None = None
        self._marks: LoadingMarks | None = None
        #: bumped whenever the loaded rows change here, so a refresh read before it is not applied
        self._generation = 0
        self._refreshing = False
        self._refresh_again = False
        # Queued even when emitted on this thread: a read that finished before refresh() hung its
        # callback on the future runs that callback here, and must not apply rows inside refresh().
        self._refreshRead.connect(self._on_refresh_read, Qt.ConnectionType.QueuedConnection)

    # --- reading -------------------------------------------------------------------------------
    def _read(self, offset: int, limit: int) -> tuple[list[str], list[str | None], list[tuple[str, ...]]]:
        return _read_rows(self.conn, self._query(), offset, limit)

    def _query(self) -> _Query:
        return _Query(self.spec, self.scope, self.sort_column, self.descending)

    def read_beside(self, reader: BackgroundReader | None, marks: LoadingMarks | None = None) -> None:
        """Do ``refresh``'s reads on ``reader``'s thread, not the GUI thread (None: read here), and
        with them the loading marks of the rows read (``marks``, e.g. the sync controller's)."""
        self._reader = reader
        self._marks = marks

    @property
    def refreshing(self) -> bool:
        """A refresh is being read beside the window (its rows are not applied yet)."""
        return self._refreshing

    def reload(self) -> None:
        """Start over: count, first page, views reset (scope or order changed)."""
        self._generation += 1
        self.beginResetModel()
        self.total = queries.count(self.conn, self.spec, self.scope)
        self._ids, self._deleted, self._rows = self._read(0, self.PAGE)
        self._exhausted = len(self._ids) < self.PAGE
        self.endResetModel()
        self.totalChanged.emit(self.total)

    def refresh(self) -> None:
        """The cache changed underneath (a sync wrote pages): re-read what is loaded, in place.

        Views keep their scroll position and selection: rows are replaced under a layout change
        and persistent indexes follow their record ids; rows past the old end are inserted. With a
        reader (``read_beside``) the rows are read on its thread and applied when they arrive;
        changes meanwhile ask for one more refresh, not one each.
        """
        # Far down a long list re-reading thousands of rows every few seconds would be slow
        # wherever it runs: keep the rows shown, update the count; scrolling on reads current data.
        wanted = None if len(self._ids) > self.REFRESH_MAX else max(len(self._ids), self.PAGE)
        query = self._query()
        if self._reader is None:
            self._apply_refresh(_read_refresh(self.conn, query, wanted, list(self._ids), self._marks))
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        generation = self._generation
        read = functools.partial(
            _read_refresh, query=query, wanted=wanted, loaded=list(self._ids), marks=self._marks
        )
        future = self._reader.submit(read)
        future.add_done_callback(lambda done: self._emit_read(generation, done))

    def _emit_read(self, generation: int, done: Future[_Refresh]) -> None:
        # On the reader's thread (or this one, had the read already finished): the signal queues
        # the result to the model's event loop. RuntimeError: the window closed while the read ran.
        with contextlib.suppress(RuntimeError):
            self._refreshRead.emit((generation, done))

    def _on_refresh_read(self, payload: tuple[int, Future[_Refresh]]) -> None:
        generation, done = payload
        self._refreshing = False
        error = None if done.cancelled() else done.exception()
        if done.cancelled():
            pass
        elif error is not None:
            # The next commit refreshes again; a damaged cache is reported by the window's own reads.
            log.warning("list refresh failed: %s", type(error).__name__)
        elif generation != self._generation:
            self._refresh_again = True  # reloaded or scrolled on meanwhile: these rows are stale
        else:
            self._apply_refresh(done.result())
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
        elif not self._refreshing:
            self.refreshed.emit()

    def _apply_refresh(self, read: _Refresh) -> None:
        total, page, loading = read
        self._apply_rows(total, page)
        if loading is not None:
            self.set_loading(loading)

    def _apply_rows(self, total: int, page: tuple[int, _Rows] | None) -> None:
        if page is None:
            if total != self.total:
                self.total = total
                self._exhausted = len(self._ids) >= total
                self.totalChanged.emit(total)
            return
        wanted, (ids, deleted, rows) = page
        if ids == self._ids and deleted == self._deleted:
            # The same records in the same order (the common case while a sync writes elsewhere):
            # repaint only the rows whose text changed; no layout change for the view to redo.
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            if changed:
                last = len(self.spec.columns) - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            self._exhausted = len(ids) < wanted
            if total != self.total:
                self.total = total
                self.totalChanged.emit(total)
            return
        old_ids = list(self._ids)
        old_len = len(old_ids)
        if len(ids) < old_len:
            self.beginRemoveRows(QModelIndex(), len(ids), old_len - 1)
            del self._ids[len(ids) :], self._deleted[len(ids) :], self._rows[len(ids) :]
            self.endRemoveRows()
        self.layoutAboutToBeChanged.emit()
        new_positions = {rid: i for i, rid in enumerate(ids)}
        keep = min(len(ids), old_len)
        self._ids[:keep], self._deleted[:keep], self._rows[:keep] = ids[:keep], deleted[:keep], rows[:keep]
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            old_id = old_ids[index.row()] if 0 <= index.row() < old_len else None
            row = new_positions.get(old_id) if old_id is not None else None
            moved.append(self.index(row, index.column()) if row is not None and row < keep else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if len(ids) > old_len:
            self.beginInsertRows(QModelIndex(), old_len, len(ids) - 1)
            self._ids.extend(ids[old_len:])
            self._deleted.extend(deleted[old_len:])
            self._rows.extend(rows[old_len:])
            self.endInsertRows()
        self._exhausted = len(ids) < wanted
        if total != self.total:
            self.total = total
            self.totalChanged.emit(total)

    def set_pending(self, pending: dict[str, str]) -> None:
        """Mark the rows of records with writes waiting in the outbox (the rest are unmarked)."""
        if pending == self.pending:
            return
        self.pending = dict(pending)
        self._pending_icon = None
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, PENDING_ROLE],
            )

    def set_loading(self, ids: set[str]) -> None:
        """Mark the rows of records whose details are still being read (the rest are unmarked)."""
        if ids == self.loading:
            return
        self.loading = set(ids)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, LOADING_ROLE],
            )

    def set_scope(self, scope: Scope) -> None:
        if scope != self.scope:
            self.scope = scope
            self.reload()

    # --- Qt interface --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        self._generation += 1
        ids, deleted, rows = self._read(len(self._ids), self.PAGE)
        self._exhausted = len(ids) < self.PAGE
        if not ids:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._ids.extend(ids)
        self._deleted.extend(deleted)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[row][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._rows[row][index.column()]
            waiting = self.pending.get(self._ids[row])
            if waiting:
                text = f"{text}\n{waiting}" if text else waiting
            if self._ids[row] in self.loading:
                note = self.tr("Details are still loading")
                text = f"{text}\n{note}" if text else note
            if self._deleted[row]:
                note = self.tr("Deleted at the vendor on %1").replace("%1", format_ts(self._deleted[row]))
                return f"{text}\n{note}" if text else note
            return text or None
        if role == ID_ROLE:
            return self._ids[row]
        if role == DELETED_ROLE:
            return self._deleted[row]
        if role == PENDING_ROLE:
            return self.pending.get(self._ids[row])
        if role == LOADING_ROLE:
            return self._ids[row] in self.loading
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self._ids[row] in self.pending:
            if self._pending_icon is None:
                self._pending_icon = pending_icon(accent("warn"))
            return self._pending_icon
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self._ids[row] in self.loading:
            if self._loading_icon is None:
                self._loading_icon = loading_icon(_muted())
            return self._loading_icon
        if self._deleted[row]:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return _muted()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.column_label(self.spec.columns[section].key)
        if role == Qt.ItemDataRole.ToolTipRole and self.spec.columns[section].order_by is None:
            return self.tr("This list does not sort by this column (it would be slow on large lists).")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns) or self.spec.columns[column].order_by is None:
            return  # not sortable in SQL at this size (e.g. per-row counts): keep the current order
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return  # also keeps views from loading at construction (setSortingEnabled sorts at once)
        self.sort_column, self.descending = column, descending
        self.reload()

    # --- helpers ---------------------------------------------------------------------------------
    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def loaded(self) -> int:
        return len(self._ids)

    def loaded_ids(self) -> list[str]:
        return list(self._ids)


class SearchResultsModel(QAbstractListModel):
    """Hits of the global search, with the account name to show beside each."""

    HIT_ROLE = Qt.ItemDataRole.UserRole + 10

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.account_names: dict[str, str] = {}

    def set_hits(self, hits: list[Hit], account_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.account_names = account_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title or "—"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [
                hit.title,
                hit.subtitle,
                labels.model_singular(hit.model),
                self.account_names.get(hit.account_id),
                *(self.account_names.get(a) for a in hit.also),
            ]
            return " — ".join(p for p in parts if p)
        if role == self.HIT_ROLE:
            return hit
        return None


class CardListModel(QAbstractListModel):
    """The application cards of one pipeline column; cards can be dragged out when moving is allowed."""

    CARD_ROLE = Qt.ItemDataRole.UserRole + 20

    def __init__(self, cards: list[Card], parent: Any = None, *, stage_id: str | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.stage_id = stage_id
        #: application ids whose move to this stage waits in the outbox
        self.pending: set[str] = set()
        self.draggable = False
        #: appended to every card's tooltip: how to move it, or why it cannot be moved
        self.hint = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.candidate
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            waiting = QCoreApplication.translate("Pipeline", "move waiting to be sent")
            parts = (card.candidate, card.detail, card.outcome, waiting if self.is_pending(card) else "")
            text = " — ".join(p for p in parts if p)
            return f"{text}\n{self.hint}" if self.hint and role == Qt.ItemDataRole.ToolTipRole else text
        if role == ID_ROLE:
            return card.application_id
        if role == self.CARD_ROLE:
            return card
        if role == PENDING_ROLE:
            return self.is_pending(card)
        return None

    def is_pending(self, card: Card) -> bool:
        return card.application_id in self.pending

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.draggable
            and not self.cards[index.row()].application_id.startswith("pending:")
        ):
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # a card still being created has nothing to move yet
        return flags

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            card = self.cards[rows[0]]
            payload = f"{card.application_id}\n{self.stage_id or ''}"
            mime.setData(CARD_MIME, QByteArray(payload.encode("utf-8")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def take(self, application_id: str) -> Card | None:
        """Remove a card (it moves to another column); returns it."""
        for row, card in enumerate(self.cards):
            if card.application_id == application_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.cards[row]
                self.endRemoveRows()
                return card
        return None

    def put(self, card: Card, *, pending: bool) -> None:
        """Add a card at the top (where a just-moved card is looked for)."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.cards.insert(0, card)
        if pending:
            self.pending.add(card.application_id)
        self.endInsertRows()


def read_card_mime(mime: QMimeData) -> tuple[str, str | None] | None:
    """(application id, stage it leaves) from a dragged card, or None if the drag is something else."""
    if not mime.hasFormat(CARD_MIME):
        return None
    text = bytes(mime.data(CARD_MIME).data()).decode("utf-8")
    application_id, _, stage = text.partition("\n")
    return (application_id, stage or None) if application_id else None
