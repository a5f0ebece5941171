"""Every sandbox fault on every vendor: the sync completes or fails cleanly with the right advice, and
the next clean sync's export equals a clean one, with no record twice.

A round per vendor and fault: a fresh data folder, the fault switched on in the vendor's sandbox, a
sync (as the CLI runs it), the fault off, a second sync, an export. The export is compared with the
export of a clean sync of the same sandbox. The figures (vendors, faults, syncs completed despite the
fault, clean failures, equal exports, duplicates) are printed in CI's output.

CI runs a short variant: each vendor meets three of the faults, in rotation, so every fault meets
two or three vendors, each mild (about 2 minutes in all); ``FAULTS_FULL=1`` runs every fault, harder, on
every vendor (about 6 minutes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from connectors import registry
from connectors.sandbox.runner import RunningSandbox
from tests.conftest import add_account, read_export, run_cli, start_sandbox
from tests.faults.exports import duplicates, without_times

FULL = os.environ.get("FAULTS_FULL") == "1"
#: The account's share of the vendor's published limit: all of it (a user's setting, up to 100 %), so the
#: seven syncs a vendor's round makes keep to the vendor's pace, not half of it.
SHARE = 100

#: name -> (faults for PUT /_sandbox/faults, whether 429s carry Retry-After)
FAULTS: dict[str, tuple[dict[str, Any], bool]] = {
    "429 burst with Retry-After": ({"burst_429": 12 if FULL else 4}, True),
    "429 burst without Retry-After": ({"burst_429": 12 if FULL else 4}, False),
    "5xx": ({"error_rate": 0.3 if FULL else 0.15, "seed": 7}, True),
    "dropped connections": ({"drop_rate": 0.2 if FULL else 0.1, "seed": 11}, True),
    "truncated bodies": ({"malformed_rate": 0.2 if FULL else 0.1, "seed": 13}, True),
    "latency": ({"latency_ms": 300 if FULL else 40}, True),
    "tokens revoked again and again": ({"revoke_tokens": 3}, True),
}
#: What a clean failure says (the advice the user acts on), by the kind of fault.
ADVICE = ("Try again", "try again", "slow down", "revoked", "unreadable", "Cannot reach", "failed")


def _faults_for(vendor: str) -> dict[str, tuple[dict[str, Any], bool]]:
    if FULL:
        return FAULTS
    names = list(FAULTS)
    start = registry.VENDORS.index(vendor) * 3
    return {names[(start + i) % len(names)]: FAULTS[names[(start + i) % len(names)]] for i in range(3)}


@dataclass
class Figures:
    rounds: int = 0
    completed: int = 0
    failed_cleanly: int = 0
    equal: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"vendor fault campaign ({'full' if FULL else 'CI'}): vendors={len(registry.VENDORS)} "
            f"faults={len(FAULTS)} rounds={self.rounds} completed={self.completed} "
            f"failed_cleanly={self.failed_cleanly} equal={self.equal}/{self.rounds} dup={self.duplicates}"
        )


def _use_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("RECRUITER_COMPANION_HOME", str(home))


def _synced_export(sandbox: RunningSandbox, home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    _use_home(monkeypatch, home)
    add_account(sandbox.vendor, "acme", sandbox, share=SHARE)
    synced = run_cli("sync", "acme")
    assert synced.code == 0, synced.err
    out = home / "export"
    assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
    return read_export(out)


@pytest.fixture(scope="module")
def figures() -> Iterator[Figures]:
    found = Figures()
    yield found
    print(f"\n{found.line()}")
    for problem in found.problems:
        print(f"  {problem}")


@pytest.mark.parametrize("vendor", registry.VENDORS)
def test_every_fault_ends_in_a_clean_sync_equal_to_a_clean_one(
    vendor: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    sandbox = start_sandbox(vendor)
    control = f"{sandbox.base_url}/_sandbox/faults"
    try:
        reference = without_times(_synced_export(sandbox, tmp_path / "clean", monkeypatch))
        assert duplicates(reference) == 0
        for name, (faults, retry_after) in _faults_for(vendor).items():
            figures.rounds += 1
            home = tmp_path / name.replace(" ", "-")
            _use_home(monkeypatch, home)
            add_account(vendor, "acme", sandbox, share=SHARE)
            sandbox.app.send_retry_after = retry_after
            httpx.put(control, json=faults).raise_for_status()
            try:
                faulty = run_cli("sync", "acme")
            finally:
                httpx.delete(control).raise_for_status()
                sandbox.app.send_retry_after = type(sandbox.app).send_retry_after
            where = f"{vendor} / {name}"
            assert "Traceback" not in faulty.err, f"{where}: {faulty.err}"
            if faulty.code == 0:
                figures.completed += 1
            else:
                assert faulty.code in (1, 3, 4), f"{where}: exit {faulty.code}: {faulty.err}"
                assert any(a in faulty.err for a in ADVICE), f"{where}: no advice in {faulty.err!r}"
                figures.failed_cleanly += 1
                figures.problems.append(
                    f"{where}: failed cleanly: {faulty.err.strip().splitlines()[-1][:160]}"
                )
            healed = run_cli("sync", "acme")
            assert healed.code == 0, f"{where}: the clean sync after the fault failed: {healed.err}"
            out = home / "export"
            assert run_cli("export", "--account", "acme", "--out", str(out)).code == 0
            export = read_export(out)
            figures.duplicates += duplicates(export)
            if without_times(export) == reference:
                figures.equal += 1
            else:
                figures.problems.append(f"{where}: the export differs from a clean sync's")
        assert not [p for p in figures.problems if p.startswith(f"{vendor} /") and "differs" in p]
        assert figures.duplicates == 0
    finally:
        sandbox.stop()
