"""The vendors the app knows: the one list, and where each vendor's connector and sandbox live.

A vendor is one package, ``connectors/<name>/``, holding ``connector.py`` (``CONNECTOR``) and
``sandbox.py`` (``create_app``); adding a vendor is adding its package and one name to ``VENDORS``.
"""

from __future__ import annotations

import importlib

from connectors.base import Connector

#: Every vendor, in the order the demo starts them.
VENDORS: tuple[str, ...] = ("smartrecruiters", "careerplug", "carerix", "erecruiter", "recru")


def vendors() -> list[str]:
    return sorted(VENDORS)


def connector_module(vendor: str) -> str:
    return f"connectors.{vendor}.connector"


def sandbox_module(vendor: str) -> str:
    return f"connectors.{vendor}.sandbox"


def get(vendor: str) -> Connector:
    """The connector for ``vendor``; a clear ValueError for an unknown name."""
    name = vendor.lower().strip()
    if name not in VENDORS:
        raise ValueError(f"Unknown vendor {vendor!r}. Known vendors: {', '.join(vendors())}.")
    return importlib.import_module(connector_module(name)).CONNECTOR  # type: ignore[no-any-return]
