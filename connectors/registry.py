"""The vendors the app knows: the one list, and where each vendor's connector and sandbox live.

A vendor is one package holding ``connector.py`` (``CONNECTOR``) and ``sandbox.py`` (``create_app``).
The app's own vendors live in ``connectors/<name>/`` and are named in ``VENDORS``: adding one is adding
its package and one name to that tuple. Every other vendor (a test's fake vendor, a plugin) is
registered at run time with :func:`register`, which the list itself goes through too; nothing else in
the app (sandbox runner, CLI, desktop) keeps a list of its own, they all ask here.
"""

from __future__ import annotations

import importlib

from connectors.base import Connector

#: The app's own vendors, in the order the demo starts them: the one list.
VENDORS: tuple[str, ...] = ("smartrecruiters", "careerplug", "carerix", "erecruiter", "recru")

#: vendor name -> its package (``connectors.<name>`` for the list's, any importable package otherwise).
_PACKAGES: dict[str, str] = {}


def register(vendor: str, package: str | None = None) -> None:
    """Make ``vendor`` known, its connector and sandbox in ``package`` (default ``connectors.<vendor>``).

    Registering the same name to the same package again is harmless; to another package it is a
    ``ValueError`` (two vendors would answer to one name)."""
    name = vendor.lower().strip()
    if not name or not name.replace("_", "").isalnum():
        raise ValueError(f"A vendor name is letters, digits and underscores, got {vendor!r}.")
    where = package or f"connectors.{name}"
    known = _PACKAGES.get(name)
    if known is not None and known != where:
        raise ValueError(f"Vendor {name!r} is registered already, from {known}.")
    _PACKAGES[name] = where


def unregister(vendor: str) -> None:
    """Forget a vendor registered at run time (a test's fake vendor); the list's own stay."""
    name = vendor.lower().strip()
    if name in VENDORS:
        raise ValueError(f"{name!r} is one of the app's own vendors (registry.VENDORS); it stays.")
    _PACKAGES.pop(name, None)


def names() -> list[str]:
    """Every known vendor in registration order: the list's first, then those registered later."""
    return list(_PACKAGES)


def vendors() -> list[str]:
    """Every known vendor, sorted by name (pickers, help texts)."""
    return sorted(_PACKAGES)


def package(vendor: str) -> str:
    """The package of a known vendor; a clear ValueError for an unknown name."""
    name = vendor.lower().strip()
    where = _PACKAGES.get(name)
    if where is None:
        raise ValueError(f"Unknown vendor {vendor!r}. Known vendors: {', '.join(vendors())}.")
    return where


def connector_module(vendor: str) -> str:
    return f"{package(vendor)}.connector"


def sandbox_module(vendor: str) -> str:
    return f"{package(vendor)}.sandbox"


def get(vendor: str) -> Connector:
    """The connector for ``vendor``; a clear ValueError for an unknown name."""
    return importlib.import_module(connector_module(vendor)).CONNECTOR  # type: ignore[no-any-return]


for _vendor in VENDORS:
    register(_vendor)
