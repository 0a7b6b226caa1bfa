"""Framing: signals in the writer's own voice, sourcing, genre."""

import json

import pytest

from presseschau.ingest.ingestor import Ingestor
from presseschau.ingest.text import article_from_text
from presseschau.nlp.stages import language_pipeline
from presseschau.settings import Settings
from presseschau.store import Store

PIPELINE = language_pipeline()


def framed(text: str):
    return PIPELINE(article_from_text("a", text))


def signals_of(article) -> list[tuple[str, str]]:
    return [(s.kind, article.text[s.start : s.end]) for s in article.signals]


def test_loaded_words_count_in_the_writers_voice_not_in_a_quotation() -> None:
    article = framed(
        "Der Besuch war ein Spektakel für die Kameras.\n"
        "„Das ist kein Spektakel“, sagte der Minister am Montag in Berlin."
    )
    assert signals_of(article) == [("loaded_word", "Spektakel")]


def test_labels_in_compounds_scare_quotes_and_questions_are_signals() -> None:
    article = framed("Der Erzpopulist aus dem Süden schweigt dazu.\nWer soll das noch glauben?")
    assert signals_of(article) == [
        ("label", "Erzpopulist"),
        ("rhetorical_question", "Wer soll das noch glauben?"),
    ]
    scare = framed("Die „Reform“ kostet den Staat jedes Jahr mehrere Milliarden Euro.")
    assert signals_of(scare) == [("scare_quote", "„Reform“")]


def test_a_commentary_is_opinion_and_an_attributed_report_is_reporting() -> None:
    commentary = framed(
        "Wir müssen endlich ehrlich sein.\n"
        "Ich halte diesen Plan leider für einen Fehler, und natürlich wissen das alle.\n"
        "Die Regierung sollte ihn zurückziehen, bevor es zu spät ist."
    )
    report = framed(
        "Die Regierung hat am Montag einen neuen Haushalt beschlossen.\n"
        "Der Finanzminister sagte, die Ausgaben würden um zwei Prozent steigen.\n"
        "Nach Angaben des Ministeriums sollen vor allem die Schulen mehr Geld bekommen."
    )
    assert commentary.genre.label == "opinion"
    assert report.genre.label == "reporting"
    assert report.sourcing.statements == 3 and report.sourcing.attributed >= 2
    assert dict(report.sourcing.voices)["official"] >= 1


def test_questions_in_a_row_are_one_signal_and_questions_put_to_someone_are_none() -> None:
    article = framed(
        "Der Plan liegt vor.\n"
        "Wer soll das bezahlen? Und wer glaubt noch daran?\n"
        "Frage: Wann beginnt der Bau?\n"
        "Die Ministerin wurde gefragt. Woher wissen Sie das?"
    )
    assert signals_of(article) == [
        ("rhetorical_question", "Wer soll das bezahlen? Und wer glaubt noch daran?")
    ]


def test_voices_are_counted_by_the_side_their_role_names() -> None:
    article = framed(
        "Der russische Präsident Wladimir Putin traf den Minister in Berlin.\n"
        "„Wir sind bereit“, sagte Putin am Abend.\n"
        "US-Außenministerin Anna Meier sagte, man beobachte die Lage genau.\n"
        "Im Gegensatz zu China wurde Kim Jong Un gelobt. „Das freut uns“, sagte Kim Jong Un."
    )
    assert dict(article.sourcing.sides) == {"Russland": 1, "USA": 1}


def test_questions_a_writer_asks_himself_are_rhetorical() -> None:
    article = framed("Man werde sich später daran erinnern. Wird man das? Wirst du das?")
    assert signals_of(article) == [("rhetorical_question", "Wird man das?")]


def test_voices_are_counted_by_the_role_the_text_gives_them_anywhere() -> None:
    article = framed(
        "Der russische Präsident Wladimir Putin kam am Morgen an.\n"
        "„Wir sind bereit“, sagte Putin.\n"
        "„Das ist neu“, sagte Anna Meier, Professorin an der Universität Wien.\n"
        "„Die Lage bleibt ruhig“, sagte Meier später.\n"
        "„Ich bleibe hier“, sagte Jan Hofer."
    )
    assert dict(article.sourcing.voices) == {"official": 1, "expert": 2, "media": 0, "other": 1}


def test_questions_answered_or_going_on_with_one_put_to_someone_are_none() -> None:
    article = framed(
        "Die Stadt plant eine neue Brücke.\n"
        "Was kostet der Bau? Antwort: Rund zwölf Millionen Euro.\n"
        "Schreiben Sie mit der Hand? Oder am Computer?\n"
        "Was ist Ihr nächstes Buch?\n"
        "Und wer soll das alles bezahlen?"
    )
    assert signals_of(article) == [("rhetorical_question", "Und wer soll das alles bezahlen?")]


def test_quoted_phrases_and_quoted_words_in_reported_speech_are_no_scare_quotes() -> None:
    article = framed(
        "Die Stadt setzt auf „eine Politik der ruhigen Hand“ in den nächsten Jahren.\n"
        "Die Partei feiert ihre „historische Wende“ mit einem Fest.\n"
        "Der Minister sagte, die „Wende“ sei gescheitert.\n"
        "Die „Reform“ kostet den Staat jedes Jahr mehrere Milliarden Euro."
    )
    assert signals_of(article) == [("scare_quote", "„Reform“")]


def test_the_turns_of_an_interview_are_the_speakers_words() -> None:
    article = framed(
        "Der Dilettant an der Spitze der Firma schweigt, sein Vorgänger redet.\n"
        "STANDARD: Wie geht es der Firma?\n"
        "Müller: Das ist völlig absurd, die Lage ist dramatisch.\n"
        "STANDARD: Und die Konkurrenz?\n"
        "Müller: Die Konkurrenz ist ein Haufen Dilettanten."
    )
    assert signals_of(article) == [("label", "Dilettant")]
    once = framed("Fazit: Der Plan ist eine Farce.\nAusblick: Die Stadt baut ihn trotzdem.")
    assert signals_of(once) == [("loaded_word", "Farce")]
    explainer = framed(
        "Frage: Was kostet der Bau?\nAntwort: Zwölf Millionen Euro, ein Desaster.\n"
        "Frage: Wann ist er fertig?\nAntwort: Im Jahr 2030."
    )
    assert signals_of(explainer) == [("loaded_word", "Desaster")]


@pytest.mark.parametrize(
    "asked",
    [
        # taken up as a question
        "Was kostet der Bau? Diese Frage beschäftigt den Stadtrat seit Monaten.",
        # answered by someone's words
        "Der Trainer Jan Hofer blieb gelassen. Und die Zukunft? Keine Ahnung, sagte Hofer.",
        # a plain question for information, which the text answers
        "Was war der Auslöser für die Proteste? Die Eskalation begann am Donnerstag.",
        # a plain question after a dateline
        "Wien – Was kann die Stadt tun, um Energie zu sparen? Sie dämmt die Schulen.",
        # answered by someone whose words open the next sentence
        "Und sonst? Keine Ahnung, sagte Jan Hofer am Montag, ich habe ihn nicht gefragt.",
        # answered by someone whose words the next sentence announces
        "Wieso? Anna Meier erklärt es am Beispiel Kupfer. Der Bedarf sei dort gesättigt.",
        # put to someone, as the next sentence says
        "Wie kann das denn sein? Die Zeitung hat bei drei Instituten nachgefragt.",
        # going on with a question put to the reader
        "Stimmt das wirklich? Welche Beispiele fallen Ihnen ein?",
        # an indirect question with a question mark
        "Die Opposition fragt, ob der Minister den Plan noch stützen werde?",
        # a title in English
        "Sein Film folgt dem Buch Do Androids Dream of Electric Sheep?",
    ],
)
def test_a_question_asked_to_be_answered_is_no_rhetorical_question(asked: str) -> None:
    article = framed(
        asked + "\nWozu braucht die Stadt überhaupt noch einen Plan? Er liegt in der Schublade."
    )
    assert signals_of(article) == [
        ("rhetorical_question", "Wozu braucht die Stadt überhaupt noch einen Plan?")
    ]


def test_labels_are_nouns_and_words_of_literal_or_neutral_use_are_no_loaded_words() -> None:
    article = framed(
        "Die Forderung der Partei ist radikaler als je zuvor. Ein Radikaler führt sie an.\n"
        "Im Burgtheater hatte die Inszenierung Premiere.\n"
        "Der Skandal um die Bank beschäftigt das Gericht, das wegen Erpressung ermittelt.\n"
        "Antifaschisten erinnerten an die Opfer des Regimes. Ein Faschist störte."
    )
    assert signals_of(article) == [("label", "Radikaler"), ("label", "Faschist")]


def test_a_word_named_or_in_an_english_title_is_not_used() -> None:
    article = framed(
        "Im Wort Abgrund steckt schon der Grund.\n"
        "Den Song hat er vom Album The Idiot übernommen. Ein Idiot war er nicht."
    )
    assert signals_of(article) == [("label", "Idiot")]


def test_words_in_indirect_speech_are_the_speakers_not_the_writers() -> None:
    article = framed("Der Minister sagte, der Plan sei eine Farce und völlig unsinnig.")
    assert signals_of(article) == []


def test_the_genre_names_the_cues_that_decided_it() -> None:
    commentary = framed(
        "Ich halte diesen Plan leider für einen Fehler.\n"
        "Natürlich muss die Regierung ihn zurückziehen, und zwar sofort!\n"
        "Wir sollten uns nichts vormachen: Man kann so nicht weitermachen."
    )
    names = {cue.split(":")[0] for cue in commentary.genre.cues}
    assert commentary.genre.label == "opinion"
    assert names & {"first person singular", "first person plural", "judging particle", "ought"}
    assert commentary.genre.cues[-1].startswith("words: ")
    words = commentary.genre.cues[-1].removeprefix("words: ").split(" / ")
    lemmas = {(t.lemma or commentary.text[t.start : t.end]).lower() for t in commentary.tokens}
    assert words and set(words) <= lemmas
    assert 0.25 < commentary.genre.confidence <= 1


def test_a_negated_intensifier_or_one_used_as_a_noun_is_no_signal() -> None:
    article = framed(
        "In Österreich ist der Sport nicht extrem verbreitet. Er sprach über das Unsagbare.\n"
        "Die Lage ist extrem angespannt."
    )
    assert signals_of(article) == [("intensifier", "extrem")]


def test_satire_is_told_where_its_outlet_or_its_label_says_so(tmp_path) -> None:
    text = (
        "Die Regierung hat am Montag beschlossen, den Montag abzuschaffen. Ein Sprecher sagte, "
        "die Woche beginne künftig am Dienstag. Die Opposition kündigte Widerstand an."
    )
    records = [
        {"id": "post", "url": "https://www.der-postillon.com/2024/05/montag.html", "text": text},
        {"id": "label", "title": "Satire: Regierung schafft den Montag ab", "text": text + " 1"},
        {"id": "about", "title": "Satire-Gipfel in Berlin eröffnet", "text": text + " 2"},
    ]
    feed = tmp_path / "artikel.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    with Store(tmp_path / "s.db") as store:
        Ingestor(store, Settings(offline=True, progress=False)).ingest([str(feed)])
        genres = {a.id: PIPELINE(a).genre for a in store.articles()}
    assert genres["post"].label == "satire"
    assert genres["post"].cues == ("satire outlet: Der Postillon",)
    assert genres["label"].label == "satire"
    assert genres["about"].label != "satire"
