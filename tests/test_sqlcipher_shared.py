"""sqlcipher3 rebuilt against the system libcrypto for the Linux bundle (packaging/sqlcipher_shared.py):
what the rebuilt extension may link, and the check that it opens what the wheel's build encrypted."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sqlcipher_shared", ROOT / "packaging" / "sqlcipher_shared.py")
assert _spec is not None and _spec.loader is not None
sqlcipher_shared = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sqlcipher_shared)


def test_only_the_c_library_and_the_bundles_libcrypto_may_be_linked() -> None:
    allowed = sqlcipher_shared.ALLOWED_NEEDED
    for name in ("libc.so.6", "libm.so.6", "ld-linux-x86-64.so.2", "libcrypto.so.3", "libpthread.so.0"):
        assert allowed.match(name), name
    # Another OpenSSL, or a library the bundle does not carry for it, keeps the wheel's copy.
    for name in ("libcrypto.so.1.1", "libssl.so.3", "libsqlcipher.so.1", "libz.so.1"):
        assert not allowed.match(name), name


def test_the_round_trip_check_reads_back_what_it_wrote_with_the_key(tmp_path: Path) -> None:
    db = tmp_path / "check.db"

    def run(mode: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", sqlcipher_shared._ROUND_TRIP, str(db), mode],
            capture_output=True, text=True, check=True,
        ).stdout

    wrote = run("write")
    assert run("read") == wrote
    # "4.6.1 community openssl": SQLCipher's version, then its crypto provider.
    words = wrote.split()
    assert words[0][0].isdigit() and len(words) >= 2
    # Encrypted: the plain SQLite header is not there.
    assert not db.read_bytes().startswith(b"SQLite format 3\0")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("readelf"), reason="ELF only")
def test_needed_lists_what_a_library_links() -> None:
    import _ssl

    assert "libcrypto.so.3" in sqlcipher_shared.needed(Path(_ssl.__file__))


def test_an_earlier_build_of_the_same_release_is_reused(tmp_path: Path) -> None:
    import sysconfig

    if any(shutil.which(t) is None for t in ("gcc", "strip", "readelf")) or not Path(
        "/usr/include/openssl/evp.h"
    ).exists():
        pytest.skip("needs gcc, binutils and libssl-dev (tools/bootstrap.sh installs them)")
    built = tmp_path / f"_sqlite3{sysconfig.get_config_var('EXT_SUFFIX')}"
    built.write_bytes(b"built before")
    major, minor = sys.version_info[:2]
    (tmp_path / f"built-from-{sqlcipher_shared.installed_version()}-{major}.{minor}").touch()
    assert sqlcipher_shared.rebuild(tmp_path) == built
    assert built.read_bytes() == b"built before"
