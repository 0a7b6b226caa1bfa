"""JSON Lines: one article per line, as exported by scrapers and news APIs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime

from presseschau.errors import InputError, printable
from presseschau.ingest.context import ReadContext
from presseschau.ingest.decode import decode
from presseschau.ingest.text import paragraphs_from_text
from presseschau.model import Document

# A \u escape may give half a surrogate pair (a scraper cut an emoji in two), which no UTF-8 text,
# and so no store, can hold; it becomes the replacement character, as a broken byte does.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(data: bytes, source: str, ctx: ReadContext) -> Iterator[Document | InputError]:
    """Yield one document per line; a broken line yields an error and reading goes on.

    Each line is an object with a non-empty string `text` and optionally `id`, `title`, `url`,
    `outlet`, `author` and `published` (ISO 8601). A file in which no line parses is refused whole.
    """
    text, notes = decode(data, source)
    # Split at "\n" only: JSON strings may hold other line separators such as U+2028.
    lines = enumerate(text.split("\n"), 1)
    records = [(number, _parse(line)) for number, line in lines if line.strip()]
    if not any(isinstance(record, dict) for _, record in records):
        raise InputError(source, "not JSON Lines: no line is a JSON object")
    for number, record in records:
        if isinstance(record, str):
            yield InputError(f"{source}:{number}", record)
        else:
            yield record_document(record, source, number, notes)


def _parse(line: str) -> dict | str:
    """The line's object, or the problem with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        # "Unterminated string starting at", "Invalid control character at": at the column
        return f"invalid JSON: {error.msg.removesuffix(' at')} at column {error.colno}"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    except ValueError:  # Python converts no integer of more than 4300 digits
        return "invalid JSON: a number too long to read"
    return record if isinstance(record, dict) else "not a JSON object"


def record_document(
    record: dict, source: str, number: int, notes: tuple[str, ...] = ()
) -> Document | InputError:
    """The document of one record (a JSON object, a Parquet row), number `number` in `source`."""
    text = record.get("text")
    paragraphs = paragraphs_from_text(_valid_unicode(text)) if isinstance(text, str) else ()
    if not paragraphs:
        return InputError(f"{source}:{number}", 'no "text", or an empty one')
    record_id = _string(record.get("id"))
    record_id = printable(record_id) if record_id else None
    published, published_notes = _published(record.get("published"))
    return Document(
        source=f"{source}#{record_id}" if record_id else f"{source}:{number}",
        paragraphs=paragraphs,
        id=record_id,
        title=_string(record.get("title")),
        author=_string(record.get("author")),
        published=published,
        site=_string(record.get("outlet")),
        url=_string(record.get("url")),
        notes=notes + published_notes,
    )


def _string(value: object) -> str | None:
    """A string or number field as text; anything else (lists, objects, booleans) as None."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return _valid_unicode(str(value).strip()) or None


def _valid_unicode(text: str) -> str:
    return _LONE_SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)


def _published(value: object) -> tuple[str | None, tuple[str, ...]]:
    """The value when it is an ISO 8601 date or date-time; otherwise None and a note."""
    if value is None:
        return None, ()
    if isinstance(value, str) and _is_iso_8601(value):
        return value, ()
    return None, (f"published {value!r} is not an ISO 8601 date; left out",)


def _is_iso_8601(value: str) -> bool:
    try:
        datetime.fromisoformat(value)  # since Python 3.11 this also takes a bare date
    except ValueError:
        return False
    return True
