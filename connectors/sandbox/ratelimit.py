"""Per-credential rate and concurrency limits, as vendors enforce them.

A token bucket per credential gives "N requests per second" (bucket size N, refilled at N/s), and
an in-flight counter per credential (plus optional per-route counters: SmartRecruiters allows one
concurrent ``GET /candidates``) gives the concurrency limit. Going over either is a 429; refused
requests use no token, so a client that backs off recovers at the documented pace.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field


@dataclass(slots=True)
class RateLimitPolicy:
    """``rate`` requests/s (None: unlimited) and ``concurrency`` in flight (None: unlimited)."""

    rate: float | None = None
    concurrency: int | None = None


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


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float
    in_flight: int = 0
    route_in_flight: dict[str, int] = field(default_factory=dict)


class RateLimiter:
    """Thread-safe limiter keyed by credential."""

    def __init__(self, policy: RateLimitPolicy) -> None:
        self.policy = policy
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def configure(self, policy: RateLimitPolicy) -> None:
        with self._lock:
            self.policy = policy
            self._buckets.clear()

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        rate = self.policy.rate
        if bucket is None:
            bucket = _Bucket(tokens=float(rate or 0), stamp=now)
            self._buckets[key] = bucket
        elif rate:
            bucket.tokens = min(float(rate), bucket.tokens + (now - bucket.stamp) * rate)
            bucket.stamp = now
        return bucket

    def acquire(self, key: str, route: str | None = None, route_concurrency: int | None = None) -> Decision:
        """Try to start a request for credential ``key``; call :meth:`release` with the result."""
        policy = self.policy
        rate = policy.rate
        with self._lock:
            now = time.monotonic()
            bucket = self._bucket(key, now)
            conc = route_concurrency if route_concurrency is not None else policy.concurrency
            in_flight = (
                bucket.route_in_flight.get(route, 0) if route_concurrency is not None and route else None
            )
            conc_used = in_flight if in_flight is not None else bucket.in_flight
            # Both limits must hold: the route's own and the credential-wide one.
            over_route = conc is not None and conc_used >= conc
            over_global = policy.concurrency is not None and bucket.in_flight >= policy.concurrency
            if over_route or over_global:
                return Decision(
                    False,
                    rate,
                    int(bucket.tokens) if rate else None,
                    conc,
                    0,
                    retry_after=1,
                    reason="concurrency",
                )
            if rate:
                if bucket.tokens < 1.0:
                    wait = (1.0 - bucket.tokens) / rate
                    return Decision(
                        False,
                        rate,
                        0,
                        conc,
                        (conc - conc_used) if conc is not None else None,
                        retry_after=max(1, math.ceil(wait)),
                        reason="rate",
                    )
                bucket.tokens -= 1.0
            bucket.in_flight += 1
            if in_flight is not None and route:
                bucket.route_in_flight[route] = in_flight + 1
            return Decision(
                True,
                rate,
                int(bucket.tokens) if rate else None,
                conc,
                (conc - conc_used - 1) if conc is not None else None,
                _key=key,
                _route=route if in_flight is not None else None,
            )

    def release(self, decision: Decision) -> None:
        if not decision.allowed or decision._key is None:
            return
        with self._lock:
            bucket = self._buckets.get(decision._key)
            if bucket is None:  # reconfigured while in flight
                return
            bucket.in_flight = max(0, bucket.in_flight - 1)
            if decision._route is not None:
                bucket.route_in_flight[decision._route] = max(
                    0, bucket.route_in_flight.get(decision._route, 1) - 1
                )

    def peek(self, key: str | None, route_concurrency: int | None = None) -> Decision:
        """The header values for a response that did not go through :meth:`acquire` (401s, 404s …)."""
        policy = self.policy
        rate = policy.rate
        conc = route_concurrency if route_concurrency is not None else policy.concurrency
        with self._lock:
            bucket = self._buckets.get(key) if key is not None else None
            if bucket is None:
                return Decision(True, rate, int(rate) if rate else None, conc, conc)
            self._bucket(key or "", time.monotonic())
            used = bucket.in_flight
            return Decision(
                True,
                rate,
                int(bucket.tokens) if rate else None,
                conc,
                max(0, conc - used) if conc is not None else None,
            )
