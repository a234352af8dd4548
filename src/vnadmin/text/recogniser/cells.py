"""Cells: pieces of blocks where a two-column layout is expected (header and footer).

A block that sits in a table is one cell already; a block whose source laid out columns
with wide gaps (:attr:`Block.segments`) is split into one cell per piece, the column told
by the piece's offset. Other blocks are one cell whose column is unknown (``None``).
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block, origin_of

__all__ = ["RIGHT_COLUMN_OFFSET", "Cell", "cells_of"]

#: A piece starting this far right on a layout line belongs to the right-hand column.
RIGHT_COLUMN_OFFSET = 28


_ORIGIN_FIELDS = ("source", "line", "column", "paragraph", "xpath", "layout", "page")
if tuple(a.name for a in attrs.fields(Origin)) != _ORIGIN_FIELDS:
    raise RuntimeError(f"vnadmin.model.Origin fields are not {_ORIGIN_FIELDS}: update _at_column")


def _at_column(o: Origin, column: int) -> Origin:
    """``attrs.evolve(o, column=column)`` (Origin has no validators), without evolve's
    look-ups of the class's fields on every call."""
    if o.xpath is None and o.page is None:
        # (the text reader's origins: filled as the blocks' own are, without the frozen
        # class's checked assignments)
        return origin_of(o.source, o.line, column, o.layout, o.paragraph)
    return Origin(o.source, o.line, column, o.paragraph, o.xpath, o.layout, o.page)


class Cell(NamedTuple):
    """A piece of a block. A named tuple (compared by value, like the frozen class it was):
    made for every header and footer line, where an attrs instance costs more to build."""

    text: str
    column: int | None
    block: Block
    offset: int = 0  # character offset of ``text`` inside ``block.text``

    @property
    def origin(self) -> Origin:
        o = self.block.origin
        if self.offset and o.column is not None:
            return _at_column(o, o.column + self.offset)
        return o

    @property
    def bold(self) -> bool:
        layout = self.block.layout  # not block.origin.layout: that would make the origin
        return bool(layout and layout.bold)

    def piece(self, start: int, end: int) -> Cell:
        """The cell holding ``text[start:end]`` (stripped)."""
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        return _new_cell(Cell, (raw.strip(), self.column, self.block, self.offset + start + lead))


# ``_new_cell(Cell, (text, column, block, offset))`` is ``Cell(text, column, block, offset)``
# made in C, without the named tuple's own __new__ function (cells are made for every
# header and footer line).
_new_cell = tuple.__new__


def cells_of(block: Block) -> list[Cell]:
    if block.segments:
        out = []
        pos = 0
        for at, piece in block.segments:
            col = 1 if at >= RIGHT_COLUMN_OFFSET else 0
            idx = block.text.find(piece, pos)
            idx = max(idx, 0)
            out.append(_new_cell(Cell, (piece, col, block, idx)))
            pos = idx + len(piece)
        return out
    column = block.column
    if column is None and block.indent >= RIGHT_COLUMN_OFFSET:
        column = 1
    return [_new_cell(Cell, (block.text, column, block, 0))]
