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
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (a no-op when it is
    already paused)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
