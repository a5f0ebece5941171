"""The app's own tables beside the unified records: accounts, sync state, record bookkeeping, outbox.

Nothing secret is stored here: account credentials live in the OS keyring (``desktop.secrets``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class Account(SQLModel, table=True):
    __tablename__ = "accounts"
    id: str = Field(primary_key=True)
    name: str = Field(unique=True)
    vendor: str
    #: Non-secret settings (base_url, client_id, ...); secrets are in the keyring under ``id``.
    settings: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    #: Account options, e.g. {"sync_only_created_applications": true}.
    options: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: str


class SyncState(SQLModel, table=True):
    """Where each (account, stream) stands: resumable page state and the delta high-water mark."""

    __tablename__ = "sync_state"
    account_id: str = Field(primary_key=True)
    stream: str = Field(primary_key=True)
    run_id: int = 0
    #: True while a read is under way (or was cut off): the next sync resumes it.
    in_progress: bool = False
    full: bool = False
    page_state: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    #: Delta filter for the read under way, and the newest vendor timestamp seen so far in it.
    since: str | None = None
    pending_high: str | None = None
    #: The mark the next delta read starts from (set when a read completes).
    high_water: str | None = None
    last_full_sweep_at: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None
    #: A full read's deletion sweep waiting for its phase 2 (progressive streams): that read's run id.
    sweep_run: int | None = None
    #: What the stream keeps between syncs (``Stream.save_memo``, JSON), written with a read's last page.
    memo: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class RecordState(SQLModel, table=True):
    """Per unified record: hashes that tell a real change from a re-read, and the last read that saw it."""

    __tablename__ = "record_state"
    __table_args__ = (Index("ix_record_state_sweep", "account_id", "model", "seen_run"),)
    id: str = Field(primary_key=True)
    account_id: str
    model: str
    mapped_hash: str
    full_hash: str
    changed_at: str
    deleted: bool = False
    seen_run: int = 0


class EnrichItem(SQLModel, table=True):
    """A progressive stream's list item: its phase 2 (enrichment) pending or done (``desktop.sync.enrich``).

    The pending index (priority, newest first, only rows with ``item``) is created by migration 0005.
    """

    __tablename__ = "enrich_items"
    account_id: str = Field(primary_key=True)
    stream: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    #: The list item's stamp as last read, and as it was when last enriched (None: never).
    stamp: str
    enriched_stamp: str | None = None
    #: The list item (JSON) while its enrichment is pending; None once enriched.
    item: str | None = None
    newest: str | None = None
    #: Higher first: a record the user opened jumps the queue; a failed one goes last.
    priority: int = 0
    #: JSON list of the record ids the enriched item produced.
    records: str | None = None
    #: JSON of the sub-request answers kept for ``SubRequest.reuse`` (``connectors.base.reader.Answers``).
    answers: str | None = None


class OutboxEntry(SQLModel, table=True):
    """A write action, saved before anything is sent (see ``desktop.outbox``)."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("idempotency_key"),)
    id: int | None = Field(default=None, primary_key=True)
    account_id: str = Field(index=True)
    action: str
    input: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    idempotency_key: str
    #: queued | sending | unknown | sent | failed
    status: str = Field(index=True)
    attempts: int = 0
    next_attempt_at: str | None = None
    last_error: str | None = None
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: str
    updated_at: str
    #: Team mode (migration 0011): the member (user@host) who queued it, and the one whose claim sent it.
    author: str | None = None
    sender: str | None = None


class AttachmentFile(SQLModel, table=True):
    """Where an attachment's file stands on this machine (``desktop.attachments``): downloaded (its
    bytes in ``attachment_content``, migration 0008, inside the encrypted cache), refused (too large,
    not what it says) or failed, with a line for the user. Its text, once extracted, is in
    ``search_index`` (slot 5), not here."""

    __tablename__ = "attachment_files"
    id: str = Field(primary_key=True)  # the attachment's id
    account_id: str = Field(index=True)
    #: ok | too_large | refused | failed | unsupported
    status: str
    #: Unused since migration 0008 (files were loose under the data folder before); kept as a column.
    path: str | None = None
    size: int | None = None
    #: The type its bytes show (magic bytes), which decides how it is shown.
    content_type: str | None = None
    message: str | None = None
    downloaded_at: str
    indexed: bool = False
