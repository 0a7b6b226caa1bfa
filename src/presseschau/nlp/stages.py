"""The language stages an analysis runs on each article, German first."""

from __future__ import annotations

from presseschau.errors import PresseschauError
from presseschau.pipeline import Pipeline

DEFAULT_NER = "crf"


def language_pipeline(ner: str = DEFAULT_NER) -> Pipeline:
    """Sentences and tokens, lemmas and parts of speech, named entities, quotes, times, and
    each article's genre, signals of loaded language and sourcing.

    `ner` is "crf" (the model presseschau ships) or "spacy:NAME" for an installed spaCy
    pipeline, by package name or path. Each stage loads its model when it is built.
    """
    from presseschau.framing.stage import FramingStage
    from presseschau.nlp.lemmas import LemmaStage
    from presseschau.nlp.quotes import QuoteStage
    from presseschau.nlp.sentences import SentenceStage
    from presseschau.nlp.times import TimeStage

    stages = [SentenceStage(), LemmaStage(), _ner_stage(ner), QuoteStage(), TimeStage()]
    return Pipeline([*stages, FramingStage()])


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
