"""Whole documents from further sources (a crawler's text cut into retrieval chunks, the
Official Gazette's PDF text, pages converted to markdown, a Party draft laid out by
pdftotext) read wrong by a probe: minimal reconstructions written for these tests, each
reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A crawler's text cut into chunks for a search index: the page's title, a sentence naming
# the document, opens the first line (before the issuing body) and every later chunk.
CHUNKED = """\
Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. ỦY BAN NHÂN DÂN TỈNH GIA LAI -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 12/QĐ-UBND Pleiku, ngày 05 tháng 3 năm 2021
QUYẾT ĐỊNH
Về việc phòng chống thiên tai
Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;
QUYẾT ĐỊNH:
Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. Điều 1.
Ban hành kế hoạch phòng chống thiên tai năm 2021.

Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai. Điều 2.
Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH Trần Văn An
"""


def test_chunk_title_split_off_and_dropped_before_later_chunks() -> None:
    doc = vtext.loads(CHUNKED)
    assert doc.header.issuing_body == "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
    assert str(doc.header.number) == "12/QĐ-UBND"
    labels = [s.label for s in doc.body if type(s).__name__ == "Section"]
    assert labels == ["Điều 1", "Điều 2"]
    dropped = [n for n in doc.notes if "tiêu đề trang" in n.message]
    assert len(dropped) == 2 and all("Quyết định 12/QĐ-UBND năm 2021" in n.message for n in dropped)
    # the first copy stays, as a line above the header: nothing is lost
    once = vtext.dumps(doc)
    assert "Quyết định 12/QĐ-UBND năm 2021 về việc phòng chống thiên tai." in once
    assert vtext.dumps(vtext.loads(once)) == once


def test_sentence_before_a_name_in_capitals_is_no_chunk_title_without_type_and_number() -> None:
    text = "Theo tin từ cổng thông tin. ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 3/UBND-VX\n"
    doc = vtext.loads(text)
    assert not any("tiêu đề trang" in n.message for n in doc.notes)


# "Kính gửi:" at the end of the place-and-date line (a crawler's text of a web page's
# header table), the addressees on the lines below.
KINH_GUI_ON_DATE_LINE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 45/BHXH-CSYT V/v hướng dẫn thanh toán chi phí khám bệnh
Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:
- Bảo hiểm xã hội các tỉnh;
- Bảo hiểm xã hội Bộ Quốc phòng.
Đề nghị các đơn vị thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, CSYT.
KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Nguyễn Văn An
"""


def test_kinh_gui_at_the_end_of_the_date_line() -> None:
    doc = vtext.loads(KINH_GUI_ON_DATE_LINE)
    date = doc.header.issue_date
    assert date is not None and (date.place, date.day, date.month, date.year) == ("Hà Nội", 2, 2, 2021)
    assert doc.addressees is not None
    assert [a.text for a in doc.addressees.items] == ["Bảo hiểm xã hội các tỉnh;", "Bảo hiểm xã hội Bộ Quốc phòng."]
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


# The number, the "V/v" summary, the place and date all on one line: the summary's last
# figure ("2014") is no part of the place.
FIGURE_BEFORE_PLACE = """\
BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 12/BKHĐT-QLKTTW V/v áp dụng Điều 162 Luật Doanh nghiệp 2014 Hà Nội, ngày 23 tháng 5 năm 2019
Kính gửi: Tổng công ty Khí Việt Nam.
Bộ Kế hoạch và Đầu tư có ý kiến như sau.
"""


def test_summary_keeps_the_figure_before_the_place() -> None:
    doc = vtext.loads(FIGURE_BEFORE_PLACE)
    assert doc.header.summary == "áp dụng Điều 162 Luật Doanh nghiệp 2014"
    date = doc.header.issue_date
    assert date is not None and date.place == "Hà Nội" and date.day == 23


# The Official Gazette's PDF text: the issuing ministry's name printed as a running heading
# above the document, then the header's own name (wrapped onto two lines).
GAZETTE_HEADING = """\
CÔNG BÁO/Số 377 + 378/Ngày 04-3-2024
71

BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

BỘ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI

Số: 15/QĐ-BLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 31 tháng 01 năm 2024

QUYẾT ĐỊNH
Về việc công bố danh mục văn bản

Điều 1. Công bố danh mục văn bản.
"""


def test_running_heading_repeating_the_issuing_body_is_no_parent_body() -> None:
    doc = vtext.loads(GAZETTE_HEADING)
    assert doc.header.parent_body is None
    assert doc.header.issuing_body == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert any("dòng lặp lại" in n.message and "BỘ LAO ĐỘNG" in n.message for n in doc.notes)


def test_a_managing_body_with_another_name_is_kept() -> None:
    doc = vtext.loads("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 5/SCT-VP\nLào Cai, ngày 1 tháng 2 năm 2026\n")
    assert doc.header.parent_body == "UBND TỈNH LÀO CAI"
    assert doc.header.issuing_body == "SỞ CÔNG THƯƠNG"


# A crawler's text of a government office's công văn: the filing line, the drafter's name
# the office writes after it, the signer's title and name all on one line.
FILING_THEN_SIGNATURE = """\
VĂN PHÒNG CHÍNH PHỦ -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 27/VPCP-ĐMDN V/v quản trị doanh nghiệp
Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.
Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng
"""


def test_signature_typed_on_after_the_filing_line_and_drafter() -> None:
    doc = vtext.loads(FILING_THEN_SIGNATURE)
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng")
    assert doc.recipients is not None
    assert [i.text for i in doc.recipients.items] == ["Như trên;", "Lưu: VT, ĐMDN (2b). Trung Anh"]
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_name_after_the_filing_line_is_still_the_signer() -> None:
    text = FILING_THEN_SIGNATURE.replace("Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng", "Mai Tiến Dũng")
    doc = vtext.loads(text)
    assert doc.signature is not None and doc.signature.name == "Mai Tiến Dũng"


# A decision's type line, summary and enacting authority flattened onto one line (a
# crawler's text of a page's header): the authority's line closes the summary.
ENACTING_ON_TYPE_LINE = """\
ỦY BAN NHÂN DÂN TỈNH KON TUM -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 43/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2020 TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH KON TUM
Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2020.
"""


def test_enacting_authority_at_the_end_of_a_flattened_type_line() -> None:
    doc = vtext.loads(ENACTING_ON_TYPE_LINE)
    assert doc.header.summary == "V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2020 TRÊN ĐỊA BÀN TỈNH"
    assert doc.preamble.authority == "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    assert len(doc.preamble.bases) == 1
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_a_summary_ending_with_a_body_after_a_tie_keeps_it() -> None:
    text = ENACTING_ON_TYPE_LINE.replace(
        "TRÊN ĐỊA BÀN TỈNH ỦY BAN NHÂN DÂN TỈNH KON TUM", "VỀ QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM"
    )
    doc = vtext.loads(text)
    assert doc.header.summary is not None and doc.header.summary.endswith("CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM")
    assert doc.preamble.authority is None


# A Party đề án's parts numbered in words, each over its title in capitals.
PARTS_IN_WORDS = """\
TỈNH ỦY LÀO CAI                              ĐẢNG CỘNG SẢN VIỆT NAM
   Số 13-ĐA/TU                          Lào Cai, ngày 10 tháng 9 năm 2025
                                   ĐỀ ÁN
       Tăng cường quản lý tài nguyên đất, nước
                           Phần mở đầu
             SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN
        I. SỰ CẦN THIẾT
        Lào Cai là tỉnh thuộc vùng Trung du miền núi Bắc Bộ.
                                Phần thứ ba
                            TỔ CHỨC THỰC HIỆN
        I. LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN ĐỀ ÁN
        Phần thứ hai của đề án nêu các giải pháp, do các cấp ủy thực hiện.
"""


def test_parts_numbered_in_words() -> None:
    doc = vtext.loads(PARTS_IN_WORDS)
    parts = [s for s in doc.body if type(s).__name__ == "Section"]
    assert [(s.label, s.heading) for s in parts] == [
        ("Phần mở đầu", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN"),
        ("Phần thứ ba", "TỔ CHỨC THỰC HIỆN"),
    ]
    # "Phần thứ hai của đề án …" in running text opens no part
    last = parts[-1].children[-1]
    assert type(last).__name__ == "Section" and last.label == "I"
    assert last.children[-1].text.startswith("Phần thứ hai của đề án")
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


# The place and date opening a long line that goes on with the type line, the summary and
# the enacting authority (a crawler's text of a page's header table).
DATE_OPENS_LONG_LINE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM -----------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 150/QĐ-BHXH
Hà Nội, ngày 14 tháng 12 năm 2015 QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM
Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;
QUYẾT ĐỊNH:
Điều 1. Ban hành mẫu thẻ bảo hiểm y tế.
"""


def test_long_line_opening_with_the_date_is_a_header_line() -> None:
    doc = vtext.loads(DATE_OPENS_LONG_LINE)
    date = doc.header.issue_date
    assert date is not None and (date.place, date.day, date.month, date.year) == ("Hà Nội", 14, 12, 2015)
    assert doc.header.doc_type is not None and doc.header.doc_type.name == "Quyết định"
    assert doc.header.summary == (
        "VỀ VIỆC BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ CẤP CHO QUÂN NHÂN, CÔNG AN NHÂN DÂN VÀ NGƯỜI LÀM CÔNG TÁC CƠ YẾU"
    )
    assert doc.preamble.authority == "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"


# "TL." alone on its line, then the principal, the title and the name typed on one line.
AUTHORITY_WORD_ALONE = """\
BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 33/BKHĐT-QLKTTW
Hà Nội, ngày 23 tháng 5 năm 2019
Kính gửi: Tổng công ty Khí Việt Nam.
Bộ Kế hoạch và Đầu tư có ý kiến như sau./.
Nơi nhận:
- Như trên;
- Lưu: VT, QLKTTW.
TL.
BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm
"""


def test_authority_word_alone_before_a_flattened_signature() -> None:
    doc = vtext.loads(AUTHORITY_WORD_ALONE)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TL.", "BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "Nguyễn Đức Tâm")
    assert not any("'TL.'" in n.message for n in doc.notes if n.code == "ignored")
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


# Stray marks an extraction glued to the signer's title under the authority line.
TITLE_WITH_STRAY_MARKS = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 89/QĐ-TTg
Hà Nội, ngày 20 tháng 5 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án bồi dưỡng cán bộ
Điều 1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

KT. THỦ TƯỚNG
   PHÓ THỦ TƯỚNGy]

Phạm Thị Thanh Trà
"""


def test_stray_marks_glued_to_the_title_under_the_authority() -> None:
    doc = vtext.loads(TITLE_WITH_STRAY_MARKS)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("KT.", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phạm Thị Thanh Trà")
    assert any(n.code == "repaired" and "PHÓ THỦ TƯỚNGy]" in n.message for n in doc.notes)


def test_a_title_in_lower_case_words_is_not_cut() -> None:
    text = TITLE_WITH_STRAY_MARKS.replace("PHÓ THỦ TƯỚNGy]", "Phó Thủ tướng")
    doc = vtext.loads(text)
    assert not any("stray marks" in n.message for n in doc.notes)


# The enacting formula typed on at the end of the last basis line.
FORMULA_ON_BASIS_LINE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 150/QĐ-BHXH
Hà Nội, ngày 14 tháng 12 năm 2015
QUYẾT ĐỊNH
Về việc ban hành mẫu thẻ bảo hiểm y tế
TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM
Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008;
Xét đề nghị của Trưởng Ban Sổ - Thẻ, QUYẾT ĐỊNH:
Điều 1. Ban hành mẫu thẻ bảo hiểm y tế.
"""


def test_formula_typed_on_after_the_last_basis() -> None:
    doc = vtext.loads(FORMULA_ON_BASIS_LINE)
    pre = doc.preamble
    assert pre.authority == "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"
    assert [p.text for p in pre.bases][-1] == "Xét đề nghị của Trưởng Ban Sổ - Thẻ,"
    assert pre.formula == "QUYẾT ĐỊNH:"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_a_decision_cited_in_a_basis_is_no_formula() -> None:
    text = FORMULA_ON_BASIS_LINE.replace(
        "Xét đề nghị của Trưởng Ban Sổ - Thẻ, QUYẾT ĐỊNH:", "Căn cứ Quyết định số 1/QĐ-BHXH về QUY CHẾ QUYẾT ĐỊNH"
    )
    doc = vtext.loads(text)
    assert doc.preamble.formula is None


# A Word document as markdown: the header's left cell, all in bold, holds the managing body
# and the office under it, their lines joined with <br>.
BOLD_CELL_TWO_BODIES = """\
| | |
|---|---|
| **ĐOÀN ĐBQH VÀ HĐND**<br>**THÀNH PHỐ HỒ CHÍ MINH**<br>**VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI**<br>**VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ**<br>Số: 12/TB-VP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập – Tự do – Hạnh phúc**<br>*TP. Hồ Chí Minh, ngày 29 tháng 7 năm 2026* |

# THÔNG BÁO

**Ý kiến kết luận của Chủ tịch HĐND Thành phố tại cuộc họp giao ban tuần thứ 30**

## I. THÀNH PHẦN THAM DỰ

Thường trực HĐND Thành phố.
"""


def test_bold_cell_with_a_managing_body_over_its_office() -> None:
    doc = vtext.loads(BOLD_CELL_TWO_BODIES)
    assert doc.header.parent_body == "ĐOÀN ĐBQH VÀ HĐND THÀNH PHỐ HỒ CHÍ MINH"
    assert doc.header.issuing_body == "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_bold_cell_with_one_wrapped_name_stays_one_body() -> None:
    text = BOLD_CELL_TWO_BODIES.replace(
        "**ĐOÀN ĐBQH VÀ HĐND**<br>**THÀNH PHỐ HỒ CHÍ MINH**<br>**VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI**<br>"
        "**VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ**",
        "**BAN QUẢN LÝ CÁC KHU**<br>**CÔNG NGHIỆP TỈNH LÀO CAI**",
    )
    doc = vtext.loads(text)
    assert doc.header.parent_body is None
    assert doc.header.issuing_body == "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH LÀO CAI"
