#!/usr/bin/env bash
# Builds the one-folder bundle (build.spec) and packs dist/recruiter-companion-linux-x86_64.tar.xz
# with the bundle, the .desktop file, the icons and install.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER=${PYINSTALLER:-.venv/bin/pyinstaller}
"$PYINSTALLER" --noconfirm --log-level WARN build.spec
stage=$(mktemp -d) && trap 'rm -rf "$stage"' EXIT
top=$stage/recruiter-companion-linux-x86_64
mkdir -p "$top"
cp -a dist/recruiter-companion "$top/"
cp resources/recruiter-companion.desktop resources/icons/recruiter-companion.svg \
  resources/icons/recruiter-companion.png packaging/linux/install.sh "$top/"
XZ_OPT=${XZ_OPT:--6 -T0} tar -C "$stage" -cJf dist/recruiter-companion-linux-x86_64.tar.xz recruiter-companion-linux-x86_64
echo "built dist/recruiter-companion/ ($(du -sh dist/recruiter-companion | cut -f1)) and" \
  "dist/recruiter-companion-linux-x86_64.tar.xz ($(du -sh dist/recruiter-companion-linux-x86_64.tar.xz | cut -f1))"
