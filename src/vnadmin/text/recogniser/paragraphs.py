"""Lines → paragraphs: join the lines a source wrapped, and the halves of a paragraph that a
page break (or a footnote's text printed at the foot of the page) split in two.

A new paragraph starts at a section marker or a bullet, after a line that ends a sentence,
at a first-line indent, or at a blank line — unless the blank line sits inside a sentence:
the line before it does not end a sentence and the next one starts in lower case (or with a
digit that is not a marker), or a long line runs on. Footnote texts ("¹ …", "[1] …") are
taken out of the flow wherever they stand.
"""

from __future__ import annotations

import re

from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import patterns as P

__all__ = ["Unit", "assemble", "merge_units"]


class Unit:
    """One paragraph of source text before it is classified (section marker, bullet,
    preamble line …). Lines are appended in constant time; ``text`` joins them once."""

    __slots__ = (
        "_parts", "_text", "blank_before", "column", "footnote", "footnote_refs", "footnote_style",
        "indent", "length", "lines", "origin", "upper",
    )

    def __init__(
        self,
        text: str,
        origin: Origin,
        blank_before: bool = False,
        indent: int = 0,
        lines: int = 1,
        column: int | None = None,
        footnote: str | None = None,
        footnote_style: str = "",
        footnote_refs: tuple[tuple[str, int], ...] = (),
    ) -> None:
        self._parts = [text]
        self._text: str | None = text
        self.origin = origin
        self.blank_before = blank_before
        self.indent = indent
        self.lines = lines
        self.column = column
        self.footnote = footnote  # marker, when the unit is a footnote's own text
        self.footnote_style = footnote_style  # "sup" (¹ …), "bracket" ([1] …), "source", "trailing"
        # Structural footnote references (docx): (marker, offset in ``text``).
        self.footnote_refs = footnote_refs
        self.length = len(text)
        self.upper = P.is_upper_line(text)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(self._parts)
        return self._text

    @property
    def first(self) -> str:
        return self._parts[0]

    @property
    def last(self) -> str:
        return self._parts[-1]

    def append(self, text: str, lines: int = 1, refs: tuple[tuple[str, int], ...] = ()) -> None:
        if refs:
            shift = self.length + 1
            self.footnote_refs += tuple((m, o + shift) for m, o in refs)
        self._parts.append(text)
        self._text = None
        self.length += 1 + len(text)
        self.upper = self.upper and P.is_upper_line(text)
        self.lines += lines


def _is_marker_line(text: str) -> bool:
    return bool(P.MARKER.match(text))


def _heading_like(u: Unit) -> bool:
    """A short line that is a heading: a marker line without final punctuation, or a line
    in capitals."""
    if P.ends_sentence(u.last):
        return False
    if u.length <= 90 and _is_marker_line(u.first):
        return True
    return u.upper and u.length <= 120


# A line that starts a paragraph of its own: a section marker, a bullet or a footnote text
# (MARKER, BULLET and FOOTNOTE_TEXT in one pass).
_STARTS_PARAGRAPH = re.compile(f"(?:{P.MARKER.pattern})|(?:{P.BULLET.pattern})|(?:{P.FOOTNOTE_TEXT.pattern})")


def _continues(prev: Unit, b: Block, text: str, broken: bool, footnote_between: bool) -> bool:
    if _STARTS_PARAGRAPH.match(text):
        return False
    if text[:1] in "CcTtXxKkNn" and P.STRUCTURAL_TEXT.match(text, 0, 20):
        return False
    if P.ends_sentence(prev.last):
        return False
    upper_now = P.is_upper_line(text)
    upper_prev = prev.upper
    lower = P.starts_lower(text)
    if upper_prev != upper_now and not lower:
        return False
    if b.blank_before or broken or footnote_between:
        if (upper_prev and upper_now) or _is_marker_line(prev.first):
            return False
        if lower:
            return True
        first = text.lstrip()[:1]
        if first.isdigit():
            return True
        return prev.length >= 100 and not upper_now and not _heading_like(prev)
    # Consecutive lines.
    if b.indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and b.column is None:
        return True  # a layout paragraph's first-line indent: the flush-left line runs on
    if not lower and prev.lines == 1 and prev.length <= 80 and _heading_like(prev):
        return False
    return lower or not (b.indent >= 4 and b.indent > prev.indent + 2 and prev.indent < 4)


def assemble(blocks: list[Block]) -> list[Unit]:
    """Group line blocks into paragraph units (footnote texts become their own units)."""
    units: list[Unit] = []
    prev: Unit | None = None
    broken = False
    footnote_between = False
    for b in blocks:
        if b.kind == "page-break":
            broken = True
            continue
        if b.kind == "footnote":
            units.append(Unit(b.text, b.origin, True, footnote=b.footnote_marker or "", footnote_style="source"))
            footnote_between = True
            continue
        text = b.text
        if not text:
            continue
        fm = P.FOOTNOTE_TEXT.match(text)
        if fm:
            marker = P.superscript_digits(fm.group("sup")) if fm.group("sup") else fm.group("br")
            style = "sup" if fm.group("sup") else "bracket"
            refs = tuple((m, max(o - fm.end(), 0)) for m, o in b.footnote_refs)
            units.append(
                Unit(text[fm.end() :], b.origin, True, footnote=marker, footnote_style=style, footnote_refs=refs)
            )
            footnote_between = True
            continue
        if prev is not None and _continues(prev, b, text, broken, footnote_between):
            prev.append(text, 1, b.footnote_refs)
        else:
            prev = Unit(
                text, b.origin, b.blank_before or broken, b.indent, column=b.column, footnote_refs=b.footnote_refs
            )
            units.append(prev)
        broken = False
        footnote_between = False
    return units


def merge_units(units: list[Unit]) -> list[Unit]:
    """Join neighbouring paragraph units that a blank line would not separate.

    Units assembled in separate runs (lines left over from the footer, lines after the
    signature, unrecognised header lines) meet only here; applying the blank-line rule once
    more makes reading the canonical output give the same paragraphs (a fixed point)."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.footnote is None
            and u.footnote is None
            and _continues(prev, _BLANK, u.text, False, False)
        ):
            prev.append(u.text, u.lines, u.footnote_refs)
            continue
        out.append(u)
    return out


_BLANK = Block("-", blank_before=True)
