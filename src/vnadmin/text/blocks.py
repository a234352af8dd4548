"""Blocks: the unit every reader hands to the shared recogniser.

A block is one line of a text source, or one paragraph (or table-cell paragraph) of a docx
body, with the layout hints the source gives. The text reader and the docx reader differ
only in how they make blocks; :func:`vnadmin.text.recogniser.recognise` turns blocks into a
:class:`~vnadmin.model.Document` for both.

Speed: a reader makes one block per line (tens of thousands on a long text), and most of
their origins are never looked at (the lines a paragraph runs on with). So a block made by
a reader through :func:`new_block` keeps the parts of its origin (source, line, column,
paragraph, layout) in its own slots and makes its :class:`~vnadmin.model.Origin` the first
time :attr:`Block.origin` is asked for; a block made with the constructor keeps the origin
it is given. Either way ``Block.origin`` is the same value.
"""

from __future__ import annotations

from typing import Any

from attrs.exceptions import FrozenInstanceError

from vnadmin.model.origin import Layout, Origin, _OriginSlots

__all__ = ["Block", "new_block"]

_FIELDS = (
    "text",
    "origin",
    "blank_before",
    "indent",
    "table",
    "row",
    "column",
    "kind",
    "footnote_marker",
    "footnote_refs",
    "segments",
)
# The public fields but ``origin``, then the origin (``None`` until made) and its parts.
_SLOTS = (
    *(name for name in _FIELDS if name != "origin"),
    "_origin",
    "_source",
    "_line",
    "_at",
    "_paragraph",
    "_layout",
)
_set = object.__setattr__


class _BlockSlots:
    """The slots of a :class:`Block` and of the fillings that become one (:class:`_Filling`,
    :class:`_LineFilling`), which add none: assigning ``__class__`` between two classes
    with different bases makes CPython compare their slot layouts name by name, between two
    subclasses of one base that add no slots it does not (≈ 55 ns less a block)."""

    __slots__ = _SLOTS

    text: str
    blank_before: bool
    indent: int
    table: int | None
    row: int | None
    column: int | None
    kind: str
    footnote_marker: str | None
    footnote_refs: tuple[tuple[str, int], ...]
    segments: tuple[tuple[int, str], ...]
    _origin: Origin | None
    _source: str | None
    _line: int | None
    _at: int | None
    _paragraph: int | None
    _layout: Layout | None


class Block(_BlockSlots):
    """One line or paragraph of a source (immutable, compared by value).

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

    __slots__ = ()  # all in _BlockSlots
    __match_args__ = _FIELDS

    def __init__(
        self,
        text: str,
        origin: Origin | None = None,
        blank_before: bool = False,
        indent: int = 0,
        table: int | None = None,
        row: int | None = None,
        column: int | None = None,
        kind: str = "line",
        footnote_marker: str | None = None,
        footnote_refs: tuple[tuple[str, int], ...] = (),
        segments: tuple[tuple[int, str], ...] = (),
    ) -> None:
        if origin is None:
            origin = Origin()
        _set(self, "text", text)
        _set(self, "blank_before", blank_before)
        _set(self, "indent", indent)
        _set(self, "table", table)
        _set(self, "row", row)
        _set(self, "column", column)
        _set(self, "kind", kind)
        _set(self, "footnote_marker", footnote_marker)
        _set(self, "footnote_refs", footnote_refs)
        _set(self, "segments", segments)
        _set(self, "_origin", origin)
        _set(self, "_source", origin.source)
        _set(self, "_line", origin.line)
        _set(self, "_at", origin.column)
        _set(self, "_paragraph", origin.paragraph)
        _set(self, "_layout", origin.layout)

    @property
    def origin(self) -> Origin:
        o = self._origin
        if o is None:
            # made once, on the first request, and kept
            o = origin_of(self._source, self._line, self._at, self._layout, self._paragraph)
            _set(self, "_origin", o)
        return o

    @property
    def layout(self) -> Layout | None:
        return self._layout

    @property
    def in_table(self) -> bool:
        return self.table is not None

    def evolve(self, **changes: Any) -> Block:
        """A copy with ``changes`` (field names as the constructor takes them), as
        ``attrs.evolve`` makes for an attrs class."""
        values = {name: getattr(self, name) for name in _FIELDS}
        values.update(changes)
        return Block(**values)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((Block, *self._values()))

    def __repr__(self) -> str:
        return "Block(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS) + ")"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError

    def __reduce__(self) -> tuple[type[Block], tuple[Any, ...]]:
        return Block, self._values()


class _Filling(_BlockSlots):
    """A :class:`Block` being filled: the same slots, set by plain stores, then made a
    Block by assigning ``__class__`` (:func:`new_block`), as Block's own constructor has to
    go round its frozen ``__setattr__`` for every slot (≈ 0.3 µs a block this way against
    ≈ 1 µs). It is made by calling the class with no arguments: no ``__init__`` runs, and
    that is quicker than ``object.__new__(_Filling)`` or a call passing the values."""

    __slots__ = ()


class _LineFilling(_BlockSlots):
    """:class:`_Filling` for the common line of a text source (no table, no references,
    no segments): the text reader makes one by calling the class with no arguments (no
    ``__init__`` runs: quicker than ``object.__new__(_LineFilling)``), fills its slots and
    assigns ``__class__ = Block`` itself, all in its line loop (see ``lines._read_fast``: a
    class call with arguments costs more than the stores): the block ``new_block(text,
    source, line, at, None, layout, blank_before, indent)`` makes."""

    __slots__ = ()


def new_block(
    text: str,
    source: str | None,
    line: int | None,
    at: int | None,
    paragraph: int | None,
    layout: Layout | None,
    blank_before: bool = False,
    indent: int = 0,
    table: int | None = None,
    row: int | None = None,
    column: int | None = None,
    kind: str = "line",
    footnote_refs: tuple[tuple[str, int], ...] = (),
    segments: tuple[tuple[int, str], ...] = (),
) -> Block:
    """``Block(text, Origin(source, line, at, paragraph, layout=layout), blank_before, indent,
    table, row, column, kind, footnote_refs=footnote_refs, segments=segments)``, with the
    origin made only when :attr:`Block.origin` is first asked for. ``at`` is the origin's
    column (``column`` is the block's table column)."""
    b = _Filling()
    b.text = text
    b.blank_before = blank_before
    b.indent = indent
    b.table = table
    b.row = row
    b.column = column
    b.kind = kind
    b.footnote_marker = None
    b.footnote_refs = footnote_refs
    b.segments = segments
    b._origin = None
    b._source = source
    b._line = line
    b._at = at
    b._paragraph = paragraph
    b._layout = layout
    b.__class__ = Block  # type: ignore[assignment]  # same slots: see _Filling
    return b  # type: ignore[return-value]


class _OriginFilling(_OriginSlots):
    """An :class:`~vnadmin.model.Origin` being filled: Origin's slots (its base,
    ``_OriginSlots``), set by plain stores, then made an Origin by assigning ``__class__``
    (every value was made by the reader; the frozen class's slot setters cost about 0.5 µs
    an origin, this about 0.2 µs). Sharing the slots base, and adding no slots, spares
    CPython comparing the two classes' slots name by name on the class change. Origin has
    no ``__weakref__`` slot for this (see vnadmin.model.origin)."""

    __slots__ = ()


def origin_of(
    source: str | None, line: int | None, column: int | None, layout: Layout | None, paragraph: int | None = None
) -> Origin:
    """``Origin(source, line, column, paragraph, layout=layout)``, filled as an
    :class:`_OriginFilling` (no validators: the readers' values are valid by construction)."""
    f = _OriginFilling()  # (a bare class call: quicker than object.__new__, see _Filling)
    f.source = source
    f.line = line
    f.column = column
    f.paragraph = paragraph
    f.xpath = None
    f.layout = layout
    f.page = None
    f.__class__ = Origin  # type: ignore[assignment]  # same slots: see _OriginFilling
    return f  # type: ignore[return-value]
