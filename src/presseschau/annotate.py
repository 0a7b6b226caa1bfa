"""The language stages over many articles, in this process or in a pool of worker processes
that each load the models once; with a progress bar that shows articles/s and the time left."""

from __future__ import annotations

import functools
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized

from presseschau.model import Article
from presseschau.nlp.stages import SHIPPED, Models, language_pipeline

# Articles a worker takes at a time: enough to keep the cost of passing them small.
CHUNK = 8
# Articles read from the input at a time for the pool: a bound on what waits in memory.
BATCH = 512

_pipeline = None  # a worker's own pipeline, built once by _start


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def annotate(
    articles: Iterable[Article],
    models: Models = SHIPPED,
    jobs: int = 1,
    progress: bool = False,
    then: Callable[[Article], object] | None = None,
    total: int | None = None,
) -> Iterator:
    """The articles with their language layers, in the order given. With `then` (a function
    of module level: workers look it up by name), what it makes of each article instead, made
    where the article was annotated, so that only that travels back from a worker. The articles
    may be a stream (from the store), best with their number as `total`."""
    from tqdm import tqdm

    if total is None and isinstance(articles, Sized):
        total = len(articles)
    # disable=None lets tqdm switch itself off when stderr is not a terminal.
    bar = tqdm(total=total, unit="article", disable=None if progress else True)
    with bar:
        if jobs <= 1 or (total is not None and total <= CHUNK):
            pipeline = language_pipeline(models)
            for article in articles:
                done = pipeline(article)
                yield then(done) if then else done
                bar.update()
            return
        import multiprocessing

        if models != SHIPPED:
            language_pipeline(models)  # a bad model fails here, not in each worker again and again
        with multiprocessing.get_context("spawn").Pool(jobs, _start, (models,)) as pool:
            work = functools.partial(_annotate, then=then)
            # The pool's own thread takes its tasks from a list: the articles may come from a
            # store, which only this thread may read. Two batches are in flight, so that the
            # workers go on with one while the other is handed out.
            flight: deque = deque()
            stream = iter(articles)
            while batch := list(itertools.islice(stream, BATCH)):
                flight.append(pool.imap(work, batch, chunksize=CHUNK))
                if len(flight) > 1:
                    yield from _done(flight.popleft(), bar)
            while flight:
                yield from _done(flight.popleft(), bar)


def _done(results: Iterator, bar) -> Iterator:
    for done in results:
        yield done
        bar.update()


def _start(models: Models) -> None:
    global _pipeline
    _pipeline = language_pipeline(models)


def _annotate(article: Article, then: Callable[[Article], object] | None) -> object:
    done = _pipeline(article)
    return then(done) if then else done
