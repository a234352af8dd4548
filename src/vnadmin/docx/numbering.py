"""Word list numbering: the label Word displays for a numbered paragraph, computed from
``word/numbering.xml`` (``w:abstractNum`` levels, ``w:num`` instances and their start
overrides), so that a list item reads "1. …", "a) …" or "- …" as a typed one would.

>>> from vnadmin.docx.oxml import el, sub
>>> part = el("w:numbering")
>>> a = sub(part, "w:abstractNum", {"w:abstractNumId": "0"})
>>> for ilvl, fmt, text in ((0, "upperRoman", "%1."), (1, "decimal", "%2."), (2, "lowerLetter", "%3)")):
...     lvl = sub(a, "w:lvl", {"w:ilvl": str(ilvl)})
...     _ = sub(lvl, "w:start", {"w:val": "1"}); _ = sub(lvl, "w:numFmt", {"w:val": fmt})
...     _ = sub(lvl, "w:lvlText", {"w:val": text})
>>> _ = sub(sub(part, "w:num", {"w:numId": "7"}), "w:abstractNumId", {"w:val": "0"})
>>> n = Numbering(part)
>>> [n.label("7", i) for i in (0, 1, 1, 2, 2, 0, 1)]
['I. ', '1. ', '2. ', 'a) ', 'b) ', 'II. ', '1. ']
>>> format_number(14, "upperRoman"), format_number(28, "lowerLetter"), format_number(3, "decimalZero")
('XIV', 'bb', '03')
"""

from __future__ import annotations

import copy

import attrs
from lxml import etree

from vnadmin.docx.oxml import Element, qn

__all__ = ["Numbering", "format_number"]

_VAL = qn("w:val")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\uf02d")


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's number format ``fmt`` (decimal, decimalZero, upperRoman, lowerRoman,
    upperLetter, lowerLetter; other formats fall back to decimal)."""
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        # Word repeats the letter: a … z, aa … zz, aaa …
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def bullet_of(text: str) -> str:
    """A model bullet for Word's bullet character: dashes → "-", "+" stays, others "•"."""
    ch = text.strip()[:1]
    if ch in _DASHES:
        return "-"
    if ch == "+":
        return "+"
    return "•"


@attrs.frozen
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"


def _int(elem: Element | None, default: int) -> int:
    if elem is None:
        return default
    try:
        return int(elem.get(_VAL) or default)
    except ValueError:
        return default


_LVL, _ILVL = qn("w:lvl"), qn("w:ilvl")
# The parts of a level read, by element name (see _levels).
_LEVEL_PARTS = {qn("w:numFmt"): 0, qn("w:lvlText"): 1, qn("w:start"): 2, qn("w:suff"): 3}


def _levels(abstract: Element) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in abstract.iter(_LVL):
        try:
            ilvl = int(lvl.get(_ILVL) or "0")
        except ValueError:
            continue
        # The first w:numFmt, w:lvlText, w:start and w:suff, found in one pass over the
        # level (find costs more than the pass, four times over).
        found: list[Element | None] = [None, None, None, None]
        code_of = _LEVEL_PARTS.get
        for child in lvl:
            code = code_of(child.tag)
            if code is not None and found[code] is None:
                found[code] = child
        fmt, text, start, suffix = found
        out[ilvl] = Level(
            fmt=(fmt.get(_VAL) if fmt is not None else None) or "decimal",
            text=(text.get(_VAL) if text is not None else None) or "",
            start=_int(start, 1),
            suffix=(suffix.get(_VAL) if suffix is not None else None) or "tab",
        )
    return out


class Numbering:
    """The lists of one package and the counters Word keeps while laying them out.
    Counters belong to the abstract list (instances sharing one continue each other's
    numbering) and restart where an instance overrides its start."""

    def __init__(self, part: Element | None) -> None:
        # Each abstract list's levels are read the first time a paragraph uses it (a
        # template defines dozens of lists; a document uses a few).
        self._abstract_elements: dict[str, Element] = {}
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        if part is None:
            return
        for abstract in part.iter(qn("w:abstractNum")):
            self._abstract_elements[abstract.get(qn("w:abstractNumId")) or ""] = abstract
        for num in part.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            overrides: dict[int, int] = {}
            override_levels: dict[int, Level] = {}
            for ov in num.iter(qn("w:lvlOverride")):
                try:
                    ilvl = int(ov.get(qn("w:ilvl")) or "0")
                except ValueError:
                    continue
                start = ov.find(qn("w:startOverride"))
                if start is not None:
                    overrides[ilvl] = _int(start, 1)
                lvl = ov.find(qn("w:lvl"))
                if lvl is not None:
                    wrapper = _levels_from_single(lvl, ilvl)
                    override_levels.update(wrapper)
            self._nums[num.get(qn("w:numId")) or ""] = (ref.get(_VAL) or "", override_levels, overrides)

    def _level(self, num_id: str, ilvl: int) -> Level | None:
        entry = self._nums.get(num_id)
        if entry is None:
            return None
        abstract_id, override_levels, _ = entry
        return override_levels.get(ilvl) or self._abstract_levels(abstract_id).get(ilvl)

    def _abstract_levels(self, abstract_id: str) -> dict[int, Level]:
        levels = self._abstract.get(abstract_id)
        if levels is None:
            element = self._abstract_elements.get(abstract_id)
            levels = self._abstract[abstract_id] = {} if element is None else _levels(element)
        return levels

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list ``num_id`` at level ``ilvl`` and return the label Word shows
        with its suffix (a tab shown as one space); ``None`` when the paragraph is not
        numbered (numId 0, an unknown list, an empty level text)."""
        entry = self._nums.get(num_id)
        level = self._level(num_id, ilvl)
        if entry is None or level is None:
            return None
        abstract_id, _, overrides = entry
        counters = self._counters.setdefault(abstract_id, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for k, start in overrides.items():
                counters[k] = start - 1
                for deeper in [d for d in counters if d > k]:
                    del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [d for d in counters if d > ilvl]:
            del counters[deeper]
        if level.fmt == "none" or not level.text:
            return None
        suffix = "" if level.suffix == "nothing" else " "
        if level.fmt == "bullet":
            return bullet_of(level.text) + suffix
        out = []
        i = 0
        text = level.text
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                k = int(text[i + 1]) - 1
                other = self._level(num_id, k)
                value = counters.get(k, other.start if other else 1)
                out.append(format_number(value, other.fmt if other else "decimal"))
                i += 2
                continue
            out.append(ch)
            i += 1
        return "".join(out) + suffix


def _levels_from_single(lvl: Element, ilvl: int) -> dict[int, Level]:
    holder = etree.Element(qn("w:abstractNum"))
    level = copy.deepcopy(lvl)
    level.set(qn("w:ilvl"), str(ilvl))
    holder.append(level)
    return _levels(holder)
