"""The text the citation finder matches on: NFD stretches composed, with a map back.

The finder reads the text as given: dashes, no-break spaces, Ð/Ɖ and markdown emphasis are
handled where they matter (the scanner, the tokeniser, parse_number), so the only copy it
ever makes is the NFC composition of NFD input, with a map back to the caller's offsets.
Composition is needed only where the finder matches raw text (dates, "của", law words);
words are compared through fold(), which composes anyway. Every such word carries a tone
mark (ngày, tháng, của, Luật, Pháp lệnh, Hiến pháp, số), so text that needs composing
holds at least one of the five tone marks, and only short stretches around tone marks are
composed (each with one call of the C normaliser; a stretch is bounded, so a long run of
combining marks costs linear time).

>>> view, offsets = matching_view("Lua\\u0323\\u0302t na\\u0306m 2015")
>>> view
'Luật năm 2015'
>>> [offset(offsets, p) for p in (0, 2, 3, 5, 13)]
[0, 2, 5, 7, 16]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

__all__ = ["MARK_RE", "Offsets", "matching_view", "offset", "spans_back"]

_MARKS = "\u0301\u0300\u0323\u0309\u0303"  # the five tone marks
_ACUTE = _MARKS[0]
_STRETCH = 192
_MAX_MARKS = 16  # marks looked at after one letter (real letters carry at most 3)
# Any combining mark (the quick test for a text that may hide a citation in NFD form).
MARK_RE = re.compile("[\u0300-\u036f]")


def matching_view(text: str) -> tuple[str, Offsets | None]:
    """The text to match on, and (when NFC changed it) the map of its offsets back to
    ``text``."""
    n = len(text)
    finders: list[Callable[[int], int]] = [_acute_finder(text)]
    finders += [partial(text.find, mark) for mark in _MARKS[1:]]
    # where the next of each tone mark is (n: none further on)
    ahead = [find(0) for find in finders]
    if max(ahead) < 0:
        return text, None
    ahead = [n if k < 0 else k for k in ahead]
    # Compose short stretches around the tone marks; a stretch never splits a letter from
    # its marks. Text between stretches is copied.
    combining = unicodedata.combining
    pieces: list[str] = []
    starts: list[int] = []
    stretches: list[tuple[int, int, int, int]] = []
    done = 0  # the end of what has been copied or composed into ``pieces``
    floor = 0  # the end of the last stretch looked at
    shift = 0  # characters composition has removed so far
    first = min(ahead)  # the next tone mark
    while first < n:
        lo = first
        while lo > floor and combining(text[lo - 1]):
            lo -= 1
        if lo > floor:
            lo -= 1  # the letter the marks belong to
        if lo - floor < _STRETCH:
            lo = floor  # close to the last stretch: compose what lies between too ("ư" in "người")
        # the end of the letter's marks; then, where more tone marks follow closely (NFD
        # text), a whole stretch at once
        hi = first + 1
        stop = min(n, hi + _MAX_MARKS)
        while hi < stop and combining(text[hi]):
            hi += 1
        first = _advance(ahead, hi, finders, n)
        if first < lo + _STRETCH:
            hi = lo + _STRETCH
            if hi >= n:
                hi = n
            else:
                cut = hi
                while cut > hi - _MAX_MARKS and combining(text[cut]):
                    cut -= 1
                if not combining(text[cut]):
                    hi = cut  # the stretch ends before a letter, not among its marks
            if first < hi:
                first = _advance(ahead, hi, finders, n)
        piece = text[lo:hi]
        composed = _nfc(piece)
        if composed != piece:
            pieces.append(text[done:lo])
            pieces.append(composed)
            v = lo - shift
            starts.append(v)
            stretches.append((v, v + len(composed), lo, hi))
            shift += (hi - lo) - len(composed)
            done = hi
        floor = hi
    if not stretches:
        return text, None
    pieces.append(text[done:])
    return "".join(pieces), Offsets(text, starts, stretches)


def _advance(ahead: list[int], hi: int, finders: list[Callable[[int], int]], n: int) -> int:
    """Move each entry of ``ahead`` before ``hi`` to the next such tone mark at or after
    ``hi``; the nearest tone mark."""
    for i, k in enumerate(ahead):
        if k < hi:
            k = finders[i](hi)
            ahead[i] = n if k < 0 else k
    return min(ahead)


# U+0301 alone: the regex engine scans for a pattern's one literal character with a plain
# loop, where str.find runs memchr on its low byte 0x01, which stops at every ư and ơ
# (U+01B0, U+01A1): half the time over Vietnamese text. (The other tone marks' low bytes
# are rare, or 0x00, where str.find itself runs a plain loop.)
_ACUTE_RE = re.compile(_ACUTE)


def _acute_finder(text: str) -> Callable[[int], int]:
    """``lambda start: text.find("\u0301", start)``, by the regex engine."""
    search = _ACUTE_RE.search

    def find_acute(start: int) -> int:
        m = search(text, start)
        return -1 if m is None else m.start()

    return find_acute


_nfc = partial(unicodedata.normalize, "NFC")


class Offsets:
    """Where the view and the caller's text part: each composed stretch as (view start,
    view end, text start, text end); between stretches offsets differ by a constant.
    Inside a stretch, offsets are read from a table made the first time it is asked."""

    __slots__ = ("starts", "stretches", "tables", "text")

    def __init__(self, text: str, starts: list[int], stretches: list[tuple[int, int, int, int]]) -> None:
        self.text, self.starts, self.stretches = text, starts, stretches
        self.tables: dict[int, list[int]] = {}


def offset(offsets: Offsets, pos: int) -> int:
    """The offset in the original text of view offset ``pos``."""
    return _back(offsets, bisect.bisect_right(offsets.starts, pos) - 1, pos)


def spans_back(offsets: Offsets, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(offset(offsets, s), offset(offsets, e))`` for each span of the view.

    Spans come in order of their starts, as the finder returns them: the stretch before
    each start is found by walking on from the last one (a bisection per offset costs more,
    and the finder has thousands), and the end's from its start's (a span is short). A
    start before the last one is placed by bisection, so any order gives the same result.
    """
    starts = offsets.starts
    count = len(starts)
    out: list[tuple[int, int]] = []
    append = out.append
    k = -1  # the last stretch that starts at or before the current start (-1: none)
    last = 0
    for s, e in spans:
        if s < last:
            k = bisect.bisect_right(starts, s) - 1
        last = s
        while k + 1 < count and starts[k + 1] <= s:
            k += 1
        j = k
        while j + 1 < count and starts[j + 1] <= e:
            j += 1
        append((_back(offsets, k, s), _back(offsets, j, e)))
    return out


def _back(offsets: Offsets, k: int, pos: int) -> int:
    """The offset in the text of view offset ``pos``, which stretch ``k`` is the last to
    start at or before (-1: none)."""
    if k < 0:
        return pos
    v, ve, lo, hi = offsets.stretches[k]
    if pos >= ve:
        return hi + (pos - ve)
    table = offsets.tables.get(k)
    if table is None:
        table = offsets.tables[k] = _table(offsets.text[lo:hi], ve - v)
    return lo + table[pos - v]


# Characters among which only U+0300–U+036F (less U+034F) have a combining class: Latin,
# Greek, Vietnamese letters, punctuation, symbols (checked once by _plain_checked()).
_PLAIN_RE = re.compile("[\x00-\u03ff\u1e00-\u1eff\u2000-\u20cf\u2100-\u2bff]*")
_RUN_RE = re.compile("[\u0300-\u034e\u0350-\u036f]+")


@lru_cache(maxsize=1)
def _plain_checked() -> bool:
    """Whether, in this Python's Unicode data, the characters _PLAIN_RE accepts have a
    combining class exactly when _RUN_RE matches them."""
    ranges = ((0, 0x3FF), (0x1E00, 0x1EFF), (0x2000, 0x20CF), (0x2100, 0x2BFF))
    combining = unicodedata.combining
    return all(
        (combining(chr(c)) != 0) == (_RUN_RE.match(chr(c)) is not None)
        for a, b in ranges
        for c in range(a, b + 1)
    )


def _table(piece: str, size: int) -> list[int]:
    """For each offset in the NFC composition of ``piece`` (``size`` characters), the
    offset in ``piece`` where that character starts: letters with their marks are
    composed one by one (a composed letter starts where its base letter does)."""
    n = len(piece)
    table: list[int] = []
    if _PLAIN_RE.fullmatch(piece) is not None and _plain_checked():
        # The letters that carry marks found by one regex search (the other characters map
        # one to one): the same letters, in C, as the loop below finds.
        done = 0
        for m in _RUN_RE.finditer(piece):
            a, j = m.span()
            i = a - 1 if a else 0  # the letter, or marks at the very start
            table.extend(range(done, i))
            c = len(_nfc(piece[i:j])) if j - i > 1 else 1
            table.extend(range(i, j) if c == j - i else [i] * c)
            done = j
        table.extend(range(done, n))
    else:
        combining = unicodedata.combining
        i = 0
        while i < n:
            j = i + 1
            while j < n and combining(piece[j]):
                j += 1
            c = len(_nfc(piece[i:j])) if j - i > 1 else 1
            table.extend(range(i, i + c) if c == j - i else [i] * c)
            i = j
    if len(table) != size:
        # Composition across letters (Hangul jamo): cut the long way.
        table = [next(k for k in range(n + 1) if len(_nfc(piece[:k])) >= p) for p in range(size)]
    table.append(n)
    return table
