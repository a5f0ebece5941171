"""What a file is, from its first bytes rather than its name.

A CV's content type used to be guessed from its file name alone, so a Windows program renamed
``cv.pdf`` went to the vendor as ``application/pdf``. Here the content decides: :func:`sniff` names the
type from the file's signature (its "magic bytes", as ``file(1)`` reads them), and
:func:`problem` refuses programs outright and a file whose content contradicts its extension. Types we
have no signature for (plain text, CSV) pass on their name, as before.
"""

from __future__ import annotations

#: (signature at offset 0, content type). Sources: the formats' own specifications (PDF 1.7 §7.5.2,
#: PNG §5.2, JFIF, GIF89a, RTF 1.9 §"Header", Compound File Binary §2.2, ZIP APPNOTE §4.3.7).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"{\\rtf", "application/rtf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"),  # OLE2: .doc (and old .xls/.ppt)
    (b"PK\x03\x04", "application/zip"),  # .docx, .odt, .xlsx … are ZIP containers
)
#: Executables by signature: Windows PE/DOS ("MZ"), ELF, Mach-O (both byte orders, fat binaries),
#: shell scripts.
_PROGRAMS: tuple[bytes, ...] = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"#!",
)
#: Extensions whose content must carry the signature of the type named.
_EXPECTED: dict[str, str] = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "rtf": "application/rtf",
    "doc": "application/msword",
    "docx": "application/zip",
    "odt": "application/zip",
}
_ZIP_BASED = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}


def is_program(head: bytes) -> bool:
    return any(head.startswith(sig) for sig in _PROGRAMS)


def sniff(head: bytes) -> str | None:
    """The content type the first bytes show, or ``None`` when they show none we know."""
    for signature, content_type in _SIGNATURES:
        if head.startswith(signature):
            return content_type
    return None


def content_type(name: str, head: bytes) -> str | None:
    """The type to send for a file called ``name`` starting with ``head``: the signature's, made
    precise by the extension for ZIP-based documents; ``None`` when the bytes show nothing known."""
    found = sniff(head)
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if found == "application/zip" and ext in _ZIP_BASED:
        return _ZIP_BASED[ext]
    return found


def problem(name: str, head: bytes) -> str | None:
    """Why the file must not be sent (a program; content that is not what its name says), or ``None``."""
    if is_program(head):
        return f"{name!r} is a program, not a document; choose the CV or document itself"
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    expected = _EXPECTED.get(ext)
    if expected and sniff(head) != expected:
        return f"{name!r} is not a .{ext} file inside (its content does not start as one); export it again"
    return None
