from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import CORPUS
from presseschau.cli import main
from presseschau.render.json import SCHEMA, schema_document


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["analyze", str(CORPUS), "--out", str(out), "-q", "--offline"]) == 0
    return out


@pytest.fixture(scope="module")
def report(report_dir: Path) -> dict:
    return json.loads((report_dir / "report.json").read_text(encoding="utf-8"))


def test_report_follows_the_json_schema(report: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(schema_document())
    jsonschema.validate(report, schema_document())
    assert report["schema"] == SCHEMA


def test_blocks_are_offsets_into_the_text_and_cover_it(report: dict) -> None:
    for article in report["articles"]:
        pieces = [article["text"][b["start"] : b["end"]] for b in article["blocks"]]
        assert "\n".join(pieces) == article["text"]
        assert all(piece and piece == piece.strip() for piece in pieces)


def test_every_block_is_a_line_of_the_source_file(report: dict) -> None:
    for article in report["articles"]:
        raw_lines = {line.strip() for line in Path(article["source"]).read_text().splitlines()}
        for block in article["blocks"]:
            assert article["text"][block["start"] : block["end"]] in raw_lines


def test_html_report_is_self_contained(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert html.count("<article ") == 5


def test_html_report_shows_removed_parts_on_demand(report_dir: Path, report: dict) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    removed = [r for a in report["articles"] for r in a["removed"]]
    assert removed
    assert html.count('<details class="removed">') == sum(
        1 for a in report["articles"] if a["removed"]
    )
    assert "[Hier weiterlesen]" in html


def test_untrusted_text_is_escaped_in_the_html(tmp_path: Path) -> None:
    hostile = tmp_path / "in" / "hostile.txt"
    hostile.parent.mkdir()
    hostile.write_text(
        "Ein Bericht über <script>alert('x')</script> und <img src=x onerror=alert(1)> in einem "
        "Artikel, der lang genug ist, um als Text zu gelten, mit einem vollständigen Satz.\n",
        encoding="utf-8",
    )
    assert (
        main(["analyze", str(hostile.parent), "--out", str(tmp_path / "out"), "-q", "--offline"])
        == 0
    )
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
