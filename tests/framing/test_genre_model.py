"""The genre model: it is what its script trains from the project's texts, and a model made for
other features is refused, and extreme features are clipped."""

import hashlib
import importlib.util
import json
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from presseschau.errors import PresseschauError
from presseschau.framing.genre import MODEL, GenreModel
from presseschau.framing.genre_features import FEATURES

ROOT = Path(__file__).resolve().parents[2]
ZEROS = dict.fromkeys(FEATURES, 0.0)


def shipped() -> dict:
    return json.loads((resources.files("presseschau.nlp") / "models" / MODEL).read_text("utf-8"))


def train_genre():
    spec = importlib.util.spec_from_file_location(
        "train_genre", ROOT / "scripts" / "train_genre.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_what_the_script_trains_from_the_projects_texts() -> None:
    script, model = train_genre(), shipped()
    raw, items = script.texts()
    assert model["trained_on"]["sha256"] == hashlib.sha256(raw).hexdigest()
    x = script.readings([script.headed(item["id"], item["text"]) for item in items])
    y, writers = [item["genre"] for item in items], [item["id"].split("-")[0] for item in items]
    retrained = script.fit(x, y, writers, model["trained_on"]["C"])
    assert retrained.labels == tuple(model["labels"])
    assert retrained.vocabulary == tuple(model["vocabulary"])
    for row, stored in zip(retrained.weights, model["weights"], strict=True):
        assert row == pytest.approx(stored, abs=1e-3)


def test_an_extreme_feature_counts_no_more_than_three_standard_deviations() -> None:
    model = GenreModel.from_json(shipped())
    name, mean, scale = model.features[0], model.mean[0], model.scale[0]
    start = len(model.vocabulary)
    far, farther = (model.vector(Counter(), {**ZEROS, name: mean + k * scale}) for k in (3, 30))
    near = model.vector(Counter(), {**ZEROS, name: mean + scale})
    assert far[start] == pytest.approx(farther[start])
    assert near[start] == pytest.approx(far[start] / 3)


def test_a_model_made_for_other_features_is_refused_with_a_clear_error() -> None:
    model = shipped()
    model["features"] = model["features"][:-1]
    with pytest.raises(PresseschauError, match="made for other features"):
        GenreModel.from_json(model)


TEXTS = {
    "reporting": "Die Stadt hat am Montag den Haushalt beschlossen. Der Kämmerer sagte, die "
    "Ausgaben stiegen um zwei Prozent. Nach Angaben des Rathauses bekommen die Schulen mehr.",
    "opinion": "Ich halte diesen Haushalt leider für einen Fehler. Wir müssen endlich ehrlich "
    "sein: Die Stadt sollte sparen, und natürlich wissen das alle. Wer soll das bezahlen?",
}


def test_a_model_of_ones_own_is_trained_from_a_file_and_used_by_analyze(tmp_path: Path) -> None:
    from presseschau.cli import main

    texts, out = tmp_path / "mine.jsonl", tmp_path / "mine.json"
    lines = [
        json.dumps({"id": f"{writer}-{genre}", "genre": genre, "text": text})
        for writer in ("w1", "w2", "w3")
        for genre, text in TEXTS.items()
    ]
    texts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    train_genre().main(["--texts", str(texts), "--out", str(out)])
    assert GenreModel.from_file(str(out)).labels == ("opinion", "reporting")
    corpus = ROOT.parent / "shared" / "corpus" / "putin-kim-2024"
    report = tmp_path / "report"
    args = ["analyze", str(corpus), "--out", str(report), "-q", "--offline"]
    assert main([*args, "--genre-model", str(out)]) == 0
    written = json.loads((report / "report.json").read_text(encoding="utf-8"))
    # The shipped model reads three of the five as analysis; this one knows two genres only.
    assert {a["genre"]["label"] for a in written["articles"]} <= {"opinion", "reporting"}
    assert written["generator"]["models"] == {"ner": "crf", "genre": str(out)}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read the genre model (No such file or directory)"),
        ("{}", "not a genre model of scripts/train_genre.py"),
        (json.dumps({**shipped(), "weights": []}), "not a genre model of scripts/train_genre.py"),
    ],
)
def test_a_genre_model_that_cannot_be_used_is_one_clear_line(
    tmp_path: Path, capsys, content: str | None, problem: str
) -> None:
    from presseschau.cli import main

    model = tmp_path / "model.json"
    if content is not None:
        model.write_text(content, encoding="utf-8")
    corpus = ROOT.parent / "shared" / "corpus" / "putin-kim-2024"
    args = ["analyze", str(corpus), "--out", str(tmp_path / "out"), "-q", "--offline"]
    assert main([*args, "--genre-model", str(model)]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"presseschau: error: {model}: {problem}"


def test_watch_rounds_use_the_genre_model_given(tmp_path: Path) -> None:
    from presseschau.cli import main

    model = shipped()
    model["bias"][model["labels"].index("reporting")] += 1000.0  # reporting, whatever it reads
    path = tmp_path / "reporting.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    corpus = ROOT.parent / "shared" / "corpus" / "putin-kim-2024"
    out = tmp_path / "report"
    args = [str(corpus), "--db", str(tmp_path / "news.db"), "--out", str(out), "--offline", "-q"]
    assert main(["watch", *args, "--rounds", "1", "--genre-model", str(path)]) == 0
    written = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [a["genre"]["label"] for a in written["articles"]] == ["reporting"] * 5
    assert written["generator"]["models"]["genre"] == str(path)
