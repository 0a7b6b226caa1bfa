"""Named entities (PER, ORG, LOC, MISC) with the CRF model shipped in nlp/models/.

Names inside hyphenated compounds ("NATO-Generalsekretär", "Russland-Expertin") become mentions
of just the name when a gazetteer knows it, also where the model typed the whole compound; a
compound ending in a place word ("Kim-Il-Sung-Platz") is a place as a whole.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from presseschau.model import Article, Mention, Token
from presseschau.nlp.lemmas import Lemmatizer
from presseschau.nlp.ner_features import FeatureExtractor, Gazetteers
from presseschau.nlp.ner_spans import Span, SpanRules

MODEL = "ner-de.crfsuite"
# A name before a hyphen is typed by the gazetteer that knows it.
PART_TYPES = {"country": "LOC", "city": "LOC", "org": "ORG", "media": "ORG"}
# spaCy pipelines label with their corpus' scheme; these are the labels that mean our types.
SPACY_TYPES = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}
SPACY_TYPES |= {"MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC"}


def bio_spans(labels: Sequence[str]) -> list[Span]:
    """(first, past-last, type) of each entity in BIO labels; a stray I- starts an entity."""
    spans = []
    start, kind = None, None
    for i, label in enumerate([*labels, "O"]):
        if kind is not None and label != f"I-{kind}":
            spans.append((start, i, kind))
            kind = None
        if label != "O" and kind is None:
            start, kind = i, label[2:]
    return spans


class NerTagger:
    """The entities among the words of a sentence."""

    def __init__(self, tagger, gazetteers: Gazetteers) -> None:
        self._tagger = tagger
        self.gazetteers = gazetteers
        known = frozenset(attribute for attribute, _ in tagger.info().state_features)
        self.features = FeatureExtractor(gazetteers, known)
        self.rules = SpanRules(gazetteers)
        self.lemmatizer = Lemmatizer()

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        """The model at `path`, or the one shipped with presseschau."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        if path is None:
            with resources.as_file(resources.files("presseschau.nlp") / "models" / MODEL) as p:
                tagger.open(str(p))
        else:
            tagger.open(str(path))
        return cls(tagger, Gazetteers.load())

    def tag(self, words: Sequence[str], tags: Sequence[str]) -> list[str]:
        """BIO labels of the words, given their STTS tags."""
        if not words:
            return []
        return self._tagger.tag(self.features.sentence(words, tags))

    def spans(self, words: Sequence[str], tokens: Sequence[Token] | None = None) -> list[Span]:
        """(first, past-last, type) of the entities among the words; their tokens (with lemma
        and part of speech) come from the lemma stage or else from this tagger's lemmatizer."""
        if tokens is None:
            tokens = [Token(0, 0, *self.lemmatizer.analyse(word)) for word in words]
        labels = self.tag(words, [t.pos or "" for t in tokens])
        return list(self.rules.refine(bio_spans(labels), tokens, words))


@dataclass(frozen=True)
class Compounds:
    """Names inside hyphenated compounds: 'NATO' in 'NATO-Generalsekretär'."""

    gazetteers: Gazetteers

    @property
    def place_heads(self) -> frozenset[str]:
        """Last words that make the compound a place as a whole: Platz, Straße."""
        return self.gazetteers.names["place-word"]

    def is_compound_noun(self, word: str) -> bool:
        """A hyphenated word whose head is a common noun: about a name, not itself one."""
        head = word.rpartition("-")[2]
        return (
            "-" in word and head not in self.place_heads and "noun" in self.gazetteers.kinds(head)
        )

    def parts(self, word: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, type) within the word of the names the compound holds."""
        parts = word.split("-")
        if len(parts) < 2:
            return
        if parts[-1] in self.place_heads and parts[0][:1].isupper():
            yield 0, len(word), "LOC"
            return
        offset = 0
        for part in parts[:-1]:
            kinds = [PART_TYPES[k] for k in self.gazetteers.kinds(part) if k in PART_TYPES]
            if kinds:
                yield offset, offset + len(part), kinds[0]
            offset += len(part) + 1


class NerStage:
    """Pipeline stage: the mentions of named entities, sentence by sentence."""

    name = "entities"
    requires = frozenset({"sentences", "tokens", "pos"})
    provides = frozenset({"mentions"})
    languages = frozenset({"de"})

    def __init__(self, tagger: NerTagger | None = None) -> None:
        self.tagger = tagger or NerTagger.load()
        self.compounds = Compounds(self.tagger.gazetteers)

    def __call__(self, article: Article) -> Article:
        starts = [t.start for t in article.tokens]
        mentions = []
        for sentence in article.sentences:
            first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
            mentions.extend(self._mentions(article.text, article.tokens[first:last]))
        mentions.sort(key=lambda m: (m.start, m.end))
        return dataclasses.replace(article, mentions=tuple(mentions))

    def _mentions(self, text: str, tokens: Sequence[Token]) -> Iterator[Mention]:
        words = [text[t.start : t.end] for t in tokens]
        covered = set()
        for first, past, kind in self.tagger.spans(words, tokens):
            # "Russland-Expertin Anna Meier": the compound names her role, not her.
            while first < past and self.compounds.is_compound_noun(words[first]):
                first += 1
            if first < past:
                covered.update(range(first, past))
                yield Mention(tokens[first].start, tokens[past - 1].end, kind)
        for i, (token, word) in enumerate(zip(tokens, words, strict=True)):
            if i not in covered:
                for start, end, kind in self.compounds.parts(word):
                    yield Mention(token.start + start, token.start + end, kind)


class SpacyNerStage:
    """Pipeline stage with an installed spaCy pipeline (by name or path) in place of the CRF."""

    name = "entities"
    requires = frozenset({"text"})
    provides = frozenset({"mentions"})
    languages = frozenset({"de"})

    def __init__(self, model_name: str) -> None:
        import spacy

        self.nlp = spacy.load(model_name)

    def __call__(self, article: Article) -> Article:
        mentions = tuple(
            Mention(e.start_char, e.end_char, SPACY_TYPES[e.label_])
            for e in self.nlp(article.text).ents
            if e.label_ in SPACY_TYPES
        )
        return dataclasses.replace(article, mentions=mentions)
