"""Cleaning: take web leftovers out of a reader's lines and tell headlines from paragraphs.

Every line is judged in two passes. The first looks at the line alone and at the other lines of
the same article: a byline or dateline near the top, a line the outlet repeats across articles, a
phrase of the language data (`de.py`), a truncated teaser, a repeat. The second looks at position:
before the first line of prose and after the last one, label lines are navigation. What stays is
sorted into title, headings and paragraphs. Every removed line is kept with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from presseschau.ingest import de
from presseschau.ingest.byline import Credit, read_credit
from presseschau.model import Document, Paragraph, Removal

# A line of up to this many words can be a label, a notice or an outlet's template line; a longer
# one is text even when it mentions "Newsletter" or "Kommentar".
SHORT_LINE_MAX_WORDS = 10
# Headlines and subheadings of German news run to about a dozen words.
HEADLINE_MAX_WORDS = 15
# Bylines and datelines stand under the headline, at most after a kicker, a teaser and a caption.
# Only kept lines other than labels count: the zone does not move when leftovers are taken out,
# so cleaning a cleaned article again takes nothing more out.
CREDIT_ZONE_LINES = 8
# Three authors with an outlet, a date and a time fit; a longer line is text.
CREDIT_MAX_WORDS = 20
# A cut-off teaser must keep this many words to be recognised as the start of a later paragraph.
TEASER_MIN_WORDS = 3
# Short lines such as "Warum?" may recur on purpose, in an interview for instance.
REPEAT_MIN_WORDS = 3
# Share of the shorter one's words that a headline and the reader's title must have in common: page
# titles reorder kicker and headline ("Daten gehackt - Interne Unterlagen im Netz") or add the site.
TITLE_WORD_OVERLAP = 0.8

# A reader's headings, and the title a cleaned article starts with: cleaning that again keeps it.
HEADLINE_KINDS = frozenset({"heading", "title"})
SENTENCE_END = ".!?…"
ELLIPSES = ("…", "...")


@dataclass(frozen=True)
class Cleaned:
    """A document's kept blocks, what was removed, and metadata found in the text."""

    blocks: tuple[Paragraph, ...]  # kept blocks in order; kind is "title", "heading" or "paragraph"
    removed: tuple[Removal, ...]  # every removed line with its reason, in document order
    title: str | None  # the reader's title, else a headline found at the top
    author: str | None  # the reader's author, else the byline's
    published: str | None  # the reader's date, else an ISO date of a byline or dateline


def clean(document: Document, template_lines: Container[str] = frozenset()) -> Cleaned:
    """Clean one document; `template_lines` are line_keys seen in several articles of its outlet."""
    lines = [Paragraph(p.text.strip(), p.kind) for p in document.paragraphs if p.text.strip()]
    texts = [line.text for line in lines]
    reasons, credits = _judge_lines(texts, template_lines)
    reasons = _judge_positions(texts, reasons)
    kept = [line for line, reason in zip(lines, reasons, strict=True) if reason is None]
    blocks = _sort_blocks(kept, document.title)
    found_title = blocks[0].text if blocks and blocks[0].kind == "title" else None
    return Cleaned(
        blocks=blocks,
        removed=tuple(
            Removal(line.text, reason)
            for line, reason in zip(lines, reasons, strict=True)
            if reason is not None
        ),
        title=document.title or found_title,
        author=document.author or _first(credit.author for credit in credits),
        published=document.published or _first(credit.published for credit in credits),
    )


def line_key(text: str) -> str:
    """The form of a line used to find it again: casefolded, punctuation and spaces as one space."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def template_candidates(document: Document) -> set[str]:
    """line_keys of the document's lines that are short enough to be an outlet's template lines."""
    return {line_key(p.text) for p in document.paragraphs if _is_template_candidate(p.text)}


def _is_short(text: str) -> bool:
    return _has_at_most(text, SHORT_LINE_MAX_WORDS)


def _has_at_most(text: str, words: int) -> bool:
    # Splitting stops after `words` splits: a long paragraph is not split into all its words.
    return len(text.split(maxsplit=words)) <= words


def _is_template_candidate(text: str) -> bool:
    return _is_short(text) and bool(line_key(text))


def _judge_lines(
    texts: list[str], template_lines: Container[str]
) -> tuple[list[str | None], list[Credit]]:
    """The reason to remove each line judged with the article's other lines, and the credits."""
    keys = [line_key(text) for text in texts]
    reasons: list[str | None] = []
    credits: list[Credit] = []
    above = 0  # lines kept so far, but for labels
    for index, text in enumerate(texts):
        credit = read_credit(text) if _may_be_credit(above, text) else None
        if credit:
            credits.append(credit)
            reasons.append(credit.kind)
        else:
            reason = _line_reason(index, texts, keys, template_lines)
            reasons.append(reason)
            above += reason is None and not _is_lead_in_label(text)
    return reasons, credits


def _may_be_credit(lines_above: int, text: str) -> bool:
    return lines_above < CREDIT_ZONE_LINES and _has_at_most(text, CREDIT_MAX_WORDS)


def _line_reason(
    index: int, texts: list[str], keys: list[str], template_lines: Container[str]
) -> str | None:
    text, key = texts[index], keys[index]
    if not key:
        return "separator"
    if _is_template_candidate(text) and key in template_lines:
        return "outlet template"
    if _is_truncated_teaser(text, keys):
        return "truncated teaser"
    words = key.split()
    reason = _phrase_reason(text, words)
    if reason:
        return reason
    if len(words) >= REPEAT_MIN_WORDS and key in keys[:index]:
        return "repeat"
    return None


def _is_truncated_teaser(text: str, keys: list[str]) -> bool:
    """A line cut off with an ellipsis whose words open a longer line of the same article."""
    body = text.rstrip(de.CLOSING_QUOTES + ")] ")
    if not body.endswith(ELLIPSES):
        return False
    start = line_key(body)
    return len(start.split()) >= TEASER_MIN_WORDS and any(
        key.startswith(start) and len(key) > len(start) for key in keys
    )


def _phrase_reason(text: str, words: list[str]) -> str | None:
    """The reason from the language data: a whole-line phrase, a label line or a short notice."""
    plain = " ".join(unicodedata.normalize("NFKC", text).split())
    for reason, pattern in _LINE_PATTERNS:
        if pattern.fullmatch(plain):
            return reason
    for reason, vocabulary in _LABEL_WORDS.items():
        if set(words) <= vocabulary:
            return reason
    if _is_short(text):
        for reason, stems in _SHORT_LINE_STEMS.items():
            if any(word.startswith(stems) for word in words):
                return reason
    return None


def _judge_positions(texts: list[str], reasons: list[str | None]) -> list[str | None]:
    """Mark label lines before the first and after the last line of prose as navigation."""
    kept = [index for index, reason in enumerate(reasons) if reason is None]
    prose = [index for index in kept if _is_prose(texts[index])]
    first, last = (prose[0], prose[-1]) if prose else (len(texts), len(texts))
    judged = list(reasons)
    for index in kept:
        if (index < first and _is_lead_in_label(texts[index])) or (
            index > last and _is_label(texts[index])
        ):
            judged[index] = "navigation"
    return judged


def _is_lead_in_label(text: str) -> bool:
    # Before the first prose stand headline and kicker, which look like labels; only lines of
    # label words (breadcrumbs, section names) are taken there.
    return set(line_key(text).split()) <= _LEAD_IN_LABELS


def _is_label(text: str) -> bool:
    # After the last prose nothing is left to introduce: a short line that is no sentence is the
    # label of a link box, a credit or a menu.
    return _is_short(text) and not _ends_sentence(text)


def _is_prose(text: str) -> bool:
    """A line that ends a sentence or holds the end of one (a paragraph missing its last stop)."""
    return _ends_sentence(text) or bool(_SENTENCE_BOUNDARY.search(text))


def _sort_blocks(kept: Sequence[Paragraph], title: str | None) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(line.text, _kind(index, kept, title)) for index, line in enumerate(kept))


def _kind(index: int, kept: Sequence[Paragraph], title: str | None) -> str:
    line, followed = kept[index], index + 1 < len(kept)
    if index == 0 and _is_title(line, followed, title):
        return "title"
    if line.kind in HEADLINE_KINDS or (followed and _looks_like_headline(line.text)):
        return "heading"
    return "paragraph"


def _is_title(line: Paragraph, followed: bool, title: str | None) -> bool:
    headline = line.kind in HEADLINE_KINDS or _looks_like_headline(line.text)
    if title:
        return headline and _same_headline(line.text, title)
    return headline and followed


def _same_headline(text: str, title: str) -> bool:
    words, title_words = _words(text), _words(title)
    shared = len(words & title_words)
    return shared > 0 and shared >= TITLE_WORD_OVERLAP * min(len(words), len(title_words))


def _looks_like_headline(text: str) -> bool:
    opening = text[0]
    return (
        (opening.isupper() or opening.isdigit() or opening in de.OPENING_QUOTES)
        and _has_at_most(text, HEADLINE_MAX_WORDS)
        and _last_mark(text) not in SENTENCE_END + ":;,"
    )


def _ends_sentence(text: str) -> bool:
    return _last_mark(text) in SENTENCE_END


def _last_mark(text: str) -> str:
    """The last character before closing quotes and brackets."""
    return text.rstrip(de.CLOSING_QUOTES + ")]")[-1:]


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)


def _words(text: str) -> frozenset[str]:
    return frozenset(line_key(text).split())


_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE_BOUNDARY = re.compile(rf"\w[{SENTENCE_END}][{re.escape(de.CLOSING_QUOTES)}]?\s+[^\W\d_]")
_LINE_PATTERNS = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, patterns in de.LINE_PATTERNS.items()
    for pattern in patterns
)
_LABEL_WORDS = {reason: _words(" ".join(words)) for reason, words in de.LABEL_WORDS.items()}
_LEAD_IN_LABELS = _words(" ".join(de.SECTION_LABELS)).union(*_LABEL_WORDS.values())
_SHORT_LINE_STEMS = {
    reason: tuple(line_key(stem) for stem in stems) for reason, stems in de.SHORT_LINE_STEMS.items()
}
