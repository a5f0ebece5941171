"""The detail pane: one record with its fields, related records (as links), description, changes and
the vendor's raw data.

Everything vendor-supplied is escaped, and description HTML goes through ``desktop.ui.html``; the
text browsers never load anything (``_LocalOnlyBrowser``), so no remote image or stylesheet is fetched.

Write actions (move stage, add note, upload a CV …) belong in the action bar at the top: the action
framework registers an ``ActionProvider`` with ``DetailPane.set_action_provider`` and gets asked for
the actions of each record shown. No provider, no bar.
"""

from __future__ import annotations

import html as htmlmod
import json
import sqlite3
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connectors import registry
from connectors.unified.model import FOREIGN_KEYS
from desktop import people, queries
from desktop.ui import labels
from desktop.ui.formatting import format_ts
from desktop.ui.html import sanitize
from desktop.ui.theme import accent
from desktop.ui.views.cv_view import CvView
from desktop.ui.views.flow import FlowLayout, expanding_policy

#: Columns not shown among the fields (bookkeeping, shown elsewhere, or too long for a field row).
_HIDDEN = {
    "id",
    "account_id",
    "remote_data",
    "description",
    "description_html",
    "first_name",
    "last_name",
    "integration_fields",
    "changed_at",
    "remote_deleted_at",
    "remote_id",
}
_TIMESTAMPS = {
    "remote_created_at",
    "remote_updated_at",
    "opened_at",
    "closed_at",
    "rejected_at",
    "starting_at",
    "ending_at",
    "changed_at",
}


class ActionProvider(Protocol):
    """What the write-action framework implements to put its forms on a record."""

    def actions_for(self, model: str, record: dict[str, Any], account_id: str) -> list[QAction]: ...

    def notice_for(self, model: str, record: dict[str, Any]) -> str:
        """What waits in the outbox for this record, in words ("" for nothing)."""
        ...


class _LocalOnlyBrowser(QTextBrowser):
    """A text browser that never fetches a resource (remote images, stylesheets, file URLs)."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 (Qt's signature)
        return None


def _value_text(name: str, value: Any) -> str:
    """A field value as readable text."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if name in _TIMESTAMPS:
        return format_ts(str(value))
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if name == "email_addresses":
        return ", ".join(str(v.get("email_address")) for v in value if isinstance(v, dict))
    if name == "phone_numbers":
        return ", ".join(str(v.get("phone_number")) for v in value if isinstance(v, dict))
    if name == "social_media":
        return ", ".join(str(v.get("link") or v.get("username") or "") for v in value if isinstance(v, dict))
    if name == "location" and isinstance(value, dict):
        return str(value.get("raw") or ", ".join(str(v) for k, v in value.items() if v and k != "raw"))
    if isinstance(value, dict):
        # One line per key (custom fields): a recruiter reads "prescreen_answers: Are you 18? Yes; …",
        # not a Python or JSON dump of the vendor's nesting.
        return "\n".join(f"{k}: {_nested_text(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(_nested_text(v) for v in value)
    return str(value)


def _nested_text(value: Any) -> str:
    """A value inside a field (a custom field's list of answers, say) as one readable line."""
    if isinstance(value, dict):
        if "question" in value and "answer" in value:
            return f"{_nested_text(value['question'])} {_nested_text(value['answer'])}".strip()
        return ", ".join(f"{k}: {_nested_text(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return "; ".join(_nested_text(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return "" if value is None else str(value)


def _link(model: str, record_id: str, text: str) -> str:
    return f'<a href="record:{model}/{htmlmod.escape(record_id, quote=True)}">{htmlmod.escape(text)}</a>'


class DetailPane(QWidget):
    #: model, record id: a related record's link was followed
    navigate = Signal(str, str)
    #: job id: "open pipeline" was clicked
    openPipeline = Signal(str)
    #: candidate id: "Forget this person…" was clicked (``desktop.ui.privacy`` asks and forgets)
    forgetRequested = Signal(str)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setObjectName("detailPane")
        self.model: str | None = None
        self.record_id: str | None = None
        #: (candidate id, label) split from the person shown, with an undo, until another record shows
        self._just_split: list[tuple[str, str]] = []
        self.record: dict[str, Any] | None = None
        self._provider: ActionProvider | None = None
        self._account_names: dict[str, str] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.deleted_banner = QLabel()
        self.deleted_banner.setWordWrap(True)
        self.deleted_banner.hide()
        layout.addWidget(self.deleted_banner)

        # Writes of this record still waiting in the outbox (the action framework says which).
        self.pending_banner = QLabel()
        self.pending_banner.setObjectName("pendingBanner")
        self.pending_banner.setWordWrap(True)
        self.pending_banner.setAccessibleName(self.tr("Pending writes of this record"))
        self.pending_banner.hide()
        layout.addWidget(self.pending_banner)

        # The place for write actions (see the module docstring).
        self.action_bar = QWidget()
        self.action_bar.setObjectName("actionBar")
        self.action_bar.setSizePolicy(expanding_policy())
        # Buttons wrap onto a second row rather than being cut off (long labels, narrow pane).
        self.action_layout = FlowLayout(self.action_bar)
        self.action_bar.hide()
        layout.addWidget(self.action_bar)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Record details"))
        self.overview = _LocalOnlyBrowser()
        self.overview.setOpenLinks(False)
        self.overview.anchorClicked.connect(self._link_clicked)
        self.overview.setAccessibleName(self.tr("Fields and related records"))
        self.description = _LocalOnlyBrowser()
        self.description.setOpenLinks(False)
        self.description.anchorClicked.connect(self._link_clicked)
        self.description.setAccessibleName(self.tr("Description"))
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels([self.tr("When"), self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.changes.setRootIsDecorated(False)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setAccessibleName(self.tr("Vendor data"))
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        # A candidate's CV and other files (an application shows its candidate's), issue 18.1: made
        # when the first record with files is shown, so the pane's sizes are as before until then.
        self._cv: CvView | None = None
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.description, self.tr("Description"))
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.tabs.addTab(self.raw, self.tr("Vendor data"))
        layout.addWidget(self.tabs, 1)
        self.clear()

    # --- the action-framework hook ---------------------------------------------------------------
    def set_action_provider(self, provider: ActionProvider | None) -> None:
        self._provider = provider
        self._fill_actions()

    def _fill_actions(self) -> None:
        while self.action_layout.count():
            item = self.action_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        actions = []
        if self._provider and self.model and self.record:
            actions = self._provider.actions_for(self.model, self.record, self.record["account_id"])
        if self.model == "candidates" and self.record:
            # Not a vendor write, so not the provider's: the local erasure of issue 15.2.
            forget = QAction(self.tr("Forget this person…"), self)
            forget.setObjectName("forgetPerson")
            forget.setToolTip(self.tr("Remove every trace of this person from this computer"))
            candidate = str(self.record["id"])
            forget.triggered.connect(lambda _=False, c=candidate: self.forgetRequested.emit(c))
            actions = [*actions, forget]
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.action_layout.addWidget(button)
        self.action_bar.setVisible(bool(actions))
        self.show_notice()

    def show_notice(self) -> None:
        """The banner of writes waiting for the record shown (asked of the provider again)."""
        text = ""
        if self._provider is not None and self.model and self.record:
            text = self._provider.notice_for(self.model, self.record)
        self.pending_banner.setText(text)
        self.pending_banner.setStyleSheet(f"color: {accent('warn').name()};")
        self.pending_banner.setVisible(bool(text))

    # --- showing a record --------------------------------------------------------------------------
    def set_account_names(self, names: dict[str, str]) -> None:
        self._account_names = names

    def clear(self) -> None:
        self.model = self.record_id = None
        self.record = None
        self.title.setText(self.tr("Nothing selected"))
        self.subtitle.setText(self.tr("Pick a record in a list, or search with Ctrl+K."))
        self.deleted_banner.hide()
        self.overview.clear()
        self.description.clear()
        self.changes.clear()
        self.raw.clear()
        if self._cv is not None:
            self.tabs.setTabVisible(self.tabs.indexOf(self._cv), False)
        self._fill_actions()

    def show_record(self, model: str, record_id: str) -> bool:
        rec = queries.record(self.conn, model, record_id)
        if rec is None:
            self.clear()
            self.subtitle.setText(self.tr("This record is no longer in the cache."))
            return False
        if (model, record_id) != (self.model, self.record_id):
            self._just_split = []
        self.model, self.record_id, self.record = model, record_id, rec
        title = queries.title_of(self.conn, model, record_id) or labels.model_singular(model)
        self.title.setText(title)
        account = self._account_names.get(rec["account_id"], "")
        self.subtitle.setText(" · ".join(p for p in (labels.model_singular(model), account) if p))
        if rec.get("remote_deleted_at"):
            self.deleted_banner.setText(
                self.tr("Deleted at the vendor on %1. Kept here for reference.").replace(
                    "%1", format_ts(rec["remote_deleted_at"])
                )
            )
            self.deleted_banner.setStyleSheet(f"color: {accent('error').name()};")
            self.deleted_banner.show()
        else:
            self.deleted_banner.hide()
        self.overview.setHtml(self._overview_html(model, rec))
        description = rec.get("description") or rec.get("description_html")
        no_description = self.tr("No description.")
        self.description.setHtml(
            sanitize(description) if description else f"<p><i>{htmlmod.escape(no_description)}</i></p>"
        )
        self.tabs.setTabVisible(self.tabs.indexOf(self.description), bool(description))
        self._show_files(model, record_id, rec)
        self._fill_changes(record_id)
        remote = rec.get("remote_data")
        self.raw.setPlainText(
            json.dumps(remote, indent=2, ensure_ascii=False, sort_keys=True)
            if remote is not None
            else self.tr("The vendor sent no raw data for this record.")
        )
        self._fill_actions()
        return True

    @property
    def cv(self) -> CvView:
        """The files tab (made on first use)."""
        if self._cv is None:
            self._cv = CvView(self.conn)
            self.tabs.insertTab(1, self._cv, self.tr("CV"))
            self.tabs.setTabVisible(1, False)
        return self._cv

    def _show_files(self, model: str, record_id: str, rec: dict[str, Any]) -> None:
        """The CV tab: the candidate's files (an application's candidate's); hidden without any."""
        candidate = (
            record_id
            if model == "candidates"
            else rec.get("candidate_id")
            if model == "applications"
            else None
        )
        if self._cv is None and (not candidate or not _has_files(self.conn, str(candidate))):
            return
        cv = self.cv
        index = self.tabs.indexOf(cv)
        count = cv.show_candidate(str(candidate)) if candidate else 0
        if not count and self.tabs.currentWidget() is cv:
            self.tabs.setCurrentWidget(self.overview)
        self.tabs.setTabVisible(index, count > 0)
        self.tabs.setTabText(
            index, self.tr("CV") if count == 1 else self.tr("Files (%1)").replace("%1", str(count))
        )

    def reload(self) -> None:
        if self.model and self.record_id:
            self.show_record(self.model, self.record_id)

    def _overview_html(self, model: str, rec: dict[str, Any]) -> str:
        rows = []
        for name, value in rec.items():
            if name in _HIDDEN:
                continue
            target = FOREIGN_KEYS.get((model, name))
            if target and value:
                text = queries.title_of(self.conn, target, value) or value
                cell = _link(target, value, text) if target in queries.LISTS else htmlmod.escape(text)
            else:
                text = _value_text(name, value)
                if not text:
                    continue
                if name in ("post_url", "url") and text.startswith(("http://", "https://")):
                    cell = f'<a href="{htmlmod.escape(text, quote=True)}">{htmlmod.escape(text)}</a>'
                else:
                    cell = htmlmod.escape(text).replace("\n", "<br>")
            rows.append(
                f"<tr><td style='padding-right:12px'><b>{htmlmod.escape(labels.field_label(name))}</b></td>"
                f"<td>{cell}</td></tr>"
            )
        parts = [f"<table cellspacing='2'>{''.join(rows)}</table>"]
        if model == "jobs":
            open_pipeline = self.tr("Open pipeline →")
            parts.append(
                f'<p><a href="pipeline:{htmlmod.escape(rec["id"], quote=True)}">'
                f"{htmlmod.escape(open_pipeline)}</a></p>"
            )
        muted = accent("muted").name()
        if model == "candidates":
            parts.extend(self._split_notes(rec["id"], muted))
        for section in queries.related(self.conn, model, rec["id"]):
            items = []
            for item in section.items:
                label = (
                    _link(item.model, item.record_id, item.label)
                    if item.model in queries.LISTS
                    else htmlmod.escape(item.label)
                )
                if item.deleted:
                    label = f"<s>{label}</s>"
                extra = " · ".join(p for p in (format_ts(item.at) if item.at else "", item.detail) if p)
                if item.reason:  # why a record in another account is this person: "(same phone)"
                    extra = f"{extra} ({labels.reason_label(item.reason)})".lstrip()
                detail = f" <span style='color:{muted}'>{htmlmod.escape(extra)}</span>" if extra else ""
                if section.key == "same_person":
                    # A wrong join (a family e-mail address) is undone where it is seen.
                    split = self.tr("Not the same person")
                    detail += f' · <a href="split:{htmlmod.escape(item.record_id, quote=True)}">{split}</a>'
                items.append(f"<li>{label}{detail}</li>")
            parts.append(
                f"<h4>{htmlmod.escape(labels.section_label(section.key))} ({len(section.items)})</h4>"
                f"<ul>{''.join(items)}</ul>"
            )
        vendor = self._vendor_name(rec["account_id"])
        footer = (
            self.tr("Vendor id %1 · %2 · changed in the cache %3")
            .replace("%1", str(rec.get("remote_id") or "—"))
            .replace("%2", vendor)
            .replace("%3", format_ts(rec.get("changed_at")))
        )
        parts.append(f"<p style='color:{muted}'>{htmlmod.escape(footer)}</p>")
        return "".join(parts)

    def _split_notes(self, candidate_id: str, muted: str) -> list[str]:
        """Splits the user made, each with its way back (match it again)."""
        notes = []
        if candidate_id in people.splits_of(self.conn):
            text = self.tr("You marked this record as a person of its own.")
            again = self.tr("Match it again")
            link = f'<a href="rejoin:{htmlmod.escape(candidate_id, quote=True)}">{again}</a>'
            notes.append(f"<p style='color:{muted}'>{htmlmod.escape(text)} {link}</p>")
        for other, label in self._just_split:
            text = self.tr("%1 no longer counts as this person.").replace("%1", label)
            undo = self.tr("Undo")
            link = f'<a href="rejoin:{htmlmod.escape(other, quote=True)}">{undo}</a>'
            notes.append(f"<p style='color:{muted}'>{htmlmod.escape(text)} {link}</p>")
        return notes

    def _split(self, candidate_id: str, *, alone: bool) -> None:
        if alone:
            label = queries.title_of(self.conn, "candidates", candidate_id) or candidate_id
            other = queries.record(self.conn, "candidates", candidate_id) or {}
            account = self._account_names.get(str(other.get("account_id")), "")
            self._just_split.append((candidate_id, f"{label} ({account})" if account else label))
        else:
            self._just_split = [(c, t) for c, t in self._just_split if c != candidate_id]
        try:
            people.set_split(self.conn, candidate_id, alone=alone)
        except OSError as exc:
            # The data folder could not be written: say so; nothing changed.
            self._just_split = [(c, t) for c, t in self._just_split if c != candidate_id]
            self.subtitle.setText(self.tr("Could not save that: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Link and muted colours are baked into the generated HTML: render it again.
            self.reload()

    def _vendor_name(self, account_id: str) -> str:
        row = self.conn.execute("SELECT vendor FROM accounts WHERE id = ?", (account_id,)).fetchone()
        if not row:
            return ""
        try:
            return registry.get(row[0]).display_name
        except ValueError:
            return str(row[0])

    def _fill_changes(self, record_id: str) -> None:
        self.changes.clear()
        changes = queries.changes(self.conn, record_id)
        for change in changes:
            item = QTreeWidgetItem(
                [
                    format_ts(change.at),
                    labels.field_label(change.field),
                    _shorten(change.old),
                    _shorten(change.new),
                ]
            )
            item.setToolTip(2, change.old or "")
            item.setToolTip(3, change.new or "")
            self.changes.addTopLevelItem(item)
        if not changes:
            item = QTreeWidgetItem([self.tr("No changes seen since this record was first synced.")])
            item.setFirstColumnSpanned(True)
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
            self.changes.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for column in range(3):
            self.changes.resizeColumnToContents(column)

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("record:"):
            model, _, record_id = text[len("record:") :].partition("/")
            self.navigate.emit(model, record_id)
        elif text.startswith("pipeline:"):
            self.openPipeline.emit(text[len("pipeline:") :])
        elif text.startswith("split:"):
            self._split(text[len("split:") :], alone=True)
        elif text.startswith("rejoin:"):
            self._split(text[len("rejoin:") :], alone=False)
        elif url.scheme() in ("http", "https", "mailto"):
            # Only on the user's click, in their browser: nothing is fetched inside the app.
            QDesktopServices.openUrl(url)


def _has_files(conn: sqlite3.Connection, candidate_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM attachments WHERE candidate_id = ? AND remote_deleted_at IS NULL LIMIT 1",
        (candidate_id,),
    ).fetchone()
    return row is not None


def _shorten(value: str | None, limit: int = 80) -> str:
    if value is None:
        return "—"
    return value if len(value) <= limit else value[: limit - 1] + "…"
