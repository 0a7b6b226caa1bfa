"""Stream mode: read the inputs again and again, and bring the stories up to date with what is
new.

Each round ingests the inputs (the store skips what it holds already), runs the language stages
on the articles that are new or changed, places them in the stories as they come, and compares
again only the stories whose articles changed; every other story keeps its comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from presseschau.analysis import Analysis, assemble, digest
from presseschau.annotate import annotate
from presseschau.cache import Shelf
from presseschau.compare.stories import StoryClusterer, by_day
from presseschau.compare.story import Story
from presseschau.ingest.ingestor import Ingestor, IngestResult
from presseschau.nlp.stages import Models
from presseschau.store import Store


@dataclass(frozen=True)
class Round:
    ingested: IngestResult
    analysed: int  # articles new or changed since the round before
    compared: int  # stories compared anew
    analysis: Analysis


class Watcher:
    """What the rounds so far found: the analysed articles (on a shelf on disk, without their
    tokens), stories and their comparisons. Every round's analysis reads the same shelf, which
    `close` deletes."""

    def __init__(self, store: Store, ingestor: Ingestor, models: Models, jobs: int) -> None:
        self.store, self.ingestor = store, ingestor
        self.models, self.jobs = models, jobs
        self.shelf = Shelf()
        self.analysed: dict[str, str] = {}  # content hash of each article on the shelf
        self.clusterer = StoryClusterer()
        self.compared: dict[tuple[str, ...], Story] = {}

    def round(self, paths: Sequence[str], progress: bool = False) -> Round:
        ingested = self.ingestor.ingest(paths)
        fresh = [
            i
            for i, content_hash in self.store.content_hashes().items()
            if self.analysed.get(i) != content_hash
        ]
        for article in fresh:
            self.clusterer.remove(article)
        articles = (self.store.article(i) for i in fresh)
        found = annotate(articles, self.models, self.jobs, progress, then=digest, total=len(fresh))
        profiles = []
        for item in found:
            self.shelf.put(item.article, item.statements)
            self.analysed[item.article.id] = item.article.content_hash
            profiles.append(item.profile)
        for item in sorted(profiles, key=by_day):
            self.clusterer.add(item)
        self.clusterer.revise()
        groups = self.clusterer.groups()
        current = {g.articles for g in groups}
        changed = set(fresh)
        for stale in [k for k in self.compared if k not in current or changed & set(k)]:
            del self.compared[stale]
        before = len(self.compared)
        analysis = assemble(self.shelf, groups, self.compared)
        return Round(ingested, len(fresh), len(self.compared) - before, analysis)

    def close(self) -> None:
        self.shelf.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
