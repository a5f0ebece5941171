"""The vendors the app knows, by their short name."""

from __future__ import annotations

import importlib

from connectors.base import Connector

#: vendor name -> module exposing ``CONNECTOR``.
_MODULES: dict[str, str] = {
    "smartrecruiters": "connectors.smartrecruiters.connector",
    "careerplug": "connectors.careerplug.connector",
    "carerix": "connectors.carerix.connector",
    "erecruiter": "connectors.erecruiter.connector",
    "recru": "connectors.recru.connector",
}


def vendors() -> list[str]:
    return sorted(_MODULES)


def get(vendor: str) -> Connector:
    """The connector for ``vendor``; a clear ValueError for an unknown name."""
    module = _MODULES.get(vendor.lower().strip())
    if module is None:
        raise ValueError(f"Unknown vendor {vendor!r}. Known vendors: {', '.join(vendors())}.")
    return importlib.import_module(module).CONNECTOR  # type: ignore[no-any-return]
