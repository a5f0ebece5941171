"""The dialog shown when the cache cannot be opened: its file is damaged, or (encrypted) its key is
missing from the keyring or does not open it.

It names the file and what is wrong, and offers the one safe way on: keep a copy of the damaged file
beside it and start with an empty cache. Quitting changes nothing (the file can then be restored from
a backup); the cache is never replaced without the user choosing so.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.cache.crypt import CacheLocked
from desktop.cache.health import DamagedCache


class DamagedCacheDialog(QMessageBox):
    def __init__(self, error: DamagedCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedCacheDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setText(
            self.tr("The cache file %1 cannot be opened: %2.")
            .replace("%1", str(error.path))
            .replace("%2", error.reason)
        )
        if isinstance(error, CacheLocked):
            # Encrypted, and its key is missing or does not open it: no backup restores a key, so the
            # way on is a fresh cache synced again (the locked file is kept beside it all the same).
            self.setWindowTitle(self.tr("The cache cannot be unlocked"))
            self.setInformativeText(
                self.tr(
                    "Keep the locked file beside it and start over with an empty cache? Add your accounts "
                    "again and sync: the records come back from the vendors, but writes still waiting in "
                    "the old cache are not sent. Or quit, and restore the keyring entry from a backup."
                )
            )
        else:
            self.setWindowTitle(self.tr("The cache is damaged"))
            self.setInformativeText(
                self.tr(
                    "Keep a copy of the damaged file beside it and start over with an empty cache? "
                    "Accounts must then be added again, and writes still waiting in the old cache are not "
                    "sent. Or quit, and restore the file from a backup."
                )
            )
        self.start_over = self.addButton(
            self.tr("Keep a copy and start over"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit)
        self.setEscapeButton(self.quit)

    def chose_start_over(self) -> bool:
        return self.clickedButton() is self.start_over


def ask_start_over(error: DamagedCache) -> bool:
    """Show the dialog (modal); True when the user chose to keep a copy and start over."""
    dialog = DamagedCacheDialog(error)
    dialog.exec()
    return dialog.chose_start_over()


def ask_unlock_keyring(message: str) -> bool:
    """The keyring holding the cache key is locked: True when the user unlocked it and chose to retry
    (the cache stays as it is either way)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "", message)
    box.setObjectName("lockedKeyringDialog")
    box.setWindowTitle(box.tr("The keyring is locked"))
    box.setInformativeText(box.tr("The cache's key is kept there. Unlock it, then try again."))
    retry = box.addButton(box.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    quit_ = box.addButton(box.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    box.exec()
    return box.clickedButton() is retry
