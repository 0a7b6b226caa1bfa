"""The statements of annotated articles, kept on disk until the comparison of their story
needs them: an analysis then holds its articles without their tokens, which are most of an
article's size and which only the statements need."""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from collections.abc import Sequence
from pathlib import Path

from presseschau.compare.statements import Statement


class StatementCache:
    """A scratch SQLite file of each article's pickled statements; the process that writes it
    reads it."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS statements (article TEXT PRIMARY KEY, data BLOB)"
        )

    def put(self, article: str, found: Sequence[Statement]) -> None:
        data = zlib.compress(pickle.dumps(tuple(found), protocol=pickle.HIGHEST_PROTOCOL), 1)
        self.db.execute("INSERT OR REPLACE INTO statements VALUES (?, ?)", (article, data))

    def get(self, articles: Sequence[str]) -> list[Statement]:
        """The statements of these articles, article by article in this order."""
        query = "SELECT data FROM statements WHERE article = ?"
        found: list[Statement] = []
        for article in articles:
            found.extend(
                pickle.loads(zlib.decompress(self.db.execute(query, (article,)).fetchone()[0]))
            )
        return found

    def close(self) -> None:
        self.db.close()
