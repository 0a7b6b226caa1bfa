"""Command-line PATHs to inputs (files, folders, URLs, stdin), and inputs to documents."""

from __future__ import annotations

import mmap
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from presseschau.errors import InputError, printable
from presseschau.ingest.context import ReadContext, too_large
from presseschau.ingest.decode import HEAD_BYTES
from presseschau.ingest.feed import read_feed
from presseschau.ingest.gunzip import gunzip
from presseschau.ingest.html import read_html
from presseschau.ingest.jsonl import read_jsonl
from presseschau.ingest.parquet import read_parquet
from presseschau.ingest.sniff import sniff
from presseschau.ingest.text import read_text
from presseschau.ingest.warc import read_warc
from presseschau.model import Document

STDIN = "<stdin>"
URL_PREFIXES = ("http://", "https://")
READERS = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "feed": read_feed,
    "warc": read_warc,
    "parquet": read_parquet,
}
# Kinds that are not read; "gzip" here means gzip inside gzip, as only one level is unpacked.
REFUSED = {
    "empty": "empty file",
    "binary": "binary file, not an article",
    "gzip": "gzip inside gzip, not unpacked",
}


@dataclass(frozen=True)
class Input:
    """One input named on the command line or found in a folder named there.

    `source` names it on one line and is what the store keeps; a file is opened by its `path`
    (a file name may hold line breaks, or bytes that are not UTF-8: see `printable`).
    `folder` is the name of the folder holding the file when that folder lies inside the one
    the user named (`corpus/spiegel/a.html` from `corpus` -> "spiegel"), else None.
    """

    source: str
    kind: str  # "file", "url", "stdin", or "post" (sent to the web app)
    path: Path | None = None
    folder: str | None = None


def expand(paths: Sequence[str]) -> Iterator[Input | InputError]:
    """The inputs named by `paths`: files, folders (recursively, sorted, no hidden entries),
    http(s) URLs, and "-" for standard input."""
    for path in paths:
        if path == "-":
            yield Input(STDIN, "stdin")
        elif path.startswith(URL_PREFIXES):
            yield Input(path, "url")
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        elif Path(path).exists():
            yield Input(printable(path), "file", Path(path))
        else:
            yield InputError(path, "no such file or directory")


def load(inp: Input, ctx: ReadContext) -> bytes | mmap.mmap:
    """The input's bytes; beyond ctx.max_bytes only a WARC file is read, as it is split later.

    A WARC file is mapped, not read: a crawl runs to gigabytes, and its records are read from
    the file one by one (each within ctx.max_bytes).
    """
    if inp.kind == "url":
        if ctx.transport is None:
            raise InputError(inp.source, "offline: URLs are not fetched")
        return ctx.transport.fetch(inp.source).body
    if inp.kind == "stdin":
        return _read_bounded(sys.stdin.buffer, inp.source, ctx.max_bytes)
    try:
        with inp.path.open("rb") as stream:
            if sniff(stream.read(HEAD_BYTES)) == "warc":
                return mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
            stream.seek(0)
            return _read_bounded(stream, inp.source, ctx.max_bytes)
    except OSError as error:
        raise InputError(inp.source, f"cannot read: {error.strerror}") from None


def read_bytes(
    data: bytes | mmap.mmap, source: str, ctx: ReadContext
) -> Iterator[Document | InputError]:
    """The documents in `data`, read as what its content shows it to be (see `sniff`)."""
    kind = sniff(data)
    if kind == "gzip":
        data = gunzip(data, source, ctx.max_bytes)
        kind = sniff(data)
    if kind in REFUSED:
        raise InputError(source, REFUSED[kind])
    yield from READERS[kind](data, source, ctx)


def _walk(root: Path) -> Iterator[Input | InputError]:
    """The files under `root`, depth first in sorted order, with a stack of folders rather than
    recursion: a folder may lie thousands of levels deep."""
    visited: set[tuple[int, int]] = set()
    folders = [_entries(root, visited)]
    while folders:
        entry = next(folders[-1], None)
        if entry is None:
            folders.pop()
        elif isinstance(entry, InputError):
            yield entry
        elif entry.is_dir():
            folders.append(_entries(entry, visited))
        elif entry.is_file():
            folder = printable(entry.parent.name) if entry.parent != root else None
            yield Input(printable(str(entry)), "file", entry, folder)


def _entries(directory: Path, visited: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    """The folder's entries in sorted order, without hidden ones; none for a folder seen before,
    reached again through a symbolic link. Folders are told apart by device and inode, which one
    stat gives, where resolving the path would look at each folder on the way."""
    try:
        status = directory.stat()
        if (status.st_dev, status.st_ino) in visited:
            return
        visited.add((status.st_dev, status.st_ino))
        entries = sorted(directory.iterdir())
    except OSError as error:
        yield InputError(str(directory), f"cannot read folder: {error.strerror}")
        return
    yield from (entry for entry in entries if not entry.name.startswith("."))


def _read_bounded(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes and sniff(data[:HEAD_BYTES]) != "warc":
        raise InputError(source, too_large(max_bytes))
    return data + stream.read()  # a WARC from standard input or a URL: it cannot be mapped
