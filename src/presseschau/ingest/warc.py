"""WARC web archives: one document per HTML page the crawl received (HTTP 200)."""

from __future__ import annotations

import io
import mmap
from collections.abc import Iterator
from typing import TYPE_CHECKING

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext, too_large
from presseschau.ingest.html import read_html_text
from presseschau.model import Document

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(
    data: bytes | mmap.mmap, source: str, ctx: ReadContext
) -> Iterator[Document | InputError]:
    """Yield the HTML pages of a WARC file, gzipped or not, each with its target URI as source.

    Requests, metadata, redirects and non-HTML responses are skipped. WARC-Date is the crawl
    date, not the publication date, and is not used. Where the archive is corrupt or cut
    off, an error is yielded and reading stops.
    """
    pages = 0
    for record in _records(data, source):
        if isinstance(record, InputError):
            yield record
            return
        if _is_html_page(record):
            pages += 1
            yield _page(record, ctx)
    if not pages:
        raise InputError(source, "no HTML page in this WARC file")


def _records(data: bytes | mmap.mmap, source: str) -> Iterator[ArcWarcRecord | InputError]:
    # Imported here so that starting the command line stays fast.
    from warcio.archiveiterator import ArchiveIterator

    good = 0
    try:
        for record in ArchiveIterator(data if isinstance(data, mmap.mmap) else io.BytesIO(data)):
            if record.rec_type is None:
                raise ValueError("not a WARC record")
            good += 1
            yield record
    # warcio raises assorted exceptions on broken input (ArchiveLoadFailed, zlib and
    # attribute errors), and there is nothing to read after any of them.
    except Exception as error:
        yield InputError(f"{source}#{good + 1}", f"corrupt WARC record, reading stopped: {error}")


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return record.http_headers.get_statuscode() == "200" and content_type.startswith(HTML_TYPES)


def _page(record: ArcWarcRecord, ctx: ReadContext) -> Document | InputError:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(ctx.max_bytes + 1)
    if len(payload) > ctx.max_bytes:
        return InputError(uri, too_large(ctx.max_bytes))
    if record.raw_stream.limit:
        return InputError(uri, "WARC record cut off before its end")
    try:
        return read_html_text(payload, uri, url=uri)
    except InputError as error:
        return error
