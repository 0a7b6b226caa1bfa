"""report.html: one self-contained page (no scripts, no external files) that works offline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from presseschau.analysis import Analysis
from presseschau.model import Article, Block, Entity, Signal, entities_by_article


@dataclass(frozen=True)
class Segment:
    """A piece of a block's text, and the entity it names if it is a mention, or the signal
    of loaded language it is."""

    text: str
    entity: Entity | None = None
    signal: Signal | None = None


@dataclass(frozen=True)
class Run:
    """Consecutive segments of a block inside one quote (a dict of report.json), or outside
    any."""

    quote: dict | None
    segments: list[Segment]


@cache
def environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("presseschau", "render/templates"),
        autoescape=select_autoescape(("html", "j2")),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(report: dict, analysis: Analysis) -> str:
    """The page for a report and the analysis it was built from."""
    articles = {a.id: a for a in analysis.articles}
    mentions = _marks(analysis)
    named_in = entities_by_article(analysis.entities)
    parts = _by_story(report)
    quotes: dict[str, list[dict]] = {}
    for quote in report["quotes"]:
        if quote["kind"] != "scare":
            quotes.setdefault(quote["article"], []).append(quote)
    column_of = column_of_articles(analysis)
    names = {e.id: e.name for e in analysis.entities}
    rank = {e.id: n for n, e in enumerate(analysis.entities)}
    outlets = {o["name"]: o for o in report["outlets"]}
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            articles=articles,
            runs=lambda article, block: runs(
                article, block, mentions.get(article.id, []), quotes.get(article.id, [])
            ),
            coverage=lambda story: coverage(rank, column_of, story["articles"], named_in),
            of_story=parts,
            voices=lambda story: quote_graph(quotes, column_of, names, story["articles"]),
            outlets_of=lambda story: [
                outlets[o["outlet"]] for o in parts[story["id"]]["omissions"]
            ],
            column_of=column_of,
            article_number={a.id: n for n, a in enumerate(analysis.articles, 1)},
            aligned=lambda story: aligned_statements(parts[story["id"]]["claims"], story),
            pieces=pieces,
        )
    )


def write_html(report: dict, analysis: Analysis, path: Path) -> None:
    path.write_text(render_report(report, analysis), encoding="utf-8")


def segments(article: Article, block: Block, marks: list[tuple[int, int, object]]) -> list[Segment]:
    """The block's text cut at the mentions and signals inside it, in order."""
    return [
        Segment(text, mark, None) if isinstance(mark, Entity) else Segment(text, None, mark)
        for text, mark in pieces(article, block, marks)
    ]


def pieces(article: Article, block: Block, marks: list[tuple[int, int, object]]) -> list[tuple]:
    """The block's text cut at the marked stretches inside it (sorted, not overlapping), as
    (text, mark) with mark None between them."""
    found, position = [], block.start
    for start, end, mark in marks:
        if start < position or end > block.end:
            continue
        if start > position:
            found.append((article.text[position:start], None))
        found.append((article.text[start:end], mark))
        position = end
    if position < block.end:
        found.append((article.text[position : block.end], None))
    return found


def aligned_statements(claims: list[dict], story: dict) -> dict[str, list[tuple[int, int, int]]]:
    """For side-by-side reading: per article of the story, the sentences of the story's claims
    (as report.json lists them) that two or more of its articles make, as (start, end, claim
    number), numbered as the claims are listed."""
    found: dict[str, list[tuple[int, int, int]]] = {a: [] for a in story["articles"]}
    shared = [c for c in claims if len({s["article"] for s in c["support"]}) > 1]
    for number, claim in enumerate(shared, start=1):
        for s in claim["support"]:
            found[s["article"]].append((s["start"], s["end"], number))
    for spans in found.values():
        spans.sort()
    return found


def runs(
    article: Article, block: Block, mentions: list[tuple[int, int, Entity]], quotes: list[dict]
) -> list[Run]:
    """The block's text in runs inside and outside its quotes, each cut at its mentions."""
    cuts = sorted(
        (max(part["start"], block.start), min(part["end"], block.end), quote)
        for quote in quotes
        for part in quote["parts"]
        if part["start"] < block.end and part["end"] > block.start
    )
    found, position = [], block.start
    for start, end, quote in cuts:
        if start < position:
            continue
        if start > position:
            found.append(Run(None, segments(article, Block(position, start, ""), mentions)))
        found.append(Run(quote, segments(article, Block(start, end, ""), mentions)))
        position = end
    if position < block.end:
        found.append(Run(None, segments(article, Block(position, block.end, ""), mentions)))
    return found


def quote_graph(
    quotes: dict[str, list[dict]], column_of: dict[str, str], names: dict[str, str], articles
) -> dict:
    """Who is quoted by which outlet among the articles (of a story), and how: speakers (named
    entities) against outlets, each cell counting direct (and partial) quotes and paraphrases
    (indirect, reported). `quotes` are report.json's quotes (but scare quotes) by article."""
    cells: dict[str, dict[str, Counter]] = {}
    for quote in (q for a in articles for q in quotes.get(a, ())):
        way = "direct" if quote["kind"] in ("direct", "partial") else "paraphrased"
        for speaker in quote["speakers"] or ["anonymous" if quote["anonymous"] else "unnamed"]:
            outlets = cells.setdefault(speaker, {})
            outlets.setdefault(column_of[quote["article"]], Counter())[way] += 1
    speakers = sorted(cells, key=lambda s: (s in ("anonymous", "unnamed"), -_total(cells[s])))
    columns = list(dict.fromkeys(column_of[a] for a in articles))
    rows = [(names.get(s, s), cells[s]) for s in speakers]
    return {"columns": columns, "rows": rows, "edges": _edges(rows, columns)}


def _total(outlets: dict[str, Counter]) -> int:
    return sum(c.total() for c in outlets.values())


def _edges(rows: list, columns: list[str]) -> list[dict]:
    """Lines of the drawn graph: outlet (left, by column index) to speaker (right, by row)."""
    return [
        {"outlet": columns.index(outlet), "speaker": row, "way": way, "count": count}
        for row, (_, outlets) in enumerate(rows)
        for outlet, ways in outlets.items()
        for way, count in ways.items()
    ]


def column_of_articles(analysis: Analysis) -> dict[str, str]:
    """Each article's column in the tables: its outlet or, where that is unknown, its number
    in the report ("#2")."""
    return {a.id: a.outlet or f"#{n}" for n, a in enumerate(analysis.articles, start=1)}


def coverage(
    rank: dict[str, int],
    column_of: dict[str, str],
    articles: list[str],
    named_in: dict[str, list[Entity]],
) -> dict:
    """Who is mentioned where among the articles (of a story): entity -> column -> count,
    columns being outlets (or, where the outlet is unknown, the article's number in the
    report, "#2"); `named_in` lists the entities each article names, `rank` orders them."""
    chosen = set(articles)
    columns = list(dict.fromkeys(column_of[a] for a in articles))
    named = {e.id: e for a in articles for e in named_in.get(a, ())}
    rows = [
        (entity, Counter(column_of[m.article] for m in entity.mentions if m.article in chosen))
        for entity in sorted(named.values(), key=lambda e: rank[e.id])
    ]
    return {"columns": columns, "rows": rows}


def _by_story(report: dict) -> dict[str, dict[str, list[dict]]]:
    """The claims, synopsis sentences and omissions of report.json, by story id."""
    found: dict[str, dict[str, list[dict]]] = {
        s["id"]: {"claims": [], "synopsis": [], "omissions": []} for s in report["stories"]
    }
    for part in ("claims", "synopsis", "omissions"):
        for item in report[part]:
            found[item["story"]][part].append(item)
    return found


def _marks(analysis: Analysis) -> dict[str, list]:
    """Per article, what is marked in its text: the mentions of entities, and the signals of
    loaded language that lie outside them (a rhetorical question, a whole sentence, is listed
    apart)."""
    found: dict[str, list] = {}
    for entity in analysis.entities:
        for mention in entity.mentions:
            found.setdefault(mention.article, []).append((mention.start, mention.end, entity))
    for article in analysis.articles:
        marks = found.setdefault(article.id, [])
        named = [(start, end) for start, end, _ in marks]
        marks.extend(
            (s.start, s.end, s)
            for s in article.signals
            if s.kind != "rhetorical_question"
            and not any(a < s.end and s.start < b for a, b in named)
        )
        marks.sort(key=lambda m: (m[0], -m[1]))
    return found
