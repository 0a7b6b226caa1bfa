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
    signals_per_1000_words: dict[str, float]


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
    signals: Counter = field(default_factory=Counter)

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
        self.signals.update(s.kind for s in article.signals)

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
            {
                kind: round(n * 1000 / max(self.words, 1), 2)
                for kind, n in sorted(self.signals.items())
            },
        )
