"""eRecruiter writes, the requests beside the steps (``connectors.erecruiter.actions``): reading an
applicant and their documents back, and adding a document."""

import base64
from collections.abc import Mapping
from typing import Any

from connectors.base.actions import (
    ActionContext,
    InputRejected,
    attachment_bytes,
)
from connectors.base.declarations import Rec
from connectors.erecruiter import mapping as m
from connectors.erecruiter.action_input import MAX_FILE_BYTES, document_type, split_name
from connectors.http import ConnectorError, NotFound, VendorClient, VendorRejected
from connectors.unified.timefmt import iso


# --- calls -----------------------------------------------------------------------------------------------
async def read_applicant(client: VendorClient, applicant_id: str) -> dict[str, Any]:
    answer = await client.get_json(f"/Api/Applicant/{applicant_id}")
    if not isinstance(answer, dict):
        raise VendorRejected(f"eRecruiter answered Api/Applicant/{applicant_id} without an applicant.")
    return answer


async def read_optional(client: VendorClient, path: str, params: Mapping[str, Any] | None = None) -> Any:
    try:
        return await client.get_json(path, params=params)
    except NotFound:
        return None
    except ConnectorError as exc:
        if exc.status == 405:
            return None
        raise


async def refresh(client: VendorClient, ctx: ActionContext, applicant_id: str) -> list[Rec]:
    """The applicant and its applications as the sync would store them (VENDOR.md "Reads")."""
    applicant = await read_applicant(client, applicant_id)
    applications = await client.get_json(f"/Api/Applications/{applicant_id}")
    extra = {
        "custom": await read_optional(client, f"/Api/Applicant/CustomFields/{applicant_id}"),
        "documents": await read_optional(
            client, f"/Api/Applicant/Documents/{applicant_id}", {"includeContent": "false"}
        ),
    }
    return m.applicant_records(applicant, applications, extra, ctx.map)


async def read_documents(client: VendorClient, applicant_id: str) -> list[dict[str, Any]]:
    found = await read_optional(
        client, f"/Api/Applicant/Documents/{applicant_id}", {"includeContent": "false"}
    )
    return [d for d in m.listed(found) if isinstance(d, dict)]


async def _document_types(client: VendorClient, ctx: ActionContext) -> list[str]:
    if "document_types" not in ctx.progress:
        mandator = await client.get_json("/Api/Mandator")
        ctx.progress["document_types"] = [str(t) for t in m.listed(m.val(mandator, "ApplicantDocumentTypes"))]
    return list(ctx.progress["document_types"])


async def upload(
    client: VendorClient, ctx: ActionContext, applicant_id: str, att: Mapping[str, Any], *, cv_free: bool
) -> dict[str, Any]:
    """One file onto the applicant: a CV into the CV slot while it is free, anything else (and a second
    CV) as a document of the mandator's matching type. Returns what was stored."""
    content, _media = await attachment_bytes(att, max_bytes=MAX_FILE_BYTES)
    stem, extension = split_name(str(att["name"]))
    if not extension:
        raise InputRejected(f"{att['name']!r} needs a file extension (e.g. .pdf): eRecruiter stores one.")
    encoded = base64.b64encode(content).decode("ascii")
    kind = str(att.get("type") or "OTHER")
    if kind == "CV" and cv_free:
        # PUT creates (V); the CV takes only Content and FileExtension (V, 1.1.1).
        await client.request(
            "PUT",
            f"/Api/Applicant/Cv/{applicant_id}",
            idempotent=False,
            json_body={"Content": encoded, "FileExtension": extension},
        )
        return {"cv": True, "name": str(att["name"])}
    types = await _document_types(client, ctx)
    body = {
        "Name": stem,
        "FileExtension": extension,
        "Type": document_type(kind, types),
        "IsPublic": False,
        "Content": encoded,
    }
    answer = (
        await client.request(
            "PUT", f"/Api/Applicant/Document/{applicant_id}", json_body=body, idempotent=False
        )
    ).json()
    return {"document": str(m.val(answer, "Id")), "type": body["Type"], "name": stem}


def created_at_of(applicant: Any) -> str | None:
    return iso(m.val(applicant, "DateOfCreation"))
