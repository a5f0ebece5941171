"""Our sync against dlt's ``rest_api`` source and against plain httpx, on the same sandbox pages.

Starts a SmartRecruiters sandbox (limits lifted: ``--rate-limit 1000000``; its concurrency limits stay:
8 in flight, 1 on ``GET /candidates``) in its own process, picks an ``updatedAfter`` mark so that about
``--candidates`` candidates and ``--jobs`` jobs are newer, and then, in one run, makes the same requests
three ways — every list page of jobs and candidates changed after the mark, each job's detail and status
history, each candidate's detail:

1. plain httpx: one ``AsyncClient``, 8 requests in flight, answers decoded and dropped;
2. ours: the real ``SyncEngine`` into a real cache (mapping, change detection, SQLite writes), through
   the SmartRecruiters connector with only those streams and sub-requests, the account's share at 100 %;
   as the app runs it (progressive, encrypted cache), into an unencrypted cache (dlt's is plain SQLite),
   and reading details with each page (``RUNS``);
3. dlt: a ``rest_api`` source with the same resources (transformers for the sub-requests) run by a
   pipeline into SQLite (``dlt[sqlalchemy]``, the optional ``bench`` extra).

Every side runs ``--rounds`` times (default 3), in turn; each run prints its seconds and requests (as the
sandbox counted them), and the ratios are of each side's median; targets: ours ≥ 2× dlt and ≥ 0.9×
plain httpx. Absolute figures drift with the machine's load; quote the ratios of one run.

    .venv/bin/pip install -e '.[bench]'        # or: .venv/bin/pip install 'dlt[sqlalchemy]'
    .venv/bin/python bench/vs_dlt.py                            # about 1000 jobs, 2000 candidates
    .venv/bin/python bench/vs_dlt.py --size small --candidates 150 --jobs 15    # a quick check
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sandbox_process import ROOT, serve

# This checkout's engine, not whichever one the environment's editable install points at.
sys.path.insert(0, str(ROOT))

from connectors.base import Stream  # noqa: E402
from connectors.smartrecruiters import connector as sr  # noqa: E402

CONCURRENCY = 8  # SmartRecruiters' own (VENDOR.md "Conventions"); the sandbox enforces it
# Our engine three ways: (name, progressive, encrypted cache). "ours" is the sync as the app runs it for
# SmartRecruiters: progressive (lists stored bare first, details after, so each record is written twice)
# into the encrypted cache (SQLCipher: every page written is encrypted). dlt writes plain SQLite, so the
# like-for-like figure is the same sync into an unencrypted cache; the last reads details with each page.
RUNS = (
    ("ours", True, True),
    ("ours, unencrypted cache", True, False),
    ("ours, details with each page", False, True),
)


def start_sandbox(size: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc, ready = serve("smartrecruiters", "--size", size, "--rate-limit", "1000000")
    return proc, ready["account"]


def _mark(control: httpx.Client, collection: str, newest: int) -> str:
    """An ``updatedAfter`` value leaving about ``newest`` records of ``collection`` after it."""
    stamps = sorted(
        r.get("updatedOn") or ""
        for r in control.get(f"/records/{collection}", params={"limit": 10**7}).json()["records"]
    )
    if newest >= len(stamps):
        return "2000-01-01T00:00:00.000Z"
    return stamps[-newest - 1]


def _stats(control: httpx.Client, reset: bool = False) -> dict[str, Any]:
    stats = dict(control.get("/requests").json())
    if reset:
        control.delete("/requests")
    return stats


# --- 1. plain httpx ------------------------------------------------------------------------------
async def plain_httpx(account: dict[str, str], marks: dict[str, str]) -> int:
    sem = asyncio.Semaphore(CONCURRENCY)
    decoded = 0
    async with httpx.AsyncClient(
        base_url=account["base_url"],
        headers={"X-SmartToken": account["api_key"], "Accept": "application/json"},
        limits=httpx.Limits(max_connections=CONCURRENCY + 2, max_keepalive_connections=CONCURRENCY + 2),
        timeout=60,
    ) as client:

        async def get(path: str, params: dict[str, Any] | None = None) -> Any:
            nonlocal decoded
            async with sem:
                response = await client.get(path, params=params)
            response.raise_for_status()
            decoded += 1
            return json.loads(response.content)

        async def listing(path: str, subs: tuple[str, ...]) -> None:
            params: dict[str, Any] = {"limit": 100, "updatedAfter": marks[path]}
            while True:
                page = await get(path, params)
                items = page.get("content") or []
                await asyncio.gather(*(get(sub.format(id=i["id"])) for i in items for sub in subs))
                if not page.get("nextPageId") or not items:
                    return
                params = {**params, "pageId": page["nextPageId"]}

        await asyncio.gather(
            listing("/jobs", ("/jobs/{id}", "/jobs/{id}/status/history")),
            listing("/candidates", ("/candidates/{id}",)),
        )
    return decoded


# --- 2. ours ----------------------------------------------------------------------------------------
def bench_connector(marks: dict[str, str], progressive: bool = True) -> Any:
    """The SmartRecruiters connector with only the benchmarked streams and sub-requests; ``progressive``
    False reads the details with each page (one write per record instead of a bare one, then the full)."""
    jobs = dataclasses.replace(
        sr.JOBS,
        params={"updatedAfter": marks["/jobs"]},
        enrich=tuple(s for s in sr.JOBS.enrich if s.key in ("detail", "status_history")),
        progressive=progressive and sr.JOBS.progressive,
    )
    candidates = dataclasses.replace(
        sr.CANDIDATES,
        params={"updatedAfter": marks["/candidates"]},
        enrich=tuple(s for s in sr.CANDIDATES.enrich if s.key == "detail"),
        progressive=progressive and sr.CANDIDATES.progressive,
    )
    streams: tuple[Stream, ...] = (jobs, candidates)
    return dataclasses.replace(sr.CONNECTOR, streams=streams)


async def ours(
    account: dict[str, str], marks: dict[str, str], home: Path, progressive: bool = True, encrypt: bool = True
) -> dict[str, int]:
    from desktop.core import Core

    original = sr.CONNECTOR
    # registry.get("smartrecruiters") answers the module's CONNECTOR
    sr.CONNECTOR = bench_connector(marks, progressive)
    core = Core.open(home / f"cache-{int(progressive)}{int(encrypt)}.sqlite3", encrypt=encrypt)
    try:
        info = core.accounts.add("smartrecruiters", f"bench-{os.getpid()}", account, {"share": 100})
        report = await core.sync.sync(info, core.accounts.credentials(info), full=True)
        if not report.ok:
            raise SystemExit(f"sync failed: {[r.error for r in report.streams if r.error]}")
        return report.per_model()
    finally:
        core.close()
        sr.CONNECTOR = original


# --- 3. dlt ------------------------------------------------------------------------------------------
def dlt_rest_api(account: dict[str, str], marks: dict[str, str], home: Path) -> Any:
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    os.environ.setdefault("RUNTIME__LOG_LEVEL", "WARNING")
    import dlt
    from dlt.sources.rest_api import rest_api_source

    single: dict[str, Any] = {"paginator": "single_page"}
    config: Any = (  # dlt's RESTAPIConfig, as plain data
        {
            "client": {
                "base_url": account["base_url"] + "/",
                "headers": {"X-SmartToken": account["api_key"], "Accept": "application/json"},
                "paginator": {"type": "cursor", "cursor_path": "nextPageId", "cursor_param": "pageId"},
            },
            "resource_defaults": {"write_disposition": "replace", "endpoint": {"data_selector": "content"}},
            "resources": [
                {
                    "name": "jobs",
                    "endpoint": {"path": "jobs", "params": {"limit": 100, "updatedAfter": marks["/jobs"]}},
                },
                {
                    "name": "job_details",
                    "endpoint": {"path": "jobs/{resources.jobs.id}", "data_selector": "$", **single},
                },
                {
                    "name": "job_status_history",
                    "endpoint": {"path": "jobs/{resources.jobs.id}/status/history", **single},
                },
                {
                    "name": "candidates",
                    "endpoint": {
                        "path": "candidates",
                        "params": {"limit": 100, "updatedAfter": marks["/candidates"]},
                    },
                },
                {
                    "name": "candidate_details",
                    "endpoint": {
                        "path": "candidates/{resources.candidates.id}",
                        "data_selector": "$",
                        **single,
                    },
                },
            ],
        }
    )
    source = rest_api_source(config)
    pipeline = dlt.pipeline(
        pipeline_name=f"vs_dlt_{os.getpid()}",
        pipelines_dir=str(home / "dlt"),
        destination=dlt.destinations.sqlalchemy(credentials=f"sqlite:///{home / 'dlt.sqlite3'}"),
        dataset_name="main",
    )
    return pipeline.run(source)


def _round(
    control: httpx.Client, account: dict[str, str], marks: dict[str, str], home: Path, args: Any
) -> dict[str, float]:
    """Every side once, in turn, each checked against the sandbox's count of requests; seconds by side."""
    home.mkdir(parents=True)
    print(f"-- {home.name}", flush=True)
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    asyncio.run(plain_httpx(account, marks))
    timings["plain httpx"] = time.monotonic() - t0
    requests = _stats(control, reset=True)["total"]
    print(f"plain httpx : {timings['plain httpx']:7.2f}s  {requests} requests", flush=True)
    for name, progressive, encrypt in RUNS:
        t0 = time.monotonic()
        per_model = asyncio.run(ours(account, marks, home, progressive, encrypt))
        timings[name] = time.monotonic() - t0
        requests = _stats(control, reset=True)["total"]
        print(
            f"{name:<12}: {timings[name]:7.2f}s  {requests} requests, "
            f"{sum(per_model.values())} unified records into SQLite",
            flush=True,
        )
    if not args.skip_dlt:
        t0 = time.monotonic()
        dlt_rest_api(account, marks, home)
        timings["dlt"] = time.monotonic() - t0
        requests = _stats(control, reset=True)["total"]
        print(f"dlt rest_api: {timings['dlt']:7.2f}s  {requests} requests", flush=True)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", default="large", choices=["tiny", "small", "large"])
    parser.add_argument("--candidates", type=int, default=2000, help="about this many candidates are read")
    parser.add_argument("--jobs", type=int, default=1000, help="about this many jobs are read")
    parser.add_argument("--skip-dlt", action="store_true", help="only plain httpx and ours")
    parser.add_argument("--rounds", type=int, default=3, help="every side this many times, in turn")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="rc-vs-dlt-"))
    os.environ.setdefault("RECRUITER_COMPANION_HOME", str(home / "home"))
    started = time.monotonic()
    proc, account = start_sandbox(args.size)
    print(f"sandbox ({args.size}) ready in {time.monotonic() - started:.1f}s", flush=True)
    timings: dict[str, list[float]] = {}
    try:
        with httpx.Client(base_url=f"{account['base_url']}/_sandbox", timeout=120) as control:
            marks = {
                "/jobs": _mark(control, "jobs", args.jobs),
                "/candidates": _mark(control, "candidates", args.candidates),
            }
            # Warm-up, untimed: each side once on a few records, so what a process does once (imports,
            # first keyring use, lazily built parts on both sides) falls on no timed run. Without it the
            # first of our runs (as the app runs it) paid about 0.5-2.5 s of that, dlt its own.
            few = {"/jobs": _mark(control, "jobs", 20), "/candidates": _mark(control, "candidates", 20)}
            asyncio.run(ours(account, few, home / "warm-up"))
            if not args.skip_dlt:
                dlt_rest_api(account, few, home / "warm-up")
            _stats(control, reset=True)
            for n in range(1, args.rounds + 1):
                for name, seconds in _round(control, account, marks, home / f"round-{n}", args).items():
                    timings.setdefault(name, []).append(seconds)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(home, ignore_errors=True)  # about 100 MB per round
    # Each side's median over the rounds: one slow moment of a busy machine moves a single run by 10-20 %.
    median = {name: statistics.median(values) for name, values in timings.items()}
    if args.rounds > 1:
        print(f"medians of {args.rounds} rounds: " + ", ".join(f"{k} {v:.2f}s" for k, v in median.items()))
    for name, _progressive, _encrypt in RUNS:
        print(f"{name} vs plain httpx : {median['plain httpx'] / median[name]:.2f}x  (target >= 0.9)")
        if "dlt" in median:
            print(f"{name} vs dlt rest_api: {median['dlt'] / median[name]:.2f}x  (target >= 2)")


if __name__ == "__main__":
    main()
