"""Alignment: statements of different articles grouped when they say the same thing.

Two statements are compared by weighted Jaccard over their signals, each weighted by its
rarity in the story (IDF; letter 4-grams count half). Groups grow by average linkage: two groups
merge while the mean similarity of their statement pairs stays above THRESHOLD, most similar
first, so that one loose pair cannot chain two topics together.

Lexical signals find paraphrases only where outlets share words; measured on the hand-made
claim groups of the example corpus (benchmarks/comparison.py) this is the weak part.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from presseschau.compare.statements import Statement

THRESHOLD = 0.08
GRAM_WEIGHT = 0.5
# Signals in more than this share of the statements tie nothing together; leaving them out of
# the pairing keeps it near linear in the number of statements.
COMMON = 0.2


def groups(found: Sequence[Statement], threshold: float = THRESHOLD) -> list[list[int]]:
    """Indices of the statements (kind "statement") grouped; singletons included."""
    eligible = [i for i, s in enumerate(found) if s.kind == "statement"]
    if len({found[i].article for i in eligible}) < 2:
        return [[i] for i in eligible]  # nothing to align within one article
    scores = similarities([found[i] for i in eligible])
    cluster = {i: i for i in range(len(eligible))}
    members: dict[int, list[int]] = {i: [i] for i in range(len(eligible))}
    for (i, j), score in sorted(scores.items(), key=lambda item: -item[1]):
        if score < threshold:
            break
        a, b = cluster[i], cluster[j]
        if a == b:
            continue
        pairs = [(x, y) if x < y else (y, x) for x in members[a] for y in members[b]]
        if sum(scores.get(p, 0.0) for p in pairs) / len(pairs) < threshold:
            continue
        members[a].extend(members.pop(b))
        for x in members[a]:
            cluster[x] = a
    return [[eligible[i] for i in sorted(m)] for m in members.values()]


def similarities(found: Sequence[Statement]) -> dict[tuple[int, int], float]:
    """Weighted Jaccard of every pair of statements from different articles that share a
    signal, as {(i, j): similarity} with i < j. Signals in more than COMMON of the statements
    are left out of both the shared and the whole weight."""
    frequency = Counter(f for s in found for f in s.features)
    n = len(found)
    limit = max(5, COMMON * n)
    weights = {
        f: (GRAM_WEIGHT if f[0] == "g" else 1.0) * math.log(n / c)
        for f, c in frequency.items()
        if c <= limit
    }
    index: dict[str, list[int]] = defaultdict(list)
    totals = []
    for i, s in enumerate(found):
        kept = [f for f in s.features if f in weights]
        totals.append(sum(weights[f] for f in kept))
        for f in kept:
            index[f].append(i)
    shared: dict[tuple[int, int], float] = defaultdict(float)
    for f, holders in index.items():
        w = weights[f]
        for a, i in enumerate(holders):
            for j in holders[a + 1 :]:
                if found[i].article != found[j].article:
                    shared[(i, j)] += w
    return {
        pair: w / (totals[pair[0]] + totals[pair[1]] - w)
        for pair, w in shared.items()
        if totals[pair[0]] + totals[pair[1]] - w > 0
    }
