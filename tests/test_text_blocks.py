"""Blocks: made by a reader with their origin made when asked, or by the constructor."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model.origin import Layout, Origin
from vnadmin.text.blocks import Block, new_block, origin_of
from vnadmin.text.lines import text_blocks

_layouts = st.sampled_from([None, Layout(bold=True), Layout(font="Times New Roman", size=14.0, alignment="center")])
_small = st.none() | st.integers(0, 50)


@given(
    text=st.text(min_size=1, max_size=8),
    source=st.none() | st.sampled_from(["x.txt", "y.docx"]),
    line=_small,
    at=_small,
    paragraph=_small,
    layout=_layouts,
    blank=st.booleans(),
    indent=st.integers(0, 40),
    cell=st.none() | st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 1)),
    kind=st.sampled_from(["line", "page-break"]),
    refs=st.sampled_from([(), (("1", 0),)]),
    segments=st.sampled_from([(), ((0, "a"), (30, "b"))]),
)
def test_new_block_is_the_constructed_block(
    text: str,
    source: str | None,
    line: int | None,
    at: int | None,
    paragraph: int | None,
    layout: Layout | None,
    blank: bool,
    indent: int,
    cell: tuple[int, int, int] | None,
    kind: str,
    refs: tuple[tuple[str, int], ...],
    segments: tuple[tuple[int, str], ...],
) -> None:
    table, row, column = cell or (None, None, None)
    made = new_block(text, source, line, at, paragraph, layout, blank, indent, table, row, column, kind, refs, segments)
    origin = Origin(source, line, at, paragraph, layout=layout)
    built = Block(text, origin, blank, indent, table, row, column, kind, None, refs, segments)
    assert type(made) is Block
    assert made.layout is layout and made.in_table is (table is not None)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert made.origin == origin and type(made.origin) is Origin


@given(
    words=st.lists(st.text(alphabet="aăbcđeêghKLMNxyzẠỄ", min_size=1, max_size=6), min_size=1, max_size=5),
    blank=st.booleans(),
    indent=st.integers(0, 12),
    bold=st.booleans(),
)
def test_a_line_the_text_reader_fills_is_new_block(words: list[str], blank: bool, indent: int, bold: bool) -> None:
    # An ordinary line (letters, single spaces) after the first: the fast line loop of
    # vnadmin.text.lines fills its block slot by slot; new_block is the definition.
    text = " ".join(words)
    written = f"**{text}**" if bold else text
    blocks, _ = text_blocks("Mở đầu\n" + ("\n" if blank else "") + " " * indent + written + "\n", source="x.txt")
    made = blocks[-1]
    layout = Layout(bold=True) if bold else None
    general = new_block(text, "x.txt", 3 if blank else 2, indent + 1, None, layout, blank, indent)
    assert type(made) is Block and type(made.origin) is Origin
    assert made == general and repr(made) == repr(general) and made.origin == general.origin
    assert hash(made) == hash(general)


@given(source=st.none() | st.sampled_from(["x.txt", "y.docx"]), line=_small, column=_small, layout=_layouts)
def test_an_origin_filled_by_the_readers_is_the_constructed_one(
    source: str | None, line: int | None, column: int | None, layout: Layout | None
) -> None:
    # origin_of and Block.origin fill a plain object of Origin's slots and make it an Origin.
    made = origin_of(source, line, column, layout)
    expected = Origin(source, line, column, layout=layout)
    attrs.validate(made)
    assert type(made) is Origin and made == expected and repr(made) == repr(expected)
    assert hash(made) == hash(expected) and attrs.asdict(made) == attrs.asdict(expected)
    assert new_block("x", source, line, column, None, layout).origin == expected
    with pytest.raises(FrozenInstanceError):
        made.line = 2  # type: ignore[misc]


def test_the_origin_is_made_once_when_first_asked() -> None:
    b = new_block("Điều 1.", "x.txt", 3, 5, None, Layout(bold=True), True, 4)
    assert b.layout == Layout(bold=True)
    assert b._origin is None  # reading the layout made no origin
    first = b.origin
    assert first is b.origin and first == Origin("x.txt", 3, 5, layout=Layout(bold=True))


def test_the_constructor_keeps_the_origin_it_is_given() -> None:
    origin = Origin("x.docx", xpath="/w:footnotes/w:footnote[@w:id='2']")
    b = Block("Ghi chú.", origin=origin, kind="footnote", footnote_marker="1")
    assert b.origin is origin and b.layout is None
    assert Block("x").origin == Origin() and Block("x") == Block("x")
    assert Block("x") != Block("x", Origin(line=1)) and Block("x") != "x"
    assert Block("x", Origin(line=1)) != new_block("x", None, 1, 2, None, None)


@pytest.mark.parametrize("made", [True, False])
def test_blocks_are_frozen(made: bool) -> None:
    b = new_block("x", None, 1, 1, None, None) if made else Block("x")
    with pytest.raises(FrozenInstanceError):
        b.text = "y"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        b.origin = Origin()  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del b.indent
    assert b.text == "x"


def test_evolve_copy_and_pickle_keep_every_field() -> None:
    b = new_block("I. A", "x.txt", 2, 3, None, Layout(bold=True), True, 2, 1, 0, 1, footnote_refs=(("1", 4),))
    changed = b.evolve(text="I. A [1]", footnote_refs=())
    assert changed == Block("I. A [1]", b.origin, True, 2, 1, 0, 1)
    assert b.footnote_refs == (("1", 4),)  # the original is unchanged
    for other in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b))):
        assert type(other) is Block and other == b and repr(other) == repr(b)
