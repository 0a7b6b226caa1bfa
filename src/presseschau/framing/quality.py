"""Text quality: slips of spelling and translation, the share of web leftovers, byline and date.

A slip is a word that is not German: a lower-case word that is neither in the lexicon (the
300,000 most frequent German word forms) nor a compound of its words, a run of English words
in German running text (an untranslated or machine-translated fragment), or a word written
twice in a row. Capitalised words are left alone: unknown ones are mostly names.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from presseschau.framing.voice import quoted
from presseschau.model import Article, Quality, Slip
from presseschau.nlp import de
from presseschau.nlp.lemmas import Lemmatizer
from presseschau.spans import inside

# Shorter words are mostly abbreviations and interjections, which no word list holds.
MIN_LETTERS = 4
# English words at most this many tokens apart belong to one run.
NEAR = 3


class QualityCheck:
    """The quality of articles, with each word form looked up once."""

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer or Lemmatizer()
        self._known: dict[str, bool] = {}

    def __call__(self, article: Article) -> Quality:
        slips = sorted(
            [*self._unknown(article), *_foreign(article), *_doubled(article)],
            key=lambda s: (s.start, s.end),
        )
        words = sum(1 for t in article.tokens if article.text[t.start].isalnum())
        return Quality(
            tuple(slips),
            words,
            _boilerplate_share(article),
            article.author is not None,
            article.published is not None,
        )

    def _unknown(self, article: Article) -> Iterator[Slip]:
        """Unknown lower-case words outside names and quotations."""
        # Names, and quotations: a speaker's dialect is theirs.
        named = sorted([*((m.start, m.end) for m in article.mentions), *quoted(article)])
        for token in article.tokens:
            word = article.text[token.start : token.end]
            if (
                word.islower()
                and len(word) >= MIN_LETTERS
                and word.isalpha()
                and word not in de.ENGLISH_ONLY_WORDS
                and not inside(named, token.start)
                and not self._knows(word)
            ):
                yield Slip(token.start, token.end, "unknown_word")

    def _knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self.lemmatizer.knows(word) or any(
                self.lemmatizer.knows(base) for base in _bases(word.lower())
            )
        return known


def _bases(word: str) -> Iterator[str]:
    """Forms the word may be an inflection of, which the lexicon may hold though it lacks the
    word itself: an adjective without its ending ("bedenklichem"), a zu-infinitive without
    its zu ("durchzuprobieren")."""
    for ending in de.ADJECTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LETTERS:
            yield word[: -len(ending)]
    cut = word.find("zu", 2)
    if cut > 0 and len(word) - 2 >= MIN_LETTERS:
        yield word[:cut] + word[cut + 2 :]


def _foreign(article: Article) -> Iterator[Slip]:
    """Runs of two or more English words, outside quotations (which may be in English)."""
    spans = quoted(article)
    run: list[tuple[int, int, int]] = []  # (token number, start, end)
    for number, token in enumerate(article.tokens):
        word = article.text[token.start : token.end]
        if word not in de.ENGLISH_ONLY_WORDS or inside(spans, token.start):
            continue
        if run and number - run[-1][0] > NEAR:
            yield from _run(run)
            run = []
        run.append((number, token.start, token.end))
    yield from _run(run)


def _run(run: list[tuple[int, int, int]]) -> Iterator[Slip]:
    if len(run) > 1:
        yield Slip(run[0][1], run[-1][2], "foreign_words")


def _doubled(article: Article) -> Iterator[Slip]:
    """A word written twice in a row, with nothing but a space between."""
    text, tokens = article.text, article.tokens
    for before, token in itertools.pairwise(tokens):
        word = text[token.start : token.end]
        if (
            word.isalpha()
            and word.lower() not in de.MAY_REPEAT
            and text[before.start : before.end].lower() == word.lower()
            and text[before.end : token.start] == " "
        ):
            yield Slip(before.start, token.end, "doubled_word")


def _boilerplate_share(article: Article) -> float:
    """Of the characters of the input, the share the cleaner removed as web leftovers."""
    removed = sum(len(r.text) for r in article.removed)
    return round(removed / max(1, removed + len(article.text)), 3)
