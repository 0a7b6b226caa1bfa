from __future__ import annotations

import dataclasses

import pytest

from presseschau.ingest.dedup import content_hash
from presseschau.model import Article
from presseschau.nlp.language import LanguageStage, identify
from presseschau.pipeline import Pipeline, PipelineError

GERMAN = (
    "Der russische Präsident und der nordkoreanische Staatschef unterzeichneten am Mittwoch "
    "einen Vertrag."
)
ENGLISH = (
    "The Russian president and the North Korean leader signed a partnership treaty on Wednesday."
)


class Shout:
    """A German-only stage that needs the language and upper-cases the title."""

    name = "shout"
    requires = frozenset({"language"})
    provides = frozenset({"shouted"})
    languages = frozenset({"de"})

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, title=article.text.upper())


def article(text: str) -> Article:
    return Article(id="x", source="x.txt", text=text, content_hash=content_hash(text))


def test_language_is_identified() -> None:
    assert identify(GERMAN) == "de"
    assert identify(ENGLISH) == "en"


def test_too_short_text_has_no_language() -> None:
    assert identify("Putin") is None


def test_a_stage_whose_needs_are_unmet_is_refused_when_the_pipeline_is_built() -> None:
    with pytest.raises(PipelineError, match="'shout' needs language"):
        Pipeline([Shout()])


def test_a_stage_runs_on_its_language() -> None:
    result = Pipeline([LanguageStage(), Shout()])(article(GERMAN))
    assert result.title == GERMAN.upper()
    assert result.notes == ()


def test_a_stage_skips_other_languages_with_a_note() -> None:
    result = Pipeline([LanguageStage(), Shout()])(article(ENGLISH))
    assert result.language == "en"
    assert result.title is None
    assert result.notes == ("shout skipped: language en not supported",)
