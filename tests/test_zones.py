"""Vendor time zones keep their daylight-saving rules on a computer without a zone database."""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from connectors.unified.zones import MissingZoneData, vendor_zone

VENDOR_ZONES = ["Europe/Amsterdam", "Europe/Berlin", "Europe/Warsaw", "America/Chicago"]


@pytest.fixture
def no_system_zone_database() -> Iterator[None]:
    """As on Windows: no /usr/share/zoneinfo, only what the tzdata package ships."""
    zoneinfo.reset_tzpath(to=[])
    vendor_zone.cache_clear()
    zoneinfo.ZoneInfo.clear_cache()
    try:
        yield
    finally:
        zoneinfo.reset_tzpath()
        vendor_zone.cache_clear()
        zoneinfo.ZoneInfo.clear_cache()


@pytest.mark.parametrize("name", VENDOR_ZONES)
def test_summer_and_winter_offsets_differ_without_the_system_database(
    no_system_zone_database: None, name: str
) -> None:
    zone = vendor_zone(name)
    summer = datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset()
    winter = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    assert summer is not None and winter is not None
    assert summer - winter == timedelta(hours=1)


def test_an_unknown_zone_names_the_missing_package(no_system_zone_database: None) -> None:
    with pytest.raises(MissingZoneData, match="tzdata"):
        vendor_zone("Europe/Nowhere")


def test_carerix_reads_a_summer_time_as_two_hours_ahead_of_utc() -> None:
    from connectors.carerix.mapping import AMSTERDAM

    local = datetime(2026, 7, 1, 14, 0, tzinfo=AMSTERDAM)
    assert local.utcoffset() is not None and local.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]
