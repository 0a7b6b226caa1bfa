"""Exact duplicates by content hash, near-duplicates by MinHash over word shingles."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 4
NUM_PERM = 128
# Stored signatures are only comparable under the scheme they were made with.
SCHEME = "affine32"
# Agency copy edited by an outlet (new headline, a sentence changed or cut) keeps well over half
# of its 4-word shingles; independent reports of one event share almost none (<= 0.02 on the
# example corpus), so 0.5 separates them with a wide margin.
NEAR_DUPLICATE_JACCARD = 0.5
# Below this many words every text looks like every other one.
MIN_WORDS = 40


def content_hash(text: str) -> str:
    """Hash of the cleaned text with white space folded, so re-wrapped copies are equal."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.casefold())
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


@cache
def _permutations():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


@dataclass(frozen=True)
class NearDuplicate:
    original: str
    similarity: float


class NearDuplicateIndex:
    """An LSH index of article signatures; finds the stored article a new one copies."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
        self.signatures: dict[str, object] = {}
        self.published: dict[str, str | None] = {}

    @staticmethod
    def signature(text: str):
        """The MinHash of a text, or None when it is too short to compare."""
        from datasketch import MinHash

        if len(WORD.findall(text)) < MIN_WORDS:
            return None
        # Reusing one set of permutations spares datasketch drawing the same ones again.
        minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
        minhash.update_batch(list(shingles(text)))
        return minhash

    @staticmethod
    def to_bytes(minhash) -> bytes:
        return minhash.hashvalues.astype("<u4").tobytes()

    @staticmethod
    def from_bytes(data: bytes):
        from datasketch import MinHash

        return MinHash(
            num_perm=NUM_PERM,
            hashvalues=np.frombuffer(data, dtype="<u4"),
            scheme=SCHEME,
            permutations=_permutations(),
        )

    def add(self, article_id: str, minhash, published: str | None) -> None:
        self.lsh.insert(article_id, minhash)
        self.signatures[article_id] = minhash
        self.published[article_id] = published

    def remove(self, article_id: str) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
            del self.signatures[article_id], self.published[article_id]

    def closest(self, minhash) -> NearDuplicate | None:
        best: NearDuplicate | None = None
        for candidate in self.lsh.query(minhash):
            similarity = round(float(minhash.jaccard(self.signatures[candidate])), 3)
            if similarity >= NEAR_DUPLICATE_JACCARD and (
                best is None or similarity > best.similarity
            ):
                best = NearDuplicate(candidate, similarity)
        return best
