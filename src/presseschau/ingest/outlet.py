"""Which outlet published an article: a user's mapping, the page's metadata, the URL host, or
the folder the file was filed in."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import urlsplit

from presseschau.errors import InputError


@dataclass(frozen=True)
class OutletMap:
    """A user's names for outlets, keyed by URL host, site name, folder name or source glob.

    Read from a TOML file with one table::

        [outlets]
        "spiegel.de" = "Der Spiegel"     # a host and its subdomains
        "tagesschau" = "tagesschau"      # a folder or site name
        "*/bbc-*.txt" = "BBC"            # a glob over the source path
    """

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> OutletMap:
        try:
            table = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("outlets")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(str(path), f"cannot read outlet mapping: {exc}") from exc
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise InputError(str(path), 'needs an [outlets] table of "key" = "Outlet name"')
        return cls(dict(table))

    def by_source(self, source: str) -> str | None:
        return next((n for k, n in self.names.items() if "*" in k and fnmatch(source, k)), None)

    def by_host(self, host: str) -> str | None:
        parts = host.split(".")
        return next(
            (
                self.names[s]
                for s in (".".join(parts[i:]) for i in range(len(parts)))
                if s in self.names
            ),
            None,
        )


def host_of(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return host or None


def resolve_outlet(
    mapping: OutletMap, source: str, site: str | None, url: str | None, folder: str | None
) -> str | None:
    """The outlet's name, or None when nothing names it (it is never guessed from the text)."""
    host = host_of(url) or host_of(source)
    mapped = mapping.by_source(source) or (mapping.by_host(host) if host else None)
    if mapped:
        return mapped
    for name in (site, folder):
        if name and name in mapping.names:
            return mapping.names[name]
    return site or host or folder
