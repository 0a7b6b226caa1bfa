"""Genre: reporting, analysis or opinion, by a small model over the cues of
`genre_features`.

The model is a multinomial logistic regression that `scripts/train_genre.py` trains on texts
written for the project (`scripts/data/genre-de.jsonl`) and stores as JSON in
`nlp/models/genre-de.json`; applying it is one weighted sum per genre. The cues shown beside a
genre are those the article has more of than the training texts on average and that pushed
it furthest towards it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from presseschau.errors import PresseschauError
from presseschau.framing.genre_features import FEATURES, WORD_CUES, cue_counts, genre_features
from presseschau.model import Article, Genre, Signal, Sourcing

MODEL = "genre-de.json"
SHOWN_CUES = 4


@dataclass(frozen=True)
class GenreModel:
    labels: tuple[str, ...]
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per label
    bias: tuple[float, ...]

    @classmethod
    @cache
    def load(cls) -> GenreModel:
        raw = (resources.files("presseschau.nlp") / "models" / MODEL).read_text("utf-8")
        return cls.from_json(json.loads(raw))

    @classmethod
    def from_json(cls, data: dict) -> GenreModel:
        if tuple(data["features"]) != FEATURES:
            raise PresseschauError(f"{MODEL}: made for other features; run scripts/train_genre.py")
        return cls(
            tuple(data["labels"]),
            FEATURES,
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(map(tuple, data["weights"])),
            tuple(data["bias"]),
        )

    def to_json(self) -> dict:
        fields = ("labels", "features", "mean", "scale", "weights", "bias")
        return {name: getattr(self, name) for name in fields}

    def standardised(self, features: dict[str, float]) -> list[float]:
        return [
            (features[f] - m) / s
            for f, m, s in zip(self.features, self.mean, self.scale, strict=True)
        ]

    def probabilities(self, x: list[float]) -> dict[str, float]:
        scores = [
            b + sum(w * v for w, v in zip(row, x, strict=True))
            for row, b in zip(self.weights, self.bias, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return {label: e / sum(exps) for label, e in zip(self.labels, exps, strict=True)}

    def label(self, features: dict[str, float]) -> str:
        """The most probable genre."""
        probabilities = self.probabilities(self.standardised(features))
        return max(probabilities, key=probabilities.__getitem__)

    def pushes(self, x: list[float], label: str) -> list[tuple[str, float]]:
        """How far each feature moves the article towards `label` rather than the other
        genres, largest first."""
        i = self.labels.index(label)
        others = [row for j, row in enumerate(self.weights) if j != i]
        push = [
            (name, v * (self.weights[i][k] - sum(row[k] for row in others) / len(others)))
            for k, (name, v) in enumerate(zip(self.features, x, strict=True))
        ]
        return sorted(push, key=lambda item: -item[1])


def genre(
    article: Article, signals: list[Signal], sourcing: Sourcing, model: GenreModel | None = None
) -> Genre:
    model = model or GenreModel.load()
    counts = cue_counts(article, signals)
    features = genre_features(counts, article, sourcing)
    x = model.standardised(features)
    probabilities = model.probabilities(x)
    label = max(probabilities, key=probabilities.__getitem__)
    above = {name for name, v in zip(model.features, x, strict=True) if v > 0}
    cues = tuple(
        _shown(name, counts, features)
        for name, push in model.pushes(x, label)
        if push > 0 and name in above
    )[:SHOWN_CUES]
    return Genre(label, round(probabilities[label], 2), cues)


def _shown(name: str, counts: Counter, features: dict[str, float]) -> str:
    """A cue as a reader checks it: a count of words, or a share or rate of the text."""
    if name in WORD_CUES:
        return f"{name}: {counts[name]}"
    return f"{name}: {features[name]:.2f}"
