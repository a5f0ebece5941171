"""What a market of the sandboxes' seeded people is made of (:class:`Market`, :class:`Place`) and the
small helpers the market modules build their pools with."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Place:
    """A city with the fields ATS location objects use."""

    city: str
    region: str
    region_code: str
    country: str
    country_code: str  # ISO 3166-1 alpha-2, lower case as SmartRecruiters sends it
    postal_code: str
    lat: float
    lng: float
    market: str


@dataclass(frozen=True, slots=True)
class Market:
    """Name, place and company pools for one market."""

    code: str
    language: str
    country: str
    country_code: str
    currency: str
    first_names_female: tuple[str, ...]
    first_names_male: tuple[str, ...]
    last_names: tuple[str, ...]
    places: tuple[Place, ...]
    streets: tuple[str, ...]
    companies: tuple[str, ...]
    email_domains: tuple[str, ...]
    universities: tuple[str, ...]
    phone: Callable[[random.Random], str]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def places(
    market: str, country: str, cc: str, rows: Sequence[tuple[str, str, str, str, float, float]]
) -> tuple[Place, ...]:
    return tuple(Place(c, r, rc, country, cc, pc, lat, lng, market) for c, r, rc, pc, lat, lng in rows)
