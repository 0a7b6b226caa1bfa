"""The turns of an interview or dialogue printed as a transcript: each speaker's words after
the label that names them ("STANDARD: ...", "Mahrer: ...", "DER MANN (nickt): ...")."""

from __future__ import annotations

import re
from collections import Counter

from presseschau.model import Article
from presseschau.nlp import de

# A speaker's label opening a sentence: one to three capitalised words, an optional stage
# direction, a colon.
SPEAKER_LABEL = re.compile(r"([A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,2})(?: \([^)\n]{1,40}\))?:\s")


def turns(article: Article) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each turn as (the label's speaker span, the turn's span), the turn running from its
    label to the next one or the end of the text. A transcript has at least two speakers with
    two turns each; the labels of a list of questions and answers that the writer sets
    ("Frage:", "Antwort:") are no speakers, nor is a label used once ("Fazit:")."""
    text = article.text
    labelled = [
        (found.start(), found.end(), found.group(1))
        for sentence in article.sentences
        if (found := SPEAKER_LABEL.match(text, sentence.start))
        and found.group(1).lower() not in de.QUESTION_AND_ANSWER_LABELS
        and not article.in_heading(sentence.start)
    ]
    counts = Counter(label for _, _, label in labelled)
    speakers = {label for label, n in counts.items() if n >= 2}
    if len(speakers) < 2:
        return []
    turned = [(start, end, label) for start, end, label in labelled if label in speakers]
    stops = [len(text[:start].rstrip()) for start, _, _ in turned[1:]] + [len(text.rstrip())]
    return [
        ((start, start + len(label)), (end, stop))
        for (start, end, label), stop in zip(turned, stops, strict=True)
        if stop > end  # a label with nothing after it says nothing
    ]
