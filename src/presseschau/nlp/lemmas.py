"""Lemma and part of speech (STTS) per token, from HanTa's German morphology model.

HanTa analyses a word form in 0.4-2.5 ms, so most forms come from a lexicon of its analyses of
frequent words (built by scripts/build_lexicon.py), and closed compounds the lexicon lacks
("Garagenausfahrt") inflect like their known head. Only the rest go to HanTa, once per form.
Forms are analysed out of context because HanTa's sentence tagging (~3,000 tokens/s) cannot
reuse earlier work; an ambiguous form such as "die" (article or relative pronoun) therefore
always gets its most frequent tag.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import sys
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from presseschau.model import Article, Token

HANTA_MODEL = "morphmodel_ger.pgz"
LEXICON = "lexicon-de.tsv.gz"

# HanTa writes some STTS tags with brackets ("VV(FIN)") and splits NN into nominalised
# adjectives (NNA) and infinitives (NNI); STTS has one NN.
_HANTA_TAGS = {"NNA": "NN", "NNI": "NN"}
_SENTENCE_STOPS = frozenset(".!?…;:")
# Tags whose lemma keeps the form's capitals ("USA", not HanTa's "Usa").
_NAMING_TAGS = frozenset({"NN", "NE"})
# A closed compound is split only into a head of at least HEAD letters and a known first part of
# at least MODIFIER letters, so that "Hoffmann" or "Stoltenberg" stay unknown names.
HEAD, MODIFIER = 4, 3
# Heads of lower-case compounds ("nordwestchinesischen", "abgefragt"); capitalised ones end in a
# noun. A name or function word is never a head.
_HEAD_TAGS = frozenset({"ADJA", "ADJD", "VVPP", "VVFIN", "VVINF", "VVIZU"})
# Linking elements between the parts of a compound: Menschenrecht-s-kommissar.
_LINKS = ("", "s", "es", "n", "en")


@functools.cache
def hanta_tagger():
    """HanTa's German model, loaded on first use."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(HANTA_MODEL)


@dataclass(frozen=True)
class Lexicon:
    """The analyses of the lexicon file, as sorted columns: loading them takes a third of the
    time a dict of 400,000 forms would, and each form is looked up only once per run."""

    forms: list[str]
    lemmas: list[str]  # empty where the lemma is the form
    tags: list[str]

    @classmethod
    @functools.cache
    def load(cls) -> Lexicon:
        raw = (resources.files("presseschau.nlp") / "data" / LEXICON).read_bytes()
        fields = gzip.decompress(raw).decode("utf-8").replace("\n", "\t").split("\t")
        return cls(fields[0:-1:3], fields[2::3], list(map(sys.intern, fields[1::3])))

    def get(self, form: str) -> tuple[str, str] | None:
        i = bisect_left(self.forms, form)
        if i < len(self.forms) and self.forms[i] == form:
            return self.lemmas[i] or form, self.tags[i]
        return None


class Lemmatizer:
    """Lemma and STTS tag of word forms; every form is analysed once and kept."""

    def __init__(self) -> None:
        self._known = Lexicon.load()
        self._analyses: dict[str, tuple[str, str]] = {}

    def analyse(self, form: str) -> tuple[str, str]:
        """(lemma, STTS tag) of one token's text."""
        analysis = self._analyses.get(form)
        if analysis is None:
            analysis = (
                _symbol(form)
                or self._known.get(form)
                or self._other_case(form)
                or self._closed_compound(form)
                or _hyphenated(self, form)
                or _unknown_name(form)
                or hanta_analysis(form)
            )
            self._analyses[form] = analysis
        return analysis

    def knows(self, form: str) -> bool:
        """Whether the form is a word of the lexicon (in any case) or a closed compound of its
        words: a German word list that knows inflected forms and new compounds."""
        return bool(self._known.get(form) or self._other_case(form) or self._closed_compound(form))

    def tags(self, words: Sequence[str]) -> list[str]:
        """The STTS tag of each word."""
        return [self.analyse(word)[1] for word in words]

    def _other_case(self, form: str) -> tuple[str, str] | None:
        """A capitalised or all-capital form of a known lower-case word ("Die", "NATO")."""
        known = self._known.get(form.lower())
        return None if known is None else _with_capitals(form, *known)

    def _closed_compound(self, form: str) -> tuple[str, str] | None:
        """The longest known head and a known first part: Garagen|ausfahrt, Luxus|boutiquen."""
        lower, capitalised = form.lower(), form[:1].isupper()
        for cut in range(MODIFIER, len(form) - HEAD + 1):
            head = self._head(lower[cut:], capitalised)
            if head and self._is_known_modifier(lower[:cut]):
                lemma = head[0]
                if capitalised:
                    lemma = lemma[0].lower() + lemma[1:]
                return form[:cut] + lemma, head[1]
        return None

    def _head(self, head: str, capitalised: bool) -> tuple[str, str] | None:
        """A capitalised compound ends in a noun, a lower-case one in an adjective or verb."""
        if capitalised:
            found = self._known.get(head[0].upper() + head[1:]) or self._known.get(head)
            return found if found and found[1] == "NN" else None
        found = self._known.get(head)
        return found if found and found[1] in _HEAD_TAGS else None

    def _is_known_modifier(self, modifier: str) -> bool:
        return any(
            modifier.endswith(link) and self._known.get(modifier[: len(modifier) - len(link)])
            for link in _LINKS
            if len(modifier) - len(link) >= MODIFIER
        )


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


def _hyphenated(lemmatizer: Lemmatizer, form: str) -> tuple[str, str] | None:
    """A hyphenated compound with a noun head ("NATO-Generalsekretär") inflects in its head."""
    modifier, hyphen, head = form.rpartition("-")
    if not hyphen or not modifier or not head[:1].isupper() or not head.isalpha():
        return None
    lemma, tag = lemmatizer.analyse(head)
    return modifier + hyphen + lemma, tag


def hanta_analysis(form: str) -> tuple[str, str]:
    """HanTa's (lemma, STTS tag) of a form out of context."""
    lemma, tag = hanta_tagger().analyze(form)
    tag = tag.replace("(", "").replace(")", "")
    return _with_capitals(form, lemma, _HANTA_TAGS.get(tag, tag))


def _unknown_name(form: str) -> tuple[str, str] | None:
    """A capitalised word that is neither a known word nor a compound of one is taken as a name;
    asking HanTa would cost ~2.5 ms and mostly gets the same answer."""
    return (form, "NE") if form[:1].isupper() else None


def _with_capitals(form: str, lemma: str, tag: str) -> tuple[str, str]:
    """A name or noun whose lemma is the form itself keeps the form's spelling: USA, not Usa."""
    if tag in _NAMING_TAGS and lemma.lower() == form.lower():
        lemma = form
    return lemma, tag


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
