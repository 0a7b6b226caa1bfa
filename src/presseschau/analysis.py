"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presseschau.cache import Shelf, StoryList
from presseschau.compare.profiles import Profile, profile
from presseschau.compare.statements import Statement, statements
from presseschau.compare.stories import StoryGroup, cluster_in_order
from presseschau.compare.story import Story, compare
from presseschau.model import (
    Article,
    Entity,
    EntityMention,
    MentionOf,
    mentions_by_article,
)
from presseschau.nlp.canonical import canonical_entities
from presseschau.timeline import TimelineEntry, timeline


@dataclass(frozen=True)
class Analysis:
    """What spans the articles. The articles and the stories' comparisons are on a shelf on
    disk, which `close` (or the end of a `with` block) deletes."""

    articles: Shelf
    entities: tuple[Entity, ...]
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def stories(self) -> StoryList:
        return StoryList(self.articles)

    @functools.cached_property
    def named_in(self) -> dict[str, list[MentionOf]]:
        """Each article's mentions with their entities."""
        return mentions_by_article(self.entities)

    def entity_at(self, article: str) -> dict[tuple[str, int, int], Entity]:
        """The entity of each mention in the article, by (article, start, end)."""
        return {(article, m.start, m.end): e for m, e in self.named_in.get(article, ())}

    def close(self) -> None:
        self.articles.close()

    def __enter__(self) -> Analysis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Digest:
    """What the analysis keeps of an annotated article: the article without its tokens, which
    are most of its size, and what they were needed for."""

    article: Article
    statements: tuple[Statement, ...]
    profile: Profile


def digest(article: Article) -> Digest:
    """The digest of an article that has been through the language stages."""
    slim = dataclasses.replace(article, tokens=())
    return Digest(slim, tuple(statements([article])), profile(article))


def analyze(articles: Iterable[Article | Digest]) -> Analysis:
    """What spans the articles, which have been through the language stages (`annotate`, which
    can also digest them where it annotates them).

    The articles are taken one at a time onto a shelf on disk, without their tokens, with their
    statements for the comparison of their story and their clustering profile; what stays in
    memory is the stories open while clustering, the entities and the compared stories.
    """
    shelf = Shelf()
    try:
        for item in articles:
            found = item if isinstance(item, Digest) else digest(item)
            shelf.put(found.article, found.statements, found.profile)
        return assemble(shelf, cluster_in_order(shelf.profiles()))
    except BaseException:
        shelf.close()
        raise


def assemble(
    articles: Shelf,
    groups: Sequence[StoryGroup],
    compared: dict[tuple[str, ...], Story] | None = None,
) -> Analysis:
    """The analysis of the articles on the shelf, given the stories clustering found; each
    story's comparison goes onto the shelf as it is made. `compared` keeps the comparison of
    each story by its articles (in memory): a story whose articles are as before is not
    compared again."""
    entities = tuple(canonical_entities(articles))
    analysis = Analysis(articles, entities, tuple(timeline(articles)))
    articles.clear_stories()
    for group in groups:
        story = compared.get(group.articles) if compared is not None else None
        if story is None:
            members = [articles[i] for i in group.articles]
            found = articles.statements(group.articles)
            story = compare(members, _named_in(group, analysis.named_in), group, found)
            if compared is not None:
                compared[group.articles] = story
        articles.put_story(story)
    return analysis


def _named_in(group: StoryGroup, named_in: dict[str, list[MentionOf]]) -> list[Entity]:
    """The entities the story's articles name, with just their mentions there."""
    found: dict[str, tuple[Entity, list[EntityMention]]] = {}
    for article in group.articles:
        for mention, entity in named_in.get(article, ()):
            found.setdefault(entity.id, (entity, []))[1].append(mention)
    return [dataclasses.replace(e, mentions=tuple(m)) for e, m in found.values()]
