"""`analyze --engine dask` on a local Dask cluster, and `load` of what it writes."""

import json
from pathlib import Path

import pyarrow.parquet as pq

from conftest import CORPUS, gnad_articles
from presseschau.cli import main
from presseschau.store import Store


def test_a_dask_run_writes_parquet_that_load_puts_into_a_store(tmp_path: Path, capsys) -> None:
    feed = tmp_path / "agency.jsonl"
    lines = [json.dumps({"id": f"g{n}", "text": t}) for n, t in enumerate(gnad_articles(2))]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "run"
    args = ["analyze", "--engine", "dask", "--jobs", "2", str(CORPUS), str(feed), "--out", str(out)]
    assert main([*args, "--offline"]) == 0
    assert "7 articles, 3 stories, 0 failed" in capsys.readouterr().out

    articles = pq.read_table(out / "articles").to_pylist()
    assert sorted(a["id"] for a in articles) == sorted(
        [p.stem for p in CORPUS.glob("*.txt")] + ["g0", "g1"]
    )
    assert all(a["blocks"] and a["mentions"] for a in articles)
    stories = pq.read_table(out / "stories.parquet").to_pylist()
    assert sorted(len(s["articles"]) for s in stories) == [1, 1, 5]
    of = {
        row["article"]: row["story"]
        for row in pq.read_table(out / "article_stories.parquet").to_pylist()
    }
    assert len({of[p.stem] for p in CORPUS.glob("*.txt")}) == 1

    db = tmp_path / "news.db"
    assert main(["load", str(out / "articles"), "--db", str(db)]) == 0
    assert main(["load", str(out / "articles"), "--db", str(db)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith("7 articles added") and said[1].startswith(
        "0 articles added, 7 exact"
    )
    with Store(db) as store:
        texts = {a.id: a.text for a in store.articles()}
    assert {a["id"]: a["text"] for a in articles} == texts


def test_dask_needs_inputs_and_an_output_folder(capsys) -> None:
    assert main(["analyze", "--engine", "dask", str(CORPUS)]) == 2
    assert "--engine dask needs PATHs and --out DIR" in capsys.readouterr().err


def test_load_refuses_a_folder_with_a_file_that_is_no_articles_file(tmp_path: Path, capsys) -> None:
    import pyarrow as pa

    folder = tmp_path / "run"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["a"], "text": ["Ein Text."]}), folder / "part-0.parquet")
    (folder / "part-1.parquet").write_bytes(b"PAR1 broken")
    db = tmp_path / "news.db"
    assert main(["load", str(folder), "--db", str(db)]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"presseschau: error: {folder / 'part-0.parquet'}: not an articles file")
    with Store(db) as store:
        assert store.count() == 0
