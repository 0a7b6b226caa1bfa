"""Temporal expressions in German text, found by patterns over the words of `de.py`.

Each pattern has a name that tells `time_values.py` how to read its groups. Where matches
overlap, the longest wins ("am Morgen des 30. Juli 1914" over "30. Juli 1914" over "1914").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from presseschau.nlp import de


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    rule: str
    groups: dict[str, str]


def _words(*names) -> str:
    """An alternation of words, longest first, with escaped dots and flexible spaces."""
    words = sorted({n for group in names for n in group}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(name, pattern, trigger words) of every rule; a pattern is tried only on a text that
    holds one of its trigger words (or on every text when it has none)."""
    full_months = [m for m in de.MONTHS if len(m) > 4 or m in ("mai", "juni", "juli", "märz")]
    short_months = [m for m in de.MONTHS if m not in full_months]
    month = rf"(?P<month>{_words(full_months)}|(?:{_words(short_months)})\.)"
    count = rf"(?P<count>\d+(?:,\d+)?|{_words(de.NUMBER_WORDS, de.SOME_WORDS)})"
    unit = rf"(?P<unit>{_words(de.TIME_UNITS)})"
    mod = rf"(?:(?P<mod>{_words(de.DURATION_MODS)})\s+)?"
    era = r"(?:\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.))"
    part = rf"(?P<part>{_words(de.DAY_PARTS)})"
    weekday = rf"(?P<weekday>{_words(de.WEEKDAYS)})"
    phase = r"(?:(?P<phase>Anfang|Mitte|Ende)\s+(?:des\s+)?)?"
    # Words one of which a text must hold for a pattern to be tried at all.
    months, parts, units = tuple(de.MONTHS), tuple(de.DAY_PARTS), tuple(de.TIME_UNITS)
    table = [
        (
            "part_of_date",
            rf"\b(?:(?:am|in\s+der|gegen)\s+)?(?:frühen\s+|späten\s+)?{part}\s+(?:des|vom)\s+"
            rf"(?P<day>\d{{1,2}})\.(?:\s*{month}(?:\s+(?P<year>\d{{3,4}}))?)?",
            parts,
        ),
        (
            "part_of_same_day",
            rf"(?:am|in\s+der)\s+(?:{part}\s+(?:desselben|des\s+selben|dieses)\s+Tages"
            rf"|selben\s+(?P<part2>{_words(de.DAY_PARTS)}))",
            ("tages", "selben"),
        ),
        (
            "date_time",
            rf"(?P<day>\d{{1,2}})\.\s*{month}(?:\s+(?P<year>\d{{3,4}}))?,?\s+(?:um\s+)?"
            r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*Uhr\b",
            ("uhr",),
        ),
        ("date", rf"(?P<day>\d{{1,2}})\.\s*{month}\s+(?P<year>\d{{1,4}}){era}?\b", months),
        # "vom 2. bis 6. Juli": the first day takes the month of the second.
        (
            "day_month",
            rf"\b(?P<day>\d{{1,2}})\.(?=\s*(?:bis|und|oder|–|-)\s*\d{{1,2}}\.\s*{month})",
            months,
        ),
        ("date", r"\b(?P<day>\d{1,2})\.(?P<monthnum>\d{1,2})\.(?P<year>\d{4}|\d{2})\b", (".",)),
        ("day_month", rf"(?P<day>\d{{1,2}})\.\s*{month}(?!\w)", months),
        ("month_year", rf"(?<![\w.])\b{phase}{month}\s+(?P<year>\d{{3,4}})\b", months),
        ("month", rf"(?<![\w.])\b{phase}(?P<month>{_words(full_months)})\b", months),
        (
            "same",
            r"\b(?:am\s+|an\s+dem\s+|im\s+|in\s+dem\s+|in\s+diesem\s+)?(?:selben|gleichen|"
            r"(?P<next>folgenden|nächsten|darauffolgenden)|diesem)\s+(?P<sameunit>Tag|Monat|Jahr)\b"
            r"|\b(?:am\s+)?(?P<before>Vortag|Tag\s+zuvor)\b",
            ("selben", "gleichen", "folgenden", "nächsten", "diesem", "vortag", "zuvor"),
        ),
        (
            "offset",
            rf"(?<![\w.]){count}\s+{unit}\s+(?P<direction>später|danach|darauf|zuvor|früher|"
            r"vorher)\b",
            ("später", "danach", "darauf", "zuvor", "früher", "vorher"),
        ),
        (
            "season",
            rf"\b(?P<season>{_words(de.SEASONS)})(?:\s+(?P<year>\d{{4}}))?\b",
            tuple(de.SEASONS),
        ),
        ("decade", r"\b(?P<decade>\d{3})0er(?:\s+Jahren?)?", ("0er",)),
        ("century", r"\b(?P<century>\d{1,2})\.\s+Jahrhunderts?\b", ("jahrhundert",)),
        ("year_era", rf"\b(?P<year>\d{{1,4}}){era}", ("chr",)),
        ("year", rf"\b{phase}(?<![\d.,/])(?P<year>1\d{{3}}|20\d{{2}})(?![\d.,]\d)", ()),
        # "1912/13": the second year, written short.
        ("year_tail", r"(?<=(?P<before>\d\d)\d\d/)(?P<tail>\d{2})\b", ("/",)),
        ("time", r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*Uhr\b", ("uhr",)),
        ("time", r"\b(?P<midnight>Mitternacht)\b", ("mitternacht",)),
        (
            "relative_day",
            rf"\b(?P<relday>{_words(k for k in de.RELATIVE_DAYS if k != 'morgen')})",
            tuple(de.RELATIVE_DAYS),
        ),
        ("relative_day", r"\b(?P<relday>morgen)\b(?!\s+(?:des|vom))", ("morgen",)),
        (
            "weekday",
            rf"\b(?:am\s+)?{weekday}(?:abend|morgen|nachmittag|vormittag)?\b",
            tuple(de.WEEKDAYS),
        ),
        (
            "relative_step",
            rf"\b(?:im\s+|in\s+der\s+|am\s+)?(?P<step>{_words(de.RELATIVE_STEPS)})\s+"
            r"(?P<stepunit>Woche|Monat|Monats|Jahr|Jahres|Wochenende)\b",
            ("woche", "monat", "jahr"),
        ),
        ("ago", rf"\bvor\s+{mod}{count}\s+{unit}\b", ("vor",)),
        ("since", rf"\bseit\s+{mod}{count}\s+{unit}\b", ("seit",)),
        (
            "span",
            rf"\b(?:in\s+)?(?:den|die|der)\s+(?P<span>letzten|vergangenen|nächsten|kommenden|"
            rf"folgenden|ersten)\s+(?:{count}\s+)?{unit}\b",
            ("letzten", "vergangenen", "nächsten", "kommenden", "folgenden", "ersten"),
        ),
        ("duration", rf"(?<![\w.]){mod}{count}\s+{unit}\b", units),
        (
            "duration_adjective",
            rf"\b(?P<count>{_words(de.NUMBER_WORDS)}|\d+)-?(?P<adj>{_words(de.DURATION_ADJECTIVES)})"
            r"(?:e|en|er|es|em)?\b",
            tuple(de.DURATION_ADJECTIVES),
        ),
        ("vague", rf"\b(?P<vague>{_words(de.VAGUE_TIMES)})\b", tuple(de.VAGUE_TIMES)),
        (
            "set",
            r"\b(?P<every>täglich|wöchentlich|monatlich|alljährlich|jährlich)\b",
            ("täglich", "wöchentlich", "monatlich", "jährlich"),
        ),
        (
            "set",
            rf"\b(?:jeden|jede|jedes|pro)\s+(?:(?P<every>tag|woche|monat|jahr)|{weekday})\b",
            ("jede", "pro"),
        ),
    ]
    # Matched against the lower-cased text: much faster than IGNORECASE over long alternations.
    return tuple(
        (name, re.compile(rx.lower().replace("(?p<", "(?P<")), triggers)
        for name, rx, triggers in table
    )


_CASED = {"season", "month_year", "month", "day_month", "weekday"}  # names and nouns keep a capital


def find(text: str) -> list[Match]:
    """The temporal expressions of the text, in order, none overlapping."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[Match] = []
    for name, pattern, triggers in patterns():
        if triggers and not any(word in lowered for word in triggers):
            continue
        for m in pattern.finditer(lowered):
            if name == "year" and _is_quantity(lowered, m.end()):
                continue
            if name in _CASED and not _capitalised(text, m):
                continue
            groups = {k: text[m.start(k) : m.end(k)] for k, v in m.groupdict().items() if v}
            found.append(Match(m.start(), m.end(), name, groups))
    # Longest first; of equally long ones the earlier (the sorts are stable).
    found.sort(key=lambda m: m.start)
    chosen: list[Match] = []
    for match in sorted(found, key=lambda m: -(m.end - m.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


def _capitalised(text: str, m: re.Match[str]) -> bool:
    """Months, seasons and weekdays are nouns: "Sommer", not "sommer" in "sommerlich"."""
    for key in ("month", "season", "weekday"):
        if m.groupdict().get(key) is not None:
            return text[m.start(key)].isupper()
    return True


def _is_quantity(text: str, end: int) -> bool:
    """A four-digit number before a unit or a counted noun: "1914 Soldaten", "2000 Euro"."""
    following = text[end : end + 20].split()
    return bool(following) and following[0].lower().strip(".,;") in de.NOT_YEAR_AFTER
