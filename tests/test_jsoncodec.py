"""The sync's JSON codec (orjson) writes and reads exactly what the standard library did: stored hashes
compare texts, so a different spelling of the same record would rewrite every record once after an
upgrade, and a different value (a large id read as a float) would be a wrong record."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.http import jsoncodec
from tests.conftest import add_account, lifted_limits, start_sandbox

COMPACT = {"ensure_ascii": False, "separators": (",", ":")}
CHECK = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plain_float(x: float) -> bool:
    # The documented difference: below 1e-4 the standard library writes an exponent, orjson does not.
    return x == 0 or abs(x) >= 1e-4


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: orjson refuses them, the standard library writes them
    | st.floats(allow_nan=False, allow_infinity=False).filter(_plain_float)
    | st.text()  # lone surrogates too
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=6),
    max_leaves=40,
)


@CHECK
@given(VALUES)
def test_written_text_is_the_standard_librarys(value: Any) -> None:
    assert jsoncodec.compact(value) == json.dumps(value, **COMPACT)
    assert jsoncodec.compact_str(value) == json.dumps(value, **COMPACT, default=str)
    assert jsoncodec.sorted_str(value) == json.dumps(value, **COMPACT, sort_keys=True, default=str)


@CHECK
@given(VALUES, st.sampled_from([None, 2]), st.booleans())
def test_read_values_are_the_standard_librarys(value: Any, indent: int | None, ascii_only: bool) -> None:
    body = json.dumps(value, indent=indent, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    expected = json.loads(body)
    got = jsoncodec.loads(body)
    assert got == expected
    assert json.dumps(got) == json.dumps(expected)  # the same types: an int stays an int


@pytest.mark.parametrize(
    "body",
    [
        b'{"id": 18446744073709551616}',  # 2**64: orjson would read a float
        b'{"id": -9223372036854775809}',  # below -2**63
        b"[123456789012345678901234567890]",
        b'{"phone": "00491234567890123456789"}',  # digits in a string: the slower reader, same value
        b'\xef\xbb\xbf{"a": 1}',  # a byte-order mark
        b'{"score": NaN}',
        b'"\\ud800"',  # an escaped lone surrogate
    ],
)
def test_what_orjson_would_read_otherwise_reads_as_before(body: bytes) -> None:
    got, expected = jsoncodec.loads(body), json.loads(body)
    assert repr(got) == repr(expected)


@pytest.mark.parametrize("body", [b"{", b"[1,]", b"{'a': 1}", b"\xff\xfe"])
def test_bad_json_fails_in_the_standard_librarys_words(body: bytes) -> None:
    with pytest.raises(ValueError) as ours:
        jsoncodec.loads(body)
    with pytest.raises(ValueError) as theirs:
        json.loads(body)
    assert str(ours.value) == str(theirs.value)


def test_values_without_a_json_type() -> None:
    @dataclasses.dataclass
    class Seen:
        at: int

    moment = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)
    value = {"b": moment, "a": dt.date(2026, 12, 7), "c": Seen(1), 1: "int key"}
    # default=str renders them as str() does (a space in the datetime), not in orjson's own way
    assert jsoncodec.sorted_str({"b": moment, "a": Seen(1)}) == json.dumps(
        {"b": moment, "a": Seen(1)}, **COMPACT, sort_keys=True, default=str
    )
    assert jsoncodec.compact_str(value) == json.dumps(value, **COMPACT, default=str)
    with pytest.raises(TypeError):
        jsoncodec.compact({"at": moment})  # as json.dumps without default


def test_documented_differences() -> None:
    # Only spellings, never values: the text reads back to the same value.
    assert jsoncodec.compact(1e-05) == "0.00001" and json.loads(jsoncodec.compact(1e-05)) == 1e-05
    assert jsoncodec.compact([math.nan]) == "[null]"  # NaN is not JSON


def test_a_cache_the_standard_library_wrote_is_synced_again_without_one_record_rewritten(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade this codec came with: a cache synced before it, every detail read again after it."""
    from desktop.cache import crypt
    from desktop.cli.common import open_core

    sandbox = start_sandbox("smartrecruiters", size="small")
    try:
        add_account("smartrecruiters", "acme", sandbox)

        def sync(refresh: bool) -> Any:
            core = open_core()
            try:
                account = core.accounts.get("acme")
                credentials = core.accounts.credentials(account)
                run = core.sync.sync(
                    account, credentials, full=True, refresh_details=refresh, limits=lifted_limits()
                )
                return asyncio.run(run)
            finally:
                core.close()

        def stored() -> tuple[list[Any], list[Any]]:
            with crypt.connect(app_home / "cache.sqlite3") as conn:
                states = conn.execute(
                    "SELECT id, mapped_hash, full_hash, changed_at FROM record_state ORDER BY id"
                ).fetchall()
                stamps = conn.execute("SELECT key, stamp, enriched_stamp FROM enrich_items ORDER BY key")
                return states, stamps.fetchall()

        with monkeypatch.context() as before:
            before.setattr(jsoncodec, "loads", json.loads)
            before.setattr(jsoncodec, "compact", jsoncodec._COMPACT.encode)
            before.setattr(jsoncodec, "compact_str", jsoncodec._COMPACT_STR.encode)
            before.setattr(jsoncodec, "sorted_str", jsoncodec._SORTED_STR.encode)
            assert sync(refresh=False).ok
        written = stored()
        assert len(written[0]) > 500 and written[1]
        again = sync(refresh=True)  # every detail read, mapped, hashed and compared again
        assert again.ok and sum(s.enriched for s in again.streams) > 0
        assert sum(s.counts.changed for s in again.streams) == 0
        assert stored() == written
    finally:
        sandbox.stop()
