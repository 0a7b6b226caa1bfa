import hashlib
import re

import pytest

from presseschau.model import Article, Mention, Span, Token
from presseschau.nlp.lemmas import LemmaStage
from presseschau.nlp.ner import NerStage, NerTagger, SpacyNerStage, bio_spans
from presseschau.pipeline import Pipeline


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.fixture(scope="module")
def stage(tagger) -> NerStage:
    return NerStage(tagger)


def article(text: str) -> Article:
    """An article with one sentence per line and regex tokens with their parts of speech, as the
    real stages would give."""
    sentences = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    tokens = tuple(Token(m.start(), m.end()) for m in re.finditer(r"\w+(?:[-.]\w+)*|[^\w\s]", text))
    digest = hashlib.sha256(text.encode()).hexdigest()
    plain = Article(
        id=digest[:12],
        source="test",
        text=text,
        content_hash=digest,
        language="de",
        sentences=sentences,
        tokens=tokens,
    )
    return LemmaStage()(plain)


def named(result: Article) -> list[tuple[str, str]]:
    return [(result.text[m.start : m.end], m.type) for m in result.mentions]


def test_tagger_finds_people_and_places(tagger):
    words = ["Wladimir", "Putin", "traf", "Kim", "Jong", "Un", "in", "Pjöngjang", "."]
    assert tagger.spans(words) == [(0, 2, "PER"), (3, 6, "PER"), (7, 8, "LOC")]


def test_tagger_types_are_ours(tagger):
    spans = tagger.spans(["Die", "Nato", "und", "die", "UNO", "tagten", "in", "Brüssel", "."])
    assert {kind for _, _, kind in spans} <= {"PER", "ORG", "LOC", "MISC"}


def test_tagger_of_no_words_is_empty(tagger):
    assert tagger.spans([]) == []


def test_bio_spans_start_an_entity_at_a_stray_inside_label():
    assert bio_spans(["O", "I-PER", "I-PER", "B-LOC"]) == [(1, 3, "PER"), (3, 4, "LOC")]


def test_stage_gives_mentions_as_offsets(stage):
    result = stage(article("Wladimir Putin traf Kim Jong Un in Pjöngjang."))
    assert named(result) == [
        ("Wladimir Putin", "PER"),
        ("Kim Jong Un", "PER"),
        ("Pjöngjang", "LOC"),
    ]


def test_stage_reads_every_sentence(stage):
    result = stage(article("Putin reiste ab.\nIn Moskau sprach Olaf Scholz."))
    assert ("Olaf Scholz", "PER") in named(result)


def test_organisation_before_a_hyphen_is_a_part_mention(stage):
    result = stage(article("Das sagte der NATO-Generalsekretär am Mittwoch."))
    assert ("NATO", "ORG") in named(result)


def test_country_before_a_hyphen_is_a_part_mention(stage):
    result = stage(article("Das sagte eine Russland-Expertin am Mittwoch."))
    assert ("Russland", "LOC") in named(result)


def test_us_before_a_hyphen_is_a_place(stage):
    result = stage(article("Der US-Außenminister reiste nach Seoul."))
    assert ("US", "LOC") in named(result)


def test_compound_ending_in_a_place_word_is_a_place(stage):
    result = stage(article("Die Parade zog über den Kim-Il-Sung-Platz."))
    assert ("Kim-Il-Sung-Platz", "LOC") in named(result)


def test_compound_of_common_words_has_no_mention(stage):
    result = stage(article("Der Partnerschafts-Vertrag wurde unterzeichnet."))
    assert result.mentions == ()


def test_stage_fits_a_pipeline_after_sentences_tokens_and_pos(stage):
    class Layers:
        name = "layers"
        requires = frozenset({"text"})
        provides = frozenset({"sentences", "tokens", "pos"})
        languages = None

        def __call__(self, given):
            return given

    result = Pipeline([Layers(), stage])(article("Angela Merkel besuchte Paris."))
    assert Mention(0, 13, "PER") in result.mentions


def test_spacy_stage_maps_labels_of_a_saved_pipeline(tmp_path):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Putin"},
            {"label": "GPE", "pattern": "Pjöngjang"},
            {"label": "DATE", "pattern": "Mittwoch"},
        ]
    )
    nlp.to_disk(tmp_path / "pipeline")
    result = SpacyNerStage(str(tmp_path / "pipeline"))(
        article("Putin kam am Mittwoch in Pjöngjang an.")
    )
    assert named(result) == [("Putin", "PER"), ("Pjöngjang", "LOC")]


def test_compound_before_a_name_is_not_part_of_it(stage):
    result = stage(article("Das sagte die Russland-Expertin Jill Dougherty dem Sender."))
    assert ("Russland", "LOC") in named(result)
    assert all(not text.startswith("Russland-") for text, _ in named(result))
