"""Numbers in a series ("66.11/2026/NQ-CP"): the Government numbers the resolutions of a
series with a dot. Read in prose, in a header, and through every format."""

from __future__ import annotations

import pytest

from vnadmin import check_number, docx, find_citations, text, xml
from vnadmin.errors import ModelError
from vnadmin.model import DocumentNumber

RESOLUTION = (
    "CHÍNH PHỦ\n\nSố: 66.11/2026/NQ-CP\n\nHà Nội, ngày 05 tháng 01 năm 2026\n\n"
    "NGHỊ QUYẾT\n\nVề cắt giảm thủ tục hành chính\n\nCHÍNH PHỦ\n\n"
    "Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ;\n\n"
    "QUYẾT NGHỊ:\n\nĐiều 1. Phạm vi điều chỉnh.\n"
)


def test_citation_in_prose() -> None:
    [c] = find_citations("Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ về …")
    assert (c.text, str(c.number), c.number.number, c.issuer) == (
        "Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ",
        "66.7/2025/NQ-CP",
        "66.7",
        "Chính phủ",
    )


@pytest.mark.parametrize(
    "prose",
    [
        "tỷ lệ 3.071/4.888 thủ tục",  # a ratio of counts
        "số 1.234/QĐ-UBND",  # a thousands separator in prose: no number starts after it
        "mục 2.1/ Bộ",
        "11.1/A 11.1/A",  # bare, no type word: not a full symbol
    ],
)
def test_no_citation(prose: str) -> None:
    assert find_citations(prose) == []


def test_header_and_formats() -> None:
    doc = text.loads(RESOLUTION)
    assert str(doc.header.number) == "66.11/2026/NQ-CP"
    assert doc.header.number.number == "66.11"
    assert not [n for n in doc.notes if n.code == "unrecognised"]
    [cited] = [c for p in doc.preamble.bases for c in p.citations]
    assert str(cited.number) == "66.7/2025/NQ-CP"
    assert text.loads(text.dumps(doc)) == doc
    assert xml.loads(xml.dumps(doc)) == doc
    assert docx.loads(docx.dumps(doc)).header.number == doc.header.number


def test_thousands_separator_in_header() -> None:
    """Three digits after the dot in a header's number are a thousands separator."""
    doc = text.loads("Số: 1.234/QĐ-UBND\n\nHà Nội, ngày 05 tháng 01 năm 2026\n")
    assert str(doc.header.number) == "1234/QĐ-UBND"


def test_model_and_rules() -> None:
    n = DocumentNumber("66.11", year=2026, type_code="NQ", issuers=("CP",), style="legal")
    assert (str(n), n.value) == ("66.11/2026/NQ-CP", 66)
    assert [f.code for f in check_number("66.11/2026/NQ-CP")] == []
    assert "N002" in [f.code for f in check_number("6.1/2026/NQ-CP")]  # the series' number below 10
    for bad in ("66.", ".1", "66.123", "66.1.1", "6a.1"):
        with pytest.raises(ModelError):
            DocumentNumber(bad, year=2026, type_code="NQ", issuers=("CP",), style="legal")
