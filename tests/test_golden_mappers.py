"""Each mapper against a recorded vendor payload (``tests/golden/<vendor>/*.json``): a pure function
test, no sandbox. A golden file holds the payload's ``source`` (the vendor document its shape comes
from, with a tag), the ``mapper`` it feeds, the ``payload`` and the unified records ``expected``.

A changed mapping fails here first; after checking the new records by eye, rewrite the expectations
with ``UPDATE_GOLDEN=1 pytest tests/test_golden_mappers.py``.
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from connectors.base import MapContext

GOLDEN = Path(__file__).with_name("golden")
FILES = sorted(GOLDEN.glob("*/*.json"))


def _function(spec: str) -> Any:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _records(golden: dict[str, Any]) -> list[dict[str, Any]]:
    payload = golden["payload"]
    if golden.get("decode"):
        payload = _function(golden["decode"])(payload.encode("utf-8"))
    args = golden.get("args") or []
    recs = list(_function(golden["mapper"])(payload, *args, MapContext("acc_golden")))
    return [
        json.loads(json.dumps({"model": r.model, "key": r.key, "fields": r.fields}, default=str))
        for r in recs
    ]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_the_mapper_turns_the_vendor_payload_into_the_recorded_records(path: Path) -> None:
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert golden.get("source"), f"{path}: every golden payload names its source"
    got = _records(golden)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden["expected"] = got
        path.write_text(json.dumps(golden, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == golden.get("expected"), f"{path}: the mapping changed; see the module docstring"


def test_every_vendor_has_golden_payloads() -> None:
    from connectors import registry

    have = {p.parent.name for p in FILES}
    missing = [v for v in registry.VENDORS if v not in have]
    assert not missing, f"no golden payloads for {missing}: record some (tests/golden/<vendor>/)"
