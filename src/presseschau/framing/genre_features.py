"""What the genre model reads of an article: how often the writer uses the cues of each genre.

Opinion shows in first person, particles of judgement ("natürlich", "leider"), what ought to
be ("muss", "sollte"), rhetorical questions, exclamations and loaded words; analysis in
connectives that explain and weigh ("weil", "allerdings") and in the writer's estimates of
what is likely ("dürfte", "wohl"); reporting in attributed statements, quotations, numbers and
the past tense. Word cues are counted in the writer's own voice, outside what others said, per
100 of the writer's words; the rest describe the whole article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from presseschau.framing.voice import spoken
from presseschau.model import Article, Signal, Sourcing
from presseschau.nlp import de
from presseschau.nlp.clauses import FINITE
from presseschau.spans import inside

LOADED_KINDS = frozenset({"label", "loaded_word", "intensifier", "fear", "scare_quote"})
VAGUE_KINDS = frozenset({"hedge", "generalisation", "whataboutism"})
# Counted in the writer's own words, per 100 of them.
WORD_CUES = (
    "first person singular",
    "first person plural",
    "reader addressed",
    "judging particle",
    "ought",
    "likely",
    "explaining",
    "generic man",
    "negation",
    "adverbs",
    "predicative adjectives",
    "rhetorical questions",
    "exclamations",
    "loaded words",
    "vague words",
)
# Describing the whole article. Not the density of names nor the length of sentences: they
# follow how a source is typed and split (an archive's paragraphs run together) more than its
# genre, and scored worse on the development set with them.
TEXT_CUES = (
    "attributed share",
    "quotations",
    "reported speech",
    "numbers",
    "past tense share",
)
FEATURES = WORD_CUES + TEXT_CUES


@dataclass(frozen=True)
class Reading:
    """What the genre model reads of an article: the lemmas of the writer's own words, the cue
    counts and the features made of them."""

    lemmas: Counter
    counts: Counter
    features: dict[str, float]


def reading(article: Article, signals: list[Signal], sourcing: Sourcing) -> Reading:
    others = spoken(article)
    counts = cue_counts(article, signals, others)
    return Reading(own_lemmas(article, others), counts, genre_features(counts, article, sourcing))


def genre_features(counts: Counter, article: Article, sourcing: Sourcing) -> dict[str, float]:
    """Each feature of FEATURES, by name, from the article's `cue_counts`."""
    own_words, words = max(1, counts["own words"]), max(1, counts["words"])
    found = {cue: 100 * counts[cue] / own_words for cue in WORD_CUES}
    direct = sum(q.kind in ("direct", "partial") for q in article.quotes)
    reported = sum(q.kind in ("indirect", "reported") for q in article.quotes)
    statements, finite = sourcing.statements, counts["finite verbs"]
    return found | {
        "attributed share": sourcing.attributed / statements if statements else 0.0,
        "quotations": 100 * direct / words,
        "reported speech": 100 * reported / words,
        "numbers": 100 * counts["numbers"] / words,
        "past tense share": counts["past verbs"] / finite if finite else 0.0,
    }


def own_lemmas(article: Article, others: list[tuple[int, int]]) -> Counter:
    """The lemmas of the writer's own words (outside `others`, what others said), names left
    out: the words of a genre ("Fazit", "gelungen", "kritisierte") rather than of a story."""
    text = article.text
    return Counter(
        (token.lemma or text[token.start : token.end]).lower()
        for token in article.tokens
        if text[token.start].isalpha() and token.pos != "NE" and not inside(others, token.start)
    )


def cue_counts(article: Article, signals: list[Signal], others: list[tuple[int, int]]) -> Counter:
    """How often each cue occurs (word cues in the writer's own voice, outside `others`), with
    the counts of words, the writer's own words and finite verbs they are measured against."""
    counts = Counter(_word_cues(article, others))
    counts.update(_exclamations(article, others))
    counts["loaded words"] = sum(s.kind in LOADED_KINDS for s in signals)
    counts["rhetorical questions"] = sum(s.kind == "rhetorical_question" for s in signals)
    counts["vague words"] = sum(s.kind in VAGUE_KINDS for s in signals)
    return counts


def _word_cues(article: Article, others: list[tuple[int, int]]):
    sentence_starts = {s.start for s in article.sentences}
    text = article.text
    for token in article.tokens:
        word = text[token.start : token.end]
        if not word[0].isalnum():
            continue
        yield "words"
        if token.pos == "CARD" or word[0].isdigit():
            yield "numbers"
        if token.pos in FINITE:
            yield "finite verbs"
            if _past(word, token.lemma):
                yield "past verbs"
        if inside(others, token.start):
            continue
        yield "own words"
        cue = _cue(word, token.lemma or "", token.pos or "", token.start in sentence_starts)
        if cue:
            yield cue


def _cue(word: str, lemma: str, pos: str, starts_sentence: bool) -> str | None:
    lower = word.lower()
    if lower in de.FIRST_PERSON_SINGULAR:
        return "first person singular"
    if lower in de.FIRST_PERSON:
        return "first person plural"
    if word in de.READER_WORDS and not starts_sentence:
        return "reader addressed"
    if lower in de.JUDGING_PARTICLES:
        return "judging particle"
    if lower in de.EPISTEMIC_WORDS:
        return "likely"
    if lemma.lower() in de.OUGHT_VERBS:
        return "ought"
    if lower in de.EXPLAINING_WORDS:
        return "explaining"
    if lower == "man":
        return "generic man"
    if lower in de.NEGATIONS:
        return "negation"
    if pos == "ADV":
        return "adverbs"
    if pos == "ADJD":
        return "predicative adjectives"
    return None


def _past(word: str, lemma: str | None) -> bool:
    """A finite verb in the past: a listed form, or a weak verb's stem with -te ("sagte")."""
    lower = word.lower()
    if lower in de.PAST_FORMS:
        return True
    stem = (lemma or "").lower().removesuffix("n").removesuffix("e")
    return bool(stem) and lower.startswith(stem) and lower[len(stem) :] in ("te", "ten", "tet")


def _exclamations(article: Article, others: list[tuple[int, int]]):
    for sentence in article.sentences:
        if inside(others, sentence.start) or article.in_heading(sentence.start):
            continue
        if article.text[sentence.start : sentence.end].rstrip("\"“”«»' ").endswith("!"):
            yield "exclamations"
