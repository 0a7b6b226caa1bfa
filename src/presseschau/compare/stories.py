"""Story clustering: articles that report the same event, grouped as they arrive.

After Miranda et al. (2018, "Multilingual Clustering of Streaming News"): each article is a TF-
IDF vector of its words and one of its names, the IDF counted over the stream so far and
smoothed with how common each word is in German at large (PRIOR_ARTICLES made-up articles of
DOC_WORDS words drawn from `nlp/data/frequencies-de.tsv.gz`), so that a batch of five articles
on one event does not take the event's words for common ones; it joins the story whose centroid
it is most similar to, if that similarity passes THRESHOLD and the story has had an article
within WINDOW_DAYS, else it starts a story. The similarity is a weighted sum of the two cosines,
damped by the days between the article and the story.

Later evidence can change earlier decisions: a story that comes close to another one merges with
it, and `revise()` moves every article to the story that now fits it best (or to a story of its
own), as one pass of k-means would.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources

from presseschau.compare.profiles import Profile

TERM_WEIGHT, NAME_WEIGHT = 0.6, 0.4
THRESHOLD = 0.3
WINDOW_DAYS = 3
# Days over which the similarity to a story halves, counted from the story's last day.
HALF_LIFE_DAYS = 2.0
# An article is looked for only in stories that share one of its most weighted words or names.
KEYS = 12
# Of those, the ones sharing the most keys are compared: a story sharing one key of 24 is
# never the best match while others share many.
CANDIDATES = 10
# A key that this many open stories share finds no story in particular, and counting its
# stories for every article would make clustering quadratic.
COMMON_KEY = 200
# The most weighted words and names an article keeps: the rest add little but cost.
KEPT = 40
LABEL_WORDS = 3
PRIOR_ARTICLES = 1000
DOC_WORDS = 400
FREQUENCIES = "frequencies-de.tsv.gz"
# The frequency of a word the list does not hold: rarer than any it holds.
UNLISTED = 1e-7

Vector = dict[str, float]


@dataclass
class Cluster:
    id: int
    articles: list[str] = field(default_factory=list)
    terms: Counter = field(default_factory=Counter)  # sum of its articles' unit vectors
    names: Counter = field(default_factory=Counter)
    norms: list[float] = field(default_factory=lambda: [0.0, 0.0])  # squared, terms and names
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class StoryGroup:
    """A story found by clustering: its articles in arrival order, its most weighted words
    and its first and last day."""

    articles: tuple[str, ...]
    terms: tuple[str, ...]
    first: date | None
    last: date | None

    @property
    def id(self) -> str:
        return story_key(self.articles)


class StoryClusterer:
    """Incremental clustering; `add` one article profile at a time, in the order they appeared,
    read `groups()`.

    Stories whose last day lies more than WINDOW_DAYS before the newest article's day are
    closed: no article can join them any more, and their vectors are let go, so that memory
    stays bounded by the stories of the last days however long the stream.
    """

    def __init__(self) -> None:
        self.seen = 0
        self.df: Counter[str] = Counter()  # "t:" + word or "n:" + name -> articles holding it
        self.clusters: dict[int, Cluster] = {}  # the open stories
        self.closed: list[tuple[int, StoryGroup]] = []  # (first arrival, story)
        self.where: dict[str, int] = {}
        self.arrival: dict[str, int] = {}
        self.vectors: dict[str, tuple[Vector, Vector, date | None]] = {}
        self.index: dict[str, set[int]] = defaultdict(set)
        self.horizon: date | None = None
        self._next = 0

    def add(self, profile: Profile) -> int:
        """Place the article in a story; the id of that story."""
        self.seen += 1
        self.df.update(f"t:{t}" for t in profile.terms)
        self.df.update(f"n:{n}" for n in profile.names)
        self.arrival[profile.article] = len(self.arrival)
        if profile.day is not None:
            self._close_before(profile.day - timedelta(days=WINDOW_DAYS))
        terms, names = self._unit(profile.terms, "t:"), self._unit(profile.names, "n:")
        self.vectors[profile.article] = (terms, names, profile.day)
        best, score = self._best(terms, names, profile.day, exclude=None)
        cluster = self.clusters[best] if score >= THRESHOLD else self._new()
        self._join(cluster, profile.article)
        self._merge_near(cluster)
        return self.where[profile.article]

    def remove(self, article: str) -> None:
        """Take the article out of its story (its text changed, say), if it is in an open one."""
        if article in self.vectors:
            cluster = self.clusters[self.where.pop(article)]
            self._leave(cluster, article)
            del self.vectors[article]
            if not cluster.articles:
                del self.clusters[cluster.id]

    def revise(self) -> int:
        """Move each article of the open stories to the story that fits it best now; the
        number moved."""
        moved = 0
        for article in list(self.vectors):
            terms, names, day = self.vectors[article]
            own = self.clusters[self.where[article]]
            self._leave(own, article)
            best, score = self._best(terms, names, day, exclude=None)
            target = self.clusters[best] if score >= THRESHOLD else None
            if target is None and not own.articles:
                target = own  # alone before, alone again
            if target is None:
                target = self._new()
            moved += target is not own
            self._join(target, article)
            if not own.articles and own is not target:
                del self.clusters[own.id]
        return moved

    def groups(self) -> list[StoryGroup]:
        """The stories, open and closed, largest first, then by their first article's
        arrival."""
        found = self.closed + [self._group(c) for c in self.clusters.values() if c.articles]
        found.sort(key=lambda item: (-len(item[1].articles), item[0]))
        return [group for _, group in found]

    def _group(self, cluster: Cluster) -> tuple[int, StoryGroup]:
        articles = sorted(cluster.articles, key=self.arrival.__getitem__)
        group = StoryGroup(tuple(articles), _terms(cluster), cluster.first, cluster.last)
        return self.arrival[articles[0]], group

    def _close_before(self, horizon: date) -> None:
        if self.horizon is not None and horizon <= self.horizon:
            return
        self.horizon = horizon
        for cluster in [c for c in self.clusters.values() if c.last and c.last < horizon]:
            self.closed.append(self._group(cluster))
            for article in cluster.articles:
                terms, names, _ = self.vectors.pop(article)
                for key in _keys(terms, names):
                    self.index[key].discard(cluster.id)
            del self.clusters[cluster.id]

    def _unit(self, counts: Counter[str], kind: str) -> Vector:
        weights = {k: (1 + math.log(c)) * self._idf(kind, k) for k, c in counts.items()}
        kept = sorted((k for k, w in weights.items() if w > 0), key=weights.__getitem__)[-KEPT:]
        norm = math.sqrt(sum(weights[k] ** 2 for k in kept)) or 1.0
        return {k: weights[k] / norm for k in kept}

    def _idf(self, kind: str, key: str) -> float:
        share = 1 - math.exp(-background().get(key, UNLISTED) * DOC_WORDS)
        prior = PRIOR_ARTICLES * share
        return math.log((self.seen + PRIOR_ARTICLES) / (self.df[kind + key] + prior + 0.5))

    def _best(
        self, terms: Vector, names: Vector, day: date | None, exclude: int | None
    ) -> tuple[int, float]:
        best, score = -1, 0.0
        for cid in self._candidates(terms, names):
            cluster = self.clusters.get(cid)  # the index still names stories merged away
            if cluster is None or cid == exclude or not _in_window(cluster, day):
                continue
            similarity = _similarity(cluster, terms, names, day)
            if similarity > score:
                best, score = cid, similarity
        return best, score

    def _candidates(self, terms: Vector, names: Vector) -> list[int]:
        """The stories that share the most of the article's keys, at most CANDIDATES."""
        shared: Counter[int] = Counter()
        for key in _keys(terms, names):
            holders = self.index.get(key, ())
            if len(holders) <= COMMON_KEY:
                shared.update(holders)
        return [cid for cid, _ in shared.most_common(CANDIDATES)]

    def _new(self) -> Cluster:
        cluster = self.clusters[self._next] = Cluster(self._next)
        self._next += 1
        return cluster

    def _join(self, cluster: Cluster, article: str) -> None:
        terms, names, day = self.vectors[article]
        cluster.articles.append(article)
        _add(cluster, terms, names, 1.0)
        for key in _keys(terms, names):
            self.index[key].add(cluster.id)
        if day is not None:
            cluster.first = min(cluster.first or day, day)
            cluster.last = max(cluster.last or day, day)
        self.where[article] = cluster.id

    def _leave(self, cluster: Cluster, article: str) -> None:
        terms, names, _ = self.vectors[article]
        cluster.articles.remove(article)
        _add(cluster, terms, names, -1.0)
        days = [self.vectors[a][2] for a in cluster.articles if self.vectors[a][2]]
        cluster.first, cluster.last = (min(days), max(days)) if days else (None, None)

    def _merge_near(self, cluster: Cluster) -> None:
        """Merge the story with the most similar other one if they pass THRESHOLD."""
        terms, names = _normalised(cluster)
        best, score = self._best(terms, names, cluster.last, exclude=cluster.id)
        if best < 0 or score < THRESHOLD:
            return
        other = self.clusters.pop(best)
        for article in other.articles:
            self._join(cluster, article)


def story_key(articles: Sequence[str]) -> str:
    """A story's id, from its first article: it stays while the story grows."""
    return "story-" + hashlib.sha1(articles[0].encode("utf-8")).hexdigest()[:10]


def by_day(profile: Profile) -> tuple[bool, date]:
    """A sort key: the order articles appeared in, by day, undated ones last."""
    return profile.day is None, profile.day or date.min


def cluster(profiles: Iterable[Profile]) -> list[StoryGroup]:
    """The stories of a batch of articles, taken in the order they appeared, with one
    revision pass at the end."""
    return cluster_in_order(sorted(profiles, key=by_day))


def cluster_in_order(profiles: Iterable[Profile]) -> list[StoryGroup]:
    """`cluster` of profiles already in the order they appeared (`by_day`): a stream, of
    which only the stories still open are held."""
    clusterer = StoryClusterer()
    for p in profiles:
        clusterer.add(p)
    clusterer.revise()
    return clusterer.groups()


@functools.cache
def background() -> dict[str, float]:
    """How often each German lemma occurs per word of running text."""
    raw = (resources.files("presseschau.nlp") / "data" / FREQUENCIES).read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines())
    return {lemma: float(frequency) for lemma, frequency in rows}


def _add(cluster: Cluster, terms: Vector, names: Vector, sign: float) -> None:
    for slot, (vector, centroid) in enumerate(((terms, cluster.terms), (names, cluster.names))):
        for k, w in vector.items():
            old = centroid[k]
            centroid[k] = old + sign * w
            cluster.norms[slot] += 2 * old * sign * w + w * w
            if abs(centroid[k]) < 1e-12:
                del centroid[k]


def _norms(cluster: Cluster) -> tuple[float, float]:
    """The lengths of the centroid's word and name vectors (1 for an empty one)."""
    term_norm, name_norm = (math.sqrt(max(n, 0.0)) or 1.0 for n in cluster.norms)
    return term_norm, name_norm


def _similarity(cluster: Cluster, terms: Vector, names: Vector, day: date | None) -> float:
    """The weighted sum of the cosines; of the words alone where either side names no one."""
    term_norm, name_norm = _norms(cluster)
    term_cos = sum(w * cluster.terms.get(k, 0.0) for k, w in terms.items()) / term_norm
    if not names or not cluster.names:
        return term_cos * _decay(cluster, day)
    name_cos = sum(w * cluster.names.get(k, 0.0) for k, w in names.items()) / name_norm
    return (TERM_WEIGHT * term_cos + NAME_WEIGHT * name_cos) * _decay(cluster, day)


def _decay(cluster: Cluster, day: date | None) -> float:
    if day is None or cluster.last is None:
        return 1.0
    gap = max((cluster.first - day).days, (day - cluster.last).days, 0)
    return 0.5 ** (gap / HALF_LIFE_DAYS)


def _in_window(cluster: Cluster, day: date | None) -> bool:
    if day is None or cluster.last is None:
        return True
    return (day - cluster.last).days <= WINDOW_DAYS and (cluster.first - day).days <= WINDOW_DAYS


def _normalised(cluster: Cluster) -> tuple[Vector, Vector]:
    term_norm, name_norm = _norms(cluster)
    return (
        {k: w / term_norm for k, w in cluster.terms.items()},
        {k: w / name_norm for k, w in cluster.names.items()},
    )


def _keys(terms: Vector, names: Vector) -> list[str]:
    """The index keys of an article: its most weighted words and names."""
    return [f"t:{k}" for k in _top(terms, KEYS)] + [f"n:{k}" for k in _top(names, KEYS)]


def _terms(cluster: Cluster) -> tuple[str, ...]:
    """The story's most weighted words."""
    return tuple(_top(cluster.terms, LABEL_WORDS))


def _top(vector: dict[str, float], count: int) -> list[str]:
    return sorted(vector, key=vector.__getitem__, reverse=True)[:count]
