"""`eval quotes`: quotes and speakers against files in the format of the German Wikinews
quotation data (../shared/data/quotes-wikinews): one JSON object per line, gzip or not, with
`id`, `text` and `quotes` [{`type`, `quote`, `speaker`, ...: [[begin, end], ...]}].

A gold quote is found when a predicted quote of its category covers at least half of it; a
predicted quote is right when it covers half of a gold quote of its category. The categories:
direct (gold Direct; our direct and partial quotes) and indirect (gold Indirect, FreeIndirect
and IndirectFreeIndirect; our indirect ones). `all` pairs any gold quote with any predicted one,
our reported summaries and gold Reported included. Scare quotes report no one and are not scored.
The speaker of a found quote is right when it overlaps a gold speaker span, or when both are
missing.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from presseschau.errors import InputError
from presseschau.evaluate.scores import Counts, figures
from presseschau.ingest.text import article_from_text
from presseschau.model import Quote
from presseschau.pipeline import Pipeline

Spans = tuple[tuple[int, int], ...]

GOLD_CATEGORIES = {
    "Direct": "direct",
    "Indirect": "indirect",
    "FreeIndirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "Reported": None,
}
PREDICTED_CATEGORIES = {"direct": "direct", "partial": "direct", "indirect": "indirect"}
CATEGORIES = ("direct", "indirect", "all")


@dataclass(frozen=True)
class GoldQuote:
    type: str
    parts: Spans
    speaker: Spans


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class QuoteScore:
    counts: dict[str, Counts]  # per category
    speakers_right: int
    speakers_found: int
    documents: int
    words: int

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_found if self.speakers_found else 0.0

    def as_dict(self) -> dict:
        return {
            "kind": "quotes",
            **{
                name: {**figures(c), "predicted": c.predicted, "gold": c.gold, "found": c.found}
                for name, c in self.counts.items()
            },
            "speaker": {"accuracy": self.speaker_accuracy, "found": self.speakers_found},
            "documents": self.documents,
            "words": self.words,
        }


def read_gold(path: Path) -> list[GoldDocument]:
    """The documents of a quotation file; InputError naming the line that cannot be read."""
    try:
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from exc
    documents = [
        _document(line, path, number)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]
    if not documents:
        raise InputError(str(path), "no documents in the quotation format")
    return documents


def _document(line: str, path: Path, number: int) -> GoldDocument:
    try:
        record = json.loads(line)
        quotes = tuple(
            GoldQuote(q["type"], _spans(q["quote"]), _spans(q.get("speaker") or []))
            for q in record["quotes"]
        )
        document = GoldDocument(str(record["id"]), record["text"], quotes)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"line {number}: not a quotation record ({exc})") from exc
    unknown = {q.type for q in quotes} - GOLD_CATEGORIES.keys()
    if unknown:
        raise InputError(str(path), f"line {number}: unknown quote type {sorted(unknown)[0]!r}")
    return document


def _spans(pairs: Iterable[Sequence[int]]) -> Spans:
    return tuple((int(begin), int(end)) for begin, end in pairs)


def evaluate_quotes(path: Path, pipeline: Pipeline) -> QuoteScore:
    """Scores of the pipeline's quote stage on a quotation file."""
    documents = read_gold(path)
    predicted = [pipeline(article_from_text(d.id, d.text)).quotes for d in documents]
    return score(documents, predicted)


def score(documents: Sequence[GoldDocument], predicted: Sequence[Sequence[Quote]]) -> QuoteScore:
    totals = {name: [0, 0, 0, 0] for name in CATEGORIES}  # right, predicted, gold, found
    speakers_right = speakers_found = 0
    for document, quotes in zip(documents, predicted, strict=True):
        scored = [q for q in quotes if q.kind != "scare"]
        for name in CATEGORIES:
            gold = [g for g in document.quotes if _category(GOLD_CATEGORIES[g.type], name)]
            found = [q for q in scored if _category(PREDICTED_CATEGORIES.get(q.kind), name)]
            totals[name][0] += sum(any(_covers(q.parts, g.parts) for g in gold) for q in found)
            totals[name][1] += len(found)
            totals[name][2] += len(gold)
            totals[name][3] += sum(any(_covers(q.parts, g.parts) for q in found) for g in gold)
            if name != "all":
                continue
            for g in gold:
                match = max(found, key=lambda q: _overlap(q.parts, g.parts), default=None)
                if match is not None and _covers(match.parts, g.parts):
                    speakers_found += 1
                    speakers_right += _same_speaker(match, g)
    counts = {name: Counts(*totals[name]) for name in CATEGORIES}
    words = sum(len(d.text.split()) for d in documents)
    return QuoteScore(counts, speakers_right, speakers_found, len(documents), words)


def _category(category: str | None, name: str) -> bool:
    return name == "all" or category == name


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _covers(predicted: Spans, gold: Spans) -> bool:
    """Whether the prediction overlaps at least half of the gold quote."""
    return 2 * _overlap(predicted, gold) >= sum(end - start for start, end in gold)


def _same_speaker(quote: Quote, gold: GoldQuote) -> bool:
    if quote.speaker is None or not gold.speaker:
        return quote.speaker is None and not gold.speaker
    return _overlap((quote.speaker,), gold.speaker) > 0
