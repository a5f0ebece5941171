"""Timing an app started as a child process until it prints ``READY`` (a usable window), for the
cold-start benchmarks (``startup.py``: bundle against source; ``ui.py``: from source)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def time_until_ready(
    argv: list[str], *, env: dict[str, str], cwd: str | Path, failed: str
) -> tuple[float, str]:
    """Seconds from starting ``argv`` until it prints a line starting ``READY``, and that line; the
    child is then waited for. A child that ends without it stops the benchmark with ``failed`` and
    its exit code."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert proc.stdout is not None
    line = ""
    for line in proc.stdout:
        if line.startswith("READY"):
            break
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if not line.startswith("READY"):
        raise SystemExit(f"{failed} (exit {proc.returncode})")
    return elapsed, line
