from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import CORPUS, gnad_articles
from presseschau.ingest.ingestor import Ingestor, IngestResult
from presseschau.ingest.outlet import OutletMap
from presseschau.settings import Settings
from presseschau.store import Store

STEMS = sorted(p.stem for p in CORPUS.glob("*.txt"))


def ingest(db: Path, *paths: Path | str, outlets: OutletMap | None = None) -> IngestResult:
    settings = Settings(offline=True, progress=False, outlets=outlets or OutletMap())
    with Store(db) as store:
        return Ingestor(store, settings).ingest([str(p) for p in paths])


def stored(db: Path) -> dict:
    with Store(db) as store:
        return {a.id: a for a in store.articles()}


def test_example_corpus_is_stored_with_file_names_as_ids(tmp_path: Path) -> None:
    result = ingest(tmp_path / "s.db", CORPUS)
    articles = stored(tmp_path / "s.db")
    assert (result.added, result.failures) == (5, [])
    assert sorted(articles) == STEMS
    assert {a.language for a in articles.values()} == {"de"}


def test_five_independent_reports_are_not_near_duplicates(tmp_path: Path) -> None:
    ingest(tmp_path / "s.db", CORPUS)
    assert [a.duplicate_of for a in stored(tmp_path / "s.db").values()] == [None] * 5


def test_ingesting_the_same_inputs_again_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest(db, CORPUS)
    before = stored(db)
    again = ingest(db, CORPUS)
    assert (again.added, again.unchanged, again.exact_duplicates) == (0, 5, 0)
    assert stored(db) == before


def test_an_exact_copy_is_stored_once_with_both_sources(corpus: Path, tmp_path: Path) -> None:
    original = corpus / f"{STEMS[2]}.txt"
    copy = corpus / "mirror" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    result = ingest(tmp_path / "s.db", corpus)
    article = stored(tmp_path / "s.db")[STEMS[2]]
    assert (result.added, result.exact_duplicates) == (5, 1)
    assert article.sources == (str(original), str(copy))


def test_an_edited_agency_copy_is_flagged_as_near_duplicate(corpus: Path, tmp_path: Path) -> None:
    lines = (corpus / f"{STEMS[2]}.txt").read_text(encoding="utf-8").splitlines()
    edited = ["Neue Überschrift eines anderen Blattes", *lines[1:-1]]
    edited[3] = edited[3].replace("Wirtschaftshilfe", "wirtschaftliche Hilfe")
    (corpus / "copy.txt").write_text("\n".join(edited), encoding="utf-8")
    ingest(tmp_path / "s.db", corpus)
    copy = stored(tmp_path / "s.db")["copy"]
    assert copy.duplicate_of == STEMS[2]
    assert 0.5 <= copy.duplicate_similarity < 1.0


def test_a_changed_file_replaces_its_article(tmp_path: Path) -> None:
    texts = gnad_articles(2)
    path = tmp_path / "artikel.txt"
    path.write_text(texts[0], encoding="utf-8")
    ingest(tmp_path / "s.db", path)
    path.write_text(texts[1], encoding="utf-8")
    ingest(tmp_path / "s.db", path)
    articles = stored(tmp_path / "s.db")
    assert list(articles) == ["artikel"]
    assert articles["artikel"].text.split()[:5] == texts[1].split()[:5]


def test_outlet_is_the_folder_an_article_was_filed_in(tmp_path: Path) -> None:
    texts = gnad_articles(2)
    (tmp_path / "in" / "derstandard").mkdir(parents=True)
    (tmp_path / "in" / "derstandard" / "a.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(texts[1], encoding="utf-8")
    ingest(tmp_path / "s.db", tmp_path / "in")
    articles = stored(tmp_path / "s.db")
    assert (articles["a"].outlet, articles["b"].outlet) == ("derstandard", None)


def test_outlet_mapping_names_outlets(tmp_path: Path) -> None:
    mapping = tmp_path / "outlets.toml"
    mapping.write_text(f'[outlets]\n"*/{STEMS[3]}.txt" = "Anti-Spiegel"\n', encoding="utf-8")
    ingest(tmp_path / "s.db", CORPUS, outlets=OutletMap.load(mapping))
    outlets = {i: a.outlet for i, a in stored(tmp_path / "s.db").items()}
    assert outlets[STEMS[3]] == "Anti-Spiegel"
    assert outlets[STEMS[0]] is None


def test_lines_repeated_across_an_outlets_articles_are_removed(tmp_path: Path) -> None:
    footer = "Die Redaktion ist unter leserbriefe@example.org erreichbar."
    texts = gnad_articles(3)
    for name, text in (("a", texts[0]), ("b", texts[1])):
        (tmp_path / "in" / "standard").mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / "standard" / f"{name}.txt").write_text(f"{text}\n{footer}\n")
    (tmp_path / "in" / "other").mkdir()
    (tmp_path / "in" / "other" / "c.txt").write_text(f"{texts[2]}\n{footer}\n")
    ingest(tmp_path / "s.db", tmp_path / "in")
    articles = stored(tmp_path / "s.db")
    for name in ("a", "b"):
        assert footer not in articles[name].text
        assert (footer, "outlet template") in [(r.text, r.reason) for r in articles[name].removed]
    assert articles["c"].text.endswith(footer)


def test_a_non_german_article_is_stored_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "
        "partnership treaty on Wednesday that pledges mutual assistance in case of aggression.\n",
        encoding="utf-8",
    )
    ingest(tmp_path / "s.db", path)
    assert stored(tmp_path / "s.db")["en"].language == "en"


def test_bad_inputs_fail_one_by_one_and_the_rest_is_stored(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    latin = "Die Gespräche über Zölle wurden am Mittwoch in Brüssel fortgesetzt, hieß es."
    (corpus / "latin.txt").write_bytes(latin.encode("cp1252"))
    result = ingest(tmp_path / "s.db", corpus, tmp_path / "missing")
    problems = sorted((Path(f.source).name, f.problem) for f in result.failures)
    assert [name for name, _ in problems] == ["empty.txt", "image.txt", "missing"]
    articles = stored(tmp_path / "s.db")
    assert len(articles) == 6
    assert articles["latin"].text == latin
    assert any("cp1252" in note for note in articles["latin"].notes)


def test_a_failing_run_keeps_what_was_stored(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    ingest(db, CORPUS)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = ingest(db, tmp_path / "broken.txt", tmp_path / "nowhere")
    assert len(result.failures) == 2
    assert sorted(stored(db)) == STEMS


def test_the_earlier_published_of_two_near_duplicates_is_the_original(tmp_path: Path) -> None:
    original = (CORPUS / f"{STEMS[2]}.txt").read_text(encoding="utf-8")
    copy = original.replace("Wirtschaftshilfe", "wirtschaftliche Hilfe").rsplit("\n", 1)[0]
    records = [
        {"id": "copy", "text": copy, "published": "2024-06-20"},
        {"id": "original", "text": original, "published": "2024-06-19"},
    ]
    feed = tmp_path / "agency.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    ingest(tmp_path / "s.db", feed)
    articles = stored(tmp_path / "s.db")
    assert (articles["copy"].duplicate_of, articles["original"].duplicate_of) == ("original", None)


def test_a_changed_collection_keeps_its_unchanged_articles(tmp_path: Path) -> None:
    texts = gnad_articles(3)
    collection = tmp_path / "articles.jsonl"

    def write(records: list[dict]) -> None:
        lines = (json.dumps(r, ensure_ascii=False) for r in records)
        collection.write_text("\n".join(lines), "utf-8")

    write([{"id": "kept", "text": texts[0]}, {"id": "edited", "text": texts[1]}])
    ingest(tmp_path / "s.db", collection)
    before = stored(tmp_path / "s.db")["kept"]
    write([{"id": "kept", "text": texts[0]}, {"id": "edited", "text": texts[2]}])
    result = ingest(tmp_path / "s.db", collection)
    articles = stored(tmp_path / "s.db")
    assert result.added == 1
    assert articles["kept"] == before
    assert articles["edited"].text.split()[:5] == texts[2].split()[:5]
    assert [a.duplicate_of for a in articles.values()] == [None, None]


def test_a_store_inside_the_folder_read_is_not_read_as_articles(tmp_path: Path) -> None:
    from presseschau.cli import main

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        CORPUS.joinpath(sorted(p.name for p in CORPUS.iterdir())[0]).read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    db = folder / "news.db"
    for _ in range(2):
        assert main(["analyze", str(folder), "--db", str(db), "-q", "--offline"]) == 0
