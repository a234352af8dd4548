"""Every model class is a frozen value: hashable, picklable, comparable, evolvable, with a
readable repr; origin and notes stay outside equality."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnadmin
from vnadmin.errors import ModelError
from vnadmin.model import Layout, Note, Origin, PageSetup

MODEL_CLASSES = [
    vnadmin.DocumentType, vnadmin.DocumentNumber, vnadmin.IssueDate, vnadmin.Header, vnadmin.Pinpoint,
    vnadmin.Citation, vnadmin.Paragraph, vnadmin.FootnoteRef, vnadmin.Footnote, vnadmin.Section,
    vnadmin.SignatureBlock, vnadmin.Recipient, vnadmin.RecipientList, vnadmin.Preamble, vnadmin.Document,
    vnadmin.Finding, vnadmin.Location, Note, Origin, Layout, PageSetup,
]  # fmt: skip


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_frozen_slotted_attrs(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_value_semantics(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    assert type(obj) is cls
    assert not hasattr(obj, "__dict__")  # slots
    # frozen
    first = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, first, getattr(obj, first))
    # hashable and equal to its copies
    clone = pickle.loads(pickle.dumps(obj))
    assert clone == obj and hash(clone) == hash(obj)
    assert copy.deepcopy(obj) == obj
    # attrs.evolve with no change gives an equal object (validators re-run and pass)
    assert attrs.evolve(obj) == obj
    # a readable repr: names the class, no default object repr
    text = repr(obj)
    assert text.startswith(cls.__name__ + "(") and " object at 0x" not in text


@given(st.from_type(vnadmin.Document))
def test_origin_and_notes_are_outside_equality(doc: vnadmin.Document) -> None:
    noted = attrs.evolve(doc, origin=Origin(source="x.txt", line=1), notes=(Note("repaired", "thêm dấu"),))
    assert noted == doc and hash(noted) == hash(doc)
    header = attrs.evolve(doc.header, origins=(("number", Origin(line=4)),))
    assert attrs.evolve(doc, header=header) == doc


def test_evolve_runs_validators() -> None:
    d = vnadmin.IssueDate("Hà Nội", 5, 1, 2020)
    with pytest.raises(ModelError) as err:
        attrs.evolve(d, day=32)
    assert (err.value.field, err.value.value) == ("day", 32)
    n = vnadmin.DocumentNumber("05", type_code="QĐ", issuers=("UBND",))
    assert str(attrs.evolve(n, number="12")) == "12/QĐ-UBND"
    with pytest.raises(ModelError) as err:
        attrs.evolve(n, number="1a")
    assert err.value.field == "number"


def test_origin_layout_page_are_values() -> None:
    o = Origin("a.docx", paragraph=3, layout=Layout(font="Times New Roman", size=13.0, bold=True),
               page=PageSetup(width_mm=210.0, height_mm=297.0))
    assert pickle.loads(pickle.dumps(o)) == o
    assert str(o) == "a.docx:¶3" and str(Origin(line=2, column=5)) == "<input>:2:5"
    assert str(Origin(xpath="/document/body")) == "<input>:/document/body"


def test_finding_and_location() -> None:
    f = vnadmin.Finding("H001", "national-title-missing", "error", "Thiếu Quốc hiệu (national title missing)",
                        vnadmin.Location(source="a.txt", line=1, column=1))
    assert str(f) == "a.txt:1:1: H001 national-title-missing Thiếu Quốc hiệu (national title missing)"
    assert str(vnadmin.Location(paragraph=4)) == "<document>:¶4"
    with pytest.raises(ModelError) as err:
        vnadmin.Finding("H001", "x", "fatal", "m")
    assert (err.value.field, err.value.value) == ("severity", "fatal")


def _walk_values(obj: Any) -> list[Any]:
    out = [obj]
    if attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):
            out.extend(_walk_values(getattr(obj, f.name)))
    elif isinstance(obj, tuple):
        for x in obj:
            out.extend(_walk_values(x))
    return out


@given(st.from_type(vnadmin.Document))
def test_documents_hold_only_immutable_values(doc: vnadmin.Document) -> None:
    for value in _walk_values(doc):
        assert not isinstance(value, (list, dict, set)), value
