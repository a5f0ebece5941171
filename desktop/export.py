"""Exporting an account's cache as one JSON Lines file per unified model, unified field names.

Rows come out ordered by id with a fixed field order, so an unchanged cache exports byte-identically.
Lists the unified schema requires as arrays (``integration_fields``) come out as ``[]``, never ``null``,
also from caches written before that was guaranteed.
Each file is written to a temporary name and renamed, so an interrupted export leaves no half file.
Exports hold every candidate's name, e-mail and phone: files are created 0600 and a folder we create
0700, whatever the umask (an existing folder is the user's choice and left as it is).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import Engine, select

from connectors.unified.model import MODELS, columns, with_arrays
from desktop.paths import private_dir


def export_jsonl(engine: Engine, account_id: str, out: Path) -> dict[str, int]:
    """Write the files; ``OSError`` (a folder that cannot be written) leaves no partial file behind."""
    private_dir(out)
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for model, cls in MODELS.items():
            table = cls.__table__  # type: ignore[attr-defined]
            names = columns(model)
            rows = conn.execute(select(table).where(table.c.account_id == account_id).order_by(table.c.id))
            target = out / f"{model}.jsonl"
            partial = target.with_suffix(".jsonl.partial")
            n = 0
            try:
                fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    for row in rows:
                        # Caches written before the unified lists were guaranteed may still hold null there.
                        record = with_arrays(model, {name: row._mapping[name] for name in names})
                        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                        n += 1
                os.replace(partial, target)
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            counts[model] = n
    return counts
