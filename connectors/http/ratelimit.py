"""A per-account limiter that converges: paced requests, concurrency caps, and AIMD on throttling.

Vendors publish limits (SmartRecruiters: 10 req/s, 8 concurrent, 1 concurrent on ``GET /candidates``,
2 req/s on job publications and offer documents); the connector declares them in ``Limits`` and this
keeps us under them instead of collecting 429s. Vendors count differently — a token bucket, a fixed
window, a sliding window that also counts the requests it rejected — so the limiter assumes the worst
of them all:

- Requests are *paced* (one every ``1/rate`` seconds, no initial burst), never bunched: a stalled
  event loop does not catch up with a burst afterwards either.
- It plans below the limit: ``share`` of it (a background sync leaves the rest to the customer's other
  integrations and to interactive writes), and never more than ``HEADROOM`` of it (arrival jitter).
- A throttle answer (429, ``Retry-After``) pauses the *whole account* until the vendor's window has
  cleared (answers to requests sent before the pause belong to the same event), then resumes at half
  the rate and climbs back additively: slowly near the rate that was refused last time. A
  remaining-budget header at 0 pauses the scope it reports on until its window clears.
- Per endpoint group: a lower concurrency (``Limits.groups``) and/or a lower rate (``Limits.group_rates``,
  paced under the account's own rate, with its own AIMD).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

#: Never plan to the vendor's last request per window: arrivals jitter on the way.
HEADROOM = 0.85
#: Lowest rate AIMD falls to, as a fraction of the scope's ceiling.
FLOOR = 0.05
#: Longest single pause without a ``Retry-After`` (seconds, before the window's margin).
MAX_PAUSE = 30.0


@dataclass(frozen=True)
class Limits:
    """What the vendor allows one credential."""

    requests_per_second: float = 10.0
    concurrency: int = 8
    #: Endpoint groups with a lower concurrency (group name -> max in flight).
    groups: Mapping[str, int] = field(default_factory=dict)
    #: Response header announcing the per-window limit, if the vendor sends one.
    limit_header: str | None = None
    #: Endpoint groups with a lower rate (group name -> requests per second), paced under the account's.
    group_rates: Mapping[str, float] = field(default_factory=dict)
    #: Response header with the requests left in the current window, if the vendor sends one.
    remaining_header: str | None = None
    #: The vendor's counting window in seconds (how long a pause must last for it to clear).
    window: float = 1.0


class _Pace:
    """One scope's pacing (the account, or an endpoint group with its own rate) and its AIMD state."""

    __slots__ = ("limit", "share", "rate", "next_at", "refused_at")

    def __init__(self, limit: float, share: float) -> None:
        self.limit = limit
        self.share = share
        self.rate = self.ceiling
        self.next_at = 0.0
        #: The rate a throttle answer refused last; climbing back slows down near it.
        self.refused_at = float("inf")

    @property
    def ceiling(self) -> float:
        return self.limit * self.share * HEADROOM

    def reserve(self, now: float) -> float:
        """The start time of the next request: evenly spaced, missed slots are not made up later."""
        start = self.next_at if self.next_at > now else now
        self.next_at = start + 1.0 / self.rate
        return start

    def decrease(self) -> None:
        self.refused_at = self.rate
        self.rate = max(self.ceiling * FLOOR, self.rate / 2)

    def increase(self) -> None:
        ceiling = self.ceiling
        if self.rate >= ceiling:
            return
        # About ceiling/10 per second of requests (one step per request is step/rate); a tenth of that
        # above 85% of the rate refused last, so the probe that found the limit is not repeated soon.
        step = ceiling / 10 if self.rate < 0.85 * self.refused_at else ceiling / 100
        self.rate = min(ceiling, self.rate + step / self.rate)

    def adopt(self, limit: float) -> None:
        if limit != self.limit:
            self.limit = limit
            self.rate = min(self.rate, self.ceiling) if self.refused_at != float("inf") else self.ceiling


class Ticket:
    """What a request holds between its turn and its answer: which scopes it counted against and the
    throttle epoch it was sent in (an answer from an older epoch belongs to a pause already made)."""

    __slots__ = ("group", "epoch")

    def __init__(self, group: str | None, epoch: int) -> None:
        self.group = group
        self.epoch = epoch


class RateLimiter:
    """Pacing, concurrency and AIMD for one account on one event loop. ``share`` (0–1] is the part of
    the vendor's limits this client may use."""

    def __init__(self, limits: Limits, share: float = 1.0) -> None:
        if not 0 < share <= 1:
            raise ValueError(f"share must be in (0, 1], got {share!r}")
        self.limits = limits
        self.share = share
        self._account = _Pace(limits.requests_per_second, share)
        self._group_pace = {name: _Pace(rate, share) for name, rate in limits.group_rates.items()}
        conc = max(1, int(limits.concurrency * share))
        self.concurrency = conc
        self._overall = asyncio.Semaphore(conc)
        self._groups = {name: asyncio.Semaphore(max(1, min(n, conc))) for name, n in limits.groups.items()}
        self._paused_until = 0.0
        self._epoch = 0
        self._consecutive = 0
        #: Throttle events (pauses after a 429), for tests.
        self.pauses = 0

    @property
    def rate(self) -> float:
        """The account's current pace (requests per second)."""
        return self._account.rate

    # --- taking a turn ------------------------------------------------------------------------
    async def acquire(self, group: str | None = None) -> Ticket:
        """Wait for a concurrency slot (the group's, then the account's) and the request's paced turn."""
        group_sem = self._groups.get(group) if group else None
        if group_sem is not None:
            await group_sem.acquire()
        try:
            await self._overall.acquire()
        except BaseException:
            if group_sem is not None:
                group_sem.release()
            raise
        try:
            return await self._turn(group)
        except BaseException:
            self._release(group)
            raise

    def release(self, ticket: Ticket) -> None:
        self._release(ticket.group)

    def _release(self, group: str | None) -> None:
        self._overall.release()
        group_sem = self._groups.get(group) if group else None
        if group_sem is not None:
            group_sem.release()

    async def _turn(self, group: str | None) -> Ticket:
        group_pace = self._group_pace.get(group) if group else None
        monotonic = time.monotonic
        sleep = asyncio.sleep
        while True:
            now = monotonic()
            if self._paused_until > now:
                await sleep(self._paused_until - now)
                continue
            if group_pace is not None:
                start = group_pace.reserve(now)
                if start > now:
                    await sleep(start - now)
                    now = monotonic()
                    if self._paused_until > now:
                        continue  # paused while waiting: take a new turn after the pause
            start = self._account.reserve(now)
            if start > now:
                await sleep(start - now)
                if self._paused_until > monotonic():
                    continue
            return Ticket(group, self._epoch)

    # --- what the vendor said -------------------------------------------------------------------
    def succeeded(self, ticket: Ticket) -> None:
        """An answer that was not a throttle: the scopes climb back towards their ceilings."""
        if ticket.epoch == self._epoch:
            self._consecutive = 0
        self._account.increase()
        group_pace = self._group_pace.get(ticket.group) if ticket.group else None
        if group_pace is not None:
            group_pace.increase()

    def throttled(self, ticket: Ticket, retry_after: float | None) -> None:
        """A throttle answer: pause the whole account until the vendor's window has cleared, then resume
        at half the rate. Answers to requests sent before the current pause add nothing to it."""
        now = time.monotonic()
        if ticket.epoch != self._epoch:
            return
        self._epoch += 1
        self._consecutive += 1
        self.pauses += 1
        group_pace = self._group_pace.get(ticket.group) if ticket.group else None
        (group_pace or self._account).decrease()
        window = self.limits.window
        if retry_after is not None:
            # The vendor said how long; the whole account is quiet meanwhile, so that is enough.
            pause = retry_after + window * 0.1
        else:
            pause = min(MAX_PAUSE, window * 2 ** (self._consecutive - 1)) + window * 0.1
        self._pause(now, pause)

    def observe(self, headers: Mapping[str, str], group: str | None = None) -> None:
        """Follow what the vendor announces on any answer: its limit (for the group that has its own
        rate, else the account) and a remaining budget of 0 (pause that scope until its window clears)."""
        limits = self.limits
        if limits.limit_header is None and limits.remaining_header is None:
            return
        pace = (self._group_pace.get(group) if group else None) or self._account
        if limits.limit_header:
            announced = _number(headers.get(limits.limit_header))
            if announced and announced > 0:
                pace.adopt(announced)
        if limits.remaining_header:
            remaining = _number(headers.get(limits.remaining_header))
            if remaining is not None and remaining <= 0:
                now = time.monotonic()
                if pace is self._account:
                    self._pause(now, limits.window * 1.1)
                else:
                    pace.next_at = max(pace.next_at, now + limits.window * 1.1)

    def _pause(self, now: float, seconds: float) -> None:
        until = now + seconds
        if until <= self._paused_until:
            return
        self._paused_until = until
        # Whoever holds a turn reserved before the pause is behind it now.
        self._account.next_at = max(self._account.next_at, until)
        for pace in self._group_pace.values():
            pace.next_at = max(pace.next_at, until)


def _number(raw: str | None) -> float | None:
    if raw is None:
        return None
    try:
        return float(raw)
    except ValueError:
        return None
