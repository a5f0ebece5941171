"""What the window's flows (accounts, saved searches, list export) need of the window they serve.

``main_window.MainWindow`` is one; the flows take this protocol instead, so they never import the
window that builds them and data flows one way: ``main_window`` -> flows -> views.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStackedWidget, QStatusBar, QTabWidget

from desktop.ui.context import AppContext
from desktop.ui.views.detail import DetailPane
from desktop.ui.views.record_list import RecordListView
from desktop.ui.views.sidebar import AccountsSidebar


class FlowHost(Protocol):
    """The window, as the flows see it (a ``QMainWindow``: it is also their Qt parent)."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def sidebar(self) -> AccountsSidebar: ...
    @property
    def detail(self) -> DetailPane: ...
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def tabs(self) -> QTabWidget: ...
    @property
    def lists(self) -> dict[str, RecordListView]: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
    def show_tab(self, key: str) -> None: ...
    def refresh_accounts(self) -> None: ...
    def refresh_views(self) -> None: ...
