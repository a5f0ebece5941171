"""What a diagnose report keeps of each request: method, path template, status, timing and the shape of
the answer, never a value.

``RequestLog`` is a ``VendorClient.observers`` hook. Paths lose their ids (numbers, UUIDs, long hex or
opaque tokens become ``{id}``), the query string is never looked at (CareerPlug's token travels there),
headers are never looked at, and a body is reduced to its structure: JSON as keys and types (a list
summarised by its first item), XML as element and attribute names. Keys that are themselves data
(ids, e-mail addresses used as keys) are summarised the same way.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

from connectors.http import Exchange

_UUID = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")
_HEX = re.compile(r"^[0-9a-fA-F]{12,}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

#: How deep a shape goes; deeper structure is cut off (a report stays small and readable).
MAX_DEPTH = 8


def is_value(text: str) -> bool:
    """Whether a path segment or key looks like data (an id, an address, a token) rather than a name."""
    if not text:
        return False
    if _NUMBER.match(text) or _UUID.match(text) or _HEX.match(text):
        return True
    if "@" in text or " " in text or len(text) > 40:
        return True
    digits = sum(c.isdigit() for c in text)
    # Mixed letters and digits (opaque ids such as "a1B2c3d4e5"); API names like "v201804" or "CRUser"
    # have few digits or none.
    return digits >= 3 and not re.match(r"^v\d+$", text) and not re.match(r"^[A-Za-z]+v\d+$", text)


def path_template(path: str) -> str:
    """``/candidates/3f2a…/jobs/17`` → ``/candidates/{id}/jobs/{id}``."""
    return "/".join("{id}" if is_value(seg) else seg for seg in path.split("/"))


def json_shape(value: Any, depth: int = 0) -> Any:
    """Keys and types, recursively; a list by its first item; keys that are data become ``{key}``."""
    if depth >= MAX_DEPTH:
        return "…"
    if isinstance(value, dict):
        shape: dict[str, Any] = {}
        for key, child in value.items():
            name = "{key}" if is_value(str(key)) else str(key)
            if name in shape:
                continue  # data-keyed maps: the first entry stands for all
            shape[name] = json_shape(child, depth + 1)
        return shape
    if isinstance(value, list):
        return [json_shape(value[0], depth + 1)] if value else []
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "null" if value is None else type(value).__name__


def xml_shape(elem: ElementTree.Element, depth: int = 0) -> Any:
    """Element names and attribute names (no text, no attribute values); repeated children once."""
    tag = "{name}" if is_value(elem.tag) else elem.tag
    if depth >= MAX_DEPTH:
        return {"element": tag}
    shape: dict[str, Any] = {"element": tag}
    if elem.attrib:
        shape["attributes"] = sorted("{name}" if is_value(a) else a for a in elem.attrib)
    children: dict[str, Any] = {}
    for child in elem:
        if child.tag not in children:
            children[child.tag] = xml_shape(child, depth + 1)
    if children:
        shape["children"] = list(children.values())
    return shape


def body_shape(content: bytes, content_type: str) -> Any:
    """The shape of a response body, by what it is (JSON, XML, other)."""
    if not content:
        return None
    text_start = content.lstrip()[:1]
    if "json" in content_type or text_start in (b"{", b"["):
        try:
            return {"json": json_shape(json.loads(content))}
        except ValueError:
            return {"unreadable": f"{content_type or 'no content type'}, {len(content)} bytes, not JSON"}
    if "xml" in content_type or text_start == b"<":
        try:
            return {"xml": xml_shape(ElementTree.fromstring(content))}
        except ElementTree.ParseError:
            return {"unreadable": f"{content_type or 'no content type'}, {len(content)} bytes, not XML"}
    return {"other": f"{content_type or 'no content type'}, {len(content)} bytes"}


def rpc_method(request_body: bytes) -> str | None:
    """The JSON-RPC method a request called (a name, not data; its params are never read)."""
    if not request_body or request_body.lstrip()[:1] != b"{":
        return None
    try:
        body = json.loads(request_body)
    except ValueError:
        return None
    method = body.get("method") if isinstance(body, dict) else None
    return method if isinstance(method, str) and not is_value(method.replace(".", "")) else None


@dataclass(frozen=True)
class Entry:
    method: str
    path: str
    status: int | None
    ms: int
    content_type: str | None
    shape: Any
    #: For JSON-RPC (one path, many methods): the method called.
    rpc: str | None = None

    def as_dict(self) -> dict[str, Any]:
        found = {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "ms": self.ms,
            "content_type": self.content_type,
            "shape": self.shape,
        }
        if self.rpc:
            found["rpc"] = self.rpc
        return found


class RequestLog:
    """Collects one ``Entry`` per request attempt (a ``VendorClient.observers`` callable)."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._lock = threading.Lock()

    def __call__(self, exchange: Exchange) -> None:
        rpc = None
        try:
            response = exchange.response
            ctype = response.headers.get("content-type", "").split(";")[0].strip() if response else None
            shape = body_shape(response.content, ctype or "") if response is not None else None
            if response is not None and exchange.method == "POST":
                rpc = rpc_method(response.request.content)
        except Exception as exc:  # an observer must never break the request it watches
            ctype, shape = None, {"unreadable": type(exc).__name__}
        entry = Entry(
            exchange.method,
            path_template(exchange.path),
            exchange.status,
            round(exchange.seconds * 1000),
            ctype,
            shape,
            rpc,
        )
        with self._lock:
            self.entries.append(entry)
