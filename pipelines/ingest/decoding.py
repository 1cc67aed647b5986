"""Bytes -> str for every text format, with the binary / NUL / encoding checks of spec section 1."""

import codecs
import re

from pipelines.ingest.models import Rejected

# Signatures of formats that are commonly dropped into folders by mistake (archives, images, PDFs, ...).
_BINARY_SIGNATURES = (
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x1f\x8b",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: .doc, .xls
    b"DUCK",
)
# C0 controls other than \t \n \v \f \r. Text files essentially never contain them; binary files are
# full of them.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r")
_SAMPLE = 8192
_BINARY_CONTROL_RATIO = 0.10
# After a cp1252 decode, C0 controls (and NUL) mean the bytes were not cp1252 text after all.
_UNCLEAN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_binary(data: bytes) -> None:
    """Reject data that is not text at all. NUL bytes in otherwise textual data are left to the caller."""
    if data.startswith(_UTF16_BOMS):
        return  # UTF-16 text is full of NULs by construction
    for signature in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise Rejected("binary_file", f"starts with the signature of a binary format ({signature[:4]!r})")
    sample = data[:_SAMPLE]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) > _BINARY_CONTROL_RATIO:
        raise Rejected("binary_file", f"{controls} control bytes in the first {len(sample)} bytes")


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, int]:
    """Decode text bytes; return (text, length of the byte-order mark that was skipped).

    UTF-8 first (the spec's encoding); then an encoding the document itself declares (HTML charset);
    then cp1252, which every Windows editor writes and which is a superset of latin-1's printable range,
    accepted only when it yields clean text. Raises Rejected for NULs and for anything else.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), 2
        except UnicodeDecodeError as exc:
            raise Rejected("undecodable_text", f"UTF-16 byte-order mark but invalid UTF-16: {exc}") from None
    bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    body = data[bom:]
    nul = body.find(b"\x00")
    if nul >= 0:
        raise Rejected("nul_bytes", f"NUL byte at byte {bom + nul}")
    try:
        return body.decode("utf-8"), bom
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            return body.decode(declared), bom
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _UNCLEAN.search(text):
        return text, bom
    raise Rejected(
        "undecodable_text",
        f"not UTF-8 (invalid byte at byte {bom + utf8_error.start}) and not clean cp1252",
    )


_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in its first 4 KiB (Korean and Japanese sites still use
    EUC-KR / Shift_JIS), normalised to a Python codec name, or None."""
    head = data[:4096]
    match = _HTML_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
