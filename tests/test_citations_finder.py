"""find_citations: table-driven real strings, what must not be found, spans, variants."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import Citation, find_citations

D = dt.date

# (text, [(type name, number, date, issuer, name, pinpoint)]) — strings from the issue, the
# spec (§8) and the corpus, in the sentences they come in.
CASES: list[tuple[str, list[tuple[str | None, str | None, D | None, str | None, str | None, str | None]]]] = [
    # the date after the issuer
    (
        "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020 về công tác văn thư",
        [("Nghị định", "30/2020/NĐ-CP", D(2020, 3, 5), "Chính phủ", None, None)],
    ),
    # … but not after a comma, where a new clause starts
    (
        "theo Công văn số 12/UBND-KT của UBND tỉnh, ngày 15/3/2024 Sở đã tổ chức",
        [("Công văn", "12/UBND-KT", None, "UBND tỉnh", None, None)],
    ),
    # a joint document names each of its issuers (as many as its symbol's groups)
    (
        "Căn cứ Thông tư liên tịch số 01/2015/TTLT-BNV-BTC ngày 14/9/2015 của Bộ Nội vụ và Bộ Tài chính "
        "hướng dẫn",
        [("Thông tư liên tịch", "01/2015/TTLT-BNV-BTC", D(2015, 9, 14), "Bộ Nội vụ và Bộ Tài chính", None, None)],
    ),
    (
        "Thông tư liên tịch 95/2009/TTLT-BTC-BXD-BNN của Bộ Tài chính, Bộ Xây dựng, Bộ Nông nghiệp, Sở đã",
        [("Thông tư liên tịch", "95/2009/TTLT-BTC-BXD-BNN", None, "Bộ Tài chính, Bộ Xây dựng, Bộ Nông nghiệp", None, None)],
    ),
    # a body's unit in the symbol (QĐ-UBND-VX) is no second issuer: the clause after stays
    (
        "Thực hiện Quyết định số 05/QĐ-UBND-VX của UBND tỉnh, Sở Tài chính báo cáo như sau",
        [("Quyết định", "05/QĐ-UBND-VX", None, "UBND tỉnh", None, None)],
    ),
    (
        "các Quyết định số 833/QĐ-UBND ngày 29/7/2022, số 128/QĐ-UBND ngày 10/8/2022 của UBND tỉnh",
        [
            ("Quyết định", "833/QĐ-UBND", D(2022, 7, 29), "UBND tỉnh", None, None),
            ("Quyết định", "128/QĐ-UBND", D(2022, 8, 10), "UBND tỉnh", None, None),
        ],
    ),
    (
        "Quyết định số 833/QĐ-UBND ngày 29/7/2022, Quyết định số 128/QĐ-UBND ngày 10/8/2022; "
        "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ về phê duyệt",
        [
            ("Quyết định", "833/QĐ-UBND", D(2022, 7, 29), None, None, None),
            ("Quyết định", "128/QĐ-UBND", D(2022, 8, 10), None, None, None),
            ("Quyết định", "90/QĐ-TTg", D(2022, 1, 18), "Thủ tướng Chính phủ", None, None),
        ],
    ),
    (
        "Sở đã ban hành Kế hoạch 399/KH-STTTT ngày 06/3/2024 thực hiện",
        [("Kế hoạch", "399/KH-STTTT", D(2024, 3, 6), None, None, None)],
    ),
    (
        "Theo đề nghị tại Công văn Hướng dẫn 02/HD-SNV ngày 18/3/2025 của Sở Nội vụ tỉnh Quảng Ngãi về",
        [("Hướng dẫn", "02/HD-SNV", D(2025, 3, 18), "Sở Nội vụ tỉnh Quảng Ngãi", None, None)],
    ),
    (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 23/6/2021 của Ban Bí thư về tăng cường",
        [("Chỉ thị", "05-CT/TW", D(2021, 6, 23), "Ban Bí thư", None, None)],
    ),
    (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        [("Nghị định", "30/2020/NĐ-CP", D(2020, 3, 5), "Chính phủ", None, None)],
    ),
    (
        "theo Công điện số 149/CĐ-TTg ngày 28/8/2025; Công điện số 41/CĐ-TTg ngày 17/4/2025.",
        [
            ("Công điện", "149/CĐ-TTg", D(2025, 8, 28), None, None, None),
            ("Công điện", "41/CĐ-TTg", D(2025, 4, 17), None, None, None),
        ],
    ),
    (
        "Xét Tờ trình số 388/TTr-CP và Đề án số 389/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ;",
        [
            ("Tờ trình", "388/TTr-CP", None, None, None, None),
            ("Đề án", "389/ĐA-CP", D(2025, 5, 9), "Chính phủ", None, None),
        ],
    ),
    (
        "Báo cáo thẩm tra số 432/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư pháp;",
        [("Báo cáo", "432/BC-UBPLTP15", D(2025, 6, 3), "Ủy ban Pháp luật và Tư pháp", None, None)],
    ),
    (
        "Căn cứ Thông tư số 23/2025/TT-BNNMT ngày 20/06/2025 của Bộ Nông nghiệp và Môi trường;",
        [("Thông tư", "23/2025/TT-BNNMT", D(2025, 6, 20), "Bộ Nông nghiệp và Môi trường", None, None)],
    ),
    (
        "Căn cứ Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê;",
        [("Công văn", "1027/CTK-CSCL", D(2025, 6, 25), "Cục Thống kê", None, None)],
    ),
    (
        "Căn cứ Nghị quyết số 60-NQ/TW, ngày 12/4/2025 của Ban Chấp hành Trung ương;",
        [("Nghị quyết", "60-NQ/TW", D(2025, 4, 12), "Ban Chấp hành Trung ương", None, None)],
    ),
    (
        "Quy định số 08-QĐi/TW ngày 25/10/2018 và Kết luận số 134-KL/TW ngày 28/3/2025.",
        [
            ("Quy định", "08-QĐi/TW", D(2018, 10, 25), None, None, None),
            ("Kết luận", "134-KL/TW", D(2025, 3, 28), None, None, None),
        ],
    ),
    (
        "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội;",
        [("Nghị quyết", "202/2025/QH15", D(2025, 6, 12), "Quốc hội", None, None)],
    ),
    (
        "Quyết định số 2851/2015/QĐ-UBND và Thông tư liên tịch số 12/2015/TTLT-BTC-BNV.",
        [
            ("Quyết định", "2851/2015/QĐ-UBND", None, None, None, None),
            ("Thông tư liên tịch", "12/2015/TTLT-BTC-BNV", None, None, None, None),
        ],
    ),
    # line breaks inside a citation (pdftotext layout), issuer split over lines
    (
        "Căn cứ Nghị định số 96/2026/NĐ-CP ngày 31 tháng 3 năm 2026 của Chính\nphủ quy định chi tiết",
        [("Nghị định", "96/2026/NĐ-CP", D(2026, 3, 31), "Chính phủ", None, None)],
    ),
    (
        "Căn cứ Thông tư số 55/2026/TT-BTC ngày 15 tháng 5 năm 2026 của Bộ\ntrưởng Bộ Tài chính quy định",
        [("Thông tư", "55/2026/TT-BTC", D(2026, 5, 15), "Bộ trưởng Bộ Tài chính", None, None)],
    ),
    (
        "Căn cứ Kết luận số 301- KL/TU ngày 03 tháng 7 năm 2026 của Ban Thường\nvụ Tỉnh uỷ về chủ trương",
        [("Kết luận", "301-KL/TU", D(2026, 7, 3), "Ban Thường vụ Tỉnh uỷ", None, None)],
    ),
    (
        "Căn cứ Văn bản số 12258/ANKT-ANTCĐT ngày 14 tháng 7 năm 2026 của Cục\nAn ninh kinh tế - Bộ Công an về việc",
        [("Công văn", "12258/ANKT-ANTCĐT", D(2026, 7, 14), "Cục An ninh kinh tế - Bộ Công an", None, None)],
    ),
    (
        "quy định tại khoản 3 Điều 36 Nghị định số 134/2016/NĐ-\nCP ngày 01/9/2016 của Chính phủ",
        [("Nghị định", "134/2016/NĐ-CP", D(2016, 9, 1), "Chính phủ", None, "khoản 3 Điều 36")],
    ),
    (
        "Số: 2463 /QĐ - UBND   Lào Cai, ngày 16 tháng 7 năm 2026\nvà Quyết định số: 1206 /QĐ-HVTC ngày 5/5/2020",
        [("Quyết định", "1206/QĐ-HVTC", D(2020, 5, 5), None, None, None)],
    ),
    # dates written without spaces, OCR type words, the công văn reading of CT
    (
        "Thông tư số 01/2013/TT-BNV ngày 30tháng10năm 2013 của Bộ Nội vụ",
        [("Thông tư", "01/2013/TT-BNV", D(2013, 10, 30), "Bộ Nội vụ", None, None)],
    ),
    (
        "SỬA ĐỔI THONG TU SO 164/2013/TT-BTC NGAY 15/11/2013 CUA BO TAI CHINH",
        [("Thông tư", "164/2013/TT-BTC", None, None, None, None)],
    ),
    (
        "Tổng cục Thuế nhận được công văn số 853/CT-KT3 ngày 13/3/2017 của Cục Thuế tỉnh Thanh Hóa về",
        [("Công văn", "853/CT-KT3", D(2017, 3, 13), "Cục Thuế tỉnh Thanh Hóa", None, None)],
    ),
    # a spaced hyphen at the end of a line inside a symbol (pdftotext, hard-wrapped web text)
    (
        "Xét đề nghị của Giám đốc Sở tại Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007 và",
        [("Tờ trình", "473/TTr-NN&PTNT", D(2007, 5, 21), None, None, None)],
    ),
    # laws and codes cited by name
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Bộ luật Dân sự năm 2015;",
        [
            ("Luật", None, D(2015, 6, 19), None, "Luật Tổ chức chính quyền địa phương", None),
            ("Bộ luật", None, None, None, "Bộ luật Dân sự", None),
        ],
    ),
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16\ntháng 6 năm 2025;",
        [("Luật", "72/2025/QH15", D(2025, 6, 16), None, "Luật Tổ chức chính quyền địa phương", None)],
    ),
    (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
        "chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        [
            (
                "Luật",
                None,
                D(2019, 11, 22),
                None,
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                "chính quyền địa phương",
                None,
            )
        ],
    ),
    (
        "Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016;",
        [("Luật", "107/2016/QH13", D(2016, 4, 6), None, "Luật Thuế xuất khẩu, thuế nhập khẩu", None)],
    ),
    (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19 tháng 02 năm 2025;",
        [("Luật", "64/2025/QH15", D(2025, 2, 19), None, "Luật Ban hành văn bản quy phạm pháp luật", None)],
    ),
    (
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;",
        [("Hiến pháp", None, None, None, "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", None)],
    ),
    (
        "Căn cứ Hiến pháp năm 2013; Luật năm 2020",
        [("Hiến pháp", None, None, None, "Hiến pháp", None)],
    ),
    # a comma inside a law's name, before a lower-case word; never before a list or a type
    (
        "theo Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29/6/2024 và",
        [
            (
                "Luật",
                None,
                D(2024, 6, 29),
                None,
                "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
                None,
            )
        ],
    ),
    ("theo Luật Đầu tư, các nghị định hướng dẫn năm 2021", []),
    ("theo Luật Đầu tư, nghị định hướng dẫn năm 2021", []),
    # pinpoints in Vietnamese order
    (
        "theo khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP thì",
        [("Nghị định", "30/2020/NĐ-CP", None, None, None, "khoản 2 Điều 5")],
    ),
    (
        "tại điểm a khoản 1 Điều 3 của Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025",
        [("Luật", None, D(2025, 2, 18), None, "Luật Tổ chức Chính phủ", "điểm a khoản 1 Điều 3")],
    ),
    (
        "điểm đ khoản 3 Điều 39a Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025",
        [("Luật", "143/2025/QH15", D(2025, 12, 11), None, "Luật Đầu tư", "điểm đ khoản 3 Điều 39a")],
    ),
    (
        "Tại Khoản 6 Điều 1 Luật thuế GTGT số 31/2013/QH13 quy định:",
        [("Luật", "31/2013/QH13", None, None, "Luật thuế GTGT", "khoản 6 Điều 1")],
    ),
    (
        "Quyết định số 5/QĐ-HĐTĐKT ngày 1/2/2024 của Hội đồng Thi đua - Khen thưởng tỉnh về việc",
        [("Quyết định", "5/QĐ-HĐTĐKT", D(2024, 2, 1), "Hội đồng Thi đua - Khen thưởng tỉnh", None, None)],
    ),
    (
        "Kế hoạch số 5/KH-UBND ngày 3/3/2024 của UBND tỉnh Bà Rịa - Vũng Tàu về",
        [("Kế hoạch", "5/KH-UBND", D(2024, 3, 3), "UBND tỉnh Bà Rịa - Vũng Tàu", None, None)],
    ),
    (
        "Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh Quảng Ngãi; Kết luận số 12-KL/TU ngày "
        "3/5/2024 của Thường trực Tỉnh ủy về việc",
        [
            ("Quyết định", "12/QĐ-UBND", None, "Chủ tịch UBND tỉnh Quảng Ngãi", None, None),
            ("Kết luận", "12-KL/TU", D(2024, 5, 3), "Thường trực Tỉnh ủy", None, None),
        ],
    ),
    # a bare number with a full symbol still counts
    (
        "(tham khảo 330/TB-VPCP)",
        [("Thông báo", "330/TB-VPCP", None, None, None, None)],
    ),
]


def _row(c: Citation) -> tuple[str | None, str | None, D | None, str | None, str | None, str | None]:
    return (
        c.doc_type.name if c.doc_type else None,
        str(c.number) if c.number else None,
        c.date,
        c.issuer,
        c.name,
        str(c.pinpoint) if c.pinpoint else None,
    )


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_citations(text: str, expected: list[tuple[object, ...]]) -> None:
    found = find_citations(text)
    assert [_row(c) for c in found] == expected
    for c in found:
        assert text[c.start : c.end] == c.text


# Prose that holds no citation at all.
NEGATIVE = [
    "giai đoạn 2021-2025 và giai đoạn 2021 – 2025",
    "kể từ ngày 01/3/2025, ngày 29/7/2022 và ngày 16 tháng 7 năm 2026",
    "Điện thoại: 0255.3822.123; Fax: 0255 3822 124; 0912-345-678",
    "Tổng kinh phí 1.250.000.000 đồng (100.000 đồng/người/ngày), tỷ lệ 50/50, 1/2 số vốn",
    "V/v tổng kết phong trào; T/M Ban Chấp hành; K/T Giám đốc",
    "Mạng 4G/5G, 24/7, km/h, COVID-19, ISO 9001:2015, LK 12 - 17",
    "Kế hoạch thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021-2025",
    "theo quy định của pháp luật năm 2024 và Luật Đầu tư",
    "Số: /BC-SKHCHN",
    "Số: 1634/TCT-CS Hà Nội, ngày 25 tháng 04 năm 2017",
    "Số 60-NQ/TW",
    "Luật số: 64/2025/QH15",
    "384 giải pháp, 90 cơ sở dữ liệu (CSDL)/ bộ số liệu",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_citation(text: str) -> None:
    assert find_citations(text) == []


# spec §9: invalid-looking strings found in real text, as the finder reads them
SPEC_9 = [
    ("Nghi Quyet So 15- Nq/tw ngày 3/4/2019", [("Nghị quyết", "15-NQ/TW", D(2019, 4, 3))]),
    ("Thông tư số /2025/TT-BKHCN ngày tháng năm 2025", [("Thông tư", "/2025/TT-BKHCN", None)]),
    ("Thông tư số 01/2007/TT-BKHCN ngày 14.02.2007", [("Thông tư", "01/2007/TT-BKHCN", D(2007, 2, 14))]),
    ("Nghị quyết số 5-NQ/TU ngày 12/6/2025", [("Nghị quyết", "5-NQ/TU", D(2025, 6, 12))]),
    ("Quyết định số: 1206 /QĐ-HVTC", [("Quyết định", "1206/QĐ-HVTC", None)]),
    ("Quyết định số 84 QĐ/TWĐTN", []),  # no hyphen between number and type: not a number
]


@pytest.mark.parametrize(("text", "expected"), SPEC_9)
def test_spec_invalid_strings_in_prose(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.doc_type.name if c.doc_type else None, str(c.number), c.date) for c in find_citations(text)]
    assert got == expected


def test_header_number_is_not_a_citation_but_a_later_one_is() -> None:
    text = "Số: 12/KH-UBND\nThực hiện Kế hoạch số 12/KH-UBND ngày 01/02/2025."
    [c] = find_citations(text)
    assert c.text == "Kế hoạch số 12/KH-UBND ngày 01/02/2025"


def test_spans_are_characters_of_nfd_input() -> None:
    nfc = "Theo Quyết định số 833/QĐ-UBND ngày 29/7/2022 của Ủy ban nhân dân tỉnh Quảng Ngãi; xong."
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = find_citations(nfc), find_citations(nfd)
    assert len(a) == len(b) == 1
    assert nfd[b[0].start : b[0].end] == b[0].text
    assert unicodedata.normalize("NFC", b[0].text) == a[0].text
    assert (b[0].number, b[0].date, b[0].issuer) == (a[0].number, a[0].date, a[0].issuer)


def _same_citations(nfc: str, other: str) -> None:
    """``other`` is ``nfc`` with some parts decomposed: the same citations, with spans
    into ``other`` whose text composes to the NFC reading's."""
    a, b = find_citations(nfc), find_citations(other)
    assert [(c.number, c.date, c.issuer, c.name) for c in b] == [(c.number, c.date, c.issuer, c.name) for c in a]
    for x, y in zip(a, b, strict=True):
        assert other[y.start : y.end] == y.text
        assert unicodedata.normalize("NFC", y.text) == x.text


def test_spans_in_long_nfd_and_mixed_text(seed_text: str) -> None:
    """Long NFD input is composed stretch by stretch; spans map back exactly, also where
    NFD and NFC paragraphs alternate."""
    nfc = unicodedata.normalize("NFC", seed_text)
    _same_citations(nfc, unicodedata.normalize("NFD", nfc))
    paragraphs = nfc.split("\n")
    mixed = "\n".join(unicodedata.normalize("NFD", p) if i % 2 else p for i, p in enumerate(paragraphs))
    _same_citations(nfc, mixed)


def test_view_of_nfd_text_is_its_nfc(seed_text: str) -> None:
    from vnadmin.citations.finder import _view

    nfd = unicodedata.normalize("NFD", seed_text) * 3
    assert _view(nfd)[0] == unicodedata.normalize("NFC", nfd)


def test_a_long_run_of_marks_stays_linear() -> None:
    """A run of 100 000 combining marks (in an order NFC must sort) is composed in bounded
    stretches: the result is right and the run does not make the normaliser quadratic."""
    text = "Quyết định số 05/QĐ-UBND ngày 1/2/2024 a" + "\u0316\u0301" * 50_000 + " Kế hoạch số 7/KH-UBND"
    found = find_citations(text)
    assert [str(c.number) for c in found] == ["05/QĐ-UBND", "7/KH-UBND"]
    assert all(text[c.start : c.end] == c.text for c in found)


def test_dash_and_d_variants() -> None:
    text = "Chỉ thị số 05\u2013CT/TW và Nghị định số 30/2020/N\u00d0-CP ngày 05\u00a0tháng 3 năm 2020"
    found = find_citations(text)
    assert [str(c.number) for c in found] == ["05-CT/TW", "30/2020/NĐ-CP"]
    assert found[1].date == D(2020, 3, 5)
    for c in found:
        assert text[c.start : c.end] == c.text
        assert c.number is not None and c.number.written is not None
        assert c.number.written in c.text


def test_markdown_emphasis_between_words() -> None:
    text = "*Căn cứ Nghị quyết số* *202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc\nhội;*"
    [c] = find_citations(text)
    assert (c.doc_type and c.doc_type.name, str(c.number), c.issuer) == ("Nghị quyết", "202/2025/QH15", "Quốc hội")


def test_footnote_text_counts() -> None:
    text = "ban hành Kế hoạch¹ thực hiện.\n\n¹ Kế hoạch số 2277/KH-STTTT ngày 08/10/2024 về việc giám sát"
    [c] = find_citations(text)
    assert (str(c.number), c.date) == ("2277/KH-STTTT", D(2024, 10, 8))


def test_cong_van_word_takes_the_cong_van_reading() -> None:
    [c] = find_citations("công văn số 624/CT-TTHT ngày 10/01/2019")
    assert c.number is not None
    assert (c.number.style, c.number.issuers, c.number.unit) == ("cong_van", ("CT",), "TTHT")
    [d] = find_citations("Chỉ thị số 624/CT-TTHT ngày 10/01/2019")
    assert d.number is not None and d.number.style == "administrative"


def test_invalid_date_keeps_what_was_written() -> None:
    [c] = find_citations("Quyết định số 12/QĐ-UBND ngày 31/02/2020")
    assert (c.date, c.date_written) == (None, "31/02/2020")


def test_type_written_and_date_written() -> None:
    [c] = find_citations("các quyết định số 5/QĐ-UBND ngày 29 tháng 7 năm 2022")
    assert (c.type_written, c.date_written) == ("quyết định", "29 tháng 7 năm 2022")
    assert c.number is not None and c.number.number == "5"  # digits as written


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        find_citations("Quyết định số 5/QĐ-UBND".encode())  # type: ignore[arg-type]


def _rebuilt(c: Citation) -> Citation:
    """``c`` built again through the model's validating constructor."""
    return Citation(
        c.text,
        c.span,
        doc_type=c.doc_type,
        type_written=c.type_written,
        number=c.number,
        date=c.date,
        date_written=c.date_written,
        issuer=c.issuer,
        name=c.name,
        pinpoint=c.pinpoint,
    )


@pytest.mark.parametrize("text", [t for t, _ in CASES])
def test_citations_are_valid_model_objects(text: str) -> None:
    """The finder fills Citation objects without re-running the validators: each must pass
    them and equal the one the constructor builds."""
    import attrs

    for c in find_citations(text):
        attrs.validate(c)
        assert _rebuilt(c) == c
        assert c.origin is None
        assert hash(c) == hash(_rebuilt(c))


def test_seed_citations_are_valid_model_objects(seed_text: str) -> None:
    import attrs

    found = find_citations(seed_text)
    for c in found:
        attrs.validate(c)
        assert _rebuilt(c) == c
    assert found[0].shifted(3).span == (found[0].start + 3, found[0].end + 3)


_CONTEXTS = [
    "theo Quyết định số 833/QĐ-UBND ngày 29/7/2022",
    "tỉnh Quảng Ngãi (Quyết định số 833/QĐ-UBND)",
    "bền vững (Công văn số 1471/STTTT-TTBCXB ngày 08/8/2023)",
    "Căn cứ Điều 5 (Quyết định số 90/QĐ-TTg)",
    "quy định tại khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP",
    "điểm a khoản 1 Điều 3 của Luật số 64/2025/QH15",
    'ban hành "Kế hoạch số 1397/KH-STTTT" của Sở',
    "đã có “Hướng dẫn 02/HD-SNV ngày 18/3/2025",
    "Thực hiện ((Chỉ thị số 05-CT/TW ngày 23/6/2021",
    "các Quyết định số 833/QĐ-UBND ngày 29/7/2022, số 128/QĐ-UBND ngày 10/8/2022",
    "Công văn Hướng dẫn 02/HD-SNV ngày 18/3/2025",
    "Báo cáo thẩm tra số 12/BC-HĐND",
    "theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
    "của Chính phủ quy định chi tiết; Nghị định SỐ 132/2020/NĐ-CP",
    "THÔNG TƯ\n\nHƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 26/2009/NĐ-CP",
    "căn cứ vào các điều theo Quyết định\nsố: 05/QĐ-UBND ngày 29/7/2022",
    "căn cứ vào các điều theo Quyết định\nSố: 05/QĐ-UBND ngày 29/7/2022",
    "theo quy định tại các văn bản: Quyết định số 833/QĐ-UBND ngày 29/7/2022; số 128/QĐ-UBND",
    "các Quyết định số 833/QĐ-UBND ngày 29/7/2022 , số 128/QĐ-UBND",
    "định của Luật hải quan...”\n\nTại khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP",
    "hướng dẫn tại (điểm a; khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP",
    "hướng dẫn tại điểm_ khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP",
    "ban hành kèm theo Thông tư sô 156/2013/TT-BTC",
    "Căn cứ Nghị định SÔ 132/2020/NĐ-CP",
    "So 05/QĐ-UBND",
    "theo quy định tại điểm a _ Quyết định số 833/QĐ-UBND",
    "theo quy định tại điểm_ a Quyết định số 833/QĐ-UBND",
    "được thực hiện theo quy định tại Luật Quản lý thuế số 78/2006/QH11",
    "phủ tại Tờ trình số 394/TTr-CP, Báo cáo thẩm tra số 412/BC-UBPLT",
    "theo quy định tại khoản 3 Điều 9 Luật Thuế xuất khẩu số 107/2016/QH13",
    "theo quy định tại luật quản lý thuế số 78/2006/QH11",
    "theo quy định tại (Luật Quản lý thuế số 78/2006/QH11",
    "theo quy định của pháp luật số 78/2006/QH11",
    "sửa đổi tại khoản 1 Điều 1 Luật số 31/2013/QH13",
    "Bổ sung điểm b, Khoản 1, Điều 19 Thông tư số 301/2016/TT-BTC",
    "tại Điều 2 Luật thuế thu nhập, Điều 2 Nghị định số 65/2013/NĐ-CP",
    "quy định tại Điều 2, Nghị định số 65/2013/NĐ-CP",
]


@pytest.mark.parametrize("text", _CONTEXTS + [t for t, _ in CASES])
def test_fast_reading_before_a_number_equals_the_long_way(text: str) -> None:
    """Where the fast reading of what precedes a number answers, the general reading
    gives the same answer (windows without markdown emphasis)."""
    from vnadmin.citations import finder
    from vnadmin.citations.grammar import scan_numbers

    voc = finder.vocabulary()
    for m in scan_numbers(text):
        fast = finder._fast_before(text, m.start(), voc)
        if fast is not None:
            long = finder._read_before(text, m.start(), voc)  # None: the document's own number
            assert fast == (finder._HEADER if long is None else long), text[: m.end()]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("quy định chi tiết một số điều; Nghị định SỐ 132/2020/NĐ-CP", "132/2020/NĐ-CP"),
        ("văn bản như sau: Quyết định số 833/QĐ-UBND ngày 29/7/2022, số 128/QĐ-UBND", "128/QĐ-UBND"),
        ("định của Luật hải quan...”\n\nTại khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP", "100/2016/NĐ-CP"),
        ("ban hành kèm theo Thông tư sô 156/2013/TT-BTC", "156/2013/TT-BTC"),
        ("được khấu trừ vào kỳ tiếp theo”.\n\nKhoản 1 Điều 10 Nghị định số 209/2013/NĐ-CP", "209/2013/NĐ-CP"),
        ("được thực hiện theo quy định tại Luật Quản lý thuế số 78/2006/QH11", "78/2006/QH11"),
        ("phủ tại Tờ trình số 394/TTr-CP, Báo cáo thẩm tra số 412/BC-UBPLT", "412/BC-UBPLT"),
        ("GIÁM ĐỐC SỞ CÔNG THƯƠNG\n\n       Căn cứ Luật số 42/2024/QH15", "42/2024/QH15"),
        ("nuôi và khoản 2, khoản 3 Điều 1 Thông tư số 50/2014/TT-BTC", "50/2014/TT-BTC"),
        ("của Chính\nphủ, khoản 1 Điều 1 Nghị định số 91/2014/NĐ-CP", "91/2014/NĐ-CP"),
    ],
)
def test_fast_reading_answers_common_shapes(text: str, number: str) -> None:
    """A capitalised "SỐ" inside a line, the next item of a list after a comma, a
    pinpoint after a closing mark or with commas between its parts, "số" as OCR leaves it
    ("sô"), a law word right before "số" and a law's short name or qualifiers between a
    type word and "số" are read the fast way (the long way costs several times
    more), with the long way's answer."""
    from vnadmin.citations import finder

    voc = finder.vocabulary()
    at = text.index(number)
    fast = finder._fast_before(text, at, voc)
    assert fast is not None and fast is not finder._HEADER
    assert fast == finder._read_before(text, at, voc)


def test_fast_reading_equals_the_long_way_on_the_corpus(corpus_dir: Path) -> None:
    """Wherever the fast reading answers before a number of a corpus text, the long way
    gives the same answer."""
    from test_citations_quick_agree import _before_disagreements
    from vnadmin.citations.view import matching_view

    answered = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        view, _ = matching_view(path.read_text(encoding="utf-8", errors="replace"))
        count, differ = _before_disagreements(view)
        answered += count
        assert not differ, (path.name, [view[max(0, at - 80) : at + 30] for at, _, _ in differ])
    assert answered > 1000


def test_fast_reading_takes_a_type_word_after_a_bracket() -> None:
    from vnadmin.citations import finder

    text = "tỉnh Quảng Ngãi (Quyết định số 833/QĐ-UBND)"
    before = finder._fast_before(text, text.index("833"), finder.vocabulary())
    assert before is not None
    assert (before.start, before.type_name, before.type_written) == (text.index("Quyết"), "Quyết định", "Quyết định")
    [c] = find_citations(text)
    assert c.text == "Quyết định số 833/QĐ-UBND" and c.pinpoint is None
    [d] = find_citations("Căn cứ Điều 5 (Quyết định số 90/QĐ-TTg)")
    assert d.pinpoint is None and d.text == "Quyết định số 90/QĐ-TTg"


@pytest.mark.parametrize("at", [1022, 1023, 1024, 2046, 2047, 4094, 4095, 4096])
def test_law_by_name_found_wherever_its_year_falls(at: int) -> None:
    """The year of a law cited by name is found however far into the text it falls (a
    date word straddling an internal search window once hid it)."""
    head = "Luật Đất đai "
    text = ("x " * at)[: at - len(head) - 1] + " " + head + "năm 2013 được áp dụng."
    assert text.index("năm 2013") == at
    found = [c for c in find_citations(text) if c.name is not None]
    assert len(found) == 1
    assert found[0].text.startswith("Luật Đất đai") and "2013" in found[0].text


_PIECES = [
    "Quyết định", "Nghị định", "Thông tư", "Luật", "Bộ luật", "Đất đai", "số", "SỐ", "Số", "số:",
    "Số:", "sô", ",", ";", "và", "khoản 1", "Điều 2", "điểm a", "của", "”", "(", "...", "\n",
    "\n\n", "_", "*", "theo", "các", "ngày 29/7/2022", "2022,", "tỉnh;", "(Quyết", "Điều_",
    "sô", "So", "SÔ", "só", "so", "sé", "So:", "theo”.", "1)", "2,", "a.4", "”", ").", "Khoản", "Điều 10",
    "Quản lý", "thuế", "thẩm tra", "Báo cáo", "luật", "(Bộ", "Bộ", "tại", "về", "Thuế", "liên tịch",
    "Nghị quyết", "Luật Tổ chức chính quyền địa phương", "Luật Quản lý thuế", "Luật Đất", "Luật hải quan", "mẫu",
    "05/QĐ-UBND", "12/BC-TT", "29/7/2022", "1/A", "30/2020/NĐ-CP", "05-CT/TW", "TT", "A/B", "Số 1/A",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from(["", " ", "  "]))
def test_fast_reading_equals_the_long_way_on_generated_words(pieces: list[str], gap: str) -> None:
    """Whatever words stand before a number, a fast answer is the long way's."""
    _assert_fast_is_long(" ".join(pieces) + " " + gap + "833/QĐ-UBND")


def _assert_fast_is_long(text: str) -> None:
    """Where the fast reading answers before the number "833/…" of ``text``, its answer
    is the long way's."""
    from vnadmin.citations import finder

    at = text.index("833/")
    voc = finder.vocabulary()
    fast = finder._fast_before(text, at, voc)
    if fast is not None:
        long = finder._read_before(text, at, voc)
        assert fast == (finder._HEADER if long is None else long)


_PIN_ALPHABET = [
    *"điềukhoảnểmĐÐƉɖðKHIiK\u212a \n,.;()0123a*_",
    *("Điều", "ĐIỀU", "khoản", "KHOẢN", "điểm", "Ðiều", "\u212ahoản", "khỏan"),
]


@given(st.lists(st.sampled_from(_PIN_ALPHABET), max_size=30).map("".join))
def test_pinpoint_hint_never_hides_a_pinpoint(before: str) -> None:
    """A window the quick test turns down (no "đi"/"kh" in any case or spelling of Đ)
    holds no pinpoint that the full reading would find."""
    from vnadmin.citations import finder

    view = before + "Luật Đất đai năm 2013"
    pos = len(before)
    lo = pos - finder._PIN_BACK if pos > finder._PIN_BACK else 0
    if finder._PIN_HINT_RE.search(view, lo, pos) is None:
        toks = finder._Toks(view, lo, pos, from_end=True)
        assert finder._pinpoint_before(toks, toks.n) == (None, -1)


def test_law_pinpoint_in_any_spelling() -> None:
    for before, pin in [
        ("theo khoản 2 Điều 5 ", "khoản 2 Điều 5"),
        ("theo KHOẢN 2 ĐIỀU 5 ", "KHOẢN 2 ĐIỀU 5"),
        ("theo \u212ahoản 2 Ðiều 5 ", None),
    ]:
        [c] = find_citations(before + "Luật Đất đai năm 2013")
        assert c.pinpoint is not None
        if pin is not None:
            assert str(c.pinpoint).lower() == pin.lower()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("theo Quy chế số 06/QC-TT.HĐND-UBND ngày 12/3/2021 của Thường trực HĐND tỉnh", "06/QC-TT.HĐND-UBND"),
        ("Thông báo số 45/TB-TT.HĐND ngày 01/02/2020.", "45/TB-TT.HĐND"),
        ("theo Quyết định số 05/QĐ-UBND.Về việc này", "05/QĐ-UBND"),
        ("theo Quyết định số 05/QĐ-UBND. Sở Nội vụ", "05/QĐ-UBND"),
        ("theo Quyết định số 05/QĐ-UBND.Sở Nội vụ", "05/QĐ-UBND"),
    ],
)
def test_symbol_with_a_dot_between_abbreviations(text: str, number: str) -> None:
    [c] = find_citations(text)
    assert str(c.number) == number
    assert c.text.startswith(("Quy chế", "Thông báo", "Quyết định"))


def _issuer_answers_agree(view: str, at: int) -> bool:
    """Where the quick reading of an issuer answers, it is the general reading's answer;
    whether it answered."""
    from vnadmin.citations import finder

    voc = finder.vocabulary()
    quick = finder._quick_issuer(view, at, voc)
    if quick is finder._MORE:
        return False
    assert quick == finder._read_issuer_at(view, at, voc), view[at : at + 80]
    return True


_ISSUER_CONTEXTS = [
    "Chính phủ quy định chi tiết",
    "Bộ Tài chính hướng dẫn",
    "Bộ Tài chính.",
    "Bộ Tài chính (đã được sửa đổi)",
    "Bộ trưởng Bộ Tài chính hướng dẫn",
    "Thủ tướng.",
    "UBND tỉnh và Quyết định",
    "Sở Nội vụ tỉnh Quảng Ngãi về Tổng kết",
    "UBND tỉnh\n\nQuảng Ngãi",
    "UBND TP. Hà Nội về",
    "Bộ Tài chính - Cục Thuế",
    "Ủy ban Thường vụ Quốc hội về việc",
    "Bộ Văn hoá, Thể thao và Du lịch về",
    "Chính phủ",
    "chính phủ quy định",
    "UBND tỉnh Quảng Ngãi Quyết định",
    "Nghị quyết này chính thức",
    "Bộ trưởng Bộ Lao động - Thương binh và Xã hội về",
]


@pytest.mark.parametrize("text", _ISSUER_CONTEXTS)
def test_quick_issuer_equals_the_general_reading(text: str) -> None:
    _issuer_answers_agree(text, 0)
    _issuer_answers_agree("của " + text + " " + "x " * 40, 4)


def test_quick_issuer_answers_common_shapes() -> None:
    """The shapes most issuers take are read the quick way (the general one costs several
    times more)."""
    for text in _ISSUER_CONTEXTS[:8]:
        assert _issuer_answers_agree(text + " x x x x x x x x x x x x x x x x x x x x x x x x x", 0), text


def test_quick_issuer_equals_the_general_reading_on_the_corpus(corpus_dir: Path) -> None:
    """After every "của" of the corpus, a quick answer is the general reading's."""
    import re

    from vnadmin.citations.view import matching_view

    answered = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        view, _ = matching_view(path.read_text(encoding="utf-8", errors="replace"))
        for m in re.finditer(r"(?i:của|cuả)[\s*]{1,80}", view):
            answered += _issuer_answers_agree(view, m.end())
    assert answered > 1000


_ISSUER_PIECES = [
    "Chính phủ", "Chính", "phủ", "Bộ", "Tài chính", "Bộ trưởng", "Thủ tướng", "UBND", "tỉnh",
    "TP", ".", "Quảng Ngãi", "HÀ", "NỘI", "VỀ", "Sở", "Nội vụ", "Ủy ban", "Thường vụ", "Quốc hội",
    "và", "về", "quy định", "Quyết định", "Luật", "-", "–", ",", ";", "(", ")", "*", "_", "\n",
    "\n\n", "  ", "tỉnh,", "(đã", "Văn hoá", "Thể thao", "Du lịch", "Lao động", "Thương binh",
    "Xã hội", "Cục", "Thuế", "huyện", "thành phố", "Nghị quyết này", "Trung tâm", "Giám đốc", "Sở",
    "Công an", "Hải Phòng", "Tỉnh ủy", "Cà Mau", "Chủ tịch", "”", "&", "—",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_ISSUER_PIECES), min_size=1, max_size=16),
    st.sampled_from([" ", "", "\n"]),
    st.integers(min_value=0, max_value=70),
)
def test_quick_issuer_equals_the_general_reading_on_generated_words(pieces: list[str], gap: str, pad: int) -> None:
    """Whatever words follow "của", a quick answer is the general reading's (also where the
    window's end or the text's end cuts them)."""
    text = "của " + gap.join(pieces)
    _issuer_answers_agree(text, 4)
    _issuer_answers_agree(text + " " + "x" * pad + " tiếp theo", 4)


def test_markdown_emphasis_is_not_part_of_a_type_or_a_name() -> None:
    """"*" (markdown emphasis) inside a type word or a law's name is dropped from
    ``type_written`` and ``name`` on every reading, quick or long."""
    [c] = find_citations("căn cứ vào các điều khoản theo Quyết * định số 05/QĐ-UBND")
    assert c.type_written == "Quyết định"
    [d] = find_citations("căn cứ *Luật Đất* *đai* số 45/2013/QH13 nhé")
    assert (d.type_written, d.name) == ("Luật", "Luật Đất đai")
    [e] = find_citations("theo **Luật Đất* *đai** năm 2013 và")
    assert e.name == "Luật Đất đai"


def test_a_date_word_glued_to_the_symbol_ends_it() -> None:
    # text that lost the space after a symbol ("CPngày"): the symbol ends at its last
    # capital, and the date or the issuer after it is read as usual
    (a,) = find_citations("theo Đề án số\n381/ĐA-CPngày 09 tháng 5 năm 2025 của Chính phủ;")
    assert str(a.number) == "381/ĐA-CP"
    assert a.date == dt.date(2025, 5, 9) and a.issuer == "Chính phủ"
    (b,) = find_citations("tại công văn số 6425/UBND-THKHngày 23 tháng 7 năm 2014 về việc lùi thời hạn")
    assert str(b.number) == "6425/UBND-THKH" and b.date == dt.date(2014, 7, 23)
    (c,) = find_citations("Quyết định số 05/QĐ-UBNDcủa UBND tỉnh")
    assert str(c.number) == "05/QĐ-UBND" and c.issuer == "UBND tỉnh"
    # a word that only begins like one is part of the token, as before
    (d,) = find_citations("số 05/QĐ-UBNDngàyx")
    assert d.number is not None and d.number.written == "05/QĐ-UBNDngàyx"


def test_a_word_after_the_slash_is_no_symbol() -> None:
    # a capital then lower-case letters with a vowel is a word of the prose: "Sở", "Bộ"
    assert find_citations("theo Quyết định số 12/Sở Nội vụ đề nghị") == []
    assert find_citations("tỷ lệ 1/ Bộ quy định; Hiến pháp 1/ Hiến") == []
    # abbreviations in mixed case keep their citations: two capitals, or no vowel after
    # the first letter
    found = find_citations("công văn số 10395/CCT-Ktr ngày 30/6/2017; Hướng dẫn 08-HDi/TW; Quyết định số 90/QĐ-TTg")
    assert [str(c.number) for c in found] == ["10395/CCT-Ktr", "08-HDi/TW", "90/QĐ-TTg"]


def test_a_body_named_in_lower_case_words_up_to_its_locality() -> None:
    # more than three lower-case words after a head, when a locality and its name follow
    # within three more: the name runs to the locality
    (a,) = find_citations(
        "(Kèm theo Quyết định số 7/QĐ-BQLCKCN ngày 15 tháng 01 năm 2026 của\n"
        "              Ban Quản lý các khu công nghiệp tỉnh Lào Cai)"
    )
    assert a.issuer == "Ban Quản lý các khu công nghiệp tỉnh Lào Cai"
    (b,) = find_citations("Quyết định số 12/QĐ-BQL của Ban Quản lý khu kinh tế tỉnh Quảng Ngãi về việc")
    assert b.issuer == "Ban Quản lý khu kinh tế tỉnh Quảng Ngãi"
    # without a locality after them, three lower-case words at most, as before
    (c,) = find_citations("công văn số 12/SNV-TCBC của Sở Nội vụ hướng dẫn thực hiện chế độ tại tỉnh Quảng Ngãi")
    assert c.issuer == "Sở Nội vụ"


@pytest.mark.parametrize("before", ["", "x ", "Quyết định ", "Luật Đất đai ", "\n", "khoản 1 Điều 2 ", "Căn cứ "])
@pytest.mark.parametrize("token", ["05/QĐ-UBND", "12/BC-TT", "29/7/2022", "1/A", "30/2020/NĐ-CP", "05-CT/TW", "1/Luật", "A/B"])
@pytest.mark.parametrize("so", ["", "Số:", "SỐ:", "số:", "Số", "SỐ", "số", "sô", "So", "Số :"])
def test_fast_reading_after_another_numbers_token(before: str, token: str, so: str) -> None:
    """A number right after another number's token, with or without "số" between them:
    a fast answer is the long way's (bare, or the document's own "Số:")."""
    _assert_fast_is_long(f"{before}{token} {so} 833/QĐ-UBND".replace("  ", " "))
