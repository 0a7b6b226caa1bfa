"""What the text calls a quoted voice, and which side it speaks for: the country or alliance
that its speaker's phrase names, or the role phrases just before or after any mention of the
speaker's name in the article ("der russische Präsident Wladimir Putin", "US-Außenminister
Antony Blinken", "Chris Monday, Professor an der Dongseo-Universität")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presseschau.model import Article, Quote
from presseschau.nlp import de
from presseschau.nlp.canonical import is_role

# Words of a role phrase before a name that may say where its bearer stands.
BEFORE = 4
# Words of a role phrase after a name that are looked at for its role.
AFTER = 3
_WORD = re.compile(r"[^\W\d_]+")
_BREAK = re.compile(r"[.,;:!?()„“\"«»\n]")
_PHRASES = [key for key in de.SIDE_WORDS if " " in key]


class Sides:
    """The sides of an article's speakers: each person's surname with the role phrases around
    its mentions and the side that the first of them to name one gives."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.persons = sorted((m.start, m.end) for m in article.mentions if m.type == "PER")
        self.roles: dict[str, list[str]] = {}
        self.by_name: dict[str, str] = {}
        for start, end in self.persons:
            surname = _surname(self.text[start:end])
            for role in filter(None, (self._before(start), self._after(end))):
                self.roles.setdefault(surname, []).append(role)
                found = _sides(role)
                if found:
                    self.by_name.setdefault(surname, found[-1])

    def phrases(self, quote: Quote) -> list[str]:
        """What the text calls the quote's speaker: the speaker's phrase, then the role phrases
        before or after any mention of the persons it names ("der russische Präsident" for
        "Putin")."""
        own = [self.text[slice(*quote.speaker)]] if quote.speaker else []
        return own + [
            role
            for start, end in quote.sources
            for role in self.roles.get(_surname(self.text[start:end]), ())
        ]

    def of(self, quote: Quote) -> str | None:
        """The side of the quote's speaker, where the text says it."""
        if quote.speaker:
            found = _sides(self._outside_names(*quote.speaker))
            if found:
                return found[0]
        for start, end in quote.sources:
            found = self.by_name.get(_surname(self.text[start:end]))
            if found:
                return found
        return None

    def _before(self, start: int) -> str:
        """The role phrase before a name: the last few words before it, back to a punctuation
        mark, where the last of them is a role ("der russische Präsident")."""
        words = _BREAK.split(self.text[max(0, start - 80) : start])[-1].split()[-BEFORE:]
        return " ".join(words) if words and is_role(words[-1]) else ""

    def _after(self, end: int) -> str:
        """The role phrase after a name, set off by a comma: "Chris Monday, außerordentlicher
        Professor an der Dongseo-Universität", up to the next punctuation mark."""
        if not self.text.startswith(",", end):
            return ""
        words = _BREAK.split(self.text[end + 1 : end + 120])[0].split()[:AFTER]
        return " ".join(words) if any(is_role(word) for word in words) else ""

    def _outside_names(self, start: int, end: int) -> str:
        """The speaker's phrase with persons' names blanked: "Un" in "Kim Jong Un" is no UN."""
        phrase = list(self.text[start:end])
        for a, b in self.persons:
            for i in range(max(a, start), min(b, end)):
                phrase[i - start] = " "
        return "".join(phrase)


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if words else name


def _sides(text: str) -> list[str]:
    """The sides the text names, in order."""
    lower = text.lower()
    found = [(lower.find(p), de.SIDE_WORDS[p]) for p in _PHRASES if p in lower]
    found.extend(_word_sides(lower))
    return [name for _, name in sorted(found)]


def _word_sides(lower: str) -> Iterator[tuple[int, str]]:
    for match in _WORD.finditer(lower):
        named = _side_of_word(match.group())
        if named:
            yield match.start(), named


def _side_of_word(word: str) -> str | None:
    """The side a word names: as it is, in the genitive ("Russlands"), or inflected where it
    is an adjective ("russischen")."""
    if word in de.SIDE_WORDS:
        return de.SIDE_WORDS[word]
    if word.endswith("s") and len(word) > 4 and word[:-1] in de.SIDE_WORDS:
        return de.SIDE_WORDS[word[:-1]]
    for ending in de.ADJECTIVE_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.endswith(("isch", "er")) and stem in de.SIDE_WORDS:
            return de.SIDE_WORDS[stem]
    return None
