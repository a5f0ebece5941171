"""Tiny ATS writes: one action, a note on an application (``POST /v1/applications/{id}/notes``, V).

The unified input (``connectors.base.actions.SCHEMAS``) is the app's; this module says which fields
Tiny ATS takes and sends them. ``send`` never sees the cache: the outbox resolves ``application_id``
to the vendor's id beforehand (``ctx.remote``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connectors.base.actions import ActionContext, ActionResult, ActionSpec
from connectors.http import VendorClient

NOTE_MAX = 2000  # VENDOR.md "Resources" (V)


async def add_note(client: VendorClient, data: Mapping[str, Any], ctx: ActionContext) -> ActionResult:
    application = ctx.remote("application_id")
    answer = (await client.request(
        "POST", f"/v1/applications/{application}/notes", json_body={"body": data["content"]}
    )).json()
    return ActionResult(ids={"applications": application}, remote={"note": answer.get("id")})


def declare() -> dict[str, ActionSpec]:
    spec = ActionSpec(
        "add-note-to-application",
        add_note,
        ("application_id", "content", "content_type"),
        notes=f"Plain text, at most {NOTE_MAX} characters; visible to every user.",
    )
    return {spec.action: spec}
