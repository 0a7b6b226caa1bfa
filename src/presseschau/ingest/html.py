"""Web pages: main text and metadata through trafilatura, kept as headings and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext
from presseschau.ingest.decode import decode
from presseschau.ingest.text import normalise_space
from presseschau.model import Document, Paragraph

if TYPE_CHECKING:
    from trafilatura.settings import Document as Extraction

# Publication dates must come from the page's own statements: no guessing from the text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Blocks of trafilatura's output tree (its XML-TEI-like tags, not HTML ones).
# "Headline | Site", "Headline - Site": the separator stands between spaces.
_TITLE_AND_SITE = re.compile(r"^(?P<title>.*\S)\s+[|\N{EN DASH}\N{EM DASH}-]\s+(?P<site>[^|]+)$")
BLOCK_TAGS = frozenset({"head", "p", "list", "item", "quote", "table", "row", "cell", "code"})
# libxml2 refuses an attribute value of 10 MB and loses the text around it; a value of a
# million characters (an image inlined as a data: URI) says nothing about the article: emptied.
HUGE_ATTRIBUTE_CHARS = 1_000_000
_HUGE_ATTRIBUTE = re.compile(
    rf"""=(\s*)(?:"[^"<>]{{{HUGE_ATTRIBUTE_CHARS},}}"|'[^'<>]{{{HUGE_ATTRIBUTE_CHARS},}}')"""
)


def read_html(data: bytes, source: str, ctx: ReadContext) -> Iterator[Document | InputError]:
    """Yield the article of one web page; its URL is the source when it was fetched."""
    yield read_html_text(data, source, url=source if _is_url(source) else None)


def read_html_text(html: str | bytes, source: str, url: str | None = None) -> Document:
    """The article of one web page, for any reader that holds a page (feeds, WARC records)."""
    text, notes = decode(html, source) if isinstance(html, bytes) else (html, ())
    extracted = _extract(_HUGE_ATTRIBUTE.sub(r'=\1""', text), source, url)
    paragraphs = () if extracted is None else tuple(_paragraphs(extracted.body))
    if not paragraphs:
        raise InputError(source, "no article text found")
    return Document(
        source=source,
        paragraphs=paragraphs,
        title=_title(extracted),
        author=_author(extracted),
        published=extracted.date,
        site=extracted.sitename,
        url=extracted.url or url,
        notes=notes,
    )


def _extract(html: str, source: str, url: str | None) -> Extraction | None:
    # Imported here: trafilatura takes a quarter of a second to import.
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Measured on html-news-de: recall mode kept no more wanted snippets (35/36) but let
            # one more unwanted one through (36/38 left out, not 37/38); precision lost one wanted.
            favor_recall=False,
            date_extraction_params=DATE_PARAMS,
        )
    except (RecursionError, ValueError, etree.LxmlError) as error:
        raise InputError(source, f"could not parse HTML: {_reason(error)}") from None


def _paragraphs(block: etree._Element) -> Iterator[Paragraph]:
    if block.tag == "row":
        cells = (normalise_space(_inline_text(cell)) for cell in block)
        yield from _one(" | ".join(filter(None, cells)), "paragraph")
    elif any(child.tag in BLOCK_TAGS for child in block):
        yield from _one(block.text or "", "paragraph")
        for child in block:
            yield from _paragraphs(child)
            yield from _one(child.tail or "", "paragraph")
    else:
        yield from _one(_inline_text(block), "heading" if block.tag == "head" else "paragraph")


def _one(text: str, kind: str) -> Iterator[Paragraph]:
    text = normalise_space(text)
    if text:
        yield Paragraph(text, kind)


def _inline_text(element: etree._Element) -> str:
    """Text of a block with its line breaks (<lb/>) as spaces."""
    parts = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            parts.append(" " if node.tag == "lb" else node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


def _title(extracted: Extraction) -> str | None:
    """The page title without a trailing site name ("Autohäuser … | MDR.DE")."""
    match = _TITLE_AND_SITE.match(extracted.title or "")
    if match and _key(match["site"]) in _site_keys(extracted):
        return match["title"]
    return extracted.title or None


def _author(extracted: Extraction) -> str | None:
    """trafilatura's author, less the parts that only name the site ("Tagesschau De")."""
    if not extracted.author:
        return None
    parts = [p.strip() for p in extracted.author.split(";")]
    return "; ".join(p for p in parts if p and _key(p) not in _site_keys(extracted)) or None


def _site_keys(extracted: Extraction) -> set[str]:
    return {_key(name) for name in (extracted.sitename, extracted.hostname) if name}


def _key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))


def _reason(error: Exception) -> str:
    lines = str(error).splitlines()
    return lines[0] if lines else type(error).__name__


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))
