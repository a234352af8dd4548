"""Header lines a narrow table cell wrapped (text copied from legal-document web pages):
vnadmin.text.recogniser.unwrap and what the header, preamble and body make of them."""

from __future__ import annotations

import re

import pytest

from vnadmin import text as vtext
from vnadmin.model.sections import Section
from vnadmin.text.blocks import Block
from vnadmin.text.lines import text_blocks
from vnadmin.text.recogniser.unwrap import unwrap_header

# The layout of a web page's header table pasted as text: each cell's lines one after the
# other, a lone bar between cells, every name, title and date cut where the cell wrapped.
WEB_DECISION = """\
ỦY
BAN NHÂN DÂN
TỈNH QUẢNG NAM
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số:
14/2007/QĐ-UBND
|
Tam
Kỳ, ngày 19 tháng 6 năm 2007
|
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ NỘI VỤ
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
Căn
cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo
đề nghị của Giám đốc Sở Nội vụ,
QUYẾT ĐỊNH:
Điều
1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ của Sở Nội vụ.
Điều
2. Quyết định này có hiệu lực kể từ ngày ký.
"""

WEB_CIRCULAR = """\
BỘ THÔNG TIN VÀ
TRUYỀN THÔNG
--------
|
CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
----------------
|
Số: 15/2011/TT-BTTTT
|
Hà Nội, ngày 28
tháng 6 năm 2011
|
THÔNG
TƯ
QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH
BỘ TRƯỞNG BỘ THÔNG
TIN VÀ TRUYỀN THÔNG
Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010;
Theo đề nghị của Cục trưởng Cục Quản lý chất lượng,
QUY ĐỊNH:
Chương
I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về việc quản lý chất lượng dịch vụ bưu chính.
"""


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s)


def test_web_decision_header() -> None:
    doc = vtext.loads(WEB_DECISION)
    h = doc.header
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    assert h.parent_body is None
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert str(h.number) == "14/2007/QĐ-UBND"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Tam Kỳ", 19, 6, 2007)
    assert h.doc_type is not None and h.doc_type.name == "Quyết định"
    assert h.summary == "BAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ NỘI VỤ"


def test_web_decision_preamble_and_articles() -> None:
    doc = vtext.loads(WEB_DECISION)
    assert doc.preamble.authority == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"
    assert [p.text.split()[:2] for p in doc.preamble.bases] == [["Căn", "cứ"], ["Theo", "đề"]]
    assert doc.preamble.formula == "QUYẾT ĐỊNH:"
    articles = [s for s in doc.body if isinstance(s, Section)]
    assert [s.label for s in articles] == ["Điều 1", "Điều 2"]


def test_web_circular_header_and_preamble() -> None:
    doc = vtext.loads(WEB_CIRCULAR)
    h = doc.header
    assert (h.parent_body, h.issuing_body) == (None, "BỘ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Hà Nội", 28, 6, 2011)
    assert h.doc_type is not None and h.doc_type.name == "Thông tư"
    assert h.summary == "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH"
    assert doc.preamble.authority == "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    chapter = doc.body[0]
    assert isinstance(chapter, Section) and chapter.label == "Chương I"


@pytest.mark.parametrize("source", [WEB_DECISION, WEB_CIRCULAR])
def test_nothing_is_lost(source: str) -> None:
    doc = vtext.loads(source)
    written = vtext.dumps(doc)
    assert sorted(_words(written)) == sorted(_words(source))
    # and the canonical text reads back to the same document
    assert vtext.loads(written) == doc


def test_name_cut_after_its_first_word() -> None:
    doc = vtext.loads(
        "THỦ\nTƯỚNG CHÍNH PHỦ |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1858/QĐ-TTg |\n"
        "Hà Nội, ngày 23 tháng 11 năm 2017 |\nQUYẾT ĐỊNH\nPHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH TỈNH BÌNH DƯƠNG\n"
    )
    assert doc.header.issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"
    assert str(doc.header.number) == "1858/QĐ-TTg"
    assert doc.header.issue_date is not None and doc.header.issue_date.day == 23


def test_type_name_before_the_number_label() -> None:
    source = (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Nghị quyết số: 653/2019/UBTVQH14\n\nHà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\n\n"
        "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n"
    )
    doc = vtext.loads(source)
    assert str(doc.header.number) == "653/2019/UBTVQH14"
    assert doc.header.number_label == "Nghị quyết số:"
    assert doc.header.issue_date is not None and doc.header.issue_date.year == 2019
    assert "Nghị quyết số: 653/2019/UBTVQH14" in vtext.dumps(doc)
    # running text is no label: "số" in lower case after other words
    prose = vtext.loads("Thực hiện Nghị quyết số: 653/2019/UBTVQH14 của Ủy ban.\n")
    assert prose.header.number is None


def test_table_column_words_are_not_headings() -> None:
    """An OCR'd tariff table prints "Chương" above a chapter's number in figures; a
    heading's number is Roman ("Chương" / "I"), an article's has a dot and a title."""
    blocks, _ = text_blocks("Theo hướng dẫn\nChương\n98\nĐiều\n5 khoản\n")
    assert unwrap_header(blocks) is blocks


def test_joins_need_consecutive_lines_of_one_cell() -> None:
    b = [Block("Số:"), Block("14/2007/QĐ-UBND", blank_before=True)]
    assert unwrap_header(b) is b
    cells = [Block("CỘNG HÒA XÃ HỘI", table=0, row=0, column=1), Block("CHỦ NGHĨA VIỆT NAM", table=0, row=0, column=1)]
    assert [x.text for x in unwrap_header(cells)] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    other = [Block("CỘNG HÒA XÃ HỘI", table=0, row=0, column=0), Block("CHỦ NGHĨA VIỆT NAM", table=0, row=0, column=1)]
    assert unwrap_header(other) is other


def test_joined_block_keeps_the_first_origin() -> None:
    blocks, _ = text_blocks("Số:\n14/2007/QĐ-UBND\n")
    (joined,) = unwrap_header(blocks)
    assert joined.text == "Số: 14/2007/QĐ-UBND"
    assert joined.origin.line == 1


def test_seed_needs_no_unwrapping(seed_text: str) -> None:
    blocks, _ = text_blocks(seed_text)
    assert unwrap_header(blocks) is blocks


def test_place_and_date_cut_twice() -> None:
    doc = vtext.loads("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n|\nSố: 68/KH-UBND\n|\nSơn\nLa, ngày 11 tháng 3\nnăm 2020\n|\nKẾ HOẠCH\n")
    d = doc.header.issue_date
    assert d is not None and (d.place, d.day, d.month, d.year) == ("Sơn La", 11, 3, 2020)


def test_preamble_after_lines_above_the_header() -> None:
    """A web page's title above the header stays the body's first paragraph; the preamble
    after the header is read all the same."""
    doc = vtext.loads(
        "Hệ thống pháp luật\n\nỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 924/QĐ-UBND\n\nTrà Vinh, ngày 04 tháng 5 năm 2016\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦY LỢI\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt Quy hoạch thủy lợi.\n"
    )
    assert doc.preamble.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"
    assert len(doc.preamble.bases) == 1 and doc.preamble.formula == "QUYẾT ĐỊNH:"
    assert [getattr(b, "text", None) or b.label for b in doc.body] == ["Hệ thống pháp luật", "Điều 1"]
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_party_title_cut() -> None:
    doc = vtext.loads(
        "ĐẢNG BỘ TỈNH QUẢNG NAM\nHUYỆN ỦY NÚI THÀNH\n*\nSố 12-NQ/HU\n|\nĐẢNG CỘNG\nSẢN VIỆT NAM\n"
        "Núi Thành, ngày 03 tháng 01 năm 2020\n|\nNGHỊ QUYẾT\nvề phát triển kinh tế\n"
    )
    h = doc.header
    assert h.party_title == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert (h.parent_body, h.issuing_body, str(h.number)) == ("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY NÚI THÀNH", "12-NQ/HU")


def test_chapter_heading_over_two_lines() -> None:
    """Nghị định 30's Chương IV: "QUẢN LÝ, SỬ DỤNG CON DẤU" / "VÀ THIẾT BỊ LƯU KHÓA BÍ MẬT …"."""
    doc = vtext.loads(
        "NGHỊ ĐỊNH\nVề công tác văn thư\n\nĐiều 1. Phạm vi.\n\nChương IV\nQUẢN LÝ, SỬ DỤNG CON DẤU\n"
        "VÀ THIẾT BỊ LƯU KHÓA BÍ MẬT TRONG CÔNG TÁC VĂN THƯ\nĐiều 31. Quản lý con dấu\n\nCon dấu được quản lý.\n"
    )
    chapter = doc.body[1]
    assert isinstance(chapter, Section) and chapter.label == "Chương IV"
    assert chapter.heading == "QUẢN LÝ, SỬ DỤNG CON DẤU VÀ THIẾT BỊ LƯU KHÓA BÍ MẬT TRONG CÔNG TÁC VĂN THƯ"
    assert [c.label for c in chapter.children if isinstance(c, Section)] == ["Điều 31"]
    # a blank line between two lines in capitals keeps them apart
    apart = vtext.loads("QUYẾT ĐỊNH\nVề việc\n\nĐiều 1. Một.\n\nChương II\nTỔ CHỨC\n\nPHỤ LỤC KÈM THEO\n")
    assert apart.body[1].heading == "TỔ CHỨC"


@pytest.mark.parametrize(
    ("line", "place", "day", "month"),
    [
        # a draft typed with wide gaps for the day and month (not three columns)
        ("Hà Nội, ngày      tháng     năm 2025", "Hà Nội", None, None),
        ("Số: 12/SY-VP          Hà Nội, ngày      tháng     năm 2025", "Hà Nội", None, None),
        # a place whose name holds a dash
        ("Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2025", "Bà Rịa - Vũng Tàu", 5, 3),
        ("Phan Rang - Tháp Chàm, ngày 5 tháng 3 năm 2025", "Phan Rang - Tháp Chàm", 5, 3),
    ],
)
def test_place_and_date_lines(line: str, place: str, day: int | None, month: int | None) -> None:
    head = "UBND TỈNH X\nSỞ Y\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    number = "" if line.startswith("Số:") else "Số: 12/SY-VP\n"
    doc = vtext.loads(head + number + line + "\nV/v báo cáo\n\nKính gửi: Sở Z.\n\nNội dung.\n")
    d = doc.header.issue_date
    assert d is not None and (d.place, d.day, d.month, d.year) == (place, day, month, 2025)
    assert str(doc.header.number) == "12/SY-VP"


def test_summary_across_a_blank_line_and_a_mark_beside_the_header() -> None:
    """A draft's mark beside the header is no enacting authority; a summary whose last
    word a page's layout put after a blank line keeps it."""
    doc = vtext.loads(
        "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: /2025/TT-BTC\nHà Nội, ngày tháng năm 2025\nDỰ THẢO 2\n\nTHÔNG TƯ\n\n"
        "Quy định chi tiết một số điều của Luật Thuế giá trị gia\n\ntăng\n\n"
        "Căn cứ Luật Thuế giá trị gia tăng ngày 26 tháng 11 năm 2024;\n\n"
        "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết.\n\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    assert doc.header.summary == "Quy định chi tiết một số điều của Luật Thuế giá trị gia tăng"
    assert doc.preamble.authority is None and len(doc.preamble.bases) == 1
    assert doc.preamble.formula == "Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết."
    assert [getattr(b, "text", None) or b.label for b in doc.body] == ["DỰ THẢO 2", "Điều 1"]


def test_lines_above_the_header_and_no_formula() -> None:
    """Without an enacting formula the preamble is not read past the lines above the
    header: it would run on into them when the canonical text is read back."""
    doc = vtext.loads(
        "Hệ thống pháp luật\n\nỦY BAN NHÂN DÂN TỈNH TRÀ VINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 924/QĐ-UBND\n\nTrà Vinh, ngày 04 tháng 5 năm 2016\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert vtext.loads(vtext.dumps(doc)) == doc


@pytest.mark.parametrize(
    ("lines", "issuing"),
    [
        (["UỶ BAN NHÂN", "DÂN", "TỈNH BẾN TRE"], "UỶ BAN NHÂN DÂN TỈNH BẾN TRE"),
        (["ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"], "ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
        (["THỦ TƯỚNG", "CHÍNH PHỦ"], "THỦ TƯỚNG CHÍNH PHỦ"),
    ],
)
def test_known_body_cut_inside(lines: list[str], issuing: str) -> None:
    doc = vtext.loads("\n".join(lines) + "\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 12/QĐ-UBND\n|\nHà Nội, ngày 5 tháng 3 năm 2025\n|\nQUYẾT ĐỊNH\nVề việc\n")
    assert (doc.header.parent_body, doc.header.issuing_body) == (None, issuing)


def test_a_whole_body_above_another_is_its_parent() -> None:
    doc = vtext.loads("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 12/TCT-CS\n|\nHà Nội, ngày 5 tháng 3 năm 2025\n")
    assert (doc.header.parent_body, doc.header.issuing_body) == ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")
    party = vtext.loads("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 06-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 07 tháng 11 năm 2006\n")
    assert (party.header.issuing_body, party.header.party_title) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM")


def test_known_body_over_two_lines_of_the_canonical_layout() -> None:
    source = (
        "HỘI ĐỒNG THẨM PHÁN\nTÒA ÁN NHÂN DÂN TỐI CAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 05/2019/NQ-HĐTP\nHà Nội, ngày 15 tháng 8 năm 2019\n\nNGHỊ QUYẾT\nHướng dẫn áp dụng\n"
    )
    doc = vtext.loads(source)
    assert (doc.header.parent_body, doc.header.issuing_body) == (None, "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO")
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_place_cut_right_after_its_comma() -> None:
    lines = "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n|\nSố: 3/CT-UBND\n|\nĐiện Biên,\nngày 9 tháng 2 năm 2022\n|\nCHỈ THỊ\nVỀ VIỆC PHÒNG CHỐNG RÉT\n"
    h = vtext.loads(lines).header
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Điện Biên", 9, 2, 2022)
    assert h.summary == "VỀ VIỆC PHÒNG CHỐNG RÉT"


def test_a_line_ending_in_a_comma_without_a_date_after_it_stays() -> None:
    blocks, _ = text_blocks("Sở Tài chính,\nSở Xây dựng phối hợp thực hiện.\n")
    assert [b.text for b in unwrap_header(blocks)] == ["Sở Tài chính,", "Sở Xây dựng phối hợp thực hiện."]
