"""Lists that say what they are (issue 18.5), through the real window: the Account column and the
account filter under "All accounts", and export of a list as CSV or XLSX exactly as shown."""

from __future__ import annotations

import asyncio
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from connectors.sandbox.runner import RunningSandbox
from desktop import list_export
from desktop.core import Core
from desktop.ui.app import Application
from tests.conftest import start_sandbox
from tests.ui_fixtures import *  # noqa: F403  (session loop fixtures)
from tests.ui_fixtures import UiDriver


@pytest.fixture()
def two_accounts(app_home: Path, sr_sandbox: RunningSandbox) -> Iterator[Path]:
    """Two SmartRecruiters accounts ("acme" and "beta", different seeds), synced, no window yet."""
    other = start_sandbox("smartrecruiters", seed=2)
    try:
        core = Core.open()
        for name, sandbox in (("acme", sr_sandbox), ("beta", other)):
            account = core.accounts.add("smartrecruiters", name, sandbox.account)
            assert asyncio.run(core.sync.sync(account, core.accounts.credentials(account))).ok
        core.close()
        yield app_home
    finally:
        other.stop()


def _shown(view: Any) -> list[list[str]]:
    model = view.table_model
    return [
        [str(model.data(model.index(r, c)) or "") for c in view.visible_columns()]
        for r in range(model.rowCount())
    ]


def test_all_accounts_lists_show_the_account_and_filter_by_it(
    ui: UiDriver, qapp: Any, two_accounts: Path
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.show_tab("candidates")
        view = window.lists["candidates"]
        account_col = view.table_model.spec.column("account")
        assert not view.table.isColumnHidden(account_col)
        accounts = {
            view.table_model.data(view.table_model.index(r, account_col))
            for r in range(view.table_model.rowCount())
        }
        assert accounts == {"acme", "beta"}
        both = view.table_model.total

        combo = view.account_filter
        assert combo.isVisible() and [combo.itemText(i) for i in range(combo.count())] == [
            "All accounts",
            "acme",
            "beta",
        ]
        combo.setCurrentIndex(combo.findText("beta"))
        await ui.until(lambda: view.table_model.total < both, what="the list narrowed to beta")
        rows = view.table_model.rowCount()
        assert rows and {
            view.table_model.data(view.table_model.index(r, account_col)) for r in range(rows)
        } == {"beta"}
        only_beta = app.conn.execute(
            "SELECT count(*) FROM candidates c JOIN accounts a ON a.id = c.account_id "
            "WHERE a.name = 'beta' AND c.remote_deleted_at IS NULL"
        ).fetchone()[0]
        assert view.table_model.total == only_beta
        combo.setCurrentIndex(0)
        await ui.until(lambda: view.table_model.total == both, what="all accounts again")
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def test_export_writes_the_list_as_shown_as_csv_and_xlsx(
    ui: UiDriver, qapp: Any, two_accounts: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        app = Application(qapp, sync_on_start=False)
        app.start()
        window = app.window
        window.show_tab("candidates")
        view = window.lists["candidates"]
        spec = view.table_model.spec
        # The user's arrangement: sorted by name descending, phone hidden, account moved first, a filter.
        view.table.sortByColumn(spec.column("name"), Qt.SortOrder.DescendingOrder)
        view.table.setColumnHidden(spec.column("phone"), True)
        header = view.table.horizontalHeader()
        header.moveSection(header.visualIndex(spec.column("account")), 0)
        view.account_filter.setCurrentIndex(view.account_filter.findText("acme"))
        await ui.until(lambda: view.scope().account_ids is not None, what="the account filter")
        await ui.idle(0.1)
        shown = _shown(view)
        assert shown and all(row[0] == "acme" for row in shown)

        target = tmp_path / "candidates.csv"
        count = await window.list_export.write(view, target)
        assert count == len(shown)
        with target.open(encoding="utf-8-sig", newline="") as f:
            written = list(csv.reader(f))
        headings = [
            str(view.table_model.headerData(i, Qt.Orientation.Horizontal)) for i in view.visible_columns()
        ]
        assert written[0] == headings and "Phone" not in headings and headings[0] == "Account"
        assert written[1:] == shown
        assert "Exported" in window.statusBar().currentMessage()

        book = tmp_path / "candidates.xlsx"
        assert await window.list_export.write(view, book) == len(shown)
        with zipfile.ZipFile(book) as z:
            assert "xl/worksheets/sheet1.xml" in z.namelist()
            strings = (
                z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in z.namelist() else ""
            )
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert shown[0][1] in strings + sheet  # the first shown name is in the workbook
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

        # A place that cannot be written: a clear message, nothing left behind.
        assert await window.list_export.write(view, tmp_path / "missing" / "x.csv") is None
        assert "does not exist" in window.statusBar().currentMessage()
        await app.shutdown()

    ui.run(scenario(), timeout=90)


def test_an_unknown_extension_is_refused_with_what_to_choose(tmp_path: Path) -> None:
    with pytest.raises(list_export.ExportError, match="choose .csv or .xlsx"):
        list_export.write(tmp_path / "list.pdf", ["a"], ["text"], iter([["x"]]))
    assert list(tmp_path.iterdir()) == []
