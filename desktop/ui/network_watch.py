"""Whether this computer is online, from Qt's network-information backend (NetworkManager, connman
on Linux; the platform's own elsewhere), as one signal the window turns into its offline indicator.

Where no backend loads (a container, a system without NetworkManager) the watch stays silent: the
app then learns about the network from its own requests failing, as before.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger("recruiter_companion.ui")


class NetworkWatch(QObject):
    #: True when the network went away (or only the local network is left), False when it is back
    offlineChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.info: QNetworkInformation | None = None
        try:
            if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
                self.info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the indicator stays off
            log.info("no network-information backend; offline indicator disabled")
        if self.info is not None:
            self.info.reachabilityChanged.connect(self._reachability)

    def offline(self) -> bool | None:
        """Offline now, as far as the backend knows; None without a backend."""
        return None if self.info is None else self._is_offline(self.info.reachability())

    @staticmethod
    def _is_offline(reachability: QNetworkInformation.Reachability) -> bool:
        return reachability in (
            QNetworkInformation.Reachability.Disconnected,
            QNetworkInformation.Reachability.Local,
        )

    def _reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        self.offlineChanged.emit(self._is_offline(reachability))
