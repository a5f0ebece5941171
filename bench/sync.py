"""Full-sync throughput against the SmartRecruiters sandbox, and its ratio to merely downloading.

Starts ``recruiter-companion sandbox serve`` in its own process (so the server does not share our
GIL), then in one run:
  1. downloads every page and sub-request a full sync makes, and throws the answers away;
  2. runs a real full sync into a fresh cache (mapping, change detection, SQLite writes).
Prints records/s for both and the ratio (target ≥ 0.6). Absolute figures drift between runs and
machines; the ratio within one run is the figure to quote.

    .venv/bin/python bench/sync.py --size large     # ≥100k candidates, 200k applications: minutes
    .venv/bin/python bench/sync.py --size small     # a quick check

``--compare-encryption`` instead runs the full sync into a plain cache and into an encrypted one
(SQLCipher, desktop/cache/crypt.py), alternating, ``--rounds`` times each, and prints the times and
the ratio encrypted/plain of their medians (target <= 1.3, issue 15). Needs a keyring (run it inside
tools/with-keyring.sh); without one both caches would be plain and it says so.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from sandbox_process import serve

from connectors import registry
from connectors.base import AnyStream, StaticStream
from connectors.base.reader import enrich_item, stream_pages


def start_sandbox(size: str, candidates: int | None = None) -> tuple[subprocess.Popen[str], dict[str, str]]:
    more = ["--candidates", str(candidates)] if candidates else []
    proc, ready = serve("smartrecruiters", "--size", size, "--rate-limit", "1000000", *more)
    return proc, ready["account"]


async def download_only(account: dict[str, str]) -> tuple[int, int]:
    """The same requests a full sync makes, answers discarded. Returns (items, pages)."""
    connector = registry.get("smartrecruiters")
    client = connector.client(account)
    items_total = pages = 0
    try:

        async def one(stream: AnyStream) -> None:
            nonlocal items_total, pages
            if isinstance(stream, StaticStream):
                return
            async for items, _state in stream_pages(client, stream):
                if stream.enrich:
                    enrich = stream.enrich
                    await asyncio.gather(*(enrich_item(client, enrich, i) for i in items))
                items_total += len(items)
                pages += 1

        await asyncio.gather(*(one(s) for s in connector.streams))
    finally:
        await client.aclose()
    return items_total, pages


async def full_sync(
    account: dict[str, str], *, encrypt: bool = True, keep: bool = True
) -> tuple[int, dict[str, int]]:
    """A full sync into a new cache; ``keep=False`` removes it (and its key) afterwards."""
    from desktop.cache import crypt
    from desktop.core import Core

    # A new folder each time: its own profile, so a plain run never finds a key made by another.
    folder = Path(tempfile.mkdtemp(prefix="rc-bench-"))
    core = Core.open(folder / "cache.sqlite3", encrypt=encrypt)
    try:
        info = core.accounts.add("smartrecruiters", f"bench-{os.getpid()}", account)
        report = await core.sync.sync(info, core.accounts.credentials(info), full=True)
        if not report.ok:
            raise SystemExit(f"sync failed: {[r.error for r in report.streams if r.error]}")
        per_model = report.per_model()
        return sum(per_model.values()), per_model
    finally:
        core.close()
        if not keep:
            crypt.delete_key(folder)
            shutil.rmtree(folder, ignore_errors=True)


def compare_encryption(account: dict[str, str], rounds: int) -> None:
    """Plain and encrypted full syncs side by side in one run (alternating, so drift hits both)."""
    from desktop.secrets import keyring_usable

    if not keyring_usable():
        raise SystemExit("no usable keyring: the cache would stay plain both times (run inside with-keyring)")
    times: dict[bool, list[float]] = {False: [], True: []}
    records = 0
    for round_ in range(rounds):
        for encrypt in (False, True) if round_ % 2 == 0 else (True, False):
            t0 = time.monotonic()
            records, _ = asyncio.run(full_sync(account, encrypt=encrypt, keep=False))
            seconds = time.monotonic() - t0
            times[encrypt].append(seconds)
            label = "encrypted" if encrypt else "plain    "
            print(
                f"full sync {label}: {seconds:8.1f}s  {records} records  ({records / seconds:,.0f}/s)",
                flush=True,
            )
    plain, encrypted = statistics.median(times[False]), statistics.median(times[True])
    print(f"median plain     : {plain:8.1f}s over {rounds} runs")
    print(f"median encrypted : {encrypted:8.1f}s over {rounds} runs")
    ratio = encrypted / plain
    print(f"ratio encrypted/plain : {ratio:.2f}  (target <= 1.3: {'ok' if ratio <= 1.3 else 'OVER'})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", default="large", choices=["tiny", "small", "large"])
    parser.add_argument("--compare-encryption", action="store_true", help="plain vs encrypted cache")
    parser.add_argument("--rounds", type=int, default=2, help="syncs of each kind with --compare-encryption")
    parser.add_argument("--candidates", type=int, help="the sandbox's candidates instead of the size's")
    args = parser.parse_args()
    os.environ.setdefault("RECRUITER_COMPANION_HOME", tempfile.mkdtemp(prefix="rc-bench-home-"))
    started = time.monotonic()
    proc, account = start_sandbox(args.size, args.candidates)
    print(f"sandbox ({args.size}) ready in {time.monotonic() - started:.1f}s", flush=True)
    if args.compare_encryption:
        try:
            compare_encryption(account, args.rounds)
        finally:
            proc.terminate()
            proc.wait()
        return
    try:
        t0 = time.monotonic()
        items, pages = asyncio.run(download_only(account))
        download_s = time.monotonic() - t0
        print(
            f"download only : {download_s:8.1f}s  {items} list items in {pages} pages (+ their sub-requests)",
            flush=True,
        )
        t0 = time.monotonic()
        records, per_model = asyncio.run(full_sync(account))
        sync_s = time.monotonic() - t0
    finally:
        proc.terminate()
        proc.wait()
    print(f"full sync     : {sync_s:8.1f}s  {records} unified records")
    for model, n in sorted(per_model.items()):
        print(f"    {model:<28}{n:>9}")
    print(f"full-sync throughput : {records / sync_s:,.0f} records/s")
    print(f"download throughput  : {records / download_s:,.0f} records/s (same records, same requests)")
    print(f"ratio sync/download  : {download_s / sync_s:.2f}  (target >= 0.6)")


if __name__ == "__main__":
    main()
