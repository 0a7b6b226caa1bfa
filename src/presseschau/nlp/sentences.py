"""Sentences of German news text, found block by block over the tokens of `tokens.py`.

A sentence never crosses a block: headlines have no final stop and a paragraph is a line. Inside
a block a sentence ends after ". ! ? …" (and the quote marks or brackets glued to them) when the
next token opens with a capital, a digit or an opening quote. Ordinals and abbreviations carry
their full stop inside the token, so "am 1. Mai" or "z. B. Kiew" never reach that rule.
"""

from __future__ import annotations

import dataclasses

from presseschau.model import Article, Span, Token
from presseschau.nlp import de
from presseschau.nlp.tokens import tokenize

_STOPS = ".!?…"
_CLOSERS = de.CLOSING_QUOTES + ")]"
_BRACKETS = "(["  # an omission "[…]" or "(...)" inside a quote ends nothing
# The last characters of the tokens that may end a sentence; most tokens are ruled out by it.
_MAY_END = _STOPS + _CLOSERS

Tokens = list[tuple[int, int]]


def sentence_tokens(text: str, start: int = 0, end: int | None = None) -> list[Tokens]:
    """The tokens of `text[start:end]` (one block) grouped by sentence."""
    tokens = tokenize(text, start, end)
    sentences: list[Tokens] = []
    current: Tokens = []
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        current.append(token)
        if text[token[1] - 1] in _MAY_END and index < last and _ends_sentence(text, tokens, index):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of one block, trimmed of white space."""
    return [(group[0][0], group[-1][1]) for group in sentence_tokens(text, start, end)]


def _ends_sentence(text: str, tokens: Tokens, index: int) -> bool:
    following = tokens[index + 1]
    if _is_glued_closer(text, tokens, index + 1):
        return False
    if not _can_end(text, tokens, index):
        return False
    opening = text[following[0]]
    return opening.isupper() or opening.isdigit() or opening in de.OPENING_QUOTES or opening == "("


def _can_end(text: str, tokens: Tokens, index: int) -> bool:
    while _is_glued_closer(text, tokens, index):
        index -= 1
    start, end = tokens[index]
    if text[start] in _STOPS:
        return not (index > 0 and tokens[index - 1][1] == start and text[start - 1] in _BRACKETS)
    return text[end - 1] == "." and text[start : end - 1].lower() in de.FINAL_ABBREVIATIONS


def _is_glued_closer(text: str, tokens: Tokens, index: int) -> bool:
    """Whether the token is a closing quote or bracket written right after the token before."""
    start, end = tokens[index]
    return (
        index > 0 and end - start == 1 and text[start] in _CLOSERS and tokens[index - 1][1] == start
    )


class SentenceStage:
    """Fills `Article.sentences` and `Article.tokens` (without lemma or part of speech)."""

    name = "sentences"
    requires = frozenset({"text", "blocks"})
    provides = frozenset({"sentences", "tokens"})
    languages = frozenset({"de"})

    def __call__(self, article: Article) -> Article:
        spans: list[Span] = []
        tokens: list[Token] = []
        for block in article.blocks:
            for group in sentence_tokens(article.text, block.start, block.end):
                spans.append(Span(group[0][0], group[-1][1]))
                tokens.extend(Token(start, end) for start, end in group)
        return dataclasses.replace(article, sentences=tuple(spans), tokens=tuple(tokens))
