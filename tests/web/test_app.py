"""The web app over a real store filled by `analyze --db`: every route and its JSON twin, the
citations, the security headers and hostile article text."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import CORPUS, gnad_articles
from presseschau.cli import main
from presseschau.web.app import create_app

HOSTILE = (
    "Ein Test der Darstellung im Netz\n"
    "Die Stadt <script>alert('x')</script> plant <img src=x onerror=alert(1)> einen Umbau. "
    "„Wir <b onclick=alert(2)>bleiben</b> hier“, sagte Anna Meier am Montag in Wien.\n"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    folder = tmp_path_factory.mktemp("in")
    for path in CORPUS.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder.parent / "news.db"
    assert main(["analyze", str(folder), "--db", str(db), "-q", "--offline"]) == 0
    return TestClient(create_app(db))


def story_of_five(client: TestClient) -> dict:
    stories = client.get("/stories.json?order=biggest").json()["stories"]
    assert stories[0]["size"] == 5
    return client.get(f"/stories/{stories[0]['id']}.json").json()


def test_every_page_answers_and_so_does_its_json_twin(client: TestClient) -> None:
    story = story_of_five(client)
    first, second = (a["id"] for a in story["articles"][:2])
    entity = story["entities"][0]["id"]
    paths = [
        "/stories",
        f"/stories/{story['story']['id']}",
        f"/articles/{first}",
        f"/compare/{first}/{second}",
        f"/entities/{entity}",
        "/search?q=Blinken",
    ]
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        route, _, query = path.partition("?")
        twin = client.get(f"{route}.json" + (f"?{query}" if query else ""))
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
        asked = client.get(path, headers={"Accept": "application/json"})
        assert asked.json() == twin.json()
    assert client.get("/search.json?q=Blinken").json()["hits"]
    assert {c["status"] for c in story["claims"]} >= {"corroborated", "single-source"}
    assert len(story["synopsis"]) >= 3 and story["timeline"] and story["outlets"]


def test_the_stories_sort_by_newest_biggest_and_most_disputed(client: TestClient) -> None:
    for order in ("newest", "biggest", "disputed"):
        listed = client.get(f"/stories.json?order={order}").json()
        assert listed["order"] == order and len(listed["stories"]) == 2
    sizes = [s["size"] for s in client.get("/stories.json?order=biggest").json()["stories"]]
    assert sizes == [5, 1]


def test_a_citation_opens_its_article_with_the_cited_sentence_marked(client: TestClient) -> None:
    story = story_of_five(client)
    page = client.get(f"/stories/{story['story']['id']}").text
    sentence = story["synopsis"][0]
    claim = next(c for c in story["claims"] if c["id"] == sentence["claim"])
    support = claim["support"][0]
    link = f"/articles/{support['article']}?start={support['start']}&amp;end={support['end']}#cited"
    assert link in page
    article = client.get(link.replace("&amp;", "&").split("#")[0])
    text = client.get(f"/articles/{support['article']}.json").json()["article"]["text"]
    cited = text[support["start"] : support["end"]]
    marked = article.text.split('id="cited">', 1)[1].split("</p>", 1)[0]
    assert cited.split()[0] in marked and cited.split()[-1].rstrip(".") in marked


def test_hostile_article_text_is_shown_as_text(client: TestClient) -> None:
    hits = client.get("/search.json?q=Darstellung").json()["hits"]
    page = client.get(f"/articles/{hits[0]['id']}").text
    assert "<script>" not in page and "<img" not in page and "<b " not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x " in page and "=alert(1)&gt;" in page


def test_security_headers_unknown_ids_and_request_size(client: TestClient) -> None:
    page = client.get("/stories")
    assert "script-src" not in page.headers["content-security-policy"]
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/stories/story-nope").status_code == 404
    assert client.get("/articles/nope.json").status_code == 404
    assert client.get("/compare/a/b").status_code == 404
    assert client.post("/stories", content=b"x" * 2_000_000).status_code == 413
    assert client.post("/articles/x", json={"text": "x"}).status_code == 405


def test_the_openapi_schema_lists_every_route_and_its_twin(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    for route in ("/stories", "/stories/{story_id}", "/articles/{article_id}",
                  "/compare/{left}/{right}", "/entities/{entity_id}", "/search"):  # fmt: skip
        assert {route, f"{route}.json"} <= paths


def test_serve_refuses_a_missing_store_in_one_line(tmp_path: Path, capsys) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_every_table_downloads_as_csv_json_and_parquet(client: TestClient) -> None:
    import csv
    import io

    import pyarrow.parquet as pq

    page = client.get("/stories").text
    assert '<a href="/exports/claims.csv" download>' in page
    claims = list(csv.DictReader(io.StringIO(client.get("/exports/claims.csv").text)))
    story = story_of_five(client)
    assert {c["id"] for c in claims} >= {c["id"] for c in story["claims"]}
    quotes = client.get("/exports/quotes.json").json()
    assert any(q["speaker_name"] == "Antony Blinken" for q in quotes)
    table = pq.read_table(io.BytesIO(client.get("/exports/articles.parquet").content))
    assert table.num_rows == 6 and "genre" in table.column_names
    assert client.get("/exports/..%2F..%2Fetc%2Fpasswd.csv").status_code == 404
    assert client.get("/exports/articles.exe").status_code == 404


def test_pages_follow_a_new_analysis_of_the_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["analyze", str(folder), "--db", str(db), "-q", "--offline"]) == 0
    client = TestClient(create_app(db))
    assert client.get("/stories.json").json()["articles"] == 1
    assert client.get("/stories").status_code == 200
    (folder / "b.txt").write_text(
        CORPUS.joinpath(sorted(p.name for p in CORPUS.iterdir())[0]).read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    assert main(["analyze", str(folder), "--db", str(db), "-q", "--offline"]) == 0
    assert client.get("/stories.json").json()["articles"] == 2
    assert "2 articles" in client.get("/stories").text


def test_articles_can_be_posted_only_with_the_configured_token(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert main(["analyze", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    article = {
        "url": "https://blatt.example/umbau",
        "title": "Die Stadt plant einen Umbau",
        "text": "Die Stadt plant einen Umbau des Bahnhofs.\nDer Bau soll im Mai beginnen.",
    }
    read_only = TestClient(create_app(db))
    assert read_only.post("/articles", json=article).status_code == 403
    secret = "s3cret-token-of-the-newsroom"
    client = TestClient(create_app(db, secret))
    assert client.post("/articles", json=article).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token-at-all"}
    assert client.post("/articles", json=article, headers=wrong).status_code == 401
    right = {"Authorization": f"Bearer {secret}"}
    assert client.post("/articles", json={"title": "x"}, headers=right).status_code == 400
    added = client.post("/articles", json=article, headers=right)
    assert added.status_code == 201 and added.json()["added"] == 1
    hits = client.get("/search.json?q=Bahnhofs").json()["hits"]
    assert [h["id"] for h in hits] == [added.json()["id"]]
    again = client.post("/articles", json=article, headers=right)
    assert again.status_code == 201 and again.json()["added"] == 0


def test_serve_wants_a_token_of_some_length(tmp_path: Path, capsys) -> None:
    db = tmp_path / "news.db"
    assert main(["ingest", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    short = tmp_path / "token"
    short.write_text("kurz\n", encoding="utf-8")
    assert main(["serve", "--db", str(db), "--token-file", str(short)]) == 1
    assert "at least 16 characters" in capsys.readouterr().err


def test_the_story_list_comes_in_pages(tmp_path: Path, monkeypatch) -> None:
    from presseschau.web import pages

    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(gnad_articles(5)):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    assert main(["analyze", str(folder), "--db", str(db), "-q", "--offline"]) == 0
    monkeypatch.setattr(pages, "PER_PAGE", 2)
    client = TestClient(create_app(db))
    seen = []
    for number in (1, 2, 3):
        listed = client.get(f"/stories.json?order=biggest&page={number}").json()
        assert (listed["page"], listed["pages"], listed["total"]) == (number, 3, 5)
        seen.extend(s["id"] for s in listed["stories"])
    assert len(seen) == len(set(seen)) == 5
    assert (
        'href="/stories?order=biggest&amp;page=3"'
        in client.get("/stories?order=biggest&page=2").text
    )


def test_an_entity_page_sums_where_it_is_named_and_quoted(client: TestClient) -> None:
    named = client.get("/entities/per-wladimir-putin.json").json()
    assert named["entity"]["name"] == "Wladimir Putin"
    [story] = named["stories"]
    assert story["quotes"] >= 5 and story["mentions"] == sum(
        a["mentions"] for a in named["articles"]
    )
    assert (
        len(named["articles"]) == 5
        and named["articles"][0]["quotes"] >= named["articles"][-1]["quotes"]
    )
