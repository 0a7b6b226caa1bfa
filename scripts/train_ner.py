"""Train the CRF named-entity model on GermEval 2014 files; optionally cross-validate first.

    python scripts/train_ner.py /work/shared/data/germeval2014/NER-de-dev.tsv --folds 5

Writes src/presseschau/nlp/models/ner-de.crfsuite (trained on all given sentences). With
--folds K it first prints precision/recall/F1 of K models, each trained on the other folds.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pycrfsuite

from presseschau.evaluate.ner import NerScore, Sentence, map_label, read_germeval, score
from presseschau.evaluate.scores import Counts
from presseschau.nlp.lemmas import Lemmatizer
from presseschau.nlp.ner import MODEL, NerTagger
from presseschau.nlp.ner_features import FeatureExtractor, Gazetteers

OUT = Path(__file__).resolve().parents[1] / "src" / "presseschau" / "nlp" / "models" / MODEL
SEED = 20140901
# L1/L2 weights chosen by 5-fold cross-validation on the GermEval dev file.
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def train(sentences: Sequence[Sentence], out: Path, variants: bool = False) -> None:
    extractor = FeatureExtractor(Gazetteers.load())
    lemmatizer = Lemmatizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        labels = [map_label(label, variants) for label in sentence.labels]
        trainer.append(extractor.sentence(sentence.words, lemmatizer.tags(sentence.words)), labels)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def folds(sentences: Sequence[Sentence], k: int) -> list[tuple[list, list]]:
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)
    parts = [order[i::k] for i in range(k)]
    return [
        (
            [sentences[i] for j, p in enumerate(parts) if j != f for i in p],
            [sentences[i] for i in part],
        )
        for f, part in enumerate(parts)
    ]


def run_fold(fold: tuple[list, list], variants: bool) -> NerScore:
    training, held_out = fold
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / MODEL
        train(training, model, variants)
        return score(held_out, NerTagger.load(model).spans, variants)


def report(name: str, scores: Sequence[NerScore]) -> None:
    for i, s in enumerate(scores, 1):
        print(f"{name} fold {i}: {_figures(s.overall)}")
    print(f"{name} mean:   {_figures(*(s.overall for s in scores))}")
    for kind in sorted({k for s in scores for k in s.types}):
        counts = [s.types[kind] for s in scores if kind in s.types]
        support = sum(c.gold for c in counts)
        print(f"  {kind:10} {_figures(*counts)} (support {support})")


def _figures(*counts: Counts) -> str:
    """Precision, recall and F1, each the mean over the given folds."""
    mean = {
        f: sum(getattr(c, f) for c in counts) / len(counts) for f in ("precision", "recall", "f1")
    }
    return f"P {mean['precision']:.3f} R {mean['recall']:.3f} F1 {mean['f1']:.3f}"


def cross_validate(sentences: Sequence[Sentence], k: int, variants: bool) -> list[NerScore]:
    with ProcessPoolExecutor() as pool:
        return list(pool.map(run_fold, folds(sentences, k), [variants] * k))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="GermEval 2014 TSV files")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate with K folds first")
    parser.add_argument(
        "--variants", action="store_true", help="also cross-validate with -deriv/-part as types"
    )
    args = parser.parse_args()
    sentences = [s for f in args.files for s in read_germeval(f)]
    if args.folds:
        report("types", cross_validate(sentences, args.folds, False))
        if args.variants:
            report("germeval", cross_validate(sentences, args.folds, True))
    train(sentences, OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes) from {len(sentences)} sentences")


if __name__ == "__main__":
    main()
