"""``integration_fields`` is always an array, as in Kombo's schema: ``[]`` when a vendor has none, for
every vendor, in the cache, in a record read for the detail pane and in the export, also for a cache
written before this was guaranteed."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors import registry
from connectors.unified.model import MODELS, array_columns
from desktop import queries
from desktop.cache import crypt
from tests.conftest import add_account, read_export, run_cli, start_sandbox, sync_account

WITH_ARRAYS = sorted(m for m in MODELS if array_columns(m))


def test_the_unified_model_marks_kombos_required_lists() -> None:
    assert WITH_ARRAYS == ["applications", "candidates", "jobs", "offers"]
    assert {c for m in WITH_ARRAYS for c in array_columns(m)} == {"integration_fields"}


@pytest.mark.parametrize("vendor", registry.vendors())
def test_every_vendor_exports_integration_fields_as_an_array(
    app_home: Path, tmp_path: Path, vendor: str
) -> None:
    sandbox = start_sandbox(vendor)
    try:
        sync_account(add_account(vendor, "acme", sandbox, share=100))
    finally:
        sandbox.stop()
    cache = app_home / "cache.sqlite3"
    with crypt.connect(cache) as conn:
        for model in WITH_ARRAYS:
            nulls = conn.execute(
                f'SELECT count(*) FROM "{model}" WHERE integration_fields IS NULL'
            ).fetchone()
            assert nulls == (0,), f"{vendor} {model}"
    out = tmp_path / "export"
    assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
    data = read_export(out)
    assert any(data[m] for m in WITH_ARRAYS)
    for model in WITH_ARRAYS:
        assert all(isinstance(row["integration_fields"], list) for row in data[model]), f"{vendor} {model}"


def test_a_cache_holding_nulls_from_before_reads_and_exports_arrays(
    app_home: Path, tmp_path: Path, sr_account: str
) -> None:
    sync_account(sr_account)
    cache = app_home / "cache.sqlite3"
    with crypt.connect(cache) as conn:
        for model in WITH_ARRAYS:
            conn.execute(f'UPDATE "{model}" SET integration_fields = NULL')
        candidate = conn.execute("SELECT id FROM candidates LIMIT 1").fetchone()[0]
        record = queries.record(conn, "candidates", candidate)
    assert record is not None and record["integration_fields"] == []
    out = tmp_path / "export"
    assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
    data = read_export(out)
    assert data["candidates"] and all(row["integration_fields"] == [] for row in data["candidates"])
    assert all(isinstance(row["integration_fields"], list) for m in WITH_ARRAYS for row in data[m])
