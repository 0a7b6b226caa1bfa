"""HttpTransport against a real HTTP server on 127.0.0.1; ReplayTransport on a replay folder."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from presseschau import __version__
from presseschau.errors import InputError
from presseschau.ingest.transport import HttpTransport, ReplayTransport

INPUTS = Path(__file__).parents[1] / "data" / "inputs"
PAGE = (INPUTS / "tagesschau.html").read_bytes()
TAGESSCHAU_URL = "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html"


class Handler(BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.user_agents.append(self.headers["User-Agent"])
        if self.path == "/article":
            self._answer(200, PAGE)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.0)  # and no answer: the client has given up by then
        else:
            self._answer(404, b"<html><body>nicht gefunden</body></html>")

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture
def http() -> HttpTransport:
    return HttpTransport(max_bytes=2**20, timeout=0.3)


def test_http_fetches_the_body_and_content_type(server, http):
    fetched = http.fetch(f"{server}/article")
    assert fetched.body == PAGE
    assert fetched.content_type == "text/html; charset=utf-8"


def test_http_names_itself_in_the_user_agent(server, http):
    http.fetch(f"{server}/article")
    assert Handler.user_agents[-1] == f"presseschau/{__version__}"


def test_http_follows_redirects_and_reports_the_final_url(server, http):
    fetched = http.fetch(f"{server}/moved")
    assert fetched.url == f"{server}/article"
    assert fetched.body == PAGE


def test_http_turns_an_error_status_into_an_input_error(server, http):
    with pytest.raises(InputError) as raised:
        http.fetch(f"{server}/gone")
    assert (raised.value.source, raised.value.problem) == (f"{server}/gone", "HTTP 404 Not Found")


def test_http_stops_reading_a_body_beyond_max_bytes(server):
    with pytest.raises(InputError) as raised:
        HttpTransport(max_bytes=50_000).fetch(f"{server}/article")
    assert raised.value.problem == "larger than 0.0476837 MB (raise --max-size)"


def test_http_gives_up_on_a_server_that_does_not_answer(server, http):
    with pytest.raises(InputError) as raised:
        http.fetch(f"{server}/slow")
    assert raised.value.problem == "no answer within 0.3 s"


def test_http_reports_a_refused_connection_in_one_line(http):
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(InputError) as raised:
        http.fetch(f"http://127.0.0.1:{port}/")
    assert "Connection refused" in raised.value.problem
    assert "\n" not in raised.value.problem


def test_replay_returns_the_saved_file_and_content_type():
    fetched = ReplayTransport(INPUTS / "replay").fetch(TAGESSCHAU_URL)
    assert fetched.body == PAGE
    assert fetched.content_type == "text/html; charset=utf-8"
    assert fetched.url == TAGESSCHAU_URL


def test_replay_refuses_a_url_not_in_its_index():
    with pytest.raises(InputError, match="not in replay index"):
        ReplayTransport(INPUTS / "replay").fetch("https://zeitung.example/neu")


def test_replay_turns_a_saved_error_status_into_an_input_error():
    with pytest.raises(InputError, match="HTTP 410 Gone"):
        ReplayTransport(INPUTS / "replay").fetch("https://wien.orf.at/stories/geloescht/")


def test_replay_refuses_a_folder_without_index(tmp_path):
    with pytest.raises(InputError, match="cannot read replay index"):
        ReplayTransport(tmp_path)


def test_replay_refuses_an_index_entry_without_file(tmp_path):
    (tmp_path / "index.json").write_text('{"https://zeitung.example/a": {"status": 200}}')
    with pytest.raises(InputError, match="must map each URL"):
        ReplayTransport(tmp_path)
