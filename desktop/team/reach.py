"""Whether the team server answers, and when the background outbox round should try it again.

An unreachable server costs a connect timeout (``schema.CONNECT_TIMEOUT``, 8 s) on every try. The
background round runs every 15 s, so without this it would spend most of its time waiting on a server
that is away, and log the loss each time. After a failure the round leaves the server alone for 15 s,
then 30 s, 60 s, … up to ``steps[-1]``; an explicit flush tries at once regardless. The loss is logged
once, and so is the return. Writes keep being saved in this computer's outbox meanwhile; the first
round that reaches the server hands them over.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger("recruiter_companion.team")


@dataclass
class Reachability:
    """The server's last known state for one worker (``TeamSender.reach``)."""

    #: Seconds to leave the server alone after the 1st, 2nd, … failure in a row (the last one repeats).
    steps: tuple[float, ...] = (15.0, 30.0, 60.0, 120.0, 240.0)
    clock: Callable[[], float] = field(default=time.monotonic)
    #: Failed tries in a row (0: the server answered last time, or was never tried).
    failures: int = 0
    #: ``clock()`` time from which the background round may try the server again.
    retry_at: float = 0.0
    down_since: float | None = None

    def due(self) -> bool:
        """May the background round use the server now?"""
        return self.failures == 0 or self.clock() >= self.retry_at

    def wait(self) -> float:
        """Seconds until the background round tries the server again (0: now)."""
        return 0.0 if self.due() else self.retry_at - self.clock()

    def lost(self, why: str) -> None:
        """A try failed: back off further (only for a try that was due: an explicit flush while backing
        off does not lengthen the wait). The first loss is logged; the next ones quietly."""
        now = self.clock()
        if self.failures and now < self.retry_at:
            log.debug("team server still unreachable: %s", why)
            return
        self.failures += 1
        delay = self.steps[min(self.failures, len(self.steps)) - 1]
        self.retry_at = now + delay
        if self.failures == 1:
            self.down_since = now
            log.warning(
                "team server unreachable: %s; writes stay queued on this computer, tried again in %.0f s "
                "(then less and less often)", why, delay,
            )
        else:
            log.debug("team server still unreachable (%d tries): next in %.0f s", self.failures, delay)

    def answered(self) -> None:
        """The server answered: back to trying it every round (logged once, after a loss)."""
        if self.failures == 0:
            return
        away = self.clock() - (self.down_since if self.down_since is not None else self.clock())
        log.info("team server answers again after %.0f s away (%d failed tries)", away, self.failures)
        self.failures, self.retry_at, self.down_since = 0, 0.0, None
