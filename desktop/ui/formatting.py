"""How cache values read in the window: timestamps in the user's locale and zone, counts, flags."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def parse_ts(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def format_ts(value: str | None, *, with_time: bool = True) -> str:
    """A cache timestamp (ISO UTC) in the user's locale and time zone."""
    if not value:
        return ""
    # A list re-reads its loaded rows each time a sync writes (every 2 s): the same stamps again.
    return _format_ts(value, with_time, QLocale().name())


@functools.lru_cache(maxsize=8192)
def _format_ts(value: str, with_time: bool, _locale: str) -> str:
    ts = parse_ts(value)
    if ts is None:
        return value
    if ts.tzinfo is not None:
        ts = ts.astimezone()
    locale = QLocale()
    date = QDate(ts.year, ts.month, ts.day)
    if not with_time:
        return locale.toString(date, QLocale.FormatType.ShortFormat)
    return locale.toString(QDateTime(date, QTime(ts.hour, ts.minute)), QLocale.FormatType.ShortFormat)


def format_ago(value: str | None) -> str:
    """ "just now", "5 min ago", "today 09:40", else the date: for 'last synced' labels."""
    ts = parse_ts(value)
    if ts is None:
        return ""
    now = datetime.now(ts.tzinfo)
    seconds = (now - ts).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Time", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("Time", "%1 min ago").replace("%1", str(int(seconds // 60)))
    local = ts.astimezone()
    if local.date() == datetime.now().astimezone().date():
        time_text = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        return QCoreApplication.translate("Time", "today %1").replace("%1", time_text)
    return format_ts(value, with_time=False)


def format_value(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "datetime":
        return format_ts(value)
    if kind == "date":
        return format_ts(value, with_time=False)
    if kind == "bool":
        return "✓" if value else ""
    if kind == "count":
        return QLocale().toString(int(value))
    return str(value)
