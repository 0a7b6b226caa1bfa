"""Pipeline stage: each article's signals, sourcing, genre and text quality."""

from __future__ import annotations

import dataclasses

from presseschau.framing.genre import GenreModel, genre
from presseschau.framing.quality import QualityCheck
from presseschau.framing.signals import Lexicon, signals
from presseschau.framing.sourcing import sourcing
from presseschau.model import Article


class FramingStage:
    name = "framing"
    requires = frozenset({"sentences", "tokens", "lemmas", "pos", "quotes"})
    provides = frozenset({"genre", "signals", "sourcing", "quality"})
    languages = frozenset({"de"})

    def __init__(self, genre_model: str | None = None) -> None:
        """`genre_model`: the path of a genre model made by scripts/train_genre.py, else the
        shipped one."""
        self.lexicon = Lexicon.load()
        self.quality = QualityCheck()
        self.genre = GenreModel.from_file(genre_model) if genre_model else GenreModel.load()

    def __call__(self, article: Article) -> Article:
        found = signals(article, self.lexicon)
        sources = sourcing(article)
        return dataclasses.replace(
            article,
            signals=tuple(found),
            sourcing=sources,
            genre=genre(article, found, sources, self.genre),
            quality=self.quality(article),
        )
