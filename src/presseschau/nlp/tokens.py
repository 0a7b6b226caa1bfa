"""A regular-expression tokenizer for German news text that keeps character offsets.

Words keep their hyphens ("Kim-Il-Sung-Platz", "F-16s"), numbers their separators ("1.000",
"3,5", "18.00"), abbreviations and ordinals their full stop ("z.", "Prof.", "24."); addresses
are one token. Every other mark is a token of its own, except runs of "." "!" "?" "…".

Most tokens are plain words of letters with no full stop, hyphen or "@" after them; they are
matched first, before the alternatives that would each scan them in vain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presseschau.nlp import de


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_QUOTES = re.escape(de.OPENING_QUOTES + de.CLOSING_QUOTES)
_TOKEN = re.compile(
    rf"""
    (?P<plain>[^\W\d_]{{2,}}(?![\w.@:+'’\u2010-]))
    | (?P<url>(?:https?://|www\.)[^\s<>{_QUOTES}]*[^\s<>{_QUOTES}.,;:!?)\]])
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<domain>[\w-]+(?:\.[\w-]+)*\.(?:{_alternation(de.WEB_DOMAINS)})(?![\w.-]\w))
    | (?P<abbreviation>(?<!\w)(?i:
        (?:{_alternation(de.ABBREVIATIONS | de.FINAL_ABBREVIATIONS)})\.
        | (?:{_alternation(de.NUMBER_ABBREVIATIONS)})\.(?=\s?\d)
      ))
    | (?P<initial>(?<!\w)[^\W\d_]\.)
    | (?P<ordinal>(?<![\w.,])(?:\d+\.)+(?!\w)|(?<!\w)[IVX]{{2,5}}\.)
    | (?P<number>\d+(?:[.,:]\d+)+(?:-\w+)*)
    | (?P<word>\w+(?:[-\u2010'’]\w+)*(?:-(?=\s))?)
    | (?P<stop>[.!?…]+)
    | (?P<mark>[^\w\s])
    """,
    re.VERBOSE,
)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_MONTH_NAMES = frozenset(de.MONTHS)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the tokens of `text[start:end]`, as offsets into `text`."""
    return list(_tokens(text, start, len(text) if end is None else end))


def _tokens(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    previous = None
    for match in _TOKEN.finditer(text, start, end):
        token = match.span()
        if match.lastgroup == "ordinal" and not _is_ordinal(text, token, previous, end):
            yield token[0], token[1] - 1
            token = (token[1] - 1, token[1])
        yield token
        previous = token


def _is_ordinal(
    text: str, token: tuple[int, int], previous: tuple[int, int] | None, end: int
) -> bool:
    """Whether the full stop after a number marks an ordinal rather than a sentence end."""
    following = _NEXT_WORD.match(text, token[1], end)
    if following is None:
        return text[token[0]].isalpha()  # "Wilhelm II." closing a line keeps its stop
    word = following.group(1)
    if word[0].islower() or word[0].isdigit() or _names_a_date_or_rank(word.lower()):
        return True
    if previous is None or text[previous[0]] in ".!?…":
        return True  # a numbered list item or a club: "1. FC Köln"
    if text[previous[0] : previous[1]] == "(" and previous[1] == token[0]:
        return True  # a match minute in a line-up: "Prietl (66. Ibser)"
    return text[previous[0] : previous[1]].lower() in de.ORDINAL_CUES


def _names_a_date_or_rank(word: str) -> bool:
    return word in _MONTH_NAMES or any(
        word.startswith(noun) and word[len(noun) :] in de.NOUN_ENDINGS for noun in de.ORDINAL_NOUNS
    )
