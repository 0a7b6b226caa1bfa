"""`presseschau export`: the kept analysis as tables in each format, read back as written."""

import csv
import json

import pyarrow.parquet as pq

from conftest import CORPUS
from presseschau.cli import main
from presseschau.export import TABLES


def test_export_writes_every_table_in_each_format(tmp_path) -> None:
    db = tmp_path / "news.db"
    assert main(["analyze", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    for fmt in ("json", "csv", "parquet"):
        out = tmp_path / fmt
        assert main(["export", "--format", fmt, "--out", str(out), "--db", str(db), "-q"]) == 0
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in TABLES)
    articles = json.loads((tmp_path / "json" / "articles.json").read_text(encoding="utf-8"))
    assert len(articles) == 5 and all(a["story"] for a in articles)
    with (tmp_path / "csv" / "times.csv").open(encoding="utf-8", newline="") as f:
        times = list(csv.DictReader(f))
    assert any(t["value"] == "1961" and t["text"] == "1961" for t in times)
    mentions = pq.read_table(tmp_path / "parquet" / "mentions.parquet").to_pylist()
    text = {a["id"]: a["text"] for a in articles}
    putin = [m for m in mentions if m["entity"] == "per-wladimir-putin"]
    # Each mention is a way of naming him: "Putin", "Wladimir Putins", "Wladimir Wladimirowitsch".
    spans = [text[m["article"]][m["start"] : m["end"]] for m in putin]
    assert len(spans) > 10 and all("Putin" in s or "Wladimir" in s for s in spans)


def test_export_without_a_kept_analysis_is_one_line_of_error(tmp_path, capsys) -> None:
    db = tmp_path / "news.db"
    assert main(["ingest", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    assert main(["export", "--out", str(tmp_path / "out"), "--db", str(db)]) == 1
    assert "no analysis kept" in capsys.readouterr().err


def test_parquet_without_pyarrow_is_one_line_and_no_file_begun(
    tmp_path, capsys, monkeypatch
) -> None:
    import sys

    db = tmp_path / "news.db"
    assert main(["analyze", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    out = tmp_path / "tables"
    assert main(["export", "--format", "parquet", "--out", str(out), "--db", str(db)]) == 1
    assert "pip install 'presseschau[parquet]'" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())
