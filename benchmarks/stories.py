"""Story clustering: the example story among 1,028 other articles, BCubed against hand-made
stories, and the clustering's speed.

    python benchmarks/stories.py [--scale N]

The five example articles are mixed into the 10kGNAD articles (row 500 onwards comes after
them). Checks that the five form one story that no other article joins, then scores the
clustering with BCubed precision, recall and F1 against benchmarks/data/stories-gnad.json
(hand-made groups of GNAD rows that report one event; every other row is a story of its own,
the example articles one story): over all articles, and over the articles of the hand-made
multi-article stories only, where singletons cannot flatter the figures.

With --scale N it then clusters a stream of N articles: the profiles of these articles again
and again under new ids, each copy WINDOW_DAYS + 1 days after the one before (about 1,000
articles a day, as a large feed brings), and prints the time and peak memory.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import time
from datetime import date, timedelta
from pathlib import Path

from gnad import gnad_texts

from presseschau.compare.profiles import Profile, profile
from presseschau.compare.stories import WINDOW_DAYS, StoryClusterer, cluster
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline
from presseschau.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "putin-kim-2024"
GOLD = ROOT / "benchmarks" / "data" / "stories-gnad.json"
MIX_AT = 500


def example_articles(scratch: Path) -> list:
    from presseschau.ingest.ingestor import Ingestor
    from presseschau.settings import Settings

    with Store(scratch / "example.db") as store:
        Ingestor(store, Settings(offline=True, progress=False)).ingest([str(CORPUS)])
        return list(store.articles())


def bcubed(found: dict[str, int], gold: dict[str, int], items: list[str]) -> tuple[float, ...]:
    def members(assignment: dict[str, int]) -> dict[int, set[str]]:
        groups: dict[int, set[str]] = {}
        for item, group in assignment.items():
            groups.setdefault(group, set()).add(item)
        return groups

    found_groups, gold_groups = members(found), members(gold)
    precision = recall = 0.0
    for item in items:
        mine, true = found_groups[found[item]], gold_groups[gold[item]]
        precision += len(mine & true) / len(mine)
        recall += len(mine & true) / len(true)
    precision, recall = precision / len(items), recall / len(items)
    return precision, recall, 2 * precision * recall / (precision + recall)


def stream(profiles: list[Profile], count: int) -> None:
    start_day = date(2024, 1, 1)
    clusterer = StoryClusterer()
    start = time.perf_counter()
    for n in range(count):
        copy, base = divmod(n, len(profiles))
        day = start_day + timedelta(days=copy * (WINDOW_DAYS + 1))
        clusterer.add(
            dataclasses.replace(profiles[base], article=f"{copy}/{profiles[base].article}", day=day)
        )
    clusterer.revise()
    stories = clusterer.groups()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"stream of {count:,} articles: {seconds:.1f} s ({count / seconds:,.0f} articles/s), "
        f"{len(stories):,} stories, peak memory {peak:.0f} MB"
    )


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=0, help="also cluster a stream of N")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        example = example_articles(Path(scratch))
    gnad = [article_from_text(f"gnad-{n}", t) for n, t in enumerate(gnad_texts(1028))]
    pipeline = language_pipeline()
    articles = [pipeline(a) for a in gnad[:MIX_AT] + example + gnad[MIX_AT:]]
    start = time.perf_counter()
    profiles = [profile(a) for a in articles]
    groups = cluster(profiles)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"articles: {len(articles)}  stories: {len(groups)}  with 2+ articles: "
        f"{sum(len(g.articles) > 1 for g in groups)}  clustering: {seconds:.2f} s  "
        f"({len(articles) / seconds:,.0f} articles/s)  peak memory {peak:.0f} MB"
    )
    ids = {a.id for a in example}
    holding = [g for g in groups if ids & set(g.articles)]
    others = sorted({a for g in holding for a in g.articles} - ids)
    print(
        f"example story: its {len(ids)} articles in {len(holding)} stories; "
        f"other articles joining them: {len(others)} {others[:5]}"
    )
    found = {a: n for n, g in enumerate(groups) for a in g.articles}
    gold = {a.id: n for n, a in enumerate(articles)}
    hand = json.loads(GOLD.read_text(encoding="utf-8"))["stories"]
    for story in hand:
        for row in story["articles"]:
            gold[f"gnad-{row}"] = -1 - hand.index(story)
    for article in ids:
        gold[article] = len(articles)
    everyone = list(gold)
    in_stories = [a for a in everyone if gold[a] < 0 or a in ids]
    for label, items in (("all articles", everyone), ("articles of hand-made stories", in_stories)):
        p, r, f = bcubed(found, gold, items)
        print(f"BCubed over {label} ({len(items)}): precision {p:.3f}  recall {r:.3f}  f1 {f:.3f}")
    if args.scale:
        stream(profiles, args.scale)


if __name__ == "__main__":
    main()
