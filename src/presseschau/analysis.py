"""Analysis of stored articles: the language stages on each, then what spans articles."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from presseschau.cache import StatementCache
from presseschau.compare.profiles import Profile, profile
from presseschau.compare.statements import Statement, statements
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

    The articles are taken one at a time: their statements go to a scratch cache until the
    comparison of their story needs them, and the articles stay in memory without their
    tokens.
    """
    with tempfile.TemporaryDirectory(prefix="presseschau-") as scratch:
        cache = StatementCache(Path(scratch) / "statements.db")
        try:
            slim, profiles = [], []
            for item in articles:
                found = item if isinstance(item, Digest) else digest(item)
                cache.put(found.article.id, found.statements)
                profiles.append(found.profile)
                slim.append(found.article)
            return assemble(slim, cluster(profiles), load=cache.get)
        finally:
            cache.close()


def assemble(
    articles: Sequence[Article],
    groups: Sequence[StoryGroup],
    compared: dict[tuple[str, ...], Story] | None = None,
    load: Callable[[Sequence[str]], list[Statement]] | None = None,
) -> Analysis:
    """The analysis of the articles, given the stories clustering found. `compared` keeps the
    comparison of each story by its articles: a story whose articles are as before is not
    compared again. `load` gives the statements of a story's articles where `articles` lack
    their tokens."""
    compared = {} if compared is None else compared
    entities = tuple(canonical_entities(articles))
    by_id = {a.id: a for a in articles}
    named_in = entities_by_article(entities)
    stories = []
    for group in groups:
        story = compared.get(group.articles)
        if story is None:
            members = [by_id[i] for i in group.articles]
            found = load(group.articles) if load else None
            story = compare(members, _named_in(group, named_in), group, found)
            compared[group.articles] = story
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
