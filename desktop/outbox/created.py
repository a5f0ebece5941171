""" "Sync only created applications": keep the applications this app created, and their candidates.

The outbox knows which records the app created (``queue.created_ids``). The filter works on unified
records by model and foreign keys only, so it serves every connector:

- root models (applications, candidates) are kept when the app created them; the candidate an
  app-created application points at is kept too;
- a record whose foreign key points at a filtered model (an interview → application, a candidate tag
  → candidate) follows its parent; records that point at nothing filtered (jobs, users, tags) stay.

Records the filter drops are not stored; those cached before the option was switched on are marked
gone by the next full sync's sweep, like anything else the sync no longer sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection

from connectors.base.declarations import Rec
from connectors.unified.ids import stable_id
from connectors.unified.model import FOREIGN_KEYS
from desktop.accounts import AccountInfo
from desktop.outbox import queue as q

OPTION = "sync_only_created_applications"
ROOTS = ("applications", "candidates")


class CreatedOnly:
    """A record filter for one sync run (it remembers what it kept, for children in later pages)."""

    def __init__(
        self, account_id: str, created: Mapping[str, Iterable[str]], roots: tuple[str, ...] = ROOTS
    ) -> None:
        self.account_id = account_id
        self.roots = roots
        self.kept: dict[str, set[str]] = {model: set(created.get(model, ())) for model in roots}
        # Every model reachable from a root through foreign keys pointing at it is filtered as well.
        filtered = set(roots)
        grew = True
        while grew:
            grew = False
            for (model, _column), target in FOREIGN_KEYS.items():
                if target in filtered and model not in filtered:
                    filtered.add(model)
                    grew = True
        self.filtered = filtered
        for model in filtered:
            self.kept.setdefault(model, set())
        self._links = {
            model: [
                (col, target)
                for (m, col), target in FOREIGN_KEYS.items()
                if m == model and target in filtered
            ]
            for model in filtered
        }

    def _id(self, rec: Rec) -> str:
        return stable_id(self.account_id, rec.model, rec.key)

    def __call__(self, recs: list[Rec]) -> list[Rec]:
        # First the created roots, and the root records they point at (an application's candidate),
        # since a page lists a candidate before its applications.
        for rec in recs:
            if rec.model in self.roots and self._id(rec) in self.kept[rec.model]:
                for column, target in self._links[rec.model]:
                    value = rec.fields.get(column)
                    if value and target in self.roots:
                        self.kept[target].add(value)
        out = []
        for rec in recs:
            if rec.model not in self.filtered:
                out.append(rec)
                continue
            rid = self._id(rec)
            if rec.model in self.roots:
                keep = rid in self.kept[rec.model]
            else:
                keep = all(
                    not rec.fields.get(col) or rec.fields.get(col) in self.kept[target]
                    for col, target in self._links[rec.model]
                )
                if keep:
                    self.kept[rec.model].add(rid)
            if keep:
                out.append(rec)
        return out


def record_filter(conn: Connection, account: AccountInfo) -> CreatedOnly | None:
    """The filter the account's options ask for, or ``None`` to keep everything."""
    if not account.options.get(OPTION):
        return None
    return CreatedOnly(account.id, q.created_ids(conn, account.id))
