"""Build src/presseschau/nlp/data/lexicon-de.tsv.gz: HanTa's lemma and tag of frequent German words.

    pip install wordfreq HanTa
    python scripts/build_lexicon.py --words 300000

HanTa needs 0.4-2.5 ms to analyse a word form, which makes a first pass over news text slow; the
lexicon holds its analyses of the `--words` most frequent German words of wordfreq's large list
(Apache-2.0 code, CC BY-SA 4.0 data), each in lower case and capitalised, so that at run time
most forms are a lookup. wordfreq spells ß as ss, so a word with ss is analysed in the spelling
HanTa finds likeliest ("groß") and kept in both. A capitalised form is kept only where its
analysis differs from the lower-case one ("Essen" the noun beside "essen" the verb). Lines are
`form TAB tag TAB lemma`, the lemma empty where it equals the form.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from presseschau.nlp.lemmas import LEXICON, hanta_analysis, hanta_tagger

OUT = Path(__file__).resolve().parents[1] / "src" / "presseschau" / "nlp" / "data" / LEXICON
CHUNK = 2_000


def german_words(count: int) -> list[str]:
    import wordfreq

    words = wordfreq.top_n_list("de", count, wordlist="large")
    # Latin letters only: the list also holds emoji, digits and words of other scripts.
    return [w for w in words if w.isalpha() and len(w) > 1 and all(ord(c) < 0x250 for c in w)]


def spelling(word: str) -> str:
    """The likeliest of the word's spellings with ß for any of its ss."""
    if "ss" not in word:
        return word
    pieces = word.split("ss")
    spellings = [
        pieces[0] + "".join(s + p for s, p in zip(choice, pieces[1:], strict=True))
        for choice in itertools.product(("ss", "ß"), repeat=len(pieces) - 1)
    ]
    return max(spellings, key=lambda s: hanta_tagger().tag_word(s)[0][1])


def analyse(words: list[str]) -> list[tuple[str, str, str]]:
    """(form, lemma, tag) rows of each word in lower case and, where that differs, capitalised."""
    rows = []
    for word in words:
        best = spelling(word)
        lower = hanta_analysis(best)
        capital = hanta_analysis(_capitalised(best))
        differs = (capital[0].lower(), capital[1]) != (lower[0].lower(), lower[1])
        # HanTa prefers the spelling before the 1996 reform ("daß"); modern text writes "dass",
        # so the ss spelling stays too, with its lemma spelled alike.
        for spelled in dict.fromkeys((best, word)):
            fold = spelled != best
            rows.append((spelled, _fold(lower[0], fold), lower[1]))
            if differs:
                rows.append((_capitalised(spelled), _fold(capital[0], fold), capital[1]))
    return rows


def _capitalised(word: str) -> str:
    return word[0].upper() + word[1:]


def _fold(lemma: str, fold: bool) -> str:
    return lemma.replace("ß", "ss") if fold else lemma


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="how many frequent words")
    args = parser.parse_args()
    words = german_words(args.words)
    chunks = [words[i : i + CHUNK] for i in range(0, len(words), CHUNK)]
    with ProcessPoolExecutor() as pool:
        rows = sorted(row for chunk in pool.map(analyse, chunks) for row in chunk)
    lines = [f"{form}\t{tag}\t{'' if lemma == form else lemma}\n" for form, lemma, tag in rows]
    OUT.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    size = OUT.stat().st_size
    print(f"wrote {OUT} ({size:,} bytes): {len(rows):,} forms of {len(words):,} words")


if __name__ == "__main__":
    main()
