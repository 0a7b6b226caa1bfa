"""`eval extract`: how well reading and cleaning keep article text and drop the rest.

The folder holds `pages/*.html` and `expected.json`, which maps each page's URL to
{file, with: [snippets the text must contain], without: [snippets it must not contain]}.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from presseschau.errors import InputError
from presseschau.ingest.assemble import assemble
from presseschau.ingest.clean import clean
from presseschau.ingest.html import read_html_text
from presseschau.model import Article

METADATA = ("title", "author", "date")


@dataclass
class ExtractionScore:
    pages: int = 0
    with_found: int = 0
    with_total: int = 0
    without_absent: int = 0
    without_total: int = 0
    # per metadata field: pages where the expected value is known, and where ours equals it
    known: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    misses: list[dict] = field(default_factory=list)

    @property
    def with_share(self) -> float:
        return self.with_found / self.with_total if self.with_total else 0.0

    @property
    def without_share(self) -> float:
        return self.without_absent / self.without_total if self.without_total else 0.0

    def as_dict(self) -> dict:
        return {
            "kind": "extract",
            "pages": self.pages,
            "with": {"found": self.with_found, "total": self.with_total, "share": self.with_share},
            "without": {
                "absent": self.without_absent,
                "total": self.without_total,
                "share": self.without_share,
            },
            "metadata": {f: {"right": self.right[f], "known": self.known[f]} for f in METADATA},
            "misses": self.misses,
        }


def read_page(page: Path, url: str) -> Article:
    document = read_html_text(page.read_bytes(), str(page), url=url)
    return assemble(document, clean(document), "", None)


def evaluate_extraction(folder: Path) -> ExtractionScore:
    try:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(folder / "expected.json"), f"cannot read: {exc}") from exc
    score = ExtractionScore()
    for url, page in expected.items():
        try:
            article = read_page(folder / "pages" / page["file"], url)
        except InputError:
            article = None
        score.pages += 1
        _score_snippets(score, page, article.text if article else "")
        _score_metadata(score, page, article)
    return score


def _score_snippets(score: ExtractionScore, page: dict, text: str) -> None:
    for snippet in page.get("with", []):
        score.with_total += 1
        score.with_found += snippet in text
        if snippet not in text:
            score.misses.append({"file": page["file"], "kind": "missing", "snippet": snippet})
    for snippet in page.get("without", []):
        score.without_total += 1
        score.without_absent += snippet not in text
        if snippet in text:
            score.misses.append({"file": page["file"], "kind": "leaked", "snippet": snippet})


def _score_metadata(score: ExtractionScore, page: dict, article: Article | None) -> None:
    ours = {
        "title": article and article.title,
        "author": article and article.author,
        "date": article and article.published and article.published[:10],
    }
    for name in METADATA:
        if page.get(name):
            score.known[name] += 1
            score.right[name] += _same(ours[name], page[name])


def _same(ours: str | None, expected: str | list[str]) -> bool:
    expected = ", ".join(expected) if isinstance(expected, list) else expected
    return bool(ours) and " ".join(ours.casefold().split()) == " ".join(expected.casefold().split())
