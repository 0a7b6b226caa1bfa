from __future__ import annotations

import json
from pathlib import Path

import pytest

from presseschau.model import Article, Block
from presseschau.nlp.sentences import SentenceStage, sentences

CASES = json.loads(
    (Path(__file__).parents[1] / "data" / "nlp" / "sentences_de.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:40] for case in CASES])
def test_a_hard_case_splits_as_expected(case: dict) -> None:
    text = case["text"]
    assert [text[start:end] for start, end in sentences(text)] == case["sentences"]


def test_there_are_at_least_forty_hard_cases() -> None:
    assert len(CASES) >= 40


def article(*lines: str) -> Article:
    text = "\n".join(lines)
    blocks, start = [], 0
    for number, line in enumerate(lines):
        blocks.append(Block(start, start + len(line), "title" if number == 0 else "paragraph"))
        start += len(line) + 1
    return Article("a", "a.txt", text, "hash", language="de", blocks=tuple(blocks))


def test_a_sentence_never_crosses_a_block() -> None:
    annotated = SentenceStage()(
        article("Putin in Pjöngjang", "Er kam am Mittwoch an. Kim wartete.")
    )
    assert [annotated.text[s.start : s.end] for s in annotated.sentences] == [
        "Putin in Pjöngjang",
        "Er kam am Mittwoch an.",
        "Kim wartete.",
    ]


def test_sentences_are_trimmed_of_white_space() -> None:
    annotated = SentenceStage()(article("  Er kam.   Sie ging.  "))
    assert [annotated.text[s.start : s.end] for s in annotated.sentences] == [
        "Er kam.",
        "Sie ging.",
    ]


def test_the_stage_fills_tokens_without_lemmas() -> None:
    annotated = SentenceStage()(article("Kim wartete."))
    assert [(annotated.text[t.start : t.end], t.lemma, t.pos) for t in annotated.tokens] == [
        ("Kim", None, None),
        ("wartete", None, None),
        (".", None, None),
    ]
