"""Connecting an ATS account: pick the vendor, read its guide, fill its fields, test, save.

The form is built from the connector's declaration (``Connector.settings``): labels, help, which
fields are secret (masked here, stored in the OS keyring only), defaults. "Test connection" runs the
connection doctor (``connectors.base.doctor``) with what is typed, before anything is saved: the
credentials check, then one cheap read per stream and the prerequisites of each write action, shown
as a list of capabilities with ok / forbidden / not found / not offered / error and why.

The dialog is opened with ``open()`` (window-modal, no nested event loop) and does its slow work
(HTTP, keyring, cache writes) in tasks; results arrive as signals. It never blocks the loop.
"""

from __future__ import annotations

import asyncio
import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connectors import registry
from connectors.base import Connector
from connectors.base.doctor import PROBE_RETRY, Report, run_doctor
from connectors.http import ConnectorError
from connectors.http.redact import redact
from desktop.accounts import DEFAULT_SHARE, SHARE_OPTION, AccountError, AccountInfo, Accounts
from desktop.secrets import KeyringUnavailable
from desktop.ui.tasks import TaskSet
from desktop.ui.theme import accent

#: The whole connection doctor (every stream's first page and detail requests) within this time.
TEST_TIMEOUT = 60.0


class AccountDialog(QDialog):
    """Add an account (``account=None``) or edit one: its address, secrets and options."""

    #: the AccountInfo saved
    saved = Signal(object)
    #: ok, message (after "Test connection")
    tested = Signal(bool, str)

    def __init__(
        self,
        accounts: Accounts,
        tasks: TaskSet,
        account: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.tasks = tasks
        self.account = account
        self.busy = False
        self._task: asyncio.Task[None] | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Connect an ATS account"))
        self.setModal(True)
        self.resize(820, 520)

        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        form_host = QWidget()
        form_outer = QVBoxLayout(form_host)
        top = QFormLayout()
        self.vendor = QComboBox()
        self.vendor.setAccessibleName(self.tr("ATS"))
        for vendor in registry.vendors():
            self.vendor.addItem(registry.get(vendor).display_name, vendor)
        vendor_label = QLabel(self.tr("&ATS:"))
        vendor_label.setBuddy(self.vendor)
        top.addRow(vendor_label, self.vendor)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("e.g. Acme Germany"))
        name_label = QLabel(self.tr("Account &name:"))
        name_label.setBuddy(self.name)
        top.addRow(name_label, self.name)
        form_outer.addLayout(top)
        self.form_box = QWidget()
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        form_outer.addWidget(self.form_box)
        self.only_created = QCheckBox(
            self.tr("Sync only applications created in this app (and their candidates)")
        )
        form_outer.addWidget(self.only_created)
        # A good citizen's share: background sync leaves the rest of the vendor's limit to the customer's
        # other integrations and to the writes made here (those may use the full limit).
        share_row = QHBoxLayout()
        self.share = QSpinBox()
        self.share.setObjectName("shareOfLimit")
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(DEFAULT_SHARE)
        self.share.setAccessibleName(self.tr("Share of the vendor's rate limit for background sync"))
        share_tip = self.tr(
            "Background sync never uses more than this part of the vendor's published rate limit, so "
            "other integrations on the same ATS keep working. Writes you make here may use all of it."
        )
        self.share.setToolTip(share_tip)
        self.share.setAccessibleDescription(share_tip)
        share_label = QLabel(self.tr("Background sync uses at &most"))
        share_label.setBuddy(self.share)
        share_row.addWidget(share_label)
        share_row.addWidget(self.share)
        share_row.addWidget(QLabel(self.tr("of the vendor's rate limit")))
        share_row.addStretch()
        form_outer.addLayout(share_row)
        form_outer.addStretch()
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        test_row.addStretch()
        form_outer.addLayout(test_row)
        self.message = QLabel()
        self.message.setObjectName("accountDialogMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))
        form_outer.addWidget(self.message)
        # Scrolls rather than squeezes: with the test's findings shown below, a vendor with many fields
        # would otherwise get its word-wrapped hints clipped to half a line.
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(form_host)
        split.addWidget(form_scroll)

        self.guide = QTextBrowser()
        self.guide.setObjectName("accountGuide")
        self.guide.setAccessibleName(self.tr("Connection guide"))
        self.guide.setOpenExternalLinks(False)
        split.addWidget(self.guide)
        split.setSizes([460, 360])
        # What "Test connection" found, per capability; shown once a test ran.
        self.capabilities = QTreeWidget()
        self.capabilities.setObjectName("accountCapabilities")
        self.capabilities.setAccessibleName(self.tr("What this account can do"))
        self.capabilities.setRootIsDecorated(False)
        self.capabilities.setAlternatingRowColors(True)
        self.capabilities.setHeaderLabels(
            [self.tr("Capability"), self.tr("Kind"), self.tr("Result"), self.tr("Why")]
        )
        self.capabilities.setMinimumHeight(170)
        self.capabilities.hide()
        #: The last test's findings (``None`` before a test, or when the settings were refused).
        self.report: Report | None = None
        outer.addWidget(self.capabilities)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        if account:
            self.vendor.setCurrentIndex(max(0, self.vendor.findData(account.vendor)))
            self.vendor.setEnabled(False)
            self.name.setText(account.name)
            self.name.setReadOnly(True)
            self.only_created.setChecked(bool(account.options.get("sync_only_created_applications")))
            self.share.setValue(account.share_percent)
        self._vendor_changed()

    @property
    def pending(self) -> asyncio.Task[None] | None:
        """The test or save still running, if any."""
        return self._task if self._task is not None and not self._task.done() else None

    # --- the form ----------------------------------------------------------------------------------
    @property
    def connector(self) -> Connector:
        return registry.get(self.vendor.currentData())

    def _vendor_changed(self, *_: Any) -> None:
        connector = self.connector
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        for field in connector.settings:
            edit = QLineEdit()
            edit.setObjectName(f"field_{field.name}")
            edit.setAccessibleName(field.label)
            if field.help:
                edit.setToolTip(field.help)
                edit.setAccessibleDescription(field.help)
            if field.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            if self.account:
                if field.secret:
                    edit.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
                elif field.name == "base_url":
                    edit.setText(str(self.account.settings.get(field.name) or field.default or ""))
                else:
                    # Only the address, secrets and options can change; anything else means a new account.
                    edit.setText(str(self.account.settings.get(field.name) or ""))
                    edit.setReadOnly(True)
            elif field.default:
                edit.setText(field.default)
            label = QLabel(("" if not field.required else "* ") + field.label + ":")
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            if field.help:
                hint = QLabel(field.help)
                hint.setWordWrap(True)
                hint.setStyleSheet(f"color: {accent('muted').name()};")
                self.form.addRow("", hint)
            self.fields[field.name] = edit
        self.guide.setHtml(self._guide_html(connector))
        self.set_message("", None)

    def _guide_html(self, connector: Connector) -> str:
        guide = connector.guide
        heading = self.tr("Connecting %1").replace("%1", connector.display_name)
        need = self.tr("You need")
        steps = self.tr("Creating the credentials")
        note = self.tr("Secret fields are stored in your system keyring, never in files.")
        parts = [f"<h3>{html.escape(heading)}</h3>", f"<p>{html.escape(guide.connection)}</p>"]
        if guide.prerequisites:
            parts.append(
                f"<h4>{html.escape(need)}</h4><ul>"
                + "".join(f"<li>{html.escape(p)}</li>" for p in guide.prerequisites)
                + "</ul>"
            )
        if guide.create_credentials:
            parts.append(
                f"<h4>{html.escape(steps)}</h4><ol>"
                + "".join(f"<li>{html.escape(p)}</li>" for p in guide.create_credentials)
                + "</ol>"
            )
        parts.append(f"<p><i>{html.escape(note)}</i></p>")
        return "".join(parts)

    def values(self) -> dict[str, str]:
        """What is typed, empty fields left out."""
        return {name: edit.text().strip() for name, edit in self.fields.items() if edit.text().strip()}

    def set_message(self, text: str, state: str | None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {accent(state).name()};" if state else "")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    # --- test connection ---------------------------------------------------------------------------
    def test_connection(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.set_message(self.tr("Testing the connection…"), "info")
        self._task = self.tasks.spawn(self._test(), name="test-connection")

    async def _credentials(self) -> dict[str, str]:
        values = self.values()
        if self.account:
            # Secrets left blank keep their stored value; read it off the UI thread (keyring).
            try:
                stored = await asyncio.to_thread(self.accounts.credentials, self.account)
            except AccountError:  # the keyring lost them: what the user types now is all there is
                stored = {k: str(v) for k, v in self.account.settings.items()}
            values = {**stored, **values}
        return values

    async def _test(self) -> None:
        ok, text, state = False, "", "error"
        self.report = None
        self._show_capabilities(None)
        try:
            values = await self._credentials()
            problems = self.connector.check_settings(values)
            if problems:
                text = " ".join(problems)
            else:
                client = self.connector.client(values, retry=PROBE_RETRY)
                name = self.name.text().strip() or self.tr("new account")
                try:
                    report = await asyncio.wait_for(
                        run_doctor(self.connector, client, values, account=name), TEST_TIMEOUT
                    )
                finally:
                    await client.aclose()
                self.report = report
                ok, text, state = self._summary(report)
                self._show_capabilities(report)
        except asyncio.CancelledError:
            raise  # the dialog was closed: nothing left to update
        except ConnectorError as exc:
            text = str(exc)
        except TimeoutError:
            text = self.tr("No answer within %1 seconds. Check the address and your network.").replace(
                "%1", str(int(TEST_TIMEOUT))
            )
        except (KeyringUnavailable, AccountError) as exc:
            text = str(exc)
        except Exception as exc:  # shown, not raised: the user can fix the input and try again
            text = redact(f"{type(exc).__name__}: {exc}")
        self._set_busy(False)
        self.set_message(text, state)
        self.tested.emit(ok, text)

    def _summary(self, report: Report) -> tuple[bool, str, str]:
        """(everything works, the line to show, its colour) for a doctor's report."""
        if not report.credentials_ok and report.credentials_error is not None:
            return False, redact(str(report.credentials_error)), "error"
        broken = [c for c in report.capabilities if c.status not in ("ok", "unsupported")]
        data = [c.name for c in broken if c.kind == "stream"]
        writes = [c.name for c in broken if c.kind == "action"]
        works = self.tr("Connection works: %1 accepted these credentials.").replace(
            "%1", self.connector.display_name
        )
        if report.ok:
            return True, works + " " + self.tr("Everything it offers can be read."), "ok"
        if not report.credentials_ok:
            works = redact(report.credentials)
        parts = list(data)
        if writes:
            parts.append(self.tr("the write actions needing it") if data else ", ".join(writes))
        missing = self.tr("Not working: %1. The list below says why (no write was sent).").replace(
            "%1", ", ".join(parts)
        )
        return False, f"{works} {missing}", "warn"

    def _show_capabilities(self, report: Report | None) -> None:
        self.capabilities.clear()
        if report is None:
            self.capabilities.hide()
            return
        words = {
            "ok": (self.tr("ok"), "ok"),
            "forbidden": (self.tr("forbidden"), "warn"),
            "not_found": (self.tr("not found"), "warn"),
            "unsupported": (self.tr("not offered"), "muted"),
            "error": (self.tr("error"), "error"),
        }
        kinds = {"stream": self.tr("data"), "action": self.tr("write")}
        for cap in report.capabilities:
            label, colour = words.get(cap.status, (cap.status, "muted"))
            item = QTreeWidgetItem([cap.name, kinds.get(cap.kind, cap.kind), label, redact(cap.detail)])
            item.setData(0, Qt.ItemDataRole.UserRole, cap.status)
            item.setForeground(2, accent(colour))
            item.setToolTip(3, redact(cap.detail))
            self.capabilities.addTopLevelItem(item)
        for column in range(3):
            self.capabilities.resizeColumnToContents(column)
        if self.capabilities.isHidden():
            self.capabilities.show()
            # Room for the findings without taking it from the form, as far as the screen allows.
            screen = self.screen().availableGeometry() if self.screen() else None
            taller = self.height() + self.capabilities.minimumHeight()
            self.resize(self.width(), min(taller, screen.height() - 40) if screen else taller)

    def done(self, result: int) -> None:
        # Closing the dialog stops a test still under way (its HTTP client is closed as it unwinds).
        # A save is left to finish: the keyring and the cache must not be left half-written.
        if self._task and not self._task.done() and self._task.get_name() == "test-connection":
            self._task.cancel()
        super().done(result)

    # --- save --------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.busy:
            return
        if not self.account and not self.name.text().strip():
            self.set_message(self.tr("Give the account a name."), "error")
            self.name.setFocus()
            return
        self._set_busy(True)
        self.set_message(self.tr("Saving…"), "info")
        self._task = self.tasks.spawn(self._save(), name="save-account")

    async def _save(self) -> None:
        options = {
            "sync_only_created_applications": self.only_created.isChecked(),
            SHARE_OPTION: self.share.value(),
        }
        try:
            if self.account:
                connector = self.connector
                values = self.values()
                secrets = {k: v for k, v in values.items() if k in connector.secret_fields}
                account = await asyncio.to_thread(
                    self.accounts.edit,
                    self.account.name,
                    base_url=values.get("base_url"),
                    options=options,
                    secrets=secrets,
                )
            else:
                account = await asyncio.to_thread(
                    self.accounts.add, self.vendor.currentData(), self.name.text(), self.values(), options
                )
        except (AccountError, KeyringUnavailable) as exc:
            self._set_busy(False)
            self.set_message(str(exc), "error")
            return
        except Exception as exc:
            self._set_busy(False)
            self.set_message(redact(f"{type(exc).__name__}: {exc}"), "error")
            return
        self._set_busy(False)
        self.saved.emit(account)
        self.accept()
