"""Plain text files: one paragraph per non-empty line."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext
from presseschau.ingest.decode import decode
from presseschau.ingest.dedup import content_hash
from presseschau.model import Article, Block, Document, Paragraph


def read_text(data: bytes, source: str, ctx: ReadContext) -> Iterator[Document | InputError]:
    """Yield the one document of a plain text file; headlines are left to the cleaner."""
    text, notes = decode(data, source)
    paragraphs = paragraphs_from_text(text)
    if not paragraphs:
        raise InputError(source, "no text found")
    yield Document(source=source, paragraphs=paragraphs, notes=notes)


def paragraphs_from_text(text: str) -> tuple[Paragraph, ...]:
    """One paragraph per non-empty line, whitespace-normalised."""
    lines = (normalise_space(line) for line in text.splitlines())
    return tuple(Paragraph(line) for line in lines if line)


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace to one space, trim, and compose to Unicode NFC."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def article_from_text(article_id: str, text: str, language: str = "de") -> Article:
    """An article of text as it is, a block per non-empty line: for annotated data whose
    offsets point into that exact text."""
    blocks, start = [], 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped.strip():
            first = start + len(stripped) - len(stripped.lstrip())
            blocks.append(Block(first, start + len(stripped), "paragraph"))
        start += len(line) + 1
    return Article(
        article_id, article_id, text, content_hash(text), language=language, blocks=tuple(blocks)
    )
