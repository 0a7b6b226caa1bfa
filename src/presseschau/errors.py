"""The one exception tree of presseschau."""

from __future__ import annotations

import re

# Control characters and line separators break the one line an error gets; lone surrogates are
# how Python holds the bytes of a file name that are not UTF-8, which no UTF-8 text can hold.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Python's file system decoding maps an undecodable byte 0xNN to the surrogate U+DCNN.
_ESCAPED_BYTES = range(0xDC80, 0xDD00)


class PresseschauError(Exception):
    """Base of every error presseschau raises on purpose."""


class InputError(PresseschauError):
    """An input could not be read; the message names the input and the problem on one line."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{printable(source)}: {printable(problem)}")
        self.source = source
        self.problem = problem


class StoreError(PresseschauError):
    """The store could not be opened or written."""


def printable(text: str) -> str:
    """`text` as one line of valid Unicode: control characters, line separators and lone
    surrogates are written as escapes (a file name's undecodable byte 0xff as `\\xff`)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")
