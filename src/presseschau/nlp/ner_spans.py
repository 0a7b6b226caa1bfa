"""Corrections of the tagger's entity spans by rules of German grammar that a small model misses.

- A name does not start with a verb or a function word: "Könnte Paris" is Paris.
- Only the last word of a name inflects, so a genitive ends it: "Merkels Rede" is Merkel.
- Known place names side by side are separate places: "dem Frankreich Italien hilft".
- A name in apposition to a word for an organisation is an organisation, whatever the model
  said: "in Le Monde, einer französischen Tageszeitung", "die Zeitung Kommersant".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from presseschau.model import Token
from presseschau.nlp.ner_features import Gazetteers

Span = tuple[int, int, str]  # first token, past-last token, type
# Parts of speech that never begin a name: verbs, adverbs, pronouns, conjunctions, prepositions.
_NOT_NAME_START = ("V", "ADV", "PP", "PD", "PI", "PR", "PW", "KO", "AP", "PTK")
_PLACE_LISTS = ("country", "city")
_DETERMINERS = frozenset({"ART", "PPOSAT", "PIAT", "PDAT"})


class SpanRules:
    def __init__(self, gazetteers: Gazetteers) -> None:
        self.gazetteers = gazetteers
        # Lower case, to find them as heads of compounds: "Tageszeitung", "Nachrichtenagentur".
        # Short ones ("Rat", "AG") would end too many other words ("Apparat", "Tag").
        self.kinds = tuple(w.lower() for w in gazetteers.names["org-word"] if len(w) > 3)

    def refine(
        self, spans: Sequence[Span], tokens: Sequence[Token], words: Sequence[str]
    ) -> Iterator[Span]:
        for first, past, kind in spans:
            while first < past and (tokens[first].pos or "").startswith(_NOT_NAME_START):
                first += 1
            for i in range(first, past - 1):
                if _is_genitive_name(tokens[i], words[i]):
                    past = i + 1
                    break
            if first == past:
                continue
            if past - first > 1 and all(self._is_place(w) for w in words[first:past]):
                yield from ((i, i + 1, "LOC") for i in range(first, past))
                continue
            if kind == "PER" and self._in_apposition_to_kind(tokens, words, first, past):
                kind = "ORG"
            yield first, past, kind

    def _is_place(self, word: str) -> bool:
        return any(kind in _PLACE_LISTS for kind in self.gazetteers.kinds(word))

    def _is_kind(self, token: Token, word: str) -> bool:
        lemma = (token.lemma or word).lower()
        return token.pos == "NN" and lemma.endswith(self.kinds)

    def _in_apposition_to_kind(
        self, tokens: Sequence[Token], words: Sequence[str], first: int, past: int
    ) -> bool:
        """ "die Zeitung X" before the name, or ", einer (nationalen) Zeitung" after it."""
        if first and self._is_kind(tokens[first - 1], words[first - 1]):
            return True
        i = past
        if i + 1 < len(tokens) and words[i] == "," and tokens[i + 1].pos in _DETERMINERS:
            i += 2
            while i < len(tokens) and tokens[i].pos == "ADJA":
                i += 1
            return i < len(tokens) and self._is_kind(tokens[i], words[i])
        return False


def _is_genitive_name(token: Token, word: str) -> bool:
    """ "Putins", "Russlands": a name whose lemma is the word without its genitive s."""
    return token.pos == "NE" and word.endswith("s") and token.lemma == word[:-1]
