"""Stream mode: read the inputs again and again, and bring the stories up to date with what is
new.

Each round ingests the inputs (the store skips what it holds already), runs the language stages
on the articles that are new or changed, places them in the stories as they come, and compares
again only the stories whose articles changed; every other story keeps its comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from presseschau.analysis import Analysis, assemble
from presseschau.annotate import annotate
from presseschau.compare.profiles import day_of, profile
from presseschau.compare.stories import StoryClusterer
from presseschau.compare.story import Story
from presseschau.ingest.ingestor import Ingestor, IngestResult
from presseschau.model import Article
from presseschau.store import Store


@dataclass(frozen=True)
class Round:
    ingested: IngestResult
    analysed: int  # articles new or changed since the round before
    compared: int  # stories compared anew
    analysis: Analysis


class Watcher:
    """What the rounds so far found: annotated articles, stories and their comparisons."""

    def __init__(self, store: Store, ingestor: Ingestor, ner: str, jobs: int) -> None:
        self.store, self.ingestor = store, ingestor
        self.ner, self.jobs = ner, jobs
        self.articles: dict[str, Article] = {}
        self.clusterer = StoryClusterer()
        self.compared: dict[tuple[str, ...], Story] = {}

    def round(self, paths: Sequence[str], progress: bool = False) -> Round:
        ingested = self.ingestor.ingest(paths)
        stored = self.store.content_hashes()
        fresh = [
            self.store.article(i)
            for i, digest in stored.items()
            if i not in self.articles or self.articles[i].content_hash != digest
        ]
        for article in fresh:
            self.clusterer.remove(article.id)
        annotated = list(annotate(fresh, self.ner, self.jobs, progress))
        for article in sorted(annotated, key=_day):
            self.articles[article.id] = article
            self.clusterer.add(profile(article))
        self.clusterer.revise()
        groups = self.clusterer.groups()
        current = {g.articles for g in groups}
        for gone in set(self.compared) - current:
            del self.compared[gone]
        before = len(self.compared)
        analysis = assemble(list(self.articles.values()), groups, self.compared)
        return Round(ingested, len(fresh), len(self.compared) - before, analysis)


def _day(article: Article) -> tuple[bool, date]:
    day = day_of(article)
    return day is None, day or date.min
