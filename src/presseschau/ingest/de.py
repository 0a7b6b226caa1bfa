"""German data for cleaning extracted article text: web leftovers, bylines, dates.

Only data lives here; `clean.py` and `byline.py` hold the logic. Another language is another module
with the same names.

Patterns are regular expressions matched case-insensitively against the whole line (white space
collapsed); a pattern ending in `.*` therefore matches a line that opens with the phrase. Word sets
are compared with the words of `clean.line_key`, so their case and punctuation do not matter.
"""

from __future__ import annotations

# Whole-line patterns of web leftovers, grouped by the reason the cleaner records for them.
LINE_PATTERNS: dict[str, tuple[str, ...]] = {
    # Accessibility anchors at the top of a page: they name a jump target, not text.
    "skip link": (
        r"(direkt )?(zum|zu den) (haupt)?inhalt(en)?( springen| wechseln)?",
        r"(direkt )?zur (haupt)?navigation( springen| wechseln)?",
        r"(haupt)?(inhalt|navigation|menü) überspringen",
        r"hauptinhalt",
    ),
    # Labels of link boxes to other articles; extraction keeps the label and loses the links.
    "related links": (
        r"(lesen sie|lies) (auch|mehr|dazu|hier)( zum thema| zu diesem thema)?:?",
        r"mehr (zum|zu diesem) thema:?",
        r"mehr (aus|zu|von|über) [^.!?]{1,40}",
        r"(weitere|ähnliche|verwandte) (artikel|beiträge|infos|informationen|meldungen|nachrichten"
        r"|themen|links)( [^.!?]{1,60})?:?",
        r"(das|dies) könnte (sie|dich) auch interessieren:?",
        r"themen in diesem (artikel|beitrag):?",
        r"zum thema:?",
    ),
    # Links to the rest of a text that is published elsewhere or behind a click.
    "read more": (
        r"\W*(hier |jetzt )?(weiter ?lesen|mehr lesen)\W*",
        r"\W*(den )?(ganzen|kompletten|vollständigen) (artikel|beitrag|text) lesen\W*",
    ),
    # Blog comment forms (WordPress and alike) that follow the article when comments are off.
    "comment form": (
        r"(schreibe|schreiben sie|hinterlasse|hinterlassen sie) (einen|den ersten) kommentar\W*"
        r"( antworten abbrechen)?",
        r"(deine|ihre) e-mail-adresse wird nicht veröffentlicht.*",
        r"erforderliche felder sind (mit \* )?markiert.*",
        r"(meinen|meine daten) .{0,60}in diesem browser speichern.*",
        r"diese (website|webseite|seite) verwendet akismet.*",
        r"(kommentar|antwort) (abschicken|absenden|senden)",
        r"antworten abbrechen",
        r"kommentare? (anzeigen|laden|einblenden|ausblenden)",
        r"(name|e-mail|website|webseite) ?\*",
    ),
    # Cookie and embed consent texts, which open in a fixed way.
    "consent notice": (
        r"(wir|(diese|unsere) (website|webseite|seite)) (verwendet|verwenden|nutzt|nutzen|setzt"
        r"|setzen) cookies.*",
        r"(empfohlener )?externer inhalt",
        r"ich bin damit einverstanden, dass mir externe inhalte angezeigt werden.*",
        r"(alle )?(cookies )?(akzeptieren|ablehnen)( und (weiter|schließen))?",
    ),
    # Paywall and account prompts.
    "subscription": (
        r"haben sie (schon|bereits) ein (benutzer|kunden)?konto\?.*",
        r"(schon|bereits) (abonnent|abonnentin|registriert)\?.*",
        r"(jetzt )?(einloggen|anmelden|registrieren) und weiterlesen.*",
    ),
    # Media teasers and calls to action: a paragraph that opens by telling the reader to watch,
    # listen, read or follow describes something outside the text. A rhetorical imperative in a
    # quote opens with the quote mark, so it is not caught.
    "teaser": (
        r"(video|videos|audio|podcast|bildergalerie|fotostrecke|galerie) ?:.*",
        r"(erfahren|hören|lesen|sehen|entdecken|abonnieren|folgen|melden|klicken|registrieren"
        r"|unterstützen|testen) sie\b.*",
        r"(erfahre|entdecke|lies|höre?|sieh|schau) (mehr|hier|jetzt|auch|rein)\b.*",
        r"(folge|abonniere|unterstütze) (uns|unseren?)\b.*",
    ),
    # Copyright and credit lines of pictures and sources.
    "credit": (
        r"(©|\(c\)|copyright ).{0,100}",
        r".{0,60}(alle rechte vorbehalten|all rights reserved).{0,60}",
        r"(foto|fotos|bild|bilder|grafik|quelle|quellen|mit material von) ?: ?\S.{0,80}",
    ),
}

# Words that make a short line (see clean.SHORT_LINE_MAX_WORDS) a notice; a word counts when it
# begins with one of these stems, so "Cookie-Einstellungen" and "Newsletter-Anmeldung" match. In a
# longer paragraph the same words are content.
SHORT_LINE_STEMS: dict[str, tuple[str, ...]] = {
    "newsletter": ("newsletter",),
    "consent notice": ("cookie", "datenschutzeinstellung"),
    "subscription": ("abonnier", "probeabo", "digitalabo"),
}

# fmt: off
# Lines made only of these words are page furniture wherever they stand.
LABEL_WORDS: dict[str, frozenset[str]] = {
    # Share and print buttons, often run together in one line.
    "share": frozenset({
        "teilen", "artikel", "seite", "beitrag", "per", "via", "auf", "e", "mail", "drucken",
        "kopieren", "link", "facebook", "twitter", "x", "whatsapp", "telegram", "threads",
        "bluesky", "mastodon", "linkedin", "xing", "pinterest", "reddit", "flipboard", "pocket",
        "messenger", "sms",
    }),
    # Site navigation and menus.
    "navigation": frozenset({
        "startseite", "home", "menü", "navigation", "suche", "suchen", "zurück", "nach", "oben",
        "weiter", "mehr", "alle", "übersicht", "impressum", "kontakt", "datenschutz",
        "barrierefreiheit", "sitemap", "schließen", "öffnen", "anmelden", "abmelden", "login",
        "logout",
    }),
    # Advertisement markers.
    "advertisement": frozenset({"anzeige", "werbung", "sponsored", "advertorial"}),
}

# Section names of news sites. Only before the first and after the last line of prose are they
# labels; inside the text the same word can be a real subheading.
SECTION_LABELS: frozenset[str] = frozenset({
    "aktuelles", "aktuell", "nachrichten", "news", "kommentare", "kommentar", "meinung",
    "debatte", "politik", "inland", "ausland", "deutschland", "welt", "wirtschaft", "finanzen",
    "kultur", "sport", "panorama", "wissen", "wissenschaft", "gesellschaft", "digital",
    "technik", "reise", "regional", "lokales", "leben", "gesundheit", "video", "videos",
    "audio", "podcast", "podcasts", "bilder", "fotos", "live", "liveblog", "ratgeber",
    "investigativ", "themen", "rubriken",
})

# Quote marks: German low-high pairs, Swiss and French guillemets both ways round, typewriter.
OPENING_QUOTES = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\"'"
)
CLOSING_QUOTES = (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\"'"
)

# Openings of a byline: "Von Jan Becker", "Ein Kommentar von ...", "Autorin: ...".
BYLINE_OPENINGS: tuple[str, ...] = (
    r"von",
    r"(ein|eine) (kommentar|analyse|gastbeitrag|bericht|reportage|essay|kolumne|interview) von",
    r"(geschrieben|verfasst) von",
    r"(autor|autorin|autoren|autorinnen|text) ?:",
)

# Lower-case parts of personal names ("Ursula von der Leyen", "Christoph von Eichhorn").
NAME_PARTICLES: frozenset[str] = frozenset({
    "von", "vom", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la",
    "le", "ten", "ter", "al", "el", "bin", "ibn", "zu", "zur",
})

# News agencies that end a byline ("Von Anna Meier, dpa"); byline.py also takes broadcasters'
# all-caps acronyms (NDR, MDR THÜRINGEN) and web addresses as outlets.
NEWS_AGENCIES: frozenset[str] = frozenset({
    "dpa", "afp", "ap", "reuters", "kna", "epd", "apa", "sda", "keystone-sda", "sid", "dts",
    "ddp", "ots", "red",
})

# Words that only introduce or join a date in a dateline: "Stand: 28.04.2020 18:00 Uhr",
# "Veröffentlicht am Mittwoch, den 19. Juni 2024 um 10:15 Uhr".
DATELINE_WORDS: tuple[str, ...] = (
    r"stand", r"(zuletzt )?(aktualisiert|geändert)", r"veröffentlicht", r"erstellt",
    r"erschienen", r"publiziert", r"datum", r"update", r"am", r"den", r"um", r"uhr",
)

WEEKDAYS: tuple[str, ...] = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "mo", "di", "mi", "do", "fr", "sa", "so",
)

# Month names with their Austrian forms (Jänner, Feber) and the abbreviations news sites print.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "mär": 3, "mrz": 3,
    "april": 4, "apr": 4,
    "mai": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
# fmt: on
