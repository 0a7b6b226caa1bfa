"""`eval ner`: named-entity spans against a GermEval 2014 file (outer spans, exact match).

The file has one word per line, `index TAB word TAB outer-BIO TAB inner-BIO`, a `#` line before
and a blank line after each sentence. GermEval's OTH is our MISC; its -deriv and -part labels
(deutsche, NATO-Chef) are not names of their own, so they count as O unless `variants` is set,
which scores them as types of their own as GermEval's official metric does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from presseschau.errors import InputError
from presseschau.evaluate.scores import Counts, figures
from presseschau.nlp.ner import NerTagger, bio_spans
from presseschau.nlp.ner_spans import Span

# The entity spans found among a sentence's words.
Find = Callable[[Sequence[str]], list[Span]]


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    labels: tuple[str, ...]  # outer BIO labels as the file gives them


@dataclass(frozen=True)
class NerScore:
    overall: Counts
    types: dict[str, Counts]
    sentences: int

    def as_dict(self) -> dict:
        return {
            "kind": "ner",
            **figures(self.overall),
            "types": {
                name: {**figures(c), "support": c.gold} for name, c in sorted(self.types.items())
            },
            "sentences": self.sentences,
        }


def map_label(label: str, variants: bool = False) -> str:
    """A GermEval label in our types: OTH is MISC; -deriv/-part are O unless `variants`."""
    if label == "O":
        return label
    prefix, kind = label.split("-", 1)
    base = kind.removesuffix("deriv").removesuffix("part")
    if base != kind and not variants:
        return "O"
    return f"{prefix}-{kind.replace('OTH', 'MISC')}"


def read_germeval(path: Path) -> list[Sentence]:
    """The sentences of a GermEval 2014 file; InputError when it cannot be read as one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    sentences = [_sentence(block, path) for block in _blocks(text)]
    if not sentences:
        raise InputError(str(path), "no sentences in GermEval format")
    return sentences


def _blocks(text: str) -> Iterable[list[str]]:
    block: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _sentence(lines: list[str], path: Path) -> Sentence:
    rows = [line.split("\t") for line in lines]
    for row in rows:
        if len(row) < 3 or not (row[2] == "O" or row[2][:2] in ("B-", "I-")):
            raise InputError(str(path), f"not a GermEval line: {chr(9).join(row)!r}")
    return Sentence(tuple(r[1] for r in rows), tuple(r[2] for r in rows))


def score(sentences: Sequence[Sentence], find: Find, variants: bool = False) -> NerScore:
    """Exact-match micro scores of `find` on the sentences' outer spans."""
    right: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    for sentence in sentences:
        expected = set(bio_spans([map_label(x, variants) for x in sentence.labels]))
        found = set(find(sentence.words))
        right.update(kind for _, _, kind in expected & found)
        predicted.update(kind for _, _, kind in found)
        gold.update(kind for _, _, kind in expected)
    types = {k: Counts(right[k], predicted[k], gold[k]) for k in gold | predicted}
    overall = Counts(right.total(), predicted.total(), gold.total())
    return NerScore(overall, types, len(sentences))


def evaluate_ner(path: Path, tagger: NerTagger | None = None) -> NerScore:
    """Scores of the tagger (the shipped model by default) on a GermEval 2014 file."""
    sentences = read_germeval(path)
    return score(sentences, (tagger or NerTagger.load()).spans)
