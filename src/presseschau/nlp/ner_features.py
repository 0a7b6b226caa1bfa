"""Features of each word for the named-entity tagger: spelling, shape, part of speech,
neighbours, gazetteers.

Most features depend on the word form alone, so they are computed once per form and cached;
a sentence's features are then the cached lists of each word and its neighbours.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain

# Gazetteer name -> files in nlp/data/; places has the hand-written aliases pycountry lacks.
FILES = {
    "first": ("first_names.txt",),
    "person": ("people.txt",),
    "country": ("countries.txt", "places.txt"),
    "city": ("cities.txt",),
    "org": ("organisations.txt",),
    "media": ("media.txt",),
    "noun": ("nouns.txt.gz",),
    "org-word": ("organisation_words.txt",),
    "place-word": ("place_heads.txt",),
}
# Lines of "list TAB name", for lists of Wiktionary's proper names.
KINDED_FILE = "wiktionary_names.txt.gz"
WINDOW = (-2, -1, 1, 2)
QUOTES = frozenset({'"', "„", "“", "”", "»", "«", "'", "‚", "‘", "’"})
EDGES = [[f"{offset}:edge"] for offset in WINDOW]
# Word forms whose features are kept; a long run meets ever new forms, so the cache starts over.
CACHE_WORDS = 200_000
_SHAPE_RUNS = re.compile(r"(.)\1{2,}")
# Latin, Greek and Cyrillic letters and the digits; other characters stand for themselves.
_SHAPE_TABLE = {
    c: "X" if chr(c).isupper() else "x" if chr(c).isalpha() else "d"
    for c in range(0x530)
    if chr(c).isalpha() or chr(c).isdigit()
}


@dataclass(frozen=True)
class Gazetteers:
    """Names by list, and multi-word names indexed by their first word."""

    names: dict[str, frozenset[str]]  # list -> names (a multi-word one never equals a word)
    multi: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, list)

    @classmethod
    def load(cls) -> Gazetteers:
        names = {
            kind: frozenset(chain.from_iterable(map(_read_names, files)))
            for kind, files in FILES.items()
        }
        kinded: dict[str, list[str]] = {}
        for line in _read_names(KINDED_FILE):
            kind, name = line.split("\t")
            kinded.setdefault(kind, []).append(name)
        for kind, found in kinded.items():
            names[kind] = names.get(kind, frozenset()) | frozenset(found)
        multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind, found in names.items():
            for name in [n for n in found if " " in n]:
                words = tuple(name.split())
                multi.setdefault(words[0], []).append((words, kind))
        return cls(names, {w: tuple(sorted(e, key=lambda e: -len(e[0]))) for w, e in multi.items()})

    def kinds(self, word: str) -> list[str]:
        """Lists that hold the word as a whole name."""
        return [kind for kind, names in self.names.items() if word in names]

    def spans(self, words: Sequence[str]) -> list[list[str]]:
        """Per word, features for multi-word names it begins or continues, e.g. 'g:city:B'."""
        marks: list[list[str]] = [[] for _ in words]
        for i, word in enumerate(words):
            for name, kind in self.multi.get(word, ()):
                if tuple(words[i : i + len(name)]) == name:
                    marks[i].append(f"g:{kind}:B")
                    for j in range(i + 1, i + len(name)):
                        marks[j].append(f"g:{kind}:I")
        return marks


def _read_names(file: str) -> list[str]:
    raw = (resources.files("presseschau.nlp") / "data" / file).read_bytes()
    text = (gzip.decompress(raw) if file.endswith(".gz") else raw).decode("utf-8")
    lines = text.splitlines()
    # Comments are only at the top of a list.
    first = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return lines[first:]


def shape(word: str) -> str:
    """Word shape with runs shortened: 'Putin' -> 'Xxx', 'NATO-Chef' -> 'XXX-Xxx'."""
    return _SHAPE_RUNS.sub(r"\1\1", word.translate(_SHAPE_TABLE))


@dataclass(frozen=True)
class WordFeatures:
    """What a word form contributes, computed once per form."""

    own: list[str]
    context: list[list[str]]  # its features as a neighbour, one list per WINDOW offset
    word_class: str


class FeatureExtractor:
    """Turns a sentence (a list of words) into one list of feature strings per word.

    With `known` (the attributes a trained model has weights for), features the model has
    never seen are left out: the tagger would ignore them, and building and passing them is
    most of the cost of tagging.
    """

    def __init__(self, gazetteers: Gazetteers, known: frozenset[str] | None = None) -> None:
        self.gazetteers = gazetteers
        self.known = known
        self._cache: dict[str, WordFeatures] = {}
        self._windows: dict[tuple[str, ...], tuple[str, ...]] = {}

    def sentence(self, words: Sequence[str], tags: Sequence[str]) -> list[list[str]]:
        """Features of the words, given each word's STTS tag."""
        forms = [self._word(w) for w in words]
        # Tuples, so that a window's slice is its cache key as it is.
        classes = ("^", *(f.word_class for f in forms), "$")
        padded_tags = ("^", "^", *tags, "$", "$")
        lowered = [w.lower() for w in words]
        spans = self.gazetteers.spans(words) if len(words) > 1 else [[] for _ in words]
        last = len(words) - 1
        known = self.known
        features = []
        for i, form in enumerate(forms):
            row = [*form.own, *spans[i], *self._window(classes[i : i + 3])]
            if i:
                pair = f"bi:{lowered[i - 1]}|{lowered[i]}"
                if known is None or pair in known:
                    row.append(pair)
            for slot, offset in enumerate(WINDOW):
                j = i + offset
                row.extend(forms[j].context[slot] if 0 <= j <= last else EDGES[slot])
            row.extend(self._window(padded_tags[i : i + 5]))
            features.append(row)
        for i in _quoted(words):
            features[i].append("quoted")
        if features:
            features[0].extend(("first", f"first:w:{lowered[0]}"))
        return features

    def _window(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The features of a window of word classes (3) or parts of speech (5), cached."""
        found = self._windows.get(key)
        if found is None:
            found = _pattern(*key) if len(key) == 3 else _tags(*key)
            if self.known is not None:
                found = tuple(f for f in found if f in self.known)
            if len(self._windows) >= CACHE_WORDS:
                self._windows.clear()
            self._windows[key] = found
        return found

    def _word(self, word: str) -> WordFeatures:
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= CACHE_WORDS:
                self._cache.clear()
            plain = neighbour_features(word, self.gazetteers)
            cached = self._cache[word] = WordFeatures(
                self._seen(word_features(word, self.gazetteers)),
                [self._seen([f"{o}:{f}" for f in plain]) for o in WINDOW],
                word_class(word, self.gazetteers),
            )
        return cached

    def _seen(self, features: list[str]) -> list[str]:
        return features if self.known is None else [f for f in features if f in self.known]


def _pattern(before: str, word: str, after: str) -> tuple[str, ...]:
    """Features of the word classes of a word and its neighbours."""
    return (f"cls:{before}{word}{after}", f"cls-1:{before}{word}", f"cls+1:{word}{after}")


def _tags(*window: str) -> tuple[str, ...]:
    """Features of the parts of speech of a word and its neighbours two each side: the
    word's, each neighbour's and the pairs the word forms with the next ones."""
    before, tag, after = window[1:4]
    return (
        f"pos:{tag}",
        *(f"{offset}:pos:{window[2 + offset]}" for offset in WINDOW),
        f"pos-1|0:{before}|{tag}",
        f"pos0|1:{tag}|{after}",
    )


def _quoted(words: Sequence[str]) -> list[int]:
    """Positions of words between quote marks, where titles of works (MISC) usually are."""
    inside, positions = False, []
    for i, word in enumerate(words):
        if word in QUOTES:
            inside = not inside
        elif inside:
            positions.append(i)
    return positions


def word_class(word: str, gazetteers: Gazetteers) -> str:
    """One letter for what a word is, for patterns of neighbouring words ('F' first name...)."""
    kinds = gazetteers.kinds(word)
    if not word[:1].isupper():
        return "d" if word[:1].isdigit() else "l" if word[:1].isalpha() else "p"
    if "first" in kinds:
        return "F"
    if "person" in kinds:
        return "P"
    if any(k in kinds for k in ("country", "city", "place")):
        return "L"
    if any(k in kinds for k in ("org", "media")):
        return "O"
    return "N" if kinds else "C"


def word_features(word: str, gazetteers: Gazetteers) -> list[str]:
    lower = word.lower()
    features = [
        f"w:{lower}",
        f"shape:{shape(word)}",
        *(f"p{n}:{lower[:n]}" for n in (1, 2, 3, 4) if len(lower) > n),
        *(f"s{n}:{lower[-n:]}" for n in (1, 2, 3, 4) if len(lower) > n),
    ]
    if any(c.isdigit() for c in word):
        features.append("digit")
    features.extend(_lexical_features(word, gazetteers))
    # A name in the genitive ("Putins", "Russlands") is the name plus s.
    if word.endswith("s") and len(word) > 3:
        features.extend(f"gen:{kind}" for kind in gazetteers.kinds(word[:-1]))
    if "-" in word:
        features.extend(_hyphen_features(word, gazetteers))
    return features


def _hyphen_features(word: str, gazetteers: Gazetteers) -> list[str]:
    parts = word.split("-")
    features = [f"last:{parts[-1].lower()}", f"first-part-shape:{shape(parts[0])}"]
    features.extend(f"g-first:{kind}" for kind in gazetteers.kinds(parts[0]))
    features.extend(f"g-last:{kind}" for kind in gazetteers.kinds(parts[-1]))
    return features


def neighbour_features(word: str, gazetteers: Gazetteers) -> list[str]:
    lower = word.lower()
    features = [f"w:{lower}", f"shape:{shape(word)}", f"s3:{lower[-3:]}"]
    features.extend(f"g:{kind}" for kind in gazetteers.kinds(word))
    return features


def _lexical_features(word: str, gazetteers: Gazetteers) -> list[str]:
    kinds = gazetteers.kinds(word)
    features = [f"g:{kind}" for kind in kinds]
    if word[:1].isupper():
        features.append("title" if not word.isupper() else "upper")
        # German capitalises every noun; a capitalised word that is no known noun is likely a name.
        if not kinds:
            features.append("capital-unknown")
    return features
