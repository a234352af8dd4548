"""From docx blocks to a Document through the shared recogniser.

The recogniser reads footnotes the way the canonical text layout writes them: a "[1]"
marker at the reference's place and a "[1] …" line for the note. The docx reader knows
them structurally (``Block.footnote_refs``, ``kind="footnote"`` blocks), so this module
writes them in that form, with a numeric stand-in for a marker that is not a number
("*", "a"), and puts the real markers back on the result.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from vnadmin.docx.reader import Extraction
from vnadmin.model import Document, Footnote, Paragraph, Section
from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block

__all__ = ["recognise_extraction"]


def _aliases(found: Iterable[Block]) -> dict[str, str]:
    """A numeric stand-in for each marker that is not a number."""
    markers: list[str] = []
    for b in found:
        if b.kind == "footnote" and b.footnote_marker is not None:
            markers.append(b.footnote_marker)
        markers.extend(m for m, _ in b.footnote_refs)
    numeric = [int(m) for m in markers if m.isascii() and m.isdigit()]
    next_free = max(numeric, default=0) + 1
    out: dict[str, str] = {}
    for m in markers:
        if not (m.isascii() and m.isdigit()) and m not in out:
            out[m] = str(next_free)
            next_free += 1
    return out


def _as_text(found: Iterable[Block], alias: dict[str, str]) -> list[Block]:
    out: list[Block] = []
    notes: list[Block] = []
    for b in found:
        if b.kind == "footnote":
            marker = b.footnote_marker or ""
            for k, line in enumerate(b.text.split("\n")):
                text = f"[{alias.get(marker, marker)}] {line}" if k == 0 else line
                notes.append(attrs.evolve(b, text=text, kind="line", footnote_marker=None, blank_before=k == 0))
            continue
        if b.footnote_refs:
            pieces = []
            pos = 0
            for marker, offset in sorted(b.footnote_refs, key=lambda r: r[1]):
                pieces.append(b.text[pos:offset])
                pieces.append(f"[{alias.get(marker, marker)}]")
                pos = offset
            pieces.append(b.text[pos:])
            b = attrs.evolve(b, text="".join(pieces), footnote_refs=())
        out.append(b)
    return out + notes


def _rename(doc: Document, back: dict[str, str]) -> Document:
    def para(p: Paragraph) -> Paragraph:
        if not p.footnote_refs:
            return p
        refs = tuple(attrs.evolve(r, marker=back.get(r.marker, r.marker)) for r in p.footnote_refs)
        return attrs.evolve(p, footnote_refs=refs)

    def item(x: Section | Paragraph) -> Section | Paragraph:
        if type(x) is Paragraph:
            return para(x)
        assert type(x) is Section
        return attrs.evolve(x, children=tuple(item(c) for c in x.children))

    notes: tuple[Footnote, ...] = tuple(attrs.evolve(f, marker=back.get(f.marker, f.marker)) for f in doc.footnotes)
    preamble = attrs.evolve(doc.preamble, bases=tuple(para(b) for b in doc.preamble.bases))
    return attrs.evolve(doc, body=tuple(item(x) for x in doc.body), preamble=preamble, footnotes=notes)


def recognise_extraction(found: Extraction, source: str | None = None) -> Document:
    """The document the shared recogniser reads in ``found``, with the page setup on its
    origin and the reader's notes first among its notes."""
    from vnadmin.text.recogniser import recognise

    alias = _aliases(found.blocks)
    doc = recognise(_as_text(found.blocks, alias), source=source, notes=found.notes)
    if alias:
        doc = _rename(doc, {v: k for k, v in alias.items()})
    return attrs.evolve(doc, origin=Origin(source=source, paragraph=0, page=found.page))
