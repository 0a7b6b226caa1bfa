"""Where the writer speaks: outside other people's quotations and reported speech."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from presseschau.model import Article


def quoted(article: Article) -> list[tuple[int, int]]:
    """The stretches of other people's words: direct and partial quotes, sorted."""
    return sorted(p for q in article.quotes if q.kind in ("direct", "partial") for p in q.parts)


def spoken(article: Article) -> list[tuple[int, int]]:
    """The stretches of what others said, quoted, in indirect and reported speech or in the
    turns of an interview, sorted (and merged where they overlap): the writer's own voice is
    the rest."""
    merged: list[tuple[int, int]] = []
    parts = sorted(p for q in article.quotes if q.kind != "scare" for p in q.parts)
    for start, end in parts:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies in one of the sorted, non-overlapping spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
