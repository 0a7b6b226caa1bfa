"""Hostile inputs, as scraped web content brings them, in one `presseschau ingest` run: each bad
input gives one error line naming it and the problem, the good inputs beside them are stored,
memory stays bounded, and the store keeps what it held."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from conftest import CORPUS, gnad_articles
from presseschau.cli import main
from presseschau.errors import printable

INPUTS = Path(__file__).parent / "data" / "inputs"
MB = 2**20
BLATT = "https://blatt.example/"
# Peak memory of the run, measured at about 250 MB; a gzip bomb inflated whole would take 1 GB.
MAX_MEMORY = 600 * MB
BOMB = "gzip expands beyond 20 MB, over 100 times its compressed size: a gzip bomb"
GOOD_NAMES = ["zeile\numbruch.txt", "'anführung\".txt", "-strich.txt", "mit leerzeichen.txt"]
# Runs the command and prints the peak memory of the process it started, in KB.
MEASURED = (
    "import resource, subprocess, sys; code = subprocess.call(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
)


def gzip_member(prefix: bytes, filler: bytes, megabytes: int, suffix: bytes = b"") -> bytes:
    """One gzip member: `prefix`, `megabytes` MB of `filler` repeated, `suffix`. A megabyte
    compressed after a full flush compresses the same each time, so it is built, not deflated."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = deflate.compress(prefix) + deflate.flush(zlib.Z_FULL_FLUSH)
    chunk = filler * (MB // len(filler))
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    tail = deflate.compress(suffix) + deflate.flush()
    crc = zlib.crc32(prefix)
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    size = len(prefix) + megabytes * MB + len(suffix)
    gzip_header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return gzip_header + head + block * megabytes + tail + struct.pack("<II", crc, size % 2**32)


def warc_response(uri: str, body: bytes, body_length: int | None = None) -> bytes:
    """A WARC response record of an HTML page; `body_length` claims a longer body."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    length = len(http) + (body_length or 0)
    header = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-06-19T08:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    )
    return header.encode() + http + b"\r\n\r\n"


def page(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>Bericht</title></head><body><article>{body}</article>".encode()


def feed(link: str, description: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blatt</title>'
        f"<item><title>Eintrag</title><link>{link}</link>"
        f"<description>{description}</description></item></channel></rss>"
    ).encode()


def bad_parquet(text: str) -> bytes:
    """A Parquet file whose text column holds bytes that are not UTF-8."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(pa.table({"id": ["p1"], "text": [text]}), buffer, compression="none")
    word = text.split()[1].encode()
    return buffer.getvalue().replace(word, b"\xff\xfe" + word[2:])


def write_inputs(folder: Path) -> dict[str, bytes | None]:
    """The bad inputs and the good ones beside them, by name in `folder`."""
    texts = [text.replace("\n", " ") for text in gnad_articles(16)]
    paragraphs = [sentence + "." for sentence in texts[0].split(". ")[:8]]
    nested = b"<div>" * 100_000 + b"<p>Tief verschachtelt.</p>" + b"</div>" * 100_000
    jsonl = [
        json.dumps({"id": "gut", "text": texts[1]}),
        '{"id": "kaputt", "text": "ohne Ende',
        "[1, 2, 3]",
        '{"id": "zahl", "text": "x", "published": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "zeilen\numbruch", "text": texts[2]}),
        json.dumps({"id": "surrogat", "text": texts[3] + " \ud83d"}),
    ]
    return {
        "leer.txt": b"",
        "leer\nzeile.txt": b" \n\t\n",
        "bild.txt": (INPUTS / "image.png").read_bytes(),
        "eine-zeile-50mb.txt": b"Putin und Kim trafen sich. " * (50 * MB // 27 + 1),
        "ungueltig.txt": "Grüße aus Pjöngjang\n".encode() + b"Gr\x81\x8d\x8f\x90e\n",
        "gemischt.txt": f"{texts[4]} Grüße aus Pjöngjang.\n".encode()
        + "Die Zölle in Brüssel bleiben.\n".encode("cp1252"),
        "tief.html": page(paragraphs).replace(b"</article>", b"</article>" + nested),
        "tief-ohne-text.html": b"<html><body>" + b"<div>" * 100_000 + page(paragraphs[:1]),
        "riesiges-attribut.html": page(paragraphs[:4]).replace(
            b"<article>", b'<article><img src="data:image/png;base64,' + b"A" * (10 * MB) + b'">'
        ),
        "bombe.warc.gz": gzip_member(
            warc_response("https://bombe.example/", b"", 2**30)[:-4], b"\0", 2**10, b"\r\n\r\n"
        ),
        "lange-zeile.warc.gz": gzip_member(
            warc_response("https://lange-zeile.example/", page([texts[5]])), b"\0", 2**10
        ),
        "leerzeilen.warc.gz": gzip_member(
            warc_response("https://leerzeilen.example/", page([texts[6]])), b"\n", 2**10
        ),
        "bombe.rss.gz": gzip_member(feed(BLATT, "Putin")[:-40], b"\0", 2**10),
        "abgeschnitten.rss": feed(f"{BLATT}abgeschnitten", texts[7])[:-30],
        "kein-feed.rss": b'<?xml version="1.0"?><rss version="2.0"><channel><title>Blatt</chan',
        "namensraum.rss": feed(BLATT, "Putin")
        .replace(b'version="2.0"', 'version="2.0" xmlns:c="https://c.example/a\u2028b"'.encode())
        .replace(b"<item>", b"<item><c:x>1</c:x>"),
        "verweise.rss": feed(
            f"{BLATT}verweise", f"{texts[8]} &#xd800; &#1114112; &#{'9' * 5000};"
        ).replace(b"</rss>", b"</rss"),
        "kaputt.jsonl": "\n".join(jsonl).encode(),
        "kaputt.parquet": bad_parquet(texts[9]),
        **{name: texts[10 + n].encode() for n, name in enumerate(GOOD_NAMES)},
        "schleife/drin.txt": texts[14].encode(),
        "schleife/selbst": None,  # a symbolic link to its own folder
        "schleife/zurueck": None,  # and one to the folder above
    }


# Each bad input (by name, with the record or line an error names) and the problem stated.
PROBLEMS = {
    "leer.txt": "empty file",
    "leer\nzeile.txt": "empty file",
    "bild.txt": "binary file, not an article",
    "eine-zeile-50mb.txt": "larger than 20 MB (raise --max-size)",
    "ungueltig.txt": "undecodable bytes: neither UTF-8 nor cp1252 (line 2)",
    "tief-ohne-text.html": "no article text found",
    "bombe.warc.gz#1": f"{BOMB}; reading stopped",
    "lange-zeile.warc.gz#2": "corrupt WARC record: no WARC/ version line; reading stopped",
    "leerzeilen.warc.gz#2": "more than 16 blank lines between records; reading stopped",
    "bombe.rss.gz": BOMB,
    "kein-feed.rss": "not a valid RSS/Atom feed: <unknown>:1:78: unclosed token",
    "namensraum.rss": "not a valid RSS/Atom feed: feedparser failed: too many values to unpack "
    "(expected 2)",
    "kaputt.jsonl:2": "invalid JSON: Unterminated string starting at column 26",
    "kaputt.jsonl:3": "not a JSON object",
    "kaputt.jsonl:4": "invalid JSON: a number too long to read",
    "kaputt.jsonl:5": "invalid JSON: nested too deeply",
    "kaputt.parquet": "not a readable Parquet file: 'utf-8' codec can't decode byte 0xff in "
    "position 12: invalid start byte",
}
# Errors inside a feed or a WARC file name the entry's or record's URL, as their articles do.
ENTRY_PROBLEMS = {f"{BLATT}abgeschnitten": "entry has no text"}
# Good inputs among them, by the sources their articles are stored under.
STORED = [
    "gemischt.txt",
    "tief.html",
    "riesiges-attribut.html",
    "kaputt.jsonl#gut",
    "kaputt.jsonl#zeilen\numbruch",
    "kaputt.jsonl#surrogat",
    "schleife/drin.txt",
    *GOOD_NAMES,
]
STORED_URLS = ["https://lange-zeile.example/", "https://leerzeilen.example/", f"{BLATT}verweise"]


def snapshot(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT * FROM articles ORDER BY id").fetchall()


def stored_sources(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {source for (source,) in con.execute("SELECT source FROM article_sources")}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Earlier articles in a store, then one ingest of all the inputs into it."""
    root = tmp_path_factory.mktemp("bad")
    db, folder = root / "store.db", root / "inputs"
    assert main(["ingest", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    before = snapshot(db)
    for name, data in write_inputs(folder).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        if data is not None:
            (folder / name).write_bytes(data)
    (folder / "schleife" / "selbst").symlink_to(".")
    (folder / "schleife" / "zurueck").symlink_to("..")
    (folder / "schleife" / "hin").symlink_to("her")
    (folder / "schleife" / "her").symlink_to("hin")
    not_utf8 = os.fsencode(folder) + b"/kein-utf8-\xff.txt"
    Path(os.fsdecode(not_utf8)).write_text(gnad_articles(16)[15], encoding="utf-8")
    command = [sys.executable, "-m", "presseschau", "ingest", str(folder), "--db", str(db)]
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *command, "--offline", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return {
        "code": done.returncode,
        "errors": done.stderr.splitlines(),
        "peak_memory": int(done.stdout) * 1024,
        "folder": folder,
        "db": db,
        "before": before,
    }


@pytest.mark.parametrize("name", PROBLEMS, ids=lambda name: printable(name))
def test_each_bad_input_gives_one_error_line_naming_it_and_the_problem(run, name) -> None:
    source = printable(f"{run['folder']}/{name}")
    assert f"presseschau: error: {source}: {PROBLEMS[name]}" in run["errors"]


@pytest.mark.parametrize("url", ENTRY_PROBLEMS)
def test_a_feed_entry_without_text_gives_one_error_line_naming_it(run, url) -> None:
    assert f"presseschau: error: {url}: {ENTRY_PROBLEMS[url]}" in run["errors"]


def test_there_is_nothing_but_those_error_lines(run) -> None:
    assert all(line.startswith("presseschau: error: ") for line in run["errors"])
    assert len(run["errors"]) == len(PROBLEMS) + len(ENTRY_PROBLEMS)


def test_the_run_exits_with_1_as_some_inputs_failed(run) -> None:
    assert run["code"] == 1


@pytest.mark.parametrize("name", STORED, ids=lambda name: printable(name))
def test_the_good_inputs_beside_them_are_stored(run, name) -> None:
    assert printable(f"{run['folder']}/{name}") in stored_sources(run["db"])


def test_a_file_name_that_is_not_utf8_is_stored_with_the_byte_escaped(run) -> None:
    assert f"{run['folder']}/kein-utf8-\\xff.txt" in stored_sources(run["db"])


@pytest.mark.parametrize("url", STORED_URLS)
def test_pages_before_a_broken_record_and_feeds_naming_no_character_are_stored(run, url) -> None:
    assert url in stored_sources(run["db"])


def test_memory_stays_bounded(run) -> None:
    assert run["peak_memory"] < MAX_MEMORY


def test_the_store_is_intact_and_keeps_the_earlier_articles(run) -> None:
    with sqlite3.connect(run["db"]) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    after = {row[1]: row for row in snapshot(run["db"])}
    assert all(after[row[1]] == row for row in run["before"])


def test_mixed_encodings_are_read_line_by_line(run) -> None:
    with sqlite3.connect(run["db"]) as con:
        (text,) = con.execute("SELECT text FROM articles WHERE id = 'gemischt'").fetchone()
    assert text.endswith("Grüße aus Pjöngjang.\nDie Zölle in Brüssel bleiben.")


def test_a_huge_attribute_loses_no_paragraph(run) -> None:
    with sqlite3.connect(run["db"]) as con:
        (text,) = con.execute("SELECT text FROM articles WHERE id = 'riesiges-attribut'").fetchone()
    assert len(text.split("\n")) == 4
