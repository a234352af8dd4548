"""Blocks: the unit every reader hands to the shared recogniser.

A block is one line of a text source, or one paragraph (or table-cell paragraph) of a docx
body, with the layout hints the source gives. The text reader and the docx reader differ
only in how they make blocks; :func:`vnadmin.text.recogniser.recognise` turns blocks into a
:class:`~vnadmin.model.Document` for both.
"""

from __future__ import annotations

import attrs

from vnadmin.model.origin import Layout, Origin

__all__ = ["Block"]


@attrs.frozen
class Block:
    """One line or paragraph of a source.

    - ``text``: NFC text, stripped, as written otherwise (markup already removed).
    - ``origin``: where it came from (line/column or paragraph index) and its ``layout``
      (bold, italic, alignment, font, size — docx only).
    - ``blank_before``: a blank line (text) or an empty paragraph (docx) came just before:
      a paragraph boundary.
    - ``indent``: leading spaces of a text line (0 for docx).
    - ``table``/``row``/``column``: the cell's position when the block sits in a table
      (``None`` otherwise); the two-column header and footer tables of Phụ lục I.
    - ``kind``: ``"line"`` for ordinary content, ``"footnote"`` for a footnote's text from a
      docx footnotes part (``footnote_marker`` names it), ``"page-break"`` for a page marker
      the source had (kept so paragraphs split by a page break can be joined).
    - ``footnote_refs``: (marker, offset) pairs of footnote references inside ``text``
      when the source marks them structurally (docx ``w:footnoteReference``).
    - ``segments``: for a source line that lays out several columns side by side with wide
      gaps between them (pdftotext ``-layout``): the (column offset, text) of each piece;
      empty otherwise. ``text`` then holds the pieces joined by one space. The recogniser
      splits such a block into cells where a two-column layout is expected (header,
      signature and recipients) and reads it as one line elsewhere.
    """

    text: str
    origin: Origin = attrs.field(factory=Origin)
    blank_before: bool = False
    indent: int = 0
    table: int | None = None
    row: int | None = None
    column: int | None = None
    kind: str = "line"
    footnote_marker: str | None = None
    footnote_refs: tuple[tuple[str, int], ...] = ()
    segments: tuple[tuple[int, str], ...] = ()

    @property
    def layout(self) -> Layout | None:
        return self.origin.layout

    @property
    def in_table(self) -> bool:
        return self.table is not None
