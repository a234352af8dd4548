"""A pinpoint opening after a bracket or quote ("(Điều 5 Nghị định số …)") belongs to the
citation: the quick reading before a number used to key "(Điều" with its bracket, miss the
pin word and drop the pinpoint that the long way reads."""

from __future__ import annotations

import pytest

from vnadmin.citations import find_citations
from vnadmin.citations.finder import _fast_before, _read_before, vocabulary


@pytest.mark.parametrize(
    ("text", "cited", "pinpoint"),
    [
        ("theo quy định (Điều 5 Nghị định số 30/2020/NĐ-CP)", "Điều 5 Nghị định số 30/2020/NĐ-CP", "Điều 5"),
        ("đã sửa (khoản 2 Nghị định số 30/2020/NĐ-CP)", "khoản 2 Nghị định số 30/2020/NĐ-CP", "khoản 2"),
        ("viện dẫn “Điều 12 Thông tư số 01/2011/TT-BNV”", "Điều 12 Thông tư số 01/2011/TT-BNV", "Điều 12"),
        ("xem [điểm a Quyết định số 05/QĐ-UBND]", "điểm a Quyết định số 05/QĐ-UBND", "điểm a"),
        ("(khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP)", "khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP", "khoản 2 Điều 5"),
    ],
)
def test_pinpoint_after_an_opening_mark(text: str, cited: str, pinpoint: str) -> None:
    (c,) = find_citations(text)
    assert c.text == cited
    assert c.pinpoint is not None and str(c.pinpoint) == pinpoint
    assert text[c.span[0] : c.span[1]] == cited


@pytest.mark.parametrize(
    "text",
    [
        "theo quy định (Điều 5 Nghị định số 30/2020/NĐ-CP)",
        "theo “khoản 3 Nghị định số 30/2020/NĐ-CP",
        "(theo Nghị định số 30/2020/NĐ-CP)",
        "nội dung (các Nghị định số 30/2020/NĐ-CP",
    ],
)
def test_quick_reading_agrees_with_the_long_way(text: str) -> None:
    start = text.index("30/")
    voc = vocabulary()
    quick = _fast_before(text, start, voc)
    if quick is not None:  # the quick reading decides only what it reads as the long way does
        assert quick == _read_before(text, start, voc)


def test_a_bracket_before_a_non_pin_word_keeps_the_quick_reading() -> None:
    text = "nội dung được thực hiện (theo Nghị định số 30/2020/NĐ-CP)"
    (c,) = find_citations(text)
    assert c.text == "Nghị định số 30/2020/NĐ-CP" and c.pinpoint is None
    assert _fast_before(text, text.index("30/"), vocabulary()) is not None
