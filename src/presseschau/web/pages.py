"""The data of each page of the web app: what its JSON twin returns, and what its template
shows (with the objects it needs to mark up article text)."""

from __future__ import annotations

import dataclasses

from presseschau.export import FORMATS, TABLES
from presseschau.framing.outlets import per_1000
from presseschau.model import Article, mention_index, mentions_by_article
from presseschau.render.html import (
    aligned_statements,
    article_runs,
    columns,
    coverage,
    outlet_chart,
    pieces,
    quote_dicts,
    quote_graph,
    timeline_chart,
)
from presseschau.render.json import (
    article_dict,
    entity_dict,
    story_dict,
    story_dicts,
    time_dict,
    timeline_dict,
)
from presseschau.saved import ORDERS, Saved
from presseschau.store import Store
from presseschau.timeline import timeline

PER_PAGE = 100  # stories on one page of the list


@dataclasses.dataclass(frozen=True)
class Page:
    """A page: its template, its data (the JSON twin) and what else the template needs."""

    template: str
    data: dict
    extra: dict = dataclasses.field(default_factory=dict)


class NotFound(LookupError):
    """No such story, article or entity in the saved analysis."""


def stories(saved: Saved, order: str, page: int) -> Page:
    order = order if order in ORDERS else "newest"
    total = saved.story_count()
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(page, 1), pages)
    return Page(
        "stories.html.j2",
        {
            "order": order,
            "orders": list(ORDERS),
            "articles": saved.article_count(),
            "total": total,
            "page": page,
            "pages": pages,
            "per_page": PER_PAGE,
            "stories": saved.stories(order, PER_PAGE, (page - 1) * PER_PAGE),
        },
        {"tables": list(TABLES), "formats": FORMATS},
    )


def story(saved: Saved, story_id: str) -> Page:
    found = saved.story(story_id)
    if found is None:
        raise NotFound(f"no story {story_id}")
    members = saved.articles(list(found.articles))
    entities = saved.entities_in(list(found.articles))
    named_in = mentions_by_article(entities)
    entity_at = mention_index(entities)
    column_of = columns((a.id, a.outlet) for a in members)
    parts = story_dicts(found)
    quotes = {a.id: quote_dicts(a, entity_at) for a in members}
    told = [dataclasses.asdict(p) for p in _profiles(saved, members)]
    data = {
        **parts,
        "articles": [_head(a) for a in members],
        "timeline": [timeline_dict(e) for e in timeline(members)],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "mentions": n}
            for e, n in _mention_counts(entities, found.articles)
        ],
        "outlets": told,
    }
    extra = {
        "by_id": {a.id: a for a in members},
        "column_of": column_of,
        "coverage": coverage(
            {e.id: n for n, e in enumerate(entities)}, column_of, list(found.articles), named_in
        ),
        "voices": quote_graph(
            quotes, column_of, {e.id: e.name for e in entities}, list(found.articles)
        ),
        "chart": outlet_chart(told, column_of) if told else [],
        "matrix": _matrix(parts["claims"], column_of),
        "points": timeline_chart(data["timeline"]),
    }
    return Page("story.html.j2", data, extra)


def article(saved: Saved, article_id: str, mark: tuple[int, int] | None) -> Page:
    found = saved.article(article_id)
    if found is None:
        raise NotFound(f"no article {article_id}")
    entities = saved.entities_in([article_id])
    entity_at = mention_index(entities)
    named_in = mentions_by_article(entities)
    data = {
        "article": article_dict(found),
        "story": saved.story_of(article_id),
        "quotes": quote_dicts(found, entity_at),
        "times": [time_dict(found, t) for t in found.times],
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "start": m.start, "end": m.end}
            for m, e in named_in.get(article_id, ())
        ],
    }
    marked = _marked(found, mark)
    extra = {
        "a": marked,
        "anchor": "article",
        "runs": article_runs(named_in, lambda _: entity_at),
        "per_1000": per_1000,
    }
    return Page("article_page.html.j2", data, extra)


def compare(saved: Saved, left: str, right: str) -> Page:
    story_id = saved.story_of(left)
    if story_id is None or saved.story_of(right) != story_id or left == right:
        raise NotFound(f"{left} and {right} are not two articles of one story")
    found = saved.story(story_id)
    pair = saved.articles([left, right])
    # The claims both make, with just their sentences in the two.
    shared = [
        {**c, "support": [s for s in c["support"] if s["article"] in (left, right)]}
        for c in story_dicts(found)["claims"]
        if {left, right} <= {s["article"] for s in c["support"]}
    ]
    sides = aligned_statements(shared, {"articles": [left, right]})
    data = {
        "story": story_dict(found),
        "left": _head(pair[0]),
        "right": _head(pair[1]),
        "shared_claims": shared,
    }
    return Page("compare.html.j2", data, {"pair": pair, "sides": sides, "pieces": pieces})


def entity(saved: Saved, entity_id: str) -> Page:
    found = saved.entity(entity_id)
    if found is None:
        raise NotFound(f"no entity {entity_id}")
    data = {
        "entity": {k: v for k, v in entity_dict(found).items() if k != "mentions"},
        **saved.where_named(entity_id),
    }
    return Page("entity.html.j2", data)


def search(store: Store, query: str) -> Page:
    hits = store.search(query, limit=50) if query.strip() else []
    return Page("search.html.j2", {"query": query, "hits": [h.__dict__ for h in hits]})


def _head(article: Article) -> dict:
    return {
        "id": article.id,
        "title": article.title or article.text[:90],
        "outlet": article.outlet,
        "published": article.published,
        "genre": article.genre.label if article.genre else None,
    }


def _profiles(saved: Saved, members: list[Article]):
    outlets = {a.outlet or a.id for a in members}
    return [p for p in saved.outlets() if p.name in outlets]


def _mention_counts(entities, articles) -> list:
    inside = set(articles)
    counts = [(e, sum(m.article in inside for m in e.mentions)) for e in entities]
    return [(e, n) for e, n in counts if n]


def _matrix(claims: list[dict], column_of: dict[str, str]) -> dict:
    """The claim x outlet matrix: the claims that two or more outlets make or that are
    disputed, each with the outlets (columns) that carry it."""
    columns = list(dict.fromkeys(column_of.values()))
    rows = [
        (c, {column_of[s["article"]] for s in c["support"]})
        for c in claims
        if c["independent_outlets"] > 1 or c["status"] == "disputed"
    ]
    return {"columns": columns, "rows": rows}


def _marked(article: Article, mark: tuple[int, int] | None) -> Article:
    """The article with the cited stretch as a block of its own kind, where it lies inside
    one block: the page shows it highlighted."""
    if mark is None:
        return article
    start, end = mark
    for i, block in enumerate(article.blocks):
        if block.start <= start < end <= block.end:
            pieces = [
                dataclasses.replace(block, end=start),
                dataclasses.replace(block, start=start, end=end, kind=f"{block.kind} cited"),
                dataclasses.replace(block, start=end),
            ]
            pieces = [p for p in pieces if p.end > p.start]
            blocks = (*article.blocks[:i], *pieces, *article.blocks[i + 1 :])
            return dataclasses.replace(article, blocks=blocks)
    return article
