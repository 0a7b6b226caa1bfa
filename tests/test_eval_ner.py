from pathlib import Path

import pytest

from presseschau.errors import InputError
from presseschau.evaluate.ner import evaluate_ner, map_label, read_germeval, score
from presseschau.nlp.ner import bio_spans

GERMEVAL = """#\thttp://example.org/1\t[2024-06-19]
1\tWladimir\tB-PER\tO
2\tPutin\tI-PER\tO
3\ttraf\tO\tO
4\tKim\tB-PER\tO
5\tJong\tI-PER\tO
6\tUn\tI-PER\tO
7\tin\tO\tO
8\tPjöngjang\tB-LOC\tO
9\t.\tO\tO

#\thttp://example.org/2\t[2024-06-19]
1\tDie\tO\tO
2\tNATO-Chefs\tB-ORGpart\tO
3\tlasen\tO\tO
4\tden\tO\tO
5\tSpiegel\tB-ORG\tO
6\t.\tO\tO

"""

# Right: Wladimir Putin (PER), Spiegel (ORG). Wrong: "Kim Jong" is not the gold span
# "Kim Jong Un", and "Pjöngjang" has the wrong type. So 2 of 4 predicted spans are right, of 4 gold.
PREDICTED = {
    "Wladimir": "B-PER",
    "Putin": "I-PER",
    "Kim": "B-PER",
    "Jong": "I-PER",
    "Pjöngjang": "B-ORG",
    "Spiegel": "B-ORG",
}


def predict(words):
    return bio_spans([PREDICTED.get(word, "O") for word in words])


@pytest.fixture
def germeval(tmp_path: Path) -> Path:
    path = tmp_path / "ner.tsv"
    path.write_text(GERMEVAL, encoding="utf-8")
    return path


def test_score_counts_exact_outer_spans(germeval):
    result = score(read_germeval(germeval), predict).as_dict()
    assert (result["precision"], result["recall"], result["f1"]) == (0.5, 0.5, 0.5)


def test_score_per_type(germeval):
    types = score(read_germeval(germeval), predict).as_dict()["types"]
    assert types["PER"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert types["ORG"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": pytest.approx(2 / 3),
        "support": 1,
    }
    assert types["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}


def test_germeval_variants_can_be_scored_as_types(germeval):
    types = score(read_germeval(germeval), predict, variants=True).as_dict()["types"]
    assert types["ORGpart"]["support"] == 1


def test_labels_map_to_our_types():
    assert [map_label(x) for x in ("B-OTH", "I-LOC", "B-LOCderiv", "B-ORGpart", "O")] == [
        "B-MISC",
        "I-LOC",
        "O",
        "O",
        "O",
    ]


def test_as_dict_names_kind_and_sentences(germeval):
    result = score(read_germeval(germeval), predict).as_dict()
    assert (result["kind"], result["sentences"]) == ("ner", 2)


def test_evaluate_ner_uses_the_shipped_model(germeval):
    result = evaluate_ner(germeval).as_dict()
    assert result["types"]["PER"]["f1"] == 1.0


def test_a_file_not_in_germeval_format_is_an_input_error(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("just some text\nand more\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv"):
        evaluate_ner(path)


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate_ner(tmp_path / "missing.tsv")
