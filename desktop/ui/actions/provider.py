"""Puts the write actions into the window: record actions, "New candidate…", pipeline moves, pending marks.

``FormActions`` is the detail pane's ``ActionProvider`` and the pipeline's ``CardMover``. What it
offers comes from the account connector's declared actions alone (``catalog``): an action the
connector does not declare is absent, or shown disabled with the reason. Forms open window-modal
without a nested event loop; results come back as signals and the views re-read the cache, where
the outbox worker has put what the ATS answered. Writes still waiting are shown where their records
are: a mark in the lists, a banner on the record, a pending card in the pipeline, and records being
created above their list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from connectors.base.actions import SCHEMAS
from desktop import queries
from desktop.accounts import AccountInfo
from desktop.outbox import queue as q
from desktop.outbox.outcome import Outcome
from desktop.ui.actions import catalog, lookups, texts
from desktop.ui.actions.catalog import Offer
from desktop.ui.actions.controller import OutboxController
from desktop.ui.actions.form import ActionForm
from desktop.ui.actions.pending import PendingWritesDialog, state_text
from desktop.ui.views.pipeline import PendingCreate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

MOVE = "move-application-to-stage"
#: Shown as buttons on a record, in this order; the rest go under "More".
PRIMARY = (
    "move-application-to-stage",
    "create-application",
    "add-note-to-application",
    "add-tag-to-candidate",
)
BUTTONS = 3


class FormActions(QObject):
    def __init__(self, window: MainWindow, controller: OutboxController) -> None:
        super().__init__(window)
        self.window = window
        self.conn = window.conn
        self.controller = controller
        self.tasks = window.ctx.tasks
        self.forms: list[ActionForm] = []
        self.pending: list[lookups.PendingEntry] = []
        self._snapshot: Any = None
        self._bar: list[QObject] = []  # the record actions shown, replaced with each record
        self.pending_dialog: PendingWritesDialog | None = None
        self._install()
        window.set_action_provider(self)
        window.pipeline.set_mover(self)
        controller.changed.connect(self.refresh)
        controller.sent.connect(self._sent_in_background)
        window.outbox_timer.timeout.connect(self.refresh)  # writes made by the CLI show too
        window.sidebar.scopeChanged.connect(lambda _: self.update_global())
        window.accountsChanged.connect(self.update_global)
        window.networkChanged.connect(lambda online: controller.wake() if online else None)
        for view in window.lists.values():
            view.pendingActivated.connect(lambda _entry: self.show_pending())
        window.pipeline.pendingActivated.connect(lambda _entry: self.show_pending())
        self.refresh()

    # --- accounts ----------------------------------------------------------------------------------
    def _accounts(self) -> dict[str, AccountInfo]:
        return self.window.account_infos()

    def _account(self, account_id: str) -> AccountInfo | None:
        return self._accounts().get(account_id)

    @staticmethod
    def _supports(account: AccountInfo, action: str) -> bool:
        try:
            return action in account.connector.actions
        except ValueError:  # a vendor this build does not know
            return False

    def _vendor(self, account: AccountInfo) -> str:
        try:
            return account.connector.display_name
        except ValueError:
            return account.vendor

    # --- global creates ----------------------------------------------------------------------------
    def _install(self) -> None:
        w = self.window
        self.global_actions: dict[str, QAction] = {}
        file_menu = w.menus.file_menu
        first = file_menu.actions()[0]  # "Add account…": the creates go above it
        for name, shortcut in catalog.GLOBAL_CREATES:
            action = QAction(self.offer_text(name), w)
            action.setObjectName(f"new_{name}")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, n=name: self.new_record(n))
            w.addAction(action)
            w.menus.file_menu.insertAction(first, action)
            self.global_actions[name] = action
        self.new_application = QAction(self.tr("New &application…"), w)
        self.new_application.setObjectName("new_create-application")
        self.new_application.triggered.connect(lambda: self.new_record("create-application"))
        w.menus.file_menu.insertAction(first, self.new_application)
        w.menus.file_menu.insertSeparator(first)
        self.pending_action = QAction(self.tr("&Pending writes…"), w)
        self.pending_action.setObjectName("pendingWrites")
        self.pending_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pending_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.pending_action.triggered.connect(self.show_pending)
        w.addAction(self.pending_action)
        w.menus.sync_menu.addSeparator()
        w.menus.sync_menu.addAction(self.pending_action)
        w.toolbar.insertAction(w.toolbar.actions()[0], self.global_actions["create-candidate"])
        w.toolbar.addSeparator()
        w.toolbar.addAction(self.pending_action)
        # A click on "2 pending writes" in the status bar opens them.
        w.pending_label.setCursor(Qt.CursorShape.PointingHandCursor)
        w.pending_label.installEventFilter(self)
        self.update_global()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window.pending_label and event.type() == QEvent.Type.MouseButtonRelease:
            self.show_pending()
            return True
        return super().eventFilter(watched, event)

    def _scope_accounts(self, action: str) -> tuple[list[AccountInfo], str | None]:
        """The accounts in the sidebar's scope that can do ``action``, and why none can."""
        scope = self.window.sidebar.scope()
        accounts = [a for a in self._accounts().values() if scope is None or a.id in scope]
        able = [a for a in accounts if self._supports(a, action)]
        if able:
            return able, None
        if not accounts:
            return [], self.tr("Connect an account first (File → Add account).")
        vendors = ", ".join(sorted({self._vendor(a) for a in accounts}))
        return [], self.tr("%1 does not offer this through its API.").replace("%1", vendors)

    def update_global(self) -> None:
        for name, action in {**self.global_actions, "create-application": self.new_application}.items():
            able, why = self._scope_accounts(name)
            action.setEnabled(bool(able))
            base = self.offer_text(name).rstrip("…")
            action.setToolTip(base if able else f"{base}: {why}")
            action.setStatusTip(action.toolTip())

    def new_record(self, action: str) -> ActionForm | None:
        """Open the create form for the account in scope (a picker when several accounts can)."""
        able, why = self._scope_accounts(action)
        if not able:
            self.window.statusBar().showMessage(why or "", 10000)
            return None
        current = self.window.detail.record
        preferred = next((a for a in able if current and a.id == current.get("account_id")), able[0])
        return self.open_form(preferred, Offer(action), accounts=able)

    # --- record actions (ActionProvider) -------------------------------------------------------------
    def offer_text(self, action: str, model: str | None = None) -> str:
        words = {
            "create-candidate": self.tr("&New candidate…"),
            "create-application": self.tr("New application…")
            if model != "candidates"
            else self.tr("New application for this candidate…"),
            "move-application-to-stage": self.tr("Move to stage…"),
            "add-note-to-application": self.tr("Add note…"),
            "add-attachment-to-candidate": self.tr("Add attachment…"),
            "add-attachment-to-application": self.tr("Add attachment…"),
            "add-result-link-to-candidate": self.tr("Add result link…"),
            "add-result-link-to-application": self.tr("Add result link…"),
            "add-tag-to-candidate": self.tr("Add tag…"),
            "remove-tag-from-candidate": self.tr("Remove tag…"),
        }
        found = words.get(action)
        if found:
            return found
        sch = SCHEMAS.get(action)
        return (texts.action_title(sch.title) if sch else action) + "…"

    def actions_for(self, model: str, record: dict[str, Any], account_id: str) -> list[QAction]:
        for old in self._bar:
            old.deleteLater()
        self._bar = []
        account = self._account(account_id)
        if account is None or record.get("remote_deleted_at"):
            return []  # a record the vendor deleted takes no writes
        try:
            declared = list(account.connector.actions)
        except ValueError:
            return []
        offers = catalog.record_offers(model, record["id"], declared)
        offers.sort(key=lambda o: PRIMARY.index(o.action) if o.action in PRIMARY else len(PRIMARY))
        holder = QObject(self)
        self._bar.append(holder)
        actions: list[QAction] = []
        for offer in offers:
            action = QAction(self.offer_text(offer.action, model), holder)
            action.setObjectName(f"do_{offer.action}")
            action.triggered.connect(
                lambda _=False, o=offer, a=account, m=model, r=record: self.open_record_form(a, o, m, r)
            )
            actions.append(action)
        missing = []
        vendor = self._vendor(account)
        for name in catalog.unsupported(model, declared):
            action = QAction(self.offer_text(name, model), holder)
            action.setObjectName(f"do_{name}")
            action.setEnabled(False)
            why = self.tr("%1 does not offer this through its API.").replace("%1", vendor)
            action.setToolTip(why)
            action.setText(f"{action.text()} — {why}")
            missing.append(action)
        shown, rest = actions[:BUTTONS], actions[BUTTONS:] + missing
        if rest:
            menu = QMenu()
            menu.setToolTipsVisible(True)
            menu.addActions(rest)
            more = QAction(self.tr("More"), holder)
            more.setObjectName("moreActions")
            more.setMenu(menu)
            self._bar.append(menu)
            shown.append(more)
        return shown

    def open_record_form(
        self, account: AccountInfo, offer: Offer, model: str, record: dict[str, Any]
    ) -> None:
        if offer.action.startswith("create-") and not offer.fixed:
            offer = Offer(offer.action, offer.fixed, catalog.prefill_from(model, record))
        self.open_form(account, offer)

    def notice_for(self, model: str, record: dict[str, Any]) -> str:
        waiting = [e for e in self.pending if e.target == (model, record.get("id"))]
        if not waiting:
            return ""
        lines = []
        for entry in waiting:
            sch = SCHEMAS.get(entry.action)
            what = texts.action_title(sch.title) if sch else entry.action
            # The record is the one shown: say only what changes (→ the stage, the tag …).
            detail = entry.summary.split(" → ", 1)[1] if " → " in entry.summary else ""
            line = self.tr("Not sent yet: %1").replace("%1", what)
            if detail:
                line += f" → {detail}"
            line += f" ({state_text(entry.status)})"
            if entry.failed and entry.error:
                line += f": {entry.error}"
            lines.append(line)
        return "\n".join(lines)

    # --- forms ---------------------------------------------------------------------------------------
    def open_form(
        self, account: AccountInfo, offer: Offer, *, accounts: list[AccountInfo] | None = None
    ) -> ActionForm:
        form = ActionForm(
            self.conn, self.controller, self.tasks, account, offer, accounts=accounts, parent=self.window
        )
        self.forms.append(form)
        form.submitted.connect(lambda outcome, f=form: self._submitted(f, outcome))
        form.finished.connect(lambda _result, f=form: self._form_closed(f))
        form.open()  # window-modal without a nested event loop (qasync #59)
        return form

    def _form_closed(self, form: ActionForm) -> None:
        def drop(*_: Any) -> None:
            if form in self.forms:
                self.forms.remove(form)
            form.deleteLater()

        if form.pending is not None and not form.pending.done():
            form.pending.add_done_callback(drop)  # a submit still finishing needs its widgets
        else:
            drop()

    def _submitted(self, form: ActionForm, outcome: Outcome) -> None:
        account = form.account
        vendor = self._vendor(account)
        sch = SCHEMAS[form.action]
        title = texts.action_title(sch.title)
        if outcome.status == q.SENT:
            text = self.tr("%1: sent to %2.").replace("%1", title).replace("%2", vendor)
            if outcome.fallback:
                text += " " + self.tr("(%1 kept it on the %2.)").replace("%1", vendor).replace(
                    "%2", outcome.fallback
                )
            if outcome.note:
                text += f" {outcome.note}"
        elif outcome.status == q.QUEUED:
            text = (
                self.tr("%1: saved; it is sent when %2 can be reached (see Pending writes).")
                .replace("%1", title)
                .replace("%2", vendor)
            )
        else:
            text = (
                self.tr("%1: %2 refused it: %3")
                .replace("%1", title)
                .replace("%2", vendor)
                .replace("%3", outcome.error or "")
            )
        self.window.statusBar().showMessage(text.strip(), 15000 if outcome.status != q.FAILED else 30000)
        self._cache_changed()
        if outcome.status == q.SENT:
            self._show_result(form.action, outcome)

    def _show_result(self, action: str, outcome: Outcome) -> None:
        """Show the record a write made or changed (its list and its details)."""
        w = self.window
        if action == "create-candidate" and outcome.ids.get("candidate_id"):
            w.refresh_accounts()
            w.open_record("candidates", outcome.ids["candidate_id"])
        elif action == "create-application" and outcome.ids.get("application_id"):
            w.detail.show_record("applications", outcome.ids["application_id"])
        else:
            w.detail.reload()

    def _cache_changed(self) -> None:
        self.window.refresh_views()
        self.window.detail.reload()
        self.refresh()

    def _sent_in_background(self, outcome: Outcome) -> None:
        if outcome.status == q.SENT:
            sch = SCHEMAS.get(outcome.action)
            title = texts.action_title(sch.title) if sch else outcome.action
            self.window.statusBar().showMessage(
                self.tr("Sent what was waiting: %1.").replace("%1", title), 10000
            )
            self.window.refresh_views()
            self.window.detail.reload()

    def show_pending(self) -> PendingWritesDialog:
        if self.pending_dialog is None:
            names = {a.id: a.name for a in self._accounts().values()}
            self.pending_dialog = PendingWritesDialog(
                self.conn, self.controller, self.tasks, names, parent=self.window
            )
        else:
            self.pending_dialog.account_names = {a.id: a.name for a in self._accounts().values()}
            self.pending_dialog.reload()
        self.pending_dialog.show()
        self.pending_dialog.raise_()
        self.pending_dialog.activateWindow()
        return self.pending_dialog

    # --- pending marks -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the outbox and mark what waits, wherever its records are shown."""
        self.update_global()
        self.window.refresh_outbox()
        self.pending = lookups.pending_entries(self.conn)
        snapshot = [(e.id, e.status, e.attempts, e.error) for e in self.pending]
        if snapshot == self._snapshot:
            return
        self._snapshot = snapshot
        marks: dict[str, dict[str, str]] = {}
        creates: dict[str, list[tuple[int, str, str]]] = {}
        moves: dict[str, str] = {}
        new_cards: list[PendingCreate] = []
        names = {a.id: a.name for a in self._accounts().values()}
        for entry in self.pending:
            sch = SCHEMAS.get(entry.action)
            title = texts.action_title(sch.title) if sch else entry.action
            state = state_text(entry.status)
            if entry.target is not None:
                model, record_id = entry.target
                marks.setdefault(model, {})[record_id] = f"{title} — {state}"
                if entry.action == MOVE and not entry.failed and entry.data.get("stage_id"):
                    moves[record_id] = str(entry.data["stage_id"])
                continue
            tooltip = f"{title} — {state} ({names.get(entry.account_id, '')})"
            if entry.error:
                tooltip += f"\n{entry.error}"
            text = f"{entry.summary} — {state}"
            if isinstance(entry.data.get("candidate"), dict):
                creates.setdefault("candidates", []).append((entry.id, text, tooltip))
            application = entry.data.get("application")
            if isinstance(application, dict):
                creates.setdefault("applications", []).append((entry.id, text, tooltip))
                if application.get("job_id"):
                    name = entry.summary.split(" <")[0].split(" — ")[0]
                    stage = application.get("stage_id")
                    new_cards.append(
                        PendingCreate(
                            entry.id, str(application["job_id"]), str(stage) if stage else None, name, tooltip
                        )
                    )
        for model, view in self.window.lists.items():
            view.set_pending(marks.get(model, {}), creates.get(model, []))
        self.window.pipeline.set_pending_moves(moves)
        self.window.pipeline.set_pending_creates(new_cards)
        self.window.detail.show_notice()

    # --- the pipeline (CardMover) --------------------------------------------------------------------
    def move_support(self, job_id: str) -> str | None:
        account_id = lookups.record_account(self.conn, "jobs", job_id)
        account = self._account(account_id) if account_id else None
        if account is None:
            return self.tr("This job's account is not connected.")
        if not self._supports(account, MOVE):
            return self.tr("%1 does not let other apps move applications between stages.").replace(
                "%1", self._vendor(account)
            )
        return None

    def move_card(self, application_id: str, stage_id: str, previous_stage_id: str | None) -> None:
        account_id = lookups.record_account(self.conn, "applications", application_id)
        account = self._account(account_id) if account_id else None
        if account is None:
            self.window.pipeline.rollback()
            return
        self.tasks.spawn(self._move(account, application_id, stage_id), name=f"move:{application_id}")

    async def _move(self, account: AccountInfo, application_id: str, stage_id: str) -> None:
        board = self.window.pipeline
        data = {"application_id": application_id, "stage_id": stage_id}
        name = queries.title_of(self.conn, "application_stages", stage_id) or stage_id
        problems = await self.controller.check(account, MOVE, data)
        if problems:
            # Something only the user can add (a rejection reason): the form, with the problem shown.
            board.rollback()
            form = self.open_form(
                account, Offer(MOVE, {"application_id": application_id}, {"stage_id": stage_id})
            )
            form.show_problems(problems)
            return
        try:
            outcome = await self.controller.submit(account, MOVE, data, key=q.new_key())
        except Exception as exc:
            board.rollback()
            self.window.statusBar().showMessage(str(exc), 30000)
            return
        vendor = self._vendor(account)
        if outcome.status == q.FAILED:
            board.rollback()
            self.window.statusBar().showMessage(
                self.tr("%1 refused the move: %2 (kept under Pending writes)")
                .replace("%1", vendor)
                .replace("%2", outcome.error or ""),
                30000,
            )
        elif outcome.status == q.QUEUED:
            self.window.statusBar().showMessage(
                self.tr("Moved to %1; sent when %2 can be reached.")
                .replace("%1", name)
                .replace("%2", vendor),
                15000,
            )
        else:
            self.window.statusBar().showMessage(
                self.tr("Moved to %1 in %2. Undo with Ctrl+Z.").replace("%1", name).replace("%2", vendor),
                15000,
            )
        self._cache_changed()
        board.refresh()
