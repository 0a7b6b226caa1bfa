"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from presseschau.compare.story import Story, compare
from presseschau.model import Article, Entity, mention_index
from presseschau.nlp.canonical import canonical_entities
from presseschau.pipeline import Pipeline
from presseschau.timeline import TimelineEntry, timeline


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    stories: tuple[Story, ...] = ()

    def entity_at(self) -> dict[tuple[str, int, int], Entity]:
        """Each mention's entity, by (article, start, end)."""
        return mention_index(self.entities)


def analyze(articles: Iterable[Article], pipeline: Pipeline) -> Analysis:
    annotated = tuple(pipeline(article) for article in articles)
    entities = tuple(canonical_entities(annotated))
    # One story for now: the articles given are taken to tell one.
    stories = (compare(annotated, entities),) if annotated else ()
    return Analysis(annotated, entities, tuple(timeline(annotated)), stories)
