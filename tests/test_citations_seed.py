"""find_citations on the seed report: exactly the 18 numbered citation occurrences."""

from __future__ import annotations

import datetime as dt

from vnadmin import find_citations

D = dt.date

# (type, number, date, issuer) in order of appearance; the same document cited twice counts
# twice, the footnote counts, the report's own "Số: /BC-SKHCHN" is not a citation.
EXPECTED = [
    ("Hướng dẫn", "02/HD-SNV", D(2025, 3, 18), "Sở Nội vụ tỉnh Quảng Ngãi"),
    ("Nghị quyết", "05/NQ-HĐND", D(2025, 2, 19), None),
    ("Chỉ thị", "05-CT/TW", D(2021, 6, 23), "Ban Bí thư"),
    ("Quyết định", "833/QĐ-UBND", D(2022, 7, 29), None),
    ("Quyết định", "128/QĐ-UBND", D(2022, 8, 10), None),
    ("Quyết định", "90/QĐ-TTg", D(2022, 1, 18), "Thủ tướng Chính phủ"),
    ("Quyết định", "1085/QĐ-UBND", D(2022, 8, 15), "UBND tỉnh"),
    ("Quyết định", "96/QĐ-UBND", D(2023, 1, 18), None),
    ("Kế hoạch", "1397/KH-STTTT", D(2022, 9, 29), None),
    ("Kế hoạch", "1275/KH-STTTT", D(2022, 9, 13), None),
    ("Kế hoạch", "1638/KH-STTTT", D(2022, 11, 9), None),
    ("Kế hoạch", "438/KH-STTTT", D(2023, 3, 24), None),
    ("Kế hoạch", "399/KH-STTTT", D(2024, 3, 6), None),
    ("Kế hoạch", "1397/KH-STTTT", D(2022, 9, 29), None),
    ("Công văn", "1471/STTTT-TTBCXB", D(2023, 8, 8), None),
    ("Kế hoạch", "68/KH-UBND", D(2023, 3, 22), "UBND tỉnh"),
    ("Kế hoạch", "523/KH-STTTT", D(2023, 4, 4), None),
    ("Kế hoạch", "2277/KH-STTTT", D(2024, 10, 8), None),
]


def test_seed_has_exactly_the_18_citations(seed_text: str) -> None:
    found = find_citations(seed_text)
    got = [
        (c.doc_type.name if c.doc_type else None, str(c.number) if c.number else None, c.date, c.issuer)
        for c in found
    ]
    assert got == EXPECTED


def test_seed_spans_point_at_the_text(seed_text: str) -> None:
    for c in find_citations(seed_text):
        assert seed_text[c.start : c.end] == c.text
        assert c.number is not None and c.number.written is not None
        assert c.number.written in c.text


def test_seed_nearest_type_word(seed_text: str) -> None:
    first = find_citations(seed_text)[0]
    # "Công văn Hướng dẫn 02/HD-SNV": the type word nearest the number wins
    assert (first.type_written, first.doc_type and first.doc_type.code) == ("Hướng dẫn", "HD")
    assert first.text == "Hướng dẫn 02/HD-SNV ngày 18/3/2025 của Sở Nội vụ tỉnh Quảng Ngãi"


def test_seed_cong_van_keeps_issuer_and_unit(seed_text: str) -> None:
    [cv] = [c for c in find_citations(seed_text) if c.doc_type and c.doc_type.is_cong_van]
    assert cv.number is not None
    assert (cv.number.style, cv.number.issuers, cv.number.unit) == ("cong_van", ("STTTT",), "TTBCXB")
