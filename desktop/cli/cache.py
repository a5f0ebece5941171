"""``recruiter-companion cache check`` and ``cache reset``: what to do with a damaged cache.

``check`` reads the cache without writing to it (SQLite's quick check) and says whether it is sound.
``reset`` moves a cache out of the way so the next start creates an empty one: ``--keep-copy`` keeps
the file (renamed ``<name>.damaged-<time>`` beside it), ``--discard`` deletes it. One of the two must
be given: nothing is thrown away by default.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop import paths
from desktop.cache import crypt, health
from desktop.cli.common import EXIT_OTHER, CliError, command_group


def cmd_cache_check(args: argparse.Namespace) -> int:
    path = paths.cache_path()
    try:
        health.check_contents(path)
    except health.DamagedCache as exc:
        raise CliError(str(exc), EXIT_OTHER) from None
    if not path.exists():
        print(f"There is no cache yet at {path}.")
    else:
        how = "unencrypted: no keyring when it was made" if crypt.is_plain(path) else "encrypted"
        print(f"The cache {path} is sound ({how}).")
    return 0


def cmd_cache_reset(args: argparse.Namespace) -> int:
    path = paths.cache_path()
    if not path.exists():
        print(f"There is no cache at {path}; nothing to reset.")
        return 0
    kept = health.set_aside(path, keep_copy=args.keep_copy)
    done = f"Moved the cache to {kept}" if kept is not None else f"Deleted the cache {path}"
    print(f"{done}. The next start creates an empty cache; add your accounts again.")
    return 0


def add_cache_commands(sub: Any) -> None:
    cache = command_group(sub, "cache", "check the local cache, or set a damaged one aside")
    check = cache.add_parser("check", help="read the cache without changing it and say whether it is sound")
    check.set_defaults(func=cmd_cache_check)
    reset = cache.add_parser("reset", help="move the cache out of the way so the next start begins empty")
    how = reset.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep-copy", action="store_true", help="keep the old file beside it, renamed")
    how.add_argument("--discard", action="store_true", help="delete the old file")
    reset.set_defaults(func=cmd_cache_reset)
