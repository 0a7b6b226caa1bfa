import json
from pathlib import Path

import pytest

from presseschau.cli import main
from presseschau.errors import InputError
from presseschau.evaluate.time import read_documents

KEYINLINE = """<DOC>
<DOCID>01_Test</DOCID>
<DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
<TEXT>
Der Krieg begann am <TIMEX2 val="1914-07-28">28. Juli 1914</TIMEX2>.
Am <TIMEX2 val="1914-07-30">30. Juli</TIMEX2> folgte die Mobilmachung,
<TIMEX2 val="P2D">zwei Tage</TIMEX2> lang.
Die Stadt hat <TIMEX2 val="PRESENT_REF">heute</TIMEX2> 5000 Einwohner.
</TEXT>
</DOC>
"""


@pytest.fixture
def wikiwars(tmp_path: Path) -> Path:
    (tmp_path / "keyinline").mkdir()
    (tmp_path / "keyinline" / "01_Test.key.xml").write_text(KEYINLINE, encoding="utf-8")
    return tmp_path


def test_gold_spans_are_offsets_into_the_text_without_tags(wikiwars: Path) -> None:
    [document] = read_documents(wikiwars)
    assert document.created == "2011-02-16T17:00:00"
    assert [(document.text[g.start : g.end], g.value) for g in document.gold] == [
        ("28. Juli 1914", "1914-07-28"),
        ("30. Juli", "1914-07-30"),
        ("zwei Tage", "P2D"),
        ("heute", "PRESENT_REF"),
    ]


def test_eval_time_scores_spans_and_values(wikiwars: Path, capsys) -> None:
    assert main(["eval", "time", str(wikiwars), "--json"]) == 0
    score = json.loads(capsys.readouterr().out)
    # "5000 Einwohner" is a quantity, so every found span is a gold one.
    assert score["span"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "predicted": 4, "gold": 4}
    assert score["value"] == {"accuracy": 1.0, "matched": 4}


def test_a_folder_without_the_layout_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no keyinline"):
        read_documents(tmp_path)
