"""The SQLite store: one file, schema migrations recorded in it, FTS5 full-text search.

Every input is written in one transaction together with the record that it was ingested, so a
crash or Ctrl-C leaves either all of an input or none of it, and a rerun completes the rest.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from presseschau.errors import StoreError
from presseschau.model import Article, Block, Removal

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "articles, sources, inputs and outlet lines",
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            language TEXT,
            text TEXT NOT NULL,
            blocks TEXT NOT NULL,
            removed TEXT NOT NULL,
            notes TEXT NOT NULL,
            duplicate_of TEXT,
            duplicate_similarity REAL,
            minhash BLOB,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE article_sources (
            source TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX article_sources_article ON article_sources(article_id);
        CREATE TABLE inputs (
            source TEXT PRIMARY KEY,
            input_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE outlet_lines (
            outlet TEXT NOT NULL,
            line_key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (outlet, line_key, article_id)
        );
        """,
    ),
    (
        "full-text search",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """,
    ),
    (
        "the saved analysis",
        """
        CREATE TABLE analysis_articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            story_id TEXT,
            title TEXT,
            outlet TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX analysis_articles_story ON analysis_articles(story_id);
        CREATE TABLE analysis_stories (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            size INTEGER NOT NULL,
            first TEXT,
            last TEXT,
            disputed INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE analysis_entities (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE analysis_entity_articles (
            entity_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (entity_id, article_id)
        );
        CREATE INDEX analysis_entity_articles_article ON analysis_entity_articles(article_id);
        CREATE TABLE analysis_meta (key TEXT PRIMARY KEY, data TEXT NOT NULL);
        """,
    ),
)

FTS_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})

ARTICLE_COLUMNS = (
    "id, content_hash, source, outlet, title, author, published, language, text, blocks, "
    "removed, notes, duplicate_of, duplicate_similarity"
)


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    outlet: str | None
    snippet: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """One SQLite file holding articles, where they came from, and a full-text index."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode this still survives a killed process whole; only a power cut may lose
            # the last transactions, never the file's consistency.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        applied = {v for (v,) in self.db.execute("SELECT version FROM migrations")}
        for version, (name, sql) in enumerate(MIGRATIONS, start=1):
            if version in applied:
                continue
            # executescript commits on its own, so the DDL runs inside an explicit transaction
            self.db.executescript(
                f"BEGIN; {sql}; INSERT INTO migrations VALUES ({version}, '{name}', '{_now()}'); "
                "COMMIT;"
            )

    def migrations(self) -> list[tuple[int, str]]:
        return list(self.db.execute("SELECT version, name FROM migrations ORDER BY version"))

    def transaction(self) -> _Transaction:
        """A context manager: everything inside commits together or not at all."""
        return _Transaction(self.db)

    # -- inputs ---------------------------------------------------------------------------

    def input_hash(self, source: str) -> str | None:
        row = self.db.execute(
            "SELECT input_hash FROM inputs WHERE source = ?", (source,)
        ).fetchone()
        return row[0] if row else None

    def record_input(self, source: str, input_hash: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?)", (source, input_hash, _now())
        )

    # -- articles -------------------------------------------------------------------------

    def article_for_source(self, source: str) -> str | None:
        row = self.db.execute(
            "SELECT article_id FROM article_sources WHERE source = ?", (source,)
        ).fetchone()
        return row[0] if row else None

    def article_by_hash(self, content_hash: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def id_taken(self, article_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def add_article(self, article: Article, minhash: bytes | None) -> None:
        self.db.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}, minhash, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.content_hash,
                article.source,
                article.outlet,
                article.title,
                article.author,
                article.published,
                article.language,
                article.text,
                json.dumps([[b.start, b.end, b.kind] for b in article.blocks]),
                json.dumps([[r.text, r.reason] for r in article.removed], ensure_ascii=False),
                json.dumps(list(article.notes), ensure_ascii=False),
                article.duplicate_of,
                article.duplicate_similarity,
                minhash,
                _now(),
            ),
        )
        self.add_source(article.id, article.source)

    def add_source(self, article_id: str, source: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO article_sources VALUES (?, ?)", (source, article_id))

    def forget_source(self, source: str) -> str | None:
        """Unlink a source whose content changed; an article left with no source goes too.

        Returns the id of the article that went, if one did.
        """
        article_id = self.article_for_source(source)
        if article_id is None:
            return None
        self.db.execute("DELETE FROM article_sources WHERE source = ?", (source,))
        left = self.db.execute(
            "SELECT min(source) FROM article_sources WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
        if left is not None:
            self.db.execute(
                "UPDATE articles SET source = ? WHERE id = ? AND source = ?",
                (left, article_id, source),
            )
            return None
        self.db.execute(
            "UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL "
            "WHERE duplicate_of = ?",
            (article_id,),
        )
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return article_id

    def mark_duplicate(self, article_id: str, original_id: str, similarity: float) -> None:
        self.db.execute(
            "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
            (original_id, similarity, article_id),
        )

    def minhashes(self) -> Iterator[tuple[str, str | None, bytes]]:
        """(id, published, signature) of every article that has a near-duplicate signature."""
        yield from self.db.execute(
            "SELECT id, published, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY rowid"
        )

    def duplicate_of(self, article_id: str) -> str | None:
        row = self.db.execute(
            "SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def add_outlet_lines(self, outlet: str, article_id: str, line_keys: Iterable[str]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO outlet_lines VALUES (?, ?, ?)",
            ((outlet, key, article_id) for key in line_keys),
        )

    def outlet_line_articles(self, outlet: str, line_keys: Iterable[str]) -> dict[str, set[str]]:
        """For each of these line keys, the stored articles of this outlet that have it."""
        found: dict[str, set[str]] = {}
        for key in set(line_keys):
            rows = self.db.execute(
                "SELECT article_id FROM outlet_lines WHERE outlet = ? AND line_key = ?",
                (outlet, key),
            )
            ids = {r[0] for r in rows}
            if ids:
                found[key] = ids
        return found

    def articles(self) -> Iterator[Article]:
        """Every stored article, read a batch at a time, in the order of their ids rather than
        the order stored: what is made of them does not depend on the order inputs came in."""
        rows = self.db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id")
        while batch := rows.fetchmany(256):
            yield from (self._article(row) for row in batch)

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return self._article(row) if row else None

    def content_hashes(self) -> dict[str, str]:
        """Each stored article's content hash, by id: what changed since a look before."""
        return dict(self.db.execute("SELECT id, content_hash FROM articles ORDER BY rowid"))

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def _sources(self, article_id: str, first: str) -> tuple[str, ...]:
        rows = self.db.execute(
            "SELECT source FROM article_sources WHERE article_id = ? ORDER BY source", (article_id,)
        )
        others = [s for (s,) in rows if s != first]
        return (first, *others)

    def _article(self, row: tuple) -> Article:
        (id_, content_hash, source, outlet, title, author, published, language, text, blocks,
         removed, notes, duplicate_of, similarity) = row  # fmt: skip
        return Article(
            id=id_,
            source=source,
            text=text,
            content_hash=content_hash,
            sources=self._sources(id_, source),
            outlet=outlet,
            title=title,
            author=author,
            published=published,
            language=language,
            blocks=tuple(Block(s, e, k) for s, e, k in json.loads(blocks)),
            removed=tuple(Removal(t, r) for t, r in json.loads(removed)),
            duplicate_of=duplicate_of,
            duplicate_similarity=similarity,
            notes=tuple(json.loads(notes)),
        )

    # -- search ---------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search; a query that is not valid FTS5 syntax is searched as plain words."""
        try:
            return self._search(query, limit)
        except sqlite3.OperationalError:
            words = [w for w in re.findall(r"\w+", query) if w not in FTS_OPERATORS]
            return self._search(" ".join(f'"{w}"' for w in words), limit) if words else []

    def _search(self, match: str, limit: int) -> list[SearchHit]:
        rows = self.db.execute(
            "SELECT a.id, a.title, a.outlet, "
            "snippet(articles_fts, 1, '[', ']', ' … ', 12) "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [SearchHit(*row) for row in rows]


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: type | None, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
