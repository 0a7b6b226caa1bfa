"""Named-entity tagger: model load time and speed on unseen and on repeated words (the spans
after the rules, with parts of speech from the tagger's own lemmatizer).

    python benchmarks/ner_speed.py [GERMEVAL_TSV]

Quality (cross-validated precision/recall/F1) is printed by
`python scripts/train_ner.py GERMEVAL_TSV --folds 5`, which trains the model it scores.
Features and analyses are cached per word form, so the first pass over a text is the honest
speed and a second pass over the same words shows the speed once the cache is warm.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from presseschau.evaluate.ner import read_germeval
from presseschau.nlp.ner import NerTagger

GERMEVAL = Path(__file__).resolve().parents[2] / "shared/data/germeval2014/NER-de-dev.tsv"


def tagging_speed(tagger: NerTagger, sentences: list[tuple[str, ...]]) -> float:
    started = time.perf_counter()
    for words in sentences:
        tagger.spans(words)
    return sum(map(len, sentences)) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?", default=GERMEVAL)
    args = parser.parse_args()
    sentences = [s.words for s in read_germeval(args.file)]
    started = time.perf_counter()
    tagger = NerTagger.load()
    print(f"model load: {time.perf_counter() - started:.3f} s")
    print(f"sentences: {len(sentences)}, tokens: {sum(map(len, sentences)):,}")
    print(f"tagging, first pass: {tagging_speed(tagger, sentences):,.0f} tokens/s")
    print(f"tagging, warm cache: {tagging_speed(tagger, sentences):,.0f} tokens/s")


if __name__ == "__main__":
    main()
