"""Adding, editing and removing an account from the window: the dialogs, the confirmation, and the
removal (cancel its sync, delete its rows and keyring entry on a worker thread).

The main window only routes its menus and sidebar here; what happens after an account changed
(re-read the sidebar, sync the new account, clear the detail pane) goes back through the window.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.accounts import AccountInfo
from desktop.ui.account_dialog import AccountDialog
from desktop.ui.confirm import confirm
from desktop.ui.flow_host import FlowHost


class AccountFlow(QObject):
    """The account dialogs of one window, kept alive while they are open."""

    def __init__(self, window: FlowHost) -> None:
        super().__init__(cast(QObject, window))  # a QMainWindow: the flow lives as long as it does
        self.window = window
        self.parent_widget = cast(QWidget, window)  # what its dialogs open over
        self.ctx = window.ctx
        self.dialogs: list[AccountDialog] = []

    def add(self) -> None:
        self._open(AccountDialog(self.ctx.core.accounts, self.ctx.tasks, parent=self.parent_widget))

    def edit(self, account: AccountInfo) -> None:
        self._open(AccountDialog(self.ctx.core.accounts, self.ctx.tasks, account, parent=self.parent_widget))

    def _open(self, dialog: AccountDialog) -> None:
        self.dialogs.append(dialog)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()  # window-modal without a nested event loop (qasync #59)

    def _closed(self, dialog: AccountDialog) -> None:
        def drop(*_: Any) -> None:
            if dialog in self.dialogs:
                self.dialogs.remove(dialog)
            dialog.deleteLater()

        pending = dialog.pending
        if pending is not None:
            pending.add_done_callback(drop)  # a save still finishing needs its widgets
        else:
            drop()

    def _saved(self, account: AccountInfo) -> None:
        window = self.window
        window.refresh_accounts()
        window.sidebar.select_account(account.id)
        window.statusBar().showMessage(
            self.tr("Saved %1; syncing it now.").replace("%1", account.name), 8000
        )
        self.ctx.sync.start(account, full=True)

    def remove(self, account: AccountInfo) -> None:
        confirm(
            self.parent_widget,
            "confirmRemove",
            self.tr("Remove account"),
            self.tr(
                "Remove %1? Its credentials and everything cached for it are deleted from this "
                "computer. Nothing changes in the ATS."
            ).replace("%1", account.name),
            lambda: self.ctx.tasks.spawn(self._remove(account), name=f"remove:{account.name}"),
        )

    async def _remove(self, account: AccountInfo) -> None:
        run = self.ctx.sync.runs.get(account.id)
        if run and run.task:
            self.ctx.sync.cancel(account.id)
            await asyncio.wait([run.task], timeout=10)
        # Deletes many rows and a keyring entry: a worker thread, never the UI thread.
        await asyncio.to_thread(self.ctx.core.accounts.remove, account.name)
        self.ctx.sync.last_result.pop(account.id, None)
        window = self.window
        if window.detail.record and window.detail.record.get("account_id") == account.id:
            window.detail.clear()
        window.refresh_accounts()
        window.refresh_views()
        window.statusBar().showMessage(self.tr("Removed %1.").replace("%1", account.name), 8000)
