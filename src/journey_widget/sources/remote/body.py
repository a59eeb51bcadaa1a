"""Reading an answer's body with a bound on the bytes as they are inflated.

httpx inflates a gzip or deflate answer one network chunk at a time and without limit, so a
body of 2 KB (a gzip inside a gzip) becomes gigabytes before any size check can look at it.
Here the raw bytes are read (``aiter_raw``) and inflated by our own decompressors, at most
``STEP`` bytes at a time, counting every byte they give: the cap holds on the decoded answer
while it grows. Only gzip and deflate are asked for (``ACCEPT_ENCODING``) and read; an answer
in another encoding is refused (MALFORMED), as is one whose compressed bytes are broken.

The stream's iterator is closed in the task that read it (``aclosing``), also when the read
stops early at the cap, so nothing is left for the garbage collector to finalise in another
task (which printed "async generator ignored GeneratorExit" on stderr). No Qt.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import aclosing

import httpx

from journey_widget.sources.base import FailureReason, SourceError

ACCEPT_ENCODING = "gzip, deflate"
STEP = 64 * 1024  # bytes one decompressor gives at a time
MAX_LAYERS = 2  # "gzip, gzip" at most: more layers are no answer but an attack

_GZIP = 16 + zlib.MAX_WBITS
_ZLIB_OR_GZIP = 32 + zlib.MAX_WBITS
_RAW_DEFLATE = -zlib.MAX_WBITS


class TooLarge(SourceError):
    def __init__(self, host: str, limit: int) -> None:
        super().__init__(
            f"The answer from {host} is larger than {limit // (1024 * 1024) or 1} MB.",
            FailureReason.TOO_LARGE,
        )


class _Inflater:
    """One content coding, inflated in steps of at most ``STEP`` bytes."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._raw_fallback = coding == "deflate"  # some servers send deflate without zlib header
        self._started = False
        self._zlib = zlib.decompressobj(_GZIP if coding in ("gzip", "x-gzip") else _ZLIB_OR_GZIP)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._raw_fallback and not self._started and data:
            self._started = True
            try:
                first = self._zlib.decompress(data, STEP)
            except zlib.error:
                self._zlib = zlib.decompressobj(_RAW_DEFLATE)
            else:
                yield from self._more(first)
                return
        yield from self._steps(data)

    def _steps(self, data: bytes) -> Iterator[bytes]:
        yield from self._more(self._zlib.decompress(data, STEP))

    def _more(self, out: bytes) -> Iterator[bytes]:
        while True:
            if out:
                yield out
            if self._zlib.eof or (not self._zlib.unconsumed_tail and len(out) < STEP):
                return
            out = self._zlib.decompress(self._zlib.unconsumed_tail, STEP)

    def finish(self) -> Iterator[bytes]:
        if not self._zlib.eof:
            yield from self._more(self._zlib.decompress(b"", STEP))


def _codings(response: httpx.Response, host: str) -> list[str]:
    """The content codings to undo, the last applied first."""
    header = response.headers.get("content-encoding", "")
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise SourceError(
                f"{host} sent its answer in the encoding “{coding[:20]}”, which was not asked "
                "for and cannot be read.",
                FailureReason.MALFORMED,
            )
    if len(codings) > MAX_LAYERS:
        raise SourceError(
            f"{host} sent its answer compressed {len(codings)} times over.",
            FailureReason.MALFORMED,
        )
    return list(reversed(codings))


def _through(inflaters: list[_Inflater], data: bytes) -> Iterator[bytes]:
    if not inflaters:
        if data:
            yield data
        return
    first, rest = inflaters[0], inflaters[1:]
    for piece in first.feed(data):
        yield from _through(rest, piece)


def _finish(inflaters: list[_Inflater]) -> Iterator[bytes]:
    for index, inflater in enumerate(inflaters):
        for piece in inflater.finish():
            yield from _through(inflaters[index + 1 :], piece)


class _Collected:
    """Decoded pieces up to ``limit`` bytes; past it TooLarge, or with ``cut`` full."""

    def __init__(self, limit: int, host: str, cut: bool) -> None:
        self.limit, self.host, self.cut = limit, host, cut
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, piece: bytes) -> bool:
        """Keep ``piece``; True once the body is as long as it may be (``cut``)."""
        room = self.limit - self.size
        if len(piece) > room:
            if not self.cut:
                raise TooLarge(self.host, self.limit)
            self.chunks.append(piece[:room])
            self.size = self.limit
            return True
        self.chunks.append(piece)
        self.size += len(piece)
        return False

    def body(self) -> bytes:
        return b"".join(self.chunks)


async def read_body(response: httpx.Response, limit: int, host: str, *, cut: bool = False) -> bytes:
    """The decoded body, at most ``limit`` bytes of it as inflated.

    Past ``limit``: TooLarge, or with ``cut`` (an error page, read for its error code) the
    first ``limit`` bytes. Broken compressed bytes or an unknown encoding: MALFORMED.
    """
    declared = response.headers.get("content-length", "")
    if not cut and declared.isdigit() and int(declared) > limit:
        raise TooLarge(host, limit)
    inflaters = [_Inflater(c) for c in _codings(response, host)]
    collected = _Collected(limit, host, cut)
    try:
        async with aclosing(response.aiter_raw()) as raw:
            async for chunk in raw:
                if any(collected.add(piece) for piece in _through(inflaters, chunk)):
                    return collected.body()
        for piece in _finish(inflaters):
            if collected.add(piece):
                break
    except zlib.error:
        if cut:
            return collected.body()
        raise SourceError(
            f"{host} sent a compressed answer whose bytes are broken.", FailureReason.MALFORMED
        ) from None
    return collected.body()
