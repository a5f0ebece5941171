"""Sync under the vendors' real limits: how soon candidates are browsable, how many requests, how polite.

For every vendor (or those named) and every size, this starts the vendor's sandbox in its own
process with the vendor's published limit on (vendors that publish none get the limit our connector
assumes, marked ``*``), adds an account through the CLI as a user would, and runs:

1. a first sync, while a reader polls the cache for the candidates and the sandbox's request counter
   once a second: time until every candidate is browsable (in the cache), time until complete,
   requests per candidate, the peak share of the vendor's limit (busiest 5 s), 429s received;
2. a re-sync with nothing changed: requests per candidate, and where the vendor's per-candidate routes
   are known (``PER_CANDIDATE``) how many of them went to list pages and how many to the rest;
3. a re-sync after 1 % of candidates changed at the vendor (through the sandbox's control API):
   requests per candidate, and the extra requests per changed candidate.

    .venv/bin/python bench/realistic.py                                   # 1,000 and 10,000, bucket
    .venv/bin/python bench/realistic.py --vendors smartrecruiters --candidates 1000 --limit-mode sliding
    .venv/bin/python bench/realistic.py --budget 600    # stop a first sync after 10 minutes

A first sync that is not complete within ``--budget`` seconds is stopped: the row then says how far
it got, and the re-sync columns are left empty. Figures drift between runs; compare within one run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sandbox_process import serve

from connectors import registry
from desktop.cache import crypt
from desktop.cache.db import open_reader
from desktop.cache.health import DamagedCache

#: The sandbox collection that holds the vendor's candidates, and a field a recruiter's edit changes.
CANDIDATE_COLLECTION: dict[str, tuple[str, str]] = {
    "smartrecruiters": ("candidates", "lastName"),
    "careerplug": ("apps", "app.lastname"),
    "carerix": ("CREmployee", "lastName"),
    "erecruiter": ("applicants", "LastName"),
    "recru": ("jobseekers", "lastName"),
}

#: A part of the sandbox's route names that only reads of one candidate have: every other route of a
#: quiet re-sync counts as a list page (eRecruiter's job lists and each job's open applications).
PER_CANDIDATE: dict[str, str] = {
    "erecruiter": "{applicantId}",
}


@dataclass
class Row:
    vendor: str
    candidates: int
    mode: str
    limit: float
    assumed: bool
    browsable_s: float | None = None
    complete_s: float | None = None
    first_requests: int = 0
    peak_share: float = 0.0
    throttled: int = 0
    first_error: str | None = None
    resync_requests: int | None = None
    #: A quiet re-sync's requests for list pages and for the rest (vendors in ``PER_CANDIDATE``).
    resync_split: tuple[int, int] | None = None
    changed_requests: int | None = None
    changed: int = 0
    notes: list[str] = field(default_factory=list)


def cli(*args: str, env: dict[str, str], stdin: str | None = None, timeout: float | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    if done.returncode not in (0, 4):  # 4: a stream failed; the report says which
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def start_sandbox(vendor: str, candidates: int, mode: str) -> tuple[Any, dict[str, Any]]:
    return serve(vendor, "--size", "small", "--candidates", str(candidates), "--limit-mode", mode)


#: Seconds over which the peak share of the vendor's limit is measured.
WINDOW = 5.0


class Watch(threading.Thread):
    """Polls the cache and the sandbox's counters once a second while a sync runs."""

    def __init__(self, cache: Path, control: httpx.Client, limit: float) -> None:
        super().__init__(daemon=True)
        self.cache, self.control, self.limit = cache, control, limit
        self.started = time.monotonic()
        #: (seconds since start, candidates in the cache)
        self.samples: list[tuple[float, int]] = []
        self.peak = 0.0
        self._halt = threading.Event()

    def browsable_after(self, expected: int) -> float | None:
        """When the cache first held ``expected`` candidates (every one browsable and searchable)."""
        return next((t for t, n in self.samples if n >= expected), None)

    def _candidates(self) -> int:
        if not self.cache.exists():
            return 0
        try:
            with contextlib.closing(open_reader(self.cache)) as db:
                return int(db.execute("SELECT count(*) FROM candidates").fetchone()[0])
        except crypt.ERRORS:
            return 0
        except DamagedCache:  # not written yet (a first sync's very start)
            return 0

    def run(self) -> None:
        counts: list[tuple[float, int]] = [(time.monotonic(), self._total())]
        while not self._halt.wait(1.0):
            total = self._total()
            now = time.monotonic()  # after the call: the count includes everything up to now
            counts.append((now, total))
            self.samples.append((now - self.started, self._candidates()))
            # The busiest stretch of at least WINDOW seconds: one sample's timing noise is a request or
            # two, which over one second would read as a tenth of a low limit.
            for then, before in reversed(counts[:-1]):
                if now - then >= WINDOW:
                    self.peak = max(self.peak, (total - before) / (now - then) / self.limit)
                    break

    def _total(self) -> int:
        return int(self.control.get("/requests").json()["total"])

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def requests_made(control: httpx.Client) -> tuple[int, int]:
    stats = control.get("/requests").json()
    return int(stats["total"]), int(stats.get("status_429", 0))


def split(control: httpx.Client, vendor: str) -> tuple[int, int] | None:
    """Requests since the last reset for list pages and for the rest, by the sandbox's route names."""
    marker = PER_CANDIDATE.get(vendor)
    if marker is None:
        return None
    routes: dict[str, int] = control.get("/requests").json()["requests"]
    rest = sum(n for route, n in routes.items() if marker in route)
    return sum(routes.values()) - rest, rest


def run_sync(env: dict[str, str], budget: float) -> tuple[dict[str, Any] | None, str | None]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "bench", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        out, _ = proc.communicate(timeout=budget)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        return None, f"not complete within {budget:.0f} s"
    try:
        return json.loads(out), None
    except ValueError:
        return None, "sync printed no report"


def change_some(control: httpx.Client, vendor: str, share: float, seed: int) -> int:
    collection, path = CANDIDATE_COLLECTION[vendor]
    records = control.get(f"/records/{collection}", params={"limit": 1_000_000}).json()["records"]
    rng = random.Random(seed)
    picked = rng.sample(records, max(1, int(len(records) * share)))
    for record in picked:
        head, _, leaf = path.rpartition(".")
        target = record.get(head, {}) if head else record
        value = f"{target.get(leaf) or 'X'}-geändert"
        patch: dict[str, Any] = {head: {**target, leaf: value}} if head else {leaf: value}
        key = record.get("id", record.get("Id"))
        control.patch(f"/records/{collection}/{key}", json=patch).raise_for_status()
    return len(picked)


def measure(vendor: str, candidates: int, mode: str, budget: float) -> Row:
    connector = registry.get(vendor)
    limit = connector.limits.requests_per_second
    proc, ready = start_sandbox(vendor, candidates, mode)
    control = httpx.Client(base_url=f"{ready['base_url']}/_sandbox", timeout=30)
    published = control.get("/rate-limit").json().get("rate")
    assumed = published is None
    if assumed:  # the vendor publishes no limit: hold the sandbox to the one our connector assumes
        control.put("/rate-limit", json={"rate": limit}).raise_for_status()
    else:
        limit = float(published)
    row = Row(vendor, candidates, mode, limit, assumed)
    home = Path(tempfile.mkdtemp(prefix="rc-realistic-"))
    env = {**os.environ, "RECRUITER_COMPANION_HOME": str(home)}
    try:
        cli("accounts", "add", vendor, "--name", "bench", env=env, stdin=json.dumps(ready["account"]))
        control.delete("/requests")
        watch = Watch(home / "cache.sqlite3", control, limit)
        watch.start()
        started = time.monotonic()
        report, error = run_sync(env, budget)
        watch.stop()
        total, throttled = requests_made(control)
        row.first_requests, row.throttled, row.peak_share = total, throttled, watch.peak
        final = watch._candidates()  # what a complete sync holds; CareerPlug's are derived from apps
        row.browsable_s = watch.browsable_after(final) if final else None
        row.first_error = error or (None if report is None or report.get("ok") else "some streams failed")
        if error is None:
            row.complete_s = time.monotonic() - started
            # Done before the watcher looked again: browsable by the end at the latest.
            row.browsable_s = row.browsable_s if row.browsable_s is not None else row.complete_s
            control.delete("/requests")
            run_sync(env, budget)
            row.resync_requests = requests_made(control)[0]
            row.resync_split = split(control, vendor)
            row.changed = change_some(control, vendor, 0.01, seed=candidates)
            control.delete("/requests")
            run_sync(env, budget)
            row.changed_requests = requests_made(control)[0]
    finally:
        control.close()
        proc.terminate()
        proc.wait(timeout=10)
    return row


def per(n: int | None, candidates: int) -> str:
    return "—" if n is None else f"{n / candidates:.2f}"


def table(rows: list[Row]) -> str:
    head = (
        "| vendor | candidates | limit mode | limit (req/s) | browsable | complete | req/cand first | "
        "req/cand re-sync | req/cand after 1 % | extra req per changed | peak share | 429s |"
    )
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        extra = (
            "—"
            if r.changed_requests is None or r.resync_requests is None or not r.changed
            else f"{(r.changed_requests - r.resync_requests) / r.changed:.1f}"
        )
        lines.append(
            f"| {r.vendor} | {r.candidates:,} | {r.mode} | {r.limit:g}{'*' if r.assumed else ''} | "
            f"{'—' if r.browsable_s is None else f'{r.browsable_s:.0f} s'} | "
            f"{r.first_error or f'{r.complete_s:.0f} s'} | {per(r.first_requests, r.candidates)} | "
            f"{per(r.resync_requests, r.candidates)} | {per(r.changed_requests, r.candidates)} | {extra} | "
            f"{r.peak_share:.0%} | {r.throttled} |"
        )
    lines.append("")
    lines.append("`*` the vendor publishes no limit; the sandbox holds to the one our connector assumes.")
    for r in rows:
        if r.resync_split is not None:
            listed, rest = r.resync_split
            share = f" ({rest / listed:.1%} of the list pages)" if listed else ""
            lines.append(
                f"{r.vendor}, {r.candidates:,}, {r.mode}: a quiet re-sync made {listed} requests for list "
                f"pages and {rest} for the rest{share}."
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vendors", default=",".join(CANDIDATE_COLLECTION))
    parser.add_argument("--candidates", default="1000,10000")
    parser.add_argument("--limit-mode", default="bucket", help="bucket, fixed, sliding, or a list")
    parser.add_argument("--budget", type=float, default=1800.0, help="seconds a first sync may take")
    args = parser.parse_args()
    rows: list[Row] = []
    for mode in args.limit_mode.split(","):
        for vendor in args.vendors.split(","):
            for n in (int(x) for x in args.candidates.split(",")):
                row = measure(vendor, n, mode, args.budget)
                rows.append(row)
                lines = table([row]).splitlines()  # head, rule, the row, "", footnote, its split
                print(lines[2], *lines[5:], sep="\n", file=sys.stderr, flush=True)
    print(table(rows))


if __name__ == "__main__":
    main()
