"""vnadmin.model.number.build_number: the readers' cheap path builds exactly what the
DocumentNumber constructor builds, and refuses exactly what it refuses, with its error."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.errors import ModelError
from vnadmin.model import DocumentNumber
from vnadmin.model.number import STYLES, build_number
from vnadmin.testing import strategies as vst

_groups = st.sampled_from(["UBND", "HĐND", "NĐ", "CP", "", " ", "A-B", "A/B", "TT\tHT", "QH15", "x y"])


def _same(args: tuple[object, ...]) -> None:
    number, year, type_code, issuers, unit, style, written = args
    try:
        expected = DocumentNumber(
            number, year=year, type_code=type_code, issuers=issuers, unit=unit, style=style, written=written  # type: ignore[arg-type]
        )
    except ModelError as exc:
        try:
            build_number(*args)  # type: ignore[arg-type]
        except ModelError as got:
            assert (got.cls, got.field, got.value, got.message) == (exc.cls, exc.field, exc.value, exc.message)
        else:
            raise AssertionError(f"build_number accepted {args!r}") from None
        return
    built = build_number(*args)  # type: ignore[arg-type]
    attrs.validate(built)
    assert attrs.asdict(built, recurse=False) == attrs.asdict(expected, recurse=False)
    assert built == expected and hash(built) == hash(expected) and str(built) == str(expected)


@given(
    st.tuples(
        st.one_of(st.none(), st.sampled_from(["05", "1471", "", "5a", "٣", " 7"])),
        st.one_of(st.none(), st.sampled_from([2020, 999, 10000, 2025])),
        st.one_of(st.none(), _groups),
        st.lists(_groups, max_size=3).map(tuple),
        st.one_of(st.none(), st.sampled_from(["TTBCXB", "P1-P2", "P1--P2", "", "a b"])),
        st.sampled_from([*STYLES, "other"]),
        st.one_of(st.none(), st.just("05/NQ-HĐND")),
    )
)
def test_build_number_agrees_with_the_constructor(args: tuple[object, ...]) -> None:
    _same(args)


@given(vst.document_numbers())
def test_build_number_agrees_on_generated_numbers(n: DocumentNumber) -> None:
    _same((n.number, n.year, n.type_code, n.issuers, n.unit, n.style, n.written))


_VALID = ("05", None, "NQ", ("HĐND",), None, "administrative", "05/NQ-HĐND")


def _with(**changes: object) -> tuple[object, ...]:
    names = ("number", "year", "type_code", "issuers", "unit", "style", "written")
    return tuple(changes.get(name, value) for name, value in zip(names, _VALID, strict=True))


def test_each_field_check_and_the_shape_check_are_made() -> None:
    cases = [
        _with(),
        _with(number=None),
        _with(number="5a"),
        _with(number="٣"),
        _with(year=2020),
        _with(year=2020, style="legal"),
        _with(style="legal"),
        _with(year=999, style="legal"),
        _with(type_code="N Q"),
        _with(type_code=""),
        _with(issuers=()),
        _with(issuers=("A-B",)),
        _with(issuers=["HĐND"]),
        _with(unit="P1"),
        _with(unit="P1", type_code=None, style="cong_van"),
        _with(unit="P1--P2", type_code=None, style="cong_van"),
        _with(style="other"),
        _with(style="party"),
        _with(type_code=None),
    ]
    for args in cases:
        _same(args)
