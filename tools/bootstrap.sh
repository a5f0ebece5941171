#!/usr/bin/env bash
# Installs everything the app and its tests need on a Debian machine: system packages (Qt's xcb
# libraries, D-Bus, gnome-keyring, Xvfb) and a virtualenv in .venv with the project and its test tools.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3 python3-venv python3-pip dbus dbus-x11 gnome-keyring xvfb xauth
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3
  # Building and checking the .deb (packaging/build-deb.sh, test-deb.sh).
  dpkg-dev lintian desktop-file-utils appstream binutils xz-utils icu-devtools gcc
  # OpenSSL's headers: build.spec rebuilds sqlcipher3 against the system libcrypto (packaging/sqlcipher_shared.py).
  libssl-dev
  # Team mode's tests start a throw-away PostgreSQL cluster (tools/pg_cluster.py; no system service).
  postgresql)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing system packages: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "bootstrap: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
