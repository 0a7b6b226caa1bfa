"""Story clustering: the example story among other articles, the time window, merges and
moves."""

import dataclasses
from collections import Counter
from datetime import date
from pathlib import Path

from conftest import CORPUS, gnad_articles
from presseschau.compare.profiles import Profile, profile
from presseschau.compare.stories import StoryClusterer, cluster
from presseschau.ingest.ingestor import Ingestor
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline
from presseschau.settings import Settings
from presseschau.store import Store

PIPELINE = language_pipeline()


def example_articles(tmp_path: Path) -> list:
    with Store(tmp_path / "example.db") as store:
        Ingestor(store, Settings(offline=True, progress=False)).ingest([str(CORPUS)])
        return [PIPELINE(a) for a in store.articles()]


def gnad(count: int) -> list:
    return [PIPELINE(article_from_text(f"gnad-{n}", t)) for n, t in enumerate(gnad_articles(count))]


def words(article_id: str, text: str, day: date | None = None) -> Profile:
    return Profile(article_id, Counter(text.split()), Counter(), day)


def test_the_example_articles_are_one_story_that_no_other_article_joins(tmp_path: Path) -> None:
    example = example_articles(tmp_path)
    others = gnad(80)
    groups = cluster(profile(a) for a in others[:40] + example + others[40:])
    ids = {a.id for a in example}
    [story] = [g for g in groups if ids & set(g.articles)]
    assert set(story.articles) == ids
    assert story.first == story.last == date(2024, 6, 19)


def test_the_same_report_a_day_later_joins_the_story_ten_days_later_it_does_not() -> None:
    [text] = gnad_articles(1)
    first = PIPELINE(dataclasses.replace(article_from_text("a", text), published="2024-03-01"))
    later = {
        day: dataclasses.replace(profile(first), article=f"b{day}", day=date(2024, 3, day))
        for day in (2, 11)
    }
    assert len(cluster([profile(first), later[2]])) == 1
    assert len(cluster([profile(first), later[11]])) == 2


def test_a_story_out_of_the_window_is_closed_and_its_vectors_let_go() -> None:
    clusterer = StoryClusterer()
    clusterer.add(words("a", "vulkan ausbruch island lava asche", date(2024, 3, 1)))
    clusterer.add(words("b", "wahl parlament stimmen koalition", date(2024, 3, 20)))
    assert list(clusterer.vectors) == ["b"]
    assert [g.articles for g in clusterer.groups()] == [("a",), ("b",)]


def test_two_stories_merge_when_a_later_article_bridges_them() -> None:
    clusterer = StoryClusterer()
    first = clusterer.add(words("1", "vulkan ausbruch island lava asche"))
    second = clusterer.add(words("2", "flughafen sperre flug asche wolke"))
    assert first != second
    clusterer.add(words("3", "vulkan ausbruch island lava asche flughafen sperre flug wolke"))
    assert [g.articles for g in clusterer.groups()] == [("1", "2", "3")]


def test_revision_moves_articles_that_another_story_fits_better() -> None:
    clusterer = StoryClusterer()
    for article_id, text in [
        ("1", "vulkan ausbruch lava"),
        ("x", "vulkan lava flug sperre flughafen"),
        ("3", "flug sperre flughafen passagiere"),
        ("4", "flug sperre flughafen passagiere warten"),
        ("5", "flug sperre passagiere flughafen hotel"),
    ]:
        clusterer.add(words(article_id, text))
    assert len(clusterer.groups()) == 1  # each article was near enough to the story so far
    assert clusterer.revise() > 0
    assert [g.articles for g in clusterer.groups()] == [("3", "4", "5"), ("1", "x")]


def test_a_profile_counts_names_by_lemma() -> None:
    article = PIPELINE(
        article_from_text(
            "a", "Wladimir Putin reiste nach Pjöngjang. Putins Besuch dauerte zwei Tage."
        )
    )
    found = profile(article)
    assert found.names["putin"] == 2 and found.names["wladimir"] == 1
    assert "reisen" in found.terms and "besuch" in found.terms
