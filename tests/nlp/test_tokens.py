from __future__ import annotations

import pytest

from presseschau.nlp.tokens import tokenize


def words(text: str) -> list[str]:
    return [text[start:end] for start, end in tokenize(text)]


@pytest.mark.parametrize("compound", ["Kim-Il-Sung-Platz", "NATO-Generalsekretär", "F-16s"])
def test_a_hyphenated_compound_is_one_token(compound: str) -> None:
    assert words(f"Der {compound} war leer.") == ["Der", compound, "war", "leer", "."]


@pytest.mark.parametrize("number", ["1.000", "3,5", "18.00", "28.02.2013", "2:1"])
def test_a_number_keeps_its_separators(number: str) -> None:
    assert words(f"Es waren {number} Punkte.") == ["Es", "waren", number, "Punkte", "."]


def test_an_ordinal_keeps_its_full_stop() -> None:
    assert words("Am 19. Juni war der 24. Besuch.") == [
        "Am", "19.", "Juni", "war", "der", "24.", "Besuch", ".",
    ]  # fmt: skip


def test_a_number_closing_a_sentence_leaves_the_full_stop() -> None:
    assert words("Es waren 24. Dann kam Hilfe.") == [
        "Es", "waren", "24", ".", "Dann", "kam", "Hilfe", ".",
    ]  # fmt: skip


@pytest.mark.parametrize("abbreviation", ["z. B.", "Prof. Dr.", "u. a.", "bzw.", "Mio."])
def test_an_abbreviation_keeps_its_full_stop(abbreviation: str) -> None:
    assert words(f"Sie kam {abbreviation} heute.") == [
        "Sie", "kam", *abbreviation.split(), "heute", ".",
    ]  # fmt: skip


def test_a_number_abbreviation_keeps_its_stop_only_before_a_number() -> None:
    assert words("Art. 5 gilt. Eine neue Art.") == [
        "Art.", "5", "gilt", ".", "Eine", "neue", "Art", ".",
    ]  # fmt: skip


def test_an_initial_keeps_its_full_stop() -> None:
    assert words("Jens S. Stoltenberg") == ["Jens", "S.", "Stoltenberg"]


@pytest.mark.parametrize(
    "address", ["https://www.example.de/a?b=1", "www.allinrechner.at", "presse@bund.de"]
)
def test_an_address_is_one_token_without_the_final_stop(address: str) -> None:
    assert words(f"Siehe {address}.") == ["Siehe", address, "."]


def test_quote_marks_and_punctuation_are_tokens() -> None:
    assert words("„Was?!“, fragte er …") == ["„", "Was", "?!", "“", ",", "fragte", "er", "…"]


def test_offsets_are_into_the_whole_text() -> None:
    text = "Titel\nEin Satz."
    assert tokenize(text, 6, len(text)) == [(6, 9), (10, 14), (14, 15)]
