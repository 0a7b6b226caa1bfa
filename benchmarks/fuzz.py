"""Fuzz the readers and the HTML path for a bounded time; print inputs tried, crashes and seconds.

    python benchmarks/fuzz.py [--seconds 60] [--crashes DIR]

Hypothesis mutates the inputs in tests/data/inputs (flipped, inserted, deleted and repeated
bytes, and tokens that broke parsers before: character references to no character, lone
surrogates, NUL bytes, deep nesting, WARC headers) and writes inputs of its own, then hands them
to each reader and to `read_bytes` (sniffing, gzip, every reader); each document read is cleaned
and assembled into an article, as ingest does. A crash is any exception but presseschau's own
PresseschauError, or an input taking more than HANG_SECONDS. Each kind of crash is shrunk by
Hypothesis, printed, and saved in DIR to become a regression test.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import logging
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from presseschau.errors import PresseschauError
from presseschau.ingest.assemble import assemble
from presseschau.ingest.clean import clean
from presseschau.ingest.context import ReadContext
from presseschau.ingest.feed import read_feed
from presseschau.ingest.html import read_html
from presseschau.ingest.jsonl import read_jsonl
from presseschau.ingest.parquet import read_parquet
from presseschau.ingest.sources import read_bytes
from presseschau.ingest.text import read_text
from presseschau.ingest.warc import read_warc
from presseschau.model import Document

INPUTS = Path(__file__).resolve().parents[1] / "tests" / "data" / "inputs"
CONTEXT = ReadContext(max_bytes=2**20)
HANG_SECONDS = 10
EXAMPLES_PER_ROUND = 50
TOKENS = (
    b"&#xd800;",
    b"&#55296;",
    b"&#1114112;",
    b"&#" + b"9" * 5000 + b";",
    b"\\ud800",
    b'"\\udc80"',
    b"9" * 5000,
    b"[" * 5000,
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x1f\x8b\x08\x00",
    "\u2028\u0085".encode(),
    b"<div>" * 2000,
    b"</div>",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"<?xml version='1.0' encoding='utf-16'?>",
    b'<meta charset="shift_jis">',
    b"<!DOCTYPE rss>",
    b"<table><tr><td>",
    b"\r\n\r\n",
    b"\n" * 100,
    b"WARC/1.0\r\n",
    b"Content-Length: 99999999999\r\n",
    b"Content-Length: -1\r\n",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Encoding: gzip\r\n",
    b'{"text": "',
    b'", "id": ',
)


def seed(name: str) -> bytes:
    return (INPUTS / name).read_bytes()


def parquet_seed() -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = seed("article.txt").decode()
    table = pa.table({"id": ["a", "b"], "text": [text, None], "published": ["2024-06-19", "x"]})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["flip", "insert", "token", "delete", "repeat"]))
        if operation == "flip":
            data[at : at + 1] = bytes([draw(st.integers(0, 255))])
        elif operation == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        elif operation == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif operation == "delete":
            del data[at : at + draw(st.integers(1, 512))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 64))] * draw(st.integers(2, 500))
    return bytes(data)


def json_lines() -> st.SearchStrategy[bytes]:
    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=10,
    )
    fields = st.sampled_from(["text", "id", "title", "url", "outlet", "author", "published"])
    record = st.dictionaries(fields, values | st.text(min_size=1), max_size=7)
    return st.lists(record, min_size=1, max_size=5).map(
        lambda records: "\n".join(json.dumps(r) for r in records).encode()
    )


def tag_soup() -> st.SearchStrategy[bytes]:
    tags = st.sampled_from(
        ["<html>", "<body>", "<article>", "<p>", "</p>", "<div>", "</div>", "<h2>", "<br>",
         "<script>", "</script>", "<table><tr><td>", "<ul><li>", "<blockquote>", "<title>"]
    )  # fmt: skip
    return st.lists(tags | st.text(max_size=80), max_size=60).map(lambda p: "".join(p).encode())


def gzipped(strategy: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return strategy | strategy.map(gzip.compress)


@dataclass
class Tally:
    tried: int = 0
    seconds: float = 0.0
    # the smallest input of each kind of crash, with its message
    crashes: dict[str, tuple[bytes, str]] = field(default_factory=dict)


class Hang(Exception):
    pass


def targets() -> dict[str, tuple[Callable, st.SearchStrategy[bytes]]]:
    warc = gzip.decompress(seed("crawl.warc.gz"))
    html = (seed("tagesschau.html"), seed("orf.html"))
    feeds = (seed("feed.rss"), seed("feed.atom"))
    texts = (seed("article.txt"), seed("article-cp1252.txt"), seed("article-utf16.txt"))
    every = (*texts, *html, *feeds, seed("articles.jsonl"), warc, seed("crawl.warc.gz"))
    return {
        "text": (read_text, mutated(texts) | st.binary(max_size=2000)),
        "html": (read_html, mutated(html) | tag_soup()),
        "jsonl": (read_jsonl, mutated((seed("articles.jsonl"),)) | json_lines()),
        "feed": (read_feed, mutated(feeds)),
        "warc": (read_warc, gzipped(mutated((warc,))) | mutated((seed("crawl.warc.gz"),))),
        "parquet": (read_parquet, mutated((parquet_seed(),))),
        "any": (read_bytes, gzipped(mutated(every)) | st.binary(max_size=2000)),
    }


def run_once(reader: Callable, data: bytes) -> None:
    """Read `data` as ingest does, up to assembled articles; PresseschauError is no crash."""
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        for item in reader(data, "fuzz-input", CONTEXT):
            if isinstance(item, Document):
                assemble(item, clean(item), "fuzz", None)
    except PresseschauError:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def kind_of(error: BaseException) -> str:
    """A crash's kind: its exception type and the innermost line of presseschau it passed."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "presseschau" in f.filename] or frames
    return f"{type(error).__name__} at {Path(ours[-1].filename).name}:{ours[-1].lineno}"


def fuzz(reader: Callable, strategy: st.SearchStrategy[bytes], seconds: float) -> Tally:
    tally = Tally()
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        with contextlib.suppress(Exception):  # a crash found, shrunk and recorded in `tally`
            one_round(reader, strategy, tally, start + seconds)
    tally.seconds = time.monotonic() - start
    return tally


def one_round(reader: Callable, strategy: st.SearchStrategy[bytes], tally: Tally, end: float):
    """EXAMPLES_PER_ROUND inputs; a crash of a kind not seen before is raised and shrunk."""
    known = set(tally.crashes)

    @settings(
        max_examples=EXAMPLES_PER_ROUND,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def inputs(data: bytes) -> None:
        if time.monotonic() >= end:
            return  # time is up: let shrinking end
        tally.tried += 1
        try:
            run_once(reader, data)
        except Exception as error:
            kind = kind_of(error)
            if kind not in tally.crashes or len(data) < len(tally.crashes[kind][0]):
                tally.crashes[kind] = (data, str(error)[:200])
            if kind not in known:
                raise

    inputs()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="in all (default 60)")
    parser.add_argument("--crashes", type=Path, metavar="DIR", help="save crashing inputs here")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)  # the parsers' warnings about broken input

    def hang(*_: object) -> None:
        raise Hang(f"more than {HANG_SECONDS} s")

    signal.signal(signal.SIGALRM, hang)
    chosen = targets()
    print(f"{'target':<8} {'inputs':>7} {'crashes':>8} {'seconds':>8}")
    tried = crashes = 0
    start = time.monotonic()
    for name, (reader, strategy) in chosen.items():
        tally = fuzz(reader, strategy, args.seconds / len(chosen))
        print(f"{name:<8} {tally.tried:>7} {len(tally.crashes):>8} {tally.seconds:>8.1f}")
        for number, (kind, (data, message)) in enumerate(sorted(tally.crashes.items()), 1):
            print(f"  crash: {kind}: {message}")
            print(f"    {len(data)} bytes: {data[:100]!r}")
            if args.crashes:
                args.crashes.mkdir(parents=True, exist_ok=True)
                (args.crashes / f"{name}-{number}.bin").write_bytes(data)
        tried += tally.tried
        crashes += len(tally.crashes)
    print(f"{'total':<8} {tried:>7} {crashes:>8} {time.monotonic() - start:>8.1f}")


if __name__ == "__main__":
    main()
