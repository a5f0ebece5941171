"""A throw-away PostgreSQL cluster in a folder of its own, for the team-mode tests, bench/team.py and
trying team mode by hand.

``start()`` runs ``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package (or ``PG_BIN``) as an
unprivileged user: the current one, or ``postgres`` through ``runuser`` when running as root (the
server refuses to run as root). It listens on 127.0.0.1 only, on a free port, with its socket in the
cluster's own folder, so nothing outside the test can reach it and no system service is touched.
The superuser ``team_admin`` logs in over TCP with a random password (scram-sha-256), the way a
team's real server asks for one.

By hand::

    python3 tools/pg_cluster.py start /tmp/rc-team   # prints the postgresql:// URL
    python3 tools/pg_cluster.py stop /tmp/rc-team    # stops it and deletes the folder
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "team_admin"
#: Settings that make a test cluster fast; durability does not matter for a folder deleted afterwards.
FAST = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
_INFO = "cluster.json"


class ClusterError(RuntimeError):
    """The cluster could not be made or started (the message includes the server's own words)."""


def find_bin() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl``: ``PG_BIN``, else the newest Debian install, else PATH."""
    env = os.environ.get("PG_BIN")
    if env:
        return Path(env) if (Path(env) / "initdb").exists() else None
    versions = Path("/usr/lib/postgresql").glob("*/bin/initdb")
    debian = sorted(versions, key=lambda p: int(p.parent.parent.name), reverse=True)
    if debian:
        return debian[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    """``cmd`` run as the cluster's owner: ``postgres`` when we are root (the server will not run as root)."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(_as_owner(cmd), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip()[-2000:]
        raise ClusterError(f"{what} failed ({done.returncode}): {said}")


@dataclass(frozen=True)
class Cluster:
    folder: Path
    port: int
    password: str
    bin: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def certificate(self) -> Path:
        """The server's self-signed certificate (a cluster started with ``tls=True``): the root to trust."""
        return self.folder / "server.crt"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A ``postgresql://`` URL to this cluster (the superuser's password unless another is given)."""
        secret = self.password if password is None else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def stop(self, *, remove: bool = True) -> None:
        """Stop the server at once (no clients to wait for) and delete its folder."""
        subprocess.run(
            _as_owner([str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", "-w"]),
            capture_output=True,
            timeout=60,
        )
        if remove:
            shutil.rmtree(self.folder, ignore_errors=True)


def _self_signed(folder: Path, name: str) -> str:
    """A self-signed certificate for ``name`` and its key in ``folder``; the server options that use them."""
    crt, key = folder / "server.crt", folder / "server.key"
    done = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(crt)],
        capture_output=True, text=True, timeout=60,
    )
    if done.returncode != 0:
        raise ClusterError(f"openssl could not make a test certificate: {done.stderr.strip()[-500:]}")
    os.chmod(key, 0o600)  # the server refuses a key others can read
    if os.geteuid() == 0:
        shutil.chown(key, "postgres", "postgres")
        shutil.chown(crt, "postgres", "postgres")
    return f"-c ssl=on -c ssl_cert_file={crt} -c ssl_key_file={key}"


def start(folder: Path | None = None, *, tls_name: str | None = None) -> Cluster:
    """Make and start a cluster in ``folder`` (a new temporary one by default). ``tls_name``: also
    accept TLS, with a self-signed certificate for that host name (``Cluster.certificate``)."""
    pg_bin = find_bin()
    if pg_bin is None:
        raise ClusterError("PostgreSQL's binaries were not found: apt-get install postgresql, or set PG_BIN.")
    folder = Path(tempfile.mkdtemp(prefix="rc-pg-")) if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    password = secrets.token_hex(16)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n", encoding="ascii")
    os.chmod(pwfile, 0o600)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    os.chmod(folder, 0o700)
    _run(
        [str(pg_bin / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, f"--pwfile={pwfile}",
         "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"],
        "initdb",
    )
    pwfile.unlink()
    tls = _self_signed(folder, tls_name) if tls_name else ""
    last: ClusterError | None = None
    for _attempt in range(3):  # a free port can be taken between our probe and the server's bind
        port = _free_port()
        options = f"-k {folder} -c listen_addresses=127.0.0.1 -p {port} {FAST} {tls}"
        try:
            _run(
                [str(pg_bin / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(folder / "data"),
                 "-l", str(folder / "server.log"), "-o", options],
                "pg_ctl start",
            )
        except ClusterError as exc:
            last = exc
            time.sleep(0.2)
            continue
        cluster = Cluster(folder, port, password, pg_bin)
        info = {"port": port, "password": password, "bin": str(pg_bin)}
        (folder / _INFO).write_text(json.dumps(info), encoding="utf-8")
        return cluster
    log = folder / "server.log"
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    shutil.rmtree(folder, ignore_errors=True)
    raise ClusterError(f"{last}; server log: {tail}")


def _load(folder: Path) -> Cluster:
    info = json.loads((folder / _INFO).read_text(encoding="utf-8"))
    return Cluster(folder, int(info["port"]), str(info["password"]), Path(info["bin"]))


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pg_cluster.py start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        if folder.exists() and any(folder.iterdir()):
            print(f"{folder} is not empty: pick a new folder, or stop the cluster in it", file=sys.stderr)
            return 2
        print(start(folder).url())
        return 0
    if not (folder / _INFO).exists():
        print(f"no cluster made by this tool in {folder}", file=sys.stderr)
        return 2
    _load(folder).stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
