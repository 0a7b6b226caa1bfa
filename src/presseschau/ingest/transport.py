"""All URL fetching goes through one interface: real HTTP, or replay of a saved crawl."""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Protocol

import httpx

from presseschau import __version__
from presseschau.errors import InputError
from presseschau.ingest.context import too_large

HEADERS = {"User-Agent": f"presseschau/{__version__}"}


@dataclass(frozen=True)
class Fetched:
    """A fetched response body; `url` is the final URL after redirects."""

    url: str
    body: bytes
    content_type: str | None


class Transport(Protocol):
    def fetch(self, url: str) -> Fetched:
        """The response for `url`; any failure raises InputError(url, problem)."""
        ...


@dataclass(frozen=True)
class HttpTransport:
    """Fetch over HTTP(S), following redirects and reading at most `max_bytes` of a body.

    Each fetch opens and closes its own connection, so there is nothing to close afterwards.
    """

    max_bytes: int
    timeout: float = 20.0

    def fetch(self, url: str) -> Fetched:
        options = {"headers": HEADERS, "timeout": self.timeout, "follow_redirects": True}
        try:
            with httpx.stream("GET", url, **options) as response:
                if response.status_code >= 400:
                    raise InputError(url, _status_problem(response.status_code))
                body = self._read_body(url, response)
                return Fetched(str(response.url), body, response.headers.get("content-type"))
        except httpx.TimeoutException:
            raise InputError(url, f"no answer within {self.timeout:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise InputError(url, str(error) or type(error).__name__) from None

    def _read_body(self, url: str, response: httpx.Response) -> bytes:
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise InputError(url, too_large(self.max_bytes))
        return bytes(body)


class ReplayTransport:
    """Replay responses saved as files, e.g. a crawl made earlier, without any network.

    `directory/index.json` maps each URL to {"file": path relative to `directory`,
    "content_type": the response's Content-Type, optional "status": HTTP status, default 200}:

        {"https://example.org/a": {"file": "pages/a.html", "content_type": "text/html"}}
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._index = _load_index(self.directory / "index.json")

    def fetch(self, url: str) -> Fetched:
        entry = self._index.get(url)
        if entry is None:
            raise InputError(url, "not in replay index")
        status = entry.get("status", HTTPStatus.OK)
        if status >= 400:
            raise InputError(url, _status_problem(status))
        try:
            body = (self.directory / entry["file"]).read_bytes()
        except OSError as error:
            raise InputError(url, f"replay file unreadable: {error.strerror}") from None
        return Fetched(url, body, entry.get("content_type"))


def _load_index(path: Path) -> dict[str, dict]:
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"cannot read replay index: {error}") from None
    if not isinstance(index, dict) or not all(
        isinstance(entry, dict) and isinstance(entry.get("file"), str) for entry in index.values()
    ):
        raise InputError(str(path), 'replay index must map each URL to {"file": ...}')
    return index


def _status_problem(status: int) -> str:
    """'HTTP 404 Not Found', the problem text for an error status."""
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
