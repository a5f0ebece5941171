"""Property-based fuzzing (Hypothesis) of what comes from outside: write-action inputs, account
settings, and vendor responses against every vendor's mappers. No input may end in a traceback;
every refusal names its field.

CI runs a modest number of examples per property; ``FUZZ_EXAMPLES=2000`` runs a longer campaign.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors import registry
from connectors.base import MapContext, Stream
from connectors.base.actions import SCHEMAS
from connectors.base.reader import map_items
from connectors.base.validation import validate
from desktop.accounts import AccountError, Accounts
from desktop.cache.db import open_engine
from desktop.ui.demo import MemorySecrets

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parents[2]


def _keys_the_mappers_read() -> list[str]:
    """Every key a mapping module looks up, so generated payloads hit real code paths."""
    found: set[str] = set()
    for vendor in registry.VENDORS:
        for path in (ROOT / "connectors" / vendor).glob("*.py"):
            if "sandbox" in path.name:
                continue
            found.update(re.findall(r"""(?:\.get\(|\[)["']([A-Za-z_][\w.]*)["']""", path.read_text()))
    return sorted(found)


KEYS = _keys_the_mappers_read()
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
ODD_TEXT = st.sampled_from(
    ["", " ", "\x00", "2026-13-45T99:99:99Z", "1e309", "-1", "[]", "{}", "null", "ü" * 3]
)
VALUES = st.recursive(
    SCALARS | ODD_TEXT,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=25,
)
ITEMS = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=12) | VALUES

MAPPED_STREAMS = [
    (vendor, stream)
    for vendor in registry.VENDORS
    for stream in registry.get(vendor).streams
    if isinstance(stream, Stream)
]


@pytest.mark.parametrize(
    ("vendor", "stream"), MAPPED_STREAMS, ids=[f"{v}:{s.name}" for v, s in MAPPED_STREAMS]
)
@FUZZ
@given(items=st.lists(ITEMS, min_size=1, max_size=4))
def test_vendor_responses_are_mapped_or_skipped_never_a_traceback(
    vendor: str, stream: Stream, items: list[Any]
) -> None:
    records, skipped = map_items(stream, items, MapContext("acc_fuzz"))
    for rec in records:
        json.dumps(rec.fields, default=str)  # what would be stored must be storable
        assert isinstance(rec.key, str) and rec.key, f"{vendor}:{stream.name}: a record without a key"
    assert all(isinstance(s, str) for s in skipped)


ACTIONS = sorted(SCHEMAS)
SPECS = [(vendor, action) for vendor in registry.VENDORS for action in ACTIONS]


def _field_paths(action: str) -> list[str]:
    return [f.path.replace("[]", "") for f in SCHEMAS[action].fields]


def _nest(paths: list[str], values: list[Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path, value in zip(paths, values, strict=False):
        node = data
        *parents, leaf = path.split(".")
        for part in parents:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[leaf] = value
    return data


@pytest.mark.parametrize("action", ACTIONS)
@FUZZ
@given(data=st.data())
def test_action_inputs_are_refused_by_field_never_a_traceback(action: str, data: st.DataObject) -> None:
    paths = _field_paths(action)
    chosen = data.draw(st.lists(st.sampled_from(paths), max_size=len(paths), unique=True))
    values = data.draw(st.lists(VALUES, min_size=len(chosen), max_size=len(chosen)))
    payload: Any = data.draw(st.just(_nest(chosen, values)) | VALUES)
    for vendor in registry.VENDORS:
        spec = registry.get(vendor).actions.get(action)
        problems = validate(action, payload, spec, {}, vendor=vendor)
        for problem in problems:
            assert problem.message, f"{vendor} {action}: a refusal without a message"
            if isinstance(payload, dict):
                assert problem.path, f"{vendor} {action}: a refusal that names no field: {problem.message}"


@pytest.fixture(scope="module")
def accounts(tmp_path_factory: pytest.TempPathFactory) -> Accounts:
    engine = open_engine(tmp_path_factory.mktemp("fuzz") / "cache.sqlite3")
    return Accounts(engine, MemorySecrets())


@pytest.mark.parametrize("vendor", registry.VENDORS)
@FUZZ
@given(
    settings_=st.dictionaries(
        st.text(max_size=12)
        | st.sampled_from(
            ["api_key", "base_url", "client_id", "client_secret", "username", "password", "token"]
        ),
        VALUES,
        max_size=6,
    )
)
def test_account_settings_are_refused_by_name_never_a_traceback(
    accounts: Accounts, vendor: str, settings_: dict[str, Any]
) -> None:
    name = f"fuzz-{abs(hash(json.dumps(settings_, default=str, sort_keys=True)))}"
    try:
        account = accounts.add(vendor, name, settings_)
    except AccountError as exc:
        assert str(exc).strip(), "a refusal without a message"
        return
    accounts.remove(account.name)
