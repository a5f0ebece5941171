"""Carerix XML ⇄ plain Python, for the connector (VENDOR.md "Data format").

Reading turns an answer into dicts and lists the mapping can walk:

- an entity element → ``{"_entity": "CRVacancy", "id": "5310", "jobTitle": "…", …}``;
- a plain attribute → its text (``None`` when empty), never converted: the mapping knows the types;
- a to-one relation → the related entity's dict; a to-many relation → a list of them; which is which
  follows Carerix's naming (``to…``/``owner``/``statusInfo``… are to-one, plurals are to-many);
- ``NSDictionary`` → a dict, ``NSArray`` → a list;
- the list envelope ``<array count="N">`` → ``{"_entity": "array", "count": N | None, "items": […]}``.

A body that is not well-formed XML raises ``ValueError`` (the HTTP client then retries the read and
finally reports an unreadable answer). Writing builds request bodies from the same shapes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree

import httpx

#: Relations that are to-one although their names do not start with "to" (describe output, V).
TO_ONE = frozenset({"owner", "statusInfo", "type", "createdBy", "modifiedBy"})


#: Characters XML 1.0 cannot carry (control characters other than tab, newline, carriage return).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def is_to_many(name: str) -> bool:
    """Whether a relation element holds a list (VENDOR.md "Data format": the describe naming rule)."""
    return not name.startswith("to") and name not in TO_ONE and name.endswith("s")


def _text(elem: ElementTree.Element) -> str | None:
    text = elem.text
    return text if text is not None and text.strip() else None


def _collection(elem: ElementTree.Element) -> Any:
    if elem.tag == "NSDictionary":
        return {child.tag: value_of(child) for child in elem}
    children = list(elem)
    if children:
        return [value_of(child) for child in children]
    text = _text(elem)
    return [] if text is None else [part.strip() for part in text.split(",") if part.strip()]


def entity(elem: ElementTree.Element) -> dict[str, Any]:
    """An entity element as a dict: its attributes (``id``) and one key per child element."""
    out: dict[str, Any] = {"_entity": elem.tag, **elem.attrib}
    for child in elem:
        out[child.tag] = value_of(child)
    return out


def value_of(elem: ElementTree.Element) -> Any:
    """A property element's value: text, a related entity, a list of them, or a collection."""
    children = list(elem)
    if elem.tag in ("NSDictionary", "NSArray"):
        return _collection(elem)
    if not children:
        if elem.attrib:  # a bare entity reference used as a value
            return {"_entity": elem.tag, **elem.attrib}
        return _text(elem)  # an empty to-many list reads as None too: XML cannot tell them apart
    if len(children) == 1 and children[0].tag in ("NSDictionary", "NSArray"):
        return _collection(children[0])
    if is_to_many(elem.tag):
        return [entity(child) for child in children]
    return entity(children[0])


def parse(content: bytes) -> Any:
    """A Carerix body as Python; ``ValueError`` when it is not well-formed XML."""
    if not content or not content.strip():
        return None
    head = content[:2048].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:  # Carerix sends none; entity tricks are refused
        raise ValueError("an XML answer with a DOCTYPE is not accepted")
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:  # a SyntaxError, not a ValueError: say it the client's way
        raise ValueError(f"not well-formed XML: {exc}") from None
    if root.tag == "array":
        raw = root.attrib.get("count")
        count = int(raw) if raw is not None and raw.strip().isdigit() else None
        return {"_entity": "array", "count": count, "items": [entity(child) for child in root]}
    return entity(root)


def decode(response: httpx.Response) -> Any:
    """The connector's body reader (``Connector.decode``)."""
    return parse(response.content)


def error_text(response: httpx.Response) -> str | None:
    """Carerix's own words from an ``NSException`` body (its ``reason``), for error messages."""
    try:
        body = parse(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict) or body.get("_entity") != "NSException":
        return None
    reason = body.get("reason") or body.get("name")
    return str(reason).strip() if reason else None


# --- writing --------------------------------------------------------------------------------------


def ref(entity_name: str, entity_id: str | int) -> dict[str, Any]:
    """A reference to an existing record, e.g. ``ref("CRDataNode", 905)``."""
    return {"_entity": entity_name, "id": str(entity_id)}


class Dictionary(dict[str, Any]):
    """A value written as ``<NSDictionary>`` (``additionalInfoPartial``)."""


def _fill(elem: ElementTree.Element, key: str, value: Any) -> None:
    child = ElementTree.SubElement(elem, key)
    if isinstance(value, Dictionary):
        holder = ElementTree.SubElement(child, "NSDictionary")
        for name, item in value.items():
            ElementTree.SubElement(holder, name).text = "" if item is None else _NOT_XML.sub("", str(item))
    elif isinstance(value, Mapping):
        child.append(build(str(value["_entity"]), value))
    elif isinstance(value, list):
        for item in value:
            child.append(build(str(item["_entity"]), item))
    elif value is not None:
        child.text = _NOT_XML.sub("", str(value))


def build(entity_name: str, fields: Mapping[str, Any]) -> ElementTree.Element:
    """An entity element from a dict shaped like ``parse``'s output (``id`` becomes the attribute)."""
    elem = ElementTree.Element(entity_name)
    if fields.get("id") is not None:
        elem.set("id", str(fields["id"]))
    for key, value in fields.items():
        if key in ("_entity", "id"):
            continue
        _fill(elem, key, value)
    return elem


def body(entity_name: str, fields: Mapping[str, Any]) -> bytes:
    """A request body: the XML declaration and one entity (VENDOR.md "Data format")."""
    text = ElementTree.tostring(build(entity_name, fields), encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text).encode("utf-8")
