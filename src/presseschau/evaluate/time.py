"""`eval time`: temporal expressions against TIMEX2 files laid out like
../shared/data/wikiwars-de: `keyinline/NAME.key.xml` holds each document's text with inline
<TIMEX2 val="..."> tags and its creation date in <DATETIME>.

A predicted expression matches a gold one when their spans overlap; span precision, recall and
F1 count matches. Value accuracy is the share of matched gold expressions whose value is the
gold `val` exactly. The documents are narratives (Wikipedia), so they are read in narrative mode.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from presseschau.errors import InputError
from presseschau.evaluate.scores import Counts, figures
from presseschau.nlp.time_values import NARRATIVE
from presseschau.nlp.times import time_expressions

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DATETIME = re.compile(r"<DATETIME>.*?(\d{4}-\d{2}-\d{2}[T\d:]*).*?</DATETIME>", re.S)
_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")
_VAL = re.compile(r'\bval="([^"]*)"')


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class TimeDocument:
    name: str
    text: str
    created: str | None
    gold: tuple[GoldTime, ...]


@dataclass(frozen=True)
class TimeScore:
    spans: Counts
    values_right: int
    documents: int
    words: int

    @property
    def value_accuracy(self) -> float:
        matched = self.spans.found or 0
        return self.values_right / matched if matched else 0.0

    def as_dict(self) -> dict:
        return {
            "kind": "time",
            "span": {
                **figures(self.spans),
                "predicted": self.spans.predicted,
                "gold": self.spans.gold,
            },
            "value": {"accuracy": self.value_accuracy, "matched": self.spans.found},
            "documents": self.documents,
            "words": self.words,
        }


def read_documents(folder: Path) -> list[TimeDocument]:
    """The documents of `folder/keyinline`; InputError naming the file that cannot be read."""
    files = sorted((folder / "keyinline").glob("*.xml")) if folder.is_dir() else []
    if not files:
        raise InputError(str(folder), "no keyinline/*.xml files (the WikiWarsDE layout)")
    return [_document(path) for path in files]


def _document(path: Path) -> TimeDocument:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    body = _TEXT.search(raw)
    if body is None:
        raise InputError(str(path), "no <TEXT> element")
    created = _DATETIME.search(raw)
    text, gold = _strip(body.group(1), path)
    return TimeDocument(path.stem, text, created.group(1) if created else None, tuple(gold))


def _strip(tagged: str, path: Path) -> tuple[str, list[GoldTime]]:
    """The text without its TIMEX2 tags, and the tags as spans of that text (outer ones)."""
    pieces, gold, open_tags, position = [], [], [], 0
    length = 0
    for tag in _TAG.finditer(tagged):
        piece = html.unescape(tagged[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(1):
            if not open_tags:
                raise InputError(str(path), f"a TIMEX2 closed but never opened at {tag.start()}")
            start, value = open_tags.pop()
            if not open_tags:
                gold.append(GoldTime(start, length, value))
        else:
            val = _VAL.search(tag.group(2))
            open_tags.append((length, val.group(1) if val else ""))
    pieces.append(html.unescape(tagged[position:]))
    return "".join(pieces), gold


def evaluate_time(folder: Path) -> TimeScore:
    documents = read_documents(folder)
    right = predicted = gold = found = values = 0
    for document in documents:
        times = time_expressions(document.text, document.created, NARRATIVE)
        predicted += len(times)
        gold += len(document.gold)
        right += sum(any(_overlap(t, g) for g in document.gold) for t in times)
        for g in document.gold:
            match = next((t for t in times if _overlap(t, g)), None)
            if match is not None:
                found += 1
                values += match.value == g.value
    words = sum(len(d.text.split()) for d in documents)
    return TimeScore(Counts(right, predicted, gold, found), values, len(documents), words)


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end
