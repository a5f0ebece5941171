"""Export of a list exactly as shown (issue 18.5): the visible columns in their order, the scope and
the sort, as CSV or XLSX (``desktop.list_export``), written off the UI thread; the status bar says
how it went.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import list_export
from desktop.ui import labels
from desktop.ui.context import open_reader
from desktop.ui.flow_host import FlowHost
from desktop.ui.formatting import format_value
from desktop.ui.views.record_list import RecordListView


class ListExportFlow(QObject):
    def __init__(self, window: FlowHost) -> None:
        super().__init__(cast(QObject, window))  # a QMainWindow: the flow lives as long as it does
        self.window = window

    def ask(self, view: RecordListView) -> None:
        """Ask where to save ``view`` as CSV or XLSX, then write it in the background."""
        name = labels.model_label(view.model_name)
        start = str(Path.home() / f"{name}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            cast(QWidget, self.window),
            self.tr("Export %1").replace("%1", name),
            start,
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.window.ctx.tasks.spawn(self.write(view, Path(path)), name=f"export:{view.model_name}")

    async def write(self, view: RecordListView, path: Path) -> int | None:
        """Write the list as shown (visible columns in their order, the scope, the sort) to ``path``,
        off the UI thread on a connection of its own; the status bar says how it went."""
        
        model = view.table_model
        spec, scope = model.spec, view.scope()
        sort, descending = model.sort_column, model.descending
        columns = view.visible_columns()
        headings = [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in columns]
        kinds = [spec.columns[i].kind for i in columns]

        def cell(kind: str, value: object) -> object:
            # Counts stay numbers (they add up in a spreadsheet); the rest as the list shows it.
            if kind == "count" and value is not None:
                return int(str(value))
            return format_value(kind, value)

        def run() -> int:
            conn = open_reader(self.window.ctx.core)
            try:
                data = list_export.rows(
                    conn, spec, scope, columns, sort=sort, descending=descending, cell=cell
                )
                return list_export.write(path, headings, kinds, data)
            finally:
                conn.close()

        bar = self.window.statusBar()
        bar.showMessage(self.tr("Exporting %1…").replace("%1", path.name))
        try:
            count = await asyncio.to_thread(run)
        except list_export.ExportError as exc:
            bar.showMessage(str(exc), 30000)
            return None
        bar.showMessage(
            self.tr("Exported %1 rows to %2").replace("%1", str(count)).replace("%2", str(path)), 15000
        )
        return count
