"""Bytes to text: UTF-8 (or UTF-16 with a byte order mark), else cp1252 line by line with a note."""

from __future__ import annotations

import codecs

from presseschau.errors import InputError

HEAD_BYTES = 8192
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Line breaks, tabs, form feed and escape turn up in real text; other C0 controls do not.
TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
# Real text has almost no other control bytes; a tenth of them means a binary format.
MAX_CONTROL_SHARE = 0.1


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode an input's bytes; the notes say when a fallback encoding was used."""
    if data.startswith(UTF16_BOMS):
        return _decode_utf16(data, source), ()
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return _decode_lines(data.removeprefix(codecs.BOM_UTF8), source)


def _decode_lines(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Each line as UTF-8 where it is that, else as cp1252: scraped files are pieced together
    from parts in both, and decoding all as cp1252 would garble the UTF-8 parts."""
    lines, fallbacks, utf8 = [], 0, 0
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            lines.append(_decode_cp1252(line, source, number))
            fallbacks += 1
    note = "not UTF-8; decoded as cp1252"
    if utf8:
        note = f"mixed encodings: {fallbacks} of {len(lines)} lines read as cp1252, the rest UTF-8"
    return "\n".join(lines), (note,)


def _decode_cp1252(line: bytes, source: str, number: int) -> str:
    try:
        # Windows-1252 rather than Latin-1: it is what German sites and Word exports really use,
        # and unlike Latin-1 it can fail, so bytes that are neither are caught.
        return line.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(
            source, f"undecodable bytes: neither UTF-8 nor cp1252 (line {number})"
        ) from None


def is_binary(data: bytes) -> bool:
    """True when the head of `data` holds NUL bytes or many control characters."""
    head = data[:HEAD_BYTES]
    if head.startswith(UTF16_BOMS):
        return False
    if b"\0" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * len(head)


def _decode_utf16(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError:
        raise InputError(source, "undecodable bytes: broken UTF-16") from None
