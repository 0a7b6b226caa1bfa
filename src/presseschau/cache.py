"""A shelf of analysed articles and compared stories on disk: each article without its tokens
(which are most of its size), with its statements and clustering profile, kept until the
comparison of its story and the report need them, and each story's comparison as it is made,
so that an analysis of many articles does not hold them all in memory."""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from presseschau.compare.profiles import Profile
from presseschau.compare.statements import Statement
from presseschau.compare.story import Story
from presseschau.model import Article

# Articles read again soon after (a story's members while its page is written) are kept.
RECENT = 256


def _pack(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes) -> object:
    return pickle.loads(zlib.decompress(data))


def _unpacked(rows: sqlite3.Cursor) -> Iterator:
    """The values of rows of one packed column, read a batch at a time."""
    while batch := rows.fetchmany(256):
        yield from (_unpack(data) for (data,) in batch)


class Shelf:
    """The articles in the order first put, in a private SQLite file that this process writes
    and reads and that is deleted when the shelf is closed (SQLite's temporary database)."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self.db = sqlite3.connect("")
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute(
            "CREATE TABLE articles (id TEXT PRIMARY KEY, outlet TEXT, data BLOB, "
            "statements BLOB, day TEXT, profile BLOB)"
        )
        self.db.execute("CREATE TABLE stories (id TEXT PRIMARY KEY, size INTEGER, data BLOB)")
        self._recent = lru_cache(RECENT)(self._load)
        for article in articles:
            self.put(article)

    def put(
        self,
        article: Article,
        statements: Sequence[Statement] = (),
        profile: Profile | None = None,
    ) -> None:
        """Keep the article, with its statements and clustering profile where made, replacing
        one of the same id where it stood."""
        day = profile.day.isoformat() if profile and profile.day else None
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "outlet = excluded.outlet, data = excluded.data, statements = excluded.statements, "
            "day = excluded.day, profile = excluded.profile",
            (
                article.id,
                article.outlet,
                _pack(article),
                _pack(tuple(statements)),
                day,
                _pack(profile) if profile else None,
            ),
        )
        self._recent.cache_clear()

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def __iter__(self) -> Iterator[Article]:
        return _unpacked(self.db.execute("SELECT data FROM articles ORDER BY rowid"))

    def outlets(self) -> dict[str, str | None]:
        """Each article's outlet (None where unknown), by id, in order: without reading the
        articles."""
        return dict(self.db.execute("SELECT id, outlet FROM articles ORDER BY rowid"))

    def _load(self, article: str) -> Article:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article,)).fetchone()
        if row is None:
            raise KeyError(article)
        return _unpack(row[0])

    def __getitem__(self, article: str) -> Article:
        return self._recent(article)

    def statements(self, articles: Sequence[str]) -> list[Statement]:
        """The statements of these articles, article by article in this order."""
        query = "SELECT statements FROM articles WHERE id = ?"
        found: list[Statement] = []
        for article in articles:
            found.extend(_unpack(self.db.execute(query, (article,)).fetchone()[0]))
        return found

    def profiles(self) -> Iterator[Profile]:
        """The clustering profiles of the articles put with one, in the order they appeared:
        by day, undated ones last (`stories.by_day`)."""
        rows = self.db.execute(
            "SELECT profile FROM articles WHERE profile IS NOT NULL "
            "ORDER BY day IS NULL, day, rowid"
        )
        return _unpacked(rows)

    def put_story(self, story: Story) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO stories VALUES (?, ?, ?)",
            (story.id, len(story.articles), _pack(story)),
        )

    def clear_stories(self) -> None:
        self.db.execute("DELETE FROM stories")

    def close(self) -> None:
        self.db.close()


class StoryList:
    """The stories on a shelf in the order put (with `shared`, only those of two or more
    articles; with `largest`, so many of the largest first), read from it each time they are
    gone through."""

    def __init__(self, shelf: Shelf, shared: bool = False, largest: int | None = None) -> None:
        self.db = shelf.db
        self.where = "WHERE size > 1" if shared else ""
        # With `largest`, only so many of them, the largest first.
        self.order = (
            "ORDER BY rowid"
            if largest is None
            else f"ORDER BY size DESC, rowid LIMIT {int(largest)}"
        )

    def __len__(self) -> int:
        found = f"SELECT 1 FROM stories {self.where} {self.order}"
        return self.db.execute(f"SELECT count(*) FROM ({found})").fetchone()[0]

    def __iter__(self) -> Iterator[Story]:
        return _unpacked(self.db.execute(f"SELECT data FROM stories {self.where} {self.order}"))

    def __getitem__(self, story: str) -> Story:
        row = self.db.execute("SELECT data FROM stories WHERE id = ?", (story,)).fetchone()
        if row is None:
            raise KeyError(story)
        return _unpack(row[0])
