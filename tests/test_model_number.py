"""DocumentNumber: validators, canonical forms, derived properties."""

from __future__ import annotations

import pytest

from vnadmin.errors import ModelError, VnAdminError
from vnadmin.model import STYLES, DocumentNumber


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"number": "05", "type_code": "NQ", "issuers": ("HĐND",)}, "05/NQ-HĐND"),
        ({"number": "7", "type_code": "NQ", "issuers": ("CP",)}, "7/NQ-CP"),  # digits kept
        ({"number": None, "type_code": "BC", "issuers": ("SKHCHN",)}, "/BC-SKHCHN"),
        ({"number": "1471", "issuers": ("STTTT",), "unit": "TTBCXB", "style": "cong_van"}, "1471/STTTT-TTBCXB"),
        ({"number": "30", "year": 2020, "type_code": "NĐ", "issuers": ("CP",), "style": "legal"}, "30/2020/NĐ-CP"),
        ({"number": "64", "year": 2025, "issuers": ("QH15",), "style": "legal"}, "64/2025/QH15"),
        (
            {"number": "03", "year": 2010, "type_code": "TTLT", "issuers": ("BNV", "BTC", "BLĐTB&XH"), "style": "legal"},
            "03/2010/TTLT-BNV-BTC-BLĐTB&XH",
        ),
        ({"number": "05", "type_code": "CT", "issuers": ("TW",), "style": "party"}, "05-CT/TW"),
        ({"number": "08", "type_code": "QĐi", "issuers": ("TW",), "style": "party"}, "08-QĐi/TW"),
        ({"number": None, "year": 2025, "issuers": ("QH15",), "style": "legal"}, "/2025/QH15"),
    ],
)
def test_canonical_forms(kwargs: dict[str, object], expected: str) -> None:
    number = kwargs.pop("number")
    n = DocumentNumber(number, **kwargs)  # type: ignore[arg-type]
    assert str(n) == expected
    assert n.is_blank is (number is None)


def test_derived_parts() -> None:
    n = DocumentNumber("05", type_code="NQ", issuers=("HĐND",))
    assert (n.symbol, n.segments, n.value) == ("NQ-HĐND", ("NQ", "HĐND"), 5)
    legal = DocumentNumber("30", year=2020, type_code="NĐ", issuers=("CP",), style="legal")
    assert (legal.symbol, legal.segments) == ("2020/NĐ-CP", ("NĐ", "CP"))
    cv = DocumentNumber("12", issuers=("UBND",), unit="VX", style="cong_van")
    assert (cv.symbol, cv.segments) == ("UBND-VX", ("UBND", "VX"))
    assert DocumentNumber(None, type_code="BC", issuers=("X",)).value is None


def test_cong_van_reading_keeps_the_string() -> None:
    n = DocumentNumber("624", type_code="CT", issuers=("TTHT",))
    cv = n.as_cong_van()
    assert (cv.style, cv.type_code, cv.issuers, cv.unit) == ("cong_van", None, ("CT",), "TTHT")
    assert str(cv) == str(n) == "624/CT-TTHT"
    assert cv.as_cong_van() is cv
    with pytest.raises(ModelError) as err:
        DocumentNumber("05", type_code="CT", issuers=("TW",), style="party").as_cong_van()
    assert err.value.field == "style"


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({"number": "12a", "type_code": "QĐ", "issuers": ("UBND",)}, "number", "12a"),  # letters
        ({"number": "", "type_code": "QĐ", "issuers": ("UBND",)}, "number", ""),
        ({"number": "١٢", "type_code": "QĐ", "issuers": ("UBND",)}, "number", "١٢"),  # non-ASCII digits
        ({"number": 12, "type_code": "QĐ", "issuers": ("UBND",)}, "number", 12),
        ({"number": "12", "type_code": "", "issuers": ("UBND",)}, "type_code", ""),  # empty type code
        ({"number": "12", "type_code": "Q Đ", "issuers": ("UBND",)}, "type_code", "Q Đ"),
        ({"number": "12", "type_code": "QĐ-X", "issuers": ("UBND",)}, "type_code", "QĐ-X"),
        ({"number": "12", "type_code": "QĐ", "issuers": ("",)}, "issuers", ("",)),
        ({"number": "12", "type_code": "QĐ", "issuers": ("UB/ND",)}, "issuers", ("UB/ND",)),
        ({"number": "12", "type_code": "QĐ", "issuers": ()}, "issuers", ()),
        ({"number": "12", "year": 999, "type_code": "NĐ", "issuers": ("CP",), "style": "legal"}, "year", 999),
        ({"number": "12", "year": "2020", "type_code": "NĐ", "issuers": ("CP",), "style": "legal"}, "year", "2020"),
        ({"number": "12", "type_code": "NĐ", "issuers": ("CP",), "style": "legal"}, "year", None),
        ({"number": "12", "year": 2020, "type_code": "QĐ", "issuers": ("UBND",)}, "year", 2020),
        ({"number": "12", "issuers": ("UBND",)}, "type_code", None),
        ({"number": "12", "type_code": "BC", "issuers": ("UBND",), "style": "cong_van"}, "type_code", "BC"),
        ({"number": "12", "type_code": "BC", "issuers": ("UBND",), "unit": "VP"}, "unit", "VP"),
        ({"number": "12", "issuers": ("UBND",), "unit": "V P", "style": "cong_van"}, "unit", "V P"),
        ({"number": "12", "issuers": ("UBND",), "unit": "VP-", "style": "cong_van"}, "unit", "VP-"),
        ({"number": "12", "type_code": "QĐ", "issuers": ("UBND",), "style": "draft"}, "style", "draft"),
    ],
)
def test_bad_values_name_field_and_value(kwargs: dict[str, object], field: str, value: object) -> None:
    number = kwargs.pop("number")
    with pytest.raises(ModelError) as err:
        DocumentNumber(number, **kwargs)  # type: ignore[arg-type]
    assert err.value.field == field
    assert err.value.value == value
    assert err.value.cls == "DocumentNumber"
    assert f"DocumentNumber.{field}=" in str(err.value)
    assert "(" in err.value.message  # Vietnamese with an English gloss
    assert isinstance(err.value, VnAdminError) and isinstance(err.value, ValueError)


def test_written_is_outside_equality() -> None:
    a = DocumentNumber("05", type_code="NQ", issuers=("HĐND",), written="Số: 05/NQ-HĐND")
    b = DocumentNumber("05", type_code="NQ", issuers=("HĐND",))
    assert a == b and hash(a) == hash(b)
    assert a != DocumentNumber("5", type_code="NQ", issuers=("HĐND",))  # digits as written count


def test_lists_become_tuples() -> None:
    n = DocumentNumber("05", type_code="NQ", issuers=["HĐND"])  # type: ignore[arg-type]
    assert n.issuers == ("HĐND",)


def test_styles_constant() -> None:
    assert STYLES == ("administrative", "cong_van", "legal", "party")


def test_repr_shows_canonical_form() -> None:
    n = DocumentNumber("05", type_code="NQ", issuers=("HĐND",))
    assert repr(n) == "DocumentNumber('05/NQ-HĐND', style='administrative')"
