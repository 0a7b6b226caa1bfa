"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presseschau.compare.profiles import profile
from presseschau.compare.stories import cluster
from presseschau.compare.story import Story, compare
from presseschau.model import Article, Entity, entities_by_article, mention_index
from presseschau.nlp.canonical import canonical_entities
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


def analyze(articles: Iterable[Article]) -> Analysis:
    """What spans the articles, which have been through the language stages (`annotate`)."""
    annotated = tuple(articles)
    entities = tuple(canonical_entities(annotated))
    return Analysis(annotated, entities, tuple(timeline(annotated)), _stories(annotated, entities))


def _stories(articles: Sequence[Article], entities: Sequence[Entity]) -> tuple[Story, ...]:
    """The stories the articles tell, found by clustering, each compared across its articles."""
    by_id = {a.id: a for a in articles}
    named_in = entities_by_article(entities)
    stories = []
    for n, group in enumerate(cluster(profile(a) for a in articles), start=1):
        ids = set(group.articles)
        named = {e.id: e for i in group.articles for e in named_in.get(i, ())}
        story_entities = [
            dataclasses.replace(e, mentions=tuple(m for m in e.mentions if m.article in ids))
            for e in named.values()
        ]
        stories.append(
            compare([by_id[i] for i in group.articles], story_entities, f"story-{n}", group)
        )
    return tuple(stories)
