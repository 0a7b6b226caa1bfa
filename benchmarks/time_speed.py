"""Time stage speed: words/s of finding and resolving temporal expressions.

    python benchmarks/time_speed.py [--articles N]

Runs the time stage over the 10kGNAD articles, each given a publication date, and prints
words/s, expressions found by type and the peak memory. Quality is printed by
`presseschau eval time ../shared/data/wikiwars-de`.
"""

from __future__ import annotations

import argparse
import dataclasses

from gnad import gnad_texts, time_stage

from presseschau.ingest.text import article_from_text
from presseschau.nlp.times import TimeStage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    args = parser.parse_args()
    texts = gnad_texts(args.articles)
    articles = [
        dataclasses.replace(article_from_text(str(n), t), published="2016-05-04")
        for n, t in enumerate(texts)
    ]
    words = sum(len(t.split()) for t in texts)
    stage = TimeStage()
    stage(articles[0])  # the patterns compile on first use
    time_stage("time stage", stage, articles, words, lambda a: [t.type for t in a.times])


if __name__ == "__main__":
    main()
