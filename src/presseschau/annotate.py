"""The language stages over many articles, in this process or in a pool of worker processes
that each load the models once; with a progress bar that shows articles/s and the time left."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence

from presseschau.model import Article
from presseschau.nlp.stages import DEFAULT_NER, language_pipeline

# Articles a worker takes at a time: enough to keep the cost of passing them small.
CHUNK = 8

_pipeline = None  # a worker's own pipeline, built once by _start


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def annotate(
    articles: Sequence[Article],
    ner: str = DEFAULT_NER,
    jobs: int = 1,
    progress: bool = False,
    then: Callable[[Article], object] | None = None,
) -> Iterator:
    """The articles with their language layers, in the order given. With `then` (a function
    of module level: workers look it up by name), what it makes of each article instead, made
    where the article was annotated, so that only that travels back from a worker."""
    from tqdm import tqdm

    # disable=None lets tqdm switch itself off when stderr is not a terminal.
    bar = tqdm(total=len(articles), unit="article", disable=None if progress else True)
    with bar:
        if jobs <= 1 or len(articles) <= CHUNK:
            pipeline = language_pipeline(ner)
            for article in articles:
                done = pipeline(article)
                yield then(done) if then else done
                bar.update()
            return
        import multiprocessing

        if ner != DEFAULT_NER:
            language_pipeline(ner)  # a bad backend fails here, not in each worker again and again
        with multiprocessing.get_context("spawn").Pool(jobs, _start, (ner,)) as pool:
            work = functools.partial(_annotate, then=then)
            for done in pool.imap(work, articles, chunksize=CHUNK):
                yield done
                bar.update()


def _start(ner: str) -> None:
    global _pipeline
    _pipeline = language_pipeline(ner)


def _annotate(article: Article, then: Callable[[Article], object] | None) -> object:
    done = _pipeline(article)
    return then(done) if then else done
