"""Where the writer speaks: outside other people's quotations and outside headings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from presseschau.model import Article
from presseschau.nlp import de

# A speaker's label opening a sentence of a transcript: "STANDARD:", "Mahrer:", "DER MANN
# (nickt):". One to three capitalised words, an optional stage direction, a colon.
SPEAKER_LABEL = re.compile(r"([A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,2})(?: \([^)\n]{1,40}\))?:\s")


def quoted(article: Article) -> list[tuple[int, int]]:
    """The stretches of other people's words: direct and partial quotes, sorted."""
    return sorted(p for q in article.quotes if q.kind in ("direct", "partial") for p in q.parts)


def spoken(article: Article) -> list[tuple[int, int]]:
    """The stretches of what others said, quoted, in indirect and reported speech or in the
    turns of an interview, sorted (and merged where they overlap): the writer's own voice is
    the rest."""
    merged: list[tuple[int, int]] = []
    parts = sorted(
        [*(p for q in article.quotes if q.kind != "scare" for p in q.parts), *turns(article)]
    )
    for start, end in parts:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def turns(article: Article) -> list[tuple[int, int]]:
    """The speakers' turns of an interview or dialogue: each from its label to the next one or
    the end of the text. A transcript has at least two speakers with two turns each; the labels
    of a list of questions and answers that the writer sets ("Frage:", "Antwort:") are no
    speakers, nor is a label used once ("Fazit:")."""
    text = article.text
    labelled = [
        (found.start(), found.end(), found.group(1))
        for sentence in article.sentences
        if (found := SPEAKER_LABEL.match(text, sentence.start))
        and found.group(1).lower() not in de.QUESTION_AND_ANSWER_LABELS
        and not in_heading(article, sentence.start)
    ]
    counts = Counter(label for _, _, label in labelled)
    speakers = {label for label, n in counts.items() if n >= 2}
    if len(speakers) < 2:
        return []
    turned = [(start, end) for start, end, label in labelled if label in speakers]
    stops = [start for start, _ in turned[1:]] + [len(text)]
    return [(end, stop) for (_, end), stop in zip(turned, stops, strict=True)]


def inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` lies in one of the sorted, non-overlapping spans."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def in_heading(article: Article, offset: int) -> bool:
    return any(b.start <= offset < b.end for b in article.blocks if b.kind in ("title", "heading"))
