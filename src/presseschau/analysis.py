"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presseschau.compare.profiles import profile
from presseschau.compare.stories import StoryGroup, cluster
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
    return assemble(annotated, cluster(profile(a) for a in annotated))


def assemble(
    articles: Sequence[Article],
    groups: Sequence[StoryGroup],
    compared: dict[tuple[str, ...], Story] | None = None,
) -> Analysis:
    """The analysis of the articles, given the stories clustering found. `compared` keeps the
    comparison of each story by its articles: a story whose articles are as before is not
    compared again."""
    compared = {} if compared is None else compared
    entities = tuple(canonical_entities(articles))
    by_id = {a.id: a for a in articles}
    named_in = entities_by_article(entities)
    stories = []
    for group in groups:
        story = compared.get(group.articles)
        if story is None:
            members = [by_id[i] for i in group.articles]
            story = compared[group.articles] = compare(members, _named_in(group, named_in), group)
        stories.append(story)
    return Analysis(tuple(articles), entities, tuple(timeline(articles)), tuple(stories))


def _named_in(group: StoryGroup, named_in: dict[str, list[Entity]]) -> list[Entity]:
    """The entities the story's articles name, with just their mentions there."""
    ids = set(group.articles)
    named = {e.id: e for i in group.articles for e in named_in.get(i, ())}
    return [
        dataclasses.replace(e, mentions=tuple(m for m in e.mentions if m.article in ids))
        for e in named.values()
    ]
