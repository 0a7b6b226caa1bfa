"""Articles and stories as Parquet, for notebooks and for `presseschau load`.

`articles` holds one row per article: what the store keeps of it (text, blocks and removed lines
as lists of structs) and the named entities found in it (character offsets). `stories` holds one
row per story, `article_stories` the story of each article. The schemas are explicit, so that
every part file of a run has the same columns whatever its rows hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from presseschau.compare.stories import StoryGroup
from presseschau.errors import PresseschauError
from presseschau.model import Article, Block, Removal

ARTICLE_FIELDS = ("id", "source", "outlet", "title", "author", "published", "language", "text")
STORED = [*ARTICLE_FIELDS, "content_hash", "blocks", "removed", "notes", "duplicate_of",
          "duplicate_similarity"]  # fmt: skip


def article_schema():
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            *((name, text) for name in ARTICLE_FIELDS),
            ("content_hash", text),
            (
                "blocks",
                pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("kind", text)])),
            ),
            ("removed", pa.list_(pa.struct([("text", text), ("reason", text)]))),
            ("notes", pa.list_(text)),
            ("duplicate_of", text),
            ("duplicate_similarity", pa.float64()),
            (
                "mentions",
                pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("type", text)])),
            ),
        ]
    )


def story_schema():
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("articles", pa.list_(pa.string())),
            ("terms", pa.list_(pa.string())),
            ("first", pa.date32()),
            ("last", pa.date32()),
        ]
    )


def article_row(article: Article) -> dict:
    return {
        **{name: getattr(article, name) for name in ARTICLE_FIELDS},
        "content_hash": article.content_hash,
        "blocks": [{"start": b.start, "end": b.end, "kind": b.kind} for b in article.blocks],
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "notes": list(article.notes),
        "duplicate_of": article.duplicate_of,
        "duplicate_similarity": article.duplicate_similarity,
        "mentions": [{"start": m.start, "end": m.end, "type": m.type} for m in article.mentions],
    }


def articles_table(rows: list[dict]):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=article_schema())


def write_stories(path: Path, groups: Iterable[StoryGroup]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {
            "id": g.id,
            "articles": list(g.articles),
            "terms": list(g.terms),
            "first": g.first,
            "last": g.last,
        }
        for g in groups
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=story_schema()), path)


def write_article_stories(path: Path, groups: Iterable[StoryGroup]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"article": a, "story": g.id} for g in groups for a in g.articles]
    schema = pa.schema([("article", pa.string()), ("story", pa.string())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


def read_articles(folder: Path) -> Iterator[Article]:
    """The articles of the Parquet files in `folder` (file name order), without their layers.
    Every file is checked before the first article is given, so that a bad one stops the load
    before anything is stored."""
    files = [_articles_file(path) for path in sorted(folder.glob("*.parquet"))]
    if not files:
        raise PresseschauError(f"{folder}: no .parquet files")
    for parquet in files:
        for batch in parquet.iter_batches(columns=STORED):
            for row in batch.to_pylist():
                yield Article(
                    **{name: row[name] for name in ARTICLE_FIELDS},
                    content_hash=row["content_hash"],
                    blocks=tuple(Block(b["start"], b["end"], b["kind"]) for b in row["blocks"]),
                    removed=tuple(Removal(r["text"], r["reason"]) for r in row["removed"]),
                    notes=tuple(row["notes"]),
                    duplicate_of=row["duplicate_of"],
                    duplicate_similarity=row["duplicate_similarity"],
                )


def pyarrow_modules():
    """pyarrow and pyarrow.parquet, or an error that says how to install them."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise PresseschauError(
            "Parquet needs pyarrow: pip install 'presseschau[parquet]'"
        ) from error
    return pa, pq


def _articles_file(path: Path):
    """The Parquet file, opened, if it holds presseschau's article columns."""
    pa, pq = pyarrow_modules()
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as error:
        raise PresseschauError(f"{path}: not a readable Parquet file: {error}") from None
    missing = [c for c in STORED if c not in parquet.schema_arrow.names]
    if missing:
        raise PresseschauError(f"{path}: not an articles file of a run (no {', '.join(missing)})")
    return parquet
