"""200 KB inputs built to make a backtracking regex blow up: the results must be right.

The timing belongs in benchmarks/citations.py; here only correctness is asserted (every
regular expression in vnadmin.citations is bounded, so these finish in linear time)."""

from __future__ import annotations

import pytest

from vnadmin import check_number, find_citations, parse_number
from vnadmin.citations import NUMBER_RE, scan_numbers
from vnadmin.errors import CitationError

SIZE = 200_000


def _repeat(unit: str) -> str:
    return unit * (SIZE // len(unit) + 1)


# (name, text, expected numbers found by find_citations)
CASES = [
    ("slash-digits", _repeat("1/"), []),
    ("type-so", _repeat("Quyết định số "), []),
    ("type-so-then-number", _repeat("Quyết định số ") + "05/QĐ-UBND", ["05/QĐ-UBND"]),
    ("capitals-and-hyphens", "1/" + _repeat("AB-"), []),
    ("hyphens-and-capitals", _repeat("A-"), []),
    ("long-capital-run", "Số 1/" + "A" * SIZE, []),
    ("type-code-run", _repeat("QĐ-"), []),
    ("slashes", "/" * SIZE, []),
    ("law-words", _repeat("Luật "), []),
    ("law-names-without-dates", _repeat("Luật Đầu tư "), []),
    ("dates", _repeat("ngày 1/1/2020, "), []),
    ("so", _repeat("số "), []),
    ("party-like", _repeat("1-A/"), []),
    ("long-digit-run", "1" * SIZE + "/QĐ-UBND", []),
    ("spaces-after-slash", "05 /" + " " * SIZE + "QĐ-UBND", []),
    ("hyphen-line-breaks", _repeat("05/QĐ-\n"), []),
    ("slash-line-breaks", _repeat("05/\n"), []),
    ("slash-line-breaks-codes", _repeat("05/\n   QĐ "), []),
    ("pinpoint-run", _repeat("khoản 1 Điều 2 ") + "Nghị định số 30/2020/NĐ-CP", ["30/2020/NĐ-CP"]),
    ("issuer-run", "Quyết định số 05/QĐ-UBND của " + _repeat("Bộ "), ["05/QĐ-UBND"]),
    ("glued-date-words", _repeat("1/Angày"), []),
    ("words-after-slashes", _repeat("Bộ 1/ "), []),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_adversarial_find(name: str, text: str, expected: list[str]) -> None:
    assert len(text) >= SIZE
    found = find_citations(text)
    assert [str(c.number) for c in found] == expected
    for c in found:
        assert text[c.start : c.end] == c.text


def test_pinpoint_run_keeps_only_the_last_pinpoint() -> None:
    text = _repeat("khoản 1 Điều 2 ") + "Nghị định số 30/2020/NĐ-CP"
    [c] = find_citations(text)
    assert str(c.pinpoint) == "khoản 1 Điều 2"
    assert c.end == len(text)


def test_issuer_run_is_cut() -> None:
    [c] = find_citations("Quyết định số 05/QĐ-UBND của " + _repeat("Bộ "))
    assert c.issuer is None  # "Bộ Bộ Bộ …" names no body


def test_dense_laws_by_name_are_all_found() -> None:
    text = _repeat("Hiến pháp năm 2013 ")
    found = find_citations(text)
    assert len(found) == text.count("Hiến pháp năm 2013")
    assert all(c.name == "Hiến pháp" and c.date_written == "năm 2013" and c.number is None for c in found)


def test_dense_citations_one_space_apart_are_all_found() -> None:
    # each number right after another's token: read the quick way, as bare numbers
    text = _repeat("05/QĐ-UBND ")
    found = find_citations(text)
    assert len(found) == text.count("05/QĐ-UBND")
    assert all(str(c.number) == "05/QĐ-UBND" and c.type_written is None for c in found)


def test_dense_citations_are_all_found() -> None:
    text = _repeat("05/QĐ-UBND, ")
    found = find_citations(text)
    assert len(found) == text.count("05/QĐ-UBND")
    assert all(str(c.number) == "05/QĐ-UBND" for c in found)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_scanner_and_regex_agree(text: str) -> None:
    assert [m.span() for m in scan_numbers(text)] == [m.span() for m in NUMBER_RE.finditer(text)]


@pytest.mark.parametrize(
    "text", [_repeat("1/"), _repeat("A-"), "1" * SIZE + "/QĐ", "1/" + "A" * SIZE, _repeat("Số: ")]
)
def test_parse_and_check_refuse_huge_strings(text: str) -> None:
    with pytest.raises(CitationError):
        parse_number(text)
    [f] = check_number(text)
    assert f.name == "number-unparseable"
