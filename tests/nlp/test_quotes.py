"""The quote stage on German text through the real language pipeline (tokens, lemmas, NER)."""

import pytest

from presseschau.ingest.text import article_from_text
from presseschau.model import Block
from presseschau.nlp.quote_marks import quoted_spans
from presseschau.nlp.stages import language_pipeline


@pytest.fixture(scope="module")
def quotes():
    pipeline = language_pipeline()

    def quotes(text: str) -> list[dict]:
        article = pipeline(article_from_text("t", text))
        return [
            {
                "text": " … ".join(text[a:b] for a, b in q.parts),
                "kind": q.kind,
                "speaker": text[q.speaker[0] : q.speaker[1]] if q.speaker else None,
                "sources": [text[a:b] for a, b in q.sources],
                "anonymous": q.anonymous,
                "cue": q.cue,
            }
            for q in article.quotes
        ]

    return quotes


def blocks(text: str) -> list[Block]:
    found, start = [], 0
    for line in text.split("\n"):
        found.append(Block(start, start + len(line), "paragraph"))
        start += len(line) + 1
    return found


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Sie sagte: „Wir kommen.“ Dann ging sie.", ["„Wir kommen.“"]),
        ('Er sagte: "Wir bleiben." Dann nicht.', ['"Wir bleiben."']),
        ("Sie sagte: »Das reicht.« Er nickte.", ["»Das reicht.«"]),
        ("Sie sagte: «Das reicht.» Er nickte.", ["«Das reicht.»"]),
        ("„Er rief ‚Halt!‘ und lief“, sagte sie.", ["„Er rief ‚Halt!‘ und lief“"]),
        ('Die 90er Jahre und 5" Zoll', []),
    ],
)
def test_quote_marks_of_every_style_pair_up(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text, blocks(text))] == quoted


def test_a_quote_runs_on_into_a_paragraph_that_opens_with_the_same_mark() -> None:
    text = "„Erstens ist es spät.\n„Zweitens ist es kalt.“\nDanach schwieg sie."
    [(start, end)] = quoted_spans(text, blocks(text))
    assert text[start:end] == "„Erstens ist es spät.\n„Zweitens ist es kalt.“"


def test_an_interrupted_quote_is_one_quote_with_one_speaker(quotes) -> None:
    found = quotes(
        "„Wir werden das Gesetz ändern“, sagte Innenministerin Petra Lange, "
        "„und zwar noch in diesem Jahr.“"
    )
    [quote] = [q for q in found if q["kind"] == "direct"]
    assert quote["text"] == "„Wir werden das Gesetz ändern“ … „und zwar noch in diesem Jahr.“"
    assert quote["speaker"] == "Innenministerin Petra Lange"
    assert quote["sources"] == ["Petra Lange"]


def test_speaker_before_a_colon_and_a_pronoun_resolved_to_the_person_named_before(quotes) -> None:
    found = quotes(
        "Der Bürgermeister Jan Berger eröffnete die Brücke.\n"
        "Er sagte: „Diese Brücke verbindet zwei Stadtteile.“"
    )
    [quote] = found
    assert (quote["kind"], quote["speaker"], quote["sources"]) == ("direct", "Er", ["Jan Berger"])


def test_partial_quote_takes_the_speaker_of_its_sentence(quotes) -> None:
    [quote] = quotes("Jan Berger bezeichnete den Plan als „großen Wurf für die Stadt“.")
    assert (quote["kind"], quote["speaker"]) == ("partial", "Jan Berger")


def test_a_quoted_word_nobody_says_is_a_scare_quote(quotes) -> None:
    [quote] = quotes("Im Internet kursieren viele „Wundermittel“ gegen Erkältungen.")
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


@pytest.mark.parametrize(
    "text",
    [
        "Der Streit um das Freiwilligenbataillon „Tornado“ geht weiter.",
        "Die Autohalter in der Stadt sollen „TU“-Kennzeichen erhalten.",
        "Er hängt an jedes Wort die Endsilbe „-na“ an.",
        "Die Risse, die sogenannten „Tigerstreifen“, sind alt.",
        "Zebroide sind Kreuzungen („Hybride“) zwischen Zebras und Pferden.",
    ],
)
def test_a_quoted_word_that_is_named_not_used_is_no_quote(quotes, text: str) -> None:
    assert quotes(text) == []


def test_a_quoted_word_before_a_verb_of_saying_is_said_though_its_speaker_is_unread(
    quotes,
) -> None:
    # "Klug" is a name here and an adjective to the tagger, so no speaker phrase is found.
    said = quotes("Nach der Wahl\n\nDas Vertrauen wurde „missbraucht“, sagte Klug. Dann ging er.")
    assert [q["kind"] for q in said if q["text"] == "„missbraucht“"] == ["partial"]


def test_the_turns_of_an_interview_are_direct_quotes_of_the_speakers_their_labels_name(
    quotes,
) -> None:
    said = quotes(
        "Die Firma in der Krise\n\nIhr früherer Chef Hans Müller redet.\n\n"
        "STANDARD: Wie geht es der Firma?\n\nMüller: Schlecht, die Lage ist ernst.\n\n"
        "STANDARD: Und die Konkurrenz?\n\nMüller: Der geht es besser."
    )
    assert [(q["text"], q["kind"], q["speaker"]) for q in said] == [
        ("Wie geht es der Firma?", "direct", "STANDARD"),
        ("Schlecht, die Lage ist ernst.", "direct", "Müller"),
        ("Und die Konkurrenz?", "direct", "STANDARD"),
        ("Der geht es besser.", "direct", "Müller"),
    ]
    explainer = quotes("Frage: Was kostet das?\nAntwort: Viel.\nFrage: Wann?\nAntwort: Bald.")
    assert explainer == []
    silent = quotes("A\n\nSTANDARD: Wie?\n\nMüller: \n\nSTANDARD: Und?\n\nMüller: Gut.")
    assert [(q["text"], q["speaker"]) for q in silent] == [
        ("Wie?", "STANDARD"),
        ("Und?", "STANDARD"),
        ("Gut.", "Müller"),
    ]


def test_a_quoted_title_is_no_quote(quotes) -> None:
    assert quotes("Sie las das Buch „Der lange Weg nach Hause“ in einer Nacht.") == []


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Die Forscherin Eva Lindner erklärte, dass die Messwerte stabil seien.",
            "dass die Messwerte stabil seien",
            "Die Forscherin Eva Lindner",
        ),
        (
            "Die Messwerte seien stabil, sagte Eva Lindner.",
            "Die Messwerte seien stabil",
            "Eva Lindner",
        ),
        (
            "Eva Lindner sagte, die Messwerte seien stabil.",
            "die Messwerte seien stabil",
            "Eva Lindner",
        ),
        (
            "Die Messwerte sind stabil, twittert Eva Lindner.",
            "Die Messwerte sind stabil",
            "Eva Lindner",
        ),
        (
            "Die Messwerte sind stabil, knurrt Eva Lindner.",
            "Die Messwerte sind stabil",
            "Eva Lindner",
        ),
        (
            "Laut Eva Lindner sind die Messwerte stabil.",
            "sind die Messwerte stabil",
            "Eva Lindner",
        ),
        (
            "Der Stadtverwaltung zufolge sind die Messwerte stabil.",
            "sind die Messwerte stabil",
            "Der Stadtverwaltung",
        ),
        (
            "Die Messwerte sind stabil, so Eva Lindner.",
            "Die Messwerte sind stabil",
            "Eva Lindner",
        ),
        (
            "Nach Angaben der Polizei wurde niemand verletzt.",
            "wurde niemand verletzt",
            "Angaben der Polizei",
        ),
    ],
)
def test_reported_speech_with_its_speaker(quotes, text: str, said: str, speaker: str) -> None:
    [quote] = [q for q in quotes(text) if q["kind"] == "indirect"]
    assert said in quote["text"]
    assert quote["speaker"] == speaker
    assert not quote["anonymous"]


def test_subjunctive_sentences_go_on_with_the_speaker_before(quotes) -> None:
    found = quotes(
        "Eva Lindner sagte, die Messwerte seien stabil. Eine Gefahr bestehe nicht. "
        "Das Wetter ist heute schön."
    )
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("die Messwerte seien stabil", "Eva Lindner"),
        ("Eine Gefahr bestehe nicht.", "Eva Lindner"),
    ]


def test_the_subjunctive_ii_right_after_reported_speech_goes_on_with_it(quotes) -> None:
    found = quotes(
        "Syrer würden dort schnell registriert, erzählt Ali. "
        "Afghanen würde man dagegen ignorieren, sie müssten lange warten. "
        "Was wäre, wenn alle so lange warten müssten?"
    )
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Syrer würden dort schnell registriert", "Ali"),
        ("Afghanen würde man dagegen ignorieren, sie müssten lange warten.", "Ali"),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Keine Ahnung, sagte der Trainer Jan Hofer am Montag.", "Keine Ahnung"),
        ("Zu früh, winkt Mahrer ab.", "Zu früh"),
    ],
)
def test_words_without_a_verb_before_a_verb_of_saying_are_said(
    quotes, text: str, said: str
) -> None:
    [quote] = quotes(text)
    assert quote["text"] == said


def test_a_verb_of_saying_reports_nothing_beyond_its_own_clause(quotes) -> None:
    text = (
        "Die Geschichte von Abe – oder jene, die er über sich erzählt – ist so unglaubwürdig, "
        "dass sich die Frage aufdrängt."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Lage sei ernst, sagen manche.",
        "Aus Regierungskreisen hieß es, die Lage sei ernst.",
        "Es hieß, die Lage sei ernst.",
    ],
)
def test_speakers_who_are_not_named_are_anonymous(quotes, text: str) -> None:
    [quote] = quotes(text)
    assert quote["kind"] == "indirect"
    assert quote["anonymous"]
    assert quote["sources"] == []


def test_a_headline_is_attributed_to_the_medium(quotes) -> None:
    [quote] = quotes("Die Zeitung Dagens Nyheter titelte „Der Sommer ist vorbei“.")
    assert quote["kind"] == "direct"
    assert quote["speaker"] == "Die Zeitung Dagens Nyheter"


def test_a_subjunctive_sentence_goes_on_with_the_subject_before_it(quotes) -> None:
    [quote] = quotes("Eva Lindner besuchte die Baustelle. Der Plan sei gut durchdacht.")
    assert (quote["kind"], quote["speaker"]) == ("indirect", "Eva Lindner")


def test_whoever_is_quoted_speaks_not_whoever_quotes(quotes) -> None:
    found = quotes("Eva Lindner wird mit den Worten zitiert: „Wir bleiben bei unserem Plan.“")
    [quote] = [q for q in found if q["kind"] == "direct"]
    assert quote["speaker"] == "Eva Lindner"


def test_a_quoted_organisation_name_is_no_quote(quotes) -> None:
    assert quotes("Gegen den „Verband freier Kleingärtner“ ermittelt die Polizei.") == []


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Die Bürgermeisterin Anna Berger antwortete am Montag: Das ist keine Lösung für die "
            "Stadt. Zudem habe ich den Plan nie gesehen. Der Rat tagt im Mai.",
            "Das ist keine Lösung für die Stadt. Zudem habe ich den Plan nie gesehen",
            "Die Bürgermeisterin Anna Berger",
        ),
        (
            "Der Zeuge Jan Hofer erzählte der Polizei: Ich war mit dem Rad unterwegs. Dann kam "
            "das Auto sehr schnell. Ich konnte gerade noch ausweichen. Die Polizei sucht Zeugen.",
            "Ich war mit dem Rad unterwegs. Dann kam das Auto sehr schnell. Ich konnte gerade noch "
            "ausweichen",
            "Der Zeuge Jan Hofer",
        ),
        (
            "Der Antrag ist umstritten. Sprecher Paul Wenger zum Kurier: Uns liegt kein Antrag "
            "vor. Die Frist endet im Juni.",
            "Uns liegt kein Antrag vor",
            "Sprecher Paul Wenger",
        ),
        (
            "Der Plan kommt im Herbst. Wir müssen jetzt handeln! Wir dürfen die Bürger nicht "
            "allein lassen, sagt Ministerin Eva Roth.",
            "Wir müssen jetzt handeln",
            "Ministerin Eva Roth",
        ),
        (
            "Der Winzer Reinhold Polz ist nachdenklich: Ich habe den ersten Tag miterlebt. "
            "Die Weinberge liegen still.",
            "Ich habe den ersten Tag miterlebt",
            "Der Winzer Reinhold Polz",
        ),
        (
            "Der Geschäftsführer des Weinguts ist nachdenklich: Ich habe den ersten Tag "
            "miterlebt. Die Weinberge liegen still.",
            "Ich habe den ersten Tag miterlebt",
            "Der Geschäftsführer des Weinguts",
        ),
    ],
)
def test_speech_without_quote_marks_is_direct_and_goes_on_in_the_first_person(
    quotes, text: str, said: str, speaker: str
) -> None:
    found = [q for q in quotes(text) if q["kind"] == "direct"]
    assert [(q["text"], q["speaker"]) for q in found] == [(said, speaker)]


def test_the_writers_first_person_after_marked_speech_stays_the_writers(quotes) -> None:
    text = "Anna Berger sagte: „Das ist keine Lösung.“ Ich halte das für falsch."
    assert [q["text"] for q in quotes(text)] == ["„Das ist keine Lösung.“"]
    assert quotes("Anna Berger hat recht: Wir müssen jetzt handeln.") == []
