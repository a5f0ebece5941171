"""Real small CV files for the sandboxes: valid PDFs and DOCX documents, deterministic by seed.

Every sandbox serves its candidates' CVs from here (issue 18.1), so a sync downloads files a PDF
viewer opens and a text extractor reads. Which candidate has a CV, in which format and with which
words is decided by a hash of (vendor, seed, candidate key) alone, not by the seed generator's random
stream, so adding CVs changes no other seeded value. The bytes are made when a file is downloaded,
not when the sandbox starts: 100k candidates cost nothing until their files are asked for.

About one candidate in seven has a CV saying "Python", "Kubernetes" and "Berlin" together, so a search
for those words finds some people by their CV alone.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from connectors.sandbox.wire import StreamedBody

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_SKILLS = (
    "Python", "Java", "SQL", "Excel", "SAP", "Salesforce", "React", "TypeScript", "Go", "Terraform",
    "Kubernetes", "Docker", "AWS", "Azure", "Figma", "Scrum", "Tableau", "Rust", "Kotlin", "Linux",
)  # fmt: skip
_CITIES = ("Hamburg", "Munich", "Vienna", "Warsaw", "Amsterdam", "Rotterdam", "Zurich", "Cologne", "Prague")
_LANGUAGES = ("English", "German", "Dutch", "Polish", "French", "Spanish")


@dataclass(frozen=True)
class SeededFile:
    """A candidate's generated CV: what a file list shows, and what makes its bytes."""

    name: str
    content_type: str
    title: str
    lines: tuple[str, ...]

    def data(self) -> bytes:
        return pdf_bytes(self.lines) if self.content_type == PDF else docx_bytes(self.lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _digest(*parts: object) -> bytes:
    return hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()


def cv_for(
    vendor: str, seed: object, key: object, full_name: str, title: str | None = None, *, always: bool = False
) -> SeededFile | None:
    """The CV of the candidate ``key`` in this vendor's sandbox, or ``None`` (about 4 in 10 have none;
    ``always``: every candidate has one, for a sandbox whose seed decided that already)."""
    d = _digest("cv", vendor, seed, key)
    if d[0] % 10 >= 6 and not always:
        return None
    skills = [_SKILLS[b % len(_SKILLS)] for b in d[2:6]]
    city = _CITIES[d[6] % len(_CITIES)]
    if d[1] % 7 == 0:  # the search example's people
        skills, city = ["Python", "Kubernetes", *skills[:2]], "Berlin"
    languages = ", ".join(dict.fromkeys(_LANGUAGES[b % len(_LANGUAGES)] for b in d[7:9]))
    years = 2 + d[9] % 15
    lines = (
        f"Curriculum Vitae - {full_name}",
        f"{title or 'Professional'}, based in {city}",
        f"Skills: {', '.join(dict.fromkeys(skills))}",
        f"Experience: {years} years",
        f"Languages: {languages}",
    )
    docx = d[10] % 4 == 0
    # ASCII file names: they travel in Content-Disposition headers (Latin-1 at most).
    plain = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    slug = "".join(c for c in "-".join(plain.lower().split()) if c.isalnum() or c == "-") or "candidate"
    return SeededFile(
        name=f"cv-{slug}.{'docx' if docx else 'pdf'}",
        content_type=DOCX if docx else PDF,
        title=title or "",
        lines=lines,
    )


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"})


def _pdf_text(text: str) -> str:
    # A PDF literal string: backslash, parentheses escaped. The standard fonts speak WinAnsi (Latin-1):
    # other letters lose their accents ("Mikołaj" → "Mikolaj"), so the text still reads and searches.
    safe = "".join(
        c
        if ord(c) < 256
        else unicodedata.normalize("NFKD", c).encode("latin-1", "ignore").decode("latin-1") or "?"
        for c in text.translate(_PLAIN)
    )
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: tuple[str, ...] | list[str]) -> bytes:
    """A minimal valid one-page PDF 1.4 showing ``lines`` in Helvetica, with a correct xref table."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 760 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({_pdf_text(line)}) Tj" if i == 0 else f"T* ({_pdf_text(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(lines: tuple[str, ...] | list[str]) -> bytes:
    """A minimal valid DOCX (a ZIP with ``word/document.xml``), one paragraph per line, byte-stable."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r></w:p>' for line in lines
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # fixed: same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    return out.getvalue()


def data_of(lines: list[str] | tuple[str, ...], content_type: str | None) -> bytes:
    """The bytes of a generated file from its lines (what a sandbox keeps instead of the file)."""
    return docx_bytes(lines) if content_type == DOCX else pdf_bytes(lines)


#: Filler of a large file, sent again and again (made once: a large file costs no memory).
_FILLER = b"% filler line of a very large test file\n" * 1600


def large_file(size: int, *, say_length: bool = True) -> StreamedBody:
    """A file of ``size`` bytes that starts as a PDF, made piece by piece as it is sent and never held
    whole: a test's oversized attachment. ``say_length=False`` sends it chunked, its size unsaid."""
    head = b"%PDF-1.4\n"

    def pieces() -> Iterator[bytes]:
        yield head
        left = size - len(head)
        while left > 0:
            piece = _FILLER[:left]
            left -= len(piece)
            yield piece

    return StreamedBody(pieces, size if say_length else None)
