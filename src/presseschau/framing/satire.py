"""Satire where it says so: an article of a publication of satire (`nlp/data/satire-outlets.txt`,
by the host of its URL or its outlet's name), or one whose title or a heading labels it
("Satire: ...", "... (Satire)"). The genre model has no other cue for it: satire imitates the
report it mocks."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from presseschau.ingest.outlet import OutletMap, host_of
from presseschau.model import HEADING_KINDS, Article

OUTLETS = "satire-outlets.txt"
# "Satire: ...", "SATIRE – ...", "... (Satire)", or a heading that is the word alone; not
# "Satire-Gipfel", a report about satire.
LABELLED = re.compile(r"^\s*satire(?:\s*[:|]|\s+[–-]\s|\s*$)|\(satire\)", re.IGNORECASE)


@cache
def _outlets() -> OutletMap:
    """Satire publications' names, by host."""
    text = (resources.files("presseschau.nlp") / "data" / OUTLETS).read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return OutletMap({host: name for host, name in rows})


def satire_cue(article: Article) -> str | None:
    """What marks the article as satire, as a reader checks it, or None."""
    outlets = _outlets()
    by_name = {name.casefold(): name for name in outlets.names.values()}
    # The outlet is a name or, where the input named none, the host of the article's URL.
    outlet = (article.outlet or "").casefold()
    hosts = [host_of(source) or "" for source in (article.source, *article.sources)]
    name = by_name.get(outlet) or next(filter(None, map(outlets.by_host, (*hosts, outlet))), None)
    if name:
        return f"satire outlet: {name}"
    headings = [article.text[b.start : b.end] for b in article.blocks if b.kind in HEADING_KINDS]
    for line in (article.title or "", *headings):
        if LABELLED.search(line):
            return f"labelled satire: {line.strip()[:60]}"
    return None
