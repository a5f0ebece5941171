#!/usr/bin/env bash
# Runs a command in its own D-Bus session with a new, unlocked gnome-keyring, so the `keyring`
# package talks to a real Secret Service, as on a Linux desktop. The keyring's files are thrown
# away afterwards. Usage: tools/with-keyring.sh COMMAND [ARG ...]
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "with-keyring: $tool is missing (run tools/bootstrap.sh)" >&2; exit 2; }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rc-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
XDG_DATA_HOME="$scratch" dbus-run-session -- bash -c '
  eval "$(echo -n test-unlock | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
  export GNOME_KEYRING_CONTROL
  "$@"' keyring-session "$@" 2> >(grep --line-buffered -v "^dbus-daemon\[" >&2)
