"""A vendor sandbox in its own process (so the server does not share the benchmark's GIL), for every
benchmark: ``recruiter-companion sandbox serve`` with the given options, until it prints its JSON line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def serve(vendor: str, *options: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    """Start ``sandbox serve VENDOR OPTIONS…``; returns the process and its ready line (``vendor``,
    ``base_url``, ``account``). Stop it with ``terminate()``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "serve", vendor, *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        raise SystemExit(f"the {vendor} sandbox did not start")
    ready: dict[str, Any] = json.loads(line)
    return proc, ready
