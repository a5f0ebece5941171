"""The values a sandbox's HTTP side passes around: a request, a response, a route, the error a handler
raises, and the builders of vendor-shaped bodies (JSON, XML, text).

Their own module so the server (:mod:`connectors.sandbox.server`), the control API
(:mod:`connectors.sandbox.control`) and every vendor's handlers share them without importing each
other.
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs
from xml.etree import ElementTree


def base64_bytes(text: str) -> bytes | None:
    """A body field's strict base64 (RFC 4648 alphabet, padding checked) decoded, or None if it is
    not base64: each vendor answers that in its own words."""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):  # ValueError: a str with characters outside ASCII
        return None



def file_bytes(text: str, limit: int, not_base64: HttpError, too_big: tuple[int, str]) -> bytes:
    """An uploaded file's base64 decoded and held to the vendor's size limit, each refusal in the
    vendor's own status and words (``too_big``'s text may name ``{size}`` and ``{limit}``)."""
    data = base64_bytes(text)
    if data is None:
        raise not_base64
    if len(data) > limit:
        status, message = too_big
        raise HttpError(status, message.format(size=len(data), limit=limit))
    return data

class HttpError(Exception):
    """Raised by handlers; the app turns it into the vendor's error body."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.errors = errors
        self.headers = headers or []


@dataclass(slots=True)
class Part:
    """One part of a ``multipart/form-data`` body."""

    name: str
    filename: str | None
    content_type: str
    data: bytes

    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass(slots=True)
class Request:
    method: str
    path: str
    raw_query: str
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "
    body: bytes
    client: str
    params: dict[str, str] = field(default_factory=dict)
    principal: str | None = None
    route: Route | None = None
    _query: dict[str, list[str]] | None = None

    @property
    def query(self) -> dict[str, list[str]]:
        if self._query is None:
            self._query = parse_qs(self.raw_query, keep_blank_values=True) if self.raw_query else {}
        return self._query

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def args(self, name: str) -> list[str]:
        """Every value of a repeated query parameter (``?status=NEW&status=LEAD``)."""
        return list(self.query.get(name, ()))

    @property
    def content_type(self) -> str:
        return (self.headers.get("content-type") or "").split(";", 1)[0].strip().lower()

    def json(self) -> Any:
        if not self.body:
            raise HttpError(400, "Request body is empty; a JSON body is required", "EMPTY_BODY")
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise HttpError(400, f"Request body is not valid JSON: {exc}", "INVALID_JSON") from exc

    def form(self) -> dict[str, str]:
        """An ``application/x-www-form-urlencoded`` body (first value per name)."""
        try:
            parsed = parse_qs(self.body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError as exc:
            raise HttpError(400, "Form body is not UTF-8", "INVALID_FORM") from exc
        return {k: v[0] for k, v in parsed.items()}

    def multipart(self) -> list[Part]:
        """The parts of a ``multipart/form-data`` body; 400 when the body is not one."""
        ctype = self.headers.get("content-type") or ""
        if not ctype.lower().startswith("multipart/form-data") or "boundary=" not in ctype:
            raise HttpError(400, "Expected a multipart/form-data body", "INVALID_CONTENT_TYPE")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + self.body
        )
        if not message.is_multipart():
            raise HttpError(400, "Malformed multipart body", "INVALID_MULTIPART")
        parts: list[Part] = []
        for sub in message.iter_parts():
            name = sub.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            filename = sub.get_filename()
            payload = sub.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            parts.append(Part(name, filename, sub.get_content_type(), data))
        return parts


class StreamedBody:
    """A body made piece by piece while it is sent, never held whole (a test's very large file).

    ``length`` is sent as ``Content-Length``; ``None`` sends the pieces chunked, with no size said in
    advance. ``sent`` counts the body bytes the socket took, so a test can see that a client stopped
    reading early (a client that hangs up makes the next write fail, and the sending stops there).
    """

    def __init__(self, pieces: Callable[[], Iterable[bytes]], length: int | None) -> None:
        self.pieces = pieces
        self.length = length
        self.sent = 0


class Response:
    __slots__ = ("status", "body", "content_type", "headers", "stream")

    def __init__(
        self,
        status: int = 200,
        body: bytes = b"",
        content_type: str | None = None,
        headers: list[tuple[str, str]] | None = None,
        stream: StreamedBody | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.content_type = content_type
        self.headers = headers if headers is not None else []
        #: The body in pieces instead of ``body`` (see ``StreamedBody``).
        self.stream = stream

    @property
    def is_json(self) -> bool:
        return bool(self.content_type) and "json" in (self.content_type or "")


def json_response(obj: Any, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8", headers)


def empty_response(status: int = 204, headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(status, b"", None, headers)


def text_response(text: str, status: int = 200, content_type: str = "text/plain; charset=utf-8") -> Response:
    return Response(status, text.encode("utf-8"), content_type)


def to_xml(tag: str, value: Any) -> ElementTree.Element:
    """A dict/list/scalar tree as XML: dict keys become child elements, list items repeat ``item``
    (or the key's singular when the key ends in ``s``), ``None`` becomes an empty element."""
    elem = ElementTree.Element(tag)
    if isinstance(value, dict):
        for key, child in value.items():
            if key.startswith("@"):
                elem.set(key[1:], "" if child is None else str(child))
            elif isinstance(child, list):
                holder = ElementTree.SubElement(elem, key)
                item_tag = key[:-1] if key.endswith("s") and len(key) > 1 else "item"
                for item in child:
                    holder.append(to_xml(item_tag, item))
            else:
                elem.append(to_xml(key, child))
    elif isinstance(value, list):
        for item in value:
            elem.append(to_xml("item", item))
    elif isinstance(value, bool):
        elem.text = "true" if value else "false"
    elif value is not None:
        elem.text = str(value)
    return elem


def xml_response(
    value: ElementTree.Element | str, status: int = 200, headers: list[tuple[str, str]] | None = None
) -> Response:
    if isinstance(value, ElementTree.Element):
        text = ElementTree.tostring(value, encoding="unicode")
    else:
        text = value
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n' + text).encode("utf-8")
    return Response(status, body, "application/xml; charset=utf-8", headers)


# -- routing ---------------------------------------------------------------------------------------

Handler = Callable[[Request], Response]


@dataclass(slots=True)
class Route:
    method: str
    template: str
    handler: Handler
    auth: bool = True
    concurrency: int | None = None  # a per-route concurrency limit on top of the credential's
    write: bool = False
    rate_limited: bool = True
    #: The unified models this route serves (``sandbox serve --without MODEL`` turns them off: the
    #: route then answers as the vendor answers an unknown path).
    models: tuple[str, ...] = ()
    #: A per-route rate (requests/s) on top of the credential's, counted as the limiter's mode.
    rate: float | None = None
