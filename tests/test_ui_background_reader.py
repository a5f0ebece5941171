"""A list on screen re-reads its rows beside the window while a sync writes (issue 18's stall target):
the read runs on the reader's thread, the rows arrive in place, a stale read is never applied, and a
failed read leaves the rows shown."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from connectors.sandbox.runner import RunningSandbox
from desktop.cache import db
from desktop.core import Core
from desktop.queries import LISTS, Scope
from desktop.ui.background_reader import BackgroundReader
from desktop.ui.models import RecordTableModel


@pytest.fixture()
def synced_cache(app_home: Any, sr_sandbox: RunningSandbox) -> Iterator[Core]:
    """The tiny SmartRecruiters sandbox synced into a fresh cache."""
    core = Core.open()
    account = core.accounts.add("smartrecruiters", "acme", sr_sandbox.account)
    assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
    yield core
    core.close()


def _cache_path(core: Core) -> Path:
    return Path(str(core.engine.url.database))


def _rename_first(core: Core, model: RecordTableModel, last_name: str) -> str:
    record_id = model.record_id(0)
    assert record_id is not None
    asyncio.run(
        core.writer.run(
            lambda conn: conn.exec_driver_sql(
                "UPDATE candidates SET last_name=? WHERE id=?", (last_name, record_id)
            )
        )
    )
    return record_id


def test_refresh_reads_on_the_readers_thread_and_keeps_the_selection(
    qapp: Any, qtbot: Any, synced_cache: Core
) -> None:
    threads: list[str] = []

    def open_conn() -> sqlite3.Connection:
        threads.append(threading.current_thread().name)
        return db.open_reader(_cache_path(synced_cache))

    reader = BackgroundReader(open_conn)
    conn = db.open_reader(_cache_path(synced_cache))
    model = RecordTableModel(conn, LISTS["candidates"])
    marked_on: list[str] = []

    def marks(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
        marked_on.append(threading.current_thread().name)
        return set(ids[-1:])  # "the last row is still loading its details"

    model.read_beside(reader, marks)
    model.reload()
    rows = model.rowCount()
    selection = QItemSelectionModel(model)
    selected = model.record_id(2)
    selection.select(model.index(2, 0), QItemSelectionModel.SelectionFlag.Select)

    renamed = _rename_first(synced_cache, model, "Zzyzx")
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
        # Nothing was read on this (the GUI) thread: the rows change only when the read arrives.
        assert model.refreshing
    assert threads and threads[0].startswith("ui-reader")
    # The loading marks are read with the rows, on the same thread, and applied with them.
    assert marked_on == threads[:1] and model.loading == {model.record_id(rows - 1)}
    column = model.spec.column("name")
    row = model.row_of(renamed)
    assert row is not None and "Zzyzx" in model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    assert model.rowCount() == rows
    # The selection follows its record, wherever the new order put it.
    kept = [model.record_id(i.row()) for i in selection.selectedIndexes()]
    assert kept == [selected]
    reader.close()
    conn.close()


def test_a_refresh_read_before_a_reload_is_not_applied(qapp: Any, qtbot: Any, synced_cache: Core) -> None:
    gate = threading.Event()
    reads: list[int] = []

    def open_conn() -> sqlite3.Connection:
        gate.wait(5)  # holds the first read until the model has reloaded
        return db.open_reader(_cache_path(synced_cache))

    reader = BackgroundReader(open_conn)
    conn = db.open_reader(_cache_path(synced_cache))
    model = RecordTableModel(conn, LISTS["candidates"])
    model.read_beside(reader, lambda c, ids: reads.append(len(ids)) or set())
    model.reload()
    everyone = model.rowCount()
    last_name = conn.execute("SELECT last_name FROM candidates ORDER BY id LIMIT 1").fetchone()[0]

    model.refresh()  # reads every candidate...
    model.refresh()  # asked again while the first runs: one more read, not one per ask
    model.set_scope(Scope(text=last_name))  # ...but the user filtered meanwhile
    filtered = model.rowCount()
    assert filtered < everyone
    gate.set()
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        pass
    # The stale read (every candidate) was dropped, and read again in the filtered scope.
    assert reads == [everyone, filtered] and model.rowCount() == filtered and not model.refreshing
    reader.close()
    conn.close()


def test_a_failed_read_leaves_the_rows_shown(qapp: Any, qtbot: Any, synced_cache: Core, caplog: Any) -> None:
    def open_conn() -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    reader = BackgroundReader(open_conn)
    conn = db.open_reader(_cache_path(synced_cache))
    model = RecordTableModel(conn, LISTS["candidates"])
    model.read_beside(reader)
    model.reload()
    before = [model.record_id(r) for r in range(model.rowCount())]
    model.refresh()
    qtbot.waitUntil(lambda: not model.refreshing, timeout=5000)
    assert [model.record_id(r) for r in range(model.rowCount())] == before
    assert "list refresh failed: OperationalError" in caplog.text
    reader.close()
    conn.close()


def test_a_refresh_that_changes_no_order_repaints_only_the_changed_rows(
    qapp: Any, qtbot: Any, synced_cache: Core
) -> None:
    reader = BackgroundReader(lambda: db.open_reader(_cache_path(synced_cache)))
    conn = db.open_reader(_cache_path(synced_cache))
    model = RecordTableModel(conn, LISTS["candidates"])  # sorted by name
    model.read_beside(reader)
    model.reload()
    layouts: list[int] = []
    repainted: list[tuple[int, int]] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.dataChanged.connect(lambda first, last, *_: repainted.append((first.row(), last.row())))

    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
    assert layouts == [] and repainted == []  # nothing changed: nothing for the view to redo

    record_id = model.record_id(3)
    asyncio.run(
        synced_cache.writer.run(
            lambda c: c.exec_driver_sql("UPDATE candidates SET title='Night Nurse' WHERE id=?", (record_id,))
        )
    )
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.refresh()
    assert layouts == [] and repainted == [(3, 3)]
    assert model.index(3, model.spec.column("title")).data() == "Night Nurse"
    reader.close()
    conn.close()


class _ReadsBeforeReturning(BackgroundReader):
    """A reader whose read is already over when ``submit`` returns: the race the CI once lost (a
    fast read finished before the model hung its callback on the future)."""

    def submit(self, read: Any) -> Any:
        future = super().submit(read)
        future.result(timeout=5)
        return future


def test_a_read_done_before_refresh_returns_still_arrives_through_the_event_loop(
    qapp: Any, qtbot: Any, synced_cache: Core
) -> None:
    reader = _ReadsBeforeReturning(lambda: db.open_reader(_cache_path(synced_cache)))
    conn = db.open_reader(_cache_path(synced_cache))
    model = RecordTableModel(conn, LISTS["candidates"])
    model.read_beside(reader)
    model.reload()
    renamed = _rename_first(synced_cache, model, "Zzyzx")
    refreshed: list[bool] = []
    model.refreshed.connect(lambda: refreshed.append(True))

    model.refresh()
    # Whoever finished first, the rows change only once control is back in the event loop, never
    # inside refresh() (a caller in the middle of its own model update would see them change).
    assert model.refreshing and not refreshed
    qtbot.waitUntil(lambda: bool(refreshed), timeout=5000)
    row = model.row_of(renamed)
    column = model.spec.column("name")
    assert row is not None and "Zzyzx" in model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    assert not model.refreshing
    reader.close()
    conn.close()
