"""check_number: one finding per defect, with its rule code, and NUMBER_RULES."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin import DocumentNumber, Finding, check_number, parse_number
from vnadmin.citations import NUMBER_RULES

ON = dt.date(2025, 6, 1)

# (written, expected rule names in order) — spec §8 strings are clean, §9 strings are not.
CASES = [
    ("05/NQ-HĐND", []),
    ("833/QĐ-UBND", []),
    ("90/QĐ-TTg", []),
    ("30/2020/NĐ-CP", []),
    ("64/2025/QH15", []),
    ("1673/NQ-UBTVQH15", []),
    ("351/2017/UBTVQH14", []),
    ("23/2025/TT-BNNMT", []),
    ("05-CT/TW", []),
    ("08-QĐi/TW", []),
    ("36-HD/VPTW", []),
    ("Số: 15/QĐ-BNV", []),
    ("Số 60-NQ/TW", []),
    ("1027/CTK-CSCL", []),
    # §9 and other defects
    ("Số: /BC-SKHCHN", ["number-blank", "issuer-unknown"]),
    ("241/232/STTTT-TTBCXB", ["number-unparseable"]),
    ("1206 /QĐ-HVTC", ["spaces-in-symbol", "issuer-unknown"]),
    ("Số: 367 - QĐ/TWĐTN-VP", ["spaces-in-symbol", "so-prefix-colon", "issuer-unknown", "party-state-style-mixed"]),
    ("84 QĐ/TWĐTN", ["number-unparseable"]),
    ("05-QyĐ/ĐU", ["type-code-wrong-slot"]),
    ("5-NQ/TU", ["number-leading-zero"]),
    ("15- Nq/tw", ["spaces-in-symbol", "lowercase-symbol", "lowercase-symbol"]),
    ("12/Ctr-UBND", ["lowercase-symbol"]),
    ("90/QĐ-TTG", ["lowercase-symbol"]),
    ("7/NQ-CP", ["number-leading-zero"]),
    ("005/QĐ-UBND", ["number-three-digit-padding"]),
    ("012/QĐ-UBND", ["number-three-digit-padding"]),
    ("05/QD-UBND", ["type-code-missing-diacritic"]),
    ("30/2020/ND-CP", ["type-code-missing-diacritic"]),
    ("05/TT-BNV", ["type-code-wrong-slot"]),
    ("12/2015/XYZ-BTC", ["type-code-unknown"]),
    ("05-XX/TW", ["type-code-unknown"]),
    ("12/2015/BTC", ["type-code-missing"]),
    ("12/1930/NĐ-CP", ["year-out-of-range"]),
    ("12/2027/NĐ-CP", ["year-out-of-range"]),
    ("05-CT/UBND", ["party-state-style-mixed"]),
    ("05/NQ-TW", ["party-state-style-mixed"]),
    ("05/QĐ-SỞ", ["forbidden-character", "issuer-unknown"]),
    ("05\u2013CT/TW", ["character-variant"]),
    ("30/2020/N\u00d0-CP", ["character-variant"]),
    ("Số: 36-HD/VPTW", ["so-prefix-colon"]),
    ("Số 15/QĐ-BNV", ["so-prefix-colon"]),
    ("05/QĐ-BTTTT", ["issuer-inactive-on-date"]),
    ("05/", ["number-unparseable"]),
    ("", ["number-unparseable"]),
]


@pytest.mark.parametrize(("written", "names"), CASES)
def test_check_number(written: str, names: list[str]) -> None:
    findings = check_number(written, on=ON)
    assert [f.name for f in findings] == names
    for f in findings:
        assert isinstance(f, Finding)
        assert f.source
        assert "(" in f.message and ")" in f.message  # Vietnamese with an English gloss


def test_codes_match_the_rule_table() -> None:
    by_name = {r.name: r for r in NUMBER_RULES}
    for written, _names in CASES:
        for f in check_number(written, on=ON):
            r = by_name[f.name]
            assert (f.code, f.severity, f.source) == (r.code, r.severity, r.source)


def test_rule_table_is_stable() -> None:
    codes = [r.code for r in NUMBER_RULES]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    assert len({r.name for r in NUMBER_RULES}) == len(NUMBER_RULES)
    for r in NUMBER_RULES:
        assert r.severity in ("error", "warning", "info")
        assert r.name == r.name.lower() and " " not in r.name
    # Every rule in the table can fire: each name appears among the cases above.
    fired = {f.name for w, _ in CASES for f in check_number(w, on=ON)}
    assert fired == {r.name for r in NUMBER_RULES}


def test_issuer_unknown_is_a_warning() -> None:
    [f] = check_number("05/QĐ-XYZW")
    assert (f.name, f.severity) == ("issuer-unknown", "warning")


def test_inactive_only_with_a_date() -> None:
    assert check_number("05/QĐ-BTTTT") == []
    assert check_number("05/QĐ-BTTTT", on=dt.date(2024, 1, 1)) == []
    assert [f.name for f in check_number("05/QĐ-BNNMT", on=dt.date(2024, 1, 1))] == ["issuer-inactive-on-date"]


def test_unparseable_has_a_column() -> None:
    [f] = check_number("05//QĐ-UBND")
    assert f.code == "N001" and f.location.column == 4


def test_accepts_a_document_number() -> None:
    assert [f.name for f in check_number(parse_number("7/NQ-CP"))] == ["number-leading-zero"]
    # The written text is what gets checked: a repaired code is still reported.
    assert [f.name for f in check_number(parse_number("05/QD-UBND"))] == ["type-code-missing-diacritic"]
    n = DocumentNumber("05", type_code="NQ", issuers=("HĐND",))
    assert check_number(n) == []


def test_year_range_follows_the_date() -> None:
    assert check_number("12/2027/NĐ-CP", on=dt.date(2026, 12, 31)) == []
    assert [f.name for f in check_number("12/2028/NĐ-CP", on=dt.date(2026, 12, 31))] == ["year-out-of-range"]
