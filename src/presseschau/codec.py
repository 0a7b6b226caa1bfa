"""Dataclasses to JSON-able data and back, by their type hints: how the store keeps an
analysis (articles with their layers, entities, stories) in a form that any tool can read and
that loading never executes."""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from datetime import date


def dump(value: object) -> object:
    """The value as JSON-able data: dataclasses as objects, tuples and sets as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list | frozenset | set):
        return [dump(item) for item in value]
    if isinstance(value, Mapping):
        return {key: dump(item) for key, item in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def load(kind: object, data: object) -> object:
    """The value of type `kind` that `dump` gave `data` for."""
    if data is None:
        return None
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: load(hints[name], item) for name, item in data.items()})
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        return load(options[0], data) if len(options) == 1 else data
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(load(args[0], item) for item in data)
        return tuple(load(a, item) for a, item in zip(args, data, strict=True))
    if origin in (list, frozenset, set):
        return origin(load(args[0], item) for item in data) if args else origin(data)
    if isinstance(origin, type) and issubclass(origin, Mapping):
        value = args[1] if args else object
        return origin({key: load(value, item) for key, item in data.items()})
    if kind is date:
        return date.fromisoformat(data)
    return data


@functools.cache
def _hints(kind: type) -> dict[str, object]:
    return typing.get_type_hints(kind)
