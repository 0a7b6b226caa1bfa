"""Stream mode: read the inputs again and again, and bring the stories up to date with what is
new.

Each round ingests the inputs (the store skips what it holds already), runs the language stages
on the articles that are new or changed, places them in the stories as they come, and compares
again only the stories whose articles changed; every other story keeps its comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from presseschau.analysis import Analysis, Digest, assemble, digest
from presseschau.annotate import annotate
from presseschau.compare.statements import Statement
from presseschau.compare.stories import StoryClusterer, by_day
from presseschau.compare.story import Story
from presseschau.ingest.ingestor import Ingestor, IngestResult
from presseschau.store import Store


@dataclass(frozen=True)
class Round:
    ingested: IngestResult
    analysed: int  # articles new or changed since the round before
    compared: int  # stories compared anew
    analysis: Analysis


class Watcher:
    """What the rounds so far found: the digests of the articles (without their tokens),
    stories and their comparisons."""

    def __init__(self, store: Store, ingestor: Ingestor, ner: str, jobs: int) -> None:
        self.store, self.ingestor = store, ingestor
        self.ner, self.jobs = ner, jobs
        self.digests: dict[str, Digest] = {}
        self.clusterer = StoryClusterer()
        self.compared: dict[tuple[str, ...], Story] = {}

    def round(self, paths: Sequence[str], progress: bool = False) -> Round:
        ingested = self.ingestor.ingest(paths)
        fresh = [
            self.store.article(i)
            for i, content_hash in self.store.content_hashes().items()
            if i not in self.digests or self.digests[i].article.content_hash != content_hash
        ]
        for article in fresh:
            self.clusterer.remove(article.id)
        found = list(annotate(fresh, self.ner, self.jobs, progress, then=digest))
        for item in sorted(found, key=lambda d: by_day(d.profile)):
            self.digests[item.article.id] = item
            self.clusterer.add(item.profile)
        self.clusterer.revise()
        groups = self.clusterer.groups()
        current = {g.articles for g in groups}
        changed = {a.id for a in fresh}
        for stale in [k for k in self.compared if k not in current or changed & set(k)]:
            del self.compared[stale]
        before = len(self.compared)
        analysis = assemble(
            [d.article for d in self.digests.values()], groups, self.compared, self._statements
        )
        return Round(ingested, len(fresh), len(self.compared) - before, analysis)

    def _statements(self, articles: Sequence[str]) -> list[Statement]:
        return [s for i in articles for s in self.digests[i].statements]
