from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import CORPUS, HTML_NEWS, valid_report
from presseschau import __version__
from presseschau.cli import main
from presseschau.store import Store

INPUTS = Path(__file__).parent / "data" / "inputs"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "presseschau", *args], capture_output=True, text=True, timeout=300
    )


def test_version() -> None:
    assert run("--version").stdout.strip() == f"presseschau {__version__}"


@pytest.mark.parametrize("command", ["ingest", "analyze", "watch", "load", "search", "eval"])
def test_help_of_each_command_has_an_example(command: str) -> None:
    out = run(command, "--help")
    assert out.returncode == 0
    assert re.search(rf"examples?:\n  presseschau {command} ", out.stdout)


def test_unknown_command_is_a_usage_error() -> None:
    out = run("frobnicate")
    assert out.returncode == 2 and "invalid choice" in out.stderr


def test_analyze_without_inputs_or_store_is_a_usage_error(capsys) -> None:
    assert main(["analyze"]) == 2
    assert "give PATHs" in capsys.readouterr().err


def test_jobs_must_be_a_positive_number() -> None:
    out = run("analyze", str(CORPUS), "--jobs", "0")
    assert out.returncode == 2 and "'0' is not a whole number of 1 or more" in out.stderr


def test_missing_path_fails_with_one_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    out = run(
        "ingest",
        str(CORPUS),
        str(tmp_path / "nope.txt"),
        "--db",
        str(tmp_path / "s.db"),
        "--offline",
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"presseschau: error: {tmp_path / 'nope.txt'}: no such file or directory"
    ]
    assert "5 articles added" in out.stdout


def test_ingest_then_search(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(CORPUS), "--db", db, "-q", "--offline"]) == 0
    assert main(["search", "Akismet OR Stoltenberg", "--db", db, "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in hits] == ["000_b81d93f10f45de7a"]
    assert "[Stoltenberg]" in hits[0]["snippet"]


def test_search_without_a_store_says_so(tmp_path: Path, capsys) -> None:
    assert main(["search", "Putin", "--db", str(tmp_path / "none.db")]) == 1
    assert "no store here" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_analyze_a_store(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(CORPUS), "--db", db, "-q", "--offline"]) == 0
    assert main(["analyze", "--db", db, "--out", str(tmp_path / "r"), "-q"]) == 0
    report = valid_report(tmp_path / "r")
    assert len(report["articles"]) == 5


def test_unwritable_output_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = run("analyze", str(CORPUS), "--out", str(blocker / "report"), "--offline", "-q")
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"presseschau: error: {blocker / 'report'}: cannot write the report (Not a directory)"
    ]


def test_eval_extract_meets_the_quality_floor(capsys) -> None:
    assert main(["eval", "extract", str(HTML_NEWS), "--json"]) == 0
    score = json.loads(capsys.readouterr().out)
    assert score["pages"] == 12
    assert score["with"]["share"] >= 0.95
    assert score["without"]["share"] >= 0.95


def test_two_different_articles_on_stdin_are_both_kept(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    for path in sorted(CORPUS.glob("*.txt"))[:2]:
        out = subprocess.run(
            [sys.executable, "-m", "presseschau", "ingest", "-", "--db", db, "--offline"],
            input=path.read_bytes(),
            capture_output=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
    with Store(db) as store:
        assert [a.source.startswith("<stdin>:") for a in store.articles()] == [True, True]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def web_server():
    """A real HTTP server on loopback serving the saved test pages."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(INPUTS)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_ingest_urls_from_a_real_web_server(web_server: str, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "s.db")
    page, missing = f"{web_server}/tagesschau.html", f"{web_server}/gone.html"
    assert main(["ingest", page, missing, "--db", db, "-q"]) == 1
    assert capsys.readouterr().err.strip() == f"presseschau: error: {missing}: HTTP 404 Not Found"
    with Store(db) as store:
        (article,) = store.articles()
    assert article.source == page
    assert article.outlet == "tagesschau.de"
    assert "Rheinmetall" in article.title
    assert article.author == "Volkmar Kabisch, Jan Lukas Strozyk, Benedikt Strunz"


def test_every_kind_of_bad_input_is_one_line_and_the_run_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "empty.html").write_bytes(b"")
    (bad / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "x")
    page = (INPUTS / "tagesschau.html").read_bytes()
    (bad / "truncated.html").write_bytes(page[: len(page) * 2 // 3])
    (bad / "broken.jsonl").write_text('{"id": "ok", "text": "Ein ganzer Satz."}\n{"id": "b", "te\n')
    (bad / "huge.txt").write_text("Ein Satz über nichts. " * 60_000)
    db = str(tmp_path / "s.db")
    out = run("ingest", str(bad), str(CORPUS), "--db", db, "--offline", "-q", "--max-size", "1")
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert "Traceback" not in out.stderr
    assert all(line.startswith("presseschau: error: ") for line in lines)
    named = sorted(Path(line.split(": ")[2]).name for line in lines)
    assert named == [
        "binary.txt",
        "broken.jsonl:2",
        "empty.html",
        "huge.txt",
        "nested.html",
    ]
    with Store(tmp_path / "s.db") as store:
        assert {a.id for a in store.articles()} >= {"ok", "truncated"}
        assert store.count() == 7


def test_max_size_refuses_large_files_and_can_be_raised(tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Ein Satz über die Lage in der Welt, der sich wiederholt. " * 40_000)
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(big), "--db", db, "-q", "--max-size", "1"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"presseschau: error: {big}: larger than 1 MB (raise --max-size)"
    )
    assert main(["ingest", str(big), "--db", db, "-q", "--max-size", "5"]) == 0


def test_a_store_that_cannot_be_opened_is_one_clear_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "no" / "such" / "folder" / "s.db"
    assert main(["ingest", str(CORPUS), "--db", str(db), "-q"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"presseschau: error: {db}: cannot open the store: unable to open database file"
    )


def test_analyze_with_a_spacy_pipeline_as_ner_backend(tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": "Stoltenberg"}])
    nlp.to_disk(tmp_path / "pipeline")
    out = tmp_path / "out"
    args = ["analyze", str(CORPUS), "--out", str(out), "-q", "--offline"]
    assert main([*args, "--ner", f"spacy:{tmp_path / 'pipeline'}"]) == 0
    entities = valid_report(out)["entities"]
    assert [(e["name"], e["type"], len(e["mentions"])) for e in entities] == [
        ("Stoltenberg", "PER", 1)
    ]


@pytest.mark.parametrize("backend", ["nonsense", "spacy:", "spacy:/no/such/pipeline"])
def test_an_unknown_ner_backend_is_one_clear_line(backend: str, tmp_path: Path, capsys) -> None:
    args = ["analyze", str(CORPUS), "--out", str(tmp_path / "out"), "-q", "--offline"]
    assert main([*args, "--ner", backend]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"presseschau: error: --ner {backend}: ")
