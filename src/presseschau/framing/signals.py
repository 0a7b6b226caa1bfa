"""Loaded language and persuasion cues in the writer's own voice, each a span with its kind.

Words and phrases come from the lexicon `nlp/data/loaded-de.tsv`; a label or loaded word also
counts as the last part of a compound ("Erzdiktator"). Scare quotes are the quote stage's quote
marks around a single word that report no one; a rhetorical question is a
question the writer asks, outside any quotation. Words that others said, quoted or in indirect
and reported speech ("Er sagte, das sei eine Farce"), are theirs and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from presseschau.framing.voice import spoken
from presseschau.model import Article, Signal, Span, Token
from presseschau.nlp import de
from presseschau.nlp.clauses import FINITE
from presseschau.spans import inside

LEXICON = "loaded-de.tsv"
# Kinds whose words also count as the last part of a compound, from this many letters on.
COMPOUND_KINDS = frozenset({"label", "loaded_word"})
COMPOUND_HEAD = 5
NEGATING_PREFIXES = frozenset({"anti", "gegen"})
NOUNS = frozenset({"NN", "NE"})
# The SemEval-2023 Task 3 persuasion technique each kind stands for, where one fits.
SEMEVAL = {
    "scare_quote": "Doubt",
    "label": "Name_Calling-Labeling",
    "intensifier": "Exaggeration-Minimisation",
    "hedge": "Obfuscation-Vagueness-Confusion",
    "fear": "Appeal_to_Fear-Prejudice",
    "whataboutism": "Whataboutism",
    "generalisation": None,
    "loaded_word": "Loaded_Language",
    "rhetorical_question": None,
}
QUESTION_WORDS = frozenset({"PWS", "PWAV", "PWAT"})
QUESTION_VERB_AT = 4  # the latest token a plain question's verb comes at
# A dateline: a place and an agency in brackets before a dash ("Wien (APA) – ").
DATELINE_WORDS = 4
DATELINE_TAGS = frozenset({"NE", "NN", "$("})
WEIGHTS = {"hedge": 0.5, "generalisation": 0.5}
# Quote marks that report no one set a term apart ("die „Reform“"); a longer quoted stretch is
# somebody's words that the text does not attribute („eine Politik der ruhigen Hand“).
SCARE_QUOTE_WORDS = 1


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, str]  # word -> kind
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, kind)

    @classmethod
    @cache
    def load(cls) -> Lexicon:
        text = (resources.files("presseschau.nlp") / "data" / LEXICON).read_text("utf-8")
        words: dict[str, str] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            kind, entry = line.split("\t")
            parts = tuple(entry.split())
            if len(parts) == 1:
                words[entry] = kind
            else:
                phrases.setdefault(parts[0], []).append((parts, kind))
        longest_first = {w: tuple(sorted(p, key=lambda e: -len(e[0]))) for w, p in phrases.items()}
        return cls(words, longest_first)

    def kind(self, token: Token, form: str) -> str | None:
        lemma = (token.lemma or form).lower()
        found = self.words.get(lemma) or self.words.get(form.lower())
        if found == "label" and token.pos not in NOUNS and not form[:1].isupper():
            return None  # an adjective names no one ("radikaler" but "ein Radikaler")
        if found or token.pos != "NN":
            return found
        for cut in range(1, len(lemma) - COMPOUND_HEAD + 1):
            if lemma[:cut].rstrip("-") in NEGATING_PREFIXES:
                return None  # "Antifaschist" opposes what it names
            head = self.words.get(lemma[cut:])
            if head in COMPOUND_KINDS:
                return head
        return None


def signals(article: Article, lexicon: Lexicon | None = None) -> list[Signal]:
    """The article's signals in text order."""
    lexicon = lexicon or Lexicon.load()
    others = spoken(article)
    found = [
        Signal(*_with_marks(article.text, *q.parts[0]), "scare_quote", 1.0)
        for q in article.quotes
        if q.kind == "scare" and _words_in(article.text, q.parts[0]) <= SCARE_QUOTE_WORDS
    ]
    found.extend(_words(article, lexicon, others))
    found.extend(_questions(article, others))
    found.sort(key=lambda s: (s.start, -s.end))
    return _without_overlaps(found)


def _words(
    article: Article, lexicon: Lexicon, others: Sequence[tuple[int, int]]
) -> Iterator[Signal]:
    tokens, text = article.tokens, article.text
    forms = [text[t.start : t.end] for t in tokens]
    lowered = [f.lower() for f in forms]
    openers = {s.start for s in article.sentences}
    for i, token in enumerate(tokens):
        if inside(others, token.start):
            continue
        for words, kind in lexicon.phrases.get(lowered[i], ()):
            if tuple(lowered[i : i + len(words)]) == words:
                yield Signal(
                    token.start, tokens[i + len(words) - 1].end, kind, WEIGHTS.get(kind, 1.0)
                )
                break
        else:
            kind = lexicon.kind(token, forms[i])
            # "nicht extrem verbreitet" tones down; "das Unsagbare", capitalised inside its
            # sentence, is a noun that names, not a word that stresses.
            toned = kind == "intensifier" and (
                (forms[i][:1].isupper() and token.start not in openers)
                or (i and lowered[i - 1] in de.NEGATIONS)
            )
            # "im Wort Abgrund", "das Album The Idiot": a word named, not used.
            named = token.pos in NOUNS and i and lowered[i - 1].endswith(de.TITLE_NOUNS)
            english = _english(lowered[max(0, i - 1) : i + 2])
            if kind and not toned and not named and not english:
                yield Signal(token.start, token.end, kind, WEIGHTS.get(kind, 1.0))


def _questions(article: Article, others: Sequence[tuple[int, int]]) -> Iterator[Signal]:
    """Questions the writer asks without asking anyone: not in headings or quotations, not put
    to someone, not answered by an answer label or by someone's words in the next sentence,
    and not put to someone by the next sentence ("DER STANDARD hat nachgefragt"). Questions
    that follow one another in a paragraph are one signal, one figure of speech, and are put to
    someone when their first one is ("Schreiben Sie mit der Hand? Oder am Computer?") or when
    a question put to someone with a formal "Sie" follows them ("Stimmt das? Welche Beispiele
    fallen Ihnen ein?"), not a "du" that a writer may ask himself ("Wird man das? Wirst du
    das?")."""
    sentences, text = article.sentences, article.text
    for run in _question_runs(article, others):
        first, last = sentences[run[0]], sentences[run[-1]]
        following = sentences[run[-1] + 1 : run[-1] + 3]
        answered = following and (
            _answer(text[following[0].start : following[0].end])
            or _opens_with_speech(article, others, following[0])
            or _announces_speech(article, others, following)
            or _lemma_in(article, following[0], de.ASKING_VERBS)
        )
        put = _put_to_someone(article, first.start, first.end) or (
            following
            and "\n" not in text[last.end : following[0].start]
            and text[following[0].start : following[0].end].endswith("?")
            and _addresses(article, following[0].start, following[0].end, de.FORMAL_ADDRESS)
        )
        asks = all(_asks_for_answer(article, sentences[i]) for i in run)
        if not put and not answered and not asks:
            yield Signal(first.start, last.end, "rhetorical_question", 1.0)


def _question_runs(article: Article, others: Sequence[tuple[int, int]]) -> Iterator[list[int]]:
    """The indexes of the writer's questions, in runs of questions with nothing between them in
    one paragraph; a question put to someone begins a run of its own."""
    text, run = article.text, []
    for i, sentence in enumerate(article.sentences):
        if not (
            text[sentence.start : sentence.end].endswith("?")
            and not inside(others, sentence.start)
            and not article.in_heading(sentence.start)
            and not _indirect(article, sentence)
            and not _english(text[sentence.start : sentence.end].lower().split()[-4:])
        ):
            if run:
                yield run
            run = []
            continue
        previous = article.sentences[run[-1]] if run else None
        if previous and (
            text[previous.end : sentence.start].strip()
            or "\n" in text[previous.end : sentence.start]
            or _put_to_someone(article, sentence.start, sentence.end)
        ):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def _english(words: Sequence[str]) -> bool:
    """Whether the words run in English: the title of an album ("The Idiot") or a book ("Do
    Androids Dream of Electric Sheep?"), not the writer's German."""
    return any(word in de.ENGLISH_ONLY_WORDS for word in words)


def _indirect(article: Article, sentence: Span) -> bool:
    """A statement that ends in an indirect question with a question mark ("Die SPÖ fragt, ob
    er den Plan stützen werde?"): it opens with neither a verb nor a question word, and its
    last clause asks whether. (After a comma, a question word often opens the question itself:
    "Wenn die Kirche geht, was bleibt im Dorf?")"""
    tokens = article.tokens_in(sentence.start, sentence.end)
    words = [article.text[t.start : t.end].lower() for t in tokens]
    if not tokens or tokens[0].pos in QUESTION_WORDS or tokens[0].pos in FINITE:
        return False
    comma = max((i for i, w in enumerate(words) if w == ","), default=None)
    return comma is not None and words[comma + 1 : comma + 2] == ["ob"]


def _put_to_someone(article: Article, start: int, end: int) -> bool:
    """A question put to someone: after a label (an interview's "Frage:" or "STANDARD:"), or
    addressing someone ("Woher wissen Sie das?")."""
    label, colon, _ = article.text[start:end].partition(":")
    if colon and len(label.split()) <= 2:
        return True
    return _addresses(article, start, end, de.READER_WORDS)


def _addresses(article: Article, start: int, end: int, address: frozenset[str]) -> bool:
    # Not the first word: "Sie" opening a sentence may be "they".
    words = (article.text[t.start : t.end] for t in article.tokens_in(start + 1, end))
    return any(word in address for word in words)


def _asks_for_answer(article: Article, sentence: Span) -> bool:
    """A plain question for information, which news asks to answer it: a question word, a
    verb soon after it ("Wann und wo haben ..."), and no particle or negation that would make
    it rhetorical ("Was war der Auslöser?", not "Wer soll das noch glauben?" nor "Warum
    nicht?")."""
    tokens = article.tokens_in(sentence.start, sentence.end)
    words = [article.text[t.start : t.end].lower() for t in tokens]
    # A dateline is no part of the question: "London – Was kann man tun, um ...?"
    dash = next((i for i, w in enumerate(words[: DATELINE_WORDS + 1]) if w in de.DASHES), None)
    if dash and all(t.pos in DATELINE_TAGS for t in tokens[:dash]):
        tokens, words = tokens[dash + 1 :], words[dash + 1 :]
    if len(tokens) < 3 or tokens[0].pos not in QUESTION_WORDS:
        return False
    # The first verb after a question word is the finite one, whatever the tagger read.
    verb = next((i for i, t in enumerate(tokens) if (t.pos or "").startswith("V")), None)
    plain = not any(w in de.QUESTION_PARTICLES or w in de.NEGATIONS for w in words)
    return verb is not None and verb <= QUESTION_VERB_AT and plain


def _opens_with_speech(article: Article, others: Sequence[tuple[int, int]], sentence: Span) -> bool:
    """Whether someone's words, quoted or reported, open the sentence or fill most of it: an
    answer put in someone's mouth ("Und sonst? Keine Ahnung, sagte er, ...")."""
    words = (
        t.start
        for t in article.tokens_in(sentence.start, sentence.end)
        if article.text[t.start].isalnum()
    )
    first = next(words, sentence.start)
    return inside(others, first) or _someone_speaks(others, sentence.start, sentence.end)


def _someone_speaks(others: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether someone's words, quoted or reported, fill the sentence from `start` to `end`
    for the most part."""
    covered = sum(max(0, min(b, end) - max(a, start)) for a, b in others)
    return 2 * covered > end - start


def _announces_speech(
    article: Article, others: Sequence[tuple[int, int]], following: Sequence[Span]
) -> bool:
    """Whether the next sentence gives the answer to someone whose words then follow ("Wieso?
    Er erklärt es am Beispiel Kupfer. In den Industrieländern sei ...")."""
    if len(following) < 2 or not _someone_speaks(others, following[1].start, following[1].end):
        return False
    return _lemma_in(article, following[0], de.REPORTING_VERBS)


def _lemma_in(article: Article, sentence: Span, lemmas: frozenset[str]) -> bool:
    return any(
        (t.lemma or "").lower() in lemmas for t in article.tokens_in(sentence.start, sentence.end)
    )


def _answer(sentence: str) -> bool:
    """An answer, or a sentence that takes the question up as one ("Diese Frage beschäftigt
    ...", "Hier einige Antworten"): the question was asked to be answered. A question that
    follows ("Frage: Wann ...?") asks something else."""
    label, colon, _ = sentence.partition(":")
    if colon and label.strip().lower() in de.ANSWER_LABELS:
        return True
    words = (word.strip(".,;:!?").lower() for word in sentence.split())
    return not sentence.rstrip().endswith("?") and any(w in de.QUESTION_NOUNS for w in words)


def _words_in(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] : span[1]].split())


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the quote marks around it, where they are."""
    if start > 0 and text[start - 1] in de.OPENING_QUOTES:
        start -= 1
    if end < len(text) and text[end] in de.CLOSING_QUOTES:
        end += 1
    return start, end


def _without_overlaps(found: list[Signal]) -> list[Signal]:
    kept: list[Signal] = []
    for signal in found:
        if not kept or signal.start >= kept[-1].end:
            kept.append(signal)
    return kept
