"""The story's timeline: the dates its articles name, in time order, each with the sentences
(and so the outlets) that date something to it.

A date the text names or that its publication date fixes is placed by its value; an anchored
duration ("seit 24 Jahren") by the point it starts from. Relative expressions that no date
fixes ("am Mittwoch" in an undated article) are kept at the end, grouped by their words, so that
a reader still sees which outlets name the same day.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from presseschau.model import Article, TimeExpression

# Values that place nothing on a timeline: vague references.
_VAGUE = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


@dataclass
class TimelineEntry:
    value: str | None  # None: a relative expression no date fixes
    texts: Counter = field(default_factory=Counter)
    sentences: list[tuple[str, int, int]] = field(default_factory=list)  # (article, start, end)

    @property
    def text(self) -> str:
        return self.texts.most_common(1)[0][0]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(article for article, _, _ in self.sentences))


def timeline(articles: Iterable[Article]) -> list[TimelineEntry]:
    entries: dict[tuple[str | None, str], TimelineEntry] = {}
    for article in articles:
        starts = [s.start for s in article.sentences]
        for time in article.times:
            point = _point(time)
            words = " ".join(article.text[time.start : time.end].split())
            if point is None and (time.type != "date" or time.vague):
                continue
            key = (point, "" if point else words.lower())
            entry = entries.setdefault(key, TimelineEntry(point))
            entry.texts[words] += 1
            sentence = _sentence(article, starts, time)
            if sentence not in entry.sentences:
                entry.sentences.append(sentence)
    dated = sorted((e for e in entries.values() if e.value), key=lambda e: _order(e.value))
    undated = sorted((e for e in entries.values() if not e.value), key=lambda e: e.text)
    return dated + undated


def _point(time: TimeExpression) -> str | None:
    """Where the expression sits on the timeline: its date, its start for "seit ...", or None."""
    if time.type == "duration":
        return time.begin
    if time.value is None or time.value.startswith(_VAGUE) or time.vague:
        return None
    if time.value.startswith(("P", "T")):
        return None
    return time.value.split("T")[0]


def _order(value: str) -> tuple[int, str]:
    """BC years before the others, then the ISO text, which sorts by time."""
    if value.startswith("BC"):
        return -int(value[2:6]), value
    return 0, value.ljust(10, "0")


def _sentence(article: Article, starts: list[int], time: TimeExpression) -> tuple[str, int, int]:
    index = bisect_right(starts, time.start) - 1
    if index < 0:
        return article.id, time.start, time.end
    sentence = article.sentences[index]
    return article.id, sentence.start, sentence.end
