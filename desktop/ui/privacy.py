"""The window's privacy commands (issue 15): forget a person, export what is held about them, and
the word when a sync brings back someone forgotten.

Every question is a dialog opened with ``open()`` and answered through its ``finished`` signal: the
app runs on qasync, where a nested event loop (``exec()``) is forbidden. Reading the plan and
forgetting run off the UI thread: the removal on the cache writer's thread (SQLite's one writer),
the WAL checkpoint and file tidying on a worker thread.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QWidget

from desktop import paths
from desktop.privacy import access, at_vendor, forget
from desktop.privacy.person import PersonRecords, UnknownPerson, collect, find
from desktop.ui.context import AppContext


class PrivacyHost(Protocol):
    """What this needs of the window (``main_window.MainWindow``)."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def detail(self) -> Any: ...
    @property
    def search(self) -> Any: ...
    def refresh_views(self) -> None: ...
    def statusBar(self) -> Any: ...  # noqa: N802 - Qt's name


class PrivacyController(QObject):
    def __init__(self, window: PrivacyHost, menu: QMenu) -> None:
        super().__init__(cast(QObject, window))
        self.window = window
        self.ctx = window.ctx
        #: The open confirmation or result box (tests and screenshots look at it).
        self.box: QMessageBox | None = None
        window.detail.forgetRequested.connect(self.ask_forget)
        window.search.forgetRequested.connect(self.ask_forget)
        privacy = QMenu(self.tr("&Privacy"), menu)
        privacy.setObjectName("privacyMenu")
        # Above "Quit" and its separator, beside the other commands on people's data.
        last = next((a for a in menu.actions() if a.objectName() == "quit"), None)
        if last is not None:
            menu.insertMenu(last, privacy)
            menu.insertSeparator(last)
        else:
            menu.addMenu(privacy)
        export = privacy.addAction(self.tr("&Export what is held about a person…"))
        export.setObjectName("privacyExport")
        export.triggered.connect(self.ask_export)
        by_email = privacy.addAction(self.tr("&Forget a person by e-mail…"))
        by_email.setObjectName("privacyForgetEmail")
        by_email.triggered.connect(self.ask_forget_email)

    @property
    def _parent(self) -> QWidget:
        return cast(QMainWindow, self.window)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("privacyMessage")
        box.finished.connect(lambda _: box.deleteLater())
        self.box = box
        box.open()
        return box

    # --- forget ------------------------------------------------------------------------------------
    def ask_forget(self, candidate_id: str) -> None:
        self.ctx.tasks.spawn(self._confirm_forget([candidate_id]), name="privacy:plan")

    def ask_forget_email(self) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("forgetEmail")
        dialog.setWindowTitle(self.tr("Forget a person"))
        dialog.setLabelText(self.tr("E-mail address (every account's records with it are forgotten):"))
        dialog.textValueSelected.connect(
            lambda email: self.ctx.tasks.spawn(self._confirm_forget_email(email), name="privacy:plan")
        )
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()

    async def _confirm_forget_email(self, email: str) -> None:
        person = await self._find(email)
        if person is not None:
            await self._confirm_forget(person.candidates, person)

    async def _find(self, email: str) -> PersonRecords | None:
        def look() -> PersonRecords:
            with self.ctx.core.engine.connect() as conn:
                return find(conn, email=email)

        try:
            return await asyncio.to_thread(look)
        except UnknownPerson as exc:
            self._message(QMessageBox.Icon.Information, self.tr("Nobody found"), str(exc))
            return None

    async def _confirm_forget(self, candidates: list[str], person: PersonRecords | None = None) -> None:
        core = self.ctx.core

        def read() -> tuple[PersonRecords, forget.Plan, list[str]]:
            with core.engine.connect() as conn:
                found = person or collect(conn, candidates)
                planned = forget.plan(conn, found)
            return found, planned, at_vendor.deleting_vendors(core.engine, core.accounts, found)

        found, planned, vendors = await asyncio.to_thread(read)
        if not found.candidates or not found.remotes:
            self._message(
                QMessageBox.Icon.Information, self.tr("Nobody found"), self.tr("That record is gone.")
            )
            return
        who = ", ".join(sorted(found.names)) or self.tr("this person")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Forget this person"),
            self.tr(
                "Forget %1? This removes %2 from this computer: records, search entries and change "
                "history. It cannot be undone. Nothing changes in the ATS; if the vendor still has them, "
                "the next full sync brings them back and says so."
            )
            .replace("%1", who)
            .replace("%2", ", ".join(planned.describe()))
            + ("\n\n" + planned.elsewhere_note() if planned.elsewhere else ""),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.setObjectName("confirmForget")
        yes = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("forgetButton")
        # Where a vendor's API can delete them too (issue 15.2): sent first, then forgotten here.
        also = None
        if vendors:
            also = box.addButton(
                self.tr("Forget and delete at %1").replace("%1", ", ".join(vendors)),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            also.setObjectName("forgetAtVendorButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if planned.outbox:
            check = QCheckBox(
                self.tr("Also drop the %1 writes about them from the outbox").replace(
                    "%1", str(len(planned.outbox))
                )
            )
            check.setChecked(True)
            box.setCheckBox(check)

        def answered(_: int) -> None:
            clicked = box.clickedButton()
            # No box to tick: nothing waited about them; the deletions sent at a vendor go with them too.
            drop = box.checkBox().isChecked() if box.checkBox() else True
            box.deleteLater()
            if clicked is yes:
                self.ctx.tasks.spawn(self._forget(found, drop), name="privacy:forget")
            elif also is not None and clicked is also:
                self.ctx.tasks.spawn(self._forget_at_vendor(found, drop), name="privacy:forget-at-vendor")

        box.finished.connect(answered)
        self.box = box
        box.open()

    async def _forget_at_vendor(self, person: PersonRecords, outbox: bool) -> None:
        """Delete them at the vendors that offer it, then forget them here; a deletion not sent stops
        before the local forget (its write waits in the outbox)."""
        core = self.ctx.core
        self.window.statusBar().showMessage(self.tr("Deleting at the vendor…"))
        done = await at_vendor.delete_at_vendors(core.engine, core.writer, core.accounts, person)
        self.window.refresh_views()
        blocked = [d for d in done if d.blocks]
        if blocked:
            self.window.statusBar().clearMessage()
            lines = [
                self.tr("%1: not deleted at %2 (%3).")
                .replace("%1", d.account)
                .replace("%2", d.vendor)
                .replace("%3", d.detail or d.state)
                for d in blocked
            ]
            lines.append(
                self.tr(
                    "Nothing was forgotten on this computer. The deletion waits in the outbox; once it is "
                    "sent, forget them again."
                )
            )
            self._message(QMessageBox.Icon.Warning, self.tr("Not deleted at the vendor"), "\n\n".join(lines))
            return
        notes = [f"{d.account}: {d.detail}" for d in done if d.state == "sent" and d.detail]
        notes += [
            self.tr("%1: %2 offers no deletion through its API; delete them in the ATS itself.")
            .replace("%1", d.account)
            .replace("%2", d.vendor)
            for d in done
            if d.state == "unsupported"
        ]
        await self._forget(person, outbox, notes)

    async def _forget(self, person: PersonRecords, outbox: bool, at_vendors: list[str] | None = None) -> None:
        core = self.ctx.core
        salt = await asyncio.to_thread(paths.profile_id)
        result = await core.writer.run(
            lambda conn: forget.remove_zeroed(conn, person, outbox=outbox, salt=salt)
        )
        await asyncio.to_thread(forget.checkpoint, core.engine)
        result.files = await asyncio.to_thread(forget.tidy_files, person, paths.home())
        shown = self.window.detail.record
        if shown and shown.get("id") in person.candidates:
            self.window.detail.clear()
        self.window.refresh_views()
        gone = result.records_removed
        lines = [self.tr("Forgotten: %1 records removed from this computer.").replace("%1", str(gone))]
        lines += at_vendors or []
        if result.outbox_removed:
            lines.append(
                self.tr("%1 writes about them dropped from the outbox.").replace(
                    "%1", str(result.outbox_removed)
                )
            )
        if result.outbox_kept:
            lines.append(
                self.tr("%1 writes about them were kept in the outbox.").replace(
                    "%1", str(result.outbox_kept)
                )
            )
        if result.sending:
            lines.append(
                self.tr("Some writes about them are being sent right now: forget them again afterwards.")
            )
        if result.leftovers:
            lines.append(
                self.tr("Their e-mail or name is still mentioned in: %1.").replace(
                    "%1", ", ".join(result.leftovers)
                )
            )
        lines.append(self.tr("Files you exported earlier are your own copies and were not touched."))
        self.window.statusBar().showMessage(lines[0], 10000)
        self._message(QMessageBox.Icon.Information, self.tr("Person forgotten"), "\n\n".join(lines))

    # --- access request ----------------------------------------------------------------------------
    def ask_export(self) -> None:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName("exportEmail")
        dialog.setWindowTitle(self.tr("Export what is held about a person"))
        dialog.setLabelText(self.tr("E-mail address of the person asking:"))
        dialog.textValueSelected.connect(self._export_for)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()

    def _export_for(self, email: str) -> None:
        files = QFileDialog(
            self._parent, self.tr("Save the export as"), str(Path.home() / "personal-data.zip")
        )
        files.setObjectName("exportFile")
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        files.setNameFilter(self.tr("Zip files (*.zip)"))
        files.fileSelected.connect(
            lambda path: self.ctx.tasks.spawn(self.export(email, Path(path)), name="privacy:export")
        )
        files.finished.connect(lambda _: files.deleteLater())
        files.open()

    async def export(self, email: str, out: Path) -> None:
        person = await self._find(email)
        if person is None:
            return
        try:
            counts = await asyncio.to_thread(access.export_person, self.ctx.core.engine, person, out)
        except OSError as exc:
            self._message(
                QMessageBox.Icon.Warning,
                self.tr("Export failed"),
                self.tr("Cannot write %1: %2. Pick a folder you can write to.")
                .replace("%1", str(out))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        records = sum(v for k, v in counts.items() if k not in ("accounts", "attachments"))
        self.window.statusBar().showMessage(
            self.tr("Exported %1 records about them to %2.")
            .replace("%1", str(records))
            .replace("%2", str(out)),
            10000,
        )

    # --- after a sync ------------------------------------------------------------------------------
    def sync_finished(self, account_id: str) -> None:
        said = self.ctx.sync.returned.pop(account_id, None)
        if said:
            self._message(QMessageBox.Icon.Warning, self.tr("Forgotten people came back"), said)
