"""presseschau: compare how news outlets cover the same events, with evidence."""

from presseschau.errors import InputError, PresseschauError, StoreError
from presseschau.model import Article, Block, Document, Removal

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "Document",
    "InputError",
    "PresseschauError",
    "Removal",
    "StoreError",
    "__version__",
]
