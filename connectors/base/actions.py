"""Write actions, declared: the unified input of each action and what a connector can do with it.

One declaration feeds the CLI, the forms and the checks:

- ``SCHEMAS`` holds, per action name (the brief's name in kebab case), the unified input as field
  paths with their kinds (``candidate.email_address`` is an e-mail, ``attachments[].type`` one of
  CV, COVER_LETTER, OTHER …). Shapes follow Kombo's request bodies (``unified-model.md``,
  "Write actions"); ids in an input are the cache's unified ids.
- A connector declares an ``ActionSpec`` per action it supports: the fields it accepts, its own
  rules as data (``AttachmentPolicy``) or small callables (``must_exist``), a ``fallback`` it may
  take, and the async ``send`` (plus ``reconcile`` for creates) that talks to the vendor.

``send`` never sees the cache: the outbox resolves unified ids to the vendor's ids beforehand and
passes them in ``ActionContext.refs``. It returns an ``ActionResult`` carrying the vendor's ids and
unified records for an immediate upsert, so views show a write before the next sync.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from connectors.base.declarations import MapContext, Rec, Stream
from connectors.base.reader import enrich_item
from connectors.http import ConnectorError, VendorClient

# --- the unified input ----------------------------------------------------------------------------

#: What a field holds; ``validation`` knows how to check each kind.
Kind = Literal[
    "text",
    "email",
    "phone",
    "url",
    "date",
    "country",
    "enum",
    "bool",
    "number",
    "id",
    "object",
    "list",
    "base64",
    "data_url",
    "content_type",
    "any",
]


@dataclass(frozen=True)
class FieldSpec:
    """One field of an action's unified input.

    ``path`` uses dots for objects and ``[]`` for list items (``attachments[].name``). ``required``
    applies when the parent object is present (``candidate.first_name`` is required because
    ``candidate`` is). ``model`` names the cache model an ``id`` points at; ``lookup`` asks the
    outbox to find an existing record by this value (model, column), e.g. a tag by its name.
    """

    path: str
    kind: Kind
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    model: str | None = None
    lookup: tuple[str, str] | None = None
    max_length: int | None = None


@dataclass(frozen=True)
class ActionSchema:
    """An action of the unified model: its name, what it does, and its input fields."""

    name: str
    title: str
    fields: tuple[FieldSpec, ...]
    #: A create makes a new record whose outcome must be reconciled when unknown (DESIGN §6).
    creates: bool = False
    #: Offered in a record's action menu; False for what only a dedicated flow asks for (a deletion at
    #: the vendor, asked for by "forget this person", issue 15.2).
    offered: bool = True

    def field(self, path: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.path == path), None)

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.fields)


def _f(path: str, kind: Kind, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(path, kind, label, **kw)


_CONTACT_TYPES = ("PERSONAL", "WORK", "OTHER")
ATTACHMENT_TYPES = ("CV", "COVER_LETTER", "OTHER")


def _attachment(prefix: str) -> tuple[FieldSpec, ...]:
    return (
        _f(f"{prefix}.name", "text", "File name", required=True, max_length=255),
        _f(f"{prefix}.type", "enum", "Kind of file", required=True, choices=ATTACHMENT_TYPES),
        _f(f"{prefix}.content_type", "content_type", "Content type"),
        _f(f"{prefix}.data", "base64", "File content (base64)"),
        _f(f"{prefix}.data_url", "data_url", "File URL (data: or https:)"),
    )


_CANDIDATE_INPUT: tuple[FieldSpec, ...] = (
    _f("candidate", "object", "Candidate", required=True),
    _f("candidate.first_name", "text", "First name", required=True, max_length=200),
    _f("candidate.last_name", "text", "Last name", required=True, max_length=200),
    _f("candidate.email_address", "email", "E-mail", required=True),
    _f("candidate.additional_email_addresses", "list", "More e-mail addresses"),
    _f("candidate.additional_email_addresses[].type", "enum", "Type", required=True, choices=_CONTACT_TYPES),
    _f("candidate.additional_email_addresses[].email_address", "email", "E-mail", required=True),
    _f("candidate.company", "text", "Company", max_length=200),
    _f("candidate.title", "text", "Job title", max_length=200),
    _f("candidate.phone_number", "phone", "Phone"),
    _f("candidate.additional_phone_numbers", "list", "More phone numbers"),
    _f("candidate.additional_phone_numbers[].type", "enum", "Type", required=True, choices=_CONTACT_TYPES),
    _f("candidate.additional_phone_numbers[].phone_number", "phone", "Phone", required=True),
    _f("candidate.location", "object", "Location"),
    _f("candidate.location.city", "text", "City"),
    _f("candidate.location.country", "country", "Country (ISO code)"),
    _f("candidate.location.state", "text", "State or region"),
    _f("candidate.location.street_1", "text", "Street"),
    _f("candidate.location.zip_code", "text", "Postcode"),
    _f("candidate.gender", "enum", "Gender", choices=("MALE", "FEMALE", "OTHER")),
    _f("candidate.availability_date", "date", "Available from"),
    _f("candidate.salary_expectations", "object", "Salary expectations"),
    _f("candidate.salary_expectations.period", "enum", "Period", required=True, choices=("MONTH", "YEAR")),
    _f("candidate.salary_expectations.amount", "number", "Amount", required=True),
    _f("candidate.social_links", "list", "Links"),
    _f("candidate.social_links[].url", "url", "Link", required=True),
    _f("application", "object", "Application", required=True),
    _f("application.job_id", "id", "Job", required=True, model="jobs"),
    _f("application.stage_id", "id", "Stage", model="application_stages"),
    _f("screening_question_answers", "list", "Screening answers"),
    _f(
        "screening_question_answers[].question_id",
        "id",
        "Question",
        required=True,
        model="screening_questions",
    ),
    _f("screening_question_answers[].answer", "any", "Answer", required=True),
    _f("attachments", "list", "Attachments"),
    *_attachment("attachments[]"),
    _f("source", "object", "Source"),
    _f("source.name", "text", "Source name"),
    _f("source.id", "text", "Source id"),
    _f("sourced_by", "object", "Sourced by"),
    _f("sourced_by.user_id", "id", "User", required=True, model="users"),
    _f("gdpr_consent", "object", "GDPR consent"),
    _f("gdpr_consent.given", "bool", "Consent given"),
    _f("gdpr_consent.expires_at", "date", "Consent expires"),
)

_APPLICATION_ID = _f("application_id", "id", "Application", required=True, model="applications")
_CANDIDATE_ID = _f("candidate_id", "id", "Candidate", required=True, model="candidates")
_RESULT_LINK = (
    _f("label", "text", "Label", required=True, max_length=200),
    _f("url", "url", "Link", required=True),
    _f("details", "object", "Details"),
    _f("details.custom_field_name_prefix", "text", "Custom field prefix"),
    _f("details.attributes", "list", "Attributes"),
    _f("details.attributes[].key", "text", "Key", required=True),
    _f("details.attributes[].value", "text", "Value", required=True),
)
_TAG = (
    _f("tag", "object", "Tag", required=True),
    _f("tag.name", "text", "Tag", required=True, lookup=("tags", "name"), max_length=100),
)



def _attachment_to(what: str, target: FieldSpec) -> ActionSchema:
    """"Add attachment to application" / "… to candidate": one file for the record ``target`` names."""
    return ActionSchema(
        f"add-attachment-to-{what}",
        f"Add attachment to {what}",
        (target, _f("attachment", "object", "Attachment", required=True), *_attachment("attachment")),
        creates=True,
    )


SCHEMAS: dict[str, ActionSchema] = {
    s.name: s
    for s in (
        ActionSchema("create-candidate", "Create candidate", _CANDIDATE_INPUT, creates=True),
        ActionSchema("create-application", "Create application", _CANDIDATE_INPUT, creates=True),
        _attachment_to("application", _APPLICATION_ID),
        _attachment_to("candidate", _CANDIDATE_ID),
        ActionSchema(
            "move-application-to-stage",
            "Move application to stage",
            (
                _APPLICATION_ID,
                _f("stage_id", "id", "Stage", required=True, model="application_stages"),
                # Kombo's reject call takes the reason this way; vendors that need one for a rejection stage
                # (SmartRecruiters REJECTED/WITHDRAWN) read it here.
                _f("rejection_reason_id", "id", "Rejection reason", model="rejection_reasons"),
            ),
        ),
        ActionSchema(
            "add-result-link-to-application",
            "Add result link to application",
            (_APPLICATION_ID, *_RESULT_LINK),
            creates=True,
        ),
        ActionSchema(
            "add-result-link-to-candidate",
            "Add result link to candidate",
            (_CANDIDATE_ID, *(f for f in _RESULT_LINK if f.path != "details.custom_field_name_prefix")),
            creates=True,
        ),
        ActionSchema(
            "add-note-to-application",
            "Add note to application",
            (
                _APPLICATION_ID,
                _f("content", "text", "Note", required=True),
                _f("content_type", "enum", "Format", choices=("PLAIN_TEXT",)),
            ),
            creates=True,
        ),
        ActionSchema("add-tag-to-candidate", "Add tag to candidate", (_CANDIDATE_ID, *_TAG)),
        ActionSchema("remove-tag-from-candidate", "Remove tag from candidate", (_CANDIDATE_ID, *_TAG)),
        # Erasure at the vendor (GDPR art. 17), after the local forget's confirmation; where the vendor
        # anonymises rather than deletes, its connector says so in the result.
        ActionSchema("delete-candidate", "Delete candidate at the vendor", (_CANDIDATE_ID,), offered=False),
    )
}


def schema(action: str) -> ActionSchema:
    """The unified schema of ``action``; a ValueError listing the known actions otherwise."""
    found = SCHEMAS.get(action)
    if found is None:
        raise ValueError(f"Unknown action {action!r}. Actions: {', '.join(SCHEMAS)}.")
    return found


# --- problems, rules ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, naming the field (``candidate.email_address``)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


#: A connector's own check: (input, resolved refs or None before resolution) → problems.
Rule = Callable[[Mapping[str, Any], Mapping[str, Any] | None], Iterable[Problem]]


@dataclass(frozen=True)
class AttachmentPolicy:
    """What a vendor takes as files, as data the forms can show and the checks apply.

    CareerPlug's "exactly one attachment and it must be a CV" is ``min_count=1, max_count=1,
    types=("CV",)``; SmartRecruiters' 2 MB PDF/DOC/DOCX/RTF/JPG/PNG is ``max_bytes`` and ``extensions``.
    """

    max_bytes: int | None = None
    #: Lower-case file name extensions without the dot; empty = any.
    extensions: tuple[str, ...] = ()
    #: Allowed unified attachment types; empty = any.
    types: tuple[str, ...] = ()
    min_count: int = 0
    max_count: int | None = None
    #: Accept ``data_url`` links to download (http/https); ``data:`` URLs are always fine.
    remote_urls: bool = True


#: Suffix of the ref key under which the outbox lists the values that do exist when a ``lookup`` field
#: names none (``refs["tag.name#existing"] == ["Führerschein Klasse B", …]``).
EXISTING = "#existing"


@dataclass(frozen=True)
class MustExist:
    """A rule: the value at ``path`` must name a record already in the cache (the outbox looks it up,
    see ``FieldSpec.lookup``). RECRU's "only existing tags can be assigned" is ``must_exist("tag.name",
    "tag")``. Where the outbox listed the existing values, the refusal names them. Being data, a form
    can see it and offer a picker of the existing values only."""

    path: str
    what: str

    def __call__(self, data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
        path, what = self.path, self.what
        if refs is None or path not in refs:
            return []
        if refs[path] is None:
            given = get_path(data, path)
            message = (
                f"no {what} named {given!r} exists; only existing {what}s "
                "can be used (sync first if it was just created)"
            )
            existing = refs.get(f"{path}{EXISTING}")
            if isinstance(existing, list):
                wanted = str(given or "").strip().casefold()
                close = [v for v in existing if str(v).strip().casefold() == wanted]
                if close:
                    message += f"; did you mean {close[0]!r}?"
                elif existing:
                    message += f". Existing {what}s: {', '.join(map(str, existing))}"
                else:
                    message += f". There are no {what}s yet"
            return [Problem(path, message)]
        return []


def must_exist(path: str, what: str) -> Rule:
    """The ``MustExist`` rule for ``path`` (``what`` names the record in messages)."""
    return MustExist(path, what)


def whole_number(path: str, message: str) -> Rule:
    """A rule: the value at ``path``, when given, is a whole number (a vendor's numeric id, such as a
    source from its source list); ``message`` says what the vendor wants instead."""

    def rule(data: Mapping[str, Any], refs: Mapping[str, Any] | None) -> Iterable[Problem]:
        value = get_path(data, path)
        if value is not None and not str(value).strip().isdigit():
            yield Problem(path, message)

    return rule


def existing_only(spec: ActionSpec) -> set[str]:
    """The paths ``spec`` accepts only with values that already exist (its ``MustExist`` rules)."""
    return {rule.path for rule in spec.rules if isinstance(rule, MustExist)}


# --- what a connector declares --------------------------------------------------------------------


@dataclass
class ActionResult:
    """What a sent action produced.

    ``ids`` names the records the action resulted in, model → the vendor's key (the outbox turns
    them into unified ids); ``created`` lists those models among them that this action created
    (for "sync only created applications"). ``records`` are unified records to upsert at once;
    ``complete`` says they are a full re-read of their parents, so children missing from them are
    gone (a removed tag). ``fallback`` tells the user a documented detour was taken.
    """

    ids: dict[str, str] = field(default_factory=dict)
    created: tuple[str, ...] = ()
    remote: dict[str, Any] = field(default_factory=dict)
    records: list[Rec] = field(default_factory=list)
    complete: bool = False
    fallback: str | None = None
    note: str | None = None


@dataclass
class ActionContext:
    """What ``send`` and ``reconcile`` get besides the client and the input.

    ``refs`` maps each id field of the input (``application_id``, ``attachments[0]…``) to the cache
    record it names: ``{"id", "remote_id", "model", "fields", "links": {column: {"id", "remote_id"}}}``.
    ``progress`` survives retries and restarts once ``checkpoint()`` returned: a multi-step action
    records each finished step there (the candidate is created, the CV uploaded) and a retry skips
    them. ``started_at`` is when the first attempt began (ISO, UTC).
    """

    account_id: str
    refs: Mapping[str, Any]
    idempotency_key: str
    started_at: str
    progress: dict[str, Any] = field(default_factory=dict)
    checkpoint: Callable[[], Awaitable[None]] | None = None

    @property
    def map(self) -> MapContext:
        return MapContext(self.account_id)

    async def save(self) -> None:
        """Persist ``progress`` before the next step goes out."""
        if self.checkpoint is not None:
            await self.checkpoint()

    def ref(self, path: str) -> dict[str, Any]:
        found = self.refs.get(path)
        if not found:
            raise InputRejected(f"{path}: the record it names was not resolved; save the action again.")
        return dict(found)

    def remote(self, path: str) -> str:
        """The vendor's id of the record the input's ``path`` names."""
        return str(self.ref(path)["remote_id"])

    def remote_or_none(self, path: str) -> str | None:
        found = self.refs.get(path)
        return str(found["remote_id"]) if found else None

    def linked(self, path: str, column: str) -> str:
        """The vendor's id of a record linked from the one ``path`` names (an application's ``job_id``)."""
        link = (self.ref(path).get("links") or {}).get(column)
        if not link or not link.get("remote_id"):
            raise InputRejected(f"{path}: the cached record has no {column}; sync first.")
        return str(link["remote_id"])


Send = Callable[[VendorClient, Mapping[str, Any], ActionContext], Awaitable[ActionResult]]
#: Looks for the effect of an earlier attempt whose answer was lost. Returns the result when the whole
#: action is found done, else ``None`` after recording in ``ctx.progress`` what was found, so ``send``
#: only does what is missing.
Reconcile = Callable[[VendorClient, Mapping[str, Any], ActionContext], Awaitable[ActionResult | None]]


@dataclass(frozen=True)
class ActionSpec:
    """One action a connector supports.

    ``fields`` are the unified paths it accepts; a parent path accepts everything beneath it
    (``candidate.location``). Anything else in an input is refused rather than silently dropped.
    ``idempotent`` means sending twice is harmless, so a lost answer is simply resent; otherwise a
    lost answer is reconciled (``reconcile``) or, lacking that, left to the user to check.
    """

    action: str
    send: Send
    fields: tuple[str, ...]
    required: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    attachments: AttachmentPolicy | None = None
    reconcile: Reconcile | None = None
    idempotent: bool = False
    #: Where the vendor puts it instead, e.g. "candidate" for an attachment to an application.
    fallback: str | None = None
    #: One line for the form: the vendor's constraints in words.
    notes: str = ""

    def accepts(self, path: str) -> bool:
        bare = path_pattern(path)
        for accepted in self.fields:
            if bare == accepted or bare.startswith(accepted + ".") or bare.startswith(accepted + "[]"):
                return True
            if accepted.startswith(bare + ".") or accepted.startswith(bare + "[]"):
                return True  # a parent of an accepted field
        return False


class InputRejected(ConnectorError):
    """The connector found the input unusable while sending (e.g. a linked file too large): fix it."""


# --- helpers connectors share ---------------------------------------------------------------------

_INDEX = re.compile(r"\[\d+\]")


def path_pattern(path: str) -> str:
    """``attachments[0].name`` → ``attachments[].name`` (the schema's spelling)."""
    return _INDEX.sub("[]", path)


def get_path(data: Any, path: str) -> Any:
    """The value at a concrete path (``attachments[0].name``), or ``None``."""
    current = data
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            index = int(part[1:-1])
            if not isinstance(current, list) or index >= len(current):
                return None
            current = current[index]
        else:
            if not isinstance(current, Mapping):
                return None
            current = current.get(part)
    return current


def decode_data_url(url: str) -> tuple[bytes, str | None]:
    """The bytes and media type of a ``data:`` URL (RFC 2397); ValueError if it is not one."""
    if not url.startswith("data:") or "," not in url:
        raise ValueError("not a data: URL")
    head, payload = url[5:].split(",", 1)
    params = head.split(";")
    media = params[0] or None
    if "base64" in params[1:]:
        return base64.b64decode(payload, validate=True), media
    from urllib.parse import unquote_to_bytes

    return unquote_to_bytes(payload), media


def decode_base64(text: str) -> bytes:
    """Strict base64 (whitespace allowed); ``binascii.Error`` when it is not."""
    return base64.b64decode("".join(text.split()), validate=True)


async def attachment_bytes(
    att: Mapping[str, Any], *, max_bytes: int | None = None
) -> tuple[bytes, str | None]:
    """The file of a unified attachment: its ``data``, a ``data:`` URL, or a download of an http(s)
    ``data_url`` (outside the vendor client: the link is not the vendor's host, and must not get its
    credentials). Returns the bytes and the media type if known."""
    if att.get("data"):
        try:
            return decode_base64(str(att["data"])), att.get("content_type")
        except (binascii.Error, ValueError):
            raise InputRejected(f"The attachment {att.get('name')!r} is not valid base64.") from None
    url = str(att.get("data_url") or "")
    if url.startswith("data:"):
        try:
            data, media = decode_data_url(url)
        except (binascii.Error, ValueError):
            raise InputRejected(f"The attachment {att.get('name')!r} has an unreadable data: URL.") from None
        return data, att.get("content_type") or media
    if url.startswith(("http://", "https://")):
        limit = max_bytes or 50 * 1024 * 1024
        async with (
            httpx.AsyncClient(timeout=60, follow_redirects=True) as http,
            http.stream("GET", url) as resp,
        ):
            if resp.status_code != 200:
                raise InputRejected(f"Could not download {att.get('name')!r} (HTTP {resp.status_code}).")
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputRejected(
                        f"The file at the link for {att.get('name')!r} is larger than {limit} bytes."
                    )
                chunks.append(chunk)
            return b"".join(chunks), att.get("content_type") or resp.headers.get("content-type")
    raise InputRejected(f"The attachment {att.get('name')!r} has neither data nor a usable data_url.")


async def read_item(stream: Stream, client: VendorClient, ctx: MapContext, item: dict[str, Any]) -> list[Rec]:
    """Read one record the way ``stream`` reads it during a sync (its sub-requests, its mapping), so a
    write's answer lands in the cache exactly as the next sync would store it."""
    await enrich_item(client, stream.enrich, item)
    return list(stream.map(item, ctx))
