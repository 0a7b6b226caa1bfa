from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import CORPUS, gnad_articles, valid_report
from presseschau.cli import main
from presseschau.render.json import SCHEMA, schema_document


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report")
    assert main(["analyze", str(CORPUS), "--out", str(out), "-q", "--offline"]) == 0
    return out


@pytest.fixture(scope="module")
def report(report_dir: Path) -> dict:
    return valid_report(report_dir)


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema_document())


def test_report_names_its_schema_version_and_the_models_it_ran_with(report: dict) -> None:
    assert report["schema"] == SCHEMA
    assert report["generator"]["models"] == {"ner": "crf", "genre": "shipped"}


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
    valid_report(tmp_path / "out")
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_a_mixed_run_reports_duplicates_languages_and_failures(
    corpus: Path, tmp_path: Path
) -> None:
    stem = sorted(p.stem for p in corpus.glob("*.txt"))[2]
    lines = (corpus / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
    (corpus / "copy.txt").write_text("\n".join(lines[1:]), encoding="utf-8")
    (corpus / "en.txt").write_text(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty.\n"
    )
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "-q", "--offline"]) == 1
    report = valid_report(out)
    by_id = {a["id"]: a for a in report["articles"]}
    assert by_id["copy"]["duplicate_of"] == stem
    assert by_id["en"]["language"] == "en"
    assert [Path(f["source"]).name for f in report["failures"]] == ["image.txt"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert f"Near-duplicate of</dt><dd>{stem}" in html
    assert "image.txt</code>: binary file, not an article" in html


def test_example_corpus_loses_its_web_leftovers_and_keeps_its_byline(report: dict) -> None:
    removed = {a["id"][:3]: [r["reason"] for r in a["removed"]] for a in report["articles"]}
    assert removed == {
        "000": [],
        "001": [
            "skip link",
            "truncated teaser",
            "teaser",
            "repeat",
            "related links",
            "navigation",
            "navigation",
        ],
        "002": [],
        "003": ["byline", "read more", "comment form", "comment form", "comment form"],
        "004": ["teaser"],
    }
    (byline,) = [a for a in report["articles"] if a["author"]]
    assert (byline["author"], byline["published"]) == ("Thomas Röper", "2024-06-19")
    headings = {
        a["id"][:3]: [b["kind"] for b in a["blocks"]].count("heading") for a in report["articles"]
    }
    assert headings == {"000": 5, "001": 0, "002": 5, "003": 0, "004": 0}


def test_example_corpus_people_are_entities_with_canonical_names(report: dict) -> None:
    people = {e["name"]: e for e in report["entities"] if e["type"] == "PER"}
    putin = people["Wladimir Putin"]
    assert {"Putin", "Putins"} <= set(putin["aliases"])
    assert len({m["article"] for m in putin["mentions"]}) == 5
    assert {"Antony Blinken", "Jens Stoltenberg", "Dmytro Kuleba", "Chris Monday"} <= set(people)
    places = {e["name"] for e in report["entities"] if e["type"] == "LOC"}
    assert {"Russland", "Nordkorea", "Pjöngjang", "Ukraine"} <= places
    assert not {"Russland", "Nordkorea", "Pjöngjang", "NATO", "Forschungsassistentin"} & set(people)


def quotes_of(report: dict, name: str) -> list[dict]:
    entity = next(e for e in report["entities"] if e["name"] == name)
    return [q for q in report["quotes"] if entity["id"] in q["speakers"]]


@pytest.mark.parametrize(
    ("name", "kind", "words"),
    [
        ("Chris Monday", "direct", "Putin ist wütend"),
        ("Chris Monday", "direct", "Vor einem Jahr schien das unmöglich"),
        ("Kim Jong Un", "direct", "Dieses Abkommen ist unser bisher stärkster Vertrag"),
        ("Wladimir Putin", "partial", "bahnbrechendes Dokument"),
        ("Wladimir Putin", "partial", "Aggression"),
        ("Vladimir Solovyov", "partial", "wir schon in einem Dritten Weltkrieg leben"),
        ("Antony Blinken", "indirect", "dass der Handel zunehmen werde"),
        ("Jo Bee-yun", "indirect", "dass die aufgenommene Klausel besorgniserregend sei"),
        ("Jens Stoltenberg", "reported", "äußern sich kritisch"),
        ("Dmytro Kuleba", "reported", "äußern sich kritisch"),
    ],
)
def test_statements_of_named_people_are_quotes_with_that_speaker(
    report: dict, name: str, kind: str, words: str
) -> None:
    assert any(q["kind"] == kind and words in q["text"] for q in quotes_of(report, name))


def test_quote_offsets_point_at_the_quoted_text(report: dict) -> None:
    texts = {a["id"]: a["text"] for a in report["articles"]}
    assert report["quotes"]
    for quote in report["quotes"]:
        text = texts[quote["article"]]
        parts = [text[p["start"] : p["end"]] for p in quote["parts"]]
        assert quote["text"] == " … ".join(parts)
        if quote["speaker_text"] is not None:
            assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker_text"]


def test_unnamed_voices_are_anonymous(report: dict) -> None:
    anonymous = [q for q in report["quotes"] if q["anonymous"]]
    assert any(q["speaker_text"] == "manche" for q in anonymous)
    assert all(q["speaker"] is None for q in anonymous)


def test_html_report_highlights_quotes_and_draws_who_is_quoted_where(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert '<span class="quote direct" title="direct: Chris Monday">' in html
    assert "<h3>Who is quoted where</h3>" in html
    assert html.count('<line class="direct"') >= 5
    assert '<line class="paraphrased"' in html


def test_timeline_places_the_dates_of_the_story_and_groups_undated_days(report: dict) -> None:
    entries = {e["value"] or e["text"]: e for e in report["timeline"]}
    assert {"1961", "2000"} <= set(entries)
    # No article that says "am Mittwoch" has a publication date: the day gets no value, but the
    # outlets that name it stand together.
    wednesday = entries["am Mittwoch"]
    assert wednesday["value"] is None and len(wednesday["articles"]) == 2
    assert all(t["value"] is None for t in report["times"] if t["text"] == "am Mittwoch")


def test_relative_dates_resolve_against_a_stated_publication_date(tmp_path: Path) -> None:
    text = (CORPUS / "002_4217d0613af48abc.txt").read_text(encoding="utf-8")
    record = {"id": "dated", "text": text, "published": "2024-06-20"}
    source = tmp_path / "dated.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(source), "--out", str(out), "-q", "--offline"]) == 0
    times = {t["text"]: t for t in valid_report(out)["times"]}
    assert times["am Mittwoch"]["value"] == "2024-06-19"
    assert times["seit 24 Jahren"]["begin"] == "2000"


def test_html_report_has_a_timeline(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<h2>Timeline</h2>" in html
    assert '<span class="when">1961</span>' in html
    assert "date not fixed: am Mittwoch" in html


def test_the_story_has_claims_a_cited_synopsis_and_omissions(report: dict) -> None:
    [story] = report["stories"]
    assert len(story["articles"]) == 5 and story["first"] == story["last"] == "2024-06-19"
    claims = {c["id"]: c for c in report["claims"]}
    assert any(c["status"] == "corroborated" for c in claims.values())
    assert 1 <= len(report["synopsis"]) <= 8
    for sentence in report["synopsis"]:
        supporting = {s["article"] for s in claims[sentence["claim"]]["support"]}
        assert sentence["cites"] and set(sentence["cites"]) == supporting
    assert {o["outlet"] for o in report["omissions"]} == set(story["articles"])


def test_html_report_has_the_story_page(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<h3>Synopsis</h3>" in html and ":~:text=" in html
    assert '<table class="claims">' in html and "<h3>Left out and only here</h3>" in html


def test_html_report_reads_two_articles_side_by_side(report_dir: Path, report: dict) -> None:
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    left = html.split('<div class="side left">')[1].split('<div class="side right">')[0]
    [story] = report["stories"]
    assert left.count(f'type="radio" name="{story["id"]}-left"') == len(report["articles"])
    assert html.count(f'type="radio" name="{story["id"]}-right"') == len(report["articles"])
    # Every numbered sentence of the left column shares its number with another article's.
    copies = re.findall(r'<div class="copy copy-(\d+)">(.*?)</div>', left, re.S)
    numbers: dict[str, set[str]] = {}
    for copy, body in copies:
        for number in re.findall(r'<span class="aligned c\d" title="claim (\d+)">', body):
            numbers.setdefault(number, set()).add(copy)
    assert numbers and all(len(holders) >= 2 for holders in numbers.values())
    shared = [c for c in report["claims"] if len({s["article"] for s in c["support"]}) > 1]
    assert len(numbers) == len(shared)


def test_articles_of_other_stories_get_stories_of_their_own(corpus: Path, tmp_path: Path) -> None:
    for n, text in enumerate(gnad_articles(3)):
        (corpus / f"other-{n}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "-q", "--offline"]) == 0
    report = valid_report(out)
    sizes = sorted(len(s["articles"]) for s in report["stories"])
    assert sizes == [1, 1, 1, 5]
    for kind in ("stories", "claims"):
        ids = [item["id"] for item in report[kind]]
        assert len(ids) == len(set(ids))
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<h2>Stories</h2>" in html and "3 articles tell a story no other article tells." in html
    assert html.count('<section class="story"') == 1


def test_each_article_has_genre_signals_and_sourcing_and_each_outlet_a_profile(
    report_dir: Path, report: dict
) -> None:
    for article in report["articles"]:
        assert article["genre"]["label"] in ("reporting", "analysis", "opinion")
        assert article["sourcing"]["statements"] >= article["sourcing"]["attributed"] > 0
        for signal in article["signals"]:
            assert article["text"][signal["start"] : signal["end"]] == signal["text"]
    kinds = {s["kind"] for a in report["articles"] for s in a["signals"]}
    assert {"scare_quote", "label", "loaded_word"} <= kinds
    assert sorted(a for o in report["outlets"] for a in o["articles"]) == sorted(
        a["id"] for a in report["articles"]
    )
    # Putin (Russia), Kim (North Korea) and Blinken (USA) are quoted, each with a role that
    # names their side.
    assert {"Russland", "Nordkorea", "USA"} <= {
        side for o in report["outlets"] for side in o["sides"]
    }
    html = (report_dir / "report.html").read_text(encoding="utf-8")
    assert "<h3>How each outlet tells it</h3>" in html
    assert html.count('<span class="signal ') >= len(report["articles"])


def test_the_commentary_of_the_example_corpus_is_told_apart_from_the_reports(
    report: dict,
) -> None:
    # 003 argues against how "the West" labels the treaty, with questions and "natürlich";
    # 002 reports the treaty and the reactions to it (the model calls it analysis: it weighs
    # what may follow, "dürfte", four times).
    genre = {a["id"][:3]: a["genre"]["label"] for a in report["articles"]}
    assert genre["003"] == "opinion"
    assert genre["002"] != "opinion"


def test_a_large_corpus_gets_an_overview_with_the_largest_stories(
    corpus: Path, tmp_path: Path, monkeypatch
) -> None:
    import presseschau.render.html

    for n, text in enumerate(gnad_articles(3)):
        (corpus / f"other-{n}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(presseschau.render.html, "OVERVIEW_ARTICLES", 4)
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "-q", "--offline"]) == 0
    report = valid_report(out)
    assert len(report["articles"]) == 8
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "An overview: the 1 largest stories" in html
    # The texts of the story's five articles, each under its number in the whole report.
    story = next(s for s in report["stories"] if len(s["articles"]) == 5)
    numbers = {a["id"]: n for n, a in enumerate(report["articles"], 1)}
    for article in story["articles"]:
        assert f'<article id="article-{numbers[article]}"' in html
    assert html.count("<article id=") == 5
