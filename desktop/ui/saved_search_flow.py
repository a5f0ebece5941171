"""Saved searches in the window (issue 18.5): the sidebar's list (built-ins and the user's), applying
one to its list, saving the current list's filter under a name, removing one.

The searches themselves (stored in the cache, built-ins, conditions) are ``desktop.saved_searches``; this only
connects them to the sidebar and the lists of one window.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop import saved_searches
from desktop.saved_searches import SavedSearch
from desktop.ui.flow_host import FlowHost
from desktop.ui.views.record_list import RecordListView
from desktop.ui.views.sidebar import saved_search_title


class SavedSearchFlow(QObject):
    def __init__(self, window: FlowHost) -> None:
        super().__init__(cast(QObject, window))  # a QMainWindow: the flow lives as long as it does
        self.window = window
        #: the user's own searches, as last loaded or saved
        self.user: list[SavedSearch] = []

    def _show(self) -> None:
        self.window.sidebar.set_saved_searches([*saved_searches.BUILTINS, *self.user])

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 30000)

    def load(self) -> None:
        self.user = saved_searches.load(self.window.ctx.conn)
        for notice in self.window.ctx.core.notices:
            self._say(notice)
        self._show()

    def apply(self, search: SavedSearch) -> None:
        window = self.window
        if window.stack.currentIndex() != 1 or search.model not in window.lists:
            return
        window.show_tab(search.model)
        window.lists[search.model].apply_saved(
            saved_search_title(search), search.text, saved_searches.conditions(search)
        )

    def ask_save(self) -> None:
        window = self.window
        view = window.tabs.currentWidget()
        if not isinstance(view, RecordListView):
            window.statusBar().showMessage(
                self.tr("Open a list and filter it first; then save the search."), 10000
            )
            return
        # Qt's modal prompt runs a nested event loop: fine from a button's signal, as here; never call
        # this from a task (other tasks' steps would run inside it: "Cannot enter into task").
        name, ok = QInputDialog.getText(
            cast(QWidget, window), self.tr("Save search"), self.tr("Name of this search:")
        )
        if ok and name.strip():
            self.save(name.strip(), view)

    def save(self, name: str, view: RecordListView) -> bool:
        """Keep ``view``'s filter text as a saved search called ``name`` (replacing one of that name)."""
        search = SavedSearch(name, view.model_name, view.filter.text().strip())
        searches = [s for s in self.user if s.name != name] + [search]
        try:
            saved_searches.save(self.window.ctx.core.engine, searches)
        except saved_searches.SavedSearchError as exc:
            self._say(str(exc))
            return False
        self.user = searches
        self._show()
        return True

    def remove(self, search: SavedSearch) -> None:
        searches = [s for s in self.user if s != search]
        try:
            saved_searches.save(self.window.ctx.core.engine, searches)
        except saved_searches.SavedSearchError as exc:
            self._say(str(exc))
            return
        self.user = searches
        self._show()
