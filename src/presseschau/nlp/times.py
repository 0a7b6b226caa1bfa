"""The time stage: temporal expressions of an article with their values, read against its
publication date (news) or the dates its text names (narratives)."""

from __future__ import annotations

import dataclasses

from presseschau.model import Article, TimeExpression
from presseschau.nlp.time_find import find
from presseschau.nlp.time_values import NEWS, Reference, published_date, resolve


def time_expressions(text: str, published: str | None, mode: str = NEWS) -> list[TimeExpression]:
    """The temporal expressions of `text`, in order."""
    ref = Reference(published_date(published), mode)
    found = []
    for match in find(text):
        value = resolve(match, ref)
        found.append(
            TimeExpression(
                match.start,
                match.end,
                value.type,
                value.value,
                value.anchor,
                value.mod,
                value.begin,
                value.vague,
            )
        )
    return found


class TimeStage:
    """Pipeline stage: `Article.times`."""

    name = "times"
    requires = frozenset({"text"})
    provides = frozenset({"times"})
    languages = frozenset({"de"})

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(
            article, times=tuple(time_expressions(article.text, article.published))
        )
