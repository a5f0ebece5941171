"""Sends outbox entries and folds the vendor's answers into the cache (DESIGN §6).

``submit`` checks an action (the unified rules, then the connector's), resolves its ids against the
cache, saves it, and tries to send it at once. ``flush`` sends whatever is due; ``run`` keeps doing
that in the background for the app.

How each outcome is handled:
- success: the answer's records are upserted in the same transaction that marks the entry sent, so
  views show the write before the next sync;
- transient failure (offline, throttled, vendor down): back to ``queued`` with exponential backoff;
  the account's later entries wait too, so writes reach the vendor in the order they were made;
- lost answer (``OutcomeUnknown``): ``unknown``; before anything is resent, an idempotent action is
  simply resent, a create is reconciled (the connector looks for what the lost attempt made), and any
  other action is left for the user to check, since resending might do it twice;
- permanent failure (refused, not found, credentials, rights): ``failed`` with the vendor's reason,
  until the user retries or drops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from connectors.base.actions import SCHEMAS, ActionContext, ActionResult, ActionSpec, Problem
from connectors.base.validation import capability_problems, validate
from connectors.http import ConnectorError, OutcomeUnknown, VendorClient
from connectors.http.redact import redact
from connectors.unified.ids import stable_id
from connectors.unified.timefmt import now_iso
from desktop import activity
from desktop.accounts import AccountError, AccountInfo, Accounts
from desktop.cache.writer import CacheWriter
from desktop.outbox import queue as q
from desktop.outbox.outcome import Book, Outcome, later, outcome_of
from desktop.outbox.resolve import ResolveError, resolve
from desktop.outbox.store import LocalBook
from desktop.secrets import KeyringUnavailable

if TYPE_CHECKING:
    from desktop.team.send import TeamSender

log = logging.getLogger("recruiter_companion.outbox")
T = TypeVar("T")


class ActionRefused(ValueError):
    """The action was not saved: its input breaks a rule. Each problem names its field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Backoff:
    """Delay before the n-th retry of a transiently failed entry: base·2ⁿ⁻¹, capped, with jitter."""

    base: float = 30.0
    maximum: float = 3600.0

    def delay(self, attempts: int) -> float:
        raw = min(self.maximum, self.base * (2 ** max(0, attempts - 1)))
        return raw * (0.75 + random.random() / 4)


def _team_stamp() -> tuple[int, int] | None:
    """The team settings file's (mtime, size), None when absent (a stat: cheap enough for every call)."""
    from desktop.team.connect import settings_path

    try:
        st = settings_path().stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _singular(model: str) -> str:
    return model[:-1] if model.endswith("s") else model


class OutboxWorker:
    """Saves, sends and retries write actions for the accounts in ``accounts``."""

    def __init__(
        self,
        writer: CacheWriter,
        accounts: Accounts,
        *,
        backoff: Backoff | None = None,
        lease_seconds: float = 600.0,
        team: bool | None = None,
    ) -> None:
        """``team``: send through the team server's outbox (``desktop.team.send``); None (the default)
        decides as the data folder says (``desktop.team.connect.connected``), False never does."""
        self.writer = writer
        self.accounts = accounts
        self.backoff = backoff or Backoff()
        #: How long a claimed entry is ours; after that, another worker treats the send as abandoned.
        self.lease_seconds = lease_seconds
        self._team_wanted = team
        self._team: TeamSender | None = None
        self._team_known = False
        #: The team settings file as last seen (None: absent): the window's worker lives across a
        #: ``team connect`` / ``team disconnect``, and must follow it (a disconnected worker that kept
        #: handing writes over would undo what the user chose at disconnect).
        self._team_stamp: tuple[int, int] | None = None

    async def team(self) -> TeamSender | None:
        """The team-mode sender when this data folder is connected to a team server, else None (opened
        again only when the team settings change: the keyring holds the server's password)."""
        if self._team_wanted is None:
            stamp = _team_stamp()
            if self._team_known and stamp != self._team_stamp:
                if self._team is not None:
                    self._team.shared.close()
                self._team, self._team_known = None, False
            self._team_stamp = stamp
        if not self._team_known:
            if self._team_wanted is not False:
                from desktop.team.send import TeamSender
                from desktop.team.shared_outbox import open_shared

                shared = await asyncio.to_thread(open_shared)
                self._team = None if shared is None else TeamSender(self, shared)
            self._team_known = True
        return self._team

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(conn, *args, **kwargs)`` in one transaction on the cache's writer thread."""
        return await self.writer.run(functools.partial(fn, **kwargs), *args)

    # --- saving -----------------------------------------------------------------------------------
    async def check(self, account: AccountInfo, action: str, data: Any) -> tuple[ActionSpec, dict[str, Any]]:
        """Both validation layers and id resolution; ``ActionRefused`` lists what is wrong."""
        connector = account.connector
        vendor = connector.display_name
        if action not in SCHEMAS:
            raise ActionRefused([Problem("", f"Unknown action {action!r}. Actions: {', '.join(SCHEMAS)}.")])
        spec = connector.actions.get(action)
        if spec is None:
            offered = ", ".join(connector.actions) or "none"
            raise ActionRefused([Problem("", f"{vendor} does not support {action}. It supports: {offered}.")])
        problems = validate(action, data, spec, vendor=vendor)
        if problems:
            raise ActionRefused(problems)
        try:
            refs = await self._db(resolve, account.id, action, data, account_name=repr(account.name))
        except ResolveError as exc:
            raise ActionRefused([Problem(exc.path, exc.message)]) from None
        problems = capability_problems(spec, data, refs, vendor=vendor)  # the rules that need the cache
        if problems:
            raise ActionRefused(problems)
        return spec, refs

    async def submit(
        self, account: AccountInfo, action: str, data: Any, *, key: str | None = None, send: bool = True
    ) -> Outcome:
        """Check, save (before anything is sent) and, unless ``send`` is false, send at once."""
        _spec, refs = await self.check(account, action, data)
        team = await self.team()
        author = team.member if team is not None else None
        entry = await self._db(
            q.enqueue, account.id, action, data, refs, now=now_iso(), key=key, author=author
        )
        if team is not None:
            return await team.submit(entry, send=send)
        if not send or entry.status not in q.PENDING:
            return outcome_of(entry)
        outcomes = await self._send_entries([entry], rounds=3)
        return outcomes.get(entry.id) or outcome_of(await self._db(q.require, entry.id))

    # --- queue operations the UI and CLI offer -----------------------------------------------------
    async def entries(self, account_id: str | None = None, *, pending: bool = False) -> list[q.Entry]:
        return await self._db(q.entries, account_id, q.PENDING if pending else None)

    async def team_entries(
        self, account_id: str | None = None, *, pending: bool = False
    ) -> tuple[list[dict[str, Any]], str | None] | None:
        """Team mode: the team's outbox rows this member sees (author and sender included) and why the
        server could not be read (None: it answered); None outside team mode. Local copies take the
        team's outcomes first, so ``entries`` read after this agree with it."""
        team = await self.team()
        if team is None:
            return None
        rows = await team.rows(account_id, q.PENDING if pending else None)
        return rows, team.gone

    async def retry(self, entry_id: int) -> Outcome:
        team = await self.team()
        if team is None:
            left = await self._db(q.require, entry_id)
            if left.handed_over:  # left with a team at ``team disconnect``: sending it here could double it
                raise q.OutboxError(
                    f"Outbox entry {entry_id} was left with the team's outbox when this computer "
                    "disconnected from the team server; a teammate sends it, so it is not sent from here. "
                    "Reconnect ('team connect') to see its outcome, or drop it."
                )
        entry = await self._db(q.retry, entry_id, now_iso())
        if team is not None:
            return await team.retry(entry)
        outcomes = await self._send_entries([entry], rounds=3)
        return outcomes.get(entry.id) or outcome_of(await self._db(q.require, entry_id))

    async def drop(self, entry_id: int) -> q.Entry:
        team = await self.team()
        if team is not None:
            return await team.drop(entry_id)
        return await self._db(q.drop, entry_id, now_iso())

    async def flush(self, account_id: str | None = None, *, ignore_schedule: bool = True) -> list[Outcome]:
        """Send what is pending (everything when the user asks, only what is due in the background)."""
        team = await self.team()
        if team is not None:
            return await team.flush(account_id, ignore_schedule=ignore_schedule)
        due = await self._db(q.due, account_id, now_iso(), ignore_schedule=ignore_schedule)
        outcomes = await self._send_entries(due, rounds=3)
        return [outcomes[e.id] for e in due if e.id in outcomes]

    async def send_entries(self, entries: list[q.Entry]) -> list[Outcome]:
        """Send these entries now (a bulk action's items), with the same rounds as ``flush``."""
        team = await self.team()
        if team is not None:
            return await team.send_entries(entries)
        outcomes = await self._send_entries(entries, rounds=3)
        return [outcomes[e.id] for e in entries if e.id in outcomes]

    async def run(self, stop: asyncio.Event, *, interval: float = 15.0) -> None:
        """Background sending for the app: flush due entries until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.flush(ignore_schedule=False)
            except Exception:  # one bad round must not end background sending
                log.exception("outbox round failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=interval)

    # --- sending ----------------------------------------------------------------------------------
    async def _send_entries(self, first: list[q.Entry], *, rounds: int) -> dict[int, Outcome]:
        """Send ``first`` in order; entries whose answer was lost are reconciled and resent in further
        rounds (up to ``rounds`` tries each), while an account that failed transiently is left alone
        for the rest of this pass (it is offline or throttled; order is kept)."""
        clients: dict[str, VendorClient] = {}
        accounts: dict[str, AccountInfo] = {}
        outcomes: dict[int, Outcome] = {}
        tries: dict[int, int] = {}
        blocked: set[str] = set()
        wanted = {e.id for e in first}
        todo = list(first)
        try:
            while todo:
                for entry in todo:
                    if entry.account_id in blocked:
                        continue
                    outcome = await self._process(entry, clients, accounts)
                    outcomes[entry.id] = outcome
                    tries[entry.id] = tries.get(entry.id, 0) + 1
                    if outcome.state == q.QUEUED:
                        blocked.add(entry.account_id)
                again = await self._db(q.entries, None, (q.UNKNOWN,))
                todo = [
                    e
                    for e in again
                    if e.id in wanted and tries.get(e.id, 0) < rounds and e.account_id not in blocked
                ]
        finally:
            for client in clients.values():
                await client.aclose()
        return outcomes

    async def _client(
        self, account_id: str, clients: dict[str, VendorClient], accounts: dict[str, AccountInfo]
    ) -> tuple[AccountInfo, VendorClient]:
        if account_id not in accounts:
            found = next((a for a in self.accounts.list() if a.id == account_id), None)
            if found is None:
                raise LookupError("the account of this entry was removed")
            accounts[account_id] = found
        account = accounts[account_id]
        if account_id not in clients:
            # Settings are read now, not when the entry was saved: an edited base URL applies.
            credentials = await asyncio.to_thread(self.accounts.credentials, account)  # keyring off the loop
            # Interactive writes may use the vendor's full limit (a sync keeps to the account's share).
            clients[account_id] = account.connector.client(credentials, share=1.0)
        return account, clients[account_id]

    async def _process(
        self, entry: q.Entry, clients: dict[str, VendorClient], accounts: dict[str, AccountInfo]
    ) -> Outcome:
        now = now_iso()
        claimed = await self._db(q.claim, entry, now=now, lease_until=later(self.lease_seconds))
        if claimed is None:  # another worker took it, or it changed meanwhile
            return outcome_of(await self._db(q.require, entry.id))
        q.INFLIGHT.add(claimed.id)
        try:
            outcome = await self._attempt(claimed, clients, accounts, LocalBook(self._db, claimed.id))
        finally:
            q.INFLIGHT.discard(claimed.id)
        activity.write_done(outcome)
        return outcome

    async def _attempt(
        self,
        entry: q.Entry,
        clients: dict[str, VendorClient],
        accounts: dict[str, AccountInfo],
        book: Book,
    ) -> Outcome:
        """One try of a claimed entry; ``book`` records the outcome (this cache's outbox, or the team's
        and the local copy in team mode)."""
        try:
            account, client = await self._client(entry.account_id, clients, accounts)
        except LookupError as exc:
            return await book.failed(str(exc))
        except (AccountError, KeyringUnavailable) as exc:
            # Credentials missing from the keyring, or the keyring locked: nothing was sent. The entry
            # waits, with the reason, until the user enters them again or unlocks the keyring.
            return await book.pending(q.QUEUED, str(exc), later(self.backoff.delay(entry.attempts)))
        connector = account.connector
        spec = connector.actions.get(entry.action)
        if spec is None:
            return await book.failed(f"{connector.display_name} no longer supports {entry.action}.")
        progress = entry.progress
        ctx = ActionContext(
            account.id, entry.refs, entry.idempotency_key, str(progress.get("started_at")), progress
        )

        async def checkpoint() -> None:
            await book.progress(ctx.progress)

        ctx.checkpoint = checkpoint
        data = entry.data
        try:
            result: ActionResult | None = None
            if entry.claimed_from == q.UNKNOWN and not spec.idempotent:
                if spec.reconcile is None:
                    vendor = connector.display_name
                    why = (
                        f"{vendor} did not confirm this {entry.action}; it may have arrived. Check in "
                        f"{vendor}, then retry it (it is sent again) or drop it."
                    )
                    return await book.failed(why, outcome_unknown=True)
                result = await spec.reconcile(client, data, ctx)
            if result is None:
                result = await spec.send(client, data, ctx)
        except OutcomeUnknown as exc:
            # Tried again soon, but only after reconciling (see ``claimed_from``).
            return await book.pending(q.UNKNOWN, str(exc), now_iso())
        except ConnectorError as exc:
            if exc.transient:
                return await book.pending(q.QUEUED, str(exc), later(self.backoff.delay(entry.attempts)))
            return await book.failed(str(exc))
        except Exception as exc:  # a bug must not lose the entry: keep it, with the reason, for the user
            log.exception("outbox entry %s failed", entry.id)
            return await book.failed(redact(f"{type(exc).__name__}: {exc}"))
        ids = {
            f"{_singular(model)}_id": stable_id(account.id, model, key) for model, key in result.ids.items()
        }
        created = {
            model: [stable_id(account.id, model, result.ids[model])]
            for model in result.created
            if model in result.ids
        }
        outcome = {
            "ids": ids,
            "remote_ids": result.remote,
            "created": created,
            "fallback": result.fallback,
            "note": result.note,
            "records": len(result.records),
        }
        return await book.sent(account.id, connector, result, outcome)

