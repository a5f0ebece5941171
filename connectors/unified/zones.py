"""Vendor time zones, resolved once and the same way everywhere.

Several vendors send local wall-clock times without an offset (Carerix, RECRU, eRecruiter, CareerPlug's
sandbox account). Reading or sending those needs the zone's daylight-saving rules, so a zone must never
quietly become a fixed offset: that is an hour wrong half the year. The operating system's zone database
is used where it exists; elsewhere (Windows has none) the ``tzdata`` package, a dependency of ours, serves
the same data.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class MissingZoneData(RuntimeError):
    """The zone database has no entry for a vendor's zone: an install without ``tzdata``."""


@cache
def vendor_zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (e.g. ``Europe/Amsterdam``) with its daylight-saving rules."""
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as exc:
        raise MissingZoneData(
            f"The time zone {name} is unknown on this computer: the 'tzdata' package is missing from "
            "this install. Reinstall Recruiter Companion (or `pip install tzdata`)."
        ) from exc
