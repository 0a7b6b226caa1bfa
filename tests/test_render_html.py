from __future__ import annotations

from presseschau.analysis import Analysis
from presseschau.cache import Shelf
from presseschau.ingest.dedup import content_hash
from presseschau.model import Article, Block, Mention, mentions_by_article
from presseschau.nlp.canonical import canonical_entities
from presseschau.render.html import column_of_articles, coverage, render_report
from presseschau.render.json import build_report


def article(
    article_id: str, outlet: str | None, text: str, mentions: list[tuple[str, str]]
) -> Article:
    spans = []
    for name, kind in mentions:
        start = text.index(name)
        spans.append(Mention(start, start + len(name), kind))
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        content_hash=content_hash(text),
        outlet=outlet,
        blocks=(Block(0, len(text), "paragraph"),),
        mentions=tuple(spans),
    )


def analysis() -> Analysis:
    articles = (
        article(
            "a", "Blatt", "Putin traf <Kim> in Pjöngjang.", [("Putin", "PER"), ("Pjöngjang", "LOC")]
        ),
        article("b", None, "Wladimir Putin reiste ab.", [("Wladimir Putin", "PER")]),
    )
    return Analysis(Shelf(articles), tuple(canonical_entities(articles)))


def test_mentions_are_highlighted_and_the_rest_escaped() -> None:
    result = analysis()
    html = render_report(build_report(result), result)
    assert (
        '<mark class="entity PER" title="Wladimir Putin (PER)">Putin</mark> traf &lt;Kim&gt; in'
        in html
    )
    assert '<mark class="entity LOC" title="Pjöngjang (LOC)">Pjöngjang</mark>.' in html


def test_coverage_counts_mentions_per_outlet_or_article() -> None:
    result = analysis()
    table = coverage(
        {e.id: n for n, e in enumerate(result.entities)},
        column_of_articles(result),
        ["a", "b"],
        mentions_by_article(result.entities),
    )
    assert table["columns"] == ["Blatt", "#2"]
    rows = {entity.name: dict(counts) for entity, counts in table["rows"]}
    assert rows == {"Wladimir Putin": {"Blatt": 1, "#2": 1}, "Pjöngjang": {"Blatt": 1}}


def test_report_lists_entities_with_their_mentions() -> None:
    report = build_report(analysis())
    putin = report["entities"][0]
    assert (putin["id"], putin["name"], putin["type"]) == (
        "per-wladimir-putin",
        "Wladimir Putin",
        "PER",
    )
    assert putin["mentions"] == [
        {"article": "a", "start": 0, "end": 5},
        {"article": "b", "start": 0, "end": 14},
    ]


def test_quoted_text_and_speakers_are_escaped(tmp_path) -> None:
    from presseschau.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Ein Test der Darstellung\n"
        "„Wir <script>alert(1)</script> bleiben hier“, sagte Anna <b>Meier</b>.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["analyze", str(folder), "--out", str(out), "-q", "--offline"]) == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_dated_timeline_entries_are_placed_on_a_time_axis_in_order() -> None:
    from presseschau.render.html import AXIS, MARGIN, timeline_chart

    entries = [
        {"value": "1961", "articles": ["a"]},
        {"value": "2000", "articles": ["a", "b"]},
        {"value": "2024-06-19", "articles": ["b"]},
        {"value": None, "articles": ["b"]},
    ]
    points = timeline_chart(entries)
    assert [p["label"] for p in points] == ["1961", "2000", "2024-06-19"]
    xs = [p["x"] for p in points]
    assert xs[0] == MARGIN and xs[-1] == AXIS - MARGIN and xs[0] < xs[1] < xs[2]
    assert [p["above"] for p in points] == [True, False, True]
