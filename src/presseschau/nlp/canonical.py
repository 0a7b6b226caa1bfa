"""Entity canonicalisation: the mentions of all articles grouped into entities.

"Wladimir Putin", "Putin", "Putins", "Herr Putin" and "Präsident Putin" are one person; titles and
roles become attributes of the entity, not parts of its name, and a Russian patronymic is left
out of it. A name standing alone is resolved
to a fuller name of the same article first, then of the whole corpus, and only when that is
unambiguous. German and English transliterations of one name share a key (de.py).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from presseschau.model import Article, Entity, EntityMention, Mention
from presseschau.nlp import de

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LAST_WORD = re.compile(r"(\S+)\s+$")
# How far before a name its role is looked for: no role word is longer.
_ROLE_REACH = 100
# An apposition naming a role: ", außerordentlicher Professor an ...", ", Forschungsassistentin am".
_APPOSITION = re.compile(r",\s+(?:[a-zäöüß]\w*\s+){0,2}?([A-ZÄÖÜ][\w-]*)")
# Genitive endings of names: Putins, Russlands; after s, x, z an apostrophe: Kiews is not, Marx'.
_GENITIVE = re.compile(r"(?:s|')$")


@dataclass(frozen=True, slots=True)
class _Named:
    """One mention with the name it gives, before grouping."""

    article: str
    start: int
    end: int
    type: str
    surface: str
    name: str
    role: str | None


def canonical_entities(articles: Sequence[Article]) -> list[Entity]:
    """All entities named in `articles`, most mentioned first."""
    named = [_named(a, m) for a in articles for m in a.mentions]
    named = [n for n in named if n.name and not _only_roles(n)]
    known = _known_names(named)
    named = [_without_genitive(n, known) for n in named]
    groups = _group(named)
    entities = [_entity(group) for group in groups]
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return _unique_ids(entities)


def name_key(name: str) -> str:
    """The form under which spellings of one name meet: no case, accents, hyphens or
    transliteration differences."""
    key = " ".join(_WORD.findall(name.casefold().replace("-", " ")))
    for written, spoken in de.TRANSLITERATION:
        key = key.replace(written, spoken)
    return unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()


def _named(article: Article, mention: Mention) -> _Named:
    surface = article.text[mention.start : mention.end]
    words = surface.split()
    while words and words[0].casefold() in de.HONORIFICS:
        words = words[1:]
    # "Wladimir Wladimirowitsch (Putin)": a patronymic is no part of the name's key.
    if len(words) > 1:
        words = [words[0], *(w for w in words[1:] if not w.endswith(de.PATRONYMIC_ENDINGS))]
    role = _role(article.text, mention) if mention.type == "PER" else None
    return _Named(
        article.id, mention.start, mention.end, mention.type, surface, " ".join(words), role
    )


def _role(text: str, mention: Mention) -> str | None:
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = _LAST_WORD.search(text[max(line_start, mention.start - _ROLE_REACH) : mention.start])
    if before and is_role(before.group(1)):
        return before.group(1)
    after = _APPOSITION.match(text, mention.end)
    return after.group(1) if after and is_role(after.group(1)) else None


def _only_roles(n: _Named) -> bool:
    """A "person" named only by offices ("Forschungsassistentin") is a role without a name."""
    return n.type == "PER" and all(is_role(word) for word in n.name.split())


def is_role(word: str) -> bool:
    last_part = word.rsplit("-", 1)[-1].casefold().rstrip(".,")
    return last_part in de.ROLE_NOUNS or last_part.endswith(de.ROLE_ENDINGS)


def _known_names(named: Iterable[_Named]) -> set[str]:
    """Names and single words of names, as keys: what a genitive form may be the base of."""
    known: set[str] = set()
    for n in named:
        key = name_key(n.name)
        known.add(key)
        known.update(key.split())
    return known


def _without_genitive(n: _Named, known: set[str]) -> _Named:
    # "Putins" is Putin's only where the corpus names a Putin; "Jens" and "Paris" have no base.
    base = _GENITIVE.sub("", n.name)
    if base != n.name and name_key(base) in known:
        return dataclasses.replace(n, name=base)
    return n


def _group(named: list[_Named]) -> list[list[_Named]]:
    """Mentions grouped by the key of the fullest name they can be resolved to."""
    # Full names by their first and by their last word, in each article and anywhere.
    in_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    anywhere: dict[str, set[str]] = defaultdict(set)
    for n in named:
        key = name_key(n.name)
        if " " in key and n.type == "PER":
            words = key.split()
            for word in {words[0], words[-1]}:
                in_article[n.article][word].add(key)
                anywhere[word].add(key)
    groups: dict[str, list[_Named]] = defaultdict(list)
    for n in named:
        groups[_resolve(n, in_article[n.article], anywhere)].append(n)
    return list(groups.values())


def _resolve(n: _Named, in_article: dict[str, set[str]], anywhere: dict[str, set[str]]) -> str:
    key = name_key(n.name)
    if n.type != "PER" or " " in key:
        return key
    for candidates in (in_article, anywhere):
        matches = candidates.get(key, set())
        if len(matches) == 1:
            return next(iter(matches))
        if matches:
            return key
    return key


def _entity(group: list[_Named]) -> Entity:
    types = Counter(n.type for n in group)
    names = Counter(n.name for n in group)
    name = max(names, key=lambda x: (len(x.split()), names[x], -_first_index(group, x)))
    surfaces = dict.fromkeys(n.surface for n in group)
    return Entity(
        id="",
        name=name,
        type=types.most_common(1)[0][0],
        aliases=tuple(s for s in surfaces if s != name),
        roles=tuple(dict.fromkeys(n.role for n in group if n.role)),
        mentions=tuple(EntityMention(n.article, n.start, n.end) for n in group),
    )


def _first_index(group: list[_Named], name: str) -> int:
    return next(i for i, n in enumerate(group) if n.name == name)


def _slug(name: str) -> str:
    folded = name.casefold().replace("ß", "ss")
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, spelled)
    ascii_name = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name)) or "x"


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    seen: Counter[str] = Counter()
    unique = []
    for entity in entities:
        base = f"{entity.type.lower()}-{_slug(entity.name)}"
        seen[base] += 1
        entity_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        unique.append(dataclasses.replace(entity, id=entity_id))
    return unique
