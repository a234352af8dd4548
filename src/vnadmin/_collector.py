"""The cyclic garbage collector, paused while a reader builds a document.

A reader makes thousands of small objects (blocks, origins, paragraphs, citations) that hold
no reference cycles: reference counting frees every one of them, and the cyclic collector
finds nothing to do. Left running, it still scans: every few hundred new objects a young
collection, and as the heap grows, full collections over every live object — with many
documents kept in memory, a fifth of the reading time (measured on the corpus with
``benchmarks/text.py``). So the readers pause it while they build a document and resume it
afterwards (also when they raise); the objects made meanwhile are looked at once, by the
next collection. The docx and XML writers do the same while they build a package or the
markup: run after code that left garbage behind, they otherwise paid for its collection.

The collector's switch is process-wide: a collector the caller paused stays paused, and
one paused here is resumed only by the call that paused it.
"""

from __future__ import annotations

import gc
from types import TracebackType

__all__ = ["collector_paused"]


class _Paused:
    """The ``with`` block of :func:`collector_paused` (a class: a generator-based context
    manager costs ≈ 1 µs a call, paid several times per document read)."""

    __slots__ = ("_resume",)

    def __enter__(self) -> None:
        self._resume = gc.isenabled()
        if self._resume:
            gc.disable()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._resume:
            gc.enable()


def collector_paused() -> _Paused:
    """Pause the cyclic garbage collector for the ``with`` block (a no-op when it is
    already paused)."""
    return _Paused()
