"""Status bar parts: one progress row per syncing account (with cancel), offline, pending writes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QVBoxLayout, QWidget

from desktop.ui.sync_controller import SyncRun
from desktop.ui.theme import accent


class AccountSyncWidget(QWidget):
    """ "acme: candidates · 1,234 records · at most 50 % of the rate limit [=====   ] ✕"; a progressive
    sync names its step (lists, then details with the time left)."""

    cancelRequested = Signal(str)

    def __init__(self, run: SyncRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_id = run.account.id
        self.setObjectName(f"sync_{run.account.id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Sync progress of %1").replace("%1", run.account.name))
        layout.addWidget(self.bar)
        self.cancel = QToolButton()
        self.cancel.setText("✕")
        self.cancel.setAutoRaise(True)
        self.cancel.setToolTip(self.tr("Cancel this sync; the next one resumes where it stopped"))
        self.cancel.setAccessibleName(self.tr("Cancel sync of %1").replace("%1", run.account.name))
        self.cancel.clicked.connect(lambda: self.cancelRequested.emit(self.account_id))
        layout.addWidget(self.cancel)
        self.update_run(run)

    def update_run(self, run: SyncRun) -> None:
        what = run.current.replace("_", " ") if run.current else self.tr("starting")
        if run.progressive and run.phase == 2:
            # Details: every record is browsable already; the bar counts the records whose details are read.
            done, total = run.details_done, run.details_total
            self.bar.setMaximum(max(1, total))
            self.bar.setValue(done)
            left = run.seconds_left
            text = (
                self.tr("%1: step 2 of 2, details · %2 of %3")
                .replace("%1", run.account.name)
                .replace("%2", f"{done:,}")
                .replace("%3", f"{total:,}")
            )
            if left is not None:
                text += " · " + self.tr("about %1 left").replace("%1", format_duration(left))
            self.label.setText(text + self._share(run))
            self.setToolTip(
                self.tr("Every record is listed and searchable; their details are read now, newest first.")
            )
            return
        self.bar.setMaximum(max(1, run.streams_total))
        self.bar.setValue(run.streams_done + len(run.listed))
        if run.progressive:
            self.label.setText(self._counted(self.tr("%1: step 1 of 2, lists · %2 · %3 records"), run, what))
            self.setToolTip(self.tr("Lists first, so every record is browsable soon; details follow."))
            return
        self.label.setText(self._counted(self.tr("%1: %2 · %3 records"), run, what))

    def _counted(self, template: str, run: SyncRun, what: str) -> str:
        """``template`` filled with the account (%1), what is read (%2) and the records so far (%3)."""
        filled = template.replace("%1", run.account.name).replace("%2", what)
        return filled.replace("%3", f"{run.records:,}") + self._share(run)

    def _share(self, run: SyncRun) -> str:
        """The good citizen's share a background sync keeps to (the account's setting)."""
        return " · " + self.tr("at most %1 % of the rate limit").replace("%1", str(run.account.share_percent))


def format_duration(seconds: float) -> str:
    """A rough time left: "40 s", "3 min", "1 h 20 min"."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return QCoreApplication.translate("status", "%1 s").replace("%1", str(max(1, round(seconds / 5) * 5)))
    minutes = round(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("status", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("status", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )


class IndicatorLabel(QLabel):
    """A small status word with a colour, e.g. "Offline" or "3 pending writes"."""

    def set_state(self, text: str, colour: str | None, tooltip: str = "") -> None:
        self.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(tooltip)
        self.setStyleSheet(
            f"color: {accent(colour).name()}; padding: 0 6px;" if colour else "padding: 0 6px;"
        )
        self.setVisible(bool(text))


class StatusArea(QObject):
    """The permanent part of the status bar: a progress row per syncing account, pending writes,
    offline, and the demo badge."""

    cancelRequested = Signal(str)

    def __init__(self, bar: QStatusBar, *, demo: bool) -> None:
        super().__init__(bar)
        bar.setAccessibleName(self.tr("Status"))
        self.sync_area = QWidget()
        self.sync_area.setObjectName("syncArea")
        self.sync_layout = QVBoxLayout(self.sync_area)
        self.sync_layout.setContentsMargins(0, 0, 0, 0)
        self.sync_layout.setSpacing(0)
        self.sync_widgets: dict[str, AccountSyncWidget] = {}
        self.team_labels: dict[str, IndicatorLabel] = {}
        bar.addPermanentWidget(self.sync_area)
        self.pending_label = IndicatorLabel()
        self.pending_label.setObjectName("pendingWrites")
        self.pending_label.setAccessibleName(self.tr("Pending writes"))
        bar.addPermanentWidget(self.pending_label)
        self.offline_label = IndicatorLabel()
        self.offline_label.setObjectName("offlineIndicator")
        self.offline_label.setAccessibleName(self.tr("Network state"))
        bar.addPermanentWidget(self.offline_label)
        self.pending_label.set_state("", None)
        self.offline_label.set_state("", None)
        if demo:
            badge = IndicatorLabel()
            badge.setObjectName("demoBadge")
            badge.set_state(
                self.tr("Demo"), "info", self.tr("Demo mode: built-in sandboxes, nothing is real")
            )
            bar.addPermanentWidget(badge)

    # --- syncs -----------------------------------------------------------------------------------
    def sync_started(self, run: SyncRun) -> None:
        widget = AccountSyncWidget(run)
        widget.cancelRequested.connect(self.cancelRequested)
        self.sync_widgets[run.account.id] = widget
        self.sync_layout.addWidget(widget)

    def sync_progressed(self, run: SyncRun) -> None:
        widget = self.sync_widgets.get(run.account.id)
        if widget is not None:
            widget.update_run(run)

    def sync_finished(self, account_id: str) -> None:
        widget = self.sync_widgets.pop(account_id, None)
        if widget is not None:
            self.sync_layout.removeWidget(widget)
            widget.deleteLater()

    def team_busy(self, account_id: str, text: str | None) -> None:
        """Another member syncs this account: "acme: Synced by anna@laptop, 62 %" (None: no longer)."""
        label = self.team_labels.get(account_id)
        if text is None:
            if label is not None:
                del self.team_labels[account_id]
                self.sync_layout.removeWidget(label)
                label.deleteLater()
            return
        if label is None:
            label = self.team_labels[account_id] = IndicatorLabel()
            label.setObjectName(f"teamBusy_{account_id}")
            self.sync_layout.addWidget(label)
        tip = self.tr("Another member of the team syncs this account; this computer pulls what it publishes.")
        label.set_state(text, "info", tip)

    # --- offline and outbox ------------------------------------------------------------------------
    def set_offline(self, offline: bool) -> None:
        if offline:
            self.offline_label.set_state(
                self.tr("Offline"), "warn", self.tr("No network: browsing the cache; syncs and writes wait.")
            )
        else:
            self.offline_label.set_state("", None)

    def set_outbox(self, pending: int, failed: int) -> None:
        parts, tips = [], []
        if pending:
            parts.append(self.tr("%n pending write(s)", "", pending))
            tips.append(self.tr("Changes waiting to be sent to the ATS."))
        if failed:
            parts.append(self.tr("%n failed write(s)", "", failed))
            tips.append(self.tr("Changes the ATS refused: open them to fix and resend."))
        state = "error" if failed else ("warn" if pending else None)
        self.pending_label.set_state(" · ".join(parts), state, " ".join(tips))
