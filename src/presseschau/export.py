"""Tables of the kept analysis for notebooks: `presseschau export --format json|csv|parquet`.

Each table has flat columns (lists joined with "; "), one row per article, entity, mention,
quote, time expression, signal, story, claim and claim sentence; the rows are made from the
store one at a time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from presseschau.compare.story import Story
from presseschau.model import Entity, mention_index
from presseschau.render.json import article_dict, quote_dict, time_dict
from presseschau.render.parquet import pyarrow_modules
from presseschau.saved import Saved

FORMATS = ("json", "csv", "parquet")


def _join(values) -> str:
    return "; ".join(values)


def _articles(saved: Saved) -> Iterator[dict]:
    for a, story in saved.all_articles():
        q = a.quality
        yield {
            "id": a.id, "story": story, "source": a.source, "outlet": a.outlet,
            "title": a.title, "author": a.author, "published": a.published,
            "language": a.language, "genre": a.genre.label if a.genre else None,
            "genre_confidence": a.genre.confidence if a.genre else None,
            "statements": a.sourcing.statements if a.sourcing else None,
            "attributed": a.sourcing.attributed if a.sourcing else None,
            "words": q.words if q else None, "slips": len(q.slips) if q else None,
            "boilerplate_share": q.boilerplate_share if q else None,
            "duplicate_of": a.duplicate_of, "text": a.text,
        }  # fmt: skip


def _entities(saved: Saved) -> Iterator[dict]:
    for e in saved.all(Entity, "analysis_entities"):
        yield {
            "id": e.id, "name": e.name, "type": e.type, "aliases": _join(e.aliases),
            "roles": _join(e.roles), "mentions": len(e.mentions),
            "articles": len({m.article for m in e.mentions}),
        }  # fmt: skip


def _mentions(saved: Saved) -> Iterator[dict]:
    for e in saved.all(Entity, "analysis_entities"):
        for m in e.mentions:
            yield {"entity": e.id, "article": m.article, "start": m.start, "end": m.end}


def _quotes(saved: Saved) -> Iterator[dict]:
    for a, _ in saved.all_articles():
        entity_at = mention_index(saved.entities_in([a.id]))
        for q in a.quotes:
            row = quote_dict(a, q, entity_at)
            yield {k: v for k, v in row.items() if k not in ("parts", "speakers")}


def _times(saved: Saved) -> Iterator[dict]:
    for a, _ in saved.all_articles():
        yield from (time_dict(a, t) for t in a.times)


def _signals(saved: Saved) -> Iterator[dict]:
    for a, _ in saved.all_articles():
        yield from ({"article": a.id, **s} for s in article_dict(a)["signals"])


def _stories(saved: Saved) -> Iterator[dict]:
    for s in saved.all(Story, "analysis_stories"):
        yield {
            "id": s.id, "label": s.label, "articles": len(s.articles), "first": s.first,
            "last": s.last, "claims": len(s.claims),
            "disputed": sum(c.status == "disputed" for c in s.claims),
        }  # fmt: skip


def _claims(saved: Saved) -> Iterator[dict]:
    for s in saved.all(Story, "analysis_stories"):
        for c in s.claims:
            yield {
                "id": c.id, "story": s.id, "text": c.text, "status": c.status,
                "independent_outlets": len(c.outlets), "outlets": _join(c.outlets),
                "articles": _join(dict.fromkeys(st.article for st in c.statements)),
            }  # fmt: skip


def _claim_sentences(saved: Saved) -> Iterator[dict]:
    for s in saved.all(Story, "analysis_stories"):
        for c in s.claims:
            for st in c.statements:
                yield {"claim": c.id, "article": st.article, "start": st.start, "end": st.end}


TABLES: dict[str, Callable[[Saved], Iterator[dict]]] = {
    "articles": _articles,
    "entities": _entities,
    "mentions": _mentions,
    "quotes": _quotes,
    "times": _times,
    "signals": _signals,
    "stories": _stories,
    "claims": _claims,
    "claim_sentences": _claim_sentences,
}


def export(saved: Saved, fmt: str, out: Path) -> list[Path]:
    """Write every table into `out` in the format; return the files written."""
    if fmt == "parquet":
        pyarrow_modules()  # before any file is begun
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        path = out / f"{name}.{fmt}"
        partial = path.with_name(path.name + ".part")
        with partial.open("wb") as f:
            write(saved, name, fmt, f)
        partial.replace(path)  # a table is there whole or not at all
        written.append(path)
    return written


def write(saved: Saved, table: str, fmt: str, f: io.BufferedIOBase) -> None:
    """Write one table in the format to a binary file."""
    rows = TABLES[table](saved)
    if fmt == "parquet":
        _parquet(rows, f)
        return
    text = io.TextIOWrapper(f, encoding="utf-8", newline="")
    if fmt == "csv":
        _csv(rows, text)
    else:
        _json(rows, text)
    text.detach()


def _csv(rows: Iterator[dict], f: io.TextIOBase) -> None:
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(f, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
    f.flush()


def _json(rows: Iterator[dict], f: io.TextIOBase) -> None:
    f.write("[")
    for n, row in enumerate(rows):
        f.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False))
    f.write("\n]\n")
    f.flush()


def _parquet(rows: Iterator[dict], f: io.BufferedIOBase) -> None:
    pa, pq = pyarrow_modules()
    pq.write_table(pa.Table.from_pylist(list(rows)), f)
