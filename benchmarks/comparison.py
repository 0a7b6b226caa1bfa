"""The comparison: alignment quality on hand-made claim groups, synopsis citations, speed.

    python benchmarks/comparison.py

Quality: `presseschau analyze` on the example corpus, then pairwise alignment against
benchmarks/data/claims-putin-kim.json (written by hand before any comparison code existed): a
pair is two statements of different articles in one claim. Synopsis citation precision is the
share of cited articles that have a statement in the hand-made claim of the sentence (sentences
outside every hand-made claim are counted apart). Speed: the comparison alone of a story of
50 GNAD articles, already annotated.
"""

from __future__ import annotations

import itertools
import json
import tempfile
import time
from pathlib import Path

from gnad import gnad_texts

from presseschau.analysis import analyze
from presseschau.cli import main as cli
from presseschau.compare.story import compare
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "claims-putin-kim.json"


def quality() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as out:
        cli(["analyze", str((ROOT / gold["corpus"]).resolve()), "--out", out, "-q", "--offline"])
        report = json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in report["articles"]}
    sentences = {
        a["id"]: [(s["start"], s["end"]) for s in a["sentences"]] for a in report["articles"]
    }

    def sentence_of(article: str, piece: str) -> tuple[str, int]:
        position = texts[article].index(piece)
        return article, next(s for s, e in sentences[article] if s <= position < e)

    gold_claims = [{sentence_of(a, p) for a, p in c["statements"]} for c in gold["claims"]]
    gold_pairs = _pairs(gold_claims)
    predicted = [{(s["article"], s["start"]) for s in c["support"]} for c in report["claims"]]
    predicted_pairs = _pairs(predicted)
    right = len(gold_pairs & predicted_pairs)
    precision = right / len(predicted_pairs) if predicted_pairs else 0.0
    recall = right / len(gold_pairs)
    f1 = 2 * precision * recall / (precision + recall) if right else 0.0
    print(f"pairs: gold {len(gold_pairs)}  predicted {len(predicted_pairs)}  right {right}")
    print(f"alignment: precision {precision:.3f}  recall {recall:.3f}  f1 {f1:.3f}")
    claims = {c["id"]: c for c in report["claims"]}
    cited = supported = outside = 0
    for sentence in report["synopsis"]:
        first = claims[sentence["claim"]]["support"]
        members = {(s["article"], s["start"]) for s in first}
        hand = [g for g in gold_claims if g & members]
        if not hand:
            outside += 1
            continue
        supporting = {article for g in hand for article, _ in g}
        cited += len(sentence["cites"])
        supported += sum(a in supporting for a in sentence["cites"])
    share = supported / cited if cited else 0.0
    print(
        f"synopsis: {len(report['synopsis'])} sentences, {outside} outside the hand-made claims; "
        f"citation precision {share:.3f} ({supported}/{cited})"
    )


def _pairs(groups: list[set[tuple[str, int]]]) -> set:
    return {
        (a, b) if a < b else (b, a)
        for group in groups
        for a, b in itertools.combinations(sorted(group), 2)
        if a[0] != b[0]
    }


def speed(count: int = 50) -> None:
    articles = [article_from_text(str(n), t) for n, t in enumerate(gnad_texts(count))]
    pipeline = language_pipeline()
    analysis = analyze(pipeline(a) for a in articles)
    start = time.perf_counter()
    story = compare(list(analysis.articles), analysis.entities)
    seconds = time.perf_counter() - start
    print(f"comparison of {count} articles: {seconds:.2f} s, {len(story.claims)} claims")


if __name__ == "__main__":
    quality()
    speed()
