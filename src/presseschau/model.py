"""Frozen value objects: what readers produce and what the pipeline stores and reports.

Every annotation layer of an `Article` is a tuple of spans given as character offsets
(Python str code points) into `Article.text`, never as copied strings.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

BLOCK_KINDS = ("title", "heading", "paragraph")
HEADING_KINDS = frozenset({"title", "heading"})


@dataclass(frozen=True)
class Paragraph:
    """One block of raw text as a reader found it, before cleaning."""

    text: str
    kind: str = "paragraph"  # "heading" where the source marks it, e.g. an HTML <h2>


@dataclass(frozen=True)
class Document:
    """What a reader yields for one article: raw paragraphs plus whatever metadata it had."""

    source: str  # path or URL; a container's entry is "container#key"
    paragraphs: tuple[Paragraph, ...]
    id: str | None = None  # an id the input itself gives (JSON Lines `id`)
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, only when the input states it
    site: str | None = None  # the outlet's name as the input's metadata gives it
    url: str | None = None
    notes: tuple[str, ...] = ()  # things a user should know, e.g. a fallback decoding


@dataclass(frozen=True)
class Removal:
    """A line the cleaner took out of the text, kept with the reason so it can be audited."""

    text: str
    reason: str


@dataclass(frozen=True)
class Block:
    """A heading or paragraph of the cleaned text, as offsets into `Article.text`."""

    start: int
    end: int
    kind: str  # one of BLOCK_KINDS


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Article.text`, e.g. a sentence."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark of `Article.text`, with its lemma and part of speech (STTS)."""

    start: int
    end: int
    lemma: str | None = None
    pos: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity where the text names it; type is PER, ORG, LOC or MISC."""

    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone is reported as saying, where the text gives it.

    kind is direct, partial (a few quoted words inside a sentence), indirect (reported speech),
    reported (a statement summarised without its words) or scare (quote marks that report no
    one). A quote interrupted by its attribution („…“, sagte sie, „…“) has several parts.
    """

    parts: tuple[tuple[int, int], ...]
    kind: str
    cue: str | None = None  # the words that report it: "sagte", "laut", "so"
    speaker: tuple[int, int] | None = None  # where the text names the speaker: "er", "Anna Meier"
    # The name mentions the speaker refers to: "er" -> the person named before; two for "Anna
    # Meier und Jan Berg".
    sources: tuple[tuple[int, int], ...] = ()
    anonymous: bool = False  # the speaker is not named: "hieß es", "sagen manche"

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression and its value: ISO 8601 ("2024-06-19", "2024-06", "2024-W25"),
    a TIMEX2 code ("P24Y", "1914-07-30TMO", "PAST_REF") or None where the text gives no
    value without guessing."""

    start: int
    end: int
    type: str  # date, time, duration or set
    value: str | None
    anchor: str  # publication (read against it), absolute (the text says it) or none
    mod: str | None = None  # APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE
    begin: str | None = None  # where an anchored duration starts: "seit 24 Jahren" -> 2000
    vague: bool = False


@dataclass(frozen=True, slots=True)
class Signal:
    """A cue of loaded language or persuasion where the text has it: scare_quote, label,
    intensifier, hedge, fear, whataboutism, generalisation, loaded_word, rhetorical_question."""

    start: int
    end: int
    kind: str
    weight: float


@dataclass(frozen=True)
class Genre:
    """Reporting, analysis, opinion or satire, how sure, and the cues behind it."""

    label: str
    confidence: float
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Slip:
    """A flaw of the text where it is: an unknown_word (not in the German word list, nor a
    compound of its words), a foreign_words run, a doubled_word."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Quality:
    """How well made the text is: its slips, the share of the input the cleaner removed as web
    leftovers, and whether it states a byline and a date."""

    slips: tuple[Slip, ...]
    words: int
    boilerplate_share: float
    byline: bool
    dated: bool


@dataclass(frozen=True)
class Sourcing:
    """Who the article lets speak: its statements and how many are attributed, and its
    sources by kind."""

    statements: int
    attributed: int
    named: int  # quotes with a named speaker
    anonymous: int  # quotes of unnamed sources: "sagen manche", "aus Regierungskreisen"
    voices: tuple[tuple[str, int], ...]  # (official, expert, media, other) -> quotes
    sides: tuple[tuple[str, int], ...] = ()  # the side a speaker speaks for -> quotes


@dataclass(frozen=True, slots=True)
class EntityMention:
    """Where an entity is named: an article and offsets into its text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """One person, place, organisation or other named thing across all articles."""

    id: str
    name: str  # the canonical name
    type: str  # PER, ORG, LOC or MISC
    aliases: tuple[str, ...]  # the other ways the articles write it
    roles: tuple[str, ...]  # offices and professions the articles give a person
    mentions: tuple[EntityMention, ...]


def mention_index(entities: Iterable[Entity]) -> dict[tuple[str, int, int], Entity]:
    """Each mention's entity, by (article, start, end)."""
    return {(m.article, m.start, m.end): e for e in entities for m in e.mentions}


# A mention with the entity it names.
MentionOf = tuple[EntityMention, Entity]


def mentions_by_article(
    entities: Iterable[Entity],
) -> dict[str, list[tuple[EntityMention, Entity]]]:
    """Each article's mentions with their entities, entity by entity in the order given."""
    found: dict[str, list[tuple[EntityMention, Entity]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            found.setdefault(mention.article, []).append((mention, entity))
    return found


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata and annotation layers."""

    id: str
    source: str
    text: str
    content_hash: str
    sources: tuple[str, ...] = ()  # every input this exact text came from, `source` first
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    blocks: tuple[Block, ...] = ()
    removed: tuple[Removal, ...] = ()
    duplicate_of: str | None = None  # the article this one nearly copies
    duplicate_similarity: float | None = None
    notes: tuple[str, ...] = field(default=())
    # Layers of the language stages (nlp/); computed when an article is analysed.
    sentences: tuple[Span, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    genre: Genre | None = None
    signals: tuple[Signal, ...] = ()
    sourcing: Sourcing | None = None
    quality: Quality | None = None

    def in_heading(self, offset: int) -> bool:
        """Whether `offset` lies in the title or a heading."""
        return any(b.start <= offset < b.end for b in self.blocks if b.kind in HEADING_KINDS)

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that begin from `start` up to `end` (a sentence's, say)."""
        first = bisect_left(self.tokens, start, key=lambda t: t.start)
        past = bisect_left(self.tokens, end, key=lambda t: t.start)
        return self.tokens[first:past]
