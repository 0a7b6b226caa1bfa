"""From a cleaned document to an Article: one text, blocks as offsets into it, a stable id."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from presseschau.ingest.clean import Cleaned
from presseschau.ingest.dedup import content_hash
from presseschau.model import Article, Block, Document

BLOCK_SEPARATOR = "\n"


def assemble(document: Document, cleaned: Cleaned, article_id: str, outlet: str | None) -> Article:
    text, blocks = _join(cleaned)
    return Article(
        id=article_id,
        source=document.source,
        text=text,
        content_hash=content_hash(text),
        sources=(document.source,),
        outlet=outlet,
        title=cleaned.title,
        author=cleaned.author,
        published=cleaned.published,
        blocks=blocks,
        removed=cleaned.removed,
        notes=document.notes,
    )


def _join(cleaned: Cleaned) -> tuple[str, tuple[Block, ...]]:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for paragraph in cleaned.blocks:
        blocks.append(Block(offset, offset + len(paragraph.text), paragraph.kind))
        parts.append(paragraph.text)
        offset += len(paragraph.text) + len(BLOCK_SEPARATOR)
    return BLOCK_SEPARATOR.join(parts), tuple(blocks)


def preferred_id(document: Document, file_source: str | None) -> str:
    """The input's own id, a file's name without extension, else a stable hash of the source.

    `file_source` is the source of the file the document was read from; None for a URL or stdin.
    """
    if document.id:
        return document.id
    if file_source is not None and document.source == file_source:
        return PurePath(file_source).stem
    return hashlib.sha256(document.source.encode()).hexdigest()[:16]


def unique_id(preferred: str, text_hash: str, taken) -> str:
    """`preferred`, or with the content hash appended when another article has that id."""
    return f"{preferred}-{text_hash[:8]}" if taken(preferred) else preferred
