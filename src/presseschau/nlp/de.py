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
