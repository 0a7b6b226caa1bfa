"""Quote stage speed: words/s of the quote stage alone, on articles the language stages have
already annotated.

    python benchmarks/quote_speed.py [--articles N]

Runs sentences, lemmas and entities over the 10kGNAD articles first (not timed), then the quote
stage over the annotated articles. Prints words/s, quotes found by kind and the peak memory.
Quality is printed by `presseschau eval quotes ../shared/data/quotes-wikinews/dev.jsonl.gz`.
"""

from __future__ import annotations

import argparse
from itertools import takewhile

from gnad import gnad_texts, time_stage

from presseschau.ingest.text import article_from_text
from presseschau.nlp.quotes import QuoteStage
from presseschau.nlp.stages import language_pipeline
from presseschau.pipeline import Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    args = parser.parse_args()
    texts = gnad_texts(args.articles)
    stages = language_pipeline().stages
    language = Pipeline(list(takewhile(lambda s: not isinstance(s, QuoteStage), stages)))
    annotated = [language(article_from_text(str(n), t)) for n, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    stage = QuoteStage()
    time_stage("quote stage", stage, annotated, words, lambda a: [q.kind for q in a.quotes])


if __name__ == "__main__":
    main()
