"""Each mapper and paginator against recorded vendor payloads (``tests/golden/<vendor>/*.json``): pure
function tests, no sandbox. A mapper's golden file holds the payload's ``source`` (the vendor document
its shape comes from, with a tag), the ``mapper`` it feeds, the ``payload`` and the unified records
``expected``.

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
#: ``paging*.json`` pin a paginator, every other file a mapper.
PAGING = sorted(GOLDEN.glob("*/paging*.json"))
FILES = sorted(set(GOLDEN.glob("*/*.json")) - set(PAGING))


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


def _states(golden: dict[str, Any]) -> list[Any]:
    """The page states a read walks through: the first, then the one after each recorded page."""
    if golden.get("stream"):
        stream = _function(golden["stream"])
        paginator, records = stream.paginator, stream.records
    else:
        paginator = _function(golden["paginator"])(**golden.get("kwargs", {}))
        records = _function(golden["records"]) if golden.get("records") else None
    decode = _function(golden["decode"]) if golden.get("decode") else None
    state = paginator.first()
    states = [state]
    for page in golden["pages"]:
        body = decode(page.encode("utf-8")) if decode else page
        items = records(body) if records else body
        state = paginator.next(state, body, list(items))
        states.append(state)
    return json.loads(json.dumps(states))


@pytest.mark.parametrize("path", PAGING, ids=[f"{p.parent.name}/{p.stem}" for p in PAGING])
def test_the_paginator_walks_the_recorded_pages_and_stops(path: Path) -> None:
    """A ``paging*.json`` holds a read's recorded pages (``pages``) and the page states expected before
    each request, ending with ``null``: the read stops after the last recorded page, not before."""
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert golden.get("source"), f"{path}: every golden payload names its source"
    states = _states(golden)
    assert states == golden["expected"], f"{path}: the paging changed"
    assert states[-1] is None and None not in states[:-1], f"{path}: the read must end exactly there"


def test_every_vendor_has_golden_payloads() -> None:
    from connectors import registry

    for kind, files in (("mapper", FILES), ("paging", PAGING)):
        have = {p.parent.name for p in files}
        missing = [v for v in registry.VENDORS if v not in have]
        assert not missing, f"no {kind} golden payloads for {missing}: record some (tests/golden/<vendor>/)"
