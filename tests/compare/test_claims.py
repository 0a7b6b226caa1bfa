"""Claims from grouped statements: independent outlets, agreement of figures."""

import dataclasses

from presseschau.compare.claims import claims
from presseschau.compare.statements import statements
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline

PIPELINE = language_pipeline()


def article(article_id: str, text: str, outlet: str | None = None, copies: str | None = None):
    plain = article_from_text(article_id, text)
    return PIPELINE(dataclasses.replace(plain, outlet=outlet, duplicate_of=copies))


def one_claim(*articles):
    found = statements(articles)
    [claim] = claims(found, [list(range(len(found)))], articles)
    return claim


def test_approximate_figures_agree_and_exact_different_ones_are_disputed() -> None:
    agree = one_claim(
        article("a", "Es war der erste Besuch des Präsidenten seit 24 Jahren in dem Land."),
        article("b", "Der Besuch beendet eine Pause von fast 25 Jahren in den Beziehungen."),
    )
    assert (agree.status, agree.conflicts) == ("corroborated", ())
    dispute = one_claim(
        article("a", "Bei dem Unglück in der Stadt starben am Montag 3 Menschen."),
        article("b", "Bei dem Unglück in der Stadt starben am Montag 5 Menschen."),
    )
    assert dispute.status == "disputed"
    [conflict] = dispute.conflicts
    assert conflict.unit == "menschen"
    assert sorted(value for value, _ in conflict.values) == [3.0, 5.0]


def test_an_outlet_and_a_copy_count_once() -> None:
    text = "Die Regierung hat am Montag einen neuen Haushalt für das Land beschlossen."
    same_outlet = one_claim(article("a", text, "Zeitung"), article("b", text, "Zeitung"))
    assert (same_outlet.status, len(same_outlet.outlets)) == ("single-source", 1)
    copy = one_claim(article("a", text), article("b", text, copies="a"))
    assert (copy.status, copy.outlets) == ("single-source", ("a",))


def test_headlines_and_questions_are_no_statements() -> None:
    text = (
        "Neuer Haushalt\nWas bedeutet das für die Bürger im ganzen Land?\n"
        "Der Haushalt wächst um zwei Prozent."
    )
    kinds = [s.kind for s in statements([article("a", text)])]
    assert kinds == ["headline", "question", "statement"]


def test_judgements_and_quotations_are_marked_as_opinion() -> None:
    text = (
        "Die Regierung hat am Montag den neuen Haushalt beschlossen.\n"
        "Das ist natürlich ein Fehler der ganzen Regierung.\n"
        "„Wir werden sparen müssen“, sagte die Ministerin am Abend."
    )
    assert [s.opinion for s in statements([article("a", text)])] == [False, True, True]


def test_one_event_dated_to_different_days_is_disputed() -> None:
    first = dataclasses.replace(
        article_from_text(
            "a", "Der Vertrag wurde am 19. Juni 2024 in der Hauptstadt unterzeichnet."
        ),
        published="2024-06-20",
    )
    second = dataclasses.replace(
        article_from_text(
            "b", "Der Vertrag wurde am 18. Juni 2024 in der Hauptstadt unterzeichnet."
        ),
        published="2024-06-20",
    )
    claim = one_claim(PIPELINE(first), PIPELINE(second))
    assert claim.status == "disputed"
    [conflict] = claim.conflicts
    assert conflict.unit == "date"
    assert sorted(day for day, _ in conflict.values) == ["2024-06-18", "2024-06-19"]
    same = one_claim(PIPELINE(first), PIPELINE(dataclasses.replace(first, id="c")))
    assert same.conflicts == ()
