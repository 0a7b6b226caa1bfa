"""report.html: one self-contained page (no scripts, no external files) that works offline."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from presseschau.model import Article


@cache
def environment():
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("presseschau", "render/templates"),
        autoescape=select_autoescape(("html", "j2")),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(report: dict, articles: list[Article]) -> str:
    """The page for a report; `articles` are the same articles as in the report, as objects."""
    by_id = {a.id: a for a in articles}
    return environment().get_template("report.html.j2").render(report=report, by_id=by_id)


def write_html(report: dict, articles: list[Article], path: Path) -> None:
    path.write_text(render_report(report, articles), encoding="utf-8")
