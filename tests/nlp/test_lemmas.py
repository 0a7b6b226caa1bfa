from __future__ import annotations

import pytest

from presseschau.model import Article, Block
from presseschau.nlp.lemmas import LemmaStage, Lemmatizer
from presseschau.nlp.sentences import SentenceStage
from presseschau.pipeline import Pipeline


@pytest.fixture(scope="module")
def lemmatizer() -> Lemmatizer:
    return Lemmatizer()


@pytest.mark.parametrize(
    ("form", "lemma"), [("Putins", "Putin"), ("Russlands", "Russland"), ("Nordkoreas", "Nordkorea")]
)
def test_a_genitive_name_is_reduced_to_the_name(
    lemmatizer: Lemmatizer, form: str, lemma: str
) -> None:
    assert lemmatizer.analyse(form) == (lemma, "NE")


@pytest.mark.parametrize(
    ("form", "lemma"), [("unterzeichnete", "unterzeichnen"), ("Verträge", "Vertrag")]
)
def test_an_ordinary_word_is_lemmatised(lemmatizer: Lemmatizer, form: str, lemma: str) -> None:
    assert lemmatizer.analyse(form)[0] == lemma


def test_tags_are_stts_without_brackets(lemmatizer: Lemmatizer) -> None:
    assert lemmatizer.analyse("unterzeichnete")[1] == "VVFIN"


def test_a_hyphenated_compound_inflects_in_its_head(lemmatizer: Lemmatizer) -> None:
    assert lemmatizer.analyse("NATO-Generalsekretärs") == ("NATO-Generalsekretär", "NN")


def test_an_acronym_keeps_its_capitals(lemmatizer: Lemmatizer) -> None:
    assert lemmatizer.analyse("USA")[0] == "USA"


@pytest.mark.parametrize(
    ("form", "tag"),
    [(",", "$,"), ("?!", "$."), ("„", "$("), ("1.000", "CARD"), ("24.", "ADJA"),
     ("www.bund.de", "XY")],
)  # fmt: skip
def test_punctuation_numbers_and_addresses_are_tagged_as_they_are(
    lemmatizer: Lemmatizer, form: str, tag: str
) -> None:
    assert lemmatizer.analyse(form) == (form, tag)


def test_the_stage_fills_lemma_and_pos_of_every_token(lemmatizer: Lemmatizer) -> None:
    text = "Putin unterzeichnete Verträge."
    article = Article(
        "a", "a.txt", text, "hash", language="de", blocks=(Block(0, len(text), "paragraph"),)
    )
    annotated = Pipeline([SentenceStage(), LemmaStage(lemmatizer)])(article)
    assert [(t.lemma, t.pos) for t in annotated.tokens] == [
        ("Putin", "NE"),
        ("unterzeichnen", "VVFIN"),
        ("Vertrag", "NN"),
        (".", "$."),
    ]


def test_a_number_with_a_word_ending_is_analysed_as_a_word(lemmatizer: Lemmatizer) -> None:
    assert lemmatizer.analyse("90er-Jahre") == ("90er-Jahr", "NN")


@pytest.mark.parametrize(
    ("form", "analysis"),
    [("großen", ("groß", "ADJA")), ("dass", ("dass", "KOUS")), ("ließ", ("lassen", "VVFIN"))],
)
def test_the_lexicon_has_words_with_sharp_s_in_either_spelling(
    lemmatizer: Lemmatizer, form: str, analysis: tuple[str, str]
) -> None:
    assert lemmatizer.analyse(form) == analysis


def test_a_sentence_initial_function_word_is_analysed_in_lower_case(lemmatizer) -> None:
    assert lemmatizer.analyse("Die") == ("der", "ART")


@pytest.mark.parametrize(
    ("form", "analysis"),
    [
        ("Luxusboutiquen", ("Luxusboutique", "NN")),
        ("Menschenrechtskommissars", ("Menschenrechtskommissar", "NN")),
        ("nordwestchinesischen", ("nordwestchinesisch", "ADJA")),
    ],
)
def test_a_closed_compound_inflects_like_its_known_head(
    lemmatizer: Lemmatizer, form: str, analysis: tuple[str, str]
) -> None:
    assert lemmatizer.analyse(form) == analysis


def test_an_unknown_capitalised_word_is_taken_as_a_name(lemmatizer: Lemmatizer) -> None:
    assert lemmatizer.analyse("Komsomolets") == ("Komsomolets", "NE")
