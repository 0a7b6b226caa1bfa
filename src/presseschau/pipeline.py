"""Pipeline stages over articles: each says what it needs and adds; the pipeline checks that."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol

from presseschau.errors import PresseschauError
from presseschau.model import Article

# What every article has when it leaves the cleaner.
INGESTED = frozenset({"text", "blocks"})


class PipelineError(PresseschauError):
    """A pipeline was built with a stage whose needs no earlier stage meets."""


class Stage(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    languages: frozenset[str] | None  # None: any language

    def __call__(self, article: Article) -> Article: ...


class Pipeline:
    """Stages run in order on each article; a stage skips languages it does not support."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(INGESTED)
        for stage in stages:
            missing = stage.requires - available
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {', '.join(sorted(missing))}")
            available |= stage.provides
        self.stages = tuple(stages)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            if stage.languages is None or article.language in stage.languages:
                article = stage(article)
            else:
                note = (
                    f"{stage.name} skipped: language {article.language or 'unknown'} not supported"
                )
                article = dataclasses.replace(article, notes=(*article.notes, note))
        return article
