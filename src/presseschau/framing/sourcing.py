"""Who an article lets speak: how many of its statements are attributed to a source, and its
sources, named or anonymous, by kind of voice (officials, experts, media, others) and by the
side they speak for (a country or an alliance, where the text says it)."""

from __future__ import annotations

from collections import Counter

from presseschau.framing.sides import Sides
from presseschau.model import Article, Sourcing
from presseschau.nlp import de

VOICES = (*de.VOICE_WORDS, "other")


def sourcing(article: Article) -> Sourcing:
    statements = [s for s in article.sentences if not article.in_heading(s.start)]
    quotes = [q for q in article.quotes if q.kind != "scare"]
    spans = [p for q in quotes for p in q.parts]
    attributed = sum(any(a < s.end and s.start < b for a, b in spans) for s in statements)
    speakers = Sides(article)
    voices = Counter(_voice(speakers.phrases(q)) for q in quotes if not q.anonymous and q.speaker)
    sides = Counter(speakers.of(q) for q in quotes if not q.anonymous)
    sides.pop(None, None)
    return Sourcing(
        statements=len(statements),
        attributed=attributed,
        named=sum(bool(q.sources) and not q.anonymous for q in quotes),
        anonymous=sum(q.anonymous for q in quotes),
        voices=tuple((kind, voices[kind]) for kind in VOICES),
        sides=tuple(sides.most_common()),
    )


def _voice(phrases: list[str]) -> str:
    """The kind of voice that the first of the speaker's phrases to name one names:
    "Außenministerin Anna Meier" is official, "der Experte" an expert."""
    for phrase in phrases:
        words = [w.lower().strip(".,") for w in phrase.replace("-", " ").split()]
        for kind, nouns in de.VOICE_WORDS.items():
            if any(w.endswith(nouns) for w in words):
                return kind
    return "other"
