"""Precision, recall and F1 from counts of right, predicted and gold items."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    right: int  # predicted items that match a gold one
    predicted: int
    gold: int
    # Gold items matched, where matching is not one to one (overlaps); else `right`.
    found: int | None = None

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        found = self.right if self.found is None else self.found
        return found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def figures(counts: Counts) -> dict[str, float]:
    return {"precision": counts.precision, "recall": counts.recall, "f1": counts.f1}
