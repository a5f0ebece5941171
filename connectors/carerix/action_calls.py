"""Carerix writes, the requests beside the steps (``connectors.carerix.actions``): reading a record back
the way the sync reads it, and adding a file so that a lost answer can be reconciled."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import Any

from connectors.base.actions import (
    ActionContext,
    attachment_bytes,
)
from connectors.base.declarations import Rec, Stream
from connectors.carerix import mapping as m
from connectors.carerix.action_input import DOCUMENT_TYPES, MAX_FILE_BYTES, XML, Lists, decoded
from connectors.carerix.xmlcodec import body, ref
from connectors.http import ConnectorError, OutcomeUnknown, VendorClient

# --- creating --------------------------------------------------------------------------------------


async def post_new(
    client: VendorClient, ctx: ActionContext, entity: str, fields: Mapping[str, Any], step: str, what: str
) -> dict[str, Any]:
    """``POST /<entity>`` of a new record, its answer with the new ``id``. ``posting_<step>`` is saved in
    ``ctx.progress`` first, so after a lost answer ``reconcile`` looks for the record before a resend;
    ``what`` names it in the error when Carerix answers without the id."""
    ctx.progress[f"posting_{step}"] = True
    await ctx.save()
    answer = await decoded(client, "POST", f"/{entity}", body(entity, fields))
    if not answer.get("id"):
        raise OutcomeUnknown(f"Carerix answered the new {what} without its id; it may exist.")
    return answer


# --- reading back ----------------------------------------------------------------------------------


async def fetch(client: VendorClient, stream: Stream, record_id: str) -> dict[str, Any]:
    """One record as ``stream`` reads it (same ``show`` list)."""
    answer = await client.get_json(f"{stream.path}/{record_id}", params={"show": stream.params["show"]})
    if not isinstance(answer, dict) or not answer.get("id"):
        raise ConnectorError(f"Carerix answered {stream.path}/{record_id} without the record.")
    return answer


async def refresh(client: VendorClient, stream: Stream, ctx: ActionContext, record_id: str) -> list[Rec]:
    """The record mapped as the sync maps it; nothing (the next sync brings it) if the read fails:
    the write itself succeeded."""
    try:
        item = await fetch(client, stream, record_id)
    except ConnectorError:
        return []
    reader = stream.records or (lambda b: b["items"])
    return [rec for entry in reader({"items": [item]}) for rec in stream.map(entry, ctx.map)]


async def attachments_of(client: VendorClient, entity: str, record_id: str) -> list[dict[str, Any]]:
    answer = await client.get_json(
        f"/{entity}/{record_id}", params={"show": ["attachments.filePath", "attachments.label"]}
    )
    return m.many(answer if isinstance(answer, dict) else {}, "attachments")


# --- files -----------------------------------------------------------------------------------------


async def attachment_xml(lists: Lists, att: Mapping[str, Any]) -> dict[str, Any]:
    """One new ``CRAttachment``: file name, label, document type (when the tenant's list has it) and the
    base64 content (VENDOR.md "Writing", the vendor's own example)."""
    content, _media = await attachment_bytes(att, max_bytes=MAX_FILE_BYTES)
    name = str(att["name"]).strip()
    item: dict[str, Any] = {
        "_entity": "CRAttachment",
        "label": name.rsplit(".", 1)[0] or name,
        "filePath": name,
    }
    kind = str(att.get("type") or "OTHER")
    node = await lists.find("Document-type", *DOCUMENT_TYPES.get(kind, ()))
    if node:
        item["toTypeNode"] = ref("CRDataNode", node)
    item["toAttachmentData"] = {
        "_entity": "CRAttachmentData",
        "content": base64.b64encode(content).decode("ascii"),
    }
    return item


def _new_file(found: list[dict[str, Any]], before: Iterable[str], name: str) -> str | None:
    old = {str(b) for b in before}
    fresh = [a for a in found if str(a.get("id")) not in old and str(a.get("filePath") or "") == name]
    if not fresh:
        return None
    return str(max(fresh, key=lambda a: int(str(a["id"])) if str(a["id"]).isdigit() else 0)["id"])


async def upload(
    client: VendorClient,
    ctx: ActionContext,
    lists: Lists,
    entity: str,
    record_id: str,
    att: Mapping[str, Any],
    slot: str,
) -> str | None:
    """Add one file to ``entity``/``record_id``; its new attachment id, or ``None`` when Carerix answered
    but does not list it. ``ctx.progress[slot]`` keeps the ids there before, so a lost answer can be
    told from an older file of that name."""
    state: dict[str, Any] = ctx.progress.setdefault(slot, {})
    if state.get("id") and state.get("on") == f"{entity}/{record_id}":
        return str(state["id"])
    item = await attachment_xml(lists, att)
    state["on"] = f"{entity}/{record_id}"
    state["before"] = [str(a.get("id")) for a in await attachments_of(client, entity, record_id)]
    await ctx.save()
    await client.request(
        "PUT",
        f"/{entity}/{record_id}",
        content=body(entity, {"attachments": [item]}),
        headers=XML,
        idempotent=False,
    )
    found = _new_file(await attachments_of(client, entity, record_id), state["before"], item["filePath"])
    if found:
        state["id"] = found
        await ctx.save()
    return found


async def reconcile_upload(
    client: VendorClient, ctx: ActionContext, entity: str, record_id: str, att: Mapping[str, Any], slot: str
) -> str | None:
    """After a lost answer: the file's id if it arrived on ``entity``/``record_id``; else forget the try."""
    state = ctx.progress.get(slot) or {}
    if state.get("id") or "before" not in state or state.get("on") != f"{entity}/{record_id}":
        return str(state["id"]) if state.get("id") else None
    found = _new_file(
        await attachments_of(client, entity, record_id), state["before"], str(att["name"]).strip()
    )
    if found:
        state["id"] = found
        ctx.progress[slot] = state
        await ctx.save()
    return found
