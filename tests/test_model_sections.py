"""Sections, paragraphs and footnotes: labels, markers, kinds, references."""

from __future__ import annotations

import pytest

from vnadmin.errors import ModelError
from vnadmin.model import Footnote, FootnoteRef, Paragraph, Section
from vnadmin.model.sections import label_kind


@pytest.mark.parametrize(
    ("label", "kind", "marker", "number"),
    [
        ("Phần I", "phan", "Phần I", "I"),
        ("Chương XII", "chuong", "Chương XII", "XII"),
        ("Mục 2", "muc", "Mục 2", "2"),
        ("Tiểu mục 1", "tieu_muc", "Tiểu mục 1", "1"),
        ("Điều 5", "dieu", "Điều 5.", "5"),
        ("Điều 39a", "dieu", "Điều 39a.", "39a"),
        ("IV", "roman", "IV.", "IV"),
        ("3", "arabic", "3.", "3"),
        ("1.2", "decimal", "1.2.", "1.2"),
        ("1.2.3", "decimal", "1.2.3.", "1.2.3"),
        ("a", "letter", "a)", "a"),
        ("đ", "letter", "đ)", "đ"),
        ("a1", "letter", "a1)", "a1"),
    ],
)
def test_labels(label: str, kind: str, marker: str, number: str) -> None:
    s = Section(label)
    assert (s.kind, s.marker, s.number) == (kind, marker, number)
    assert label_kind(label) == kind


@pytest.mark.parametrize("label", ["", "Phần ", "Chương", "ab", "1.", "I.", "A", "1a", "Điều", 5, None])
def test_bad_labels(label: object) -> None:
    with pytest.raises(ModelError) as err:
        Section(label)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field, err.value.value) == ("Section", "label", label)


def test_marker_as_written_is_kept() -> None:
    assert Section("1", marker="1/").marker == "1/"
    with pytest.raises(ModelError):
        Section("1", marker="")


def test_tree_helpers() -> None:
    p1, p2, p3 = Paragraph("Một."), Paragraph("Hai.", bullet="-"), Paragraph("Ba.")
    inner = Section("1", heading="Kết quả", children=(p2,))
    outer = Section("I", heading="Khái quát", children=[p1, inner, p3])
    assert outer.children == (p1, inner, p3)  # lists become tuples
    assert outer.sections == (inner,) and outer.paragraphs() == (p1, p3)
    assert list(outer.walk()) == [outer, p1, inner, p2, p3]
    assert repr(outer) == "Section(I. 'Khái quát', 3 children)"


@pytest.mark.parametrize("child", ["text", 5, Footnote("1", "Ghi chú.")])
def test_children_must_be_sections_or_paragraphs(child: object) -> None:
    with pytest.raises(ModelError) as err:
        Section("I", children=(child,))  # type: ignore[arg-type]
    assert err.value.field == "children" and err.value.value == child


@pytest.mark.parametrize("heading", ["", "  ", 3])
def test_bad_heading(heading: object) -> None:
    with pytest.raises(ModelError) as err:
        Section("I", heading=heading)  # type: ignore[arg-type]
    assert err.value.field == "heading"


def test_paragraph() -> None:
    p = Paragraph("Sở đã triển khai kế hoạch.", bullet="-", footnote_refs=[FootnoteRef("1", 3)])
    assert p.footnote_refs == (FootnoteRef("1", 3),)
    assert repr(p) == "Paragraph(- 'Sở đã triển khai kế hoạch.')"
    long = Paragraph("x" * 60)
    assert repr(long) == f"Paragraph({'x' * 37 + '...'!r})"
    # the reference may sit at the very end of the text
    assert Paragraph("Kết thúc.", footnote_refs=(FootnoteRef("1", 9),)).footnote_refs[0].offset == 9


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": None}, "text"),
        ({"text": "Nội dung.", "bullet": "*-"}, "bullet"),
        ({"text": "Nội dung.", "bullet": "a)"}, "bullet"),
        ({"text": "Ngắn.", "footnote_refs": (FootnoteRef("1", 6),)}, "footnote_refs"),  # beyond the text
        ({"text": "Ngắn.", "footnote_refs": ("1",)}, "footnote_refs"),
    ],
)
def test_bad_paragraph(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ModelError) as err:
        Paragraph(**kwargs)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field) == ("Paragraph", field)


@pytest.mark.parametrize(("marker", "offset", "field"), [("", 0, "marker"), ("1", -1, "offset"), ("1", "0", "offset")])
def test_bad_footnote_ref(marker: str, offset: object, field: str) -> None:
    with pytest.raises(ModelError) as err:
        FootnoteRef(marker, offset)  # type: ignore[arg-type]
    assert err.value.field == field


def test_footnote() -> None:
    f = Footnote("1", "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024.")
    assert repr(f).startswith("Footnote('1', ")
    with pytest.raises(ModelError) as err:
        Footnote("1", "")
    assert err.value.field == "text"
    with pytest.raises(ModelError) as err:
        Footnote("", "Ghi chú.")
    assert err.value.field == "marker"


def test_paragraph_and_section_keep_their_fields_on_a_slots_base() -> None:
    # Paragraph's and Section's slots live in a base of their own, which readers' fillings
    # share (vnadmin.text.recogniser.body): the classes add no slots to it, and their
    # fields, equality, repr, pickling and validators are the attrs class's.
    import pickle

    import attrs

    from vnadmin.model.origin import Origin
    from vnadmin.model.sections import _ParagraphSlots, _SectionSlots

    assert [a.name for a in attrs.fields(Paragraph)] == ["text", "bullet", "footnote_refs", "citations", "origin"]
    assert [a.name for a in attrs.fields(Section)] == ["label", "heading", "children", "marker", "origin"]
    for cls, base in ((Paragraph, _ParagraphSlots), (Section, _SectionSlots)):
        assert cls.__mro__[1] is base and cls.__basicsize__ == base.__basicsize__
        assert sorted(base.__dict__["__slots__"]) == sorted(a.name for a in attrs.fields(cls))
        assert not hasattr(cls, "__weakref__")
    o = Origin("a.txt", 3, 1)
    p = Paragraph("Kế hoạch thực hiện.", bullet="-", footnote_refs=(FootnoteRef("1", 3),), origin=o)
    s = Section("I", heading="Khái quát", children=(p,), origin=o)
    for x in (p, s):
        assert not hasattr(x, "__dict__")
        back = pickle.loads(pickle.dumps(x))
        assert back == x and repr(back) == repr(x) and back.origin == o and hash(back) == hash(x)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            x.origin = None  # type: ignore[misc]
    assert p == Paragraph("Kế hoạch thực hiện.", bullet="-", footnote_refs=(FootnoteRef("1", 3),))  # origin: not compared
    assert repr(p) == "Paragraph(- 'Kế hoạch thực hiện.')" and repr(s) == "Section(I. 'Khái quát', 1 children)"
    with pytest.raises(ModelError):
        Paragraph(" ")
    with pytest.raises(ModelError):
        Section("không")
