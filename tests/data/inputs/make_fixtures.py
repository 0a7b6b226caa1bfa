"""Rebuild the binary and re-encoded fixtures of this folder from its text fixtures.

Run from anywhere: python tests/data/inputs/make_fixtures.py
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).parent
# A real PNG signature and the start of its IHDR chunk, then NUL padding.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(64)
CRAWL_DATE = "2024-01-15T08:00:00Z"
PAGES = {
    "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html": "tagesschau.html",
    "https://wien.orf.at/stories/3017954/": "orf.html",
}


def main() -> None:
    article = (HERE / "article.txt").read_text(encoding="utf-8")
    (HERE / "article-cp1252.txt").write_bytes(article.encode("cp1252"))
    (HERE / "article-utf16.txt").write_bytes(article.encode("utf-16"))
    (HERE / "image.png").write_bytes(PNG)
    (HERE / "crawl.warc.gz").write_bytes(crawl())


def crawl() -> bytes:
    """A gzipped WARC as a crawler writes it: requests, pages, an image, a 404, metadata."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, file in PAGES.items():
        writer.write_record(request(writer, url))
        writer.write_record(page(writer, url, "200 OK", (HERE / file).read_bytes(), "text/html"))
    writer.write_record(page(writer, "https://wien.orf.at/logo.png", "200 OK", PNG, "image/png"))
    missing = b"<html><body><h1>Seite nicht gefunden</h1></body></html>"
    writer.write_record(
        page(writer, "https://wien.orf.at/alt", "404 Not Found", missing, "text/html")
    )
    writer.write_record(record(writer, "https://wien.orf.at/", "metadata", b"outlinks: 3", None))
    return buffer.getvalue()


def request(writer: WARCWriter, url: str):
    parts = urlsplit(url)
    headers = StatusAndHeaders(
        f"GET {parts.path} HTTP/1.1", [("Host", parts.netloc)], is_http_request=True
    )
    return record(writer, url, "request", b"", headers)


def page(writer: WARCWriter, url: str, status: str, body: bytes, content_type: str):
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return record(writer, url, "response", body, headers)


def record(writer: WARCWriter, url: str, kind: str, body: bytes, http_headers):
    return writer.create_warc_record(
        url,
        kind,
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": CRAWL_DATE},
    )


if __name__ == "__main__":
    main()
