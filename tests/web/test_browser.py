"""The pages in a real headless Chromium (Debian's, driven by Playwright) against a real server:
a citation opens its article with the cited sentence highlighted, no page logs a JavaScript or
Content-Security-Policy error, and the pages fit a phone's width. Screenshots are kept in
test-artifacts/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import CORPUS
from presseschau.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Chromium as root in a container, and without reaching for Google's services.
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt install chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from presseschau.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "news.db"
    assert main(["analyze", str(CORPUS), "--db", str(db), "-q", "--offline"]) == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error")
    served = uvicorn.Server(config)
    thread = threading.Thread(target=served.run, daemon=True)
    thread.start()
    while not served.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    served.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def watched(browser, width: int = 1200):
    """A new page that records every console error and uncaught exception."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, errors


def test_a_citation_shows_the_cited_sentence_highlighted(server: str, browser) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, errors = watched(browser)
    page.goto(f"{server}/stories")
    page.click("ol.story-list a")
    page.wait_for_selector("ol.synopsis")
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    citation = page.locator("ol.synopsis a.cite").first
    href = citation.get_attribute("href")
    citation.click()
    page.wait_for_selector("#cited")
    cited = page.locator("#cited")
    assert cited.is_visible()
    article_id = href.split("/articles/")[1].split("?")[0]
    start, end = (int(part.split("=")[1]) for part in href.split("?")[1].split("#")[0].split("&"))
    text = page.request.get(f"{server}/articles/{article_id}.json").json()["article"]["text"]
    assert " ".join(cited.inner_text().split()) == " ".join(text[start:end].split())
    background = cited.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(ARTIFACTS / "cited.png"), full_page=True)
    assert errors == []


def test_every_page_fits_a_phone_and_logs_no_error(server: str, browser) -> None:
    page, errors = watched(browser, width=390)
    page.goto(f"{server}/stories.json")
    story_id = page.evaluate("() => JSON.parse(document.body.innerText).stories[0].id")
    story = page.request.get(f"{server}/stories/{story_id}.json").json()
    first, second = (a["id"] for a in story["articles"][:2])
    paths = [
        "/stories", f"/stories/{story_id}", f"/articles/{first}", f"/compare/{first}/{second}",
        f"/entities/{story['entities'][0]['id']}", "/search?q=Pj%C3%B6ngjang",
    ]  # fmt: skip
    for path in paths:
        page.goto(server + path)
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
    page.goto(f"{server}/stories/{story_id}")
    page.screenshot(path=str(ARTIFACTS / "story-390px.png"), full_page=True)
    assert errors == []
