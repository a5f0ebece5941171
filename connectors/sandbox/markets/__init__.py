"""The four markets of the sandboxes' seeded people, matching the vendors' home markets (one module
each, built from :mod:`connectors.sandbox.markets.base`): ``MARKETS`` by code, ``MARKET_CODES`` in order.
"""

from __future__ import annotations

from connectors.sandbox.markets import de, nl, pl, us
from connectors.sandbox.markets.base import Market, Place

MARKET_CODES: tuple[str, ...] = ("en-US", "de-DE", "nl-NL", "pl-PL")
MARKETS: dict[str, Market] = {m.code: m for m in (us.MARKET, de.MARKET, nl.MARKET, pl.MARKET)}

__all__ = ["MARKETS", "MARKET_CODES", "Market", "Place"]
