"""German language data: abbreviations, ordinal cues, quote marks; honorifics, roles, spellings.

Only data lives here; `tokens.py`, `sentences.py` and `canonical.py` hold the logic.
Abbreviations are written without their full stop and matched regardless of case ("Ca." opening
a sentence is "ca.").
"""

from __future__ import annotations

from presseschau.ingest.de import CLOSING_QUOTES, MONTHS, OPENING_QUOTES

__all__ = [
    "ABBREVIATIONS",
    "CLOSING_QUOTES",
    "FINAL_ABBREVIATIONS",
    "MONTHS",
    "NOUN_ENDINGS",
    "NUMBER_ABBREVIATIONS",
    "OPENING_QUOTES",
    "ORDINAL_CUES",
    "ORDINAL_NOUNS",
    "WEB_DOMAINS",
]

# fmt: off
# Abbreviations that never end a sentence: titles, "bzw.", units of money. Single letters with a
# full stop ("z. B.", "u. a.", "Jens S. Stoltenberg") are taken as abbreviations or initials by
# rule, so they are not listed.
_WORD_ABBREVIATIONS = (
    "abg", "bspw", "bzgl", "bzw", "ca", "co", "dipl", "dr", "ehem", "ev", "evang", "evtl", "exkl",
    "fr", "geb", "gegr", "gest", "ggf", "hl", "hr", "hrsg", "inkl", "ing", "jr", "kath", "lt",
    "med", "mio", "mr", "mrd", "mrs", "ms", "prof", "rer", "sen", "sog", "st", "tsd", "usf", "vgl",
    "vs", "wr", "zzgl",
)
# Month abbreviations ("Okt.", "Sept.") are the shorter spellings of a month in `MONTHS`.
_MONTH_ABBREVIATIONS = tuple(
    name for name, month in MONTHS.items()
    if len(name) < max(len(other) for other, number in MONTHS.items() if number == month)
)
ABBREVIATIONS: frozenset[str] = frozenset(_WORD_ABBREVIATIONS + _MONTH_ABBREVIATIONS)

# Abbreviations that often close a sentence ("Äpfel, Birnen usw."): they end one when the next
# word opens with a capital letter.
FINAL_ABBREVIATIONS: frozenset[str] = frozenset({
    "usw", "etc", "chr", "jh", "jhd", "str", "ff",
})

# Abbreviations only before a number: "Nr. 5", "Art. 5 Abs. 2". Without the number "Art." is
# the noun "Art" closing a sentence ("eine neue Art.").
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({
    "abb", "abs", "art", "bd", "kap", "nr", "nrn", "tab", "tel", "ziff",
})

# Words after which a number with a full stop is an ordinal, even before a capitalised noun:
# "der 24. Besuch", "zum 3. Mal", "ihrem 80. Geburtstag". Elsewhere "auf 24. Dann" ends a
# sentence, unless a month or a lower-case word follows ("am 1. Mai", "vom 3. bis 5. Juni").
ORDINAL_CUES: frozenset[str] = frozenset({
    "der", "die", "das", "dem", "den", "des", "am", "im", "vom", "zum", "zur", "beim",
    "jeder", "jede", "jedes", "jedem", "jeden",
    "sein", "seine", "seinem", "seinen", "seiner", "seines",
    "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
    "unser", "unsere", "unserem", "unseren", "unserer", "unseres",
})

# Nouns that follow an ordinal, with or without a case ending from NOUN_ENDINGS: "des frühen 20.
# Jahrhunderts", "in der 3. Runde". Before them a number with a full stop is an ordinal whatever
# stands before it.
NOUN_ENDINGS: frozenset[str] = frozenset({"", "e", "en", "er", "es", "n", "s"})
ORDINAL_NOUNS: frozenset[str] = frozenset({
    "jahrhundert", "jahrtausend", "jahrestag", "geburtstag", "todestag", "lebensjahr", "mal",
    "minute", "runde", "spieltag", "etappe", "quartal", "halbjahr", "stock", "etage", "klasse",
    "liga", "platz", "rang", "parteitag", "legislaturperiode", "amtszeit", "auflage",
})

# Top-level domains of addresses news text prints without a scheme ("derStandard.at").
WEB_DOMAINS: tuple[str, ...] = (
    "de", "at", "ch", "com", "org", "net", "eu", "info", "io", "gov", "int", "tv", "fm",
)
# fmt: on

# -- naming people and things (canonical.py) -------------------------------------------

# Forms of address that stand before a name and are not part of it ("Herr Putin", "Herrn Kims").
HONORIFICS: frozenset[str] = frozenset({"herr", "herrn", "frau", "fräulein"})
# Russian patronymics in German and English transliteration: Wladimirowitsch, Sergejewna.
PATRONYMIC_ENDINGS = ("owitsch", "ewitsch", "owna", "ewna", "ovich", "evich", "ovna", "evna")

# Nouns of office and profession that name a person's role ("Präsident Putin", "US-Außenminister
# Anna Meier", "Jan Becker, Forschungsassistentin am ..."). A word is a role when it is one
# of these or ends in one of ROLE_ENDINGS, also as the last part of a compound
# ("NATO-Generalsekretär").
ROLE_NOUNS: frozenset[str] = frozenset({
    "präsident", "präsidentin", "staatschef", "staatschefin", "machthaber", "machthaberin",
    "kanzler", "kanzlerin", "minister", "ministerin", "premier", "premierminister",
    "premierministerin", "regierungschef", "regierungschefin", "könig", "königin", "diktator",
    "führer", "sprecher", "sprecherin", "botschafter", "botschafterin", "general", "generalin",
    "professor", "professorin", "prof", "dr", "experte", "expertin", "analyst", "analystin",
    "journalist", "journalistin", "reporter", "reporterin", "korrespondent", "korrespondentin",
    "propagandist", "propagandistin", "offizier", "offizierin", "abgeordneter", "abgeordnete",
    "senator", "senatorin", "bürgermeister", "bürgermeisterin", "vorsitzender", "vorsitzende",
    "chef", "chefin", "direktor", "direktorin", "leiter", "leiterin", "autor", "autorin",
    "forscher", "forscherin", "moderator", "moderatorin", "papst", "außenminister",
    "außenministerin", "verteidigungsminister", "verteidigungsministerin",
})  # fmt: skip
ROLE_ENDINGS: tuple[str, ...] = (
    "minister", "ministerin", "präsident", "präsidentin", "sekretär", "sekretärin", "chef",
    "chefin", "sprecher", "sprecherin", "experte", "expertin", "assistent", "assistentin",
    "professor", "professorin", "offizier", "offizierin", "kanzler", "kanzlerin", "leiter",
    "leiterin", "direktor", "direktorin", "korrespondent", "korrespondentin", "analyst",
    "analystin", "botschafter", "botschafterin", "führer", "führerin", "haber", "haberin",
)  # fmt: skip

# Spelling rules that bring German and English transliterations of one name to one key
# (Wladimir/Vladimir, Solowjow/Solovyov, Selenskyj/Zelensky is out of reach by design: the
# evidence must be close). Applied in order to a casefolded name.
TRANSLITERATION: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("w", "v"),
    ("j", "y"),
    ("ö", "o"),
    ("ü", "u"),
    ("ä", "a"),
    ("ß", "ss"),
)

# -- who said what (quotes.py, speech.py, speakers.py) -----------------------------------

# Quote marks: each opening mark with the marks that close it. German „…“ and »…«, Swiss and
# French «…», English “…” and typewriter "…". Single marks (‚…‘) look like apostrophes; a quote
# nested in them stays part of the outer quote.
QUOTE_PAIRS: dict[str, str] = {"„": "“”", "»": "«", "«": "»", "“": "”", '"': '"'}

# fmt: off
# Verbs that report speech or writing, by lemma; a separable verb is written whole
# ("mitteilen" is found as "teilte ... mit").
REPORTING_VERBS: frozenset[str] = frozenset({
    "sagen", "erklären", "betonen", "meinen", "warnen", "bezeichnen", "äußern", "mitteilen",
    "hinzufügen", "ergänzen", "berichten", "schreiben", "fordern", "verlangen", "kritisieren",
    "ankündigen", "bestätigen", "dementieren", "bestreiten", "behaupten", "versichern",
    "unterstreichen", "hervorheben", "erläutern", "einräumen", "zugeben", "glauben", "vermuten",
    "befürchten", "fürchten", "hoffen", "spekulieren", "schätzen", "antworten", "entgegnen",
    "kommentieren", "verkünden", "bekanntgeben", "bekräftigen", "beklagen", "klagen", "mahnen",
    "appellieren", "versprechen", "zitieren", "titeln", "verlauten", "lauten",
    "fortfahren", "argumentieren", "vorwerfen", "beschuldigen", "beteuern", "feststellen",
    "anmerken", "monieren", "rügen", "bezweifeln", "prognostizieren", "vorhersagen", "ausdrücken",
    "andeuten", "hinweisen", "melden", "wiederholen", "nennen", "charakterisieren",
    "beschreiben", "rufen", "fragen", "bitten", "auffordern", "empfehlen", "raten",
    "zusichern", "leugnen", "gestehen", "verraten", "erzählen", "schildern",
    "darlegen", "zurückweisen", "widersprechen", "loben", "verurteilen", "anzweifeln", "folgern",
    "schlussfolgern", "urteilen", "insistieren", "präzisieren", "klarstellen", "unterstellen",
    "verteidigen", "sprechen", "heißen", "bemerken", "bilanzieren", "resümieren",
    "verdächtigen", "vorschlagen", "ausführen", "vermelden",
    "festhalten", "zusagen", "eingestehen", "bedauern", "begrüßen", "denken", "angeben",
    "verweisen", "begründen", "vertreten", "beschwören", "skandieren",
    "nachlegen", "zugestehen", "erwidern", "abwinken", "twittern",
    # how it was said: "..., knurrt ein Polizist"
    "schimpfen", "murmeln", "flüstern", "brummen", "knurren", "witzeln", "scherzen", "spotten",
    "lästern", "nörgeln", "poltern", "stammeln", "seufzen", "jammern", "schwärmen", "sticheln",
})
# Particles that a separable verb leaves at the end of its clause: "teilte ... mit".
VERB_PARTICLES: frozenset[str] = frozenset({
    "mit", "hinzu", "an", "fest", "bekannt", "aus", "hin", "fort", "ein", "zu", "vor", "dar",
    "zurück", "klar", "ab",
})
# Report verbs that announce a quote as written or printed: a medium says it.
HEADLINE_WORDS: frozenset[str] = frozenset({
    "titeln", "schlagzeile", "überschrift", "titel", "aufmacher", "headline",
})
# Nouns that report what someone said ("nach Angaben der Polizei", "laut Aussage von ...").
REPORT_NOUNS: frozenset[str] = frozenset({
    "angabe", "angaben", "aussage", "aussagen", "information", "informationen", "wort", "worten",
    "ansicht", "einschätzung", "meinung", "auffassung", "darstellung", "erkenntnis",
    "erkenntnissen", "bericht", "berichten", "schätzung", "schätzungen", "mitteilung",
    "auskunft", "sicht",
})
# Prepositions that attribute the rest of the clause to a source: "laut X", "X zufolge".
ATTRIBUTION_PREPOSITIONS: frozenset[str] = frozenset({"laut", "gemäß", "lt."})
ATTRIBUTION_POSTPOSITIONS: frozenset[str] = frozenset({"zufolge"})
# Words that open a reported clause after a verb of saying ("sagte, dass ...", "fragte, ob").
REPORTED_CLAUSE_OPENERS: frozenset[str] = frozenset({"dass", "daß", "ob"})
# Conjunctions that open a clause that is not what was said ("sagte er, als er ankam").
OTHER_CLAUSE_OPENERS: frozenset[str] = frozenset({
    "als", "weil", "wenn", "nachdem", "bevor", "während", "obwohl", "da", "damit", "sodass",
    "indem", "seit", "seitdem", "sobald", "falls", "wo", "bis", "und", "oder", "aber", "doch",
    "sondern", "denn",
})
# Conjunctions that open a subordinate clause, whose subject follows them: "da sie fürchten".
# ("als" and "wie" are also comparisons; their part of speech decides.)
SUBORDINATORS: frozenset[str] = REPORTED_CLAUSE_OPENERS | {
    "weil", "wenn", "nachdem", "bevor", "während", "obwohl", "da", "damit", "sodass", "indem",
    "seit", "seitdem", "sobald", "falls",
}
# Subjunctive I forms of reported speech ("er sei", "sie habe"); a lexical verb's subjunctive I
# third person ("stehe", "gebe") is found by rule from its lemma.
SUBJUNCTIVE_FORMS: frozenset[str] = frozenset({
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle",
    "möge", "wisse",
})
# Subjunctive II forms, as often conditional as reported: they carry reported speech only after
# a verb of saying ("sagte, sie hätten ...").
CONDITIONAL_FORMS: frozenset[str] = frozenset({
    "hätte", "hätten", "wäre", "wären", "würde", "würden", "könnten", "müssten", "dürften",
    "sollten", "gäbe", "gäben",
})
# Nouns of titles and organisations. Before quote marks they make the quoted words a name, not
# a quote: das Buch „…“, der Sender „…“, (Motto: „…“); so they do as its first word: „Verband
# ...“. A compound ending in one counts ("Tageszeitung").
TITLE_NOUNS: tuple[str, ...] = (
    "buch", "film", "roman", "album", "lied", "song", "single", "titel", "motto", "slogan",
    "zeitung", "sender", "magazin", "blatt", "sendung", "preis", "kampagne", "aktion",
    "operation", "programm", "projekt", "initiative", "ausstellung", "stück", "werk", "serie",
    "show", "festival", "band", "gruppe", "partei", "verein", "bündnis", "marke", "produkt",
    "schiff", "plattform", "portal", "website", "webseite", "homepage", "app", "name",
    "spitzname", "begriff", "stichwort", "wort", "unwort", "verband", "institut", "stiftung",
    "gesellschaft", "komitee", "kommission", "netzwerk", "allianz", "zentrum", "akademie",
    "bewegung", "koalition", "organisation", "vereinigung", "forum",
)
# Nouns of documents and statements that speak for their authors: "In einem Positionspapier
# heißt es", "In der Erklärung sei ...". A compound ending in one counts.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "bericht", "erklärung", "stellungnahme", "papier", "memorandum", "brief", "schreiben",
    "mitteilung", "interview", "gespräch", "rede", "ansprache", "pressekonferenz", "dokument",
    "studie", "urteil", "beschluss", "antrag", "artikel", "beitrag", "kommentar", "botschaft",
    "bilanz", "analyse", "gutachten", "protokoll", "resolution", "communiqué", "kommuniqué",
)
# Words of a speaker who is not named: "sagen manche", "hieß es aus Regierungskreisen".
ANONYMOUS_WORDS: frozenset[str] = frozenset({
    "man", "manche", "einige", "andere", "viele", "es", "beobachter", "beobachterin",
    "beobachtern", "kreise", "kreisen", "quelle", "quellen", "insider", "insidern",
    "informant", "informanten", "kritiker", "kritikern", "experten", "stimmen", "gerüchte",
})
# Last parts of compound nouns of unnamed sources: "Regierungskreisen", "Geheimdienstquellen".
ANONYMOUS_ENDINGS: tuple[str, ...] = ("kreise", "kreisen", "quelle", "quellen")
# Pronouns that stand for a speaker named before: "sagte er".
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"er", "sie", "ich", "wir"})
# fmt: on

# -- when (times.py, time_values.py) ---------------------------------------------------

# fmt: off
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
# Seasons in TIMEX2 codes.
SEASONS: dict[str, str] = {
    "frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
}
# Parts of the day in TIMEX2 codes: "am Morgen des 30. Juli" -> 1914-07-30TMO.
DAY_PARTS: dict[str, str] = {
    "morgen": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF", "abend": "EV",
    "abendstunden": "EV", "nacht": "NI",
}
# Number words in durations and distances in time ("vor drei Tagen", "zwei Jahre").
NUMBER_WORDS: dict[str, float] = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "sechzig": 60, "hundert": 100, "anderthalb": 1.5,
    "eineinhalb": 1.5, "halben": 0.5, "halbe": 0.5,
}
# Words for a number nobody gives: "vor wenigen Tagen", "seit einigen Jahren".
SOME_WORDS: frozenset[str] = frozenset({
    "wenige", "wenigen", "weniger", "einige", "einigen", "einiger", "mehrere", "mehreren",
    "mehrerer", "viele", "vielen", "vieler", "etliche", "etlichen",
})
# Units of time by the forms that name them, with their TIMEX2 code; H and MIN are times.
TIME_UNITS: dict[str, str] = {
    "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "jahrs": "Y",
    "monat": "M", "monate": "M", "monaten": "M", "monats": "M",
    "woche": "W", "wochen": "W", "tag": "D", "tage": "D", "tagen": "D", "tages": "D",
    "stunde": "H", "stunden": "H", "minute": "MIN", "minuten": "MIN",
    "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
    "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE",
}
# Adjectives of a length of time: "zweiwöchigen", "dreijährige", "siebentägigen".
DURATION_ADJECTIVES: dict[str, str] = {"jährig": "Y", "monatig": "M", "wöchig": "W", "tägig": "D"}
# Words that make a duration approximate or bounded, in TIMEX2 `mod` terms.
DURATION_MODS: dict[str, str] = {
    "fast": "LESS_THAN", "knapp": "LESS_THAN", "beinahe": "LESS_THAN",
    "weniger als": "LESS_THAN", "über": "MORE_THAN", "mehr als": "MORE_THAN",
    "gut": "MORE_THAN", "mindestens": "EQUAL_OR_MORE", "rund": "APPROX", "etwa": "APPROX",
    "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX",
}
# Days before (-) or after the reference day.
RELATIVE_DAYS: dict[str, int] = {
    "vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2,
}
# Words that move a week, month or year: "letzte Woche", "im kommenden Jahr".
RELATIVE_STEPS: dict[str, int] = {
    "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1,
    "vergangenen": -1, "vergangener": -1, "vergangenes": -1, "vorige": -1, "vorigen": -1,
    "voriger": -1, "voriges": -1, "nächste": 1, "nächsten": 1, "nächster": 1, "nächstes": 1,
    "kommende": 1, "kommenden": 1, "kommender": 1, "kommendes": 1, "diese": 0, "diesen": 0,
    "dieser": 0, "dieses": 0,
}
# Vague references to the past, present or future: no date is invented for them.
VAGUE_TIMES: dict[str, str] = {
    "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "künftig": "FUTURE_REF",
    "in zukunft": "FUTURE_REF", "in der folgezeit": "FUTURE_REF", "binnen kurzem": "FUTURE_REF",
    "damals": "PAST_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF", "einst": "PAST_REF",
    "seinerzeit": "PAST_REF", "in letzter zeit": "PAST_REF", "in den letzten zeiten": "PAST_REF",
    "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
    "heutzutage": "PRESENT_REF",
}
# Recurring times (TIMEX2 sets): "täglich", "jeden Monat", "pro Jahr".
SETS: dict[str, str] = {
    "täglich": "XXXX-XX-XX", "wöchentlich": "XXXX-WXX", "monatlich": "XXXX-XX",
    "jährlich": "XXXX", "alljährlich": "XXXX", "tag": "XXXX-XX-XX", "woche": "XXXX-WXX",
    "monat": "XXXX-XX", "jahr": "XXXX",
}
# Words after which a four-digit number is a quantity, not a year: "1914 Soldaten".
NOT_YEAR_AFTER: frozenset[str] = frozenset({
    "%", "prozent", "euro", "dollar", "franken", "pfund", "mark", "km", "kilometer", "meter",
    "menschen", "personen", "soldaten", "mann", "tote", "toten", "einwohner", "stimmen",
    "stück", "tonnen", "kilogramm", "kg", "einheiten", "mitglieder", "mitarbeiter",
})
# fmt: on

# -- the comparison (compare/) ---------------------------------------------------------

# Words that mark a sentence as the writer's judgement rather than a report; the synopsis
# leaves such sentences out.
OPINION_MARKERS: frozenset[str] = frozenset({
    "natürlich", "offensichtlich", "zweifellos", "leider", "hoffentlich", "glücklicherweise",
    "ich", "wir", "uns", "unser", "unsere", "man",
})  # fmt: skip

# -- how each outlet tells it (framing/) -------------------------------------------------

# fmt: off
# First-person words: the writer speaks as themselves.
FIRST_PERSON: frozenset[str] = frozenset({
    "ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "meines",
    "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
})
FIRST_PERSON_SINGULAR: frozenset[str] = frozenset(w for w in FIRST_PERSON if w[0] in "im")
# Particles and adverbs of the writer's judgement.
JUDGING_PARTICLES: frozenset[str] = frozenset({
    "natürlich", "offensichtlich", "zweifellos", "leider", "hoffentlich", "glücklicherweise",
    "eigentlich", "immerhin", "ohnehin", "freilich", "bedauerlicherweise", "erfreulicherweise",
    "selbstverständlich", "gottlob", "wohlgemerkt", "jedenfalls",
})
# Modal verbs of what ought to be: "Die Regierung muss handeln".
OUGHT_VERBS: frozenset[str] = frozenset({"müssen", "sollen", "dürfen"})
# Connectives of explaining and weighing, the mark of analysis.
EXPLAINING_WORDS: frozenset[str] = frozenset({
    "weil", "deshalb", "daher", "deswegen", "somit", "folglich", "einerseits", "andererseits",
    "allerdings", "jedoch", "zudem", "erstens", "zweitens", "drittens", "schließlich",
    "denn", "insofern", "demnach", "womit", "wodurch", "hingegen", "dagegen",
})
# The writer's own estimate of how likely something is: the mark of analysis, which weighs
# what may follow ("Das dürfte die Lage verschärfen").
EPISTEMIC_WORDS: frozenset[str] = frozenset({
    "wohl", "vermutlich", "wahrscheinlich", "möglicherweise", "vielleicht", "offenbar",
    "anscheinend", "scheinbar", "mutmaßlich", "dürfte", "dürften", "könnte", "könnten",
    "scheint", "scheinen", "womöglich", "voraussichtlich",
})
# Finite forms of the past that open a report's account of what happened; a weak verb's past
# ("sagte") is found by rule from its lemma.
PAST_FORMS: frozenset[str] = frozenset({
    "war", "waren", "wurde", "wurden", "hatte", "hatten", "gab", "kam", "kamen", "ging",
    "gingen", "stand", "standen", "sprach", "hieß", "blieb", "blieben", "nahm", "nahmen",
    "fand", "fanden", "konnte", "konnten", "musste", "mussten", "wollte", "wollten",
})
NEGATIONS: frozenset[str] = frozenset({
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "nichts", "niemand",
})
# Words that address the reader, as written: "Sie" and "Ihr" in mid-sentence ("sie", they,
# and "ihr", her, are lower case there), "du", "dich", "dir", "euch".
READER_WORDS: frozenset[str] = frozenset({
    "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "du", "dich", "dir", "euch",
})
FORMAL_ADDRESS: frozenset[str] = frozenset(w for w in READER_WORDS if w[0].isupper())
# Labels that open the answer to a question in an interview or a list of questions and answers.
ANSWER_LABELS: frozenset[str] = frozenset({"antwort", "a"})
# The labels of a list of questions and answers that the writer sets out.
QUESTION_AND_ANSWER_LABELS: frozenset[str] = ANSWER_LABELS | {"frage", "f"}
# Particles that make a question rhetorical: "Wer soll das noch glauben?", "Was ist schon
# sicher?"; a plain question with none of them ("Was war der Auslöser?") asks for the answer
# that follows.
QUESTION_PARTICLES: frozenset[str] = frozenset({
    "noch", "schon", "denn", "etwa", "eigentlich", "überhaupt", "wirklich", "bloß", "nur",
    "doch", "allerdings", "ernsthaft", "tatsächlich", "ja",
})
# Verbs by which a text says it put a question to someone: "DER STANDARD hat nachgefragt".
ASKING_VERBS: frozenset[str] = frozenset({
    "fragen", "nachfragen", "befragen", "erfragen", "erkundigen", "umhören",
})
DASHES: frozenset[str] = frozenset({"–", "—", "-"})
# Nouns by which a text takes up a question it asked ("Diese Frage ...", "Einige Antworten").
QUESTION_NOUNS: frozenset[str] = frozenset({"frage", "fragen", "antwort", "antworten"})
# English words that German never uses as words of its own: a run of them in running German
# text is an untranslated or machine-translated fragment ("in the", "of the").
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset({
    "the", "of", "and", "with", "from", "that", "this", "which", "is", "are", "were", "been",
    "have", "has", "for", "by", "its", "their", "there", "would", "should", "could", "about",
    "into", "what", "when", "who", "whose", "these", "those", "they", "we", "you", "our",
})
# Endings of inflected and compared adjectives, longest first: "bedenklich-em", "klein-sten".
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "sten", "stem", "ster", "stes", "eren", "erem", "erer", "eres", "ste", "ere",
    "em", "en", "er", "es", "e",
)
# Words that can stand twice in a row in correct German: "dass die die Regeln kennen".
MAY_REPEAT: frozenset[str] = frozenset({"die", "der", "das", "den", "dem", "des", "sie"})
# Sides a speaker can speak for: words of a speaker's phrase or of the words before the name
# ("der russische Präsident", "US-Außenminister", "NATO-Generalsekretär", "aus Kiew"), as
# lower-case word beginnings (so that "russische", "russischen" match), to the side.
SIDE_WORDS: dict[str, str] = {
    "russisch": "Russland", "russland": "Russland", "moskau": "Russland", "kreml": "Russland",
    "ukrainisch": "Ukraine", "ukraine": "Ukraine", "kiew": "Ukraine", "kyjiw": "Ukraine",
    "us": "USA", "usa": "USA", "amerikanisch": "USA", "washington": "USA",
    "weißes haus": "USA",
    "nordkoreanisch": "Nordkorea", "nordkorea": "Nordkorea", "pjöngjang": "Nordkorea",
    "südkoreanisch": "Südkorea", "südkorea": "Südkorea", "seoul": "Südkorea",
    "chinesisch": "China", "china": "China", "peking": "China", "beijing": "China",
    "japanisch": "Japan", "japan": "Japan", "tokio": "Japan",
    "deutsch": "Deutschland", "deutschland": "Deutschland", "berlin": "Deutschland",
    "bundesregierung": "Deutschland",
    "österreichisch": "Österreich", "österreich": "Österreich", "wien": "Österreich",
    "schweizer": "Schweiz", "schweiz": "Schweiz", "bern": "Schweiz",
    "französisch": "Frankreich", "frankreich": "Frankreich", "paris": "Frankreich",
    "britisch": "Großbritannien", "großbritannien": "Großbritannien", "london": "Großbritannien",
    "italienisch": "Italien", "italien": "Italien", "rom": "Italien",
    "spanisch": "Spanien", "spanien": "Spanien", "madrid": "Spanien",
    "polnisch": "Polen", "polen": "Polen", "warschau": "Polen",
    "ungarisch": "Ungarn", "ungarn": "Ungarn", "budapest": "Ungarn",
    "türkisch": "Türkei", "türkei": "Türkei", "ankara": "Türkei",
    "israelisch": "Israel", "israel": "Israel", "jerusalem": "Israel",
    "palästinensisch": "Palästina", "palästina": "Palästina", "hamas": "Palästina",
    "iranisch": "Iran", "iran": "Iran", "teheran": "Iran",
    "indisch": "Indien", "indien": "Indien", "neu-delhi": "Indien",
    "vietnamesisch": "Vietnam", "vietnam": "Vietnam", "hanoi": "Vietnam",
    "belarussisch": "Belarus", "belarus": "Belarus", "minsk": "Belarus",
    "kanadisch": "Kanada", "kanada": "Kanada", "ottawa": "Kanada",
    "nato": "NATO", "eu": "EU", "europäische union": "EU", "brüssel": "EU",
    "uno": "UN", "un": "UN", "vereinte nationen": "UN", "vereinten nationen": "UN",
}
# What kind of voice a speaker's phrase names, by its words (also as the last part of a
# compound): officials, experts, media; everyone else is "other".
VOICE_WORDS: dict[str, tuple[str, ...]] = {
    "official": (
        "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
        "sprecher", "sprecherin", "regierung", "ministerium", "behörde", "polizei", "amt",
        "botschafter", "botschafterin", "bürgermeister", "bürgermeisterin", "staatschef",
        "staatschefin", "generalsekretär", "generalsekretärin", "abgeordneter", "abgeordnete",
        "partei", "armee", "militär", "staatsanwaltschaft", "gericht", "kommission", "rat",
        "regierungschef", "regierungschefin", "kremlchef", "machthaber", "premier", "könig",
        "königin", "senator", "senatorin", "gouverneur", "gouverneurin", "diplomat",
        "diplomatin",
    ),
    "expert": (
        "experte", "expertin", "experten", "professor", "professorin", "forscher",
        "forscherin", "analyst", "analystin", "wissenschaftler", "wissenschaftlerin",
        "ökonom", "ökonomin", "institut", "universität", "studie", "assistent", "assistentin",
    ),
    "media": (
        "zeitung", "sender", "agentur", "medien", "journalist", "journalistin", "reporter",
        "reporterin", "korrespondent", "korrespondentin", "magazin", "fernsehen", "blatt",
        "artikel", "kommentar", "schlagzeile", "moderator", "moderatorin", "kolumnist",
        "kolumnistin",
    ),
}
# fmt: on
