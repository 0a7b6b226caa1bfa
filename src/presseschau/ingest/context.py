"""What every reader may need besides the bytes: the size limit and the way to fetch URLs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presseschau.ingest.transport import Transport

BYTES_PER_MB = 2**20  # as the command line counts --max-size


@dataclass(frozen=True)
class ReadContext:
    """Options for reading inputs; `transport` None means offline: no URL is ever fetched."""

    max_bytes: int
    transport: Transport | None = None
    # Whether a source is in the store already: a feed's teaser entry then is not fetched again.
    is_stored: Callable[[str], bool] = lambda source: False


def too_large(max_bytes: int) -> str:
    """The problem text for an input or record beyond the size limit."""
    return f"larger than {megabytes(max_bytes)} (raise --max-size)"


def megabytes(size: int) -> str:
    return f"{size / BYTES_PER_MB:g} MB"
