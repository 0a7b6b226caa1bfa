"""German data for naming people and things: honorifics, roles, spelling variants.

Only data lives here; `canonical.py` holds the logic.
"""

from __future__ import annotations

# Forms of address that stand before a name and are not part of it ("Herr Putin", "Herrn Kims").
HONORIFICS: frozenset[str] = frozenset({"herr", "herrn", "frau", "fräulein"})

# Nouns of office and profession that name a person's role ("Präsident Putin", "US-Außenminister
# Antony Blinken", "Jo Bee-yun, Forschungsassistentin am ..."). A word is a role when it is one
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
