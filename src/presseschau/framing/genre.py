"""Genre: reporting, analysis or opinion, by a small model over the writer's own words and the
cues of `genre_features`; satire where the article's outlet or label says so (`satire`).

The model is a multinomial logistic regression that `scripts/train_genre.py` trains on texts
written for the project (`scripts/data/genre-de.jsonl`) and stores as JSON in
`nlp/models/genre-de.json`; applying it is one weighted sum per genre. It reads two views of
an article: the lemmas of the writer's own words, as a tf-idf vector of unit length over a
vocabulary that several of the training texts' writers share, and the cue features,
standardised and scaled so that together they weigh as much as the words. The cues shown
beside a genre are the features the article has more of than the training texts on average
and the words that pushed it furthest towards it.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from presseschau.errors import PresseschauError
from presseschau.framing.genre_features import FEATURES, WORD_CUES, reading
from presseschau.framing.satire import satire_cue
from presseschau.model import Article, Genre, Signal, Sourcing

MODEL = "genre-de.json"
GENRES = ("reporting", "analysis", "opinion", "satire")  # as report.schema.json has them
SHOWN_CUES = 4
SHOWN_WORDS = 3
# The standardised features count together as much as the word vector of unit length.
FEATURE_WEIGHT = 1 / math.sqrt(len(FEATURES))
# A feature counts at most this many standard deviations from the mean: one particle among a
# short text's few own words is an extreme rate, and a linear model would follow it anywhere.
CLIP = 3.0


@dataclass(frozen=True)
class GenreModel:
    labels: tuple[str, ...]
    vocabulary: tuple[str, ...]
    idf: tuple[float, ...]
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # per label: one per word, then one per feature
    bias: tuple[float, ...]

    @classmethod
    @cache
    def load(cls) -> GenreModel:
        raw = (resources.files("presseschau.nlp") / "models" / MODEL).read_text("utf-8")
        return cls.from_json(json.loads(raw))

    @classmethod
    def from_file(cls, path: str) -> GenreModel:
        """A genre model that scripts/train_genre.py wrote (--out), or a clear error."""
        try:
            model = cls.from_json(json.loads(Path(path).read_text("utf-8")), path)
        except OSError as exc:
            raise PresseschauError(f"{path}: cannot read the genre model ({exc.strerror})") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise PresseschauError(f"{path}: not a genre model of scripts/train_genre.py") from exc
        columns = len(model.vocabulary) + len(model.features)
        sized = (
            len(model.idf) == len(model.vocabulary)
            and len(model.mean) == len(model.scale) == len(model.features)
            and len(model.bias) == len(model.labels)
        )
        rows = len(model.weights) == len(model.labels) and all(
            len(row) == columns for row in model.weights
        )
        if not (sized and rows and model.labels and set(model.labels) <= set(GENRES)):
            raise PresseschauError(f"{path}: not a genre model of scripts/train_genre.py")
        return model

    @classmethod
    def from_json(cls, data: dict, name: str = MODEL) -> GenreModel:
        if tuple(data["features"]) != FEATURES:
            raise PresseschauError(f"{name}: made for other features; run scripts/train_genre.py")
        return cls(
            tuple(data["labels"]),
            tuple(data["vocabulary"]),
            tuple(data["idf"]),
            FEATURES,
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(map(tuple, data["weights"])),
            tuple(data["bias"]),
        )

    def to_json(self) -> dict:
        fields = ("labels", "vocabulary", "idf", "features", "mean", "scale", "weights", "bias")
        return {name: getattr(self, name) for name in fields}

    @cached_property
    def _index(self) -> dict[str, int]:
        return {word: i for i, word in enumerate(self.vocabulary)}

    def vector(self, lemmas: Counter, features: dict[str, float]) -> dict[int, float]:
        """The article as the model reads it, by column: the tf-idf weight (1 + ln count) * idf
        of each word of the vocabulary it uses, scaled to unit length, then each feature
        standardised, clipped and weighted."""
        words = {
            i: (1 + math.log(n)) * self.idf[i]
            for word, n in lemmas.items()
            if (i := self._index.get(word)) is not None
        }
        length = math.sqrt(sum(v * v for v in words.values())) or 1.0
        found = {i: v / length for i, v in words.items()}
        start = len(self.vocabulary)
        for k, (f, m, s) in enumerate(zip(self.features, self.mean, self.scale, strict=True)):
            found[start + k] = FEATURE_WEIGHT * max(-CLIP, min(CLIP, (features[f] - m) / s))
        return found

    def probabilities(self, x: dict[int, float]) -> dict[str, float]:
        scores = [
            b + sum(row[i] * v for i, v in x.items())
            for row, b in zip(self.weights, self.bias, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return {label: e / sum(exps) for label, e in zip(self.labels, exps, strict=True)}

    def label(self, lemmas: Counter, features: dict[str, float]) -> str:
        """The most probable genre."""
        probabilities = self.probabilities(self.vector(lemmas, features))
        return max(probabilities, key=probabilities.__getitem__)

    def pushes(self, x: dict[int, float], label: str) -> list[tuple[int, float]]:
        """How far each column the article has moves it towards `label` rather than the other
        genres, largest first."""
        i = self.labels.index(label)
        others = [row for j, row in enumerate(self.weights) if j != i]
        push = [
            (k, v * (self.weights[i][k] - sum(row[k] for row in others) / len(others)))
            for k, v in x.items()
        ]
        return sorted(push, key=lambda item: -item[1])


def genre(
    article: Article, signals: list[Signal], sourcing: Sourcing, model: GenreModel | None = None
) -> Genre:
    cue = satire_cue(article)
    if cue:
        return Genre("satire", 1.0, (cue,))
    model = model or GenreModel.load()
    read = reading(article, signals, sourcing)
    x = model.vector(read.lemmas, read.features)
    probabilities = model.probabilities(x)
    label = max(probabilities, key=probabilities.__getitem__)
    start = len(model.vocabulary)
    towards = [k for k, push in model.pushes(x, label) if push > 0]
    cues = [
        _shown(model.features[k - start], read.counts, read.features)
        for k in towards
        if k >= start and x[k] > 0  # more of it than the training texts have on average
    ]
    words = [model.vocabulary[k] for k in towards if k < start][:SHOWN_WORDS]
    if words:
        cues = [*cues[: SHOWN_CUES - 1], f"words: {' / '.join(words)}"]
    return Genre(label, round(probabilities[label], 2), tuple(cues[:SHOWN_CUES]))


def _shown(name: str, counts: Counter, features: dict[str, float]) -> str:
    """A cue as a reader checks it: a count of words, or a share or rate of the text."""
    if name in WORD_CUES:
        return f"{name}: {counts[name]}"
    return f"{name}: {features[name]:.2f}"
