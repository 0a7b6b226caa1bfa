"""Parquet: one article per row, with the columns a JSON Lines record has (`text`, and
optionally `id`, `title`, `url`, `outlet`, `author`, `published`), as data tools export them.

Needs pyarrow (`pip install 'presseschau[parquet]'`); rows are read a batch at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

from presseschau.errors import InputError
from presseschau.ingest.context import ReadContext
from presseschau.ingest.jsonl import record_document
from presseschau.model import Document

COLUMNS = ("text", "id", "title", "url", "outlet", "author", "published")
BATCH_ROWS = 1000


def read_parquet(data: bytes, source: str, ctx: ReadContext) -> Iterator[Document | InputError]:
    """Yield one document per row; a row without text yields an error and reading goes on."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            source, "Parquet needs pyarrow: pip install 'presseschau[parquet]'"
        ) from None
    try:
        table = pq.ParquetFile(io.BytesIO(bytes(data)))
        columns = [c for c in COLUMNS if c in table.schema_arrow.names]
        if "text" not in columns:
            raise InputError(source, 'Parquet without a "text" column')
        number = 0
        for batch in table.iter_batches(BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield record_document(_plain(row), source, number)
    # to_pylist decodes a string column and fails on bytes that are not UTF-8
    except (pa.ArrowException, OSError, UnicodeDecodeError) as error:
        raise InputError(source, f"not a readable Parquet file: {error}") from None


def _plain(row: dict) -> dict:
    """The row with a date or timestamp written as ISO 8601, as JSON Lines has it."""
    published = row.get("published")
    if isinstance(published, date):
        row["published"] = published.isoformat()
    return row
