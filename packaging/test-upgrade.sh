#!/usr/bin/env bash
# Issue 20.4 as a full local run (root or sudo; several minutes: it builds the v0.1.0 bundle):
# install the .deb of the previous release (tag v0.1.0), connect a sandbox account and sync it, upgrade
# to this checkout's .deb, and check that the installed new version opens the same cache, migrated to
# the newest revision, with the same records. CI runs the cheap half instead
# (tests/test_upgrade_from_v0_1_0.py opens a committed cache made by v0.1.0).
# Needs this checkout's bundle in dist/ (packaging/build-linux.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
git rev-parse -q --verify v0.1.0 >/dev/null || git tag v0.1.0 1fbe76d
scratch=$(mktemp -d)
sandbox_pid=""
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  git worktree remove --force "$scratch/old" 2>/dev/null || true
  $SUDO apt-get remove -y -qq recruiter-companion >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# The previous release's bundle and package, built from its tag with today's packaging script.
git worktree add -q --detach "$scratch/old" v0.1.0
(cd "$scratch/old" && "$OLDPWD/.venv/bin/pyinstaller" --noconfirm --log-level WARN build.spec >/dev/null)
BUNDLE=$scratch/old/dist/recruiter-companion VERSION=0.1.0 SKIP_CHECKS=1 packaging/build-deb.sh
SKIP_CHECKS=1 packaging/build-deb.sh
new_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)

export RECRUITER_COMPANION_HOME=$scratch/home
# Everything that needs the account's credentials runs in one keyring session (tools/with-keyring.sh).
cat > "$scratch/run.sh" <<SH
set -euo pipefail
.venv/bin/recruiter-companion sandbox serve smartrecruiters --port 0 > "$scratch/sandbox.json" &
echo \$! > "$scratch/sandbox.pid"
for _ in \$(seq 50); do [ -s "$scratch/sandbox.json" ] && break; sleep 0.2; done
python3 -c 'import json,sys; print(json.dumps(json.loads(open(sys.argv[1]).readline())["account"]))' "$scratch/sandbox.json" \
  | /usr/bin/recruiter-companion accounts add smartrecruiters --name acme
[ "\$(/usr/bin/recruiter-companion --version 2>/dev/null || echo old)" != "recruiter-companion $new_version" ]
/usr/bin/recruiter-companion sync acme
/usr/bin/recruiter-companion export --account acme --format jsonl --out "$scratch/before"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq ./dist/recruiter-companion_${new_version}_amd64.deb >/dev/null
[ "\$(/usr/bin/recruiter-companion --version)" = "recruiter-companion $new_version" ]
/usr/bin/recruiter-companion accounts list
/usr/bin/recruiter-companion export --account acme --format jsonl --out "$scratch/after"
kill \$(cat "$scratch/sandbox.pid")
SH
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "./dist/recruiter-companion_0.1.0_amd64.deb" >/dev/null
tools/with-keyring.sh bash "$scratch/run.sh"
diff -r "$scratch/before" "$scratch/after" >/dev/null || { echo "test-upgrade: the cache's records changed across the upgrade" >&2; exit 1; }
echo "test-upgrade: v0.1.0 -> $new_version kept the cache ($(find "$scratch/after" -type f | wc -l) exported files identical)"
