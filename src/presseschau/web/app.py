"""The web app: pages rendered on the server from the saved analysis, each with a JSON twin
at the same path plus `.json` (or with `Accept: application/json`); read-only, no scripts.

    presseschau serve --db news.db          # http://127.0.0.1:8000/stories
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import threading
from collections import OrderedDict
from pathlib import Path

from fastapi import Body, FastAPI, Query, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)

from presseschau.errors import InputError
from presseschau.export import FORMATS, TABLES, write
from presseschau.ingest.ingestor import Ingestor
from presseschau.ingest.jsonl import record_document
from presseschau.render.html import environment
from presseschau.saved import Saved
from presseschau.settings import Settings
from presseschau.store import Store
from presseschau.web import pages

# Pages may be framed by nothing, load nothing from elsewhere and run no scripts.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
MAX_BODY = 1_000_000  # bytes a request may send
CACHED = 512  # pages kept rendered


def create_app(db: Path, token: str | None = None):
    """The app over the store at `db`, which `analyze --db` filled. With a `token`, articles
    can be added with `POST /articles` by those who send it."""
    # A path with .json must be matched before the same path without it, which would take
    # "x.json" as its id: of two decorators the lower one registers first.
    app = FastAPI(
        title="presseschau",
        description="Stories, articles, entities and outlets of a presseschau store.",
        docs_url=None,
        redoc_url=None,
    )
    local = threading.local()

    def store() -> Store:
        # One connection per server thread: SQLite connections stay in their thread.
        if not hasattr(local, "store"):
            local.store = Store(db)
        return local.store

    def respond(request: Request, page: pages.Page, wants_json: bool) -> Response:
        if wants_json:
            return JSONResponse(page.data)
        template = environment().get_template(f"web/{page.template}")
        return HTMLResponse(
            template.render(**page.data, **page.extra, request_path=request.url.path)
        )

    rendered: OrderedDict[tuple, tuple[bytes, str]] = OrderedDict()
    lock = threading.Lock()

    def page(request: Request, name: str, *args) -> Response:
        """The page, from the cache while the kept analysis is the same one."""
        wants_json = request.url.path.endswith(".json") or (
            "application/json" in request.headers.get("accept", "")
        )
        key = (Saved(store()).version(), request.url.path, request.url.query, wants_json)
        with lock:
            if key in rendered:
                rendered.move_to_end(key)
                body, media = rendered[key]
                return Response(body, media_type=media)
        try:
            made = getattr(pages, name)(*args)
        except pages.NotFound as missing:
            return PlainTextResponse(str(missing), status_code=404)
        response = respond(request, made, wants_json)
        with lock:
            rendered[key] = (response.body, response.media_type)
            if len(rendered) > CACHED:
                rendered.popitem(last=False)
        return response

    @app.middleware("http")
    async def headers(request: Request, call_next):
        if int(request.headers.get("content-length") or 0) > MAX_BODY:
            return PlainTextResponse("request too large", status_code=413)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/stories")

    @app.get("/favicon.ico", include_in_schema=False)
    def icon() -> Response:
        return Response(status_code=204)  # no icon, and no error in the browser's console

    @app.get("/assets/presseschau.css", include_in_schema=False)
    def css() -> Response:
        text = environment().loader.get_source(environment(), "report.css")[0]
        return Response(text, media_type="text/css")

    @app.get("/stories", summary="The stories, newest, biggest or most disputed first")
    @app.get("/stories.json", summary="The stories (JSON)")
    def story_list(
        request: Request, order: str = "newest", number: int = Query(1, alias="page")
    ) -> Response:
        return page(request, "stories", Saved(store()), order, number)

    @app.get("/stories/{story_id}", summary="A story: synopsis, claims, timeline, outlets")
    @app.get("/stories/{story_id}.json", summary="A story: synopsis, claims, outlets (JSON)")
    def story(request: Request, story_id: str) -> Response:
        return page(request, "story", Saved(store()), story_id)

    @app.get("/articles/{article_id}", summary="An article with what was found in it marked")
    @app.get("/articles/{article_id}.json", summary="An article with its layers (JSON)")
    def article(
        request: Request, article_id: str, start: int | None = None, end: int | None = None
    ) -> Response:
        mark = (start, end) if start is not None and end is not None else None
        return page(request, "article", Saved(store()), article_id, mark)

    @app.get("/compare/{left}/{right}", summary="Two articles of a story side by side")
    @app.get("/compare/{left}/{right}.json", summary="Two articles of a story (JSON)")
    def compare(request: Request, left: str, right: str) -> Response:
        return page(request, "compare", Saved(store()), left, right)

    @app.get("/entities/{entity_id}", summary="Where an entity is named and quoted")
    @app.get("/entities/{entity_id}.json", summary="Where an entity is named and quoted (JSON)")
    def entity(request: Request, entity_id: str) -> Response:
        return page(request, "entity", Saved(store()), entity_id)

    @app.get("/search", summary="Full-text search of the articles")
    @app.get("/search.json", summary="Full-text search of the articles (JSON)")
    def search(request: Request, q: str = "") -> Response:
        return page(request, "search", store(), q)

    @app.post("/articles", status_code=201, summary="Add an article (needs the token)")
    def add_article(request: Request, record: dict = Body(...)) -> Response:  # noqa: B008
        """An article as a JSON object with `text` and optionally `id`, `title`, `url`,
        `outlet`, `author`, `published`: stored as `ingest` stores a line of JSON Lines. The
        next `analyze --db` (or `watch` round) takes it into the analysis."""
        if token is None:
            return PlainTextResponse("read-only: start serve with --token-file", 403)
        sent = request.headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(sent.encode(), token.encode()):
            return PlainTextResponse("wrong or missing token", 401)
        url = record.get("url") if isinstance(record.get("url"), str) else None
        source = url or "post:" + hashlib.sha256(json.dumps(record).encode()).hexdigest()[:16]
        document = record_document(record, source, 1)
        if isinstance(document, InputError):
            return PlainTextResponse(document.problem, 400)
        result = Ingestor(store(), Settings(offline=True, progress=False)).add(document, None)
        if result.failures:
            return PlainTextResponse(result.failures[0].problem, 400)
        stored = store().article_for_source(document.source)
        note = "stored; the next `presseschau analyze --db` or `watch` round analyses it"
        return JSONResponse({"id": stored, "added": result.added, "note": note}, status_code=201)

    @app.get("/exports/{table}.{fmt}", summary="A table of the analysis (as `export` writes)")
    def download(table: str, fmt: str) -> Response:
        if table not in TABLES or fmt not in FORMATS:
            return PlainTextResponse("no such table or format", status_code=404)
        data = io.BytesIO()
        write(Saved(store()), table, fmt, data)
        media = {"csv": "text/csv", "json": "application/json"}.get(fmt, "application/octet-stream")
        disposition = f'attachment; filename="{table}.{fmt}"'
        return Response(
            data.getvalue(), media_type=media, headers={"Content-Disposition": disposition}
        )

    return app
