"""The analysis kept in the store: `analyze --db` saves it whole, replacing the one before in
one transaction; `serve` and `export` read it. Articles (with their layers), stories and
entities are kept as JSON (`codec`), with the columns that lists are sorted and found by."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

from presseschau.analysis import Analysis
from presseschau.codec import dump, load
from presseschau.compare.story import Story
from presseschau.framing.outlets import OutletProfile, outlet_profiles
from presseschau.model import Article, Entity
from presseschau.store import Store
from presseschau.timeline import TimelineEntry

TABLES = (
    "analysis_articles",
    "analysis_stories",
    "analysis_entities",
    "analysis_entity_articles",
    "analysis_meta",
)
# How the story list can be sorted: newest first, biggest first, most disputed first.
ORDERS = {
    "newest": "last IS NULL, last DESC, size DESC, rowid",
    "biggest": "size DESC, rowid",
    "disputed": "disputed DESC, size DESC, rowid",
}


_NAMING = (
    "FROM analysis_entity_articles e JOIN analysis_articles a ON a.id = e.article_id "
    "LEFT JOIN analysis_stories s ON s.id = a.story_id WHERE e.entity_id = ? "
)
_SUMS = "sum(e.mentions) AS mentions, sum(e.quotes) AS quotes "
# Where an entity is named, by story, by outlet and by article.
NAMED = {
    "stories": "SELECT a.story_id AS id, s.label, "
    + _SUMS
    + _NAMING
    + "AND a.story_id IS NOT NULL GROUP BY a.story_id ORDER BY quotes DESC, mentions DESC",
    "outlets": "SELECT coalesce(a.outlet, 'outlet unknown') AS outlet, "
    + _SUMS
    + _NAMING
    + "GROUP BY a.outlet ORDER BY quotes DESC, mentions DESC",
    "articles": "SELECT a.id, a.title, a.outlet, a.story_id AS story, e.mentions, e.quotes "
    + _NAMING
    + "ORDER BY e.quotes DESC, e.mentions DESC, a.id LIMIT ?",
}


def save(store: Store, analysis: Analysis) -> None:
    """Keep the analysis in the store in place of the one before."""
    story_of = {a: s.id for s in analysis.stories for a in s.articles}
    with store.transaction() as db:
        for table in TABLES:
            db.execute(f"DELETE FROM {table}")
        quoted: Counter[tuple[str, str]] = Counter()
        for article in analysis.articles:
            db.execute(
                "INSERT INTO analysis_articles (id, story_id, title, outlet, data) "
                "VALUES (?, ?, ?, ?, ?)",
                (article.id, story_of.get(article.id), article.title or article.text[:90],
                 article.outlet, _json(article)),
            )  # fmt: skip
            entity_at = analysis.entity_at(article.id)
            for quote in article.quotes:
                for source in quote.sources:
                    speaker = entity_at.get((article.id, *source))
                    if speaker:
                        quoted[(speaker.id, article.id)] += 1
        for story in analysis.stories:
            disputed = sum(c.status == "disputed" for c in story.claims)
            db.execute(
                "INSERT INTO analysis_stories (id, label, size, first, last, disputed, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (story.id, story.label, len(story.articles), story.first, story.last,
                 disputed, _json(story)),
            )  # fmt: skip
        for entity in analysis.entities:
            db.execute(
                "INSERT INTO analysis_entities (id, name, type, data) VALUES (?, ?, ?, ?)",
                (entity.id, entity.name, entity.type, _json(entity)),
            )
            mentions = Counter(m.article for m in entity.mentions)
            db.executemany(
                "INSERT INTO analysis_entity_articles VALUES (?, ?, ?, ?)",
                [(entity.id, a, n, quoted[(entity.id, a)]) for a, n in mentions.items()],
            )
        db.executemany(
            "INSERT INTO analysis_meta VALUES (?, ?)",
            [
                ("outlets", _json(outlet_profiles(analysis.articles))),
                ("timeline", _json(analysis.timeline)),
                ("saved", json.dumps(datetime.now(UTC).isoformat())),
            ],
        )


def _json(value: object) -> str:
    return json.dumps(dump(value), ensure_ascii=False, separators=(",", ":"))


class Saved:
    """Reads the analysis kept in a store."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def version(self) -> str | None:
        """When the kept analysis was saved: what a page made from it depends on."""
        row = self.db.execute("SELECT data FROM analysis_meta WHERE key = 'saved'").fetchone()
        return row[0] if row else None

    def story_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM analysis_stories").fetchone()[0]

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM analysis_articles").fetchone()[0]

    def stories(self, order: str = "newest", limit: int = 200, offset: int = 0) -> list[dict]:
        """The stories' heads (id, label, size, first, last, disputed claims) in an order of
        ORDERS, `limit` of them from `offset` on."""
        rows = self.db.execute(
            "SELECT id, label, size, first, last, disputed FROM analysis_stories "
            f"ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?",
            (limit, offset),
        )
        keys = ("id", "label", "size", "first", "last", "disputed")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def story(self, story_id: str) -> Story | None:
        return self._one(Story, "analysis_stories", story_id)

    def article(self, article_id: str) -> Article | None:
        return self._one(Article, "analysis_articles", article_id)

    def entity(self, entity_id: str) -> Entity | None:
        return self._one(Entity, "analysis_entities", entity_id)

    def articles(self, ids: list[str]) -> list[Article]:
        """The articles of these ids (those kept), in this order."""
        found = (self.article(i) for i in ids)
        return [a for a in found if a is not None]

    def story_of(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT story_id FROM analysis_articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def entities_in(self, article_ids: list[str]) -> list[Entity]:
        """The entities named in these articles, most mentioned there first, each with all
        its mentions."""
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(
            f"SELECT entity_id FROM analysis_entity_articles WHERE article_id IN ({marks}) "
            "GROUP BY entity_id ORDER BY sum(mentions) DESC, entity_id",
            article_ids,
        )
        found = (self.entity(i) for (i,) in rows.fetchall())
        return [e for e in found if e is not None]

    def where_named(self, entity_id: str, limit: int = 500) -> dict[str, list[dict]]:
        """Where the entity is named: per story and per outlet (mentions and quotes), and the
        `limit` articles that quote it most, then name it most."""
        found = {}
        for part, query in NAMED.items():
            rows = self.db.execute(
                query, (entity_id, limit) if part == "articles" else (entity_id,)
            )
            keys = [column[0] for column in rows.description]
            found[part] = [dict(zip(keys, row, strict=True)) for row in rows]
        return found

    def all_articles(self) -> Iterator[tuple[Article, str | None]]:
        """Every kept article with its story, in the order analysed, read a batch at a time."""
        rows = self.db.execute("SELECT data, story_id FROM analysis_articles ORDER BY rowid")
        while batch := rows.fetchmany(256):
            yield from ((load(Article, json.loads(d)), story) for d, story in batch)

    def all(self, kind: type, table: str) -> Iterator:
        """Every kept story (`Story`, "analysis_stories") or entity, in order."""
        rows = self.db.execute(f"SELECT data FROM {table} ORDER BY rowid")
        while batch := rows.fetchmany(256):
            yield from (load(kind, json.loads(d)) for (d,) in batch)

    def outlets(self) -> list[OutletProfile]:
        return self._meta(list[OutletProfile], "outlets") or []

    def timeline(self) -> tuple[TimelineEntry, ...]:
        return self._meta(tuple[TimelineEntry, ...], "timeline") or ()

    def _one(self, kind: type, table: str, key: str):
        row = self.db.execute(
            f"SELECT data FROM {table} WHERE id = ?",
            (key,),
        ).fetchone()
        return load(kind, json.loads(row[0])) if row else None

    def _meta(self, kind: object, key: str):
        row = self.db.execute("SELECT data FROM analysis_meta WHERE key = ?", (key,)).fetchone()
        return load(kind, json.loads(row[0])) if row else None
