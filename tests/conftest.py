from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "putin-kim-2024"
HTML_NEWS = SHARED / "data" / "html-news-de"
GNAD = SHARED / "data" / "gnad10k" / "test.csv"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the example corpus."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


def gnad_articles(count: int) -> list[str]:
    """The first `count` article texts of the 10kGNAD test split (label;'text' per line)."""
    import csv

    with GNAD.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";", quotechar="'")
        return [row[1] for row, _ in zip(rows, range(count), strict=False)]


def valid_report(folder: Path) -> dict:
    """The report.json in `folder`, checked against the report's JSON Schema."""
    import json

    import jsonschema

    from presseschau.render.json import schema_document

    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema_document())
    return report
