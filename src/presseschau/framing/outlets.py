"""How each outlet tells it, over its articles: genres, the share of statements attributed to
sources, named and anonymous sources, voices, and signals of loaded language per 1,000 words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from presseschau.model import Article


@dataclass(frozen=True)
class OutletProfile:
    name: str  # the outlet, or the article's id where its outlet is unknown
    articles: tuple[str, ...]
    words: int
    genres: dict[str, int]
    attributed_share: float | None  # of all statements; None without statements
    named: int
    anonymous: int
    voices: dict[str, int]
    sides: dict[str, int]
    signals_per_1000_words: dict[str, float]
    slips_per_1000_words: float
    boilerplate_share: float | None  # the mean over its articles
    with_byline: int
    dated: int


def outlet_profiles(articles: Iterable[Article]) -> list[OutletProfile]:
    """One profile per outlet, in the order the outlets first appear; the articles are taken
    one at a time (a stream from disk) and only their counts are kept."""
    tallies: dict[str, _Tally] = {}
    for article in articles:
        tallies.setdefault(article.outlet or article.id, _Tally()).add(article)
    return [tally.profile(name) for name, tally in tallies.items()]


@dataclass
class _Tally:
    """The counts of one outlet's articles so far."""

    articles: list[str] = field(default_factory=list)
    words: int = 0
    genres: Counter = field(default_factory=Counter)
    statements: int = 0
    attributed: int = 0
    named: int = 0
    anonymous: int = 0
    voices: Counter = field(default_factory=Counter)
    sides: Counter = field(default_factory=Counter)
    signals: Counter = field(default_factory=Counter)
    slips: int = 0
    checked: int = 0  # articles with a quality check
    boilerplate: float = 0.0
    with_byline: int = 0
    dated: int = 0

    def add(self, article: Article) -> None:
        self.articles.append(article.id)
        self.words += len(article.text.split())
        if article.genre:
            self.genres[article.genre.label] += 1
        if s := article.sourcing:
            self.statements += s.statements
            self.attributed += s.attributed
            self.named += s.named
            self.anonymous += s.anonymous
            self.voices.update(dict(s.voices))
            self.sides.update(dict(s.sides))
        self.signals.update(s.kind for s in article.signals)
        if q := article.quality:
            self.checked += 1
            self.slips += len(q.slips)
            self.boilerplate += q.boilerplate_share
            self.with_byline += q.byline
            self.dated += q.dated

    def profile(self, name: str) -> OutletProfile:
        return OutletProfile(
            name,
            tuple(self.articles),
            self.words,
            dict(self.genres),
            round(self.attributed / self.statements, 3) if self.statements else None,
            self.named,
            self.anonymous,
            dict(self.voices),
            dict(self.sides.most_common()),
            {kind: per_1000(n, self.words) for kind, n in sorted(self.signals.items())},
            per_1000(self.slips, self.words),
            round(self.boilerplate / self.checked, 3) if self.checked else None,
            self.with_byline,
            self.dated,
        )


def per_1000(count: int, words: int) -> float:
    """How many per 1,000 words."""
    return round(count * 1000 / max(words, 1), 2)
