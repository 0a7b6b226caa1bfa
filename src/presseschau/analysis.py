"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presseschau.compare.profiles import profile
from presseschau.compare.stories import cluster
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
    return Analysis(annotated, entities, tuple(timeline(annotated)), _stories(annotated, entities))


def _stories(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Story, ...]:
    """The stories the articles tell, found by clustering, each compared across its articles."""
    by_id = {a.id: a for a in articles}
    return tuple(
        compare(
            [by_id[i] for i in group.articles],
            _named_in(entities, set(group.articles)),
            f"story-{n}",
            group,
        )
        for n, group in enumerate(cluster(profile(a) for a in articles), start=1)
    )


def _named_in(entities: Sequence[Entity], articles: set[str]) -> list[Entity]:
    """The entities as far as these articles name them."""
    found = []
    for entity in entities:
        mentions = tuple(m for m in entity.mentions if m.article in articles)
        if mentions:
            found.append(dataclasses.replace(entity, mentions=mentions))
    return found
