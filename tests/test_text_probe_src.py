"""Whole documents from sources and layouts the project had not read (hand transcriptions
of scans, PDF text kept in code and SQL seeds, Word files converted to one-line markdown
table cells, pdftotext layouts) read wrong by a probe: minimal reconstructions written for
these tests, each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# pdftotext -layout of a công văn whose number was typed into the form's blank: wide gaps
# on both sides of the figures ("Số:", "4390" and "/UBND-NLN" come out as three pieces).
SPLIT_NUMBER = """\
  ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH HÀ GIANG                             Độc lập - Tự do - Hạnh phúc
 Số:   512     /UBND-KT                   Hà Giang, ngày 3 tháng 6 năm 2026
V/v thực hiện Nghị định số 12/2026/NĐ-CP
                   Kính gửi: Các sở, ban, ngành tỉnh.
       Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành thực hiện./.
Nơi nhận:                                               KT. CHỦ TỊCH
- Như trên;                                             PHÓ CHỦ TỊCH
- Lưu: VT.
                                                         Lê Văn Bình
"""


def test_number_figures_apart_from_label_and_symbol() -> None:
    doc = vtext.loads(SPLIT_NUMBER)
    assert str(doc.header.number) == "512/UBND-KT"
    assert not [n for n in doc.notes if "512" in n.message]
    assert doc.header.issue_date is not None and doc.header.issue_date.day == 3
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_label_and_blank_number_then_symbol_stay_a_blank_number() -> None:
    # Nothing typed in the blank: the symbol alone is the number, as before.
    doc = vtext.loads(SPLIT_NUMBER.replace("Số:   512     /UBND-KT", "Số:            /UBND-KT"))
    assert str(doc.header.number) == "/UBND-KT"


# A draft before it is numbered and signed: number, day, month and year all blank.
BLANK_DATE = """\
ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: /TB-UBND

Hải Phòng, ngày tháng năm

THÔNG BÁO
Về việc nghỉ Tết Nguyên đán

Ủy ban nhân dân thành phố thông báo lịch nghỉ Tết Nguyên đán./.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Phạm Văn Cường
"""


def test_place_and_date_with_the_year_blank_too() -> None:
    doc = vtext.loads(BLANK_DATE)
    d = doc.header.issue_date
    assert d is not None
    assert (d.place, d.day, d.month, d.year) == ("Hải Phòng", None, None, None)
    assert doc.header.summary == "Về việc nghỉ Tết Nguyên đán"
    assert not [n for n in doc.notes if "ngày tháng năm" in n.message]
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_blank_date_in_layout_pieces_and_with_dots() -> None:
    text = BLANK_DATE.replace("Số: /TB-UBND\n\nHải Phòng, ngày tháng năm", "Số:   /TB-UBND        Hải Phòng, ngày ....  tháng ....  năm ....")
    d = vtext.loads(text).header.issue_date
    assert d is not None and (d.place, d.year) == ("Hải Phòng", None)


def test_blank_date_needs_a_place_and_the_end_of_the_line() -> None:
    # "ngày tháng năm" inside running text under the header is no date of the document.
    text = BLANK_DATE.replace("Hải Phòng, ngày tháng năm", "ghi rõ ngày tháng năm nhận hồ sơ")
    assert vtext.loads(text).header.issue_date is None


# A narrow name cell wrapped before the country's name ("Hội Điều dưỡng Việt Nam"), the
# two columns flattened on the same lines by a PDF extraction.
COUNTRY_WRAP = """\
HỘI KHUYẾN HỌC            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VIỆT NAM                      Độc lập - Tự do - Hạnh phúc
Số: 15 /QĐ-HKH                     Hà Nội, ngày 10 tháng 09 năm 2024
QUYẾT ĐỊNH
Về việc khen thưởng
Điều 1. Khen thưởng các tập thể.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


def test_country_name_alone_ends_the_name_above() -> None:
    h = vtext.loads(COUNTRY_WRAP).header
    assert (h.parent_body, h.issuing_body) == (None, "HỘI KHUYẾN HỌC VIỆT NAM")


def test_managing_body_above_still_apart() -> None:
    text = COUNTRY_WRAP.replace("HỘI KHUYẾN HỌC   ", "BỘ GIÁO DỤC     ", 1).replace(
        "VIỆT NAM                      Độc", "CỤC NHÀ GIÁO                  Độc", 1
    )
    h = vtext.loads(text).header
    assert (h.parent_body, h.issuing_body) == ("BỘ GIÁO DỤC", "CỤC NHÀ GIÁO")


# A Word file's quotation of a decree in a công văn: opened with two single marks ‘‘
# and closed with a straight mark, its clauses numbered like the letter's own points.
MIXED_QUOTES = """\
BỘ TÀI CHÍNH
Số: 88/BTC-CST
V/v thuế suất thuế GTGT
Hà Nội, ngày 19 tháng 01 năm 2026
Kính gửi: Công ty cổ phần A.
Bộ Tài chính có ý kiến như sau:
1. Chính sách thuế giai đoạn trước ngày 01/7/2025:
- Tại Điều 18 Nghị định số 181/2025/NĐ-CP quy định như sau:
‘‘Điều 18. Điều kiện áp dụng thuế suất 0%
1. Đối với hàng hóa xuất khẩu, phải có hợp đồng.
2. Đối với dịch vụ xuất khẩu, phải có chứng từ."
2. Chính sách thuế giai đoạn từ ngày 01/7/2025: áp dụng thuế suất 10%.
Bộ Tài chính trả lời Công ty để biết./.
"""


def test_quotation_opened_with_two_single_marks_and_closed_straight() -> None:
    doc = vtext.loads(MIXED_QUOTES)
    labels = [s.label for s in doc.body if type(s).__name__ == "Section"]
    assert labels == ["1", "2"]
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_straight_marks_alone_open_no_quotation() -> None:
    # Without a curly opening mark nothing is taken for quoted: the numbered lines after
    # a straight mark stay the letter's points.
    text = MIXED_QUOTES.replace("‘‘Điều 18.", '"Điều 18.')
    labels = [s.label for s in vtext.loads(text).body if type(s).__name__ == "Section"]
    assert labels == ["1", "1", "2", "2"]


# A text extraction that marks each page with a banner line, the page number printed
# under it on the following pages, a sentence running on across the page break.
PAGE_BANNERS = """\
===== Trang 1 =====
BỘ CÔNG THƯƠNG
Số: 31/BCT-KHCN
V/v quản lý an toàn thực phẩm
Hà Nội, ngày 20 tháng 4 năm 2026
Kính gửi: Sở Công Thương các tỉnh.
Bộ Công Thương đề nghị các Sở Công Thương tăng cường kiểm tra các cơ sở sản xuất
===== TRANG 2 =====
2
thực phẩm trên địa bàn./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_page_banner_is_a_page_marker() -> None:
    doc = vtext.loads(PAGE_BANNERS)
    out = vtext.dumps(doc)
    assert "=====" not in out and "Trang" not in out
    texts = [p.text for p in doc.body if type(p).__name__ == "Paragraph"]
    assert texts == [
        "Bộ Công Thương đề nghị các Sở Công Thương tăng cường kiểm tra các cơ sở sản xuất "
        "thực phẩm trên địa bàn./."
    ]
    assert [n.code for n in doc.notes].count("ignored") >= 2  # both banners, noted
    assert vtext.dumps(vtext.loads(out)) == out


def test_rule_of_equals_signs_is_still_no_page_marker() -> None:
    doc = vtext.loads(PAGE_BANNERS.replace("===== TRANG 2 =====\n2\n", "=====================\n"))
    assert "kiểm tra các cơ sở sản xuất thực phẩm" in vtext.dumps(doc)
    marked = [n.message for n in doc.notes if "page marker" in n.message]
    assert len(marked) == 1 and "Trang 1" in marked[0]  # the rule is not one


# A Word file converted to text that joins a table's cells with " | ": the summary's cell
# and the place-and-date cell on one line.
CELL_BARS = """\
BỘ NÔNG NGHIỆP VÀ
MÔI TRƯỜNG
------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 77/BNNMT-QLĐĐ
V/v triển khai Nghị định số 49/2026/NĐ-CP | Hà Nội, ngày 03 tháng 02 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh.

Bộ đề nghị Ủy ban nhân dân các tỉnh thực hiện./.
"""


def test_cell_bar_between_summary_and_place_belongs_to_neither() -> None:
    doc = vtext.loads(CELL_BARS)
    h = doc.header
    assert h.summary == "triển khai Nghị định số 49/2026/NĐ-CP"
    assert h.issue_date is not None and (h.issue_date.place, h.issue_date.day) == ("Hà Nội", 3)
    out = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(out)) == out  # writing settles (the bar came back alone)


# pdftotext of a công văn: a citation of a decree's chapter wrapped so that the next line
# starts with "Chương VI", in a sentence the line above leaves open.
CITED_CHAPTER = """\
BỘ CÔNG THƯƠNG
Số: 852/BCT-KHCN
V/v hướng dẫn an toàn thực phẩm
Hà Nội, ngày 30 tháng 12 năm 2021
Kính gửi: Sở Công Thương các tỉnh.
Các cơ sở này không cần đáp ứng quy định tại Điều 40 Mục 7
Chương VI Nghị định số 77/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính
phủ về điều kiện đầu tư kinh doanh.
Bộ Công Thương đề nghị các Sở thực hiện./.
"""


def test_cited_chapter_at_the_start_of_a_wrapped_line_is_no_chapter() -> None:
    doc = vtext.loads(CITED_CHAPTER)
    assert not [s for s in doc.body if type(s).__name__ == "Section"]
    texts = [p.text for p in doc.body]  # type: ignore[union-attr]
    assert texts[0].startswith("Các cơ sở này") and "Mục 7 Chương VI Nghị định số 77/2016/NĐ-CP" in texts[0]
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_chapter_heading_after_a_finished_sentence_stays_a_chapter() -> None:
    text = CITED_CHAPTER.replace("Điều 40 Mục 7\nChương VI Nghị định", "Điều 40.\nChương VI\nNghị định")
    labels = [s.label for s in vtext.loads(text).body if type(s).__name__ == "Section"]
    assert labels == ["Chương VI"]


# A công văn typed into an application by hand: no "Nơi nhận", the signature on the last
# line, its lines parted by a dash and a remark after the name.
TYPED_SIGNATURE = """\
UBND TỈNH AN GIANG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 340/SGDĐT-GDPT
V/v thống kê học sinh khuyết tật

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 04 tháng 9 năm 2026

Kính gửi: Các trường THPT trên địa bàn tỉnh.

Sở Giáo dục và Đào tạo yêu cầu các đơn vị báo cáo trước ngày 10/9/2026.

KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC Trần Văn Nam (đã ký)
"""


def test_signature_typed_on_the_last_line() -> None:
    doc = vtext.loads(TYPED_SIGNATURE)
    s = doc.signature
    assert s is not None
    assert (s.authority, s.principal, s.title, s.name) == ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Nam")
    assert s.remarks == ("(đã ký)",)
    assert "Trần Văn Nam" not in [getattr(p, "text", "") for p in doc.body]
    out = vtext.dumps(doc)
    assert vtext.loads(out) == doc


def test_typed_signature_without_dash_or_remark() -> None:
    s = vtext.loads(TYPED_SIGNATURE.replace(" - PHÓ", " PHÓ").replace(" (đã ký)", "")).signature
    assert s is not None and (s.principal, s.title, s.name) == ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Nam")


def test_authority_line_inside_the_body_is_no_typed_signature() -> None:
    # Only the last line may hold a signature typed on one line.
    text = TYPED_SIGNATURE.replace(
        "Sở Giáo dục và Đào tạo yêu cầu",
        "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC Lê Văn Ba (đã ký)\nSở Giáo dục và Đào tạo yêu cầu",
    ).replace("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC Trần Văn Nam (đã ký)\n", "")
    doc = vtext.loads(text)
    assert doc.signature is None
    assert "Lê Văn Ba" in vtext.dumps(doc)


# A Word file printed to PDF by LibreOffice and extracted by pdftotext -layout: the
# national title wraps in its narrow column, "VIỆT NAM" beside the left column's second
# line.
LAYOUT_WRAPPED_TITLE = """\
ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA
TỈNH NINH BÌNH                        VIỆT NAM
-------                               Độc lập - Tự do - Hạnh phúc
Số: 41/QĐ-UBND                        ---------------
                                      Ninh Bình, ngày 29 tháng 4 năm 2026

QUYẾT ĐỊNH
Phê duyệt Kế hoạch phòng, chống thiên tai năm 2026

Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""


def test_national_title_wrapped_before_viet_nam_beside_the_left_column() -> None:
    h = vtext.loads(LAYOUT_WRAPPED_TITLE).header
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert (h.parent_body, h.issuing_body) == (None, "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")
    assert str(h.number) == "41/QĐ-UBND"


def test_national_title_wrapped_before_nam_only() -> None:
    text = LAYOUT_WRAPPED_TITLE.replace("CHỦ NGHĨA\n", "CHỦ NGHĨA VIỆT\n").replace(
        "                  VIỆT NAM", "                  NAM", 1
    )
    h = vtext.loads(text).header
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"


# The same PDF extracted by pdftotext without -layout: the columns one after the other,
# each rule glued to the line below it.
RAW_GLUED_RULES = """\
ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
------Số: 41/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM
Độc lập - Tự do - Hạnh phúc
--------------Ninh Bình, ngày 29 tháng 4 năm 2026

QUYẾT ĐỊNH
Phê duyệt Kế hoạch phòng, chống thiên tai năm 2026

Điều 1. Phê duyệt Kế hoạch kèm theo Quyết định này.
"""


def test_rule_glued_to_the_place_is_no_part_of_it() -> None:
    doc = vtext.loads(RAW_GLUED_RULES)
    d = doc.header.issue_date
    assert d is not None and (d.place, d.day, d.month, d.year) == ("Ninh Bình", 29, 4, 2026)
    assert str(doc.header.number) == "41/QĐ-UBND"
    assert any("----" in n.message for n in doc.notes)  # the rule, noted as dropped


# A portal page scraped with each paragraph's text taken whole (the <br> inside a cell
# dropped, so its lines run together): a rule glued to the name above it, the number to
# its "V/v" line, the Nơi nhận items to one another.
SCRAPED_GLUED = """\
ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------
Số: 815/UBND-KTV/v triển khai Nghị định số 180/2026/NĐ-CP
Tuyên Quang, ngày 02 tháng 6 năm 2026
Kính gửi: Các sở, ban, ngành tỉnh.
Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành triển khai thực hiện./.
Nơi nhận:- Như trên;- Chủ tịch UBND tỉnh;- Lưu: VT, KT.
"""


def test_scraped_cell_lines_run_together() -> None:
    doc = vtext.loads(SCRAPED_GLUED)
    h = doc.header
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"
    assert str(h.number) == "815/UBND-KT"
    assert h.summary == "triển khai Nghị định số 180/2026/NĐ-CP"
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Như trên;", "Chủ tịch UBND tỉnh;", "Lưu: VT, KT."]
    out = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(out)) == out


def test_symbol_ending_in_v_keeps_it_without_a_glued_summary() -> None:
    # "…-KTV" followed by a space is a symbol ending in V; only "V/v" glued to it is cut.
    text = SCRAPED_GLUED.replace("Số: 815/UBND-KTV/v triển khai", "Số: 815/UBND-KTV\nV/v triển khai")
    assert str(vtext.loads(text).header.number) == "815/UBND-KTV"


def test_items_parted_by_semicolon_and_dash_only_after_a_semicolon() -> None:
    text = SCRAPED_GLUED.replace("Nơi nhận:- Như trên;- Chủ tịch UBND tỉnh;- Lưu: VT, KT.", "Nơi nhận:\n- Sở Tài chính-Kế hoạch;\n- Lưu: VT.")
    doc = vtext.loads(text)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Sở Tài chính-Kế hoạch;", "Lưu: VT."]
