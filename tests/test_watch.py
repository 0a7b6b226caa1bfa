"""Stream mode: each round analyses only what is new and compares only the stories it changed."""

import shutil
from pathlib import Path

from conftest import CORPUS, gnad_articles
from presseschau.cli import main
from presseschau.ingest.ingestor import Ingestor
from presseschau.nlp.stages import Models
from presseschau.settings import Settings
from presseschau.store import Store
from presseschau.watch import Watcher

EXAMPLE = sorted(CORPUS.glob("*.txt"))


def test_rounds_analyse_new_articles_only_and_keep_untouched_stories(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in EXAMPLE[:3]:
        shutil.copy(path, folder)
    (folder / "other.txt").write_text(gnad_articles(1)[0], encoding="utf-8")
    with Store(tmp_path / "news.db") as store:
        ingestor = Ingestor(store, Settings(offline=True, progress=False))
        watcher = Watcher(store, ingestor, Models(), jobs=1)
        first = watcher.round([str(folder)])
        assert (first.ingested.added, first.analysed) == (4, 4)
        [other] = [s for s in first.analysis.stories if len(s.articles) == 1]

        for path in EXAMPLE[3:]:
            shutil.copy(path, folder)
        second = watcher.round([str(folder)])
        assert (second.ingested.added, second.analysed, second.compared) == (2, 2, 1)
        sizes = sorted(len(s.articles) for s in second.analysis.stories)
        assert sizes == [1, 5]
        # The story no new article joined was not compared again.
        assert other in list(second.analysis.stories)

        third = watcher.round([str(folder)])
        assert (third.ingested.added, third.analysed, third.compared) == (0, 0, 0)

        # An article whose text changed is analysed again, and so is the comparison of its
        # story, though the story keeps the same articles.
        edited = folder / EXAMPLE[-1].name
        edited.write_text(edited.read_text(encoding="utf-8") + "\nEin Satz kam hinzu.\n")
        fourth = watcher.round([str(folder)])
        assert (fourth.analysed, fourth.compared) == (1, 1)
        assert sorted(len(s.articles) for s in fourth.analysis.stories) == [1, 5]


def test_watch_runs_rounds_and_writes_the_report(tmp_path: Path, capsys) -> None:
    out = tmp_path / "report"
    args = [str(CORPUS), "--db", str(tmp_path / "news.db"), "--out", str(out), "--offline"]
    assert main(["watch", *args, "--rounds", "2", "--interval", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("round 1: 5 articles added, 5 analysed, 1 stories compared")
    assert lines[1].startswith("round 2: 0 articles added, 0 analysed, 0 stories compared")
    assert (out / "report.html").exists() and (out / "report.json").exists()
    # Each round keeps its analysis in the store, for `serve` and `export`.
    from presseschau.saved import Saved
    from presseschau.store import Store

    with Store(tmp_path / "news.db") as store:
        saved = Saved(store)
        assert saved.article_count() == 5
        assert [s["size"] for s in saved.stories("biggest")] == [5]
