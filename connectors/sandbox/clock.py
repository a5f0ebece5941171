"""The write clock every sandbox stamps its changes with: the real time, never before the seed
data and strictly increasing, so a delta read (``updatedAfter``, ``modificationDate >``) sees every
write even when two land in the same tick.

Vendors keep time in different units on the wire (SmartRecruiters and CareerPlug milliseconds,
Carerix and RECRU seconds, eRecruiter microseconds); the unit is the vendor's, stated where the
clock is made.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Literal

Unit = Literal["s", "ms", "us"]
#: nanoseconds per tick of each unit
_NANOS: dict[str, int] = {"s": 1_000_000_000, "ms": 1_000_000, "us": 1_000}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class WriteClock:
    """Strictly increasing integer times since the Unix epoch, in ``unit``, starting after ``floor``."""

    def __init__(self, floor: int, unit: Unit) -> None:
        self.unit = unit
        self._per_tick = _NANOS[unit]
        self._last = floor
        # Its own lock: the clock is read from every handler thread, and a vendor's other locks guard
        # other things.
        self._lock = threading.Lock()

    def tick(self) -> int:
        """The next write time: now, or one tick after the previous one if that is later."""
        with self._lock:
            self._last = max(time.time_ns() // self._per_tick, self._last + 1)
            return self._last


def micros(moment: datetime) -> int:
    """``moment`` as microseconds since the Unix epoch (the ``us`` clock's floor from a seed date)."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_micros(value: int) -> datetime:
    """The UTC moment ``value`` microseconds after the Unix epoch, exactly (no float rounding)."""
    return _EPOCH + timedelta(microseconds=value)
