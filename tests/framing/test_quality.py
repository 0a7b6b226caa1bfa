"""Text quality: slips of spelling and translation, web leftovers, byline and date."""

import json

from conftest import CORPUS
from presseschau.cli import main
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline

PIPELINE = language_pipeline()


def slips_of(text: str) -> list[tuple[str, str]]:
    article = PIPELINE(article_from_text("a", text))
    return [(s.kind, article.text[s.start : s.end]) for s in article.quality.slips]


def test_words_that_are_not_german_are_slips() -> None:
    text = (
        "Die Regierung hat innnerhalb einer Woche entschieden.\n"
        "Die Stadt will will den Platz for the people of the region umbauen."
    )
    assert slips_of(text) == [
        ("unknown_word", "innnerhalb"),
        ("doubled_word", "will will"),
        ("foreign_words", "for the people of the"),
    ]


def test_inflections_compounds_names_and_quoted_dialect_are_not_slips() -> None:
    text = (
        "Ein bedenklichem Urteil folgte die Garagenausfahrtsperre in Wiener Neustadt.\n"
        "„I hoit des ned aus“, sagte Franz Huber, und dass die die Regeln kennen, stimmt."
    )
    assert slips_of(text) == []


def test_the_report_gives_each_article_its_quality_and_each_outlet_its_rates(tmp_path) -> None:
    out = tmp_path / "out"
    assert main(["analyze", str(CORPUS), "--out", str(out), "-q", "--offline"]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    quality = {a["id"][:3]: a["quality"] for a in report["articles"]}
    # 003 states its author and date in a byline; 001 came with web leftovers.
    assert (quality["003"]["byline"], quality["003"]["dated"]) == (True, True)
    assert (quality["000"]["byline"], quality["000"]["dated"]) == (False, False)
    assert quality["001"]["boilerplate_share"] > 0.05
    assert quality["002"]["boilerplate_share"] == 0
    assert all(q["words"] > 200 for q in quality.values())
    assert sum(o["with_byline"] for o in report["outlets"]) == 1
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count("<figure>") == 3  # the outlet chart of the one story
    assert "Slips per 1,000 words" in html
