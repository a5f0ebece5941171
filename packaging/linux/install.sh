#!/usr/bin/env bash
# Installs Recruiter Companion for the current user only (no root): the bundle in
# ~/.local/opt/recruiter-companion, a command in ~/.local/bin, the menu entry and its icon.
# Run it from the unpacked tarball: ./install.sh   (again to upgrade; --uninstall to remove)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
opt=${XDG_OPT_HOME:-$HOME/.local/opt}/recruiter-companion
bin=$HOME/.local/bin
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/recruiter-companion" "$data/applications/recruiter-companion.desktop" \
    "$data/icons/hicolor/scalable/apps/recruiter-companion.svg" "$data/icons/hicolor/256x256/apps/recruiter-companion.png"
  echo "Removed Recruiter Companion (your data and keyring entries are kept)."
  exit 0
fi
mkdir -p "$(dirname "$opt")" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/256x256/apps"
# Replace the whole folder: files left from an older version could shadow the new ones.
rm -rf "$opt.new" && cp -a "$here/recruiter-companion" "$opt.new" && rm -rf "$opt" && mv "$opt.new" "$opt"
ln -sfn "$opt/recruiter-companion" "$bin/recruiter-companion"
# The menu entry runs the absolute path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=recruiter-companion|Exec=$opt/recruiter-companion|" "$here/recruiter-companion.desktop" \
  > "$data/applications/recruiter-companion.desktop"
cp "$here/recruiter-companion.svg" "$data/icons/hicolor/scalable/apps/"
[ -f "$here/recruiter-companion.png" ] && cp "$here/recruiter-companion.png" "$data/icons/hicolor/256x256/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Installed in $opt; run 'recruiter-companion' (or from the menu). Check it: recruiter-companion self-test"
