#!/usr/bin/env bash
# Set up (first run) and start Recruiter Companion. With no arguments it opens the demo on the
# built-in sandboxes; pass arguments to run the CLI instead (e.g. ./run-app.sh accounts list).
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
if [ $# -eq 0 ]; then set -- --demo; fi
exec .venv/bin/recruiter-companion "$@"
