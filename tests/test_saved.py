"""The analysis kept in the store: saved whole by `analyze --db`, replaced by the next one,
and read back as the objects it was made of."""

import json
import sqlite3

from conftest import CORPUS, gnad_articles
from presseschau.analysis import analyze
from presseschau.annotate import annotate
from presseschau.cli import main
from presseschau.codec import dump, load
from presseschau.compare.story import Story
from presseschau.ingest.text import article_from_text
from presseschau.model import Article, Entity


def test_what_the_codec_dumps_as_json_loads_as_the_same_objects() -> None:
    articles = [article_from_text(f"a{n}", t) for n, t in enumerate(gnad_articles(4))]
    with analyze(annotate(articles)) as analysis:
        for kind, items in ((Article, analysis.articles), (Entity, analysis.entities),
                            (Story, analysis.stories)):  # fmt: skip
            for item in items:
                assert load(kind, json.loads(json.dumps(dump(item)))) == item


def test_analyze_db_keeps_one_analysis_and_replaces_it(tmp_path) -> None:
    db = tmp_path / "news.db"
    for _ in range(2):
        assert main(["analyze", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    with sqlite3.connect(db) as con:
        counts = [
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("analysis_articles", "analysis_stories", "analysis_meta")
        ]
        assert counts == [5, 1, 3]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        mentions = con.execute(
            "SELECT sum(mentions) FROM analysis_entity_articles WHERE entity_id = ?",
            ("per-wladimir-putin",),
        ).fetchone()[0]
        assert mentions > 10
