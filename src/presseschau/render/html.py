"""report.html: one self-contained page (no scripts, no external files) that works offline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from presseschau.analysis import Analysis
from presseschau.cache import StoryList
from presseschau.framing.outlets import per_1000
from presseschau.model import (
    Article,
    Block,
    Entity,
    MentionOf,
    Signal,
    Slip,
)
from presseschau.render.json import Listed, quote_dict, story_dict, story_dicts


@dataclass(frozen=True)
class Segment:
    """A piece of a block's text, and the entity it names if it is a mention, the signal of
    loaded language or the slip of spelling or translation it is."""

    text: str
    entity: Entity | None = None
    signal: Signal | None = None
    slip: Slip | None = None


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


# Past this many articles report.html is an overview: the largest stories with the texts of
# their articles; report.json and `presseschau serve` hold them all.
OVERVIEW_ARTICLES = 2000
OVERVIEW_STORIES = 100


def render_report(report: dict, analysis: Analysis) -> str:
    """The page for a report (as `build_report` makes it) and the analysis it was built from."""
    return "".join(_page(report, analysis))


def write_html(report: dict, analysis: Analysis, path: Path) -> None:
    """Write the page a piece at a time, the articles read from their shelf as it goes."""
    with path.open("w", encoding="utf-8") as f:
        f.writelines(_page(report, analysis))


def _page(report: dict, analysis: Analysis) -> Iterator[str]:
    articles = analysis.articles
    named_in = analysis.named_in
    parts = _StoryParts(analysis)
    outlet_of = articles.outlets()
    overview = len(outlet_of) > OVERVIEW_ARTICLES
    shared = StoryList(articles, shared=True, largest=OVERVIEW_STORIES if overview else None)
    column_of = column_of_articles(analysis)
    names = {e.id: e.name for e in analysis.entities}
    rank = {e.id: n for n, e in enumerate(analysis.entities)}
    outlets = {o["name"]: o for o in report["outlets"]}

    def shown() -> Iterator[Article]:
        """The articles whose text the page shows: all, or in an overview those of its
        stories."""
        if not overview:
            return iter(articles)
        told = {a for story in shared for a in story.articles}
        return (articles[i] for i in outlet_of if i in told)

    def quotes(article_ids) -> dict[str, list[dict]]:
        """report.json's quotes of the articles (but scare quotes), by article."""
        return {i: quote_dicts(articles[i], analysis.entity_at(i)) for i in article_ids}

    return (
        environment()
        .get_template("report.html.j2")
        .generate(
            report=report,
            articles=articles,
            overview=overview,
            shown=shown,
            shared_stories=Listed(lambda: map(story_dict, shared), len(shared)),
            runs=article_runs(named_in, analysis.entity_at),
            coverage=lambda story: coverage(rank, column_of, story["articles"], named_in),
            of_story=parts,
            voices=lambda story: quote_graph(
                quotes(story["articles"]), column_of, names, story["articles"]
            ),
            outlets_of=lambda story: [
                outlets[o["outlet"]] for o in parts[story["id"]]["omissions"]
            ],
            column_of=column_of,
            article_number={i: n for n, i in enumerate(outlet_of, 1)},
            outlet_of=outlet_of,
            aligned=lambda story: aligned_statements(parts[story["id"]]["claims"], story),
            pieces=pieces,
            outlet_chart=lambda told: outlet_chart(told, column_of),
            per_1000=per_1000,
            timeline_chart=timeline_chart,
        )
    )


def segments(article: Article, block: Block, marks: list[tuple[int, int, object]]) -> list[Segment]:
    """The block's text cut at the mentions and signals inside it, in order."""
    return [
        Segment(text, entity=mark)
        if isinstance(mark, Entity)
        else Segment(text, slip=mark)
        if isinstance(mark, Slip)
        else Segment(text, signal=mark)
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
    """Each article's column in the report's tables (`columns`)."""
    return columns(analysis.articles.outlets().items())


def columns(outlets: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Each article's column in the tables, from (article, outlet) in order: its outlet or,
    where that is unknown, its number ("#2")."""
    return {i: outlet or f"#{n}" for n, (i, outlet) in enumerate(outlets, start=1)}


class _StoryParts:
    """The claims, synopsis and omissions of a story (as report.json lists them) by its id,
    read from the shelf when asked for; the last few are kept."""

    def __init__(self, analysis: Analysis) -> None:
        self.stories = analysis.stories
        self.get = lru_cache(8)(lambda story: story_dicts(self.stories[story]))

    def __getitem__(self, story: str) -> dict:
        return self.get(story)


def coverage(
    rank: dict[str, int],
    column_of: dict[str, str],
    articles: list[str],
    named_in: dict[str, list[MentionOf]],
) -> dict:
    """Who is mentioned where among the articles (of a story): entity -> column -> count,
    columns being outlets (or, where the outlet is unknown, the article's number in the
    report, "#2"); `named_in` lists each article's mentions with their entities, `rank`
    orders the entities."""
    columns = list(dict.fromkeys(column_of[a] for a in articles))
    counts: dict[str, tuple[Entity, Counter]] = {}
    for article in dict.fromkeys(articles):
        for _, entity in named_in.get(article, ()):
            counts.setdefault(entity.id, (entity, Counter()))[1][column_of[article]] += 1
    rows = sorted(counts.values(), key=lambda row: rank[row[0].id])
    return {"columns": columns, "rows": rows}


def quote_dicts(article: Article, entity_at: dict) -> list[dict]:
    """report.json's quotes of the article but its scare quotes: what the text marks."""
    return [quote_dict(article, q, entity_at) for q in article.quotes if q.kind != "scare"]


def article_runs(
    named_in: dict[str, list[MentionOf]], entity_at: Callable[[str], dict]
) -> Callable[[Article, Block], list[Run]]:
    """`runs` for a template: a block of an article in runs, with the article's mentions
    (`named_in`), signals, slips and quotes (their speakers from `entity_at` of the article)
    marked; what an article needs is made once."""
    made: dict[str, tuple[list, list[dict]]] = {}

    def of(article: Article, block: Block) -> list[Run]:
        if article.id not in made:
            made.clear()
            marks = _marks(article, named_in.get(article.id, ()))
            made[article.id] = (marks, quote_dicts(article, entity_at(article.id)))
        return runs(article, block, *made[article.id])

    return of


def _marks(article: Article, named: Iterable[MentionOf]) -> list:
    """What is marked in the article's text: the mentions of entities, and the signals of
    loaded language that lie outside them (a rhetorical question, a whole sentence, is listed
    apart)."""
    marks: list = [(m.start, m.end, entity) for m, entity in named]
    spans = [(start, end) for start, end, _ in marks]
    marks.extend(
        (s.start, s.end, s)
        for s in article.signals
        if s.kind != "rhetorical_question" and not any(a < s.end and s.start < b for a, b in spans)
    )
    taken = [(start, end) for start, end, _ in marks]
    slips = article.quality.slips if article.quality else ()
    marks.extend(
        (s.start, s.end, s) for s in slips if not any(a < s.end and s.start < b for a, b in taken)
    )
    marks.sort(key=lambda m: (m[0], -m[1]))
    return marks


# The outlet chart's panels: a title and each outlet profile's value (report.json's outlets).
CHART = (
    ("Statements attributed, %", lambda o: round((o["attributed_share"] or 0) * 100)),
    (
        "Loaded language per 1,000 words",
        lambda o: round(sum(o["signals_per_1000_words"].values()), 2),
    ),
    ("Slips per 1,000 words", lambda o: o["slips_per_1000_words"]),
)
# The longest bar, in the chart's units.
BAR = 150


def outlet_chart(profiles: list[dict], column_of: dict[str, str]) -> list[dict]:
    """The panels of the chart that sets the outlets side by side: per measure a bar per
    outlet, as long as its value against the largest."""
    panels = []
    for title, value in CHART:
        values = [value(p) for p in profiles]
        top = max(values, default=0) or 1
        bars = [
            {"name": column_of[p["articles"][0]], "value": v, "width": round(BAR * v / top)}
            for p, v in zip(profiles, values, strict=True)
        ]
        panels.append({"title": title, "bars": bars})
    return panels


# The timeline drawing's width and its margins, in its units.
AXIS, MARGIN = 600, 20


def timeline_chart(entries: list[dict]) -> list[dict]:
    """The dated entries of a timeline (report.json's) as points on a time axis: each with
    its x, whether its label goes above or below the axis, and its label."""
    dated = []
    for entry in entries:
        try:
            day = date.fromisoformat(_first_day(entry["value"] or ""))
        except ValueError:
            continue
        dated.append((day.toordinal(), entry))
    if not dated:
        return []
    low, high = dated[0][0], dated[-1][0]
    span = max(high - low, 1)
    return [
        {
            "x": round(MARGIN + (day - low) * (AXIS - 2 * MARGIN) / span),
            "above": n % 2 == 0,
            "label": entry["value"],
            "articles": len(entry["articles"]),
        }
        for n, (day, entry) in enumerate(dated)
    ]


def _first_day(value: str) -> str:
    """The first day of an ISO date, month or year ("1961" -> "1961-01-01")."""
    parts = value[:10].split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return ""
    return "-".join([parts[0], *[*parts[1:3], "01", "01"][:2]])
