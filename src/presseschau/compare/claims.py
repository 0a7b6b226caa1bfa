"""Claims: groups of statements that say the same thing, with the outlets behind them and
whether they agree.

A claim is corroborated when two or more independent outlets make it; an article that nearly
copies another one (`duplicate_of`) and articles of one outlet count once. It is disputed when
its statements give different figures for the same thing: "3 Tote" and "5 Tote" disagree;
"24 Jahren" and "fast 25 Jahren" agree, as an approximate figure allows a neighbour. It is
disputed too when articles date it to different days, each naming one day.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from presseschau.compare.statements import Figure, Statement
from presseschau.model import Article

# How far an approximate figure ("fast 25", "rund 300") may lie from another one.
APPROXIMATE_SHARE = 0.1


@dataclass(frozen=True)
class Conflict:
    unit: str  # the word after the figures, or "date"
    values: tuple[tuple[float | str, Statement], ...]  # what disagrees, with its statements


@dataclass(frozen=True)
class Claim:
    id: str
    statements: tuple[Statement, ...]
    text: str  # the statement that stands for the claim
    opinion: bool  # every statement of the claim is a judgement or a quotation
    outlets: tuple[str, ...]  # independent sources: outlets, or articles whose outlet is unknown
    status: str  # corroborated, single-source or disputed
    conflicts: tuple[Conflict, ...]

    @property
    def articles(self) -> list[str]:
        return list(dict.fromkeys(s.article for s in self.statements))


def claims(
    found: Sequence[Statement],
    grouped: Sequence[Sequence[int]],
    articles: Sequence[Article],
    prefix: str = "claim",
) -> list[Claim]:
    """The claims of the groups, most widely supported first, with ids `prefix`-1, -2, ..."""
    source = _sources(articles)
    result = []
    for members in grouped:
        group = tuple(found[i] for i in members)
        outlets = tuple(dict.fromkeys(source[s.article] for s in group))
        conflicts = _conflicts(group)
        status = (
            "disputed" if conflicts else "corroborated" if len(outlets) > 1 else "single-source"
        )
        central = _central(group)
        result.append(Claim("", group, central.text, central.opinion, outlets, status, conflicts))
    result.sort(key=lambda c: (-len(c.outlets), -len(c.statements), c.statements[0].start))
    return [dataclasses.replace(c, id=f"{prefix}-{n}") for n, c in enumerate(result, start=1)]


def _sources(articles: Sequence[Article]) -> dict[str, str]:
    """Each article's independent source: its outlet, or the original it copies, or itself."""
    by_id = {a.id: a for a in articles}
    source = {}
    for article in articles:
        original = by_id.get(article.duplicate_of or "", article)
        source[article.id] = original.outlet or original.id
    return source


def _central(group: Sequence[Statement]) -> Statement:
    """The statement most like the others (mean Jaccard of signals, so that a long sentence
    does not win by its length alone), a report before a judgement or quotation, the shorter
    one on a tie."""
    return max(
        group,
        key=lambda s: (
            not s.opinion,
            sum(
                len(s.features & o.features) / len(s.features | o.features)
                for o in group
                if o is not s
            ),
            -len(s.text),
        ),
    )


def _conflicts(group: Sequence[Statement]) -> tuple[Conflict, ...]:
    by_unit: dict[str, list[tuple[Figure, Statement]]] = {}
    for statement in group:
        for figure in statement.figures:
            by_unit.setdefault(figure.unit, []).append((figure, statement))
    conflicts = []
    for unit, figures in sorted(by_unit.items()):
        articles = {s.article for _, s in figures}
        if len(articles) < 2:
            continue
        if any(not _agree(a, b) for (a, _), (b, _) in _pairs(figures)):
            conflicts.append(Conflict(unit, tuple((f.value, s) for f, s in figures)))
    dated = [(s.days[0], s) for s in group if len(s.days) == 1]
    if any(a != b for (a, _), (b, _) in _pairs(dated)):
        conflicts.append(Conflict("date", tuple(dated)))
    return tuple(conflicts)


def _pairs(items: list) -> list[tuple]:
    return [
        (a, b) for n, a in enumerate(items) for b in items[n + 1 :] if a[1].article != b[1].article
    ]


def _agree(a: Figure, b: Figure) -> bool:
    if a.value == b.value:
        return True
    if not (a.approximate or b.approximate):
        return False
    return abs(a.value - b.value) <= max(1.0, APPROXIMATE_SHARE * max(a.value, b.value))
