"""Citation and Pinpoint validators."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin import doctypes
from vnadmin.errors import ModelError
from vnadmin.model import Citation, DocumentNumber, Origin, Pinpoint


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"article": "5"}, "Điều 5"),
        ({"article": "5", "clause": "2"}, "khoản 2 Điều 5"),
        ({"article": "39a", "clause": "1", "point": "đ"}, "điểm đ khoản 1 Điều 39a"),
        ({"clause": "3"}, "khoản 3"),
        ({"point": "a1"}, "điểm a1"),
    ],
)
def test_pinpoint(kwargs: dict[str, str], text: str) -> None:
    p = Pinpoint(**kwargs)
    assert str(p) == text and repr(p) == f"Pinpoint({text!r})"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({}, "article"), ({"article": ""}, "article"), ({"article": "5 a"}, "article"), ({"clause": "1."}, "clause"),
     ({"article": "5", "point": "a)"}, "point"), ({"article": 5}, "article")],
)
def test_bad_pinpoint(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ModelError) as err:
        Pinpoint(**kwargs)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field) == ("Pinpoint", field)


def _citation(**extra: object) -> Citation:
    text = "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"
    return Citation(
        text,
        (10, 10 + len(text)),
        doc_type=doctypes.by_code("QĐ"),
        type_written="Quyết định",
        number=DocumentNumber("90", type_code="QĐ", issuers=("TTg",)),
        date=dt.date(2022, 1, 18),
        date_written="18/01/2022",
        issuer="Thủ tướng Chính phủ",
        **extra,  # type: ignore[arg-type]
    )


def test_citation_fields_and_shift() -> None:
    c = _citation()
    assert (c.start, c.end) == (10, 73)
    moved = c.shifted(-10)
    assert moved.span == (0, 63) and moved.text == c.text and moved != c
    assert repr(c) == (
        "Citation('Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ', span=(10, 73), "
        "number='90/QĐ-TTg', date=2022-01-18, issuer='Thủ tướng Chính phủ')"
    )
    assert _citation(origin=Origin(line=2)) == c


def test_citation_span_from_list() -> None:
    c = Citation("Luật Lưu trữ", [0, 12], name="Lưu trữ")  # type: ignore[arg-type]
    assert c.span == (0, 12) and c.number is None


@pytest.mark.parametrize(
    "span",
    [(5, 4), (-1, 3), (0,), (0, 1, 2), ("0", "3"), (0.0, 3.0), (0, 3)],  # the last: wrong length for "abcd"
)
def test_bad_span(span: object) -> None:
    with pytest.raises(ModelError) as err:
        Citation("abcd", span)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field) == ("Citation", "span")


@pytest.mark.parametrize(("field", "value"), [("text", ""), ("type_written", ""), ("issuer", " "), ("name", ""), ("date_written", "")])
def test_bad_citation_text(field: str, value: str) -> None:
    kwargs: dict[str, object] = {"text": "Luật Lưu trữ", "span": (0, 12), field: value}
    with pytest.raises(ModelError) as err:
        Citation(**kwargs)  # type: ignore[arg-type]
    assert err.value.field == field


@pytest.mark.parametrize(
    ("field", "value"),
    [("doc_type", "Quyết định"), ("number", "90/QĐ-TTg"), ("date", "2022-01-18"), ("pinpoint", "Điều 5")],
)
def test_citation_typed_fields(field: str, value: str) -> None:
    kwargs: dict[str, object] = {"text": "Luật Lưu trữ", "span": (0, 12), field: value}
    with pytest.raises(ModelError) as err:
        Citation(**kwargs)  # type: ignore[arg-type]
    assert (err.value.field, err.value.value) == (field, value)
