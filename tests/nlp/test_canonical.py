from __future__ import annotations

import re

from presseschau.ingest.dedup import content_hash
from presseschau.model import Article, Mention
from presseschau.nlp.canonical import canonical_entities, name_key


def article(article_id: str, text: str, names: dict[str, str]) -> Article:
    """An article whose mentions are every occurrence of the given names (name -> type)."""
    mentions = []
    for name, kind in names.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            mentions.append(Mention(match.start(), match.end(), kind))
    mentions.sort(key=lambda m: m.start)
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        content_hash=content_hash(text),
        mentions=tuple(mentions),
    )


def by_name(entities):
    return {e.name: e for e in entities}


def test_spellings_of_one_person_are_one_entity() -> None:
    a = article(
        "a",
        "Der russische Präsident Wladimir Putin reiste ab. Putins Ziel war klar. "
        "Herr Putin lachte.",
        {"Wladimir Putin": "PER", "Putins": "PER", "Herr Putin": "PER"},
    )
    b = article("b", "Präsident Putin sprach.", {"Putin": "PER"})
    (putin,) = canonical_entities([a, b])
    assert (putin.name, putin.type, len(putin.mentions)) == ("Wladimir Putin", "PER", 4)
    assert set(putin.aliases) == {"Putins", "Herr Putin", "Putin"}
    assert putin.roles == ("Präsident",)


def test_kim_jong_un_in_its_spellings_and_herr_kim() -> None:
    a = article("a", "Kim Jong-un empfing den Gast.", {"Kim Jong-un": "PER"})
    b = article(
        "b", "Kim Jong Un lächelte. Herr Kim winkte.", {"Kim Jong Un": "PER", "Herr Kim": "PER"}
    )
    (kim,) = canonical_entities([a, b])
    assert len(kim.mentions) == 3
    assert kim.name in {"Kim Jong-un", "Kim Jong Un"}


def test_transliterations_meet_under_one_key() -> None:
    assert name_key("Wladimir Solowjow") == name_key("Vladimir Solovyov")
    assert name_key("Pjöngjang") == name_key("Pyongyang")
    assert name_key("Wladimir Putin") != name_key("Vladimir Solovyov")


def test_roles_are_attributes_not_parts_of_the_name() -> None:
    a = article(
        "a",
        "NATO-Generalsekretär Jens Stoltenberg warnte. Jo Bee-yun, Forschungsassistentin am "
        "Institut, widersprach.",
        {"Jens Stoltenberg": "PER", "Jo Bee-yun": "PER"},
    )
    entities = by_name(canonical_entities([a]))
    assert entities["Jens Stoltenberg"].roles == ("NATO-Generalsekretär",)
    assert entities["Jo Bee-yun"].roles == ("Forschungsassistentin",)


def test_genitive_of_a_place_reduces_to_its_base() -> None:
    a = article(
        "a", "Russlands Führung und Russland selbst.", {"Russlands": "LOC", "Russland": "LOC"}
    )
    (russia,) = canonical_entities([a])
    assert (russia.name, russia.type, len(russia.mentions)) == ("Russland", "LOC", 2)


def test_a_name_ending_in_s_without_a_base_stays_whole() -> None:
    a = article("a", "Jens Stoltenberg und Jens sprachen.", {"Jens Stoltenberg": "PER"})
    assert [e.name for e in canonical_entities([a])] == ["Jens Stoltenberg"]


def test_an_ambiguous_short_name_is_not_merged() -> None:
    a = article(
        "a",
        "Kim Jong Un und Kim Yo Jong kamen. Kim sprach.",
        {"Kim Jong Un": "PER", "Kim Yo Jong": "PER", "Kim": "PER"},
    )
    names = sorted(e.name for e in canonical_entities([a]))
    assert names == ["Kim", "Kim Jong Un", "Kim Yo Jong"]


def test_ids_are_stable_and_readable() -> None:
    a = article("a", "Wladimir Putin in Pjöngjang.", {"Wladimir Putin": "PER", "Pjöngjang": "LOC"})
    assert sorted(e.id for e in canonical_entities([a])) == ["loc-pjoengjang", "per-wladimir-putin"]


def test_a_person_named_only_by_a_role_is_no_entity() -> None:
    a = article(
        "a",
        "Die Forschungsassistentin sagte, Präsident Putin komme.",
        {"Forschungsassistentin": "PER", "Putin": "PER"},
    )
    assert [e.name for e in canonical_entities([a])] == ["Putin"]


def test_a_patronymic_is_left_out_of_the_name() -> None:
    a = article(
        "a",
        "Michail Gorbatschow kam an. Um Michail Sergejewitsch zu treffen, kamen viele.",
        {"Michail Gorbatschow": "PER", "Michail Sergejewitsch": "PER"},
    )
    (gorbatschow,) = canonical_entities([a])
    assert (gorbatschow.name, len(gorbatschow.mentions)) == ("Michail Gorbatschow", 2)
    assert gorbatschow.aliases == ("Michail Sergejewitsch",)
