"""Full pipeline speed, from files to report: articles/s, words/s and peak memory over the
10kGNAD articles.

    python benchmarks/pipeline_speed.py [--articles N] [--jobs N] [--min-words N]
        [--max-words N] [--engine local|dask]

Writes the articles as JSON-lines files of 1,000 articles each into a temporary folder. Past the
articles of the file the texts repeat, each pass dated 4 days after the one before (beyond the
clustering window: a stream of news over many days, whose stories are as large as in the file)
and with a sentence of its own (so that the copies are near-duplicates, found and marked as
such, not exact ones that ingest leaves out).

With the local engine (what `presseschau analyze` runs) the files are ingested into a fresh
SQLite store with the real command path (readers, cleaning, language, duplicates, one
transaction per input); the language stages (with --jobs worker processes) stream from the
store into the analysis (entities, stories, comparison, timeline), and the report is written.
With `--engine dask` it runs `analyze --engine dask` on a local cluster of --jobs workers,
which writes Parquet.

Prints one line per phase, the whole, the peak memory of this process and of all its processes
together (sampled), and a reference speed of the machine, whose speed varies from run to run.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import threading
import time
import timeit
from datetime import date, timedelta
from pathlib import Path

from gnad import gnad_texts

from presseschau.settings import Settings

PER_FILE = 1000  # articles per JSON-lines file: one transaction each, on Dask one task
START = date(2024, 1, 1)


class TreeMemory:
    """The peak resident memory of this process and its descendants together, sampled."""

    def __init__(self, every: float = 0.5) -> None:
        import psutil

        self.me, self.every, self.peak = psutil.Process(), every, 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        import psutil

        while not self.stop.wait(self.every):
            total = 0
            for process in [self.me, *self.me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)

    def done(self) -> float:
        self.stop.set()
        self.thread.join()
        return self.peak / 2**20


def phase(label: str, seconds: float, articles: int, words: int) -> None:
    print(
        f"{label}: {seconds:.2f} s  {articles / seconds:,.1f} articles/s  "
        f"{words / seconds:,.0f} words/s"
    )


def texts_of(args: argparse.Namespace) -> list[str]:
    return [
        t
        for t in gnad_texts(1028)
        if args.min_words <= len(t.split()) <= (args.max_words or len(t.split()))
    ]


def write_inputs(texts: list[str], count: int, folder: Path) -> int:
    """Write `count` articles made of the texts as JSON-lines files; return their words."""
    folder.mkdir()
    words = 0
    for first in range(0, count, PER_FILE):
        with (folder / f"{first // PER_FILE:05d}.jsonl").open("w", encoding="utf-8") as f:
            for number in range(first, min(first + PER_FILE, count)):
                lap, text = divmod(number, len(texts))
                text = f"{texts[text]}\nDas ist Meldung {number}."
                words += len(text.split())
                published = (START + timedelta(days=4 * lap)).isoformat()
                record = {"id": f"meldung-{number}", "text": text, "published": published}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


def run_local(folder: Path, count: int, jobs: int, words: int) -> None:
    from presseschau.analysis import analyze, digest
    from presseschau.annotate import annotate
    from presseschau.ingest.ingestor import Ingestor
    from presseschau.report import write_report
    from presseschau.store import Store

    settings = Settings(offline=True, progress=False)
    with Store(folder.parent / "bench.db") as store:
        start = time.perf_counter()
        result = Ingestor(store, settings).ingest([str(folder)])
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        # As `analyze` runs it: each article from the store through the language stages
        # straight into the analysis, which keeps it on disk.
        stream = annotate(store.articles(), jobs=jobs, then=digest, total=store.count())
        with analyze(stream) as analysis:
            language_s = time.perf_counter() - start
            start = time.perf_counter()
            write_report(folder.parent / "report", analysis)
            report_s = time.perf_counter() - start
            stories = sum(len(s.articles) > 1 for s in analysis.stories)
    print(
        f"articles: {count}  words: {words}  stored: {result.added}  "
        f"near-duplicates: {result.near_duplicates}  stories of two or more: {stories}  "
        f"jobs: {jobs}  engine: local"
    )
    phase("ingest", ingest_s, count, words)
    phase("language stages and analysis", language_s, result.added, words)
    phase("report", report_s, result.added, words)
    phase("whole", ingest_s + language_s + report_s, count, words)


def run_dask(folder: Path, count: int, jobs: int, words: int) -> None:
    from presseschau.nlp.stages import SHIPPED
    from presseschau.on_dask import run

    settings = Settings(offline=True, progress=False)
    start = time.perf_counter()
    done = run([str(folder)], folder.parent / "out", settings, SHIPPED, jobs)
    seconds = time.perf_counter() - start
    print(
        f"articles: {count}  words: {words}  written: {done.articles}  "
        f"stories: {done.stories}  jobs: {jobs}  engine: dask"
    )
    phase("whole (local cluster start included)", seconds, count, words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1028)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--min-words", type=int, default=0, help="only articles this long")
    parser.add_argument("--max-words", type=int, default=0, help="only articles this short")
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    args = parser.parse_args()
    reference = min(timeit.repeat("sum(range(10**6))", number=20, repeat=5)) / 20 * 1000
    memory = TreeMemory()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        words = write_inputs(texts_of(args), args.articles, folder)
        run = run_dask if args.engine == "dask" else run_local
        run(folder, args.articles, args.jobs, words)
    print(f"words per article: {words / args.articles:.0f}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: this process {own:.0f} MB, all processes together {memory.done():.0f} MB")
    print(f"machine: sum(range(10**6)) takes {reference:.1f} ms")


if __name__ == "__main__":
    main()
