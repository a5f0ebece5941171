"""sqlcipher3's extension for the Linux bundle, rebuilt against the system's OpenSSL ``libcrypto``.

The sqlcipher3 wheel from PyPI links its own OpenSSL statically (a conan build inside the wheel
build): 21 MB unstripped, of which ~6 MB is a second copy of ``libcrypto``. The bundle carries the
system's ``libcrypto.so.3`` anyway (Python's ``_ssl`` and ``_hashlib`` need it; the .deb depends on
Debian's instead, ``packaging/debian/system-libs``), so the extension is built again from the same
release's sdist linked to that one and stripped.

How: a throw-away venv with setuptools and wheel but no conan, ``pip download --no-binary :all:``
of the same sqlcipher3 version, ``pip wheel --no-build-isolation`` (the sdist's setup.py links
``-lcrypto`` from the system when conan is absent; with build isolation it would install conan and
take the static path). The SQLCipher amalgamation is vendored in the sdist, so no libsqlcipher is
needed; the OpenSSL headers are (Debian: ``libssl-dev``). The result is stripped and checked before
it is used: it must need nothing but the C library and ``libcrypto.so.3``, report the same SQLCipher
version as the wheel, and open a database the wheel's build encrypted.

Any tool missing, no network, any step or check failing: the wheel's copy is kept and the build says
why; the bundle is then larger, never broken. Run by ``build.spec`` on Linux;
``python packaging/sqlcipher_shared.py OUTDIR`` does it by hand.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

#: What the rebuilt extension may link: the C library's parts and the one OpenSSL library the bundle has.
ALLOWED_NEEDED = re.compile(r"^(libc|libm|libpthread|libdl|ld-linux-x86-64)\.so\.\d+$|^libcrypto\.so\.3$")

#: Writes an encrypted database with a raw key (as desktop/cache/crypt.py keys the cache) and reads it back.
_ROUND_TRIP = r"""
import sys, sqlcipher3.dbapi2 as s
path, mode = sys.argv[1], sys.argv[2]
c = s.connect(path)
c.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
if mode == "write":
    c.execute("CREATE TABLE t (v TEXT)")
    c.execute("INSERT INTO t VALUES ('written by the wheel')")
    c.commit()
else:
    assert c.execute("SELECT v FROM t").fetchone() == ("written by the wheel",)
print(c.execute("PRAGMA cipher_version").fetchone()[0], c.execute("PRAGMA cipher_provider").fetchone()[0])
"""


def _run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    try:
        return subprocess.run(
            args, check=True, capture_output=True, text=True, cwd=cwd, env=env, timeout=900
        ).stdout
    except subprocess.CalledProcessError as error:
        tail = (error.stderr or error.stdout or "").strip().splitlines()[-3:]
        raise RuntimeError(f"{Path(args[0]).name} {args[1]} failed: {' / '.join(tail)}") from None


def installed_version() -> str:
    """The sqlcipher3 release the build's environment has (the wheel PyInstaller collects)."""
    from importlib.metadata import version

    return version("sqlcipher3")


def needed(lib: Path) -> list[str]:
    """The sonames ``lib`` links (its DT_NEEDED entries)."""
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _run("readelf", "-dW", str(lib)))


def rebuild(out_dir: Path, python: str = sys.executable) -> Path:
    """Build, strip and check the extension; its path in ``out_dir``. RuntimeError says why not."""
    missing = [tool for tool in ("gcc", "strip", "readelf") if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"{', '.join(missing)} not found (Debian: apt install gcc binutils)")
    if not Path("/usr/include/openssl/evp.h").exists():
        raise RuntimeError("OpenSSL headers not found (Debian: apt install libssl-dev)")
    version = installed_version()
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    target = out_dir / f"_sqlite3{suffix}"
    stamp = out_dir / f"built-from-{version}-{sys.version_info[0]}.{sys.version_info[1]}"
    if target.exists() and stamp.exists():
        return target  # built by an earlier run of the same release for the same Python
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        venv = work / "venv"
        _run(python, "-m", "venv", str(venv))
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
        _run(*pip, "install", "setuptools>=69", "wheel")
        _run(*pip, "download", "--no-deps", "--no-binary", ":all:", "--no-build-isolation",
             f"sqlcipher3=={version}", "-d", str(work / "sdist"))
        sdist = next((work / "sdist").glob("sqlcipher3-*.tar.gz"), None)
        if sdist is None:
            raise RuntimeError(f"pip download gave no sqlcipher3 {version} sdist")
        _run(*pip, "wheel", "--no-deps", "--no-build-isolation", str(sdist), "-w", str(work / "wheel"))
        wheel = next((work / "wheel").glob("sqlcipher3-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            member = next((n for n in zf.namelist() if n.endswith(f"_sqlite3{suffix}")), None)
            if member is None:
                raise RuntimeError(f"the built wheel has no _sqlite3{suffix}")
            built = work / Path(member).name
            built.write_bytes(zf.read(member))
        _run("strip", "--strip-unneeded", str(built))
        links = needed(built)
        if "libcrypto.so.3" not in links or any(not ALLOWED_NEEDED.match(name) for name in links):
            raise RuntimeError(f"the rebuilt extension links {', '.join(links)}, not only libcrypto.so.3")
        # Same SQLCipher, same file format: what the wheel's build encrypted, the rebuilt one opens.
        _run(*pip, "install", "--no-deps", str(wheel))
        db = work / "check.db"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        theirs = _run(python, "-c", _ROUND_TRIP, str(db), "write", cwd=work, env=env).strip()
        rebuilt = str(venv / "bin" / "python")
        ours = _run(rebuilt, "-c", _ROUND_TRIP, str(db), "read", cwd=work, env=env).strip()
        if theirs.split()[0] != ours.split()[0] or not ours.endswith("openssl"):
            raise RuntimeError(f"rebuilt reports SQLCipher {ours!r}, the wheel {theirs!r}")
        out_dir.mkdir(parents=True, exist_ok=True)
        for old in out_dir.glob("built-from-*"):
            old.unlink()
        shutil.copy2(built, target)
        stamp.touch()
    return target


def main(argv: list[str]) -> int:
    target = rebuild(Path(argv[0]))
    print(f"{target}: {target.stat().st_size / 1e6:.1f} MB, links {', '.join(needed(target))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
