"""The language stages an analysis runs on each article, German first."""

from __future__ import annotations

from dataclasses import dataclass

from presseschau.errors import PresseschauError
from presseschau.pipeline import Pipeline

DEFAULT_NER = "crf"


@dataclass(frozen=True)
class Models:
    """The models the language stages load: `ner` "crf" (shipped) or "spacy:NAME", and `genre`
    the path of a genre model made by scripts/train_genre.py, or None for the shipped one."""

    ner: str = DEFAULT_NER
    genre: str | None = None


SHIPPED = Models()


def language_pipeline(models: Models = SHIPPED) -> Pipeline:
    """Sentences and tokens, lemmas and parts of speech, named entities, quotes, times, and
    each article's genre, signals of loaded language and sourcing.

    `models` names the models (`Models`); each stage loads its model when it is built.
    """
    from presseschau.framing.stage import FramingStage
    from presseschau.nlp.lemmas import LemmaStage
    from presseschau.nlp.quotes import QuoteStage
    from presseschau.nlp.sentences import SentenceStage
    from presseschau.nlp.times import TimeStage

    stages = [SentenceStage(), LemmaStage(), _ner_stage(models.ner), QuoteStage(), TimeStage()]
    return Pipeline([*stages, FramingStage(models.genre)])


def _ner_stage(ner: str):
    from presseschau.nlp.ner import NerStage, SpacyNerStage

    if ner == DEFAULT_NER:
        return NerStage()
    backend, _, name = ner.partition(":")
    if backend != "spacy" or not name:
        raise PresseschauError(f"--ner {ner}: use {DEFAULT_NER} or spacy:NAME")
    try:
        return SpacyNerStage(name)
    except ImportError as exc:
        raise PresseschauError(f"--ner {ner}: spaCy is not installed ({exc})") from exc
    except OSError as exc:
        raise PresseschauError(f"--ner {ner}: cannot load the spaCy pipeline ({exc})") from exc
