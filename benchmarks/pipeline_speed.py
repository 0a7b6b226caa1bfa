"""Full pipeline speed, from files to report: articles/s, words/s and peak memory over the
10kGNAD articles.

    python benchmarks/pipeline_speed.py [--articles N] [--jobs N]

Writes the articles as text files into a temporary folder (beyond the 1,028 of the file, copies
that differ by a sentence: near-duplicates), ingests them into a fresh SQLite store with the real
command path (readers, cleaning, language, duplicates, one transaction per input), runs the
language stages (with --jobs worker processes) streamed into the analysis (entities, stories,
comparison, timeline) and writes the report. Prints one line per phase, the whole, and the peak
memory of this process and of its largest worker.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from gnad import gnad_texts

from presseschau.analysis import analyze, digest
from presseschau.annotate import annotate
from presseschau.ingest.ingestor import Ingestor
from presseschau.report import write_report
from presseschau.settings import Settings
from presseschau.store import Store


def phase(label: str, seconds: float, articles: int, words: int) -> None:
    print(
        f"{label}: {seconds:.2f} s  {articles / seconds:,.1f} articles/s  "
        f"{words / seconds:,.0f} words/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    texts = gnad_texts(args.articles)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for number, text in enumerate(texts):
            tail = f"Das ist Meldung {number}."
            (folder / f"{number:06d}.txt").write_text(f"{text}\n{tail}\n", encoding="utf-8")
        settings = Settings(offline=True, progress=False)
        with Store(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            result = Ingestor(store, settings).ingest([str(folder)])
            ingest_s = time.perf_counter() - start
            articles = list(store.articles())
        start = time.perf_counter()
        # Streamed as `analyze` runs it: each article from the language stages straight into
        # the analysis, which keeps it without its tokens.
        analysis = analyze(annotate(articles, jobs=args.jobs, then=digest))
        language_s = time.perf_counter() - start
        start = time.perf_counter()
        write_report(Path(tmp) / "report", analysis)
        report_s = time.perf_counter() - start
    print(
        f"articles: {len(texts)}  words: {words}  stored: {result.added}  "
        f"near-duplicates: {result.near_duplicates}  jobs: {args.jobs}"
    )
    phase("ingest", ingest_s, len(texts), words)
    phase("language stages and analysis", language_s, len(articles), words)
    phase("report", report_s, len(articles), words)
    phase("whole", ingest_s + language_s + report_s, len(texts), words)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {own:.0f} MB (largest worker {worker:.0f} MB)")


if __name__ == "__main__":
    main()
