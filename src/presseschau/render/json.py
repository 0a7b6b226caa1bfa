"""report.json: the versioned, documented contract (schemas/report.schema.json)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path

from presseschau import __version__
from presseschau.analysis import Analysis
from presseschau.compare.story import Story
from presseschau.errors import InputError
from presseschau.framing.outlets import outlet_profiles, per_1000
from presseschau.framing.signals import SEMEVAL
from presseschau.model import Article, Entity, Genre, Quote, Sourcing, TimeExpression
from presseschau.nlp.stages import Models
from presseschau.timeline import TimelineEntry

SCHEMA = "presseschau.report/1"


def schema_document() -> dict:
    """The JSON Schema that every report.json follows."""
    return json.loads(files("presseschau").joinpath("schemas/report.schema.json").read_text())


def article_dict(article: Article) -> dict:
    return {
        "id": article.id,
        "source": article.source,
        "sources": list(article.sources),
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "blocks": [{"start": b.start, "end": b.end, "kind": b.kind} for b in article.blocks],
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "duplicate_of": article.duplicate_of,
        "duplicate_similarity": article.duplicate_similarity,
        "notes": list(article.notes),
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
        "genre": _genre(article.genre),
        "signals": [
            {
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
                "text": article.text[s.start : s.end],
                "weight": s.weight,
                "semeval": SEMEVAL[s.kind],
            }
            for s in article.signals
        ],
        "sourcing": _sourcing(article.sourcing),
        "quality": _quality(article),
    }


def _quality(article: Article) -> dict | None:
    quality = article.quality
    if quality is None:
        return None
    return {
        "slips": [
            {"kind": s.kind, "start": s.start, "end": s.end, "text": article.text[s.start : s.end]}
            for s in quality.slips
        ],
        "slips_per_1000_words": per_1000(len(quality.slips), quality.words),
        "words": quality.words,
        "boilerplate_share": quality.boilerplate_share,
        "byline": quality.byline,
        "dated": quality.dated,
    }


def _genre(genre: Genre | None) -> dict | None:
    if genre is None:
        return None
    return {"label": genre.label, "confidence": genre.confidence, "cues": list(genre.cues)}


def _sourcing(sourcing: Sourcing | None) -> dict | None:
    if sourcing is None:
        return None
    return {
        "statements": sourcing.statements,
        "attributed": sourcing.attributed,
        "named": sourcing.named,
        "anonymous": sourcing.anonymous,
        "voices": dict(sourcing.voices),
        "sides": dict(sourcing.sides),
    }


def entity_dict(entity: Entity) -> dict:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "mentions": [
            {"article": m.article, "start": m.start, "end": m.end} for m in entity.mentions
        ],
    }


def quote_dict(article: Article, quote: Quote, entity_at: dict) -> dict:
    """A quote with its speaker: `speaker` is the entity id of the first person the speaker
    phrase names or stands for, `speakers` all of them."""
    speakers = [entity_at.get((article.id, *source)) for source in quote.sources]
    speakers = [e for e in speakers if e is not None]
    speaker_start, speaker_end = quote.speaker or (None, None)
    return {
        "article": article.id,
        "start": quote.start,
        "end": quote.end,
        "parts": [{"start": start, "end": end} for start, end in quote.parts],
        "text": " … ".join(article.text[start:end] for start, end in quote.parts),
        "kind": quote.kind,
        "speaker": speakers[0].id if speakers else None,
        "speakers": list(dict.fromkeys(e.id for e in speakers)),
        "speaker_name": speakers[0].name if speakers else None,
        "speaker_text": article.text[speaker_start:speaker_end] if quote.speaker else None,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "cue": quote.cue,
        "anonymous": quote.anonymous,
    }


def time_dict(article: Article, time: TimeExpression) -> dict:
    return {
        "article": article.id,
        "start": time.start,
        "end": time.end,
        "text": article.text[time.start : time.end],
        "value": time.value,
        "type": time.type,
        "anchor": time.anchor,
        "mod": time.mod,
        "begin": time.begin,
        "vague": time.vague,
    }


def timeline_dict(entry: TimelineEntry) -> dict:
    return {
        "value": entry.value,
        "text": entry.text,
        "sentences": [{"article": a, "start": s, "end": e} for a, s, e in entry.sentences],
        "articles": entry.articles,
    }


def story_dicts(story: Story) -> dict:
    """The story, its claims, synopsis and omissions, as report.json lists them."""
    return {part: make(story) for part, make in STORY_PARTS.items()}


def story_dict(story: Story) -> dict:
    return {
        "id": story.id,
        "label": story.label,
        "articles": list(story.articles),
        "first": story.first,
        "last": story.last,
    }


def _claims(story: Story) -> list[dict]:
    return [
        {
            "id": c.id,
            "story": story.id,
            "text": c.text,
            "status": c.status,
            "independent_outlets": len(c.outlets),
            "outlets": list(c.outlets),
            "support": [
                {"article": s.article, "start": s.start, "end": s.end} for s in c.statements
            ],
            "conflicts": [
                {
                    "unit": conflict.unit,
                    "values": [
                        {"value": v, "article": s.article, "start": s.start, "end": s.end}
                        for v, s in conflict.values
                    ],
                }
                for conflict in c.conflicts
            ],
        }
        for c in story.claims
    ]


def _synopsis(story: Story) -> list[dict]:
    return [
        {"story": story.id, "text": s.text, "cites": list(s.cites), "claim": s.claim}
        for s in story.synopsis
    ]


def _omissions(story: Story) -> list[dict]:
    return [
        {
            "story": story.id,
            "outlet": o.outlet,
            "articles": list(o.articles),
            "claims_left_out": list(o.claims_left_out),
            "people_left_out": list(o.people_left_out),
            "quoted_left_out": list(o.quoted_left_out),
            "only_here": list(o.only_here),
        }
        for o in story.omissions
    ]


STORY_PARTS = {
    "story": story_dict,
    "claims": _claims,
    "synopsis": _synopsis,
    "omissions": _omissions,
}


class Listed:
    """One of report.json's lists, made item by item from the articles' shelf each time it is
    read: a report of many articles is written without being held in memory."""

    def __init__(self, items: Callable[[], Iterator[dict]], count: int | None = None) -> None:
        self.items, self.count = items, count

    def __iter__(self) -> Iterator[dict]:
        return self.items()

    def __len__(self) -> int:
        return sum(1 for _ in self.items()) if self.count is None else self.count


def build_report(
    analysis: Analysis, failures: Iterable[InputError] = (), models: Models | None = None
) -> dict:
    """report.json as a dict whose lists of articles, quotes and times are `Listed`; with the
    models of the language stages where they are known."""
    shelf = analysis.articles
    generator: dict = {"name": "presseschau", "version": __version__}
    if models is not None:
        generator["models"] = {"ner": models.ner, "genre": models.genre or "shipped"}
    return {
        "schema": SCHEMA,
        "generator": generator,
        "articles": Listed(lambda: (article_dict(a) for a in shelf), len(shelf)),
        "entities": [entity_dict(e) for e in analysis.entities],
        "quotes": Listed(lambda: (quote for a in shelf for quote in _quotes(a, analysis))),
        "times": Listed(lambda: (time_dict(a, t) for a in shelf for t in a.times)),
        "timeline": [timeline_dict(e) for e in analysis.timeline],
        **_stories(analysis),
        "outlets": [dataclasses.asdict(p) for p in outlet_profiles(shelf)],
        "failures": [{"source": f.source, "problem": f.problem} for f in failures],
    }


def _quotes(article: Article, analysis: Analysis) -> Iterator[dict]:
    entity_at = analysis.entity_at(article.id)
    return (quote_dict(article, q, entity_at) for q in article.quotes)


def _stories(analysis: Analysis) -> dict:
    """The stories, and the claims, synopses and omissions of all stories, each list read
    from the shelf as it is written."""
    stories = analysis.stories

    def each(part: str) -> Listed:
        make = STORY_PARTS[part]
        return Listed(lambda: (item for story in stories for item in make(story)))

    return {
        "stories": Listed(lambda: (story_dict(s) for s in stories), len(stories)),
        "claims": each("claims"),
        "synopsis": each("synopsis"),
        "omissions": each("omissions"),
    }


def write_json(report: dict, path: Path) -> None:
    """Write the report a value at a time, a `Listed` list an item at a time."""
    # Compact: with indentation the json module falls back to its pure-Python encoder, which
    # took 7 of the 11 s of writing the report of 1,000 articles (`python -m json.tool` or
    # `jq .` indent it for reading).
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with path.open("w", encoding="utf-8") as f:
        for n, (key, value) in enumerate(report.items()):
            f.write(("{" if n == 0 else ",") + encode(key) + ":")
            if isinstance(value, Listed):
                f.write("[")
                for i, item in enumerate(value):
                    f.write(("," if i else "") + encode(item))
                f.write("]")
            else:
                f.write(encode(value))
        f.write("}\n")
