"""The comparison of one story: its claims, a synopsis that cites every sentence, and what
each outlet leaves out or says alone.

The synopsis is extractive: one statement per claim, claims chosen by the number of independent
outlets behind them (then by the number of statements); questions, headlines, judgements and
quotations never; a disputed claim marked as disputed. Every sentence cites all articles of
its claim.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from presseschau.compare.align import groups
from presseschau.compare.claims import Claim, claims
from presseschau.compare.statements import Statement, statements
from presseschau.compare.stories import StoryGroup, story_key
from presseschau.model import Article, Entity, mention_index

SYNOPSIS_SENTENCES = 8
LABEL_ENTITIES = 3


@dataclass(frozen=True)
class Sentence:
    text: str
    cites: tuple[str, ...]  # article ids
    claim: str


@dataclass(frozen=True)
class Omissions:
    outlet: str
    articles: tuple[str, ...]
    claims_left_out: tuple[str, ...]  # corroborated claims the outlet does not make
    people_left_out: tuple[str, ...]  # people named by two or more other outlets
    quoted_left_out: tuple[str, ...]  # people quoted by two or more other outlets
    only_here: tuple[str, ...]  # claims only this outlet makes


@dataclass(frozen=True)
class Story:
    id: str
    label: str
    articles: tuple[str, ...]
    first: str | None  # the first and last publication day, ISO, where known
    last: str | None
    claims: tuple[Claim, ...]
    synopsis: tuple[Sentence, ...]
    omissions: tuple[Omissions, ...]


def compare(
    articles: Sequence[Article],
    entities: Sequence[Entity],
    group: StoryGroup | None = None,
    found: Sequence[Statement] | None = None,
) -> Story:
    """The comparison of articles that tell one story; `entities` are those named in them,
    `group` what clustering found of the story (its id, words and days), `found` their
    statements where they were made before (the articles may then lack their tokens)."""
    story_id = group.id if group else story_key([a.id for a in articles])
    found = statements(articles) if found is None else found
    story_claims = _lean(claims(found, groups(found), articles, f"{story_id}-claim"))
    first, last = (group.first, group.last) if group else (None, None)
    return Story(
        story_id,
        _label(articles, entities, group.terms if group else ()),
        tuple(a.id for a in articles),
        first.isoformat() if first else None,
        last.isoformat() if last else None,
        story_claims,
        tuple(_synopsis(story_claims)),
        tuple(_omissions(articles, story_claims, entities)),
    )


def _lean(story_claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The claims without their statements' signals: they did their work in the grouping, and
    they are most of the memory a story keeps for the report."""
    lean: dict[int, Statement] = {}

    def of(statement: Statement) -> Statement:
        found = lean.get(id(statement))
        if found is None:
            found = lean[id(statement)] = dataclasses.replace(statement, features=frozenset())
        return found

    return tuple(
        dataclasses.replace(
            claim,
            statements=tuple(map(of, claim.statements)),
            conflicts=tuple(
                dataclasses.replace(c, values=tuple((v, of(st)) for v, st in c.values))
                for c in claim.conflicts
            ),
        )
        for claim in story_claims
    )


def _label(articles: Sequence[Article], entities: Sequence[Entity], terms: Sequence[str]) -> str:
    """The story's most mentioned entities, then its most weighted words."""
    ids = {a.id for a in articles}
    counted = sorted(entities, key=lambda e: -sum(m.article in ids for m in e.mentions))
    return ", ".join([*(e.name for e in counted[:LABEL_ENTITIES]), *terms])


def _synopsis(story_claims: Sequence[Claim]) -> list[Sentence]:
    reports = [c for c in story_claims if not c.opinion]
    chosen = [c for c in reports if len(c.outlets) > 1][:SYNOPSIS_SENTENCES]
    if not chosen:
        chosen = reports[:SYNOPSIS_SENTENCES]
    sentences = []
    for claim in chosen:
        text = claim.text
        if claim.status == "disputed":
            units = ", ".join("Datum" if c.unit == "date" else c.unit for c in claim.conflicts)
            text = f"{text} (umstritten: die Angaben zu {units} weichen voneinander ab)"
        sentences.append(Sentence(text, tuple(claim.articles), claim.id))
    return sentences


def _omissions(
    articles: Sequence[Article], story_claims: Sequence[Claim], entities: Sequence[Entity]
) -> list[Omissions]:
    """Per outlet (or article, where the outlet is unknown): the corroborated claims, people
    and quoted people of the story it leaves out, and the claims only it makes."""
    outlet_of = {a.id: a.outlet or a.id for a in articles}
    entity_at = mention_index(entities)
    named: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type == "PER":
            named[entity.name] = {outlet_of[m.article] for m in entity.mentions}
    quoted: dict[str, set[str]] = {}
    for article in articles:
        for quote in article.quotes:
            for start, end in quote.sources:
                entity = entity_at.get((article.id, start, end))
                if entity is not None and entity.type == "PER":
                    quoted.setdefault(entity.name, set()).add(outlet_of[article.id])
    result = []
    for outlet in dict.fromkeys(outlet_of.values()):
        own = [c for c in story_claims if outlet in {outlet_of[a] for a in c.articles}]
        result.append(
            Omissions(
                outlet,
                tuple(a.id for a in articles if outlet_of[a.id] == outlet),
                tuple(c.id for c in story_claims if c.status != "single-source" and c not in own),
                tuple(name for name, o in named.items() if outlet not in o and len(o) >= 2),
                tuple(name for name, o in quoted.items() if outlet not in o and len(o) >= 2),
                tuple(c.id for c in own if len(c.outlets) == 1),
            )
        )
    return result
