"""A sentence as the quote stages read it: words with lemma and part of speech, the verbs of
saying among them, and the noun phrases that can be their subject.

Without a parser, a subject is the noun phrase that opens the clause right before its verb
("Die Ministerin sagte") or, when something else opens the clause, the one right after the verb
("Dazu sagte die Ministerin", „…“, sagte sie).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from presseschau.model import Mention, Token
from presseschau.nlp import de

FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
VERBS = FINITE | {"VVPP", "VVINF", "VVIZU", "VAINF", "VAPP", "VMINF", "VMPP"}
# Parts of speech inside a noun phrase: determiners, adjectives, numbers, nouns and names.
# "Das", "Die" open phrases though a tagger without context may read them as pronouns (PDS).
_PHRASE = frozenset({
    "ART", "PDAT", "PDS", "PIAT", "PIDAT", "PPOSAT", "ADJA", "CARD", "NN", "NE", "FM",
})  # fmt: skip
_HEADS = frozenset({"NN", "NE", "FM"})
_NAMED = frozenset({"PER", "ORG"})
_GENITIVE = frozenset({"des", "der", "eines", "einer"})
_PRONOUNS = frozenset({"PPER", "PIS"})
# Words that may stand between a verb and its subject: "sagte auch/dazu/nun die Ministerin".
_BETWEEN = frozenset({"ADV", "PTKNEG", "PAV", "PROAV", "ADJD", "PRF"})
# Object pronouns that stand between a subject and its verb: "wie sie es ausdrückte".
_OBJECTS = frozenset({"es", "sich", "ihm", "ihr", "ihn", "uns", "dies", "das", "dem", "den"})
# Tokens before which a clause begins.
CLAUSE_MARKS = frozenset({",", ":", ";", "–", "—", "-"})
_CLAUSE_TAGS = frozenset({"KON", "KOUS", "PWAV", "PRELS", "KOKOM"})
_SUBORDINATORS = frozenset({"KOUS", "PWAV", "KOKOM"})
_COORDINATORS = frozenset({"und", "aber", "doch", "sondern", "oder"})
# Verbs that report with no one as their subject: "hieß es", "verlautete aus ...".
_IMPERSONAL = frozenset({"heißen", "verlauten"})
# Prepositions that give the source of "hieß es": "aus Regierungskreisen", "in dem Bericht",
# "auf der Website".
_SOURCE_OF = frozenset({"aus", "in", "im", "bei", "beim", "auf"})
# Words that tie a further phrase to a speaker's name: "Anna Meier von der Universität".
_OF = frozenset({"von", "vom", "aus", "der", "des", "in", "im", "bei", "beim", "für"})
# The most words a quoted name inside a phrase has: die „Aktion Deutschland hilft“.
_NAME_WORDS = 5
RELATIVES = frozenset(
    {"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "wo"}
)


@dataclass(frozen=True)
class Sentence:
    """The tokens of one sentence with their words; offsets are into the article text.
    Tokens inside a person's or organisation's name count as names (NE) whatever their part
    of speech out of context ("Platter" is also an adjective)."""

    tokens: Sequence[Token]
    words: Sequence[str]
    names: frozenset[int] = frozenset()  # indices of tokens inside name mentions

    @classmethod
    def of(cls, text: str, tokens: Sequence[Token], mentions: Sequence[Mention] = ()) -> Sentence:
        names = frozenset(
            i
            for i, t in enumerate(tokens)
            for m in mentions
            if m.type in _NAMED and m.start <= t.start and t.end <= m.end
        )
        return cls(tokens, [text[t.start : t.end] for t in tokens], names)

    def __len__(self) -> int:
        return len(self.tokens)

    def tag(self, i: int) -> str:
        if i in self.names and self.words[i][:1].isupper():
            return "NE"
        return self.tokens[i].pos or ""

    def lemma(self, i: int) -> str:
        return (self.tokens[i].lemma or self.words[i]).lower()

    def span(self, first: int, past: int) -> tuple[int, int]:
        """Character offsets of tokens first .. past - 1."""
        return self.tokens[first].start, self.tokens[past - 1].end

    def index_at(self, offset: int) -> int:
        """The first token that ends after `offset`."""
        return next((i for i, t in enumerate(self.tokens) if t.end > offset), len(self.tokens))

    def starts_clause(self, i: int) -> bool:
        """Whether a clause begins at token i."""
        before = self.words[i - 1] if i else ""
        return i == 0 or before in CLAUSE_MARKS or before == "(" or self.tag(i - 1) in _CLAUSE_TAGS

    @cached_property
    def reporting_verbs(self) -> tuple[int, ...]:
        """Tokens that are verbs of saying; "teilte ... mit" counts as "mitteilen"."""
        particles = {
            self.words[i].lower()
            for i in range(len(self))
            if i + 1 == len(self) or self.words[i + 1] in CLAUSE_MARKS or self.words[i + 1] == "."
        } & de.VERB_PARTICLES
        found = []
        for i in range(len(self)):
            if self.tag(i) not in VERBS:
                continue
            lemma = self.lemma(i)
            if lemma in de.REPORTING_VERBS or any(
                p + lemma in de.REPORTING_VERBS for p in particles
            ):
                found.append(i)
        return tuple(found)

    def speaker(self, verb: int) -> tuple[int, int] | None:
        """Who says what the verb of saying at `verb` reports: its subject, or the source of an
        impersonal "hieß es aus Kreisen", "heißt es in dem Bericht"."""
        # "Sie wird mit den Worten zitiert": whoever is quoted speaks, not the one quoting.
        quoting = self.lemma(verb) == "zitieren"
        if self._passive(verb) and self._agent(verb) is None and not quoting:
            # "Er wird beschuldigt, ...": the one the passive is about says nothing; a document
            # may ("In dem Bericht wird gefordert, ...").
            source = self._source(verb)
            document = source and any(
                self.words[i].lower().endswith(de.DOCUMENT_NOUNS) for i in range(*source)
            )
            return source if document else None
        subject = self.subject(verb)
        impersonal = self.lemma(verb) in _IMPERSONAL
        if impersonal or (subject is not None and self.words[subject[0]].lower() == "es"):
            return self._source(verb) or subject
        return subject

    def _source(self, verb: int) -> tuple[int, int] | None:
        """Where an impersonal report comes from: "aus Regierungskreisen", "in dem Bericht".
        After the verb only in its own clause (what follows its comma is what was said), else
        before it: "hieß es bei X", "In dem Bericht, der ..., heißt es"."""
        end = next(
            (i for i in range(verb + 1, len(self)) if self.words[i] in CLAUSE_MARKS), len(self)
        )
        for j in [*range(verb + 1, end), *range(verb)]:
            if self.words[j].lower() in _SOURCE_OF and (phrase := self.phrase_at(j + 1)):
                return phrase
        return None

    def subject(self, verb: int) -> tuple[int, int] | None:
        """(first, past) tokens of the likely subject of the verb at `verb`."""
        agent = self._agent(verb)
        if agent is not None:
            return agent
        finite = self.finite_of(verb)
        if finite != verb:
            return self.subject(finite)
        subordinate = self._subordinate_subject(verb)
        if subordinate is not None:
            return subordinate
        relative = self._relative_subject(verb)
        if relative is not None:
            return relative
        # "..., bezeichnete er als": a pronoun right after the verb is its subject; "sie" may
        # be its object ("Die Partei nannte sie ...") when a phrase opens the clause.
        pronoun = self.words[verb + 1].lower() if verb + 1 < len(self) else ""
        if pronoun in de.SPEAKER_PRONOUNS | {"man"}:
            before = self.phrase_before(verb)
            if pronoun != "sie" or before is None or not self.starts_clause(before[0]):
                return verb + 1, verb + 2
        start = self.clause_start(verb)
        # "da sie ... befürchten", "wie Anna Meier sagte": the subject follows the conjunction.
        if start and self._subordinates(start - 1):
            opening = self.phrase_at(start)
            if opening is not None and opening[1] <= verb:
                return opening
        first, joined = verb, False
        while first > 0 and (
            self.words[first - 1].lower() in _OBJECTS
            or self.tag(first - 1) in _BETWEEN
            or self.words[first - 1].lower() in _COORDINATORS
        ):
            joined = joined or self.words[first - 1].lower() in _COORDINATORS
            first -= 1
        if joined:
            # "..., aber betonte": a verb joined to the one before shares its subject.
            earlier = [i for i in range(first) if self.tag(i) in FINITE]
            saying = [i for i in earlier if i in self.reporting_verbs]
            if earlier:
                return self.subject((saying or earlier)[-1])
        before = self.phrase_before(first)
        if before is not None and self.starts_clause(before[0]):
            # "Den Plan bezeichnete Anna Meier als ...": a name after the verb is the subject
            # where the phrase before it names no one.
            after = self.phrase_after(verb)
            if (
                after
                and self._names(after)
                and self.tag(after[0]) != "ART"  # "schlug dem Bundestag vor": an object
                and not self._names(before)
                and not self._pronoun(before[0])
            ):
                return after
            return before
        opening = self.opening_subject()
        if opening is not None and opening[1] == first:
            return opening
        if first and self.words[first - 1] == ",":
            apposed = self._apposed(verb)
            if apposed is not None:
                return apposed
        return self.phrase_after(verb) or self._clause_subject(start, verb)

    def finite_of(self, verb: int) -> int:
        """The finite verb of the verb's clause: "hat" for "hat ... angekündigt"."""
        if self.tag(verb) in FINITE:
            return verb
        finite = [i for i in range(self.clause_start(verb), verb) if self.tag(i) in FINITE]
        return finite[-1] if finite else verb

    def _subordinate_subject(self, verb: int) -> tuple[int, int] | None:
        """ "Wie die Sprecherin der Stadt, Anna Meier, mitteilte": in a subordinate clause the
        subject follows the conjunction, appositions and all."""
        for i in range(verb - 1, -1, -1):
            if self.tag(i) in FINITE:
                return None
            if self._subordinates(i):
                after = i + 1
                while after < verb and self.tag(after) in _BETWEEN:
                    after += 1
                phrase = self.phrase_at(after)
                return phrase if phrase is not None and phrase[1] <= verb else None
        return None

    def _relative_subject(self, verb: int) -> tuple[int, int] | None:
        """ ", der behauptet, ...": the relative pronoun that opens the verb's clause."""
        start = self.clause_start(verb)
        if not (0 < start < verb and self.words[start - 1] == ","):
            return None
        if self.words[start].lower() not in RELATIVES or self.tag(start + 1) in _PHRASE:
            return None
        return start, start + 1

    def ends_relative_clause(self, verb: int) -> bool:
        """Whether the verb closes a relative clause: its clause opens with a relative pronoun
        after a comma and ends with it (", die er erzählt –"; but ", das sagte er.")."""
        start = self.clause_start(verb)
        closes = verb + 1 == len(self) or self.words[verb + 1] in CLAUSE_MARKS | {"."}
        after_comma = 0 < start < verb and self.words[start - 1] == ","
        return after_comma and self._relative(start) and closes

    def clause_start(self, verb: int) -> int:
        """The first token of the clause of the verb; "und" between phrases opens none."""
        start = verb
        while start > 0 and not (
            self.words[start - 1] in CLAUSE_MARKS or self._subordinates(start - 1)
        ):
            start -= 1
        return start

    def _subordinates(self, i: int) -> bool:
        """A conjunction that opens a subordinate clause: "dass", "weil", "wie"."""
        return self.tag(i) in _SUBORDINATORS or self.words[i].lower() in de.SUBORDINATORS

    def phrase_after(self, verb: int) -> tuple[int, int] | None:
        """The phrase after the verb and the adverbs that follow it: "sagte auch die Ministerin"."""
        after = verb + 1
        while after < len(self) and (
            self.tag(after) in _BETWEEN or self.words[after].lower() in _OBJECTS
        ):
            after += 1
        return self.phrase_at(after)

    def _agent(self, verb: int) -> tuple[int, int] | None:
        """ "von X als „…“ bezeichnet", "von X gesagt": the agent of a passive or participle
        is the speaker."""
        for i in range(self.clause_start(verb), verb):
            if self.words[i].lower() in {"von", "vom"}:
                phrase = self.phrase_at(i + 1)
                if (
                    phrase
                    and any(self.tag(j) == "NE" for j in range(*phrase))
                    and (self.words[phrase[1]].lower() == "als" or self._passive(verb))
                ):
                    return phrase
        return None

    def _names(self, phrase: tuple[int, int]) -> bool:
        return any(i in self.names for i in range(*phrase))

    def _passive(self, verb: int) -> bool:
        """A participle with a form of "werden": "wurde von X gesagt"."""
        end = next((i for i in range(verb, len(self)) if self.words[i] in CLAUSE_MARKS), len(self))
        # Without context "zitiert" may be read as a finite verb; the auxiliary decides.
        return self.tag(verb) in {"VVPP", "VVFIN"} and any(
            self.lemma(i) == "werden" for i in range(self.clause_start(verb), end) if i != verb
        )

    def opening_subject(self) -> tuple[int, int] | None:
        """The phrase that opens the sentence, with what it names the speaker by: "Anna Meier
        von der Universität Wien (Institut für ...)"."""
        phrase = self.phrase_at(0)
        if phrase is None:
            return None
        end = phrase[1]
        while end < len(self):
            more = self.phrase_at(end + 1) if self.words[end].lower() in _OF else None
            if more is not None:
                end = more[1]
            elif self.words[end] == "(" and ")" in self.words[end:]:
                end = self.words.index(")", end) + 1
            else:
                break
        return phrase[0], end

    def _apposed(self, verb: int) -> tuple[int, int] | None:
        """ "Anna Meier, Sprecherin der Stadt, sagte", "Anna Meier, die dort lehrt, sagte": the
        phrase opening the sentence, set off by commas, with no main clause before the verb."""
        opening = self.opening_subject()
        if opening is None or opening[1] >= verb or self.words[opening[1]] != ",":
            return None
        segment_start = opening[1] + 1
        for i in range(segment_start, verb):
            if self.words[i] == ",":
                segment_start = i + 1
            elif self.tag(i) in FINITE and not self._relative(segment_start):
                return None
        return opening

    def _relative(self, i: int) -> bool:
        """Whether a relative clause starts at token i: "die dort lehrt", "der als ..."."""
        return i < len(self) and (
            self.tag(i) in {"PRELS", "PRELAT"} or self.words[i].lower() in RELATIVES
        )

    def _clause_subject(self, start: int, verb: int) -> tuple[int, int] | None:
        """The subject where the verb stands late: at the start of its clause ("Der Spiegel hatte
        getitelt") or right after the clause's finite verb ("Gestern hatte sie gesagt")."""
        opening = self.phrase_at(start)
        if opening is not None:
            return opening
        finite = next((i for i in range(start, verb) if self.tag(i) in FINITE), None)
        return self.phrase_after(finite) if finite is not None else None

    def phrase_at(self, i: int) -> tuple[int, int] | None:
        """The noun phrase or pronoun that starts at token i, with a genitive after it
        ("der Sprecher des Ministeriums")."""
        if i >= len(self):
            return None
        if self._pronoun(i):
            return i, i + 1
        past, head = i, False
        while past < len(self):
            if self.words[past] in de.QUOTE_PAIRS and (close := self._closing(past, past > i)):
                # A quoted name: die „Aktion Deutschland hilft“, „BBC News“.
                past, head = close + 1, True
                continue
            if self.tag(past) not in _PHRASE:
                break
            # After its noun a phrase goes on only with more names or a genitive: "Präsident
            # Anna Meier", "der Sprecher des Ministeriums", not "Russland den Westen".
            if head and self.tag(past) not in _HEADS and self.words[past].lower() not in _GENITIVE:
                break
            head = head or self.tag(past) in _HEADS
            if self.words[past].lower() in _GENITIVE:
                head = False
            past += 1
        if not head and not any(self.tag(j) in _HEADS for j in range(i, past)):
            # "der 81-Jährige", "die Deutsche": an article and an adjective used as a noun.
            nominal = past - i == 2 and self.tag(i) == "ART" and self.tag(i + 1) == "ADJA"
            return (i, past) if nominal else None
        return i, past

    def _closing(self, opening: int, after_article: bool) -> int | None:
        """The closing mark of the quote mark at `opening` if the quote is a short name: after
        an article (die „Aktion Deutschland hilft“) or all in capitals („BBC News“)."""
        marks = de.QUOTE_PAIRS[self.words[opening]]
        for j in range(opening + 1, min(opening + _NAME_WORDS + 2, len(self))):
            if self.words[j] in marks:
                inside = self.words[opening + 1 : j]
                named = after_article or all(w[:1].isupper() or w[:1].isdigit() for w in inside)
                return j if inside and named else None
        return None

    def phrase_before(self, past: int) -> tuple[int, int] | None:
        """The noun phrase or pronoun that ends right before token `past`."""
        if past == 0:
            return None
        if self._pronoun(past - 1) and self.words[past - 1].lower() != "es":
            return past - 1, past
        first = past
        while first > 0 and self.tag(first - 1) in _PHRASE:
            first -= 1
        if not any(self.tag(j) in _HEADS for j in range(first, past)):
            return None
        # "Anna Meier und der Minister Jan Berg sagten": both speak.
        if first > 1 and self.words[first - 1] == "und":
            other = self.phrase_before(first - 1)
            if other is not None:
                return other[0], past
        return first, past

    def main_verb(self) -> int | None:
        """The first finite verb outside a subordinate clause."""
        for i in range(len(self)):
            if self.tag(i) in FINITE:
                start = self.clause_start(i)
                if not (start and self._subordinates(start - 1)):
                    return i
        return None

    def _pronoun(self, i: int) -> bool:
        """A personal, indefinite or demonstrative pronoun that can speak: "er", "man",
        "manche", "diese"."""
        if self.tag(i) in {"PDS", "PDAT"} and self.words[i].lower() not in _OBJECTS:
            return i + 1 == len(self) or self.tag(i + 1) not in _PHRASE
        return self.tag(i) in _PRONOUNS or (
            self.words[i].lower() in de.ANONYMOUS_WORDS
            and (i + 1 == len(self) or self.tag(i + 1) not in _PHRASE)
        )

    def is_subjunctive(self, i: int, conditional: bool = False) -> bool:
        """A finite verb in the subjunctive I of reported speech ("sei", "stehe"), or with
        `conditional` also in the subjunctive II ("hätten"); not next to "ich" ("ich habe",
        "habe ich"), whose present tense looks the same."""
        beside = {self.words[j].lower() for j in (i - 1, i + 1) if 0 <= j < len(self)}
        if self.tag(i) not in FINITE or "ich" in beside:
            return False
        word, lemma = self.words[i].lower(), self.lemma(i)
        if conditional and word in de.CONDITIONAL_FORMS:
            return True
        return word in de.SUBJUNCTIVE_FORMS or (
            lemma.endswith("en") and len(lemma) > 4 and word == lemma[:-1]
        )
