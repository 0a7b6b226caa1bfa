"""HTML fragments (feed entry bodies) to paragraphs: every block element starts a new one."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
from lxml import etree

from presseschau.errors import InputError
from presseschau.ingest.text import normalise_space
from presseschau.model import Paragraph

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that end the paragraph before them; <br> too, since feeds often separate with it.
BREAKS = HEADINGS | {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "header", "hr", "li", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
}  # fmt: skip


def fragment_paragraphs(html: str, source: str) -> tuple[Paragraph, ...]:
    """The paragraphs of an HTML fragment; <h1>..<h6> give headings."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, etree.LxmlError) as error:
        raise InputError(source, f"could not parse HTML: {error}") from None
    etree.strip_elements(root, etree.Comment, "script", "style", with_tail=False)
    return tuple(_paragraphs(root))


def _paragraphs(root: etree._Element) -> Iterator[Paragraph]:
    run: list[str] = []
    headings_open = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        if node.tag in BREAKS:
            yield from _flush(run, "heading" if headings_open else "paragraph")
            if node.tag in HEADINGS:
                headings_open += 1 if event == "start" else -1
        if event == "start":
            run.append(node.text or "")
        elif node is not root:
            run.append(node.tail or "")
    yield from _flush(run, "paragraph")


def _flush(run: list[str], kind: str) -> Iterator[Paragraph]:
    text = normalise_space("".join(run))
    run.clear()
    if text:
        yield Paragraph(text, kind)
