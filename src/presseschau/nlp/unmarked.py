"""Direct speech printed without quote marks, as in texts that lost them on the way (archives,
copies). It opens after a verb of saying and a colon ("Ulamec teilte mit: Es ist zu keiner
Kontaktaufnahme gekommen."), a name and a colon ("Sprecher Jan Berg zum STANDARD: Uns liegt
nichts vor.") or a clause about a named person and a colon before the first person singular
("Polz ist nachdenklich: Ich hab ..."), or shows in reported words in the first person ("Wir
müssen den Bürgern Hoffnung geben, sagt Varoufakis"); the sentences around it that speak in
the first person, which the writer of a report does not use, are the speaker's too ("Zudem
bin ich nicht schuldig."). Text whose quotes carry marks is left as it is: after a colon a
mark opens them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from presseschau.nlp import de
from presseschau.nlp.canonical import is_role
from presseschau.nlp.clauses import FINITE, Sentence
from presseschau.nlp.speech import colon_after, content_end

# Sentences without the first person that speech may run through to a sentence with it.
BRIDGED_SENTENCES = 3


@dataclass(frozen=True)
class Unmarked:
    """Direct speech: its last sentence (index), its span, the verb of saying and the
    speaker's span."""

    last: int
    span: tuple[int, int]
    cue: str | None
    speaker: tuple[int, int]


@dataclass(frozen=True)
class _Seed:
    index: int
    cue: str | None
    speaker: tuple[int, int]
    start: int | None  # where unmarked words after a colon begin, if no report holds them


def unmarked_speech(
    sentences: Sequence[Sentence],
    block_of: Callable[[int], int],
    taken: Callable[[int], bool],
    reports: Iterable[tuple[int, str | None, tuple[int, int], Sequence[tuple[int, int]]]],
) -> Iterator[Unmarked]:
    """The unmarked direct speech of the sentences. `block_of(offset)` is the paragraph an
    offset lies in; `taken(offset)` tells offsets already inside a quote or report; `reports`
    are the reports found, as (sentence index, cue, speaker span, parts)."""
    seeds = {seed.index: seed for seed in _colon_speech(sentences, taken)}
    for index, cue, speaker, parts in reports:
        if index not in seeds and _first_person(sentences[index], parts):
            seeds[index] = _Seed(index, cue, speaker, None)
    used: set[int] = set(seeds)

    def free(index: int, seed: _Seed) -> bool:
        """In the seed's paragraph, and no quote, report or other speech holds it."""
        if not 0 <= index < len(sentences) or index in used or not sentences[index].tokens:
            return False
        s, first = sentences[index], sentences[seed.index]
        return block_of(s.tokens[0].start) == block_of(first.tokens[0].start) and not any(
            taken(t.start) for t in s.tokens
        )

    def speaks(index: int) -> bool:
        s = sentences[index]
        return _first_person(s, [(s.tokens[0].start, s.tokens[-1].end)])

    for seed in (seeds[i] for i in sorted(seeds)):
        before = seed.index
        while free(before - 1, seed) and speaks(before - 1):
            before -= 1
        used.update(range(before, seed.index))
        if before < seed.index:
            yield _speech(sentences, before, seed.index - 1, None, seed)
        # A story told goes on in the third person for a while ("Er war sofort tot."), and
        # is the speaker's while the first person comes back.
        after, gap = seed.index, 0
        while gap <= BRIDGED_SENTENCES and free(after + gap + 1, seed):
            gap += 1
            if speaks(after + gap):
                after, gap = after + gap, 0
        used.update(range(seed.index, after + 1))
        if seed.start is not None or after > seed.index:
            yield _speech(sentences, seed.index + 1, after, seed.start, seed)


def _speech(
    sentences: Sequence[Sentence], first: int, last: int, start: int | None, seed: _Seed
) -> Unmarked:
    """Sentences first .. last, from `start` in the seed's sentence if given."""
    if start is None:
        start = sentences[first].tokens[0].start
    end_sentence = sentences[last]
    end = end_sentence.tokens[max(1, content_end(end_sentence)) - 1].end
    return Unmarked(last, (start, end), seed.cue, seed.speaker)


def _colon_speech(sentences: Sequence[Sentence], taken: Callable[[int], bool]) -> Iterator[_Seed]:
    """Sentences with a colon that opens someone's words, no quote mark after it: after a verb
    of saying with no comma between ("habe er geantwortet: Das ist keine Begnadigung"), or
    after a name with no verb ("so Mitterlehner: ...", "Sprecher Jan Berg zum STANDARD: ...")
    (`_speaker_before`)."""
    for index, s in enumerate(sentences):
        end = content_end(s)
        for colon in range(1, end - 1):
            if s.words[colon] != ":" or s.words[colon + 1] in de.OPENING_QUOTES:
                continue
            found = _speaker_before(s, colon, end, taken)
            if found is not None:
                cue, speaker = found
                start = s.tokens[colon + 1].start
                free = None if taken(start) else start
                yield _Seed(index, cue, s.span(*speaker), free)
                break


def _speaker_before(
    s: Sentence, colon: int, end: int, taken: Callable[[int], bool]
) -> tuple[str | None, tuple[int, int]] | None:
    """The verb of saying and the speaker, or only the named speaker, that the colon at
    `colon` gives the words after it to. After a name alone, the words must speak in the first
    person or be reported speech already; after a clause with a named subject and another
    verb, in the first person singular."""
    clause = next((j + 1 for j in range(colon - 1, -1, -1) if s.words[j] in {",", ":"}), 0)
    verbs = [v for v in s.reporting_verbs if colon_after(s, v, end) == colon]
    if verbs:
        speaker = s.speaker(verbs[-1])
        return (s.words[verbs[-1]], speaker) if speaker else None
    after = s.tokens[colon + 1].start, s.tokens[end - 1].end
    finite = next((j for j in range(clause, colon) if s.tag(j) in FINITE), None)
    if finite is not None:
        # "Reinhold Polz ist nachdenklich: Ich hab ja ...": a writer who names someone and
        # goes on in the first person singular after the colon gives that person's words.
        speaker = s.subject(finite)
        if speaker and _named(s, speaker) and _first_person(s, [after], de.FIRST_PERSON_SINGULAR):
            return None, speaker
        return None
    first = clause + (s.words[clause].lower() == "so")
    speaker = s.phrase_at(first)
    spoken = taken(after[0]) or _first_person(s, [after])
    return (None, speaker) if speaker is not None and _named(s, speaker) and spoken else None


def _named(s: Sentence, phrase: tuple[int, int]) -> bool:
    """A phrase that names a person or a role ("Geschäftsführer des Weinguts")."""
    return any(s.tag(j) == "NE" or is_role(s.words[j]) for j in range(*phrase))


def _first_person(
    s: Sentence, parts: Sequence[tuple[int, int]], words: frozenset[str] = de.FIRST_PERSON
) -> bool:
    return any(
        s.words[i].lower() in words
        for i, token in enumerate(s.tokens)
        if any(a <= token.start < b for a, b in parts)
    )
