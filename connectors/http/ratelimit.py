"""A per-account limiter: requests per second plus concurrency, overall and per endpoint group.

Vendors publish limits (SmartRecruiters: 10 req/s, 8 concurrent, 1 concurrent on ``GET /candidates``);
the connector declares them and this keeps us under them instead of collecting 429s. When the
vendor announces a different per-second limit in a header, ``adopt`` follows it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """What the vendor allows one credential."""

    requests_per_second: float = 10.0
    concurrency: int = 8
    #: Endpoint groups with a lower concurrency (group name -> max in flight).
    groups: Mapping[str, int] = field(default_factory=dict)
    #: Response header announcing the per-second limit, if the vendor sends one.
    limit_header: str | None = None


class RateLimiter:
    """Token bucket for the rate, semaphores for concurrency. One per account and event loop."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._rate = limits.requests_per_second
        self._tokens = max(1.0, self._rate)
        self._updated = time.monotonic()
        self._lock = asyncio.Lock()
        self._overall = asyncio.Semaphore(limits.concurrency)
        self._groups = {name: asyncio.Semaphore(n) for name, n in limits.groups.items()}

    @property
    def rate(self) -> float:
        return self._rate

    def adopt(self, headers: Mapping[str, str]) -> None:
        """Follow the per-second limit the vendor announces (never above what it says)."""
        if not self.limits.limit_header:
            return
        raw = headers.get(self.limits.limit_header)
        try:
            announced = float(raw) if raw is not None else None
        except ValueError:
            announced = None
        if announced and announced > 0 and announced != self._rate:
            self._rate = announced

    async def _take_token(self) -> None:
        async with self._lock:
            while True:
                now = time.monotonic()
                self._tokens = min(max(1.0, self._rate), self._tokens + (now - self._updated) * self._rate)
                self._updated = now
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    return
                await asyncio.sleep((1.0 - self._tokens) / self._rate)

    @asynccontextmanager
    async def slot(self, group: str | None = None) -> AsyncIterator[None]:
        """Hold a concurrency slot (and the group's) for one request, after taking a rate token."""
        group_sem = self._groups.get(group) if group else None
        if group_sem is not None:
            await group_sem.acquire()
        try:
            async with self._overall:
                await self._take_token()
                yield
        finally:
            if group_sem is not None:
                group_sem.release()
