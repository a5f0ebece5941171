"""The one vendor list: every vendor named there has everything a vendor needs."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from connectors import registry
from connectors.sandbox import runner
from desktop.ui.demo import demo_vendors

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("vendor", registry.VENDORS)
def test_every_vendor_has_a_connector_a_sandbox_a_guide_and_its_facts(vendor: str) -> None:
    connector = registry.get(vendor)
    assert connector.guide.connection, f"{vendor}: the account dialog's guide is empty"
    sandbox = importlib.import_module(registry.sandbox_module(vendor))
    assert callable(sandbox.create_app), f"{vendor}: the sandbox has no create_app"
    assert (ROOT / "connectors" / vendor / "VENDOR.md").is_file(), f"{vendor}: VENDOR.md is missing"


def test_the_sandbox_runner_and_the_demo_read_the_same_list() -> None:
    assert registry.names()[: len(registry.VENDORS)] == list(registry.VENDORS)
    assert demo_vendors() == registry.names()
    with pytest.raises(ValueError, match="unknown sandbox vendor 'workday'"):
        runner.create_app("workday")


def test_a_vendor_registered_at_run_time_is_known_until_unregistered() -> None:
    registry.register("acme_ats", "tests.fake_vendor")
    try:
        assert "acme_ats" in registry.vendors()
        assert registry.sandbox_module("acme_ats") == "tests.fake_vendor.sandbox"
        with pytest.raises(ValueError, match="registered already"):
            registry.register("acme_ats", "elsewhere")
    finally:
        registry.unregister("acme_ats")
    assert "acme_ats" not in registry.vendors()
    with pytest.raises(ValueError, match="app's own vendors"):
        registry.unregister("careerplug")


def test_an_unknown_vendor_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="Known vendors: careerplug"):
        registry.get("workday")
