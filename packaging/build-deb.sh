#!/usr/bin/env bash
# Packs the PyInstaller bundle (dist/recruiter-companion/, from packaging/build-linux.sh or
# `pyinstaller build.spec`) into dist/recruiter-companion_<version>_amd64.deb with dpkg-deb:
# the bundle in /opt/recruiter-companion, a launcher in /usr/bin, the menu entry, icons, AppStream
# metainfo, the Debian changelog and copyright. It does not rebuild the bundle (CI builds it once).
# Then it checks the result with lintian (errors fail), desktop-file-validate and appstreamcli.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=${BUNDLE:-dist/recruiter-companion}
[ -x "$bundle/recruiter-companion" ] || { echo "build-deb: no bundle in $bundle; run packaging/build-linux.sh first" >&2; exit 2; }
version=${VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)}
pkg=recruiter-companion
deb=dist/${pkg}_${version}_amd64.deb
root=$(mktemp -d) && trap 'rm -rf "$root"' EXIT
stage=$root/$pkg

install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/$pkg" "$stage/usr/share/lintian/overrides"
cp -a "$bundle" "$stage/opt/$pkg"
# Debian's own copies of the system libraries the bundle carries (packaging/debian/system-libs): left
# out here, depended on below.
system_deps=""
listed=$(sed -n 's/^Depends: //p' packaging/debian/control.in)
while read -r file alternatives; do
  case "$file" in ''|'#'*) continue ;; esac
  [ -e "$stage/opt/$pkg/_internal/$file" ] || continue
  rm -f "$stage/opt/$pkg/_internal/$file"
  case ", $listed, $system_deps, " in *", $alternatives, "*) ;; *) system_deps="${system_deps:+$system_deps, }$alternatives" ;; esac
done < packaging/debian/system-libs
# Files as root would write them: 0755 directories and executables, 0644 the rest (lintian checks).
# Only the program itself is executable; shared libraries are mapped, not run (lintian checks).
find "$stage/opt/$pkg" -type d -exec chmod 0755 {} + && find "$stage/opt/$pkg" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/opt/$pkg/$pkg"
# The launcher is a script, not a symlink: PyInstaller finds its _internal folder next to the real binary.
cat > "$stage/usr/bin/$pkg" <<'SH'
#!/bin/sh
exec /opt/recruiter-companion/recruiter-companion "$@"
SH
chmod 0755 "$stage/usr/bin/$pkg"
install -m 0644 resources/$pkg.desktop "$stage/usr/share/applications/"
install -m 0644 resources/icons/$pkg.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 resources/icons/$pkg.png "$stage/usr/share/icons/hicolor/256x256/apps/"
install -m 0644 packaging/debian/org.recruiter_companion.RecruiterCompanion.metainfo.xml "$stage/usr/share/metainfo/"
gzip -9n -c packaging/debian/changelog > "$stage/usr/share/doc/$pkg/changelog.gz" && chmod 0644 "$stage/usr/share/doc/$pkg/changelog.gz"
install -m 0644 packaging/debian/copyright "$stage/usr/share/doc/$pkg/copyright"
install -m 0644 packaging/debian/lintian-overrides "$stage/usr/share/lintian/overrides/$pkg"

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$installed_size/" -e "s/^Depends: .*/&${system_deps:+, $system_deps}/" \
  packaging/debian/control.in > "$stage/DEBIAN/control"
mkdir -p dist
# DEB_XZ_LEVEL: the test run packs at 0 (its .deb is installed and removed, never shipped).
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-6}" --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MB)"

if [ "${SKIP_CHECKS:-}" != 1 ]; then
  desktop-file-validate resources/$pkg.desktop | { grep -v ': hint:' || true; }
  appstreamcli validate --no-net --explain packaging/debian/org.recruiter_companion.RecruiterCompanion.metainfo.xml
  # --fail-on error: warnings are reported, errors fail the build.
  lintian --fail-on error "$deb"
fi
