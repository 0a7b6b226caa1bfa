"""Temporal expressions and their values, in news and narrative text."""

import pytest

from presseschau.nlp.time_values import NARRATIVE
from presseschau.nlp.times import time_expressions

PUBLISHED = "2024-06-20"  # a Thursday


def values(text: str, published: str | None = PUBLISHED, mode: str = "news") -> dict:
    return {
        text[t.start : t.end]: (t.value, t.type, t.anchor, t.begin)
        for t in time_expressions(text, published, mode)
    }


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Sie trafen sich am 19. Juni 2024.",
            "19. Juni 2024",
            ("2024-06-19", "date", "absolute", None),
        ),
        ("Das war im Juni 2024.", "Juni 2024", ("2024-06", "date", "absolute", None)),
        ("Der Vertrag von 1961 galt lange.", "1961", ("1961", "date", "absolute", None)),
        ("Das galt bis Anfang 2002.", "Anfang 2002", ("2002", "date", "absolute", None)),
        (
            "Sie unterschrieben am Mittwoch.",
            "am Mittwoch",
            ("2024-06-19", "date", "publication", None),
        ),
        ("Er kam gestern an.", "gestern", ("2024-06-19", "date", "publication", None)),
        ("Das ist heute klar.", "heute", ("2024-06-20", "date", "publication", None)),
        (
            "Er kam vor drei Tagen an.",
            "vor drei Tagen",
            ("2024-06-17", "date", "publication", None),
        ),
        ("Das war letzte Woche.", "letzte Woche", ("2024-W24", "date", "publication", None)),
        (
            "Der erste Besuch seit 24 Jahren.",
            "seit 24 Jahren",
            ("P24Y", "duration", "publication", "2000"),
        ),
        ("Das dauerte fast 25 Jahre.", "fast 25 Jahre", ("P25Y", "duration", "none", None)),
        (
            "Das Treffen begann um 14.30 Uhr.",
            "14.30 Uhr",
            ("2024-06-20T14:30", "time", "publication", None),
        ),
        ("Sie kommen bald.", "bald", ("FUTURE_REF", "date", "none", None)),
        ("Sie trainieren jeden Montag.", "jeden Montag", ("XXXX-WXX-1", "set", "none", None)),
        (
            "Das war vor wenigen Tagen.",
            "vor wenigen Tagen",
            ("PAST_REF", "date", "publication", None),
        ),
    ],
)
def test_news_expressions_and_their_values(text: str, words: str, expected: tuple) -> None:
    assert values(text)[words] == expected


def test_without_a_publication_date_relative_expressions_get_no_value() -> None:
    found = values(
        "Sie unterschrieben am Mittwoch, gestern und vor drei Tagen; seit 24 Jahren.", None
    )
    assert found["am Mittwoch"][0] is None
    assert found["gestern"][0] is None
    assert found["vor drei Tagen"][0] is None
    assert found["seit 24 Jahren"][3] is None


def test_numbers_that_count_things_are_no_years() -> None:
    assert values("Dort standen 1914 Soldaten und 2000 Euro fehlten.") == {}


def test_narratives_take_a_missing_year_from_the_dates_named_before() -> None:
    text = (
        "Der Krieg begann am 28. Juli 1914 (nach den Kriegen 1912/13). Am 30. Juli folgte "
        "Russland, zwei Tage später das Reich. Am Morgen des 3. August fiel die Entscheidung; "
        "heute gilt sie."
    )
    found = values(text, "2011-02-16", NARRATIVE)
    assert found["30. Juli"][0] == "1914-07-30"
    assert found["13"][0] == "1913"
    assert found["zwei Tage später"][0] == "1914-08-01"
    assert found["Am Morgen des 3. August"][0] == "1914-08-03TMO"
    assert found["heute"][0] == "PRESENT_REF"
