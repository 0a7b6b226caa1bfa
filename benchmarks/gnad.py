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


def time_stage(label: str, stage, articles: list, words: int, kinds) -> None:
    """Run one pipeline stage over the articles and print its words/s, what it found by kind
    (`kinds(article)` lists them) and the peak memory."""
    import resource
    import time
    from collections import Counter

    start = time.perf_counter()
    done = [stage(a) for a in articles]
    seconds = time.perf_counter() - start
    found = Counter(kind for article in done for kind in kinds(article))
    print(f"articles: {len(articles)}  words: {words}")
    print(f"{label}: {seconds:.2f} s  {words / seconds:,.0f} words/s")
    print("found: " + ", ".join(f"{kind} {n}" for kind, n in found.most_common()))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB")
