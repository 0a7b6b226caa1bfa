"""What story clustering knows of an article: its words, the names it mentions and when it
appeared.

Words are the lemmas of nouns, full verbs and adjectives; names are the words of the names the
entity stage found ("Anna Meier" gives "anna" and "meier", so that "Meier" alone still
matches). Both are counted, not yet weighted: a word's weight depends on how many articles of
the stream hold it, which only the clusterer knows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date

from presseschau.model import Article

TERM_TAGS = frozenset({"NN", "ADJA", "ADJD", "VVFIN", "VVINF", "VVPP", "VVIZU"})
MIN_LETTERS = 3


@dataclass(frozen=True)
class Profile:
    article: str
    terms: Counter[str]
    names: Counter[str]
    day: date | None  # the publication day, where known


def profile(article: Article) -> Profile:
    """The article's words, names and day."""
    return Profile(article.id, _terms(article), _names(article), _day(article))


def _terms(article: Article) -> Counter[str]:
    terms: Counter[str] = Counter()
    for token in article.tokens:
        if token.pos in TERM_TAGS and token.end - token.start >= MIN_LETTERS:
            terms[(token.lemma or article.text[token.start : token.end]).lower()] += 1
    return terms


def _names(article: Article) -> Counter[str]:
    """The words of the names, by lemma: the genitive "Meiers" counts as "meier"."""
    names: Counter[str] = Counter()
    starts = [t.start for t in article.tokens]
    for mention in article.mentions:
        first, past = bisect_left(starts, mention.start), bisect_left(starts, mention.end)
        for token in article.tokens[first:past]:
            whole = mention.start <= token.start and token.end <= mention.end
            # A name inside a compound ("NATO" of "NATO-Chef") is the mention's part only.
            name = (
                token.lemma
                if whole and token.lemma
                else article.text[max(token.start, mention.start) : min(token.end, mention.end)]
            )
            names.update(w for w in name.lower().split("-") if w)
    return names


def _day(article: Article) -> date | None:
    """The article's publication day, where known."""
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None
