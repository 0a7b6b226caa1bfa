"""WARC web archives: one document per HTML page the crawl received (HTTP 200).

Records are framed here, each read within a bound, and only then parsed by warcio (WARC and HTTP
headers, chunked and compressed bodies): warcio itself reads a header line of a gigabyte whole,
steps through a gigabyte of blank lines one at a time and inflates all of a gzip bomb.
"""

from __future__ import annotations

import io
import mmap
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext, too_large
from presseschau.ingest.gunzip import Gunzip
from presseschau.ingest.html import read_html_text
from presseschau.ingest.sniff import GZIP_MAGIC, WARC_MAGIC
from presseschau.model import Document

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record's WARC headers take under 2 KB in real archives.
MAX_HEADER_BYTES = 64 * 1024
# Two line breaks end a record; some writers add a few more.
MAX_BLANK_LINES = 16
SKIP_BYTES = 2**20
_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*([0-9]{1,18})[ \t]*\r?$", re.I | re.M)
_REASON_CHARS = 200


@dataclass(frozen=True)
class _Framed:
    """A record with as much of its content as is read; `problem` says why that is not all."""

    record: ArcWarcRecord
    name: str  # the target URI, else the archive and the record's number
    problem: str | None


def read_warc(
    data: bytes | mmap.mmap, source: str, ctx: ReadContext
) -> Iterator[Document | InputError]:
    """Yield the HTML pages of a WARC file, gzipped or not, each with its target URI as source.

    Requests, metadata, redirects and non-HTML responses are skipped. WARC-Date is the crawl
    date, not the publication date, and is not used. A record that cannot be parsed yields an
    error; where the archive is corrupt or cut off, an error is yielded and reading stops.
    """
    pages = errors = 0
    for item in _records(data, source, ctx.max_bytes):
        if isinstance(item, InputError):
            errors += 1
            yield item
        elif _is_html_page(item.record):
            pages += 1
            yield _page(item, ctx.max_bytes)
    if not pages and not errors:
        raise InputError(source, "no HTML page in this WARC file")


def _records(
    data: bytes | mmap.mmap, source: str, max_bytes: int
) -> Iterator[_Framed | InputError]:
    raw = Gunzip(data, source, max_bytes) if data[:2] == GZIP_MAGIC else _Mapped(data)
    stream = io.BufferedReader(raw)
    # HTTP headers come before the page in a record's content.
    most = max_bytes + MAX_HEADER_BYTES
    number = 1
    try:
        while header := _header(stream, source):
            length = _content_length(header, source)
            content = stream.read(min(length, most))
            whole = len(content) + _skip(stream, length - len(content)) == length
            problem = too_large(max_bytes) if length > most else None
            if not whole:
                problem = "WARC record cut off before its end"
            yield _parsed(header + content, f"{source}#{number}", problem)
            number += 1
    except InputError as error:
        yield InputError(f"{source}#{number}", f"{error.problem}; reading stopped")


def _header(stream: io.BufferedReader, source: str) -> bytes:
    """The next record's header block, through its blank line; b"" at the end of the archive."""
    for _ in range(MAX_BLANK_LINES + 1):
        line = stream.readline(MAX_HEADER_BYTES)
        if not line:
            return b""
        if line.strip():
            break
    else:
        raise InputError(source, f"more than {MAX_BLANK_LINES} blank lines between records")
    if not line.startswith(WARC_MAGIC):
        raise InputError(source, "corrupt WARC record: no WARC/ version line")
    header = bytearray(line)
    while line.strip():
        if len(header) >= MAX_HEADER_BYTES:
            raise InputError(source, "corrupt WARC record: headers beyond 64 KB")
        line = stream.readline(MAX_HEADER_BYTES - len(header))
        if not line:
            raise InputError(source, "WARC record cut off in its headers")
        header += line
    return bytes(header)


def _content_length(header: bytes, source: str) -> int:
    match = _CONTENT_LENGTH.search(header)
    if match is None:
        raise InputError(source, "corrupt WARC record: no valid Content-Length")
    return int(match[1])


def _skip(stream: io.BufferedReader, count: int) -> int:
    """Read past `count` bytes; the number there were before the end."""
    skipped = 0
    while skipped < count and (piece := stream.read(min(SKIP_BYTES, count - skipped))):
        skipped += len(piece)
    return skipped


def _parsed(raw: bytes, name: str, problem: str | None) -> _Framed | InputError:
    # Imported here so that starting the command line stays fast.
    from warcio.recordloader import ArcWarcRecordLoader

    loader = ArcWarcRecordLoader(verify_http=False)
    # warcio raises assorted exceptions on broken headers (its own, value and attribute errors).
    try:
        record = loader.parse_record_stream(io.BytesIO(raw), known_format="warc")
    except Exception as error:
        return InputError(name, f"corrupt WARC record: {_reason(error)}")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return _Framed(record, uri or name, problem)


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return record.http_headers.get_statuscode() == "200" and content_type.startswith(HTML_TYPES)


def _page(item: _Framed, max_bytes: int) -> Document | InputError:
    if item.problem:
        return InputError(item.name, item.problem)
    # A chunked or compressed body may yet come to more than its record holds.
    payload = item.record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return InputError(item.name, too_large(max_bytes))
    uri = item.record.rec_headers.get_header("WARC-Target-URI")
    try:
        return read_html_text(payload, item.name, url=uri)
    except InputError as error:
        return error


def _reason(error: Exception) -> str:
    lines = str(error).splitlines()
    return lines[0][:_REASON_CHARS] if lines else type(error).__name__


class _Mapped(io.RawIOBase):
    """A readable stream over bytes or a mapped file, which it does not copy."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        super().__init__()
        self.data = data
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        piece = self.data[self.position : self.position + len(buffer)]
        buffer[: len(piece)] = piece
        self.position += len(piece)
        return len(piece)
