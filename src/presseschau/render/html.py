"""report.html: one self-contained page (no scripts, no external files) that works offline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from presseschau.analysis import Analysis
from presseschau.model import Article, Block, Entity


@dataclass(frozen=True)
class Segment:
    """A piece of a block's text, and the entity it names if it is a mention."""

    text: str
    entity: Entity | None = None


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
    mentions = _mentions_by_article(analysis.entities)
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            articles=articles,
            segments=lambda article, block: segments(article, block, mentions.get(article.id, [])),
            coverage=coverage(analysis),
        )
    )


def write_html(report: dict, analysis: Analysis, path: Path) -> None:
    path.write_text(render_report(report, analysis), encoding="utf-8")


def segments(
    article: Article, block: Block, mentions: list[tuple[int, int, Entity]]
) -> list[Segment]:
    """The block's text cut at the mentions inside it, in order."""
    pieces, position = [], block.start
    for start, end, entity in mentions:
        if start < position or end > block.end:
            continue
        if start > position:
            pieces.append(Segment(article.text[position:start]))
        pieces.append(Segment(article.text[start:end], entity))
        position = end
    if position < block.end:
        pieces.append(Segment(article.text[position : block.end]))
    return pieces


def coverage(analysis: Analysis) -> dict:
    """Who is mentioned where: entity -> column -> count, columns being outlets (or, where the
    outlet is unknown, the article's number in the report, "#2")."""
    column_of = {a.id: a.outlet or f"#{n}" for n, a in enumerate(analysis.articles, start=1)}
    columns = list(dict.fromkeys(column_of.values()))
    rows = [
        (entity, Counter(column_of[m.article] for m in entity.mentions))
        for entity in analysis.entities
    ]
    return {"columns": columns, "rows": rows}


def _mentions_by_article(entities: tuple[Entity, ...]) -> dict[str, list]:
    found: dict[str, list] = {}
    for entity in entities:
        for mention in entity.mentions:
            found.setdefault(mention.article, []).append((mention.start, mention.end, entity))
    for mentions in found.values():
        mentions.sort(key=lambda m: (m[0], -m[1]))
    return found
