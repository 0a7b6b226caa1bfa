"""Build src/presseschau/nlp/data/frequencies-de.tsv.gz: how common each German lemma is.

    pip install wordfreq
    python scripts/build_frequencies.py --words 100000

Story clustering weighs a word by how few articles hold it. Over a handful of articles those
counts say little (a word in all five is "common" though it is the story's topic), so they are
smoothed with how often the word occurs in German at large: the frequencies of wordfreq's large
list (Apache-2.0 code, CC BY-SA 4.0 data), summed per lemma of the lemma stage. Lines are
`lemma TAB frequency` (per word of running text, three significant digits), most frequent first.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from presseschau.nlp.lemmas import Lemmatizer

FILE = "frequencies-de.tsv.gz"
OUT = Path(__file__).resolve().parents[1] / "src" / "presseschau" / "nlp" / "data" / FILE


def lemma_frequencies(count: int) -> Counter[str]:
    import wordfreq

    lemmatizer = Lemmatizer()
    found: Counter[str] = Counter()
    for word in wordfreq.top_n_list("de", count, wordlist="large"):
        if not word.isalpha():
            continue
        frequency = wordfreq.word_frequency(word, "de", wordlist="large")
        # wordfreq lower-cases; a noun's lemma comes from its capitalised form.
        lemma, tag = lemmatizer.analyse(word)
        capital, capital_tag = lemmatizer.analyse(word[0].upper() + word[1:])
        if capital_tag in ("NN", "NE") and tag not in ("VVFIN", "VVINF", "VVPP", "ADJA", "ADJD"):
            lemma = capital
        found[lemma.lower()] += frequency
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000, help="how many frequent words")
    args = parser.parse_args()
    found = lemma_frequencies(args.words)
    lines = [f"{lemma}\t{frequency:.3g}\n" for lemma, frequency in found.most_common()]
    OUT.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes): {len(lines):,} lemmas")


if __name__ == "__main__":
    main()
