"""The 10kGNAD articles (../shared/data/gnad10k, CC BY-NC-SA: measuring only) for benchmarks."""

from __future__ import annotations

import csv
from pathlib import Path

GNAD = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gnad10k" / "test.csv"


def gnad_texts(count: int) -> list[str]:
    """`count` article texts; past the 1,028 of the file they repeat."""
    with GNAD.open(encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    return (texts * (count // len(texts) + 1))[:count]
