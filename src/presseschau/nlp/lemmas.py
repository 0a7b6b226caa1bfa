"""Lemma and part of speech (STTS) per token, from HanTa's German morphology model.

HanTa analyses a word form in ~0.16 ms when its lexicon knows the form and in ~1.5 ms when it
does not, so every form is analysed once and kept: news vocabulary is Zipfian. Forms are analysed
out of context because HanTa's sentence tagging (~3,000 tokens/s) cannot reuse earlier work; an
ambiguous form such as "die" (article or relative pronoun) therefore always gets its most
frequent tag.
"""

from __future__ import annotations

import dataclasses
import functools

from presseschau.model import Article, Token

HANTA_MODEL = "morphmodel_ger.pgz"

# HanTa writes some STTS tags with brackets ("VV(FIN)") and splits NN into nominalised
# adjectives (NNA) and infinitives (NNI); STTS has one NN.
_HANTA_TAGS = {"NNA": "NN", "NNI": "NN"}
_SENTENCE_STOPS = frozenset(".!?…;:")


@functools.cache
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(HANTA_MODEL)


class Lemmatizer:
    """Lemma and STTS tag of word forms; loads the model on first use and caches every form."""

    def __init__(self) -> None:
        self._analyses: dict[str, tuple[str, str]] = {}

    def analyse(self, form: str) -> tuple[str, str]:
        """(lemma, STTS tag) of one token's text."""
        analysis = self._analyses.get(form)
        if analysis is None:
            analysis = _symbol(form) or _compound(self, form) or _hanta(form)
            self._analyses[form] = analysis
        return analysis


def _symbol(form: str) -> tuple[str, str] | None:
    """Punctuation, numbers and addresses, which need no model."""
    if any(char.isalpha() for char in form):
        is_address = "." in form[:-1] or "@" in form or "/" in form
        return (form, "XY") if is_address else None
    if form[0].isdigit():
        return form, ("ADJA" if form.endswith(".") else "CARD")
    if set(form) <= _SENTENCE_STOPS:
        return form, "$."
    if form == ",":
        return form, "$,"
    return form, "$("


def _compound(lemmatizer: Lemmatizer, form: str) -> tuple[str, str] | None:
    """A hyphenated compound with a noun head ("NATO-Generalsekretär") inflects in its head."""
    modifier, hyphen, head = form.rpartition("-")
    if not hyphen or not modifier or not head[:1].isupper() or not head.isalpha():
        return None
    lemma, tag = lemmatizer.analyse(head)
    return modifier + hyphen + lemma, tag


def _hanta(form: str) -> tuple[str, str]:
    lemma, tag = _tagger().analyze(form)
    tag = tag.replace("(", "").replace(")", "")
    if lemma.lower() == form.lower():
        lemma = form  # HanTa capitalises only the first letter: "Usa" for "USA"
    return lemma, _HANTA_TAGS.get(tag, tag)


class LemmaStage:
    """Fills `Token.lemma` and `Token.pos` of an article's tokens."""

    name = "lemmas"
    requires = frozenset({"tokens"})
    provides = frozenset({"lemmas", "pos"})
    languages = frozenset({"de"})

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer or Lemmatizer()

    def __call__(self, article: Article) -> Article:
        text = article.text
        tokens = tuple(self._annotate(token, text) for token in article.tokens)
        return dataclasses.replace(article, tokens=tokens)

    def _annotate(self, token: Token, text: str) -> Token:
        lemma, pos = self.lemmatizer.analyse(text[token.start : token.end])
        return Token(token.start, token.end, lemma, pos)
