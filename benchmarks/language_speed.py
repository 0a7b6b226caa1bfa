"""Language layer speed: words/s of sentences, tokens, lemmas and named entities.

    python benchmarks/language_speed.py [--articles N]

Builds the analysis's language pipeline (the models load here), then runs it over the 10kGNAD
articles twice: the first pass starts with empty caches of word forms, the second reuses them, as
a long run over many articles does. Prints the load time, both passes and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import time

from gnad import gnad_texts

from presseschau.ingest.text import article_from_text
from presseschau.model import Article
from presseschau.nlp.stages import language_pipeline
from presseschau.pipeline import Pipeline


def timed_pass(pipeline: Pipeline, articles: list[Article]) -> tuple[float, int, int]:
    start = time.perf_counter()
    annotated = [pipeline(a) for a in articles]
    seconds = time.perf_counter() - start
    return seconds, sum(len(a.tokens) for a in annotated), sum(len(a.mentions) for a in annotated)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    args = parser.parse_args()
    articles = [article_from_text(str(n), text) for n, text in enumerate(gnad_texts(args.articles))]
    words = sum(len(a.text.split()) for a in articles)
    start = time.perf_counter()
    pipeline = language_pipeline()
    pipeline(article_from_text("0", "Wladimir Putin traf Kim Jong Un in Pjöngjang."))
    load_s = time.perf_counter() - start
    print(f"articles: {len(articles)}  words: {words}  pipeline load: {load_s:.2f} s")
    for label in ("cold caches", "warm caches"):
        seconds, tokens, mentions = timed_pass(pipeline, articles)
        print(
            f"{label}: {seconds:.2f} s  {words / seconds:,.0f} words/s  "
            f"{tokens / seconds:,.0f} tokens/s  {mentions} mentions"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
