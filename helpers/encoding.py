"""Decode raw document bytes and say which encoding they were in.

Order: a byte-order mark (UTF-8, UTF-16 LE/BE) -> strict UTF-8 -> strict cp1252 -> latin-1 as the
last resort (it decodes any byte, so it is only used for text that passed the binary check).
"""
from __future__ import annotations

import codecs

BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")
MAX_CONTROL_RATIO = 0.05
ALLOWED_CONTROLS = {9, 10, 12, 13}


class UndecodableError(ValueError):
    """Bytes that are not text in any supported encoding; the message says what was found."""


def control_ratio(data: bytes) -> float:
    """Return the share of bytes that are C0 control characters other than tab, newlines and form feed."""
    if not data:
        return 0.0
    sample = data[:65536]
    return sum(1 for b in sample if b < 32 and b not in ALLOWED_CONTROLS) / len(sample)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) for raw bytes, or raise UndecodableError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from None
    signature = next((sig for sig in BINARY_SIGNATURES if data.startswith(sig)), None)
    if signature is not None:
        raise UndecodableError(f"binary file (starts with {signature!r}), not text: convert it to .txt or .html first")
    if b"\x00" in data[:65536] or control_ratio(data) > MAX_CONTROL_RATIO:
        raise UndecodableError("binary bytes (NUL or control characters) and no UTF-16 byte-order mark: not a text file")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
