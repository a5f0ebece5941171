"""What every command module shares: exit codes, the error a command raises, and opening the core.

Its own module so the command modules (``actions``, ``passthrough``, ``doctor`` …) and ``main``, which
registers them, all import it and none imports ``main``: data flows one way inside ``desktop/cli``.
Exit codes: 2 bad input, 3 credentials refused, 4 vendor unreachable or failing, 5 (``accounts
test``) some capability of the account does not work, 1 anything else.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from connectors.http import AuthError, ConnectorError, PermissionDenied
from connectors.http.redact import redact

EXIT_INPUT, EXIT_AUTH, EXIT_VENDOR, EXIT_OTHER, EXIT_DEGRADED = 2, 3, 4, 1, 5


class CliError(Exception):
    """A failure the user can act on: printed as one line (redacted), exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


def say(text: str) -> None:
    """One line to the user on stderr, named as the app's, shown at once."""
    print(f"recruiter-companion: {text}", file=sys.stderr, flush=True)


def fail(message: str, code: int) -> NoReturn:
    print(f"recruiter-companion: error: {redact(message)}", file=sys.stderr)
    raise SystemExit(code)


def command_group(sub: Any, name: str, help: str) -> Any:
    """A command with sub-commands (``recruiter-companion NAME SUBCOMMAND``): add their parsers to what
    this returns; the one chosen is ``args.NAME_command``."""
    return sub.add_parser(name, help=help).add_subparsers(dest=f"{name}_command", required=True)


def code_for(exc: ConnectorError) -> int:
    return EXIT_AUTH if isinstance(exc, AuthError | PermissionDenied) else EXIT_VENDOR


def open_core() -> Any:
    """The app's core on the user's data folder, with logging set up (imported late: it is heavy)."""
    from desktop import paths
    from desktop.core import Core, setup_logging

    setup_logging()
    home = paths.home()
    if paths.open_to_others(home):
        # Not ours to chmod (the user chose it), but the user must know their candidates' data is exposed.
        say(
            f"warning: the data folder {home} can be read by other users; it was left as it is. Run "
            f"'chmod 700 {home}' to make it private."
        )
    from desktop.cache import crypt

    cache = paths.cache_path()
    if crypt.will_encrypt(cache):
        say(
            f"encrypting the cache {cache} ({cache.stat().st_size // 1_000_000:,} MB), once; about a minute "
            f"per 1.5 GB …"
        )
    return Core.open()
