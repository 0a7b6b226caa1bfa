"""Where the writer speaks: outside other people's quotations and reported speech."""

from __future__ import annotations

from presseschau.model import Article
from presseschau.spans import merged


def quoted(article: Article) -> list[tuple[int, int]]:
    """The stretches of other people's words: direct and partial quotes, sorted."""
    return sorted(p for q in article.quotes if q.kind in ("direct", "partial") for p in q.parts)


def spoken(article: Article) -> list[tuple[int, int]]:
    """The stretches of what others said, quoted, in indirect and reported speech or in the
    turns of an interview, sorted (and merged where they overlap): the writer's own voice is
    the rest."""
    return merged(p for q in article.quotes if q.kind != "scare" for p in q.parts)
