"""Options of a run, gathered in one object at the edge (the CLI) and passed inward."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from presseschau.ingest.context import BYTES_PER_MB
from presseschau.ingest.outlet import OutletMap

DEFAULT_DB = Path("presseschau.db")
DEFAULT_MAX_MB = 20


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_MB * BYTES_PER_MB
    outlets: OutletMap = field(default_factory=OutletMap)
    offline: bool = False  # never fetch a URL, not even a feed entry's link
    progress: bool = True
