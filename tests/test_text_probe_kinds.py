"""Documents of other kinds and sources read wrong by a probe of unseen text (probe-kinds):
minimal reconstructions written for these tests, each reproducing one way a real document
was read wrong."""

from __future__ import annotations

import pytest

from vnadmin import text as vtext

# A PDF's text layer that dropped every hyphen: the symbol "QĐ-UBND" comes out "QĐUBND".
HYPHENLESS_SYMBOL = """\
ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 215/QĐUBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc
An Giang, ngày 3 tháng 4 năm 2020
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác.
"""


def test_symbol_whose_hyphen_was_dropped_is_split_after_its_type_code() -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL)
    n = doc.header.number
    assert n is not None
    assert str(n) == "215/QĐ-UBND"
    assert n.type_code == "QĐ"
    assert n.issuers == ("UBND",)
    assert n.written == "215/QĐUBND"  # the text as printed is kept
    assert doc.header.doc_type is not None and doc.header.doc_type.name == "Quyết định"


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("12/2019/NQHĐND", "12/2019/NQ-HĐND"),  # with a year: legal style
        ("45/KHUBND", "45/KH-UBND"),
    ],
)
def test_other_glued_type_codes_are_split(symbol: str, expected: str) -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL.replace("215/QĐUBND", symbol))
    assert str(doc.header.number) == expected


@pytest.mark.parametrize(
    "symbol",
    [
        "88/TCHQ",  # an issuer's own code that starts with a type code (TC): kept whole
        "88/TTCP",  # Thanh tra Chính phủ, not TT + CP
        "88/BCT",  # the rest after a type code ("T") is too short to be an issuer
    ],
)
def test_issuer_codes_that_start_with_a_type_code_stay_whole(symbol: str) -> None:
    doc = vtext.loads(HYPHENLESS_SYMBOL.replace("215/QĐUBND", symbol))
    n = doc.header.number
    assert n is not None
    assert str(n) == symbol


# A document site's page: menu words and counters, then a PDF's whole text pasted as ONE
# line whose lost font dropped letters ("C NG HOÀ", "S 17/QĐ-UBDT"), so that the only
# header anchor left on it is a place and date deep inside running text.
_BROKEN_FONT_LINE = (
    "- U BAN DÂN T C C NG HOÀ XÃ H I CH NGHĨA VI T NAM Đ c l p – T do – H nh phúc S 17/QĐ-UBDT "
    "Hà N i, ngày 08 tháng 11 năm 2006 QUY T Đ NH S 17/QĐ-UBDT C A Y BAN DÂN T C Căn c Ngh đ nh s "
    "51/2003/NĐ-CP ngày 16 tháng 5 năm 2003 c a Chính ph quy đ nh ch c năng, nhi m v , quy n h n và cơ c u "
    "t ch c c a U ban Dân t c; Xét đ ngh c a Chánh Văn phòng U ban Dân t c, QUY T Đ NH: Đi u 1. Ban hành "
    "kèm theo Quy t đ nh này Quy đ nh v Ch đ báo cáo c a U ban Dân t c. Đi u 2. Quy t đ nh này có hi u l c t ngày ký."
)
PAGE_WITH_ONE_LINE_DOCUMENT = (
    "YOMEDIA\nADSENSE\nQuyết định số 17/2006/QĐ-UBDT\n60\nlượt xem 4\nDownload\nChủ đề:\n"
    "Bình luận(0) Đăng nhập để gửi bình luận!\nNội dung Text: Quyết định số 17/2006/QĐ-UBDT\n"
    + _BROKEN_FONT_LINE
    + "\n"
)


def test_a_date_inside_a_pasted_one_line_document_does_not_unsettle_writing() -> None:
    once = vtext.dumps(vtext.loads(PAGE_WITH_ONE_LINE_DOCUMENT))
    assert vtext.dumps(vtext.loads(once)) == once
    assert "Hà N i, ngày 08 tháng 11 năm 2006 QUY T Đ NH" in " ".join(once.split())  # the line kept whole


ONE_LINE_DOCUMENT_WITH_ITS_ANCHORS = (
    "ỦY BAN DÂN TỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 17/QĐ-UBDT "
    "Hà Nội, ngày 08 tháng 11 năm 2006 QUYẾT ĐỊNH Ban hành quy định chế độ báo cáo BỘ TRƯỞNG, CHỦ NHIỆM "
    "ỦY BAN DÂN TỘC Căn cứ Nghị định số 51/2003/NĐ-CP ngày 16 tháng 5 năm 2003 của Chính phủ quy định chức "
    "năng, nhiệm vụ; Xét đề nghị của Chánh Văn phòng, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này "
    "Quy định về chế độ báo cáo. Điều 2. Quyết định này có hiệu lực từ ngày ký.\n"
)


def test_a_one_line_document_with_its_header_anchors_still_gives_its_date() -> None:
    d = vtext.loads(ONE_LINE_DOCUMENT_WITH_ITS_ANCHORS)
    assert d.header.issue_date is not None
    assert (d.header.issue_date.place, d.header.issue_date.day, d.header.issue_date.year) == ("Hà Nội", 8, 2006)
    assert str(d.header.number) == "17/QĐ-UBDT"


# A scraper's rows of a decision whose type line ("QUYẾT ĐỊNH") was dropped: the number
# gives the type, the line in capitals under the number and date row is the summary.
NO_TYPE_LINE = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 7/2020/QĐ-UBND | Đông Hà, ngày 3 tháng 2 năm 2020 |
BAN HÀNH MỨC THU PHÍ THAM QUAN DI TÍCH TRÊN ĐỊA BÀN TỈNH
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Căn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Quy định mức thu phí.
"""


def test_summary_under_the_number_when_the_type_line_was_dropped() -> None:
    h = vtext.loads(NO_TYPE_LINE).header
    assert h.doc_type is not None and h.doc_type.name == "Quyết định"
    assert h.summary == "BAN HÀNH MỨC THU PHÍ THAM QUAN DI TÍCH TRÊN ĐỊA BÀN TỈNH"


def test_an_enacting_authority_under_the_number_is_no_summary() -> None:
    t = NO_TYPE_LINE.replace("BAN HÀNH MỨC THU PHÍ THAM QUAN DI TÍCH TRÊN ĐỊA BÀN TỈNH\n", "")
    assert vtext.loads(t).header.summary is None


def test_a_short_mark_under_the_number_is_no_summary() -> None:
    t = NO_TYPE_LINE.replace("BAN HÀNH MỨC THU PHÍ THAM QUAN DI TÍCH TRÊN ĐỊA BÀN TỈNH", "DỰ THẢO")
    assert vtext.loads(t).header.summary is None


# A web page's paragraphs: the summary's last words, a quoted name, stand after a blank
# line, and a rule closes the title block.
QUOTED_NAME_AFTER_BLANK = """\
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 12/2015/TT-BVHTTDL
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 6 năm 2015

THÔNG TƯ

Hướng dẫn tổ chức hoạt động của phong trào

“Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”

________________

Căn cứ Luật Thể dục, thể thao ngày 29 tháng 11 năm 2006;
"""


def test_a_quoted_name_after_a_blank_line_ends_the_summary() -> None:
    h = vtext.loads(QUOTED_NAME_AFTER_BLANK).header
    assert h.summary == (
        "Hướng dẫn tổ chức hoạt động của phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”"
    )


def test_a_quoted_paragraph_after_a_finished_summary_stays_in_the_body() -> None:
    t = QUOTED_NAME_AFTER_BLANK.replace("của phong trào\n", "của phong trào.\n")
    assert vtext.loads(t).header.summary == "Hướng dẫn tổ chức hoạt động của phong trào."
