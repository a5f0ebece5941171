#!/usr/bin/env bash
# Set up (first run) and run the whole test suite: lint, then pytest inside a fresh real keyring,
# Qt offscreen, every sandbox over loopback HTTP.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
.venv/bin/ruff check connectors desktop tests bench tools
export QT_QPA_PLATFORM=offscreen
exec tools/with-keyring.sh .venv/bin/python -m pytest -q "$@"
