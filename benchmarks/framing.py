"""Framing: genre accuracy and signal precision on four hand-made sets, and the stage's speed.

    python benchmarks/framing.py

The sets hold German articles (the example corpus, 10kGNAD rows, German Wikinews) with a genre
and spans of loaded language written by hand before anything was run on them:
benchmarks/data/framing-de.json (53 articles, spans of the striking cues only) was used to
develop the framing stage and set its lexicon and rules, so its figures are development
figures, and so are those of benchmarks/data/framing-de-dev2.json (80 more 10kGNAD articles,
every span annotated by four further annotators, added to tune on more than 53 articles);
benchmarks/data/framing-de-heldout.json (54 articles, every span annotated) was made
later by two annotators who saw no framing code, and nothing was fitted to it; nor to
benchmarks/data/framing-de-heldout2.json (47 random 10kGNAD articles, mostly reports, every
span annotated by three more annotators after the rules were written). Four more
annotators, blind to the first annotation and to the code, labelled both sets again
(benchmarks/data/framing-de-second.json, every span): against it the benchmark prints the
signal precision once more and how far the two annotations agree; two more labelled the
genres of the second development set again. The genre model is trained
on none of them (scripts/train_genre.py). The example articles are read as `ingest`
cleans them; the others as their text. A predicted signal is right when it overlaps a hand-made
span (of any kind, and apart, of the same kind). Speed: the framing stage alone over the 1,028
GNAD articles, already through the other language stages, and the slips of spelling and
translation it finds there.
"""

from __future__ import annotations

import gzip
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from gnad import gnad_texts

from presseschau.framing.stage import FramingStage
from presseschau.ingest.ingestor import Ingestor
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline
from presseschau.settings import Settings
from presseschau.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "development set": ROOT / "benchmarks" / "data" / "framing-de.json",
    "second development set": ROOT / "benchmarks" / "data" / "framing-de-dev2.json",
    "held-out set": ROOT / "benchmarks" / "data" / "framing-de-heldout.json",
    "second held-out set": ROOT / "benchmarks" / "data" / "framing-de-heldout2.json",
}
SECOND = ROOT / "benchmarks" / "data" / "framing-de-second.json"


def articles(gold: list[dict]) -> dict:
    """The articles of the set, by id, as plain (not yet annotated) articles."""
    gnad = gnad_texts(1028)
    wikinews = {}
    for split in ("dev", "train"):
        with gzip.open(SHARED / "data" / "quotes-wikinews" / f"{split}.jsonl.gz", "rt") as f:
            wikinews |= {str(r["id"]): r["text"] for r in map(json.loads, f)}
    found = {}
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "x.db") as store:
        Ingestor(store, Settings(offline=True, progress=False)).ingest(
            [str(SHARED / "corpus" / "putin-kim-2024")]
        )
        example = {a.id: a for a in store.articles()}
    for item in gold:
        name = item["id"]
        if name.startswith("gnad-"):
            found[name] = article_from_text(name, gnad[int(name[5:])])
        elif name.startswith("wikinews-"):
            found[name] = article_from_text(name, wikinews[name[9:]])
        else:
            found[name] = example[name]
    return found


def gold_spans(text: str, signals: list[dict]) -> list[tuple[int, int, str]]:
    spans = []
    for signal in signals:
        start = -1
        for _ in range(signal["occurrence"]):
            start = text.find(signal["text"], start + 1)
        if start >= 0:  # a span in a line the cleaner removed is not in the text
            spans.append((start, start + len(signal["text"]), signal["kind"]))
    return spans


def quality(name: str, path: Path, second: dict[str, dict]) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))["articles"]
    print(f"{name} ({path.name}, {len(gold)} articles)")
    pipeline = language_pipeline()
    by_id = {k: pipeline(a) for k, a in articles(gold).items()}
    right = 0
    confusion: Counter = Counter()
    for item in gold:
        confusion[(item["genre"], by_id[item["id"]].genre.label)] += 1
        right += item["genre"] == by_id[item["id"]].genre.label
    print(f"genre accuracy: {right / len(gold):.3f} ({right}/{len(gold)})")
    for (true, guess), n in sorted(confusion.items()):
        print(f"  {true:>9} -> {guess:<9} {n}")
    predicted = {
        item["id"]: [(s.start, s.end, s.kind) for s in by_id[item["id"]].signals] for item in gold
    }
    first = {item["id"]: gold_spans(by_id[item["id"]].text, item["signals"]) for item in gold}
    right, found = overlaps(predicted, first), overlaps(first, predicted)
    print(
        f"signals: predicted {right.total()}, hand-made {found.total()}; precision "
        f"{share(right):.3f} (same kind {share(right, 2):.3f}), recall {share(found):.3f}"
    )
    kinds = Counter(kind for kind, _, _ in right.elements())
    for kind, n in kinds.most_common():
        hits = sum(m for (k, hit, _), m in right.items() if k == kind and hit)
        print(f"  {kind:<20} predicted {n:3d}  right {hits:3d}")
    if any(i not in second for i in first):
        return
    agreed = sum(item["genre"] == second[item["id"]]["genre"] for item in gold)
    genres = f"annotators agree: genre {agreed / len(gold):.3f} ({agreed}/{len(gold)})"
    if any(second[i]["signals"] is None for i in first):
        print(f"{genres}; the second labelled genres only")
        return
    again = {i: gold_spans(by_id[i].text, second[i]["signals"]) for i in first}
    again_right = share(overlaps(predicted, again))
    print(f"signals against the second annotation: precision {again_right:.3f}")
    print(
        f"{genres}; the second's spans overlap the first's: precision "
        f"{share(overlaps(again, first)):.3f}, recall {share(overlaps(first, again)):.3f}"
    )


def overlaps(spans: dict[str, list], others: dict[str, list]) -> Counter:
    """For each span: its kind, whether it overlaps one of the others in the same article, and
    whether one of its own kind, counted."""
    found: Counter = Counter()
    for i, mine in spans.items():
        for a, b, kind in mine:
            near = [k for x, y, k in others[i] if x < b and a < y]
            found[(kind, bool(near), kind in near)] += 1
    return found


def share(found: Counter, which: int = 1) -> float:
    """The share of the counted spans that overlap (which=1) or overlap one of their kind (2)."""
    return sum(n for key, n in found.items() if key[which]) / found.total()


def speed() -> None:
    pipeline = language_pipeline()
    before = [stage for stage in pipeline.stages if stage.name != "framing"]
    annotated = []
    for text in gnad_texts(1028):
        article = article_from_text("x", text)
        for stage in before:
            article = stage(article)
        annotated.append(article)
    words = sum(len(a.text.split()) for a in annotated)
    stage = FramingStage()
    start = time.perf_counter()
    for article in annotated:
        stage(article)
    seconds = time.perf_counter() - start
    print(f"framing stage: {len(annotated)} articles, {words / seconds:,.0f} words/s")
    slips = Counter(s.kind for a in map(stage, annotated) for s in a.quality.slips)
    per_1000 = ", ".join(f"{kind} {n * 1000 / words:.2f}" for kind, n in slips.most_common())
    print(f"slips per 1,000 words: {per_1000}")


if __name__ == "__main__":
    second = json.loads(SECOND.read_text(encoding="utf-8"))["articles"]
    for name, path in SETS.items():
        quality(name, path, {item["id"]: item for item in second})
    speed()
