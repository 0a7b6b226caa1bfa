"""Quoted passages: the text between matching quote marks, paragraph by paragraph.

A mark opens a quote where it stands before a word and after a space, a paragraph start or a
bracket, and closes it where it stands after the quoted words. A quote still open at the end of
a paragraph goes on when the next paragraph opens with the same mark (the way a long statement
runs over paragraphs); otherwise it ends with its paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

from presseschau.model import Block
from presseschau.nlp import de

_BEFORE_OPENING = frozenset(" \t\n([{/–—-:")


def quoted_spans(text: str, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """(start, end) of each outer quotation, its marks included."""
    spans: list[tuple[int, int]] = []
    carried: tuple[int, str] | None = None  # an open quote's start and opening mark
    for index, block in enumerate(blocks):
        opened = carried
        carried = None
        for position in range(block.start, block.end):
            mark = text[position]
            if opened is not None and mark in de.QUOTE_PAIRS[opened[1]]:
                if _closes(text, position, block.end):
                    spans.append((opened[0], position + 1))
                    opened = None
            elif opened is None and mark in de.QUOTE_PAIRS and _opens(text, position, block):
                opened = (position, mark)
        if opened is not None:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is not None and text[following.start] == opened[1]:
                carried = opened
            elif block.end - opened[0] > 1:
                spans.append((opened[0], block.end))
    return spans


def _opens(text: str, position: int, block: Block) -> bool:
    after = text[position + 1] if position + 1 < block.end else " "
    before = text[position - 1] if position > block.start else " "
    return not after.isspace() and (before in _BEFORE_OPENING or before in de.QUOTE_PAIRS)


def _closes(text: str, position: int, end: int) -> bool:
    """Whether the mark ends the quote: it follows the quoted words and no letter follows it."""
    after = text[position + 1] if position + 1 < end else " "
    return not text[position - 1].isspace() and not after.isalnum()
