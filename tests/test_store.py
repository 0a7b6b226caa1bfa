from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from presseschau.errors import StoreError
from presseschau.ingest.dedup import content_hash
from presseschau.model import Article, Block, Removal
from presseschau.store import MIGRATIONS, Store


def make_article(article_id: str, text: str, source: str | None = None) -> Article:
    source = source or f"/in/{article_id}.txt"
    return Article(
        id=article_id,
        source=source,
        sources=(source,),
        text=text,
        content_hash=content_hash(text),
        title="Überschrift",
        outlet="Beispielblatt",
        published="2024-06-19",
        language="de",
        blocks=(Block(0, len(text), "paragraph"),),
        removed=(Removal("zum Inhalt", "skip link"),),
        notes=("not UTF-8; decoded as cp1252",),
    )


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    with Store(db) as store:
        assert [v for v, _ in store.migrations()] == list(range(1, len(MIGRATIONS) + 1))


def test_article_round_trips(tmp_path: Path) -> None:
    article = make_article("a1", "Putin reiste nach Pjöngjang.")
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.add_article(article, None)
    with Store(tmp_path / "s.db") as store:
        assert store.article("a1") == article


def test_full_text_search_finds_inflected_words_without_diacritics(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(
                make_article("a1", "Der Besuch in Pjöngjang war lange geplant."), None
            )
            store.add_article(make_article("a2", "Wahlen in Österreich."), None)
        hits = store.search("pjongjang")
    assert [h.id for h in hits] == ["a1"]
    assert "[Pjöngjang]" in hits[0].snippet


def test_search_with_broken_query_syntax_searches_the_words(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(make_article("a1", 'Er sprach von "Despoten" im Westen.'), None)
        assert [h.id for h in store.search('"Despoten AND')] == ["a1"]


def test_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(make_article("a1", "Ein Text."), None)
            raise RuntimeError("crash in the middle")
        assert store.count() == 0
        assert store.search("Text") == []


def test_forgetting_the_last_source_drops_the_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.add_article(make_article("a1", "Erster Text."), None)
        store.add_article(make_article("a2", "Zweiter Text."), None)
        store.add_source("a2", "/in/copy.txt")
        store.forget_source("/in/a1.txt")
        store.forget_source("/in/a2.txt")
        assert store.article("a1") is None
        assert store.article("a2").sources == ("/in/copy.txt",)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is a shopping list, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(bogus)
    assert bogus.read_text().startswith("this is a shopping list")


def test_store_is_a_plain_sqlite_file(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, store.transaction():
        store.add_article(make_article("a1", "Ein Text."), None)
    rows = sqlite3.connect(tmp_path / "s.db").execute("SELECT id, outlet FROM articles").fetchall()
    assert rows == [("a1", "Beispielblatt")]
