"""How each outlet tells it, over its articles: genres, the share of statements attributed to
sources, named and anonymous sources, voices, and signals of loaded language per 1,000 words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

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


def outlet_profiles(articles: Sequence[Article]) -> list[OutletProfile]:
    """One profile per outlet, in the order the outlets first appear."""
    by_outlet: dict[str, list[Article]] = {}
    for article in articles:
        by_outlet.setdefault(article.outlet or article.id, []).append(article)
    return [_profile(name, found) for name, found in by_outlet.items()]


def _profile(name: str, articles: list[Article]) -> OutletProfile:
    words = sum(len(a.text.split()) for a in articles)
    sourced = [a.sourcing for a in articles if a.sourcing]
    statements = sum(s.statements for s in sourced)
    voices: Counter[str] = Counter()
    for s in sourced:
        voices.update(dict(s.voices))
    signals = Counter(s.kind for a in articles for s in a.signals)
    return OutletProfile(
        name,
        tuple(a.id for a in articles),
        words,
        dict(Counter(a.genre.label for a in articles if a.genre)),
        round(sum(s.attributed for s in sourced) / statements, 3) if statements else None,
        sum(s.named for s in sourced),
        sum(s.anonymous for s in sourced),
        dict(voices),
        {kind: round(n * 1000 / max(words, 1), 2) for kind, n in sorted(signals.items())},
    )
