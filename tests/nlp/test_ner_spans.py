import pytest

from presseschau.model import Token
from presseschau.nlp.lemmas import Lemmatizer
from presseschau.nlp.ner_features import Gazetteers
from presseschau.nlp.ner_spans import SpanRules


@pytest.fixture(scope="module")
def refine():
    rules, lemmatizer = SpanRules(Gazetteers.load()), Lemmatizer()

    def refine(sentence: str, spans):
        words = sentence.split()
        tokens = [Token(0, 0, *lemmatizer.analyse(word)) for word in words]
        return list(rules.refine(spans, tokens, words))

    return refine


def test_a_name_does_not_start_with_a_verb(refine):
    assert refine("Könnte Paris helfen ?", [(0, 2, "LOC")]) == [(1, 2, "LOC")]


def test_a_genitive_ends_a_name(refine):
    assert refine("Merkels Rede wirkte", [(0, 2, "PER")]) == [(0, 1, "PER")]


def test_places_side_by_side_are_separate(refine):
    assert refine("dem Frankreich Italien hilft", [(1, 3, "LOC")]) == [
        (1, 2, "LOC"),
        (2, 3, "LOC"),
    ]


def test_a_name_in_apposition_to_a_newspaper_is_an_organisation(refine):
    sentence = "in Le Monde , einer französischen Tageszeitung"
    assert refine(sentence, [(1, 3, "PER")]) == [(1, 3, "ORG")]
    assert refine("die Zeitung Kommersant schrieb", [(2, 3, "PER")]) == [(2, 3, "ORG")]


def test_a_person_stays_a_person(refine):
    assert refine("Angela Merkel reiste ab", [(0, 2, "PER")]) == [(0, 2, "PER")]
