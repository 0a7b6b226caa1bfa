"""The shelf of analysed articles: on disk, in the order first put, replaced in place."""

import pytest

from conftest import gnad_articles
from presseschau.analysis import digest
from presseschau.annotate import annotate
from presseschau.cache import Shelf
from presseschau.ingest.text import article_from_text


def test_a_shelf_gives_back_articles_and_statements_in_order() -> None:
    texts = gnad_articles(3)
    digests = [
        digest(a) for a in annotate(article_from_text(f"a{n}", t) for n, t in enumerate(texts))
    ]
    shelf = Shelf()
    try:
        for item in digests:
            shelf.put(item.article, item.statements)
        assert len(shelf) == 3
        assert list(shelf) == [d.article for d in digests]
        assert shelf["a1"] == digests[1].article
        assert shelf.statements(["a2", "a0"]) == [*digests[2].statements, *digests[0].statements]
        assert digests[0].statements
        # A changed article replaces the one of its id where it stood.
        changed = article_from_text("a0", "Ein ganz anderer Text.")
        shelf.put(changed)
        assert list(shelf.outlets()) == ["a0", "a1", "a2"]
        assert shelf["a0"] == changed and shelf.statements(["a0"]) == []
        with pytest.raises(KeyError):
            shelf["missing"]
    finally:
        shelf.close()


def test_profiles_come_by_day_undated_last_then_in_the_order_put() -> None:
    from collections import Counter
    from datetime import date

    from presseschau.compare.profiles import Profile

    days = {"a": None, "b": date(2024, 6, 20), "c": date(2024, 6, 19), "d": date(2024, 6, 20)}
    shelf = Shelf()
    try:
        for name, day in days.items():
            shelf.put(
                article_from_text(name, "Text."), (), Profile(name, Counter(), Counter(), day)
            )
        shelf.put(article_from_text("e", "Ohne Profil."))
        assert [p.article for p in shelf.profiles()] == ["c", "b", "d", "a"]
    finally:
        shelf.close()
