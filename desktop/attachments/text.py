"""The words of a CV, for the full-text index: PDF (pypdf), DOCX and ODT (their XML), plain text.

Pure Python and run on a worker thread (never the GUI's): Qt's PDF module only renders. A file whose
text cannot be read gives ``None``; the file is still kept and shown, only not searchable.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

#: Enough words for any CV; a longer text is cut here so one huge file cannot bloat the index.
MAX_CHARS = 200_000

_WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES = re.compile(r"[ \t\r\f\v]+")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"


def kind(content_type: str | None, name: str | None) -> str | None:
    """pdf | docx | odt | image | text, from the sniffed type and the name; ``None``: not readable."""
    ext = (name or "").rsplit(".", 1)[-1].lower() if name and "." in name else ""
    ct = (content_type or "").lower()
    if ct == "application/pdf":
        return "pdf"
    if ct == DOCX or (ct == "application/zip" and ext == "docx"):
        return "docx"
    if ct == ODT or (ct == "application/zip" and ext == "odt"):
        return "odt"
    if ct.startswith("image/"):
        return "image"
    if ct.startswith("text/") or (not ct and ext in ("txt", "md")):
        return "text"
    return None


def _pdf(data: bytes) -> str:
    import pypdf  # imported on the worker thread, when a PDF is first read

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is our message, not its warnings
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    parts: list[str] = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > MAX_CHARS:
            break
    return "\n".join(parts)


def _zip_xml(data: bytes, member: str) -> Any:
    # Imported here, on the worker thread: the window's cold start never needs them.
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(member)
        if info.file_size > 50 * 1024 * 1024:  # a zip bomb is not a CV
            raise ValueError("document.xml is too large")
        return ElementTree.fromstring(z.read(member))


def _docx(data: bytes) -> str:
    root = _zip_xml(data, "word/document.xml")
    paragraphs = []
    for p in root.iter(f"{_WORD_NS}p"):
        paragraphs.append("".join(t.text or "" for t in p.iter(f"{_WORD_NS}t")))
    return "\n".join(paragraphs)


def _odt(data: bytes) -> str:
    root = _zip_xml(data, "content.xml")
    ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    return "\n".join("".join(p.itertext()) for p in root.iter() if p.tag in (f"{ns}p", f"{ns}h"))


def extract(data: bytes, content_type: str | None, name: str | None = None) -> str | None:
    """The file's text, whitespace tidied and cut at ``MAX_CHARS``; ``None`` when it has none we read."""
    found = kind(content_type, name)
    try:
        if found == "pdf":
            text = _pdf(data)
        elif found == "docx":
            text = _docx(data)
        elif found == "odt":
            text = _odt(data)
        elif found == "text":
            text = data.decode("utf-8", "replace")
        else:
            return None
    except Exception:  # noqa: BLE001 — any damaged file: not searchable, still kept and shown
        return None
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines())
    text = text.strip()
    return text[:MAX_CHARS] or None
