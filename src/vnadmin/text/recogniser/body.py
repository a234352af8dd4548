"""The body: paragraphs, bullets and the section tree built from the markers used.

Levels come from the markers seen, not from a fixed depth: a new marker closes every open
section whose marker ranks the same or lower (Phần > Chương > Mục > Tiểu mục > Điều > I. >
1. > 1.1. > 1.1.1. > a)), and opens under the nearest one that ranks higher. Text after a
marker that ends with "." or ";" is the section's first paragraph (the section has no
heading); other text is its heading ("IV. Đề xuất, kiến nghị:"). A Phần/Chương/Mục marker
alone on its line takes the next line in capitals as its heading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from vnadmin.citations import find_citations
from vnadmin.model.citation import Citation
from vnadmin.model.sections import Footnote, FootnoteRef, Paragraph, Section
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.paragraphs import Unit

__all__ = ["build_body", "citation_finder", "make_paragraph", "marker_of", "shifted", "take_footnotes", "with_markers"]

_RANK_KW = {"Phần": 0, "Chương": 1, "Mục": 2, "Tiểu mục": 3}
_BRACKET_REF = re.compile(r"\[(\d{1,3})\]")
_SUP_REF = re.compile(f"[{P.SUPERSCRIPTS}]{{1,3}}")


@attrs.frozen
class Marker:
    label: str
    marker: str
    rank: int
    rest: str


def marker_of(text: str) -> Marker | None:
    """The section marker at the start of ``text``, if any."""
    m = P.MARKER.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    written = m.group(0).strip()
    if m.group("kw"):
        kw = m.group("kw")
        label = f"{kw} {m.group('kwn')}"
        return Marker(label, written, _RANK_KW[kw], rest)
    if m.group("dieu"):
        return Marker(f"Điều {m.group('dn')}", " ".join(written.split()), 4, rest)
    if m.group("roman"):
        return Marker(m.group("roman"), written.replace(" ", ""), 5, rest)
    if m.group("dec"):
        dec = m.group("dec")
        return Marker(dec, written, 6 + dec.count("."), rest)
    if m.group("arabic"):
        return Marker(m.group("arabic"), written, 6, rest)
    return Marker(m.group("letter"), written, 12, rest)


def citation_finder() -> Callable[[str], list[Citation]]:
    """The citation finder paragraphs and footnotes are annotated with."""
    return find_citations


def with_markers(text: str, refs: tuple[tuple[str, int], ...]) -> str:
    """``text`` with structural footnote references written in as "[marker]", for text that
    becomes a plain string (a heading, the authority line): nothing is lost."""
    if not refs:
        return text
    out: list[str] = []
    pos = 0
    for marker, offset in sorted(refs, key=lambda r: r[1]):
        at = min(max(offset, pos), len(text))
        out.append(text[pos:at])
        out.append(f"[{marker}]")
        pos = at
    out.append(text[pos:])
    return "".join(out)


def shifted(refs: tuple[tuple[str, int], ...], by: int, length: int) -> tuple[tuple[str, int], ...]:
    """Structural references moved ``by`` characters left, kept inside ``length``."""
    return tuple((m, min(max(o - by, 0), length)) for m, o in refs)


def _refs(
    text: str, markers: set[str], given: tuple[tuple[str, int], ...] = ()
) -> tuple[str, tuple[FootnoteRef, ...]]:
    """Remove footnote markers (superscript digits, "[1]") whose footnote exists; return the
    text without them and the references with their offsets. ``given``: structural
    references (docx) with offsets in ``text``, kept whatever the markers."""
    if not markers and not given:
        return text, ()
    if not given and not any(_sup_of(m) in text or f"[{m}]" in text for m in markers):
        # No marker of a footnote that exists appears: nothing to remove. (Text with
        # surrounding spaces and a "[" or superscript is stripped, as below.)
        stripped = text.strip()
        if stripped == text or not stripped or not ("[" in text or _SUP_REF.search(text)):
            return text, ()
        return stripped, ()
    out: list[str] = []
    refs: list[FootnoteRef] = []
    pos = 0
    found: list[tuple[int, int, str]] = []
    for m in _SUP_REF.finditer(text):
        found.append((m.start(), m.end(), P.superscript_digits(m.group(0))))
    for m in _BRACKET_REF.finditer(text):
        found.append((m.start(), m.end(), m.group(1)))
    for marker, offset in given:
        at = min(max(offset, 0), len(text))
        found.append((at, at, marker))
    found.sort()
    length = 0
    for start, end, marker in found:
        if start == end:  # a structural reference: always kept
            start = end = max(start, pos)
        elif marker not in markers or start < pos:
            continue
        out.append(text[pos:start])
        length += start - pos
        refs.append(FootnoteRef(marker, length))
        pos = end
    out.append(text[pos:])
    cleaned = "".join(out)
    if not cleaned.strip():
        return text, tuple(FootnoteRef(m, min(max(o, 0), len(text))) for m, o in given)
    # Offsets must stay inside the text once it is stripped.
    lead = len(cleaned) - len(cleaned.lstrip())
    stripped = cleaned.strip()
    fixed = tuple(FootnoteRef(r.marker, min(max(r.offset - lead, 0), len(stripped))) for r in refs)
    return stripped, fixed


def make_paragraph(u: Unit, markers: set[str], finder: Callable[[str], list[Citation]] | None) -> Paragraph:
    text = u.text
    bullet = None
    bm = P.BULLET.match(text)
    if bm:
        bullet = bm.group(1)
        text = text[bm.end() :]
        given = shifted(u.footnote_refs, bm.end(), len(text))
    else:
        given = u.footnote_refs
    text, refs = _refs(text, markers, given)
    cites = tuple(finder(text)) if finder is not None else ()
    return Paragraph(text, bullet=bullet, footnote_refs=refs, citations=cites, origin=u.origin)


def _sup_runs(text: str) -> list[str]:
    """``_SUP_REF.findall(text)``, found with ``str.find`` (a regex class of non-Latin-1
    characters is tested at every position, which is slow on a whole document)."""
    at: list[int] = []
    for c in P.SUPERSCRIPTS:
        i = text.find(c)
        while i >= 0:
            at.append(i)
            i = text.find(c, i + 1)
    if not at:
        return []
    at.sort()
    runs: list[str] = []
    start = prev = at[0]
    for i in at[1:]:
        if i != prev + 1 or i - start == 3:  # a run is cut every three characters
            runs.append(text[start : prev + 1])
            start = i
        prev = i
    runs.append(text[start : prev + 1])
    return runs


def take_footnotes(units: list[Unit]) -> tuple[list[Unit], list[Footnote]]:
    """Split off footnote texts. A footnote text is kept as a footnote only when some
    paragraph refers to its marker (or the source marked it as a footnote); otherwise the
    line stays a paragraph, as written."""
    referred: set[str] = set()
    if any(u.footnote is not None for u in units):
        # One scan over the paragraph texts joined by line breaks (no marker spans one).
        prose = "\n".join([u.text for u in units if u.footnote is None])
        if "[" in prose:
            referred.update(_BRACKET_REF.findall(prose))
        referred.update(P.superscript_digits(m) for m in _sup_runs(prose))
    rest: list[Unit] = []
    notes: list[Footnote] = []
    finder = citation_finder()
    for u in units:
        if u.footnote is not None:
            text = u.text.strip()
            if text and (u.footnote_style in ("source", "trailing") or u.footnote in referred):
                cites = tuple(finder(text)) if finder is not None else ()
                marker = u.footnote or str(len(notes) + 1)
                notes.append(Footnote(marker, text, citations=cites, origin=u.origin))
                continue
            prefix = _sup_of(u.footnote) if u.footnote_style == "sup" else f"[{u.footnote}]"
            refs = shifted(u.footnote_refs, -(len(prefix) + 1), len(prefix) + 1 + len(u.text))
            u = Unit(f"{prefix} {u.text}", u.origin, u.blank_before, u.indent, u.lines, u.column, footnote_refs=refs)
        rest.append(u)
    return rest, notes


@functools.lru_cache(maxsize=256)
def _sup_of(marker: str | None) -> str:
    digits = "0123456789"
    return "".join(P.SUPERSCRIPTS[digits.index(c)] for c in (marker or "") if c in digits)


@attrs.define
class _Open:
    rank: int
    label: str
    marker: str
    heading: str | None
    origin: object
    children: list[Section | Paragraph] = attrs.field(factory=list)

    def close(self) -> Section:
        return Section(self.label, self.heading, tuple(self.children), marker=self.marker, origin=self.origin)  # type: ignore[arg-type]


def build_body(units: list[Unit], markers: set[str]) -> list[Section | Paragraph]:
    """Paragraph units → top-level sections and paragraphs in order."""
    finder = citation_finder()
    body: list[Section | Paragraph] = []
    stack: list[_Open] = []

    def attach(item: Section | Paragraph) -> None:
        (stack[-1].children if stack else body).append(item)

    def close_to(rank: int) -> None:
        while stack and stack[-1].rank >= rank:
            done = stack.pop().close()
            attach(done)

    i = 0
    while i < len(units):
        u = units[i]
        mk = marker_of(u.text)
        if mk is None:
            attach(make_paragraph(u, markers, finder))
            i += 1
            continue
        close_to(mk.rank)
        heading: str | None = None
        first: Paragraph | None = None
        rest = mk.rest
        if rest:
            refs = shifted(u.footnote_refs, len(u.text.rstrip()) - len(rest), len(rest)) if u.footnote_refs else ()
            if P.ends_item(rest):
                first = make_paragraph(Unit(rest, u.origin, indent=u.indent, footnote_refs=refs), markers, finder)
            else:
                heading = with_markers(rest, refs)
        elif mk.rank <= 3 and i + 1 < len(units):
            nxt = units[i + 1]
            if P.is_upper_line(nxt.text) and marker_of(nxt.text) is None and nxt.footnote is None:
                heading = with_markers(nxt.text, nxt.footnote_refs)
                i += 1
        stack.append(_Open(mk.rank, mk.label, mk.marker, heading, u.origin))
        if first is not None:
            stack[-1].children.append(first)
        i += 1
    close_to(-1)
    return body
