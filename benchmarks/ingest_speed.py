"""Ingest speed: articles/s, words/s and peak memory over the 10kGNAD articles.

    python benchmarks/ingest_speed.py [--articles N]

Writes the articles as text files into a temporary folder, ingests them into a fresh SQLite
store with the real command path (readers, cleaning, language, duplicates, one transaction per
input), then analyses the store into a report. Prints one line per phase.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from gnad import gnad_texts

from presseschau.analysis import analyze
from presseschau.ingest.ingestor import Ingestor
from presseschau.pipeline import Pipeline
from presseschau.report import write_report
from presseschau.settings import Settings
from presseschau.store import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    args = parser.parse_args()
    texts = gnad_texts(args.articles)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for number, text in enumerate(texts):
            # beyond the 1,028 articles, copies that differ by a sentence: near-duplicates
            tail = f"Das ist Meldung {number}."
            (folder / f"{number:06d}.txt").write_text(f"{text}\n{tail}\n", encoding="utf-8")
        settings = Settings(offline=True, progress=False)
        with Store(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            result = Ingestor(store, settings).ingest([str(folder)])
            ingest_s = time.perf_counter() - start
            start = time.perf_counter()
            articles = list(store.articles())
            write_report(Path(tmp) / "report", analyze(articles, Pipeline([])))
            report_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"articles: {len(texts)}  words: {words}  stored: {result.added}  "
        f"near-duplicates: {result.near_duplicates}"
    )
    print(
        f"ingest: {ingest_s:.2f} s  {len(texts) / ingest_s:.0f} articles/s  "
        f"{words / ingest_s:.0f} words/s"
    )
    print(f"report: {report_s:.2f} s  {len(articles) / report_s:.0f} articles/s")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
