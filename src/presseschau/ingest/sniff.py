"""Tell what an input is from its content, never from its file name."""

from __future__ import annotations

import codecs
import mmap
import re
import zlib

from presseschau.ingest.decode import HEAD_BYTES, UTF16_BOMS, is_binary

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
PARQUET_MAGIC = b"PAR1"
# 16 + window bits: zlib then reads gzip's header and trailer, not a raw zlib stream.
GZIP_WBITS = 16 + zlib.MAX_WBITS

FEED_ROOTS = frozenset({"rss", "feed", "rdf:RDF"})
# What may stand before the root element, skipped one item at a time (a single regular
# expression with a repeated group backtracks for ages on a long run of comments).
_PROLOGUE_ITEM = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
# A doctype names the root element: <!DOCTYPE html>, <!DOCTYPE rss PUBLIC ...>.
_ROOT = re.compile(r"<!DOCTYPE\s+([\w:]+)|<([\w:]+)", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:head|body|title|meta|div|p|article|section|h[1-6]|span|br|a)[\s>/]", re.IGNORECASE
)
# JSON Lines is UTF-8 by definition, so the first line is looked at as bytes. The line only has
# to look like an object: if it is broken, the JSON Lines reader reports that line.
_JSON_OBJECT_LINE = re.compile(rb"\s*\{[^\n]*\}[ \t\r]*(?:\n|\Z)")


def sniff(data: bytes | mmap.mmap) -> str:
    """The kind of `data`: "empty" (whitespace only), "binary", "warc" (gzipped or not), "gzip"
    (anything else gzipped), "parquet", "feed" (RSS, Atom, RDF), "html", "jsonl" or "text"."""
    head = data[:HEAD_BYTES]  # `data` may be a mapped WARC file, which is no `bytes`
    if head.startswith(PARQUET_MAGIC):
        return "parquet"
    if head.startswith(GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(WARC_MAGIC) else "gzip"
    if head.startswith(WARC_MAGIC):
        return "warc"
    text = data.removeprefix(codecs.BOM_UTF8)
    if not text or text.isspace():
        return "empty"
    if is_binary(data):
        return "binary"
    return _sniff_text(text)


def _gunzip_head(data: bytes) -> bytes:
    """The first bytes of gzip `data` decompressed; empty when they do not decompress."""
    try:
        return zlib.decompressobj(GZIP_WBITS).decompress(data[:HEAD_BYTES], HEAD_BYTES)
    except zlib.error:
        return b""


def _sniff_text(text: bytes) -> str:
    head = _text_head(text)
    root = _root_name(head)
    if root in FEED_ROOTS:
        return "feed"
    if root.lower() == "html" or (head.lstrip().startswith("<") and _HTML_TAG.search(head)):
        return "html"
    if _JSON_OBJECT_LINE.match(text):
        return "jsonl"
    return "text"


def _root_name(head: str) -> str:
    """The root element's name as the doctype or first tag gives it; "" when there is none."""
    position = 0
    while item := _PROLOGUE_ITEM.match(head, position):
        position = item.end()
    root = _ROOT.match(head, position)
    return (root.group(1) or root.group(2)) if root else ""


def _text_head(text: bytes) -> str:
    head = text[:HEAD_BYTES]
    return head.decode("utf-16" if head.startswith(UTF16_BOMS) else "utf-8", errors="replace")
