"""Reported speech in one sentence: what a verb of saying, an attribution phrase or the
subjunctive says someone said, without quote marks.

- A verb of saying with a clause: "sagte, dass ...", "fragte, ob ...", "sagte, sie sei ...",
  "kündigte an, ... zu kandidieren", "Dass ..., sagte sie", "..., teilte die Polizei mit".
- An attribution phrase: "laut X", "X zufolge", "nach Angaben von X", "..., so X".
- A sentence in the subjunctive I with no verb of saying continues reported speech
  ("Sie habe ..."); its speaker is the one reported before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from presseschau.nlp import de
from presseschau.nlp.clauses import FINITE, Sentence

_QUESTION_TAGS = frozenset({"PWS", "PWAV", "PWAT"})
_STOPS = frozenset({".", "!", "?", "…", ":", ";"})


@dataclass(frozen=True)
class Report:
    """Tokens of one sentence: what was said (ranges), the cue and the speaker phrase."""

    parts: tuple[tuple[int, int], ...]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    kind: str = "indirect"  # or "reported": a statement summarised, without its words


def reported_speech(sentence: Sentence, quoted: Callable[[int], bool]) -> list[Report]:
    """The reports of the sentence; `quoted(i)` tells tokens inside a direct quote, which are
    left out, as a quote's own words report nothing."""
    found: list[Report] = []
    candidates = sorted(_reports(sentence, quoted), key=lambda r: _rank(sentence, r))
    for report in candidates:
        parts = tuple(p for p in report.parts if p[0] < p[1])
        words = [i for first, past in parts for i in range(first, past)]
        # A direct quote with its attribution ("„…“, sagte sie") is no reported speech.
        if sum(map(quoted, words)) * 2 >= len(words):
            continue
        if not any(_overlaps(parts, other.parts) for other in found):
            found.append(dataclasses.replace(report, parts=parts))
    return found


def _rank(s: Sentence, report: Report) -> int:
    """Which of overlapping reports wins: a "dass" or "ob" clause, then a verb of saying or
    "so X", then an attribution phrase ("laut X")."""
    if s.words[report.parts[0][0]].lower() in de.REPORTED_CLAUSE_OPENERS:
        return 0
    if report.kind == "reported":
        return 3
    cue = s.words[report.cue[0]].lower() if report.cue else ""
    return 2 if cue in de.ATTRIBUTION_PREPOSITIONS | de.ATTRIBUTION_POSTPOSITIONS | {"nach"} else 1


def free_indirect(
    sentence: Sentence, quoted: Callable[[int], bool], conditional: bool = False
) -> bool:
    """Whether the sentence goes on with reported speech: a verb in the subjunctive I outside
    any quote, or with `conditional` (right after reported speech) also in the subjunctive II
    that stands in for a subjunctive I looking like the indicative ("sie müssten"), unless a
    "wenn" makes it a condition ("was wäre, wenn ...")."""
    conditional = conditional and "wenn" not in map(str.lower, sentence.words)
    return any(
        sentence.is_subjunctive(i, conditional) and not quoted(i) for i in range(len(sentence))
    )


def _reports(s: Sentence, quoted: Callable[[int], bool]) -> Iterator[Report]:
    end = content_end(s)
    for i in range(end):
        if quoted(i):
            continue
        word = s.words[i].lower()
        if word in de.ATTRIBUTION_PREPOSITIONS:
            speaker = s.phrase_at(i + 1)
            if speaker:
                yield _around(s, (i, speaker[1]), (i, i + 1), speaker, end)
        elif word in de.ATTRIBUTION_POSTPOSITIONS:
            speaker = s.phrase_before(i)
            if speaker:
                yield _around(s, (speaker[0], i + 1), (i, i + 1), speaker, end)
        elif word == "nach" and i + 1 < end and s.words[i + 1].lower() in de.REPORT_NOUNS:
            # The speaker is named with the noun: "nach Angaben der Polizei", "... von n24".
            after = i + 2 + (i + 2 < end and s.words[i + 2].lower() in {"von", "vom"})
            source = s.phrase_at(after)
            phrase_end = source[1] if source else min(after + 1, end)
            yield _around(s, (i, phrase_end), (i, i + 2), (i + 1, phrase_end), end)
        elif word == "so" and i and s.words[i - 1] == ",":
            # "..., so die Ministerin (, Anna Meier) (gegenüber der Zeitung)."
            speaker = s.phrase_at(i + 1)
            if speaker and not _has_finite(s, speaker[1], end):
                yield Report(((0, i - 1),), (i, i + 1), speaker)
    has_quote = any(quoted(i) for i in range(len(s)))
    for verb in s.reporting_verbs:
        if not quoted(verb):
            speaker = s.speaker(verb)
            reports = list(_verb_reports(s, verb, speaker, end, quoted))
            yield from reports
            summary = not reports and not has_quote and speaker and _is_main_verb(s, verb)
            # "Sie antwortete: Das ist ..." gives the words themselves (unmarked.py).
            if summary and colon_after(s, verb, end) is None:
                yield Report(((0, end),), (verb, verb + 1), speaker, "reported")


def _verb_reports(
    s: Sentence,
    verb: int,
    speaker: tuple[int, int] | None,
    end: int,
    quoted: Callable[[int], bool],
) -> Iterator[Report]:
    cue = (verb, verb + 1)
    comma_after = next((j for j in range(verb + 1, end) if s.words[j] == ","), None)
    # "titelte „…“, womit ...": what follows the quote is not what was said; nor what follows
    # another clause's finite verb ("jene, die er erzählt – ist so unglaubwürdig, dass ...").
    finite = s.finite_of(verb)
    if comma_after is not None and any(
        quoted(j) or (s.tag(j) in FINITE and j != finite and not _cluster(s, verb, j))
        for j in range(verb, comma_after)
    ):
        comma_after = None
    if comma_after is not None and comma_after + 1 < end:
        opener = comma_after + 1
        word = s.words[opener].lower()
        reported = word in de.REPORTED_CLAUSE_OPENERS or s.tag(opener) in _QUESTION_TAGS
        if reported or (
            word not in de.OTHER_CLAUSE_OPENERS and _is_reported_clause(s, opener, end)
        ):
            yield Report(((opener, end),), cue, speaker)
    # "..., sagte sie", "..., hatte sie gesagt": the subject follows the finite verb;
    # "..., aber betonte" is another clause.
    comma_before = _comma_before(s, finite)
    if (
        comma_before is not None
        and (_has_finite(s, 0, comma_before) or _answer_fragment(s, comma_before))
        and s.phrase_after(finite)
    ):
        yield Report(((0, comma_before),), cue, speaker)
    # "Wie die Polizei mitteilte, ist ...": the report is what follows the cue.
    if s.words[0].lower() == "wie" and comma_after is not None:
        yield Report(((comma_after + 1, end),), cue, speaker)


def colon_after(s: Sentence, verb: int, end: int) -> int | None:
    """The colon that follows the verb in its clause, with words after it: "sagte am Montag:
    ..."."""
    for j in range(verb + 1, end - 1):
        if s.words[j] == ":":
            return j
        if s.words[j] in {",", ";"} or s.tag(j) in FINITE:
            return None
    return None


def _comma_before(s: Sentence, verb: int) -> int | None:
    """The comma that closes the report before a trailing cue: "..., sagte sie"."""
    j = verb - 1
    while j > 0 and s.tag(j) in {"ADV", "PTKNEG"}:
        j -= 1
    return j if j > 0 and s.words[j] == "," else None


def _answer_fragment(s: Sentence, comma: int) -> bool:
    """Words without a verb that open the sentence up to its first comma and are what was said
    ("Keine Ahnung, sagte er"), not an adverbial phrase ("Am Montag, sagte er, sei ...")."""
    prepositional = (s.tag(0) or "").startswith("APPR") and s.tag(1) != "ADJD"  # not "Zu früh"
    return "," not in s.words[:comma] and not prepositional


def _cluster(s: Sentence, first: int, last: int) -> bool:
    """Whether the tokens from first to last are verbs together: "gesagt hat"."""
    return all((s.tag(i) or "").startswith("V") for i in range(first, last + 1))


def _is_reported_clause(s: Sentence, first: int, past: int) -> bool:
    """A clause that reports what was said without "dass": in the subjunctive ("sie sei"), or
    a zu-infinitive ("kündigte an, erneut anzutreten")."""
    if any(s.is_subjunctive(i, conditional=True) for i in range(first, past)):
        return True
    last = next((i for i in range(first, past) if s.words[i] == ","), past) - 1
    return s.tag(last) == "VVIZU" or (last > first and s.words[last - 1].lower() == "zu")


def _is_main_verb(s: Sentence, verb: int) -> bool:
    """A finite verb, or a form that may be one ("äußern") in a sentence with no other; not the
    last verb of a relative clause ("jene, die er erzählt – ist ...")."""
    if s.tag(verb) in FINITE:
        return not s.ends_relative_clause(verb)
    return s.tag(verb) == "VVINF" and not _has_finite(s, 0, len(s))


def _has_finite(s: Sentence, first: int, past: int) -> bool:
    return any(s.tag(i) in FINITE for i in range(first, past))


def _around(
    s: Sentence,
    phrase: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int] | None,
    end: int,
) -> Report:
    """The sentence without its attribution phrase is the report."""
    before = phrase[0] - (phrase[0] > 0 and s.words[phrase[0] - 1] == ",")
    after = phrase[1] + (phrase[1] < end and s.words[phrase[1]] == ",")
    return Report(((0, before), (after, end)), cue, speaker)


def content_end(s: Sentence) -> int:
    """The sentence's tokens without its final punctuation and closing marks."""
    end = len(s)
    while end > 0 and (s.words[end - 1] in _STOPS or s.words[end - 1] in de.CLOSING_QUOTES):
        end -= 1
    return end


def _overlaps(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)
