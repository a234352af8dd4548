"""parse_number and str(): every numbering style, the variants real text contains, errors."""

from __future__ import annotations

import unicodedata

import pytest

from vnadmin import DocumentNumber, parse_number
from vnadmin.citations import NUMBER_RE
from vnadmin.errors import CitationError

# (written, canonical str, style, type_code, issuers, unit, year)
VALID = [
    ("05/NQ-HĐND", "05/NQ-HĐND", "administrative", "NQ", ("HĐND",), None, None),
    ("833/QĐ-UBND", "833/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("90/QĐ-TTg", "90/QĐ-TTg", "administrative", "QĐ", ("TTg",), None, None),
    ("1397/KH-STTTT", "1397/KH-STTTT", "administrative", "KH", ("STTTT",), None, None),
    ("142/TTr-SKHCN", "142/TTr-SKHCN", "administrative", "TTr", ("SKHCN",), None, None),
    ("149/CĐ-TTg", "149/CĐ-TTg", "administrative", "CĐ", ("TTg",), None, None),
    ("388/TTr-CP", "388/TTr-CP", "administrative", "TTr", ("CP",), None, None),
    ("389/ĐA-CP", "389/ĐA-CP", "administrative", "ĐA", ("CP",), None, None),
    ("432/BC-UBPLTP15", "432/BC-UBPLTP15", "administrative", "BC", ("UBPLTP15",), None, None),
    ("1673/NQ-UBTVQH15", "1673/NQ-UBTVQH15", "administrative", "NQ", ("UBTVQH15",), None, None),
    ("1471/STTTT-TTBCXB", "1471/STTTT-TTBCXB", "cong_van", None, ("STTTT",), "TTBCXB", None),
    ("232/STTTT-TTBCXB", "232/STTTT-TTBCXB", "cong_van", None, ("STTTT",), "TTBCXB", None),
    ("1027/CTK-CSCL", "1027/CTK-CSCL", "cong_van", None, ("CTK",), "CSCL", None),
    ("05/BNV-VP", "05/BNV-VP", "cong_van", None, ("BNV",), "VP", None),
    ("12/UBND-VX", "12/UBND-VX", "cong_van", None, ("UBND",), "VX", None),
    ("3298/SXD-QLHĐXD", "3298/SXD-QLHĐXD", "cong_van", None, ("SXD",), "QLHĐXD", None),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "legal", "NĐ", ("CP",), None, 2020),
    ("01/2011/TT-BNV", "01/2011/TT-BNV", "legal", "TT", ("BNV",), None, 2011),
    ("05/2025/QĐ-UBND", "05/2025/QĐ-UBND", "legal", "QĐ", ("UBND",), None, 2025),
    ("2851/2015/QĐ-UBND", "2851/2015/QĐ-UBND", "legal", "QĐ", ("UBND",), None, 2015),
    ("64/2025/QH15", "64/2025/QH15", "legal", None, ("QH15",), None, 2025),
    ("202/2025/QH15", "202/2025/QH15", "legal", None, ("QH15",), None, 2025),
    ("351/2017/UBTVQH14", "351/2017/UBTVQH14", "legal", None, ("UBTVQH14",), None, 2017),
    ("07/2025/L-CTN", "07/2025/L-CTN", "legal", "L", ("CTN",), None, 2025),
    ("12/2015/TTLT-BTC-BNV", "12/2015/TTLT-BTC-BNV", "legal", "TTLT", ("BTC", "BNV"), None, 2015),
    (
        "03/2010/TTLT-BNV-BTC-BLĐTB&XH",
        "03/2010/TTLT-BNV-BTC-BLĐTB&XH",
        "legal",
        "TTLT",
        ("BNV", "BTC", "BLĐTB&XH"),
        None,
        2010,
    ),
    ("23/2025/TT-BNNMT", "23/2025/TT-BNNMT", "legal", "TT", ("BNNMT",), None, 2025),
    ("05-CT/TW", "05-CT/TW", "party", "CT", ("TW",), None, None),
    ("36-HD/VPTW", "36-HD/VPTW", "party", "HD", ("VPTW",), None, None),
    ("15-NQ/TU", "15-NQ/TU", "party", "NQ", ("TU",), None, None),
    ("08-QĐi/TW", "08-QĐi/TW", "party", "QĐi", ("TW",), None, None),
    ("134-KL/TW", "134-KL/TW", "party", "KL", ("TW",), None, None),
    ("24-BS/UBKTTU", "24-BS/UBKTTU", "party", "BS", ("UBKTTU",), None, None),
    # drafts with the number left blank
    ("/BC-SKHCHN", "/BC-SKHCHN", "administrative", "BC", ("SKHCHN",), None, None),
    ("/2025/QH15", "/2025/QH15", "legal", None, ("QH15",), None, 2025),
    ("/2024/NĐ-CP", "/2024/NĐ-CP", "legal", "NĐ", ("CP",), None, 2024),
    ("/CTVPH-TTHT", "/CTVPH-TTHT", "cong_van", None, ("CTVPH",), "TTHT", None),
    # the Số prefix, with or without colon and space
    ("Số: 15/QĐ-BNV", "15/QĐ-BNV", "administrative", "QĐ", ("BNV",), None, None),
    ("Số:05/BNV-VP", "05/BNV-VP", "cong_van", None, ("BNV",), "VP", None),
    ("Số : 12/UBND-VX", "12/UBND-VX", "cong_van", None, ("UBND",), "VX", None),
    ("Số 60-NQ/TW", "60-NQ/TW", "party", "NQ", ("TW",), None, None),
    ("Số: /BC-SKHCHN", "/BC-SKHCHN", "administrative", "BC", ("SKHCHN",), None, None),
    ("Luật số: 64/2025/QH15", "64/2025/QH15", "legal", None, ("QH15",), None, 2025),
    # variants real documents contain
    ("2463 /QĐ - UBND", "2463/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("301- KL/TU", "301-KL/TU", "party", "KL", ("TU",), None, None),
    ("1206 /QĐ-HVTC", "1206/QĐ-HVTC", "administrative", "QĐ", ("HVTC",), None, None),
    ("30/2020/N\u00d0-CP", "30/2020/NĐ-CP", "legal", "NĐ", ("CP",), None, 2020),
    ("30/2020/N\u0189-CP", "30/2020/NĐ-CP", "legal", "NĐ", ("CP",), None, 2020),
    ("05\u2013CT/TW", "05-CT/TW", "party", "CT", ("TW",), None, None),
    ("05/NQ\u2014HĐND", "05/NQ-HĐND", "administrative", "NQ", ("HĐND",), None, None),
    ("142/ttr-skhcn", "142/TTr-SKHCN", "administrative", "TTr", ("SKHCN",), None, None),
    ("90/QĐ-ttg", "90/QĐ-TTg", "administrative", "QĐ", ("TTg",), None, None),
    ("15- Nq/tw", "15-NQ/TW", "party", "NQ", ("TW",), None, None),
    ("12/ctr-UBND", "12/CTr-UBND", "administrative", "CTr", ("UBND",), None, None),
    ("12/QYĐ-UBND", "12/QyĐ-UBND", "administrative", "QyĐ", ("UBND",), None, None),
    ("05/QĐ-UBND.", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("05/QĐ-UBND,", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("05/QĐ-UBND;", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("05/QĐ-UBND:", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("05/QĐ-UBND)", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("05/QĐ-UBND]", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    # OCR lost the Đ in the type slot: repaired through the registry
    ("05/QD-UBND", "05/QĐ-UBND", "administrative", "QĐ", ("UBND",), None, None),
    ("30/2020/ND-CP", "30/2020/NĐ-CP", "legal", "NĐ", ("CP",), None, 2020),
    # digits kept as written: a missing leading zero is a finding, never a repair
    ("7/NQ-CP", "7/NQ-CP", "administrative", "NQ", ("CP",), None, None),
    ("5-NQ/TU", "5-NQ/TU", "party", "NQ", ("TU",), None, None),
    # a first group that is also a type code: administrative, with a công văn reading
    ("624/CT-TTHT", "624/CT-TTHT", "administrative", "CT", ("TTHT",), None, None),
]


@pytest.mark.parametrize(("written", "canonical", "style", "type_code", "issuers", "unit", "year"), VALID)
def test_parse_valid(
    written: str,
    canonical: str,
    style: str,
    type_code: str | None,
    issuers: tuple[str, ...],
    unit: str | None,
    year: int | None,
) -> None:
    n = parse_number(written)
    assert (str(n), n.style, n.type_code, n.issuers, n.unit, n.year) == (
        canonical,
        style,
        type_code,
        issuers,
        unit,
        year,
    )
    assert n.written == written
    assert parse_number(str(n)) == n
    assert str(parse_number(str(n))) == canonical


def test_nfd_input_is_normalised() -> None:
    written = unicodedata.normalize("NFD", "05/NQ-HĐND")
    n = parse_number(written)
    assert str(n) == "05/NQ-HĐND"
    assert n.written == written


def test_cong_van_reading_of_ct() -> None:
    n = parse_number("624/CT-TTHT")
    cv = n.as_cong_van()
    assert (cv.style, cv.issuers, cv.unit, str(cv)) == ("cong_van", ("CT",), "TTHT", "624/CT-TTHT")


def test_returns_document_number() -> None:
    assert isinstance(parse_number("05/NQ-HĐND"), DocumentNumber)


# (written, column of the error, 1-based in the normalised text)
INVALID = [
    ("05/", 3),
    ("05-", 3),
    ("05/QĐ-", 6),
    ("30/2020/NĐ-", 11),
    ("05//QĐ-UBND", 4),
    ("05/QĐ--UBND", 7),
    ("05/QĐ", 4),
    ("", 1),
    ("   ", 1),
    ("/", 1),
    ("05", 1),
    ("QĐ-UBND", 1),
    ("241/232/STTTT-TTBCXB", 5),
    ("84 QĐ/TWĐTN", 3),
    ("05/QĐ_UBND", 6),
    ("12/2015/NĐ/CP", 11),
    ("05-CT", 1),
    ("05-CT/TW/X", 1),
]


@pytest.mark.parametrize(("written", "column"), INVALID)
def test_parse_invalid(written: str, column: int) -> None:
    with pytest.raises(CitationError) as info:
        parse_number(written)
    assert isinstance(info.value, ValueError)
    assert info.value.column == column
    assert info.value.line == 1


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        parse_number(5)  # type: ignore[arg-type]


SCAN = [
    ("theo Quyết định số 833/QĐ-UBND ngày 29/7/2022, và", ["833/QĐ-UBND"]),
    ("Chỉ thị số 05-CT/TW ngày 23/6/2021", ["05-CT/TW"]),
    ("Nghị định 30/2020/NĐ-CP; Luật 64/2025/QH15.", ["30/2020/NĐ-CP", "64/2025/QH15"]),
    ("Số: /BC-SKHCHN", ["/BC-SKHCHN"]),
    ("giai đoạn 2021-2025, ngày 29/7/2022, 1/2 số, 0912-345-678", []),
    ("Quyết định số: 1206 /QĐ-HVTC ngày", ["1206 /QĐ-HVTC"]),
    ("Kết luận số 301- KL/TU ngày", ["301- KL/TU"]),
    ("Số: 4280 /SCT - CN   Lào Cai", ["4280 /SCT - CN"]),
    ("Nghị định số 134/2016/NĐ-\nCP ngày 01/9/2016", ["134/2016/NĐ-\nCP"]),
    # prose after a number is not read into its symbol
    ("Quyết định số 05/QĐ-UBND - Sở Nội vụ tỉnh", ["05/QĐ-UBND"]),
    ("Công văn 12/UBND-VX \u2013 Trả lời kiến nghị", ["12/UBND-VX"]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN)
def test_number_re_scans(text: str, expected: list[str]) -> None:
    assert [m.group(0) for m in NUMBER_RE.finditer(text)] == expected


def test_dot_inside_a_group() -> None:
    """A standing committee's abbreviation holds a dot ("TT.HĐND"): one group, kept as
    written, in any case; check_number warns (the character set is UNCONFIRMED)."""
    n = parse_number("06/QC-TT.HĐND-UBND")
    assert (n.type_code, n.issuers, n.style, str(n)) == ("QC", ("TT.HĐND", "UBND"), "administrative", "06/QC-TT.HĐND-UBND")
    assert parse_number(str(n)) == n
    assert str(parse_number("45/tb-tt.hđnd")) == "45/TB-TT.HĐND"
    from vnadmin import check_number

    [n013] = [f for f in check_number("45/TB-TT.HĐND") if f.code == "N013"]
    assert n013.severity == "warning"


@pytest.mark.parametrize(
    "written", ["05/QĐ-.UBND", "05/QĐ.-UBND", "05/QĐ-UBND..X", "05./QĐ-UBND", "05.123/QĐ-UBND", "05/QĐ-TT.1", ".1/QĐ-UBND"]
)
def test_dot_elsewhere_is_an_error(written: str) -> None:
    with pytest.raises(CitationError):
        parse_number(written)


@pytest.mark.parametrize(
    ("written", "number", "canonical"),
    [
        ("66.11/2026/NQ-CP", "66.11", "66.11/2026/NQ-CP"),
        ("Số: 66.7/2025/NQ-CP", "66.7", "66.7/2025/NQ-CP"),
        ("66.1 / 2025 / NQ - CP", "66.1", "66.1/2025/NQ-CP"),
        ("05.1/QĐ-UBND", "05.1", "05.1/QĐ-UBND"),
    ],
)
def test_number_in_a_series(written: str, number: str, canonical: str) -> None:
    """The Government numbers the resolutions of a series 66.1/2025/NQ-CP, 66.7/2025/NQ-CP:
    the number keeps its dot and one or two digits after it; ``value`` is the series' number."""
    n = parse_number(written)
    assert (n.number, str(n), n.value) == (number, canonical, int(number.partition(".")[0]))
    assert parse_number(str(n)) == n
