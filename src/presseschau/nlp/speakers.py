"""Who a speaker phrase stands for: the name mention it holds, or for a pronoun ("sagte er") or
a role noun ("die Ministerin") the nearest person named before it that fits.

A phrase that names no one, such as "manche" or "aus Regierungskreisen", or the "es" of
"hieß es", is anonymous.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from presseschau.model import Mention
from presseschau.nlp import de
from presseschau.nlp.canonical import is_role
from presseschau.nlp.clauses import RELATIVES

# How far before a mention its role may stand: "der russische Präsident Wladimir Putin".
_ROLE_REACH = 40
# Types of mentions that can speak, the likelier first.
_SPEAKING = ("PER", "ORG", "MISC", "LOC")


class Speakers:
    """Resolves speaker phrases of one article."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def sources(self, speaker: tuple[int, int], cue: str | None) -> tuple[tuple[int, int], ...]:
        """The mentions the speaker phrase at (start, end) refers to, as offsets: every person
        it names ("Anna Meier und Jan Berg"), else its likeliest other name. The cue verb tells
        a plural "sie" ("befürchten"), which stands for no one person."""
        start, end = speaker
        inside = [m for m in self._between(start, end) if m.type in _SPEAKING]
        if inside:
            best = min(_SPEAKING.index(m.type) for m in inside)
            return tuple((m.start, m.end) for m in inside if _SPEAKING.index(m.type) == best)
        words = self.text[start:end].split()
        found = None
        if len(words) == 1 and words[0].lower() in RELATIVES:
            # ", der behauptet": the relative pronoun stands for the name just before it.
            found = self._nearest(start, lambda m: m.type in _SPEAKING)
        elif len(words) == 1 and words[0].lower() in de.SPEAKER_PRONOUNS:
            plural = words[0].lower() == "sie" and cue is not None and cue.endswith("n")
            found = None if plural else self._nearest_person(start, role=None)
        elif (role := next((w for w in reversed(words) if is_role(w)), None)) is not None:
            found = self._nearest_person(start, role=role)
        return (found,) if found else ()

    def anonymous(
        self, speaker: tuple[int, int] | None, sources: tuple[tuple[int, int], ...]
    ) -> bool:
        """Whether the speaker phrase names no one in particular."""
        if speaker is None or sources:
            return False
        words = [w.lower().strip(".,") for w in self.text[speaker[0] : speaker[1]].split()]
        return any(w in de.ANONYMOUS_WORDS or w.endswith(de.ANONYMOUS_ENDINGS) for w in words)

    def person(self, start: int, end: int) -> bool:
        """Whether a person is named between start and end."""
        return any(m.type == "PER" for m in self._between(start, end))

    def medium(self, start: int, end: int) -> tuple[int, int] | None:
        """The first organisation named between start and end: a headline's medium."""
        return next(((m.start, m.end) for m in self._between(start, end) if m.type == "ORG"), None)

    def _between(self, start: int, end: int) -> list[Mention]:
        first, past = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.mentions[first:past] if m.end <= end]

    def _nearest_person(self, before: int, role: str | None) -> tuple[int, int] | None:
        """The last person named before `before`, with the role word close before the name
        when a role is given ("der russische Präsident Wladimir Putin")."""

        def fits(m: Mention) -> bool:
            reach = self.text[max(0, m.start - _ROLE_REACH) : m.start].lower()
            return m.type == "PER" and (role is None or role.lower() in reach)

        return self._nearest(before, fits)

    def _nearest(self, before: int, fits: Callable[[Mention], bool]) -> tuple[int, int] | None:
        for m in reversed(self.mentions[: bisect_left(self._starts, before)]):
            if fits(m):
                return m.start, m.end
        return None
