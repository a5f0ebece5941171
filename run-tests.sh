#!/usr/bin/env bash
# Set up (first run) and run the whole test suite: lint and types, then pytest inside a fresh real keyring,
# Qt offscreen, every sandbox over loopback HTTP.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
.venv/bin/ruff check connectors desktop tests bench tools
.venv/bin/mypy connectors desktop bench tools
export QT_QPA_PLATFORM=offscreen
tools/with-keyring.sh .venv/bin/python -m pytest -q "$@"
# Test the artefact, not only the source: build the bundle and run its self-test from outside the
# checkout (no PYTHONPATH), so a module or data file missing from build.spec fails here; --soak: the
# trimmed bundle (Qt plugins, ICU data, Python packages left out) survives 20 s of a scripted day.
# The archives built here are tested, never shipped: xz at -0 (128 MB at -6: 38 s, at -0: 3.4 s on 2 cores).
export XZ_OPT="-0 -T0" DEB_XZ_LEVEL=0
packaging/build-linux.sh
bundle=$PWD/dist/recruiter-companion/recruiter-companion
outside=$(mktemp -d) && trap 'rm -rf "$outside"' EXIT
(cd "$outside" && tools_dir=$OLDPWD && env -u PYTHONPATH "$tools_dir/tools/with-keyring.sh" \
  "$bundle" self-test --with-ui --require-keyring --soak 20)
# Issue 20: the same bundle as a .deb (lint, apt install, self-test as installed, apt remove; ~1 min).
packaging/test-deb.sh
