"""The command palette (Ctrl+Shift+A): every command of the window by name, filtered as you type,
Enter runs it. Commands are the window's own QActions (menus, toolbar, bulk actions), so the palette
never lists something the menus cannot do, and shows each one's shortcut to learn."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


def commands(window: QWidget) -> list[QAction]:
    """Enabled, named actions of the window and its children, each once, by text."""
    seen: dict[str, QAction] = {}
    for action in window.findChildren(QAction):
        text = action.text().replace("&", "").rstrip(".…").strip()
        if (
            text
            and action.isEnabled()
            and not action.menu()
            and not action.isSeparator()
            and text not in seen
        ):
            seen[text] = action
    return [seen[k] for k in sorted(seen, key=str.casefold)]


class CommandPalette(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Commands"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a command…"))
        layout.addWidget(self.query)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        self.actions_ = commands(window)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self.run_current)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self._filter("")

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for action in self.actions_:
            name = action.text().replace("&", "")
            if all(w in name.casefold() for w in words):
                shortcut = action.shortcut().toString()
                item = QListWidgetItem(f"{name}    {shortcut}" if shortcut else name)
                item.setData(Qt.ItemDataRole.UserRole, action)
                self.list.addItem(item)
        self.list.setCurrentRow(0)

    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        action = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        action.trigger()
