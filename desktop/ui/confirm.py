"""A Yes/Cancel warning that asks before something cannot be undone (removing an account, dropping a
write), opened without a nested event loop so the app's tasks keep running while it waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, name: str, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Open the question over ``parent`` (object name ``name``, for tests) with Cancel the default;
    ``on_yes`` runs once Yes is chosen. The box deletes itself when answered."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName(name)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(result: int) -> None:
        box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            on_yes()

    box.finished.connect(answered)
    box.open()  # window-modal without a nested event loop (qasync #59)
    return box
