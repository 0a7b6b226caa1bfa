"""How far real labelled articles would take the genre model: an evaluation-only measurement.

    pip install -e ".[train]"
    python benchmarks/genre_real.py

The shipped genre model learns from texts written for the project, because the labelled German
articles at hand (10kGNAD, Wikinews: CC BY-NC-SA) may not train a model that the project ships.
This script trains the same model (scripts/train_genre.py) on those real articles instead, only
to measure, and writes no model: five folds over the 232 hand-labelled articles of the four
framing sets (satire left out), each model trained on four fifths of them, with and without the
written texts, for each regularisation strength; and for comparison the shipped recipe, trained
on the written texts only, on all 232.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from framing import SETS, articles

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # the training script is not part of the package

import train_genre  # noqa: E402

FOLDS = 5


def real_articles() -> list[tuple[str, tuple]]:
    """(genre, reading) of every hand-labelled article of the framing sets but satire."""
    gold = [
        item
        for path in SETS.values()
        for item in json.loads(path.read_text(encoding="utf-8"))["articles"]
        if item["genre"] in train_genre.GENRES
    ]
    found = articles(gold)
    rows = train_genre.readings([found[item["id"]] for item in gold])
    return [(item["genre"], row) for item, row in zip(gold, rows, strict=True)]


def accuracy(train: list[tuple[str, tuple]], writers: list[str], test, strength: float) -> int:
    model = train_genre.fit([r for _, r in train], [g for g, _ in train], writers, strength)
    return sum(model.label(*row) == genre for genre, row in test)


def main() -> None:
    _, items = train_genre.texts()
    written = list(
        zip(
            [item["genre"] for item in items],
            train_genre.readings([train_genre.headed(i["id"], i["text"]) for i in items]),
            strict=True,
        )
    )
    by = [item["id"].split("-")[0] for item in items]
    real = real_articles()
    random.Random(1).shuffle(real)
    # The vocabulary keeps words that several writers use; the real articles count as FOLDS
    # writers of their own.
    real_by = [f"real{i % FOLDS}" for i in range(len(real))]
    print(f"{len(real)} real articles, {len(written)} written texts")
    for strength in train_genre.STRENGTHS:
        shipped = accuracy(written, by, real, strength)
        right = {"real": 0, "real and written": 0}
        for k in range(FOLDS):
            test = real[k::FOLDS]
            keep = [i for i in range(len(real)) if i % FOLDS != k]
            train, train_by = [real[i] for i in keep], [real_by[i] for i in keep]
            right["real"] += accuracy(train, train_by, test, strength)
            right["real and written"] += accuracy(train + written, train_by + by, test, strength)
        shown = ", ".join(f"{name} {n / len(real):.3f}" for name, n in right.items())
        print(f"C={strength}: written only {shipped / len(real):.3f}; folds trained on {shown}")


if __name__ == "__main__":
    main()
