"""Per-credential rate and concurrency limits, as vendors enforce them — counted three ways.

Vendors (and the API gateways in front of them) count "N requests per second" differently, and a
client must converge under each, so every sandbox can count in any of them (``--limit-mode``):

- ``bucket``: a token bucket of size N refilled at N/s; refused requests use no token.
- ``fixed``: at most N accepted requests per fixed window (``[k, k+1)`` seconds); refused ones don't count.
- ``sliding``: at most N requests in any sliding window of one second, and *every* request counts,
  refused ones included: a client that keeps knocking never gets in until it stops for a whole window.

An in-flight counter per credential (plus optional per-route counters: SmartRecruiters allows one
concurrent ``GET /candidates``) gives the concurrency limit, and a route may have its own lower rate
(SmartRecruiters: 2 req/s on job publications and offer documents), counted the same way, under the
credential's. Going over any of them is a 429.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field

LIMIT_MODES: tuple[str, ...] = ("bucket", "fixed", "sliding")
#: ``SandboxApp.rate_limit_header_names`` for a vendor that documents no rate-limit headers: the limits
#: still apply, the answers just don't show the numbers. Shared by several sandboxes: never mutate it.
NO_RATE_LIMIT_HEADERS: dict[str, str | None] = {
    "limit": None,
    "remaining": None,
    "concurrent_limit": None,
    "concurrent_remaining": None,
}


@dataclass(slots=True)
class RateLimitPolicy:
    """``rate`` requests/s (None: unlimited) and ``concurrency`` in flight (None: unlimited), counted
    as ``mode`` (one of ``LIMIT_MODES``) over a ``window`` of seconds."""

    rate: float | None = None
    concurrency: int | None = None
    mode: str = "bucket"
    window: float = 1.0

    def __post_init__(self) -> None:
        if self.mode not in LIMIT_MODES:
            raise ValueError(f"unknown limit mode {self.mode!r}; known: {', '.join(LIMIT_MODES)}")


@dataclass(slots=True)
class Decision:
    """The outcome of :meth:`RateLimiter.acquire`, also what the ``X-RateLimit-*`` headers report."""

    allowed: bool
    limit: float | None
    remaining: int | None
    concurrent_limit: int | None
    concurrent_remaining: int | None
    retry_after: int = 0
    reason: str = ""
    _key: str | None = None
    _route: str | None = None


class _Counter:
    """Counts one credential's (or one credential's route's) requests at ``rate`` per window."""

    __slots__ = ("rate", "mode", "window", "tokens", "stamp", "count", "times")

    def __init__(self, rate: float, mode: str, window: float, now: float) -> None:
        self.rate = rate
        self.mode = mode
        self.window = window
        self.tokens = float(rate)
        self.stamp = now
        self.count = 0
        self.times: deque[float] = deque()

    @property
    def per_window(self) -> int:
        return max(1, int(self.rate * self.window))

    def _settle(self, now: float) -> None:
        if self.mode == "bucket":
            self.tokens = min(float(self.rate), self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
        elif self.mode == "fixed":
            if now >= self.stamp + self.window:
                self.stamp = math.floor(now / self.window) * self.window
                self.count = 0
        else:
            edge = now - self.window
            times = self.times
            while times and times[0] <= edge:
                times.popleft()

    def remaining(self, now: float) -> int:
        self._settle(now)
        if self.mode == "bucket":
            return int(self.tokens)
        if self.mode == "fixed":
            return max(0, self.per_window - self.count)
        return max(0, self.per_window - len(self.times))

    def allows(self, now: float) -> bool:
        self._settle(now)
        if self.mode == "bucket":
            return self.tokens >= 1.0
        if self.mode == "fixed":
            return self.count < self.per_window
        return len(self.times) < self.per_window

    def take(self, now: float) -> None:
        if self.mode == "bucket":
            self.tokens -= 1.0
        elif self.mode == "fixed":
            self.count += 1
        else:
            self.times.append(now)

    def refused(self, now: float) -> None:
        """A refused request: only the sliding window counts it."""
        if self.mode == "sliding":
            self.times.append(now)

    def retry_after(self, now: float) -> int:
        if self.mode == "bucket":
            wait = (1.0 - self.tokens) / self.rate
        elif self.mode == "fixed":
            wait = self.stamp + self.window - now
        else:
            wait = (self.times[0] + self.window - now) if self.times else self.window
        return max(1, math.ceil(wait))


@dataclass(slots=True)
class _Credential:
    counter: _Counter | None
    in_flight: int = 0
    route_in_flight: dict[str, int] = field(default_factory=dict)
    route_counters: dict[str, _Counter] = field(default_factory=dict)


class RateLimiter:
    """Thread-safe limiter keyed by credential."""

    def __init__(self, policy: RateLimitPolicy) -> None:
        self.policy = policy
        self._credentials: dict[str, _Credential] = {}
        self._lock = threading.Lock()

    def configure(self, policy: RateLimitPolicy) -> None:
        with self._lock:
            self.policy = policy
            self._credentials.clear()

    def _credential(self, key: str, now: float) -> _Credential:
        cred = self._credentials.get(key)
        if cred is None:
            policy = self.policy
            counter = _Counter(policy.rate, policy.mode, policy.window, now) if policy.rate else None
            cred = _Credential(counter)
            self._credentials[key] = cred
        return cred

    def _route_counter(self, cred: _Credential, route: str, rate: float, now: float) -> _Counter:
        counter = cred.route_counters.get(route)
        if counter is None:
            counter = _Counter(rate, self.policy.mode, self.policy.window, now)
            cred.route_counters[route] = counter
        return counter

    def acquire(
        self,
        key: str,
        route: str | None = None,
        route_concurrency: int | None = None,
        route_rate: float | None = None,
    ) -> Decision:
        """Try to start a request for credential ``key``; call :meth:`release` with the result.

        ``route_rate`` is the route's own rate (under the credential's); the headers then report it."""
        policy = self.policy
        with self._lock:
            now = time.monotonic()
            cred = self._credential(key, now)
            counters = [c for c in (cred.counter,) if c is not None]
            route_counter = None
            if route_rate and route:
                route_counter = self._route_counter(cred, route, route_rate, now)
                counters.append(route_counter)
            shown = route_counter or cred.counter
            limit = shown.rate if shown else None
            conc = route_concurrency if route_concurrency is not None else policy.concurrency
            in_flight = (
                cred.route_in_flight.get(route, 0) if route_concurrency is not None and route else None
            )
            conc_used = in_flight if in_flight is not None else cred.in_flight
            # Both limits must hold: the route's own and the credential-wide one.
            over_route = conc is not None and conc_used >= conc
            over_global = policy.concurrency is not None and cred.in_flight >= policy.concurrency
            if over_route or over_global:
                for counter in counters:
                    counter.refused(now)
                return Decision(
                    False,
                    limit,
                    shown.remaining(now) if shown else None,
                    conc,
                    0,
                    retry_after=1,
                    reason="concurrency",
                )
            blocking = next((c for c in counters if not c.allows(now)), None)
            if blocking is not None:
                for counter in counters:
                    counter.refused(now)
                return Decision(
                    False,
                    limit,
                    0,
                    conc,
                    (conc - conc_used) if conc is not None else None,
                    retry_after=blocking.retry_after(now),
                    reason="rate",
                )
            for counter in counters:
                counter.take(now)
            cred.in_flight += 1
            if in_flight is not None and route:
                cred.route_in_flight[route] = in_flight + 1
            return Decision(
                True,
                limit,
                shown.remaining(now) if shown else None,
                conc,
                (conc - conc_used - 1) if conc is not None else None,
                _key=key,
                _route=route if in_flight is not None else None,
            )

    def release(self, decision: Decision) -> None:
        if not decision.allowed or decision._key is None:
            return
        with self._lock:
            cred = self._credentials.get(decision._key)
            if cred is None:  # reconfigured while in flight
                return
            cred.in_flight = max(0, cred.in_flight - 1)
            if decision._route is not None:
                cred.route_in_flight[decision._route] = max(
                    0, cred.route_in_flight.get(decision._route, 1) - 1
                )

    def peek(
        self,
        key: str | None,
        route_concurrency: int | None = None,
        route: str | None = None,
        route_rate: float | None = None,
    ) -> Decision:
        """The header values for a response that did not go through :meth:`acquire` (401s, 404s …)."""
        policy = self.policy
        conc = route_concurrency if route_concurrency is not None else policy.concurrency
        with self._lock:
            now = time.monotonic()
            cred = self._credentials.get(key) if key is not None else None
            if cred is None:
                rate = route_rate or policy.rate
                return Decision(True, rate, max(1, int(rate)) if rate else None, conc, conc)
            shown = cred.counter
            if route_rate and route:
                shown = self._route_counter(cred, route, route_rate, now)
            return Decision(
                True,
                shown.rate if shown else None,
                shown.remaining(now) if shown else None,
                conc,
                max(0, conc - cred.in_flight) if conc is not None else None,
            )
