"""Checks an action's input before anything is saved or sent, in two layers.

1. The unified rules every vendor shares (``unified_problems``): required fields, unknown fields,
   e-mail, phone, URL, ISO dates, country codes, choices, base64 or ``data_url`` files and their size.
2. The connector's declared capabilities (``capability_problems``): which fields it takes, what it
   additionally requires, its file policy, the job's screening questions (``screening``) and its own
   rules.

Everything here is pure and synchronous (no I/O, no cache) so the forms can call it on every keystroke;
``check_value`` checks a single field for inline messages. Each problem names the field path, e.g.
``candidate.email_address: 'x@' is not an e-mail address``.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from connectors.base import filetypes
from connectors.base.actions import (
    ActionSchema,
    ActionSpec,
    FieldSpec,
    Problem,
    decode_base64,
    decode_data_url,
    get_path,
    path_pattern,
    schema,
)
from connectors.base.screening import screening_problems

#: A sanity cap for any file, whatever the vendor: none of ours takes more.
UNIFIED_MAX_BYTES = 25 * 1024 * 1024

_EMAIL = re.compile(
    r"^[^@\s\"<>,;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
    r"[A-Za-z0-9])?)*\.[A-Za-z]{2,}$"
)
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+(?:\s*(?:x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTENT_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…'"


# --- one value ------------------------------------------------------------------------------------


def _kind_problem(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` does not fit ``spec`` (``None`` when it does). ``value`` is not ``None``."""
    kind = spec.kind
    if kind == "any":
        return None
    if kind == "object":
        return None if isinstance(value, Mapping) else "must be an object"
    if kind == "list":
        return None if isinstance(value, list) else "must be a list"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else f"{_show(value)} is not a number"
    if not isinstance(value, str):
        return "must be text"
    control = next((c for c in value if ord(c) < 32 and c not in "\t\n\r" or c == "\x7f"), None)
    if control is not None:
        return f"contains a control character (U+{ord(control):04X}); remove it"
    text = value.strip()
    if not text:
        return "must not be empty"
    if spec.max_length and len(value) > spec.max_length:
        return f"is {len(value)} characters long; at most {spec.max_length} are allowed"
    if kind == "email" and not _EMAIL.match(text):
        return f"{_show(value)} is not an e-mail address"
    if kind == "phone":
        digits = sum(c.isdigit() for c in text)
        if not _PHONE_CHARS.match(text) or not 5 <= digits <= 20:
            return f"{_show(value)} is not a phone number"
    if kind == "url":
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
            return f"{_show(value)} is not a web address (http:// or https://)"
    if kind == "date":
        normal = text.replace("Z", "+00:00")
        try:
            if not _DATE.match(text):
                raise ValueError
            datetime.fromisoformat(normal)
        except ValueError:
            return f"{_show(value)} is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"
    if kind == "country" and not _COUNTRY.match(text):
        return f"{_show(value)} is not a two-letter ISO country code (e.g. DE, NL, PL, US)"
    if kind == "enum" and text not in spec.choices:
        return f"{_show(value)} is not one of {', '.join(spec.choices)}"
    if kind == "content_type" and not _CONTENT_TYPE.match(text):
        return f"{_show(value)} is not a content type such as application/pdf"
    if kind == "base64":
        try:
            decode_base64(text)
        except (binascii.Error, ValueError):
            return "is not valid base64"
    if kind == "data_url":
        if text.startswith("data:"):
            try:
                decode_data_url(text)
            except (binascii.Error, ValueError):
                return "is not a readable data: URL (data:<type>;base64,<content>)"
        else:
            parts = urlsplit(text)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                return "must be a data: URL or an http(s) link to the file"
    return None


def check_value(action: str, path: str, value: Any) -> list[Problem]:
    """Inline check of one field (the forms call this as the user types)."""
    spec = schema(action).field(path_pattern(path))
    if spec is None:
        return [Problem(path, f"{action} has no such field")]
    if value is None or (isinstance(value, str) and not value.strip()):
        return [Problem(path, "is required")] if spec.required else []
    message = _kind_problem(spec, value)
    return [Problem(path, message)] if message else []


# --- files ----------------------------------------------------------------------------------------


def file_size(att: Mapping[str, Any]) -> int | None:
    """Decoded size of an attachment given inline (``data`` or a ``data:`` URL); ``None`` for a link
    or unreadable content (reported elsewhere)."""
    try:
        if isinstance(att.get("data"), str):
            return len(decode_base64(att["data"]))
        url = att.get("data_url")
        if isinstance(url, str) and url.startswith("data:"):
            return len(decode_data_url(url)[0])
    except (binascii.Error, ValueError):
        return None
    return None


def _head(att: Mapping[str, Any]) -> bytes | None:
    """The first bytes of an attachment given inline (enough for its signature), else ``None``."""
    try:
        if isinstance(att.get("data"), str):
            return decode_base64(att["data"][:64])
        url = att.get("data_url")
        if isinstance(url, str) and url.startswith("data:"):
            return decode_data_url(url)[0][:48]
    except (binascii.Error, ValueError):
        return None
    return None


def _extension(name: Any) -> str:
    text = str(name or "")
    return text.rsplit(".", 1)[-1].lower() if "." in text else ""


def _attachments(data: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    items = data.get("attachments")
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield f"attachments[{index}]", item
    single = data.get("attachment")
    if isinstance(single, Mapping):
        yield "attachment", single


def _unified_file_problems(data: Mapping[str, Any]) -> list[Problem]:
    problems = []
    for where, att in _attachments(data):
        given = [k for k in ("data", "data_url") if att.get(k) not in (None, "")]
        if len(given) != 1:
            problems.append(Problem(where, "give the file as exactly one of data (base64) or data_url"))
            continue
        size = file_size(att)
        if size == 0:
            name = att.get("name")
            problems.append(
                Problem(
                    f"{where}.{given[0]}",
                    f"the file {name!r} is empty (0 bytes)" if name else "the file is empty (0 bytes)",
                )
            )
            continue
        head = _head(att)
        if head is not None:
            why = filetypes.problem(str(att.get("name") or "the file"), head)
            if why:
                problems.append(Problem(f"{where}.{given[0]}", why))
                continue
        elif size is not None and size > UNIFIED_MAX_BYTES:
            problems.append(
                Problem(
                    f"{where}.{given[0]}",
                    f"the file is {size} bytes; at most {UNIFIED_MAX_BYTES} bytes are accepted",
                )
            )
    return problems


# --- the two layers -------------------------------------------------------------------------------


def _walk(sch: ActionSchema, obj: Mapping[str, Any], pattern: str, concrete: str) -> Iterator[Problem]:
    children = [f for f in sch.fields if _parent(f.path) == pattern]
    for key, value in obj.items():
        child_pattern = f"{pattern}.{key}" if pattern else str(key)
        shown = str(key) if str(key).strip() else json.dumps(str(key))  # an empty name shows as ""
        child_path = f"{concrete}.{shown}" if concrete else shown
        spec = sch.field(child_pattern)
        if spec is None:
            names = ", ".join(_leaf(f.path) for f in children)
            yield Problem(child_path, f"unknown field; {'here' if pattern else sch.name} takes: {names}")
            continue
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # blank is absent (a form's empty box); the required check below speaks if needed
        message = _kind_problem(spec, value)
        if message:
            yield Problem(child_path, message)
            continue
        if spec.kind == "object":
            yield from _walk(sch, value, child_pattern, child_path)
        elif spec.kind == "list" and any(_parent(f.path) == f"{child_pattern}[]" for f in sch.fields):
            for index, item in enumerate(value):
                where = f"{child_path}[{index}]"
                if not isinstance(item, Mapping):
                    yield Problem(where, "must be an object")
                else:
                    yield from _walk(sch, item, f"{child_pattern}[]", where)
    for spec in children:
        value = obj.get(_leaf(spec.path))
        if spec.required and (value is None or (isinstance(value, str) and not value.strip())):
            where = f"{concrete}.{_leaf(spec.path)}" if concrete else _leaf(spec.path)
            yield Problem(where, f"is required ({spec.label})")


def _parent(path: str) -> str:
    cut = path.rfind(".")
    return path[:cut] if cut >= 0 else ""


def _leaf(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def unified_problems(action: str, data: Any) -> list[Problem]:
    """Layer 1: the unified rules of ``action``."""
    try:
        sch = schema(action)
    except ValueError as exc:
        return [Problem("", str(exc))]
    if not isinstance(data, Mapping):
        return [Problem("", f"the input of {action} must be one JSON object")]
    problems = list(_walk(sch, data, "", ""))
    if not problems:
        problems.extend(_unified_file_problems(data))
    return problems


def _present_paths(value: Any, concrete: str) -> Iterator[str]:
    """Every path with a value, parents before children (``candidate``, ``candidate.first_name`` …)."""
    if isinstance(value, Mapping):
        for key, child in value.items():
            if child is None or (isinstance(child, str) and not child.strip()):
                continue
            path = f"{concrete}.{key}" if concrete else str(key)
            yield path
            yield from _present_paths(child, path)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            if isinstance(child, Mapping | list):
                yield from _present_paths(child, f"{concrete}[{index}]")


def capability_problems(
    spec: ActionSpec,
    data: Mapping[str, Any],
    refs: Mapping[str, Any] | None = None,
    *,
    vendor: str = "This ATS",
) -> list[Problem]:
    """Layer 2: what this connector takes for the action. ``refs`` (resolved cache records) lets rules
    that need them run; without it they are skipped."""
    problems: list[Problem] = []
    refused: list[str] = []
    for path in _present_paths(data, ""):
        if any(path.startswith(r + ".") or path.startswith(r + "[") for r in refused):
            continue
        if not spec.accepts(path):
            refused.append(path)
            problems.append(Problem(path, f"{vendor} does not take this field for {spec.action}"))
    for path in spec.required:
        value = get_path(data, path)
        if value in (None, "", []):
            problems.append(Problem(path, f"is required by {vendor}"))
    policy = spec.attachments
    if policy is not None:
        items = data.get("attachments")
        count = len(items) if isinstance(items, list) else 0
        if "attachments" in spec.fields or any(f.startswith("attachments[]") for f in spec.fields):
            if count < policy.min_count:
                what = "a CV" if policy.types == ("CV",) else f"at least {policy.min_count} attachment(s)"
                problems.append(Problem("attachments", f"{vendor} needs {what}"))
            if policy.max_count is not None and count > policy.max_count:
                problems.append(
                    Problem(
                        "attachments", f"{vendor} takes at most {policy.max_count} attachment(s), got {count}"
                    )
                )
        for where, att in _attachments(data):
            if policy.types and att.get("type") not in policy.types:
                problems.append(
                    Problem(f"{where}.type", f"{vendor} takes only {', '.join(policy.types)} here")
                )
            ext = _extension(att.get("name"))
            if policy.extensions and ext not in policy.extensions:
                problems.append(
                    Problem(
                        f"{where}.name",
                        f"{vendor} takes only "
                        f"{', '.join(e.upper() for e in policy.extensions)} "
                        f"files (got {att.get('name')!r})",
                    )
                )
            size = file_size(att)
            if policy.max_bytes is not None and size is not None and size > policy.max_bytes:
                problems.append(
                    Problem(
                        f"{where}.{'data' if att.get('data') else 'data_url'}",
                        f"the file is {size} bytes; {vendor} takes at most "
                        f"{policy.max_bytes} bytes ({policy.max_bytes / 1048576:g} MB)",
                    )
                )
            url = str(att.get("data_url") or "")
            if not policy.remote_urls and url.startswith(("http://", "https://")):
                problems.append(
                    Problem(f"{where}.data_url", f"{vendor} needs the file itself (data or a data: URL)")
                )
    if spec.accepts("screening_question_answers"):
        problems.extend(screening_problems(data, refs, vendor=vendor))
    for rule in spec.rules:
        problems.extend(rule(data, refs))
    return problems


def validate(
    action: str,
    data: Any,
    spec: ActionSpec | None = None,
    refs: Mapping[str, Any] | None = None,
    *,
    vendor: str = "This ATS",
) -> list[Problem]:
    """Both layers; the connector's only once the unified rules pass (its messages assume a sane input)."""
    problems = unified_problems(action, data)
    if problems or spec is None:
        return problems
    return capability_problems(spec, data, refs, vendor=vendor)
