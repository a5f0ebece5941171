"""Erasure at the vendor (issue 15.2): a person's candidate records deleted at each vendor whose
connector declares ``delete-candidate``, each as an outbox write sent at once, before the local forget.

The local forget waits for every one of those writes to be sent: the outbox resolves a write's
candidate through the cache, so forgetting first would leave a queued deletion nothing to resolve.
A vendor whose API offers no deletion is named, for the user to delete the person there. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from desktop.accounts import AccountInfo, Accounts
from desktop.cache.writer import CacheWriter
from desktop.privacy.person import PersonRecords

#: The unified action that deletes (or, as the vendor chooses, anonymises) a candidate at the vendor.
ACTION = "delete-candidate"


@dataclass(frozen=True)
class Deletion:
    """What happened at one account's vendor for one of the person's candidate records."""

    account: str
    vendor: str
    candidate_id: str
    #: "sent", "unsupported" (the vendor's API offers no deletion), or the outbox state it waits in
    state: str
    detail: str = ""

    @property
    def blocks(self) -> bool:
        """Not sent although the vendor offers it: the local forget must wait."""
        return self.state not in ("sent", "unsupported")


def _owners(engine: Engine, person: PersonRecords) -> list[tuple[str, str]]:
    ids = person.candidates
    if not ids:
        return []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT id, account_id FROM candidates WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id",
            tuple(ids),
        ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def deleting_vendors(engine: Engine, accounts: Accounts, person: PersonRecords) -> list[str]:
    """The vendors (display names) that can delete one of the person's records, for the question."""
    by_id = {a.id: a for a in accounts.list()}
    names = {
        by_id[account].connector.display_name
        for _cid, account in _owners(engine, person)
        if account in by_id and ACTION in by_id[account].connector.actions
    }
    return sorted(names)


async def delete_at_vendors(
    engine: Engine, writer: CacheWriter, accounts: Accounts, person: PersonRecords
) -> list[Deletion]:
    """Send a deletion for each of the person's records whose vendor offers one; one line each."""
    from desktop.outbox.worker import ActionRefused, OutboxWorker

    by_id: dict[str, AccountInfo] = {a.id: a for a in accounts.list()}
    worker = OutboxWorker(writer, accounts)
    out: list[Deletion] = []
    for candidate_id, account_id in _owners(engine, person):
        account = by_id[account_id]
        vendor = account.connector.display_name
        if ACTION not in account.connector.actions:
            out.append(Deletion(account.name, vendor, candidate_id, "unsupported"))
            continue
        try:
            outcome = await worker.submit(account, ACTION, {"candidate_id": candidate_id})
        except ActionRefused as exc:
            out.append(Deletion(account.name, vendor, candidate_id, "refused", str(exc)))
            continue
        detail = outcome.note if outcome.state == "sent" else outcome.error
        out.append(Deletion(account.name, vendor, candidate_id, outcome.state, detail or ""))
    return out
