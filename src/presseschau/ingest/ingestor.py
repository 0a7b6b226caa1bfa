"""Ingest: inputs -> documents -> cleaned articles -> the store, one transaction per input."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from presseschau.errors import InputError
from presseschau.ingest.assemble import assemble, preferred_id, unique_id
from presseschau.ingest.clean import clean, template_candidates
from presseschau.ingest.context import ReadContext
from presseschau.ingest.dedup import NearDuplicateIndex
from presseschau.ingest.outlet import resolve_outlet
from presseschau.ingest.sources import Input, expand, load, read_bytes
from presseschau.model import Article, Document
from presseschau.nlp.language import LanguageStage
from presseschau.pipeline import Pipeline
from presseschau.settings import Settings
from presseschau.store import Store

log = logging.getLogger(__name__)

# Inputs are read and cleaned in chunks: the chunk is where lines repeated across an outlet's
# articles are counted, and chunk borders depend only on an input's position in the sorted list,
# so an interrupted run and its rerun see the same counts.
CHUNK = 200
# The files SQLite keeps beside a store: never read as inputs when they lie in a folder read.
STORE_ENDINGS = ("-wal", "-shm", "-journal")


@dataclass
class IngestResult:
    added: int = 0
    unchanged: int = 0  # inputs already in the store as they are
    exact_duplicates: int = 0  # documents whose text was stored already, from another source
    near_duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)


@dataclass(frozen=True)
class _Loaded:
    input: Input
    input_hash: str
    documents: tuple[tuple[Document, str | None], ...]  # with the outlet


class Ingestor:
    """Adds inputs to a store; reruns on the same inputs add nothing."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        transport=None,
        on_failure: Callable[[InputError], None] = lambda error: None,
    ) -> None:
        if transport is None and not settings.offline:
            from presseschau.ingest.transport import HttpTransport

            transport = HttpTransport(max_bytes=settings.max_bytes)
        self.store = store
        self.settings = settings
        self.context = ReadContext(
            max_bytes=settings.max_bytes,
            transport=transport,
            is_stored=lambda source: store.article_for_source(source) is not None,
        )
        self.on_failure = on_failure
        self.stages = Pipeline([LanguageStage()])
        self._near: NearDuplicateIndex | None = None

    @functools.cached_property
    def _store_files(self) -> frozenset[Path]:
        db = self.store.path.resolve()
        return frozenset({db, *(db.with_name(db.name + end) for end in STORE_ENDINGS)})

    def ingest(self, paths: Sequence[str]) -> IngestResult:
        """Read the inputs `paths` name, sorted: which of two copies is the original, or names
        the article, does not depend on the order the paths are given in."""
        result = IngestResult()
        inputs = [item for item in expand(sorted(paths)) if self._is_input(item, result)]
        with _progress(len(inputs), self.settings.progress) as bar:
            for start in range(0, len(inputs), CHUNK):
                loaded = [self._load(inp, result) for inp in inputs[start : start + CHUNK]]
                templates = self._template_lines([item for item in loaded if item])
                for item in loaded:
                    if item:
                        self._store_input(item, templates, result)
                bar.update(len(loaded))
        return result

    def add(self, document: Document, outlet: str | None) -> IngestResult:
        """Store one document read elsewhere (posted to the web app) as `ingest` stores a
        file's, in one transaction."""
        result = IngestResult()
        with self.store.transaction():
            self._store_document(Input(document.source, "post"), document, outlet, {}, result)
        return result

    def load(self, articles: Iterable[Article]) -> IngestResult:
        """Store articles that were read and cleaned elsewhere (by `analyze --engine dask`):
        the same text stored already is an exact duplicate, near-duplicates are found against
        the whole store, and an id another article holds gets the content hash appended."""
        result = IngestResult()
        pending = iter(articles)
        while chunk := list(itertools.islice(pending, CHUNK)):
            with self.store.transaction():
                for article in chunk:
                    existing = self.store.article_by_hash(article.content_hash)
                    if existing:
                        self.store.add_source(existing, article.source)
                        result.exact_duplicates += 1
                        continue
                    article_id = unique_id(article.id, article.content_hash, self.store.id_taken)
                    self._add(
                        dataclasses.replace(
                            article, id=article_id, duplicate_of=None, duplicate_similarity=None
                        ),
                        result,
                    )
        return result

    def _is_input(self, item: Input | InputError, result: IngestResult) -> bool:
        if isinstance(item, InputError):
            self._fail(item, result)
            return False
        # The store may lie in a folder being read: its own files are not articles.
        return item.path is None or item.path.resolve() not in self._store_files

    def _fail(self, error: InputError, result: IngestResult) -> None:
        result.failures.append(error)
        self.on_failure(error)

    def _load(self, inp: Input, result: IngestResult) -> _Loaded | None:
        try:
            data = load(inp, self.context)
            input_hash = hashlib.sha256(data).hexdigest()
            if inp.kind == "stdin":
                # Standard input has no identity of its own: what comes in another time is
                # another input, not a new version of this one.
                inp = dataclasses.replace(inp, source=f"{inp.source}:{input_hash[:16]}")
            if self.store.input_hash(inp.source) == input_hash:
                log.info("%s: unchanged since it was stored", inp.source)
                result.unchanged += 1
                return None
            documents = tuple(self._documents(inp, data, result))
        except InputError as error:
            self._fail(error, result)
            return None
        return _Loaded(inp, input_hash, documents)

    def _documents(
        self, inp: Input, data: bytes, result: IngestResult
    ) -> Iterator[tuple[Document, str | None]]:
        for item in read_bytes(data, inp.source, self.context):
            if isinstance(item, InputError):
                self._fail(item, result)
                continue
            for note in item.notes:
                log.warning("%s: %s", item.source, note)
            outlet = resolve_outlet(
                self.settings.outlets, item.source, item.site, item.url, inp.folder
            )
            yield item, outlet

    def _template_lines(self, loaded: list[_Loaded]) -> dict[str, frozenset[str]]:
        """Per outlet, the short lines found in two or more of its articles."""
        per_outlet: dict[str, Counter[str]] = {}
        for item in loaded:
            for document, outlet in item.documents:
                if outlet:
                    per_outlet.setdefault(outlet, Counter()).update(template_candidates(document))
        templates = {}
        for outlet, counts in per_outlet.items():
            stored = self.store.outlet_line_articles(outlet, counts)
            templates[outlet] = frozenset(
                key for key, n in counts.items() if n + len(stored.get(key, ())) >= 2
            )
        return templates

    def _store_input(
        self, item: _Loaded, templates: dict[str, frozenset[str]], result: IngestResult
    ) -> None:
        with self.store.transaction():
            for document, outlet in item.documents:
                self._store_document(item.input, document, outlet, templates, result)
            self.store.record_input(item.input.source, item.input_hash)

    def _store_document(self, inp, document, outlet, templates, result) -> None:
        cleaned = clean(document, templates.get(outlet, frozenset()) if outlet else frozenset())
        if not cleaned.blocks:
            self._fail(InputError(document.source, "no article text left after cleaning"), result)
            return
        article = assemble(document, cleaned, "", outlet)
        existing = self.store.article_by_hash(article.content_hash)
        if existing and existing == self.store.article_for_source(document.source):
            log.info("%s: unchanged since it was stored", document.source)
            return
        self._forget(document.source)
        if existing:
            log.info("%s: same text as %s", document.source, existing)
            self.store.add_source(existing, document.source)
            result.exact_duplicates += 1
            return
        article_id = unique_id(
            preferred_id(document, inp.source if inp.path else None),
            article.content_hash,
            self.store.id_taken,
        )
        article = self.stages(dataclasses.replace(article, id=article_id))
        self._add(article, result)
        if outlet:
            self.store.add_outlet_lines(outlet, article.id, template_candidates(document))

    def _forget(self, source: str) -> None:
        """Unlink a source whose text changed; its old article goes if nothing else has it."""
        dropped = self.store.forget_source(source)
        if dropped and self._near is not None:
            self._near.remove(dropped)

    def _add(self, article: Article, result: IngestResult) -> None:
        index = self._near_index()
        signature = index.signature(article.text)
        copy = index.closest(signature) if signature is not None else None
        copies_stored = copy and not _published_earlier(
            article.published, index.published[copy.original]
        )
        if copies_stored:
            article = dataclasses.replace(
                article, duplicate_of=copy.original, duplicate_similarity=copy.similarity
            )
        self.store.add_article(article, index.to_bytes(signature) if signature else None)
        log.info("%s: stored as %s (%s)", article.source, article.id, article.language or "?")
        if copy and not copies_stored and self.store.duplicate_of(copy.original) is None:
            # the stored article was published later, so it is the copy
            self.store.mark_duplicate(copy.original, article.id, copy.similarity)
        if copy:
            log.info("%s and %s: near-duplicates", article.id, copy.original)
            result.near_duplicates += 1
        if signature is not None:
            index.add(article.id, signature, article.published)
        result.added += 1

    def _near_index(self) -> NearDuplicateIndex:
        if self._near is None:
            self._near = NearDuplicateIndex()
            for article_id, published, data in self.store.minhashes():
                self._near.add(article_id, NearDuplicateIndex.from_bytes(data), published)
        return self._near


def _published_earlier(candidate: str | None, original: str | None) -> bool:
    """True when both dates are known and `candidate` is the earlier one: it is the original."""
    return bool(candidate and original and candidate[:10] < original[:10])


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    # disable=None lets tqdm switch itself off when stderr is not a terminal
    return tqdm(total=total, unit="input", disable=None if enabled else True, leave=False)
