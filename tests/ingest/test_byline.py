from __future__ import annotations

import pytest

from presseschau.ingest.byline import Credit, read_byline, read_credit, read_dateline, stated_dates


def test_byline_with_dash_and_date_gives_author_and_iso_date():
    assert read_credit("Von Thomas Röper \N{EN DASH} 19. Juni 2024") == Credit(
        "byline", "Thomas Röper", "2024-06-19"
    )


def test_byline_joins_several_authors_and_drops_a_broadcaster_acronym():
    byline = read_byline("Von Anna Meier, Jan Lukas Berger und Eva Roth, NDR")
    assert byline == Credit("byline", "Anna Meier, Jan Lukas Berger, Eva Roth")


def test_byline_drops_a_trailing_news_agency():
    assert read_byline("Autorin: Anna Meier, dpa") == Credit("byline", "Anna Meier")


def test_byline_keeps_a_trailing_part_that_is_not_clearly_an_outlet():
    assert read_byline("Von Anna Meier, Berlin") == Credit("byline", "Anna Meier, Berlin")


def test_byline_keeps_name_particles():
    assert read_byline("Von Christoph von Eichhorn").author == "Christoph von Eichhorn"


def test_byline_may_name_its_genre():
    assert read_byline("Ein Kommentar von Anna Meier").author == "Anna Meier"


def test_byline_date_may_follow_a_lead_word():
    byline = read_byline("Von Thomas Röper, aktualisiert am 19.06.2024")
    assert byline == Credit("byline", "Thomas Röper", "2024-06-19")


@pytest.mark.parametrize(
    "line",
    [
        "Von Montag an gilt die neue Regel.",
        "Von den 27 Staaten stimmten zwölf zu.",
        "Von Kim Jong Un und Wladimir Putin unterzeichnet",
        "Von",
        "Autor:",
    ],
)
def test_sentence_opening_with_von_is_not_a_byline(line):
    assert read_byline(line) is None


def test_dateline_with_time_gives_iso_datetime():
    assert read_credit("Stand: 28.04.2020 18:00 Uhr") == Credit(
        "dateline", published="2020-04-28T18:00"
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Veröffentlicht am 19.06.2024", "2024-06-19"),
        ("Mittwoch, den 19. Juni 2024 um 10:15 Uhr", "2024-06-19T10:15"),
        ("19. Dez. 2023", "2023-12-19"),
        ("3. Jänner 2020", "2020-01-03"),
        ("2024-06-19", "2024-06-19"),
    ],
)
def test_dateline_forms(line, published):
    assert read_dateline(line) == Credit("dateline", published=published)


@pytest.mark.parametrize("line", ["19. Juni", "Juni 2024", "19.06.24, 14:32 Uhr", "31.02.2024"])
def test_incomplete_or_impossible_date_is_a_dateline_without_a_date(line):
    assert read_dateline(line) == Credit("dateline", published=None)


def test_hour_out_of_range_keeps_the_day_only():
    assert read_dateline("Stand: 19.06.2024 um 24:10 Uhr").published == "2024-06-19"


def test_earliest_of_several_dates_is_the_publication():
    line = "Aktualisiert am 20.06.2024 | Veröffentlicht am 19.06.2024, 08:00 Uhr"
    assert read_dateline(line).published == "2024-06-19T08:00"


def test_sentence_with_a_date_is_not_a_dateline():
    assert read_dateline("Am 19. Juni 2024 traf Putin Kim Jong Un.") is None


def test_stated_dates_gives_spans_including_the_time():
    text = "Stand: 28.04.2020 18:00 Uhr"
    (date,) = stated_dates(text)
    assert (text[date.start : date.end], date.iso) == ("28.04.2020 18:00 Uhr", "2020-04-28T18:00")


def test_month_name_inside_a_name_is_no_date():
    assert stated_dates("Von August Meier") == []
