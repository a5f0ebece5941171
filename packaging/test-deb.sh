#!/usr/bin/env bash
# Issue 20 end to end for the .deb, on this machine (root or sudo): pack the bundle that is already in
# dist/ (run-tests.sh builds it once), lint it, `apt install ./…deb`, run the installed program's
# self-test inside a real keyring, check the clear message without a Secret Service, `apt remove`,
# and check that the user's data folder survived. About a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
packaging/build-deb.sh
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
deb=$PWD/dist/recruiter-companion_${version}_amd64.deb
tools=$PWD/tools
user=$(mktemp -d) && trap 'rm -rf "$user"; $SUDO apt-get remove -y -qq recruiter-companion >/dev/null 2>&1 || true' EXIT

DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$deb" >/dev/null
[ "$(recruiter-companion --version)" = "recruiter-companion $version" ] || { echo "test-deb: wrong --version" >&2; exit 1; }
# As installed: /usr/bin on PATH, from outside the checkout, no PYTHONPATH.
(cd "$user" && env -u PYTHONPATH "$tools/with-keyring.sh" recruiter-companion self-test --with-ui --require-keyring)

# Bad input: no Secret Service on the machine -> the app's keyring message and exit 1, not a traceback.
out=$(cd "$user" && env -u DBUS_SESSION_BUS_ADDRESS -u PYTHONPATH HOME="$user" recruiter-companion self-test --require-keyring 2>&1) && {
  echo "test-deb: self-test --require-keyring passed without a Secret Service" >&2; exit 1; }
grep -q "keyring" <<<"$out" && ! grep -q "Traceback" <<<"$out" || { echo "test-deb: unclear no-keyring failure:" >&2; echo "$out" >&2; exit 1; }

# The user's data folder: made by the installed program, kept by apt remove.
# (with-keyring.sh points XDG_DATA_HOME at its scratch keyring, so the app home is named explicitly.)
data=$user/.local/share/recruiter-companion
(cd "$user" && RECRUITER_COMPANION_HOME="$data" env -u PYTHONPATH "$tools/with-keyring.sh" recruiter-companion accounts list >/dev/null)
[ -d "$data" ] || { echo "test-deb: the program made no data folder in $data" >&2; exit 1; }
before=$(find "$data" -type f | sort | xargs sha1sum)
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq recruiter-companion >/dev/null
[ ! -e /opt/recruiter-companion ] && [ ! -e /usr/bin/recruiter-companion ] || { echo "test-deb: apt remove left files" >&2; exit 1; }
[ "$(find "$data" -type f | sort | xargs sha1sum)" = "$before" ] || { echo "test-deb: apt remove touched $data" >&2; exit 1; }
echo "test-deb: installed, self-tested, no-keyring message clear, removed; data folder kept ($deb)"
