"""Tell what an input is from its content, never from its file name."""

from __future__ import annotations

import codecs
import re
import zlib

from presseschau.ingest.decode import HEAD_BYTES, UTF16_BOMS, is_binary

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
# 16 + window bits: zlib then reads gzip's header and trailer, not a raw zlib stream.
GZIP_WBITS = 16 + zlib.MAX_WBITS

# Whitespace, an XML declaration, comments and processing instructions may precede the root;
# one whitespace character per repetition so that a failed match cannot backtrack for long.
_XML_MISC = r"(?:\s|<\?.*?\?>|<!--.*?-->)*"
_FEED_ROOT = re.compile(
    _XML_MISC + r"(?:<!DOCTYPE[^>]*>" + _XML_MISC + r")?<(?:rss|feed|rdf:RDF)[\s>/]", re.DOTALL
)
_HTML_START = re.compile(_XML_MISC + r"(?:<!DOCTYPE\s+html|<html[\s>])", re.DOTALL | re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:head|body|title|meta|div|p|article|section|h[1-6]|span|br|a)[\s>/]", re.IGNORECASE
)
# JSON Lines is UTF-8 by definition, so the first line is looked at as bytes. The line only has
# to look like an object: if it is broken, the JSON Lines reader reports that line.
_JSON_OBJECT_LINE = re.compile(rb"\s*\{[^\n]*\}[ \t\r]*(?:\n|\Z)")


def sniff(data: bytes) -> str:
    """The kind of `data`: "empty" (whitespace only), "binary", "warc" (gzipped or not), "gzip"
    (anything else gzipped), "feed" (RSS, Atom, RDF), "html", "jsonl" or "text"."""
    text = data.removeprefix(codecs.BOM_UTF8)
    if not text or text.isspace():
        return "empty"
    if data.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(data).startswith(WARC_MAGIC) else "gzip"
    if data.startswith(WARC_MAGIC):
        return "warc"
    if is_binary(data):
        return "binary"
    return _sniff_text(text)


def gunzip_head(data: bytes) -> bytes:
    """The first bytes of gzip `data` decompressed; empty when they do not decompress."""
    try:
        return zlib.decompressobj(GZIP_WBITS).decompress(data[:HEAD_BYTES], HEAD_BYTES)
    except zlib.error:
        return b""


def _sniff_text(text: bytes) -> str:
    head = _text_head(text)
    if _FEED_ROOT.match(head):
        return "feed"
    if _looks_like_html(head):
        return "html"
    if _JSON_OBJECT_LINE.match(text):
        return "jsonl"
    return "text"


def _looks_like_html(head: str) -> bool:
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and _HTML_TAG.search(head) is not None


def _text_head(text: bytes) -> str:
    head = text[:HEAD_BYTES]
    return head.decode("utf-16" if head.startswith(UTF16_BOMS) else "utf-8", errors="replace")
