"""The shared recogniser: blocks (from text lines or docx paragraphs) → :class:`Document`.

It works from each block's text and its position hints (blank line before, indent, table
cell, bold, columns of a layout line) and nothing else, so the text and docx readers share
it. The pipeline, one module per component:

0. :mod:`.unwrap` — header lines a narrow table cell wrapped, joined again;
1. :mod:`.header` — issuing bodies, national title, "Số", place and date, type, summary;
2. :mod:`.recipients` — "Kính gửi:" under the header;
3. :mod:`.signature` — finds the footer and reads signature and "Nơi nhận";
4. :mod:`.paragraphs` — joins wrapped lines and page-broken paragraphs, takes footnote texts
   out of the flow;
5. :mod:`.preamble` — authority line, "Căn cứ …", enacting formula (types with a formula);
6. :mod:`.body` — section tree, paragraphs, bullets, footnote references, citations.

Nothing is lost: a line that fits no component becomes a paragraph where it stood, and a
:class:`~vnadmin.model.Note` (``code="unrecognised"``) records it; noise that is dropped
(OCR debris in the header) gets a note too.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable

from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.document import Document, Preamble
from vnadmin.model.header import Header
from vnadmin.model.origin import Note, Origin
from vnadmin.model.recipients import RecipientList
from vnadmin.model.sections import Footnote, Paragraph, Section
from vnadmin.model.signature import SignatureBlock
from vnadmin.text.blocks import Block, origin_of
from vnadmin.text.recogniser.body import Citing, build_body, take_footnotes, with_markers
from vnadmin.text.recogniser.cells import Cell
from vnadmin.text.recogniser.context import Context
from vnadmin.text.recogniser.header import read_header
from vnadmin.text.recogniser.paragraphs import Unit, assemble, merge_units
from vnadmin.text.recogniser.preamble import formula_at, read_preamble, split_glued_formula
from vnadmin.text.recogniser.recipients import read_addressees
from vnadmin.text.recogniser.signature import find_footer, read_footer
from vnadmin.text.recogniser.unwrap import unwrap_header

__all__ = ["recognise", "recognise_lines"]

_FOOTNOTE_REFS = operator.attrgetter("footnote_refs")
_TEXT = operator.attrgetter("text")


def _cell_units(cells: list[Cell], *, trailing: bool = False) -> list[Unit]:
    """Cells left over from the header or footer, read as paragraphs of their own."""
    if not cells:
        return []  # (most documents: no call to assemble)
    units = assemble([Block(c.text, origin=c.origin, blank_before=True) for c in cells if c.text])
    if trailing:
        for u in units:
            if u.footnote is not None and u.footnote_style == "bracket":
                u.footnote_style = "trailing"  # "[1] …" after the footer: the canonical place
    return units


def recognise(
    blocks: Iterable[Block], *, source: str | None = None, notes: Iterable[Note] = ()
) -> Document:
    """Recognise a document in ``blocks``. ``notes`` from the reader that made the blocks
    (dropped noise) are kept with the document's own."""
    if type(blocks) is list and all(map(_TEXT, blocks)):
        given = blocks  # no empty block to drop: no copy, one pass in C
    else:
        given = [b for b in blocks if b.text or b.kind == "page-break"]
    given = unwrap_header(given)
    # Header, addressees and footer are read from text: there a structural footnote
    # reference (docx) is written in as "[marker]". Body paragraphs keep it structural.
    shown = given
    if any(map(_FOOTNOTE_REFS, given)):  # any(b.footnote_refs for b in given), without a generator
        shown = [
            b.evolve(text=with_markers(b.text, b.footnote_refs), footnote_refs=()) if b.footnote_refs else b
            for b in given
        ]
    return _recognise(given, shown, source, notes)


def recognise_lines(
    blocks: list[Block],
    *,
    source: str | None = None,
    notes: Iterable[Note] = (),
    combining: bool = True,
    printable: bool = False,
) -> Document:
    """:func:`recognise` of the blocks :func:`vnadmin.text.lines.text_blocks` made: none of
    them is empty and none holds a structural footnote reference (plain text has none), so
    the two passes over every block that look for them are left out (the tests compare the
    two on real texts). ``combining=False``: the text held no combining mark;
    ``printable=True``: every line of it was printable (see :class:`.context.Context`)."""
    given = unwrap_header(blocks)
    return _recognise(given, given, source, notes, combining, printable)


def _recognise(
    given: list[Block],
    shown: list[Block],
    source: str | None,
    notes: Iterable[Note],
    combining: bool = True,
    printable: bool = False,
) -> Document:
    """:func:`recognise` of the non-empty blocks ``given`` (``shown``: the same with their
    structural footnote references written in)."""
    ctx = Context(shown, source, printable=printable)
    blocks_ = ctx.blocks
    n = len(blocks_)
    head = read_header(ctx, 0)
    i = head.next
    addressees = None
    if head.kinh_gui:
        addressees, i = read_addressees(ctx, i)
    start = find_footer(blocks_, i, n)
    units = _cell_units(head.before_body)
    lead = {id(u) for u in units}  # lines above the header (a web page's title, a stamp)
    if head.enacting:
        units.extend(_cell_units(head.enacting))  # the preamble's authority line, cut off the type line
    signature = recipients = None
    if start is None:
        units.extend(assemble(given[i:]))
    else:
        units.extend(assemble(given[i:start]))
        footer, stop = read_footer(ctx, start, n)
        signature, recipients = footer.signature, footer.recipients
        for c in footer.leftover:
            ctx.unrecognised(c.text, c.origin)
        units.extend(_cell_units(footer.leftover, trailing=True))
        if footer.footnotes:  # footnote blocks among the footer's lines
            units.extend(assemble(footer.footnotes))
        trailing = assemble(given[stop:])
        for u in trailing:
            if u.footnote is not None and u.footnote_style == "bracket":
                u.footnote_style = "trailing"  # "[1] …" after the footer: the canonical place
            elif u.footnote is None:
                # Text after the signature (an annex, a form): kept as body paragraphs.
                ctx.unrecognised(u.text, u.origin)
        units.extend(trailing)
    citing = Citing(combining=combining)  # every paragraph's and footnote's citations, found in one search
    units, footnotes = take_footnotes(units, citing)
    units = merge_units(units)
    markers = {f.marker for f in footnotes}
    # The preamble follows the header, not the lines left over from it (a web page's
    # title above it, a draft's mark beside it): those stay the body's first paragraphs,
    # and a preamble that ends in its formula is read after them. (Without a formula the
    # preamble would run on into them when the canonical text is read back.)
    doc_type = head.header.doc_type
    found = None  # formula_at(units), looked for once (it keys the bases that mention "ban hành")
    if doc_type is not None and doc_type.has_preamble:
        found = formula_at(units)
        split = split_glued_formula(units, found)
        if split is not units:
            units, found = split, None
    k0 = 0
    while k0 < len(units) and id(units[k0]) in lead:
        k0 += 1
    found_after = formula_at(units[k0:]) if k0 else None
    if found_after is not None and found_after[0] >= 0:  # has_formula(units[k0:])
        preamble, k = read_preamble(units[k0:], doc_type, markers, citing, found_after)
        units = units[:k0] + units[k0 + k :]
        k = 0
    else:
        preamble, k = read_preamble(units, doc_type, markers, citing, found)
    body = build_body(units[k:], markers, citing)
    citing.fill()
    return _document(
        head.header,
        preamble,
        tuple(body),
        signature,
        recipients,
        tuple(footnotes),
        addressees,
        origin_of(source, 1, 1, None),
        (*notes, *ctx.notes),
    )


(
    _SET_HEADER, _SET_PREAMBLE, _SET_BODY, _SET_SIGNATURE, _SET_RECIPIENTS, _SET_FOOTNOTES, _SET_ADDRESSEES,
    _SET_ORIGIN, _SET_NOTES,
) = slot_setters(
    Document, ("header", "preamble", "body", "signature", "recipients", "footnotes", "addressees", "origin", "notes")
)


def _document(
    header: Header,
    preamble: Preamble,
    body: tuple[Section | Paragraph, ...],
    signature: SignatureBlock | None,
    recipients: RecipientList | None,
    footnotes: tuple[Footnote, ...],
    addressees: RecipientList | None,
    origin: Origin,
    notes: tuple[Note, ...],
) -> Document:
    """``Document(header=header, preamble=preamble, …, notes=notes)`` filled slot by slot:
    the recogniser made every part itself, of the types the validators ask for, so they are
    not run again (≈ 1 µs against ≈ 5 µs a document; a test holds every document of the
    seed and the corpus to ``attrs.validate`` and to the constructor's)."""
    doc = new(Document)
    _SET_HEADER(doc, header)
    _SET_PREAMBLE(doc, preamble)
    _SET_BODY(doc, body)
    _SET_SIGNATURE(doc, signature)
    _SET_RECIPIENTS(doc, recipients)
    _SET_FOOTNOTES(doc, footnotes)
    _SET_ADDRESSEES(doc, addressees)
    _SET_ORIGIN(doc, origin)
    _SET_NOTES(doc, notes)
    return doc
