"""Export of a record list as CSV or XLSX exactly as the window shows it (issue 18.5).

The caller says which columns in which order (the header as the user arranged it, hidden ones left
out), with their headings; the rows come from the same ``desktop.queries.page`` the list reads, with
the list's scope (accounts, filter, deleted) and sort, page by page, so a 100k list never sits in
memory twice. Cells are the texts the list shows (the caller's ``cell`` formatter); counts stay
numbers in XLSX so they add up in a spreadsheet.

The file is written beside its destination and renamed over it only when complete: a failed or
cancelled export never leaves a half-written file under the chosen name. No Qt here.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop import queries

FORMATS = ("csv", "xlsx")
_PAGE = 2000
#: Excel's own limit on rows per sheet (one is the heading).
XLSX_MAX_ROWS = 1_048_575


class ExportError(Exception):
    """The export could not be written; the message says what to do."""


class ExportCancelled(Exception):
    pass


def format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportError(
            f"Cannot export as {path.suffix or 'a file without extension'}: choose .csv or .xlsx."
        )
    return suffix


def rows(
    conn: sqlite3.Connection,
    spec: queries.ListSpec,
    scope: queries.Scope,
    columns: Sequence[int],
    *,
    sort: int | None,
    descending: bool | None,
    cell: Callable[[str, Any], Any],
) -> Iterator[list[Any]]:
    """The list's rows in its order, only ``columns`` (indexes into ``spec.columns``), formatted."""
    offset = 0
    while True:
        page = queries.page(conn, spec, scope, sort=sort, descending=descending, offset=offset, limit=_PAGE)
        for row in page:
            values = row[2:]  # (id, remote_deleted_at, *columns)
            yield [cell(spec.columns[i].kind, values[i]) for i in columns]
        if len(page) < _PAGE:
            return
        offset += _PAGE


def write(
    path: Path,
    headings: Sequence[str],
    kinds: Sequence[str],
    data: Iterator[list[Any]],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``data`` under ``headings`` to ``path`` (CSV or XLSX by its extension); the row count."""
    fmt = format_for(path)
    directory = path.parent
    if not directory.is_dir():
        raise ExportError(f"The folder {directory} does not exist: choose another place to save the export.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".{fmt}.part", dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "csv":
            count = _write_csv(tmp, headings, data, progress, cancelled)
        else:
            count = _write_xlsx(tmp, headings, kinds, data, progress, cancelled)
        os.replace(tmp, path)
        return count
    except OSError as exc:
        raise ExportError(
            f"Cannot write {path}: {exc.strerror or exc}. Choose another place or free some space."
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


def _tick(count: int, progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None) -> None:
    if count % 500 == 0:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(count)


def _write_csv(
    path: Path,
    headings: Sequence[str],
    data: Iterator[list[Any]],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    count = 0
    # UTF-8 with a byte-order mark: Excel opens it with umlauts intact; every other reader ignores it.
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(headings)
        for row in data:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
            _tick(count, progress, cancelled)
    return count


def _write_xlsx(
    path: Path,
    headings: Sequence[str],
    kinds: Sequence[str],
    data: Iterator[list[Any]],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    import xlsxwriter  # only an export needs it

    # constant_memory: rows go to disk as written, so a 100k-row export stays small in memory.
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet("Export")
        bold = book.add_format({"bold": True})
        for col, heading in enumerate(headings):
            sheet.write_string(0, col, heading, bold)
            sheet.set_column(col, col, 28 if kinds[col] == "text" else 16)
        sheet.freeze_panes(1, 0)
        count = 0
        for row in data:
            if count >= XLSX_MAX_ROWS:
                raise ExportError(
                    f"The list has more rows than a spreadsheet holds ({XLSX_MAX_ROWS:,}): "
                    "filter it or export CSV."
                )
            for col, value in enumerate(row):
                if value is None or value == "":
                    continue
                if kinds[col] == "count" and isinstance(value, int):
                    sheet.write_number(count + 1, col, value)
                else:
                    sheet.write_string(count + 1, col, str(value))
            count += 1
            _tick(count, progress, cancelled)
    finally:
        book.close()
    return count
