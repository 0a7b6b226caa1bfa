"""RSS and Atom feeds: one document per entry, with the full page fetched for teaser entries."""

from __future__ import annotations

import dataclasses
import io
import re
import sys
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext
from presseschau.ingest.decode import decode
from presseschau.ingest.fragment import fragment_paragraphs
from presseschau.ingest.html import read_html_text
from presseschau.ingest.text import paragraphs_from_text
from presseschau.model import Document, Paragraph

if TYPE_CHECKING:
    from presseschau.ingest.transport import Transport

Entry = Mapping[str, Any]

# Teaser feeds carry one to three sentences per entry, full-text feeds hundreds of words;
# below this many words the entry's page is fetched (when online) for the whole article.
SHORT_BODY_WORDS = 80
# Already decoded by `decode`, re-encoded: this header makes feedparser ignore a stale
# encoding in the XML declaration.
DECODED = {"content-type": "application/xml; charset=utf-8"}
FILLED_FROM_FEED = ("title", "author", "published", "site", "url")
# feedparser's lenient parser, which takes over from the XML one on a broken feed, crashes on a
# reference to no character (&#xD800;, a surrogate; &#1114112;, beyond Unicode).
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
SURROGATES = range(0xD800, 0xE000)


def read_feed(data: bytes, source: str, ctx: ReadContext) -> Iterator[Document | InputError]:
    """Yield one document per feed entry; an entry whose page cannot be fetched yields an error
    and then its feed text."""
    # Imported here so that starting the command line stays fast.
    import feedparser

    text, notes = decode(data, source)
    text = _CHARACTER_REFERENCE.sub(_valid_reference, text)
    try:
        feed = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=DECODED)
    except ValueError as error:
        # feedparser's strict parser fails on names it cannot split, such as a namespace with
        # a line separator (U+2028) in it, instead of passing the feed to its lenient one.
        raise InputError(source, f"not a valid RSS/Atom feed: feedparser failed: {error}") from None
    if not feed.entries:
        problem = (
            f"not a valid RSS/Atom feed: {feed.get('bozo_exception')}"
            if feed.bozo
            else "no entries"
        )
        raise InputError(source, problem)
    site = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        try:
            document = _entry_document(entry, f"{source}#{entry.get('id') or number}", site, notes)
        except InputError as error:
            yield error
            continue
        yield from _complete(document, ctx)


def _valid_reference(reference: re.Match[str]) -> str:
    """The reference, or one to U+FFFD where it names no character, as an HTML parser reads it."""
    hexadecimal, decimal = reference.groups()
    try:
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    except ValueError:  # Python converts no decimal number of more than 4300 digits
        code = -1
    valid = 0 <= code <= sys.maxunicode and code not in SURROGATES
    return reference.group() if valid else "&#xFFFD;"


def _entry_document(entry: Entry, key: str, site: str | None, notes: tuple[str, ...]) -> Document:
    """The document the feed itself gives for an entry (its paragraphs may be empty)."""
    link = entry.get("link")
    return Document(
        source=link or key,
        paragraphs=_body(entry, link or key),
        title=entry.get("title") or None,
        author=entry.get("author") or None,
        published=_published(entry),
        site=site,
        url=link,
        notes=notes,
    )


def _complete(document: Document, ctx: ReadContext) -> Iterator[Document | InputError]:
    """The entry's page for a short entry with a link, else (or when that fails) the entry;
    nothing for a short entry stored on an earlier run."""
    if document.url and _words(document) < SHORT_BODY_WORDS:
        if ctx.is_stored(document.source):
            return
        if ctx.transport is None:
            note = "only the feed's short text: offline, so the page was not fetched"
            document = dataclasses.replace(document, notes=(*document.notes, note))
        else:
            try:
                yield _page_document(document, ctx.transport)
                return
            except InputError as error:
                yield error
    if document.paragraphs:
        yield document
    else:
        yield InputError(document.source, "entry has no text")


def _page_document(entry_document: Document, transport: Transport) -> Document:
    """The entry's page as a document, with the feed's metadata where the page has none."""
    fetched = transport.fetch(entry_document.url)
    page = read_html_text(fetched.body, entry_document.source, url=fetched.url)
    missing = {
        name: getattr(entry_document, name)
        for name in FILLED_FROM_FEED
        if getattr(page, name) is None
    }
    return dataclasses.replace(page, **missing)


def _body(entry: Entry, source: str) -> tuple[Paragraph, ...]:
    detail = entry["content"][0] if entry.get("content") else entry.get("summary_detail")
    if not detail or not detail.get("value"):
        return ()
    if detail.get("type") == "text/plain":
        return paragraphs_from_text(detail["value"])
    return fragment_paragraphs(detail["value"], source)


def _published(entry: Entry) -> str | None:
    # `in` before indexing: feedparser's get("updated_parsed") warns when only published exists.
    for key in ("published_parsed", "updated_parsed"):
        if key in entry and entry[key]:  # noqa: RUF019
            return datetime(*entry[key][:6], tzinfo=UTC).isoformat()
    return None


def _words(document: Document) -> int:
    return sum(len(paragraph.text.split()) for paragraph in document.paragraphs)
