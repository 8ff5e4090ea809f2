"""Decode raw document bytes and say which encoding they were in.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE) -> strict UTF-8 -> strict cp1252 -> latin-1 as the last
resort (it decodes any byte, so it is reached only for text that passed the binary checks). Binary data
(file signatures, NUL bytes without a UTF-16 BOM, many control characters) raises UndecodableError
with a message saying what was found; the caller adds the file name.
"""
from __future__ import annotations

import re

from helpers.errors import InputError


class UndecodableError(InputError):
    """Bytes that are clearly not text (binary file, unsupported encoding)."""


_MAGIC = {b"%PDF": "a PDF file (starts with %PDF)", b"\x89PNG": "a PNG image", b"GIF8": "a GIF image",
          b"\xff\xd8\xff": "a JPEG image", b"PK\x03\x04": "a ZIP archive (or docx/xlsx)",
          b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an ELF executable",
          b"\xd0\xcf\x11\xe0": "an OLE2 (old MS Office) file"}
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _binary_reason(data: bytes) -> str | None:
    """What makes bytes look binary (magic number, NUL bytes, control characters), or None."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return f"binary data: {what}"
    if b"\x00" in data:
        return f"binary data: {data.count(0)} NUL bytes and no UTF-16 byte-order mark"
    sample = data[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, 0.05 * len(sample)):
        return f"binary data: {controls} control characters in the first {len(sample)} bytes"
    return None


def _decode_with_bom(data: bytes, encoding: str, label: str) -> str:
    """Text of BOM-marked bytes; UndecodableError if they do not decode or decode to control characters."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise UndecodableError(
            f"{label} byte-order mark but invalid {label} at byte {err.start} ({err.reason})") from err
    controls = len(_CONTROL_TEXT.findall(text[:65536]))
    if controls > max(2, 0.05 * min(len(text), 65536)):
        raise UndecodableError(f"{label} byte-order mark but {controls} control characters in the decoded text")
    return text


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) of raw file bytes: BOM, then strict UTF-8, then strict cp1252, then latin-1.

    latin-1 is the last resort: it only happens when cp1252 fails, i.e. the bytes contain 0x81, 0x8D, 0x8F,
    0x90 or 0x9D (undefined in cp1252), and it always succeeds. Binary data raises UndecodableError.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise UndecodableError("UTF-32 byte-order mark found; UTF-32 is not supported")
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_with_bom(data, "utf-8-sig", "UTF-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_with_bom(data, "utf-16", "UTF-16"), "utf-16"
    if reason := _binary_reason(data):
        raise UndecodableError(reason)
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # last resort: every byte maps to a character
