"""Statements: the sentences of a story's articles, with the signals that tell which
statements of different articles say the same thing.

Headlines, questions and very short lines are kept apart: they announce or ask, they do not
assert. The signals are the lemmas of content words and their letter 4-grams (so that
"Partnerschaftsvertrag" and "Partnerschaftsabkommen" share "part", "schaf", ...), and the
figures with the word that follows them ("24 Jahren").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from presseschau.model import Article
from presseschau.nlp import de

CONTENT_TAGS = frozenset({"NN", "NE", "FM", "ADJA", "ADJD", "VVFIN", "VVPP", "VVINF", "VVIZU"})
# Verbs too general to tie two statements together.
_LIGHT_VERBS = frozenset({"sein", "haben", "werden", "geben", "machen", "lassen", "stehen"})
GRAM = 4
MIN_WORDS = 5
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Words before a figure that make it approximate or a bound: "fast 25 Jahre".
_APPROXIMATE = frozenset({"fast", "knapp", "rund", "etwa", "über", "mehr", "gut", "ca", "circa"})


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # the word after the number, lower-cased: "jahren", "tote"
    approximate: bool


@dataclass(frozen=True)
class Statement:
    article: str
    start: int
    end: int
    text: str
    kind: str  # statement, headline or question
    opinion: bool  # the writer's judgement or a quotation, not a report
    features: frozenset[str]  # "l" + lemma, "g" + letter 4-gram
    figures: tuple[Figure, ...]
    days: tuple[str, ...] = ()  # the days (ISO) its time expressions name or resolve to


def statements(articles: Iterable[Article]) -> list[Statement]:
    """The sentences of the articles as statements, in article and text order."""
    found = []
    for article in articles:
        starts = [t.start for t in article.tokens]
        for sentence in article.sentences:
            tokens = article.tokens[
                bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)
            ]
            words = [article.text[t.start : t.end] for t in tokens]
            text = article.text[sentence.start : sentence.end]
            lemmas = _lemmas(tokens, words)
            found.append(
                Statement(
                    article.id,
                    sentence.start,
                    sentence.end,
                    text,
                    _kind(text, words, article.in_heading(sentence.start)),
                    _opinion(text, words),
                    frozenset(
                        {f"l{x}" for x in lemmas} | {f"g{g}" for x in lemmas for g in _grams(x)}
                    ),
                    _figures(words),
                    _days(article, sentence.start, sentence.end),
                )
            )
    return found


def _days(article: Article, start: int, end: int) -> tuple[str, ...]:
    return tuple(
        t.value
        for t in article.times
        if start <= t.start < end and t.type == "date" and _DAY.fullmatch(t.value or "")
    )


def _kind(text: str, words: list[str], in_heading: bool) -> str:
    if in_heading:
        return "headline"
    if text.rstrip('“”"«» ').endswith("?"):
        return "question"
    if sum(w[:1].isalnum() for w in words) < MIN_WORDS:
        return "headline"
    return "statement"


def _opinion(text: str, words: list[str]) -> bool:
    """A judgement ("natürlich", "wir"), an address to the reader ("Lesen Sie ..."), or a
    quotation."""
    address = len(words) > 1 and words[1] == "Sie" and words[0] != "Sie"
    return (
        address
        or text[:1] in de.OPENING_QUOTES
        or any(w.lower() in de.OPINION_MARKERS for w in words)
    )


def _lemmas(tokens, words: list[str]) -> set[str]:
    lemmas = set()
    for token, word in zip(tokens, words, strict=True):
        if token.pos in CONTENT_TAGS and len(word) > 2:
            lemma = (token.lemma or word).lower()
            if lemma not in _LIGHT_VERBS:
                lemmas.add(lemma)
    return lemmas


def _grams(lemma: str) -> list[str]:
    word = lemma.replace("-", "")
    return [word[i : i + GRAM] for i in range(len(word) - GRAM + 1)]


def _figures(words: list[str]) -> tuple[Figure, ...]:
    """Numbers with the word after them; an ordinal ("19.") or a year is no figure."""
    found = []
    for i, word in enumerate(words):
        if not _NUMBER.fullmatch(word) or (i + 1 < len(words) and words[i + 1] == "."):
            continue
        unit = words[i + 1].lower() if i + 1 < len(words) else ""
        if not unit.isalpha() or (len(word) == 4 and word.isdigit()):
            continue
        approximate = i > 0 and words[i - 1].lower().rstrip(".") in _APPROXIMATE
        found.append(Figure(float(word.replace(".", "").replace(",", ".")), unit, approximate))
    return tuple(found)
