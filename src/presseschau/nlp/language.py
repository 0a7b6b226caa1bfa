"""Language identification with py3langid's small offline model."""

from __future__ import annotations

import dataclasses

from presseschau.model import Article

# py3langid is unreliable on a line or two; below this many characters the language is unknown.
MIN_CHARS = 40
# The opening of an article tells its language as well as the whole does, at a fraction of the
# cost (py3langid's time grows with the text).
SAMPLE_CHARS = 2000


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    if len(text) < MIN_CHARS:
        return None
    import py3langid

    language, _score = py3langid.classify(text[:SAMPLE_CHARS])
    return language


class LanguageStage:
    name = "language"
    requires = frozenset({"text"})
    provides = frozenset({"language"})
    languages = None

    def __call__(self, article: Article) -> Article:
        return dataclasses.replace(article, language=identify(article.text))
