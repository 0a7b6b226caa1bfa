"""Bylines and datelines: who wrote an article and when it appeared, read from one line.

A date is only given in ISO form when the line states day, month and four-digit year; a missing
part is never filled in (no current year, no century for "19.06.24").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from presseschau.ingest import de

# "Maria de la Cruz Pérez" has five; a longer run of capitalised words is a sentence of nouns.
MAX_NAME_TOKENS = 5


@dataclass(frozen=True)
class Credit:
    """What a byline or dateline states."""

    kind: str  # "byline" or "dateline"
    author: str | None = None  # several authors joined with ", "
    published: str | None = None  # ISO 8601 date or datetime; None when the date is incomplete


@dataclass(frozen=True)
class StatedDate:
    """A date as a line states it: its span (with a time right after it) and its ISO form."""

    start: int
    end: int
    iso: str | None  # None when day, month or four-digit year is missing or the date is invalid


def read_credit(line: str) -> Credit | None:
    """The byline or dateline that the whole `line` is, else None."""
    return read_byline(line) or read_dateline(line)


def read_byline(line: str) -> Credit | None:
    """A line such as "Von Jan Becker, 19. Juni 2024" or "Autorin: Anna Meier, dpa"."""
    opening = _BYLINE_OPENING.match(line)
    if opening is None:
        return None
    rest = line[opening.end() :]
    dates = stated_dates(rest)
    authors = _authors(rest[: dates[0].start] if dates else rest)
    dateline = read_dateline(rest[dates[0].start :]) if dates else None
    if authors is None or (dates and dateline is None):
        return None
    return Credit("byline", ", ".join(authors), dateline.published if dateline else None)


def read_dateline(line: str) -> Credit | None:
    """A line that is only dates and their lead words, e.g. "Stand: 28.04.2020 18:00 Uhr"."""
    dates = stated_dates(line)
    if not dates or not _DATELINE_FILLER.fullmatch(_blank_out(line, dates)):
        return None
    complete = [date.iso for date in dates if date.iso]
    # An update never precedes publication, so of several stated dates the earliest is published.
    return Credit("dateline", published=min(complete) if complete else None)


def stated_dates(text: str) -> list[StatedDate]:
    """The dates in `text`, in order and not overlapping."""
    found = sorted(
        (match for form in _DATE_FORMS for match in form.finditer(text)), key=lambda m: m.start()
    )
    dates: list[StatedDate] = []
    for match in found:
        if not dates or match.start() >= dates[-1].end:
            dates.append(_stated_date(text, match))
    return dates


def _stated_date(text: str, match: re.Match[str]) -> StatedDate:
    day = _calendar_date(match)
    time = _TIME_AFTER.match(text, match.end())
    clock = _clock(time) if time else None
    iso = day.isoformat() if day else None
    if iso and clock:
        iso = f"{iso}T{clock}"
    return StatedDate(match.start(), time.end() if time else match.end(), iso)


def _calendar_date(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    year, month, day = parts.get("year"), parts["month"], parts.get("day")
    if not (year and day) or len(year) != 4:
        return None
    number = int(month) if month.isdigit() else de.MONTHS[month.casefold()]
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def _clock(time: re.Match[str]) -> str | None:
    hour, minute = int(time["hour"]), int(time["minute"] or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _blank_out(line: str, dates: list[StatedDate]) -> str:
    pieces, position = [], 0
    for date in dates:
        pieces.append(line[position : date.start])
        position = date.end
    pieces.append(line[position:])
    return " ".join(pieces)


def _authors(text: str) -> list[str] | None:
    """The names of a byline's name part, without a trailing outlet; None when it is not names."""
    split = _NAME_SEPARATOR.split(_FILLER_AT_END.sub("", text))
    parts = [part.strip() for part in split if part.strip()]
    if len(parts) > 1 and _is_outlet(parts[-1]):
        parts.pop()
    return parts if parts and all(map(_is_name, parts)) else None


def _is_name(text: str) -> bool:
    tokens = text.split()
    return (
        len(tokens) <= MAX_NAME_TOKENS
        and tokens[0][0].isupper()
        and all(_NAME_TOKEN.fullmatch(token) for token in tokens)
        and all(token[0].isupper() or token in de.NAME_PARTICLES for token in tokens)
    )


def _is_outlet(text: str) -> bool:
    """An agency, a broadcaster's acronym ("NDR", "MDR THÜRINGEN") or a web address."""
    tokens = text.split()
    acronym = all(token.isupper() and token.isalpha() and len(token) > 1 for token in tokens)
    address = len(tokens) == 1 and "." in text.strip(".")
    return text.casefold() in de.NEWS_AGENCIES or acronym or address


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(sorted(patterns, key=len, reverse=True))


_MONTH = _alternatives(map(re.escape, de.MONTHS))
_DAY = r"(?P<day>\d{1,2})\."
_DATE_FORMS = (
    re.compile(
        rf"(?<![\d.]){_DAY}\s?(?P<month>\d{{1,2}})\.(?:\s?(?P<year>\d{{4}}|\d{{2}}))?(?!\d)"
    ),
    re.compile(rf"(?<![\w.]){_DAY}\s*(?P<month>{_MONTH})\b\.?(?:\s+(?P<year>\d{{4}})\b)?", re.I),
    re.compile(rf"(?<!\w)(?P<month>{_MONTH})\b\.?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
)
_TIME_AFTER = re.compile(
    r"[\s,|\N{EN DASH}-]*(?:um\s+)?(?P<hour>\d{1,2})"
    r"(?:[:.](?P<minute>\d{2})(?:\s*uhr)?|\s*uhr)(?!\d)",
    re.I,
)
_FILLER_WORD = rf"\b(?:{_alternatives(de.DATELINE_WORDS + de.WEEKDAYS)})\b"
_DATELINE_FILLER = re.compile(rf"(?:[\W_]|{_FILLER_WORD})*", re.I)
_FILLER_AT_END = re.compile(rf"(?:[\W_]|{_FILLER_WORD})*$", re.I)
_BYLINE_OPENING = re.compile(rf"(?:{'|'.join(de.BYLINE_OPENINGS)})(?:\s+|(?<=:))", re.I)
# Names are separated by commas, "und", "&" or "/", and from a date by a dash or a bar; a hyphen
# inside a name ("Müller-Lüdenscheidt") does not separate.
_NAME_SEPARATOR = re.compile(r"\s*(?:[,;&/|\N{EN DASH}\N{EM DASH}]|\s-\s|\bund\b)\s*")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*")
