"""What a damaged cache is: the error that names it and the file facts that tell it apart.

Both ``crypt`` (which opens every connection and raises ``CacheLocked``, a kind of
:class:`DamagedCache`) and ``health`` (which checks a file before and after opening it) need these;
they live here so that data flows one way: ``damage`` <- ``crypt`` <- ``health``.
"""

from __future__ import annotations

from pathlib import Path

#: The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html, "The Database Header").
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher 4's default page size (zetetic.net/sqlcipher/sqlcipher-api, cipher_page_size): we keep it.
CIPHER_PAGE_SIZE = 4096


class DamagedCache(Exception):
    """The cache at ``path`` cannot be used; ``reason`` says why in a user's words."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(self.advice())

    def advice(self) -> str:
        return (
            f"The cache {self.path} is damaged: {self.reason}. Nothing was changed. To keep a copy of it "
            f"and start over with an empty cache, run `recruiter-companion cache reset --keep-copy` "
            f"(accounts must then be added again and writes still waiting in it are not sent), or "
            f"restore the file from a backup."
        )
