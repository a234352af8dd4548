"""Rounds that time two callables in turns, shared by the benchmark scripts.

Each round runs both once, the one that goes first alternating from round to round, so
that each side runs just after the other's work and a machine whose speed drifts during
the run weighs on both alike. The scripts reduce the times as they report them (best or
median)."""

from __future__ import annotations

import time
from collections.abc import Callable


def alternate(
    a: Callable[[], object],
    b: Callable[[], object],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[list[float], list[float]]:
    """The times of ``a`` and of ``b`` over ``repeat`` rounds, measured with ``clock``."""
    times_a: list[float] = []
    times_b: list[float] = []
    for round_ in range(repeat):
        for fn, times in ((a, times_a), (b, times_b)) if round_ % 2 == 0 else ((b, times_b), (a, times_a)):
            start = clock()
            fn()
            times.append(clock() - start)
    return times_a, times_b


def clear_reading_caches() -> None:
    """Empty the caches a reading fills from the text it reads — parsed numbers, folded
    words, dates (by their digits and as written), types by name and code — as a process
    that has read nothing yet has them (the vocabulary and the registries, loaded once per
    process, stay)."""
    from vnadmin.citations import finder, grammar, view

    for module in (finder, grammar, view):
        for name, value in list(vars(module).items()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and name != "vocabulary":
                clear()
    finder._KEYS.clear()
    finder._DATES_WRITTEN.clear()
