"""Gzip, decompressed a piece at a time and within bounds: scraped data holds gzip bombs (a
megabyte that inflates to a gigabyte of zeros)."""

from __future__ import annotations

import io
import mmap
import zlib

from presseschau.errors import InputError
from presseschau.ingest.context import megabytes
from presseschau.ingest.sniff import GZIP_WBITS

# Real text, HTML and WARC records inflate 3- to 20-fold; a gzip bomb about 1000-fold.
MAX_RATIO = 100
FEED_BYTES = 64 * 1024  # compressed bytes handed to zlib at a time


def gunzip(data: bytes | mmap.mmap, source: str, max_bytes: int) -> bytes:
    """Decompress every gzip member of `data`, refusing more than `max_bytes` of output."""
    with io.BufferedReader(Gunzip(data, source, max_bytes)) as stream:
        output = stream.read(max_bytes + 1)
    if len(output) > max_bytes:
        raise InputError(source, f"gzip expands beyond {megabytes(max_bytes)}")
    return output


class Gunzip(io.RawIOBase):
    """A readable stream of the decompressed members of gzip `data`, one after another.

    A member may inflate to `max_bytes` at any ratio, beyond that only while its output stays
    within MAX_RATIO times the input it has used; else InputError, as for broken gzip data.
    """

    def __init__(self, data: bytes | mmap.mmap, source: str, max_bytes: int) -> None:
        super().__init__()
        self.data = data
        self.source = source
        self.max_bytes = max_bytes
        self.position = 0  # of the next compressed byte not yet handed to zlib
        self.pending = b""  # compressed bytes handed over but not used yet
        self.inflater: zlib._Decompress | None = None
        self.member_in = self.member_out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:
        if not buffer:
            return 0  # zlib would take a limit of 0 for no limit at all
        while True:
            if self.inflater is None:
                if not self.pending and self.position >= len(self.data):
                    return 0
                self.inflater = zlib.decompressobj(GZIP_WBITS)
                self.member_in = self.member_out = 0
            piece = self._inflate(len(buffer))
            if piece:
                buffer[: len(piece)] = piece
                return len(piece)

    def _inflate(self, most: int) -> bytes:
        if not self.pending:
            self.pending = self.data[self.position : self.position + FEED_BYTES]
            self.position += len(self.pending)
            if not self.pending:
                raise InputError(self.source, "gzip data cut off")
        given = len(self.pending)
        try:
            piece = self.inflater.decompress(self.pending, most)
        except zlib.error as error:
            raise InputError(self.source, f"corrupt gzip: {error}") from None
        if self.inflater.eof:
            self.pending, self.inflater = self.inflater.unused_data, None
        else:
            self.pending = self.inflater.unconsumed_tail
        self.member_in += given - len(self.pending)
        self.member_out += len(piece)
        if self.member_out > max(self.max_bytes, MAX_RATIO * self.member_in):
            raise InputError(
                self.source,
                f"gzip expands beyond {megabytes(self.max_bytes)}, over {MAX_RATIO} times its "
                "compressed size: a gzip bomb",
            )
        return piece
