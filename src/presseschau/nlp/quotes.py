"""The quote stage: who is reported as saying what, quoted or in reported speech.

Direct quotes are the passages between quote marks (quote_marks.py). Each gets its speaker
from the words that frame it: „…“, sagte sie / Er sagte: „…“ / a verb of saying or an
attribution phrase in the same sentence / a headline word and the medium named with it.
A quote that opens its paragraph or sentence with no frame goes on from the quote before it.
A few quoted words inside a sentence with a speaker are a partial quote; with no speaker they
are scare quotes, which report no one. Reported speech comes from speech.py; the turns of an
interview printed as a transcript are direct speech of the speakers their labels name
(turns.py), and so is speech printed without quote marks (unmarked.py).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial

from presseschau.model import Article, Quote
from presseschau.nlp import de
from presseschau.nlp.clauses import FINITE, Sentence
from presseschau.nlp.quote_marks import quoted_spans
from presseschau.nlp.speakers import Speakers
from presseschau.nlp.speech import free_indirect, reported_speech
from presseschau.nlp.turns import turns
from presseschau.nlp.unmarked import unmarked_speech
from presseschau.spans import inside, merged

# Quoted words make a statement of their own from this many words on ("Das reicht" does not).
STATEMENT_WORDS = 4
# Sentences after a report in which an unattributed subjunctive still continues it.
CONTINUATION_SENTENCES = 3


class QuoteStage:
    """Pipeline stage: the quotes of an article, with their speakers."""

    name = "quotes"
    requires = frozenset({"sentences", "tokens", "pos", "mentions"})
    provides = frozenset({"quotes"})
    languages = frozenset({"de"})

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, quotes=tuple(_ArticleQuotes(article).quotes()))


@dataclasses.dataclass
class _Found:
    """A quote while the article is read; `sentence` is the index of its last sentence. Kind
    "name" marks quoted names, which are no quotes and are dropped."""

    parts: list[tuple[int, int]]
    kind: str
    sentence: int
    cue: str | None = None
    speaker: tuple[int, int] | None = None


class _ArticleQuotes:
    def __init__(self, article: Article) -> None:
        self.text = article.text
        starts = [t.start for t in article.tokens]
        mention_starts = [m.start for m in article.mentions]
        self.sentences = [
            Sentence.of(
                article.text,
                article.tokens[bisect_left(starts, s.start) : bisect_left(starts, s.end)],
                article.mentions[
                    bisect_left(mention_starts, s.start) : bisect_left(mention_starts, s.end)
                ],
            )
            for s in article.sentences
        ]
        self.sentence_starts = [s.start for s in article.sentences]
        self.block_starts = [b.start for b in article.blocks]
        self.marks = quoted_spans(article.text, article.blocks)
        self.speakers = Speakers(article.text, article.mentions)
        self.names = {(m.start, m.end) for m in article.mentions}
        self.turns = turns(article)

    def quotes(self) -> list[Quote]:
        direct = self._direct()
        reported = self._reported(direct)
        self._attribute_rest(direct, reported)
        turned = [
            _Found([span], "direct", self._sentence_at(span[1] - 1), None, label)
            for label, span in self.turns
        ]
        found = direct + reported + turned
        found += self._unmarked(found, reported)
        found.sort(key=lambda q: q.parts[0])
        return [self._quote(q) for q in found]

    def _unmarked(self, found: list[_Found], reported: list[_Found]) -> list[_Found]:
        """Direct speech without quote marks (unmarked.py), outside the quotes found."""
        taken = partial(inside, merged(p for q in found for p in q.parts))
        block_of = partial(bisect_right, self.block_starts)
        return [
            _Found([u.span], "direct", u.last, u.cue, u.speaker)
            for u in unmarked_speech(
                self.sentences,
                block_of,
                taken,
                [(r.sentence, r.cue, r.speaker, r.parts) for r in reported if r.speaker],
            )
        ]

    def _quote(self, found: _Found) -> Quote:
        speaker = found.speaker
        # "es heißt", "es wird befürchtet": an impersonal "es" is no speaker, only a sign
        # that none is named.
        impersonal = speaker is not None and self.text[speaker[0] : speaker[1]].lower() == "es"
        if impersonal:
            speaker = None
        sources = self.speakers.sources(speaker, found.cue) if speaker else ()
        return Quote(
            parts=tuple(found.parts),
            kind=found.kind,
            cue=found.cue,
            speaker=speaker,
            sources=sources,
            anonymous=impersonal or self.speakers.anonymous(speaker, sources),
        )

    # -- direct quotes ------------------------------------------------------------------

    def _direct(self) -> list[_Found]:
        found: list[_Found] = []
        for start, end in self.marks:
            if self._is_name(start, end):
                continue
            quote = self._framed(start, end)
            if quote.kind == "name":
                continue
            previous = found[-1] if found else None
            if previous and _interrupts(self.text, previous, quote):
                previous.parts.append((start, end))
                previous.sentence = quote.sentence
                continue
            goes_on = previous and previous.speaker and self._goes_on(previous, start)
            if quote.speaker is None and goes_on:
                quote.speaker, quote.cue, quote.kind = previous.speaker, previous.cue, "direct"
            found.append(quote)
        return found

    def _is_name(self, start: int, end: int) -> bool:
        """Quote marks around a name or title, not a quote: die Zeitung „Kommersant“, das
        Buch „…“, (Motto: „…“), laut „example.org“."""
        inner_start, inner_end = start + 1, end - (self.text[end - 1] in _CLOSING)
        inner = self.text[inner_start:inner_end]
        index = self._sentence_at(start)
        # The entity tagger reads some quoted sentences as titles (MISC); a sentence is no name.
        named = (inner_start, inner_end) in self.names and not self._is_statement(index, start, end)
        if named or (" " not in inner and "." in inner[:-1]):
            return True
        s = self.sentences[index]
        before = s.index_at(start) - 1
        while before >= 0 and s.words[before] in {":", "("}:
            before -= 1
        return (
            before >= 0
            and s.tag(before) == "NN"
            and s.words[before].lower().endswith(de.TITLE_NOUNS)
        )

    def _framed(self, start: int, end: int) -> _Found:
        first, last = self._sentence_at(start), self._sentence_at(end - 1)
        opening = self.sentences[first].index_at(start)
        statement = (
            opening == 0
            or self.sentences[first].words[opening - 1] == ":"
            or self._is_statement(first, start, end)
        )
        framing = (self._after(last, end), self._before(first, opening))
        for cue, speaker in (*framing, self._within(first, start, end)):
            if speaker is not None:
                return _Found(
                    [(start, end)], "direct" if statement else "partial", last, cue, speaker
                )
        if heard := next((cue for cue, _ in framing if cue), None):
            # „…“, sagte Klug: a verb of saying next to the marks makes them someone's words,
            # though the speaker's name reads as no noun phrase (an adjective, a stray tag).
            return _Found([(start, end)], "direct" if statement else "partial", last, heard)
        if self._looks_like_name(first, start, end):
            return _Found([(start, end)], "name", last)
        words = len(self.text[start:end].split())
        kind = "scare" if words == 1 else "direct" if statement else "partial"
        return _Found([(start, end)], kind, last)

    def _looks_like_name(self, index: int, start: int, end: int) -> bool:
        """Quoted words that name something rather than say it: „Fokker 100“, „Deutsche
        Krebshilfe“, „Golem“ (capitalised words and numbers, with a name or number among them),
        „Verband ...“ (a title or organisation noun first)."""
        s = self.sentences[index]
        inside = [i for i in range(len(s)) if start < s.tokens[i].start and s.tokens[i].end < end]
        content = [i for i in inside if s.tag(i) not in _FUNCTION_TAGS]
        if content and s.words[content[0]].lower().endswith(de.TITLE_NOUNS):
            return True
        if len(self.text[start:end].split()) == 1 and self._named_word(s, inside, start, end):
            return True
        return (
            bool(content)
            and all(s.words[i][:1].isupper() or s.words[i][:1].isdigit() for i in content)
            and any(s.tag(i) in _NAME_TAGS for i in content)
        )

    def _named_word(self, s: Sentence, inside: list[int], start: int, end: int) -> bool:
        """One quoted word that is mentioned, not used: a form („-na“), the first part of a
        compound („TU“-Kennzeichen), a term introduced as such (die sogenannten
        „Tigerstreifen“), or a name after the noun it names (Bataillon „Tornado“, Kreuzungen
        („Hybride“))."""
        word = self.text[start + 1 : end]
        if not word[:1].isalpha() or self.text[end : end + 1] == "-":
            return True
        before = inside[0] - 2 if inside else -1  # the token before the opening mark
        if before >= 0 and s.words[before].lower().startswith(("sogenannt", "genannt")):
            return True
        if before > 0 and s.words[before] == "(" and self.text[end : end + 1] == ")":
            before -= 1
        return word[0].isupper() and before >= 0 and s.tag(before) in {"NN", "NE"}

    def _is_statement(self, index: int, start: int, end: int) -> bool:
        """Quoted words that make a sentence of their own: a capital, a finite verb, enough
        words ("titelte „Der Vertrag steht“")."""
        s = self.sentences[index]
        inside = [i for i in range(len(s)) if start < s.tokens[i].start < end]
        return (
            len(inside) >= STATEMENT_WORDS
            and s.words[inside[0]][:1].isupper()
            and any(s.tag(i) in FINITE for i in inside)
        )

    def _after(self, index: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
        """„…“, sagte sie / „…“, so der Minister: the cue follows the quote."""
        s = self.sentences[index]
        i = s.index_at(end)
        if i >= len(s) or s.words[i] != ",":
            return None, None
        i += 1
        clause_end = next((j for j in range(i, len(s)) if s.words[j] in _FRAME_ENDS), len(s))
        cue = next((j for j in s.reporting_verbs if i <= j < clause_end), None)
        if cue is None and i < len(s) and (s.words[i].lower() == "so" or s.tag(i) == "VVFIN"):
            # „…“, so der Minister / „…“, zeigte sich die Trainerin überzeugt.
            cue = i
        if cue is None:
            return None, None
        for j in range(i, clause_end):
            if j != cue and (phrase := s.phrase_at(j)) is not None:
                if s.words[phrase[0]].lower() == "es" and s.tag(cue) in FINITE:
                    # „…“, hieß es in der Rede.
                    phrase = s.speaker(cue) or phrase
                return s.words[cue], s.span(*phrase)
        return s.words[cue], None

    def _before(self, index: int, opening: int) -> tuple[str | None, tuple[int, int] | None]:
        """Sie sagte: „…“ / Sie sagte, „…“: the cue comes before the quote."""
        s = self.sentences[index]
        if opening == 0 or s.words[opening - 1] not in {":", ","}:
            return None, None
        verbs = [v for v in s.reporting_verbs if v < opening]
        if not verbs and s.words[opening - 1] == ":":
            # "Sie reagierte gelassen: „…“": a colon gives the quote to the clause's subject.
            verbs = [v for v in range(opening) if s.tag(v) in FINITE]
            colon = opening - 1
            while colon > 0 and s.tag(colon - 1) in {"ADJD", "ADV"}:
                colon -= 1  # "Anna Meier wörtlich: „…“"
            if not verbs and (phrase := s.phrase_before(colon)):
                return None, s.span(*phrase)
        if verbs:
            phrase = s.speaker(verbs[-1])
            return s.words[verbs[-1]], s.span(*phrase) if phrase else None
        return None, None

    def _within(
        self, index: int, start: int, end: int
    ) -> tuple[str | None, tuple[int, int] | None]:
        """A verb of saying, an attribution or a headline word elsewhere in the sentence."""
        s = self.sentences[index]
        outside = [v for v in s.reporting_verbs if not start <= s.tokens[v].start < end]
        if outside:
            verb = min(outside, key=lambda v: abs(s.tokens[v].start - start))
            phrase = s.speaker(verb)
            if phrase and not start <= s.tokens[phrase[0]].start < end:
                return s.words[verb], s.span(*phrase)
        for report in reported_speech(s, lambda i: False):
            if report.speaker and not start <= s.tokens[report.speaker[0]].start < end:
                return _words(s, report.cue), s.span(*report.speaker)
        if any(s.lemma(i) in de.HEADLINE_WORDS for i in range(len(s))):
            medium = self.speakers.medium(s.tokens[0].start, s.tokens[-1].end)
            if medium:
                return None, medium
        # "Anna Meier sagte voraus, dass „…“": a person the sentence is about says it.
        opening = s.phrase_at(0)
        if (
            opening
            and opening[1] < len(s)
            and s.tag(opening[1]) in FINITE
            and self.speakers.person(*s.span(*opening))
        ):
            return None, s.span(*opening)
        return None, None

    def _goes_on(self, previous: _Found, start: int) -> bool:
        """Whether a quote with no frame continues the one before: it opens its sentence, in
        the same paragraph as the one before or in the next."""
        s = self.sentences[self._sentence_at(start)]
        # Only a conjunction or a colon may stand before it: "Und: „…“".
        if any(s.words[i] != ":" and s.tag(i) != "KON" for i in range(s.index_at(start))):
            return False
        block = bisect_right(self.block_starts, start) - 1
        before = bisect_right(self.block_starts, previous.parts[-1][0]) - 1
        return block - before <= 1

    # -- reported speech ----------------------------------------------------------------

    def _reported(self, direct: list[_Found]) -> list[_Found]:
        spans = merged(p for q in direct if q.kind == "direct" for p in q.parts)
        attributed = {q.sentence for q in direct if q.speaker}
        found: list[_Found] = []
        last: _Found | None = None
        for index, s in enumerate(self.sentences):
            quoted = _inside(s, spans)
            reports = reported_speech(s, quoted)
            going_on = bool(found) and found[-1].sentence == index - 1
            # A summary of what a quote in the same sentence gives in its words adds nothing.
            reports = [r for r in reports if r.kind != "reported" or index not in attributed]
            for report in reports:
                found.append(
                    _Found(
                        [s.span(*part) for part in report.parts],
                        report.kind,
                        index,
                        _words(s, report.cue),
                        s.span(*report.speaker) if report.speaker else None,
                    )
                )
                if found[-1].speaker is not None:
                    last = found[-1]
            if not reports and free_indirect(s, quoted, conditional=going_on):
                found.append(self._continued(s, index, last))
                if found[-1].speaker is not None:
                    last = found[-1]
            last = self._latest(last, direct, index)
        return found

    def _attribute_rest(self, quotes: list[_Found], reports: list[_Found]) -> None:
        """A quote with no speaker inside reported speech ("Sie sei „tief besorgt“") is the
        reported speaker's own words; another one goes on with the report just before it
        ("Sie sagte, dass ... . „…“")."""
        for quote in quotes:
            if quote.speaker is not None:
                continue
            start, end = quote.parts[0][0], quote.parts[-1][1]
            report = next(
                (r for r in reports if r.parts[0][0] <= start and end <= r.parts[-1][1]), None
            )
            if report is None and quote.kind != "scare":
                index = self._sentence_at(start)
                earlier = [
                    r
                    for r in reports
                    if r.speaker
                    and r.parts[-1][1] <= start
                    and index - r.sentence <= CONTINUATION_SENTENCES
                ]
                report = earlier[-1] if earlier else None
            if report is not None:
                quote.speaker, quote.cue = report.speaker, report.cue
                quote.kind = "partial" if quote.kind == "scare" else quote.kind
            elif quote.kind == "partial" and quote.cue is None:
                # Quoted words in a sentence that reports no one: a term set apart.
                quote.kind = "scare"

    def _continued(self, s: Sentence, index: int, last: _Found | None) -> _Found:
        """A sentence in the subjunctive with no verb of saying. When its main verb is not
        the subjunctive one ("Beobachter gehen davon aus, dass ... sei"), that verb's subject
        says it; otherwise it goes on with the report or quote just before."""
        main = s.main_verb()
        if main is not None and s.tag(main) == "VVFIN" and not s.is_subjunctive(main):
            phrase = s.speaker(main)
            if phrase is not None:
                return _Found(
                    [s.span(0, len(s))], "indirect", index, s.words[main], s.span(*phrase)
                )
        document = self._document(s)
        if document is not None:
            return _Found([s.span(0, len(s))], "indirect", index, None, s.span(*document))
        recent = last if last and index - last.sentence <= CONTINUATION_SENTENCES else None
        speaker = recent.speaker if recent else self._previous_subject(index)
        return _Found([s.span(0, len(s))], "indirect", index, None, speaker)

    def _previous_subject(self, index: int) -> tuple[int, int] | None:
        """ "Anna Meier lobte den Plan. Er sei ...": with no report before it, a subjunctive
        sentence goes on with the subject of the sentence before, if that names someone."""
        if index == 0:
            return None
        s = self.sentences[index - 1]
        main = s.main_verb()
        subject = s.subject(main) if main is not None else None
        if subject is None or not any(s.tag(i) in {"NE", "NN"} for i in range(*subject)):
            return None
        return s.span(*subject)

    def _document(self, s: Sentence) -> tuple[int, int] | None:
        """ "In einem Bericht der Kommission ..., sei": a document the sentence opens with."""
        if not s.words or s.words[0].lower() not in {"in", "im", "laut"}:
            return None
        phrase = s.phrase_at(1)
        if phrase is None:
            return None
        heads = [s.words[i].lower() for i in range(*phrase) if s.tag(i) == "NN"]
        return phrase if heads and heads[0].endswith(de.DOCUMENT_NOUNS) else None

    def _latest(self, last: _Found | None, direct: list[_Found], index: int) -> _Found | None:
        """The latest report or quote with a speaker up to sentence `index`."""
        quotes = [q for q in direct if q.sentence == index and q.speaker]
        return quotes[-1] if quotes else last

    def _sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)


_FUNCTION_TAGS = frozenset({"ART", "APPR", "APPRART", "KON", "$,", "$(", "$."})
_NAME_TAGS = frozenset({"NE", "FM", "CARD"})
_CLOSING = frozenset("".join(de.QUOTE_PAIRS.values()))
_FRAME_ENDS = frozenset({",", ".", ":", ";", "!", "?"})


def _interrupts(text: str, previous: _Found, quote: _Found) -> bool:
    """„…“, sagte sie, „…“: the second quote goes on with the first, framed between them."""
    between = text[previous.parts[-1][1] : quote.parts[0][0]].strip()
    return (
        previous.speaker is not None
        and previous.speaker[0] >= previous.parts[-1][1]
        and quote.speaker in (None, previous.speaker)
        and between.startswith(",")
        and between.endswith((",", ":"))
        and "\n" not in between
        and len(between.split()) <= 8
    )


def _inside(s: Sentence, spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Tells whether token i of the sentence is inside one of the quoted spans."""
    return lambda i: inside(spans, s.tokens[i].start)


def _words(s: Sentence, tokens: tuple[int, int] | None) -> str | None:
    return " ".join(s.words[tokens[0] : tokens[1]]) if tokens else None
