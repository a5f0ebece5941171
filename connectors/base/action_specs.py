"""The action specs connectors declare alike, made once (``connectors.base.actions`` declares what a
spec is).

- ``declared``: a spec that takes its action's unified fields as they are (less those it leaves out);
- ``create_specs``: "create candidate" and "create application" are one call at every vendor we have
  (each needs a job, each makes a candidate and an application), so one send declares both;
- ``attachment_specs``: a file for a candidate, and for an application (with ``fallback="candidate"``
  where the vendor keeps files on the candidate);
- ``tag_specs``: adding and removing one tag, both harmless to send again, through one ``retag``;
- ``Target``: the candidate a write about a candidate or about an application lands on, so one send
  serves both actions of a pair.

What stays a connector's own: its fields, rules, notes and the sends themselves.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from connectors.base.actions import (
    ActionContext,
    ActionResult,
    ActionSpec,
    AttachmentPolicy,
    Reconcile,
    Rule,
    Send,
    schema,
)
from connectors.http import VendorClient

#: The two creates, in the order the forms offer them.
CREATES = ("create-candidate", "create-application")

#: The person fields every vendor's create takes.
PERSON = ("candidate.first_name", "candidate.last_name", "candidate.email_address", "candidate.phone_number")

#: Adds (True) or removes (False) the input's ``tag.name`` on its candidate.
Retag = Callable[[VendorClient, Mapping[str, Any], ActionContext, bool], Awaitable[ActionResult]]


class SpecOptions(TypedDict, total=False):
    """What an ``ActionSpec`` declares beyond its action, send and fields (see ``ActionSpec``)."""

    required: tuple[str, ...]
    rules: tuple[Rule, ...]
    attachments: AttachmentPolicy
    reconcile: Reconcile
    idempotent: bool
    fallback: str
    notes: str


def declared(
    action: str, send: Send, *, leave_out: tuple[str, ...] = (), **options: Unpack[SpecOptions]
) -> ActionSpec:
    """The spec of ``action`` taking every top-level field of its unified schema (``SCHEMAS``) but those
    in ``leave_out``; a parent accepts everything beneath it (``ActionSpec.accepts``)."""
    fields = tuple(p for p in schema(action).paths if "." not in p and "[]" not in p and p not in leave_out)
    return ActionSpec(action, send, fields, **options)


def create_specs(
    send: Send,
    fields: tuple[str, ...],
    attachments: AttachmentPolicy,
    reconcile: Reconcile,
    notes: str,
    *,
    required: tuple[str, ...] = (),
    rules: tuple[Rule, ...] = (),
) -> tuple[ActionSpec, ...]:
    """``create-candidate`` and ``create-application``, both sent by ``send``; every create takes files
    (``attachments``), reconciles a lost answer and says in ``notes`` what the vendor makes of it."""
    return tuple(
        ActionSpec(name, send, fields, required, rules, attachments, reconcile, notes=notes)
        for name in CREATES
    )


def attachment_specs(
    policy: AttachmentPolicy,
    send: Send,
    reconcile: Reconcile | None,
    *,
    application_notes: str,
    candidate_notes: str = "",
    application: tuple[Send, Reconcile | None] | None = None,
) -> tuple[ActionSpec, ActionSpec]:
    """``add-attachment-to-candidate`` and ``add-attachment-to-application`` (which may end up on the
    application's candidate: ``fallback="candidate"``). ``send`` and ``reconcile`` serve both (they
    tell them apart by ``Target.of``) unless ``application`` gives the application's own."""
    to_application, reconcile_application = application or (send, reconcile)
    return (
        ActionSpec(
            "add-attachment-to-candidate",
            send,
            ("candidate_id", "attachment"),
            attachments=policy,
            reconcile=reconcile,
            notes=candidate_notes,
        ),
        ActionSpec(
            "add-attachment-to-application",
            to_application,
            ("application_id", "attachment"),
            attachments=policy,
            reconcile=reconcile_application,
            fallback="candidate",
            notes=application_notes,
        ),
    )


def tag_specs(retag: Retag, *, notes: str) -> tuple[ActionSpec, ActionSpec]:
    """``add-tag-to-candidate`` (``notes`` for its form) and ``remove-tag-from-candidate``: sending either
    twice is harmless (the second finds the tag there, or gone)."""

    async def add(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        return await retag(client, data, ctx, True)

    async def remove(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
        return await retag(client, data, ctx, False)

    return (
        ActionSpec("add-tag-to-candidate", add, ("candidate_id", "tag"), idempotent=True, notes=notes),
        ActionSpec("remove-tag-from-candidate", remove, ("candidate_id", "tag"), idempotent=True),
    )


def tag_unchanged(add: bool, name: str) -> str:
    """The result's note when the candidate already had (or never had) the tag."""
    return f"The candidate {'already had' if add else 'did not have'} the tag {name!r}; nothing changed."


@dataclass(frozen=True)
class Target:
    """The candidate a write lands on: the input's ``candidate_id``, or the candidate of its
    ``application_id`` (then ``application`` is that application's vendor id)."""

    candidate: str
    application: str | None = None

    @classmethod
    def of(cls, data: Mapping[str, Any], ctx: ActionContext) -> Target:
        if data.get("application_id"):
            return cls(ctx.linked("application_id", "candidate_id"), ctx.remote("application_id"))
        return cls(ctx.remote("candidate_id"))

    @property
    def ids(self) -> dict[str, str]:
        """``ActionResult.ids``: the candidate, and the application where the input named one."""
        ids = {"candidates": self.candidate}
        if self.application:
            ids["applications"] = self.application
        return ids
