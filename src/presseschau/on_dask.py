"""The pipeline on Dask, for corpora past one machine: `analyze --engine dask`.

Every input file is a task. A worker reads it into a store of its own with the same ingest path
as `presseschau ingest` (so duplicates are found within a file, not across files), runs the
language stages with models it loads once, and returns the articles as a Parquet table and their
clustering profiles. The client writes each table as it arrives (`OUT/articles/part-N.parquet`);
one more task clusters all profiles into stories (`OUT/stories.parquet`, and
`OUT/article_stories.parquet`: the story of each article). `presseschau load OUT/articles` puts
the articles into a store.

Without a scheduler address a local cluster with one single-threaded worker process per core is
started, which is how the tests run it.
"""

from __future__ import annotations

import functools
import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from presseschau.compare.profiles import Profile, profile
from presseschau.compare.stories import StoryGroup, cluster
from presseschau.errors import InputError, PresseschauError
from presseschau.nlp.stages import SHIPPED, Models
from presseschau.settings import Settings

# Worker settings that make Dask as fast as a process pool on allocation-heavy Python work
# (measured here: FINDINGS.md).
TUNING = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


@dataclass(frozen=True)
class Part:
    table: object  # a pyarrow Table of article rows
    profiles: list[Profile]
    failures: list[tuple[str, str]]  # (source, problem)


@dataclass(frozen=True)
class DaskRun:
    articles: int
    stories: int
    failures: list[InputError]


def run(
    paths: Sequence[str],
    out: Path,
    settings: Settings,
    models: Models,
    jobs: int,
    scheduler: str | None = None,
) -> DaskRun:
    """Analyse the inputs on Dask and write the Parquet files into `out`. A genre model is read
    from its path on each worker."""
    from presseschau.ingest.sources import expand

    if models != SHIPPED:
        _pipeline(models)  # a bad model fails here, not on each worker

    inputs = list(expand(paths))
    failures = [item for item in inputs if isinstance(item, InputError)]
    files = [str(item.path or item.source) for item in inputs if not isinstance(item, InputError)]
    (out / "articles").mkdir(parents=True, exist_ok=True)
    with _client(scheduler, jobs) as client:
        return _run(client, files, out, settings, models, failures)


def _run(
    client, files: list[str], out: Path, settings: Settings, models: Models, failures
) -> DaskRun:
    import pyarrow.parquet as pq
    from dask.distributed import as_completed

    from presseschau.render.parquet import write_article_stories, write_stories

    parts = client.map(_part, files, settings=settings, models=models, pure=False)
    # Only the profiles travel to the worker that clusters, not the articles.
    profiles = client.map(_profiles, parts, pure=False)
    stories = client.submit(_cluster, profiles, pure=False)
    count = 0
    for number, future in enumerate(as_completed(parts)):
        part = future.result()
        pq.write_table(part.table, out / "articles" / f"part-{number:05d}.parquet")
        count += part.table.num_rows
        failures.extend(InputError(source, problem) for source, problem in part.failures)
        future.release()
    groups = stories.result()
    write_stories(out / "stories.parquet", groups)
    write_article_stories(out / "article_stories.parquet", groups)
    return DaskRun(count, len(groups), failures)


def _client(scheduler: str | None, jobs: int):
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise PresseschauError(
            f"--engine dask needs Dask: pip install 'presseschau[dask]' ({error})"
        ) from error
    dask.config.set(TUNING)
    # Dask reports each worker's start and stop; our own lines say what matters.
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        return Client(scheduler)
    cluster_ = LocalCluster(
        n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    return Client(cluster_)


def _part(path: str, settings: Settings, models: Models) -> Part:
    """One input file, read, cleaned, annotated; on a worker."""
    from presseschau.ingest.ingestor import Ingestor
    from presseschau.render.parquet import article_row, articles_table
    from presseschau.store import Store

    pipeline = _pipeline(models)
    with (
        tempfile.TemporaryDirectory(prefix="presseschau-part-") as scratch,
        Store(Path(scratch) / "part.db") as store,
    ):
        result = Ingestor(store, settings).ingest([path])
        articles = [pipeline(a) for a in store.articles()]
    return Part(
        articles_table([article_row(a) for a in articles]),
        [profile(a) for a in articles],
        [(f.source, f.problem) for f in result.failures],
    )


@functools.cache
def _pipeline(models: Models):
    from presseschau.nlp.stages import language_pipeline

    return language_pipeline(models)


def _profiles(part: Part) -> list[Profile]:
    return part.profiles


def _cluster(profiles: list[list[Profile]]) -> list[StoryGroup]:
    return cluster(p for found in profiles for p in found)
