import gzip
import json
from pathlib import Path

import pytest

from presseschau.cli import main
from presseschau.errors import InputError
from presseschau.evaluate.quotes import read_gold

TEXT = (
    "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Anna Meier.\n"
    "Die Arbeiten dauerten zwei Jahre, teilte die Stadt mit.\n"
    "Der Verkehr werde umgeleitet."
)


def span(text: str, part: str) -> list[int]:
    start = TEXT.index(part)
    return [start, start + len(part)]


GOLD = {
    "id": "1",
    "title": "Brücke",
    "date": "2024-01-01",
    "text": TEXT,
    "quotes": [
        {
            "type": "Direct",
            "medium": "Speech",
            "nested": False,
            "quote": [span(TEXT, "„Wir bauen die Brücke neu“")],
            "speaker": [span(TEXT, "Bürgermeisterin Anna Meier")],
            "cue": [span(TEXT, "sagte")],
            "addressee": [],
        },
        {
            "type": "Indirect",
            "medium": "Writing",
            "nested": False,
            "quote": [span(TEXT, "Die Arbeiten dauerten zwei Jahre")],
            "speaker": [span(TEXT, "die Stadt")],
            "cue": [span(TEXT, "teilte"), span(TEXT, "mit")],
            "addressee": [],
        },
        {
            "type": "IndirectFreeIndirect",
            "medium": "Writing",
            "nested": False,
            "quote": [span(TEXT, "Der Verkehr werde umgeleitet.")],
            "speaker": [span(TEXT, "die Stadt")],
            "cue": [],
            "addressee": [],
        },
        {
            "type": "Reported",
            "medium": "Speech",
            "nested": False,
            "quote": [span(TEXT, "Die Arbeiten")],
            "speaker": [],
            "cue": [],
            "addressee": [],
        },
    ],
}


@pytest.mark.parametrize("compressed", [False, True])
def test_eval_quotes_scores_each_kind_and_the_speakers(
    tmp_path: Path, capsys, compressed: bool
) -> None:
    line = (json.dumps(GOLD, ensure_ascii=False) + "\n").encode()
    path = tmp_path / ("gold.jsonl.gz" if compressed else "gold.jsonl")
    path.write_bytes(gzip.compress(line) if compressed else line)
    assert main(["eval", "quotes", str(path), "--json"]) == 0
    score = json.loads(capsys.readouterr().out)
    assert score["direct"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "predicted": 1,
        "gold": 1,
        "found": 1,
    }
    assert (score["indirect"]["recall"], score["indirect"]["gold"]) == (1.0, 2)
    assert score["indirect"]["precision"] == 1.0
    # The Reported gold quote is only in `all`; it lies inside the indirect quote, which finds
    # it too, so every gold quote is found.
    assert (score["all"]["gold"], score["all"]["found"]) == (4, 4)
    # Three of the four found quotes have the gold speaker; the reported one has none in the
    # gold but the speaker "die Stadt" here.
    assert score["speaker"] == {"accuracy": 0.75, "found": 4}
    assert (score["documents"], score["words"]) == (1, len(TEXT.split()))


def test_eval_quotes_prints_a_table(tmp_path: Path, capsys) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", str(path)]) == 0
    out = capsys.readouterr().out
    assert "direct       1.000   1.000  1.000      1" in out
    assert "speaker accuracy: 0.750 of 4 found quotes" in out


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "no documents"),
        (b'{"id": "1", "text": "x"}\n', "line 1: not a quotation record"),
        (b"\x1f\x8b broken", "cannot read"),
        (b'{"id": "1", "text": "x", "quotes": [{"type": "Sung", "quote": []}]}\n', "Sung"),
    ],
)
def test_bad_quotation_files_are_one_line_errors(tmp_path: Path, content: bytes, problem) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_gold(path)
