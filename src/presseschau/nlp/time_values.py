"""Values of temporal expressions: ISO 8601 dates and times, TIMEX2 codes for the rest.

An expression is read against a `Reference`: the publication date, and the latest date the
text has named so far. News ("news") resolves relative words ("gestern", "am Mittwoch", "vor
drei Tagen") against the publication date; a date without a year takes the publication's year.
Narratives ("narrative", such as encyclopedia articles) take a missing year or day from the
latest date the text named, and "heute" is the present (PRESENT_REF). Without the date a value
needs, an expression gets no value rather than a guess; vague ones ("bald") get a TIMEX2
reference word (FUTURE_REF) and never a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from presseschau.nlp import de
from presseschau.nlp.time_find import Match

NEWS, NARRATIVE = "news", "narrative"


@dataclass(frozen=True)
class TimeValue:
    type: str  # date, time, duration or set
    value: str | None
    anchor: str  # publication, absolute or none
    mod: str | None = None  # TIMEX2 modifier: APPROX, LESS_THAN, MORE_THAN ...
    begin: str | None = None  # where an anchored duration starts: "seit 24 Jahren" -> 2000
    vague: bool = False


@dataclass
class Reference:
    """What a relative expression is read against, updated as the text names dates."""

    published: dt.date | None
    mode: str = NEWS
    latest: list[int] = field(default_factory=list)  # [year, month, day?] last named
    # A year named alone ("(1908)") is often an aside; it stands in only until a month is named.
    latest_year: int | None = None

    def year(self) -> int | None:
        if self.mode == NARRATIVE and (self.latest or self.latest_year):
            return self.latest[0] if self.latest else self.latest_year
        return self.published.year if self.published else None


def published_date(value: str | None) -> dt.date | None:
    """The date of an ISO 8601 publication value, or None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def resolve(match: Match, ref: Reference) -> TimeValue:
    """The value of a found expression; `ref` learns the dates it names."""
    g = match.groups
    rule = match.rule
    if rule in ("date", "day_month", "month_year", "month"):
        return _calendar(g, ref)
    if rule == "date_time":
        date = _calendar(g, ref)
        clock = f"{int(g['hour']):02d}:{g.get('minute', '00')}"
        return TimeValue("time", f"{date.value}T{clock}" if date.value else None, date.anchor)
    if rule == "same":
        return _same(g, ref)
    if rule == "offset":
        return _offset(g, ref)
    if rule == "part_of_date":
        date = _calendar(g, ref)
        part = de.DAY_PARTS[g["part"].lower()]
        return TimeValue("time", f"{date.value}T{part}" if date.value else None, date.anchor)
    if rule == "part_of_same_day":
        part = de.DAY_PARTS[(g.get("part") or g["part2"]).lower()]
        day = _latest_day(ref)
        return TimeValue("time", f"{day}T{part}" if day else None, "absolute" if day else "none")
    if rule == "season":
        year = int(g["year"]) if "year" in g else ref.year()
        code = de.SEASONS[g["season"].lower()]
        anchor = "absolute" if "year" in g else _anchor_of_year(ref)
        return TimeValue("date", f"{year:04d}-{code}" if year else None, anchor)
    if rule == "year":
        _remember(ref, [int(g["year"])])
        return TimeValue("date", g["year"], "absolute", _PHASES.get(g.get("phase", "").lower()))
    if rule == "year_tail":
        year = int(g["before"] + g["tail"])
        _remember(ref, [year])
        return TimeValue("date", str(year), "absolute")
    if rule == "year_era":
        year = int(g["year"])
        bc = g.get("era", "").lower().startswith("v")
        return TimeValue("date", f"BC{year:04d}" if bc else f"{year:04d}", "absolute")
    if rule == "decade":
        return TimeValue("date", g["decade"], "absolute")
    if rule == "century":
        return TimeValue("date", f"{int(g['century']) - 1:02d}", "absolute")
    if rule == "time":
        return _clock(g, ref)
    if rule == "relative_day":
        return _relative_day(g["relday"].lower(), ref)
    if rule == "weekday":
        return _weekday(g["weekday"].lower(), ref)
    if rule == "relative_step":
        return _step(g, ref)
    if rule == "set":
        if "weekday" in g:
            return TimeValue("set", f"XXXX-WXX-{de.WEEKDAYS[g['weekday'].lower()] + 1}", "none")
        return TimeValue("set", de.SETS[g["every"].lower()], "none")
    if rule in ("ago", "since", "duration", "span", "duration_adjective"):
        return _length(rule, g, ref)
    word = de.VAGUE_TIMES[" ".join(g["vague"].lower().split())]
    return TimeValue("date", word, "none", vague=True)


def _calendar(g: dict[str, str], ref: Reference) -> TimeValue:
    month = int(g["monthnum"]) if "monthnum" in g else _month(g.get("month"))
    year = int(g["year"]) if "year" in g else None
    if year is not None and len(g["year"]) == 2:
        # "19.06.24": the century comes from the reference year, or nowhere.
        reference = ref.year()
        if reference is None:
            return TimeValue("date", None, "none")
        year += reference - reference % 100
    day = int(g["day"]) if "day" in g else None
    anchor = "absolute"
    if year is None:
        year, anchor = ref.year(), _anchor_of_year(ref)
        if month is None:  # "in der Nacht vom 25.": the month named last
            month = _reference_month(ref)
        if year is None or month is None:
            return TimeValue("date", None, "none")
    bc = g.get("era", "").lower().startswith("v")
    prefix = f"BC{year:04d}" if bc else f"{year:04d}"
    if day is None:
        _remember(ref, [year, month])
        mod = _PHASES.get(g.get("phase", "").lower())
        return TimeValue("date", f"{prefix}-{month:02d}", anchor, mod)
    _remember(ref, [year, month, day])
    return TimeValue("date", f"{prefix}-{month:02d}-{day:02d}", anchor)


_PHASES = {"anfang": "START", "mitte": "MID", "ende": "END"}


def _same(g: dict[str, str], ref: Reference) -> TimeValue:
    """ "am selben Tag", "am folgenden Tag", "am Tag zuvor", "im gleichen Jahr": the date named
    last, moved by a day or year where the words say so."""
    unit = (g.get("sameunit") or "Tag").lower()
    step = 1 if "next" in g else -1 if "before" in g else 0
    latest = ref.latest or ([ref.latest_year] if ref.latest_year else [])
    if ref.mode == NEWS and ref.published and not latest:
        latest = [ref.published.year, ref.published.month, ref.published.day]
    if unit == "jahr" and latest:
        return TimeValue("date", f"{latest[0] + step:04d}", "absolute")
    if unit == "monat" and len(latest) > 1:
        return TimeValue("date", f"{latest[0]:04d}-{latest[1]:02d}", "absolute")
    if unit == "tag" and len(latest) == 3:
        day = dt.date(*latest) + dt.timedelta(days=step)
        return TimeValue("date", day.isoformat(), "absolute")
    return TimeValue("date", None, "none")


def _offset(g: dict[str, str], ref: Reference) -> TimeValue:
    """ "zwei Tage später", "ein Jahr früher": the date named last, moved."""
    count = _count(g.get("count"))
    unit = de.TIME_UNITS[g["unit"].lower()]
    sign = -1 if g["direction"].lower() in ("zuvor", "früher", "vorher") else 1
    latest = ref.latest or ([ref.latest_year] if ref.latest_year else [])
    if count is None or count != int(count) or not latest:
        word = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return TimeValue("date", word, "none", vague=True)
    n = sign * int(count)
    if unit == "Y":
        return TimeValue("date", f"{latest[0] + n:04d}", "absolute")
    if unit == "M" and len(latest) > 1:
        month = latest[0] * 12 + latest[1] - 1 + n
        value = f"{month // 12:04d}-{month % 12 + 1:02d}"
        if len(latest) == 3:
            value += f"-{min(latest[2], 28):02d}"
        return TimeValue("date", value, "absolute")
    if unit in ("W", "D") and len(latest) == 3:
        day = dt.date(*latest) + dt.timedelta(days=n * (7 if unit == "W" else 1))
        return TimeValue("date", day.isoformat(), "absolute")
    return TimeValue("date", None, "none")


def _month(name: str | None) -> int | None:
    return de.MONTHS[name.lower().rstrip(".")] if name else None


def _reference_month(ref: Reference) -> int | None:
    if ref.mode == NARRATIVE:
        return ref.latest[1] if len(ref.latest) > 1 else None
    return ref.published.month if ref.published else None


def _anchor_of_year(ref: Reference) -> str:
    known = ref.latest or ref.latest_year
    return "absolute" if ref.mode == NARRATIVE and known else "publication"


def _remember(ref: Reference, parts: list[int]) -> None:
    if len(parts) == 1:
        ref.latest_year = parts[0]
    else:
        ref.latest = parts


def _latest_day(ref: Reference) -> str | None:
    if len(ref.latest) == 3:
        return "{:04d}-{:02d}-{:02d}".format(*ref.latest)
    return None


def _clock(g: dict[str, str], ref: Reference) -> TimeValue:
    clock = "24:00" if "midnight" in g else f"{int(g['hour']):02d}:{g.get('minute', '00')}"
    day = _latest_day(ref) if ref.mode == NARRATIVE else None
    if day is None and ref.published is not None and ref.mode == NEWS:
        return TimeValue("time", f"{ref.published.isoformat()}T{clock}", "publication")
    if day is None:
        return TimeValue("time", f"T{clock}", "none")
    return TimeValue("time", f"{day}T{clock}", "absolute")


def _relative_day(word: str, ref: Reference) -> TimeValue:
    if ref.mode == NARRATIVE:
        return (
            TimeValue("date", "PRESENT_REF", "none", vague=True)
            if word == "heute"
            else (TimeValue("date", None, "none"))
        )
    if ref.published is None:
        return TimeValue("date", None, "none")
    day = ref.published + dt.timedelta(days=de.RELATIVE_DAYS[word])
    return TimeValue("date", day.isoformat(), "publication")


def _weekday(name: str, ref: Reference) -> TimeValue:
    """The latest such weekday on or before the publication date: news reports what was."""
    if ref.mode == NARRATIVE or ref.published is None:
        return TimeValue("date", None, "none")
    back = (ref.published.weekday() - de.WEEKDAYS[name]) % 7
    return TimeValue("date", (ref.published - dt.timedelta(days=back)).isoformat(), "publication")


def _step(g: dict[str, str], ref: Reference) -> TimeValue:
    if ref.published is None or ref.mode == NARRATIVE:
        return TimeValue("date", None, "none")
    step = de.RELATIVE_STEPS[g["step"].lower()]
    unit = g["stepunit"].lower()
    day = ref.published
    if unit.startswith("woche"):
        year, week, _ = (day + dt.timedelta(weeks=step)).isocalendar()
        suffix = "-WE" if unit == "wochenende" else ""
        return TimeValue("date", f"{year:04d}-W{week:02d}{suffix}", "publication")
    if unit.startswith("monat"):
        month = day.year * 12 + day.month - 1 + step
        return TimeValue("date", f"{month // 12:04d}-{month % 12 + 1:02d}", "publication")
    return TimeValue("date", f"{day.year + step:04d}", "publication")


def _length(rule: str, g: dict[str, str], ref: Reference) -> TimeValue:
    unit = (
        de.DURATION_ADJECTIVES[g["adj"].lower()] if "adj" in g else de.TIME_UNITS[g["unit"].lower()]
    )
    count = _count(g.get("count"))
    mod = de.DURATION_MODS.get(" ".join(g.get("mod", "").lower().split()))
    if unit == "H" and count is not None and count != int(count):
        count, unit = count * 60, "MIN"  # "eine halbe Stunde" -> PT30M
    amount = "X" if count is None else _number(count)
    if unit in ("H", "MIN"):
        value = f"PT{amount}{'M' if unit == 'MIN' else unit}"
    else:
        value = f"P{amount}{unit}"
    if rule == "ago":
        point = _shift(ref, count, unit)
        if point is None:
            vague = "PAST_REF" if count is None and ref.published else None
            anchor = "publication" if vague else "none"
            return TimeValue("date", vague, anchor, mod, vague=count is None)
        return TimeValue("date", point, "publication", mod)
    if rule == "since":
        begin = _shift(ref, count, unit)
        return TimeValue("duration", value, "publication" if begin else "none", mod, begin=begin)
    return TimeValue("duration", value, "none", mod, vague=count is None)


def _count(word: str | None) -> float | None:
    if word is None:
        return None
    word = word.lower()
    if word in de.SOME_WORDS:
        return None
    if word in de.NUMBER_WORDS:
        return de.NUMBER_WORDS[word]
    return float(word.replace(",", "."))


def _number(count: float) -> str:
    return str(int(count)) if count == int(count) else str(count)


def _shift(ref: Reference, count: float | None, unit: str) -> str | None:
    """The point `count` units before the publication date, at that unit's precision."""
    if count is None or ref.published is None or ref.mode == NARRATIVE or count != int(count):
        return None
    day, n = ref.published, int(count)
    if unit == "Y":
        return f"{day.year - n:04d}"
    if unit == "M":
        month = day.year * 12 + day.month - 1 - n
        return f"{month // 12:04d}-{month % 12 + 1:02d}"
    if unit in ("W", "D"):
        return (day - dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    if unit == "DE":
        return f"{(day.year - 10 * n) // 10:03d}"
    return None
