"""Properties that hold for any input, checked by Hypothesis on inputs made from real German text:
annotations are offsets into the text, cleaning is idempotent, ingest order does not matter."""

from __future__ import annotations

import dataclasses
import functools
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, gnad_articles
from presseschau.cli import main
from presseschau.ingest.clean import clean
from presseschau.ingest.text import article_from_text
from presseschau.model import Article, Document, Paragraph

# Real German articles: the example corpus (with its web leftovers) and 10kGNAD.
TEXTS = [*(path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt")))]
LINES = tuple(
    line.strip() for text in TEXTS + gnad_articles(20) for line in text.splitlines() if line.strip()
)
WORDS = tuple(sorted({word for line in LINES for word in line.split()}))
MARKS = ("„", "“", '"', "«", "»", "‚", "‘", "(", ")", ". ", "? ", "! ", ": ", "…", " – ", ", ")
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def german_line() -> st.SearchStrategy[str]:
    """A line of real words, punctuation and quote marks, and a little random text."""
    piece = st.one_of(
        st.sampled_from(LINES), st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(max_size=8)
    )
    return st.lists(piece, min_size=1, max_size=12).map(" ".join)


@functools.cache
def language_pipeline():
    from presseschau.nlp.stages import language_pipeline

    return language_pipeline()


def spans(article: Article) -> dict[str, list[tuple[int, int]]]:
    """Every stretch of text an annotation layer points to, by layer."""
    quotes = article.quotes
    return {
        "blocks": [(b.start, b.end) for b in article.blocks],
        "sentences": [(s.start, s.end) for s in article.sentences],
        "tokens": [(t.start, t.end) for t in article.tokens],
        "mentions": [(m.start, m.end) for m in article.mentions],
        "quote parts": [part for q in quotes for part in q.parts],
        "speakers": [q.speaker for q in quotes if q.speaker],
        "quote sources": [source for q in quotes for source in q.sources],
        "times": [(t.start, t.end) for t in article.times],
        "signals": [(s.start, s.end) for s in article.signals],
        "slips": [(s.start, s.end) for s in article.quality.slips] if article.quality else [],
    }


@QUICK
@given(st.lists(german_line(), min_size=1, max_size=6).map("\n".join))
def test_every_annotation_lies_inside_the_text_and_slices_to_whole_words(text: str) -> None:
    article = language_pipeline()(article_from_text("a", text))
    for layer, found in spans(article).items():
        for start, end in found:
            assert 0 <= start < end <= len(text), (layer, start, end)
            piece = text[start:end]
            assert piece == piece.strip(), (layer, piece)


def documents() -> st.SearchStrategy[Document]:
    paragraph = st.builds(
        Paragraph, st.sampled_from(LINES) | german_line(), st.sampled_from(["paragraph", "heading"])
    )
    return st.builds(
        Document,
        source=st.just("a.html"),
        paragraphs=st.lists(paragraph, min_size=1, max_size=14).map(tuple),
        title=st.none() | st.sampled_from(LINES),
    )


@QUICK
@given(documents())
def test_cleaning_is_idempotent(document: Document) -> None:
    once = clean(document)
    again = clean(
        dataclasses.replace(
            document,
            paragraphs=once.blocks,
            title=once.title,
            author=once.author,
            published=once.published,
        )
    )
    assert again.blocks == once.blocks
    assert again.removed == ()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The example corpus, an exact copy of one report and an edited agency copy of another."""
    folder = Path(shutil.copytree(CORPUS, tmp_path_factory.mktemp("order") / "corpus"))
    reports = sorted(folder.glob("*.txt"))
    shutil.copy(reports[0], folder / "copy.txt")
    edited = reports[2].read_text(encoding="utf-8").replace("Wirtschaftshilfe", "Hilfe")
    (folder / "edited.txt").write_text(edited.rsplit("\n", 1)[0], encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def analysed(paths: list[Path], folder: Path) -> tuple[list, dict]:
    """The stored articles and report.json after ingesting `paths` in this order."""
    db, out = folder / "s.db", folder / "out"
    assert main(["ingest", *map(str, paths), "--db", str(db), "-q", "--offline"]) == 0
    assert main(["analyze", "--db", str(db), "--out", str(out), "-q", "--jobs", "1"]) == 0
    with sqlite3.connect(db) as con:
        stored = con.execute(
            "SELECT id, content_hash, source, text, duplicate_of FROM articles ORDER BY id"
        ).fetchall()
    return stored, json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def in_sorted_order(inputs, tmp_path_factory) -> tuple[list, dict]:
    return analysed(inputs, tmp_path_factory.mktemp("sorted"))


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(order=st.permutations(range(7)))
def test_ingest_order_does_not_change_the_analysis(
    inputs, in_sorted_order, tmp_path_factory, order
) -> None:
    shuffled = [inputs[i] for i in order]
    assert analysed(shuffled, tmp_path_factory.mktemp("shuffled")) == in_sorted_order
