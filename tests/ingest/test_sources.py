"""From command-line PATHs to inputs, and from inputs to documents."""

from __future__ import annotations

import gzip
import io
import mmap
import os
import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext
from presseschau.ingest.sources import Input, expand, load, read_bytes
from presseschau.ingest.transport import ReplayTransport
from presseschau.model import Document

INPUTS = Path(__file__).parents[1] / "data" / "inputs"
OFFLINE = ReadContext(max_bytes=2**20)
TAGESSCHAU_URL = "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html"


def read_input(inp: Input, ctx: ReadContext):
    """An input's documents, as the ingestor reads them: its bytes, then their content."""
    return read_bytes(load(inp, ctx), inp.source, ctx)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """corpus/{a.txt, spiegel/b.html, taz/c.txt} plus hidden files that must be skipped."""
    root = tmp_path / "corpus"
    for name, fixture in [
        ("a.txt", "article.txt"),
        ("spiegel/b.html", "tagesschau.html"),
        ("taz/c.txt", "article.txt"),
        ("taz/.c.txt.swp", "image.png"),
        (".git/HEAD", "article.txt"),
    ]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(INPUTS / fixture, root / name)
    return root


def only_input(path: Path) -> Input:
    (inp,) = expand([str(path)])
    return inp


def read_file(path: Path, ctx: ReadContext = OFFLINE) -> list[Document | InputError]:
    return list(read_input(only_input(path), ctx))


# expand


def test_expand_gives_a_file_as_itself_without_folder():
    path = str(INPUTS / "article.txt")
    assert list(expand([path])) == [Input(path, "file", Path(path), None)]


def test_expand_walks_a_folder_in_sorted_order_skipping_hidden_entries(corpus):
    sources = [inp.source for inp in expand([str(corpus)])]
    assert sources == [
        str(corpus / "a.txt"),
        str(corpus / "spiegel/b.html"),
        str(corpus / "taz/c.txt"),
    ]


def test_expand_names_the_sub_folder_a_file_lies_in(corpus):
    assert [inp.folder for inp in expand([str(corpus)])] == [None, "spiegel", "taz"]


def test_expand_follows_no_symbolic_link_loop(corpus):
    (corpus / "taz" / "zurück").symlink_to(corpus)
    sources = [inp.source for inp in expand([str(corpus)])]
    assert len(sources) == 3


@pytest.fixture
def deep_folder(tmp_path: Path):
    """tmp_path/a/a/.../a/x.txt, 1,500 folders deep: made and removed a level at a time, as
    pathlib and shutil recurse once per level."""
    depth = 1500
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("a", dir_fd=fd)
        fd, parent = os.open("a", os.O_RDONLY, dir_fd=fd), fd
        os.close(parent)
    os.close(os.open("x.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    os.close(fd)
    yield tmp_path, depth
    bottom = os.path.join(tmp_path, *["a"] * depth)
    os.unlink(os.path.join(bottom, "x.txt"))
    for level in range(depth, 0, -1):
        os.rmdir(os.path.join(tmp_path, *["a"] * level))


def test_expand_walks_a_folder_1500_levels_deep(deep_folder):
    root, depth = deep_folder
    (found,) = expand([str(root)])
    assert found.source == os.path.join(root, *["a"] * depth, "x.txt")


def test_expand_names_a_file_on_one_line_that_stores_as_utf8(tmp_path):
    name = os.fsdecode(b"zeile\nkein-utf8-\xff.txt")
    (tmp_path / name).write_text("Text")
    (found,) = expand([str(tmp_path)])
    assert found.source == f"{tmp_path}/zeile\\nkein-utf8-\\xff.txt"
    assert found.path == tmp_path / name


def test_expand_takes_urls_and_standard_input():
    url = "https://zeitung.example/politik/a"
    assert list(expand([url, "-"])) == [Input(url, "url"), Input("<stdin>", "stdin")]


def test_expand_reports_a_missing_path_and_goes_on(tmp_path):
    missing, present = expand([str(tmp_path / "fehlt.txt"), str(INPUTS / "article.txt")])
    assert (missing.source, missing.problem) == (
        str(tmp_path / "fehlt.txt"),
        "no such file or directory",
    )
    assert present.kind == "file"


# load


def test_load_refuses_a_file_beyond_max_bytes():
    small = ReadContext(max_bytes=1000)
    with pytest.raises(InputError, match=r"larger than 0.000953674 MB \(raise --max-size\)"):
        load(only_input(INPUTS / "article.txt"), small)


def test_load_maps_a_warc_file_beyond_max_bytes_instead_of_reading_it():
    small = ReadContext(max_bytes=1000)
    data = load(only_input(INPUTS / "crawl.warc.gz"), small)
    assert isinstance(data, mmap.mmap)
    assert data[:] == (INPUTS / "crawl.warc.gz").read_bytes()


def test_load_reports_an_unreadable_file():
    with pytest.raises(InputError, match="cannot read: Is a directory"):
        load(Input(str(INPUTS), "file", INPUTS), OFFLINE)


def test_load_reads_standard_input(monkeypatch):
    article = (INPUTS / "article.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(article)))
    assert load(Input("<stdin>", "stdin"), OFFLINE) == article


def test_load_fetches_a_url_through_the_transport():
    replay = ReadContext(max_bytes=2**20, transport=ReplayTransport(INPUTS / "replay"))
    assert load(Input(TAGESSCHAU_URL, "url"), replay) == (INPUTS / "tagesschau.html").read_bytes()


def test_load_fetches_no_url_offline():
    with pytest.raises(InputError, match="offline: URLs are not fetched"):
        load(Input(TAGESSCHAU_URL, "url"), OFFLINE)


# read_input


def test_read_input_reads_a_text_file():
    (document,) = read_file(INPUTS / "article.txt")
    assert (
        document.paragraphs[0].text
        == "Russland und Nordkorea schließen umfassenden Partnerschaftsvertrag"
    )


def test_read_input_reads_a_fetched_page_with_its_url_as_source():
    replay = ReadContext(max_bytes=2**20, transport=ReplayTransport(INPUTS / "replay"))
    (document,) = read_input(Input(TAGESSCHAU_URL, "url"), replay)
    assert document.source == TAGESSCHAU_URL
    assert document.title == "Daten von Rheinmetall gehackt - Interne Unterlagen im Netz"


def test_read_input_passes_decoding_notes_on():
    (document,) = read_file(INPUTS / "article-cp1252.txt")
    assert document.notes == ("not UTF-8; decoded as cp1252",)


def test_read_input_refuses_an_empty_file():
    with pytest.raises(InputError, match="empty file"):
        read_file(INPUTS / "empty.txt")


def test_read_input_refuses_a_binary_file():
    with pytest.raises(InputError, match="binary file, not an article"):
        read_file(INPUTS / "image.png")


def test_read_input_reads_each_kind_by_content_not_name(tmp_path):
    misnamed = tmp_path / "feed.txt"
    shutil.copy(INPUTS / "feed.atom", misnamed)
    documents = read_file(misnamed)
    assert [document.site for document in documents] == ["Blatt Beispiel", "Blatt Beispiel"]


def test_read_input_unpacks_gzip(tmp_path):
    packed = tmp_path / "articles.gz"
    packed.write_bytes(gzip.compress((INPUTS / "articles.jsonl").read_bytes()))
    items = read_file(packed)
    assert [item.source for item in items][:2] == [f"{packed}#bbc-0619", f"{packed}:2"]


def test_read_input_refuses_gzip_that_expands_beyond_max_bytes(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"Putin " * 400_000))  # 2.4 MB from a few KB
    with pytest.raises(InputError, match="gzip expands beyond 1 MB"):
        read_file(bomb)


def test_read_input_unpacks_only_one_level_of_gzip(tmp_path):
    nested = tmp_path / "article.txt.gz.gz"
    nested.write_bytes(gzip.compress(gzip.compress((INPUTS / "article.txt").read_bytes())))
    with pytest.raises(InputError, match="gzip inside gzip"):
        read_file(nested)


def test_read_input_refuses_a_cut_off_gzip(tmp_path):
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress((INPUTS / "article.txt").read_bytes())[:-100])
    with pytest.raises(InputError, match="gzip data cut off"):
        read_file(cut)


def test_read_input_reads_a_warc_file_record_by_record():
    documents = read_file(INPUTS / "crawl.warc.gz")
    assert [document.source for document in documents] == [
        TAGESSCHAU_URL,
        "https://wien.orf.at/stories/3017954/",
    ]
