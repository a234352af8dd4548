"""Whole documents read wrong by a probe of unseen text (header clutter, the footer of
PDF extractions and markdown pages): minimal reconstructions written for these tests,
each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A markdown file converted from a PDF: front matter and a print page's lines above a
# header whose two columns' first lines stand side by side on one line.
FRONT_MATTER_ABOVE_SIDE_BY_SIDE_HEADER = """\
---
title: "CV 1581 Thue Nghe An"
category: "Excise"
subcategory: "Excise Tax"
source_folder: "."
conversion_date: "2025-11-21"
original_format: "pdf"
---

Page 1of 1
Công văn số 1581/CT-TTHT của Cục Thuế Nghệ An v/v giá tính thuế In văn bản
TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ NGHỆ AN Độc lập - Tự do - Hạnh phúc
Số: 1581 /CT-TTHT Nghệ An, ngày 23 tháng 9 năm 2014
V/v giá tính thuế TTĐB
Kính gửi: Công ty cổ phần Bia Hà Nội - Nghệ An
Cục Thuế trả lời để Công ty biết và thực hiện./.
"""


def test_header_below_front_matter_with_its_columns_side_by_side() -> None:
    doc = vtext.loads(FRONT_MATTER_ABOVE_SIDE_BY_SIDE_HEADER)
    h = doc.header
    assert h.parent_body == "TỔNG CỤC THUẾ"
    assert h.issuing_body == "CỤC THUẾ NGHỆ AN"
    assert str(h.number) == "1581/CT-TTHT"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Nghệ An", 23, 9, 2014)
    assert h.summary == "giá tính thuế TTĐB"
    # the lines above the header are kept, as the body's first paragraphs
    texts = [p.text for p in doc.paragraphs()]
    assert texts[0].startswith("title:")
    assert any("Page 1of 1" in t for t in texts)


# A web page that titles a công văn with its number ("Công văn Số …" in ordinary case,
# running text after it) above the document, whose summary is printed without "V/v"
# ("Về …") between the number and the place-and-date, each after a blank line.
PAGE_TITLE_AND_VE_SUMMARY = """\
Công văn Số 17940/SLĐTBXH-VL quy định về lao động
====================================================

ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
**SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc**

Số: 17940/SLĐTBXH-VL

*Về tuyển lao động, quản lý lao động*

*Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2014*

**Kính gửi:** Các Sở, Ban, Ngành thành phố.

Sở Lao động – Thương binh và Xã hội triển khai thực hiện như sau.
"""


def test_page_title_citing_the_number_is_no_header_line() -> None:
    doc = vtext.loads(PAGE_TITLE_AND_VE_SUMMARY)
    h = doc.header
    assert h.parent_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    assert h.issuing_body == "SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"
    assert str(h.number) == "17940/SLĐTBXH-VL"
    assert h.doc_type is not None and h.doc_type.name == "Công văn"
    # the page's title is kept whole, as the body's first paragraph
    assert next(doc.paragraphs()).text == "Công văn Số 17940/SLĐTBXH-VL quy định về lao động"


def test_cong_van_summary_without_its_vv_label() -> None:
    h = vtext.loads(PAGE_TITLE_AND_VE_SUMMARY).header
    assert h.summary == "Về tuyển lao động, quản lý lao động"
    assert h.issue_date is not None and (h.issue_date.day, h.issue_date.month, h.issue_date.year) == (6, 11, 2014)
    assert h.issue_date.place == "Thành phố Hồ Chí Minh"


def test_ve_line_after_a_decision_number_is_not_a_vv_summary() -> None:
    # a decision's number is no công văn's: "Về …" there is not read as a V/v line
    doc = vtext.loads("Số: 12/2020/QĐ-UBND\n\nVề việc này, xin báo cáo.\n")
    assert doc.header.summary is None


# "Kính gửi" items with the dash a word processor prints ("–"), blank lines between them
# (a markdown page), the body's own dash items after the list's last item.
DASH_ADDRESSEES_WITH_BLANK_LINES = """\
Số: 17940/SLĐTBXH-VL
V/v tuyển lao động

Kính gửi:

– Các Sở, Ban, Ngành thành phố;

 – Ban quản lý Khu công nghệ cao;

 – Phòng Lao động – Thương binh và Xã hội.


– Căn cứ Nghị định số 03/2014/NĐ-CP ngày 16 tháng 01 năm 2014 của Chính phủ;

Sở triển khai thực hiện như sau.
"""


def test_dash_addressees_separated_by_blank_lines() -> None:
    doc = vtext.loads(DASH_ADDRESSEES_WITH_BLANK_LINES)
    assert doc.addressees is not None
    assert [(r.bullet, r.text) for r in doc.addressees.items] == [
        ("-", "Các Sở, Ban, Ngành thành phố;"),
        ("-", "Ban quản lý Khu công nghệ cao;"),
        ("-", "Phòng Lao động – Thương binh và Xã hội."),
    ]
    # the body's dash line after the list's last item stays in the body
    assert any(p.text.endswith("của Chính phủ;") for p in doc.paragraphs())
    assert [n.code for n in doc.notes].count("repaired") == 3


def test_address_line_wrapped_after_a_comma() -> None:
    doc = vtext.loads(
        "Số: 9197/CT-TTHT\nV/v: Chính sách thuế\n\n"
        "Kính gửi: Công ty TNHH Hình tượng Ô tô Việt Nam\n"
        "Địa chỉ: Lô TH-1A, Khu thương nghiệp Nam, đường số 7,\n"
        "KCX Tân Thuận, P.Tân Thuận Đông, Q.7\n"
        "Mã số thuế: 0307541168\n\n"
        "Trả lời văn thư của Công ty, Cục Thuế có ý kiến như sau.\n"
    )
    assert doc.addressees is not None
    assert [r.text for r in doc.addressees.items] == [
        "Công ty TNHH Hình tượng Ô tô Việt Nam",
        "Địa chỉ: Lô TH-1A, Khu thương nghiệp Nam, đường số 7, KCX Tân Thuận, P.Tân Thuận Đông, Q.7",
        "Mã số thuế: 0307541168",
    ]


# The footer of a scanned công văn: "Nơi nhận:" and the authority on one line, the
# title's capitals broken by OCR, a line of debris between two recipient items, an
# item whose "-" OCR read as "_".
OCR_FOOTER = """\
Số: 1864/CT-TTHT
V/v giá tính thuế

Kính gửi: Công ty cổ phần Bia Hà Nội - Thanh Hóa
Cục Thuế trả lời để Công ty biết, thực hiện./.
Nơi nhận: KT. CỤC TRƯỞNG
- Như trên;
PHÓ cụ c TRƯỞNG
- Phòng TTKT1;
^/cụcTKyt\\&v
- website: thanhhoa.gdt.gov.vn;
_ Các Vụ, Cục thuộc Bộ;
- Lưu: VT, TTHT.
"""


def test_scanned_footer_reads_to_the_filing_line() -> None:
    doc = vtext.loads(OCR_FOOTER)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title) == ("KT.", "CỤC TRƯỞNG", "PHÓ cụ c TRƯỞNG")
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == [
        "Như trên;",
        "Phòng TTKT1;",
        "website: thanhhoa.gdt.gov.vn;",
        "Các Vụ, Cục thuộc Bộ;",
        "Lưu: VT, TTHT.",
    ]
    # the debris stays, as a paragraph with a note
    assert any(p.text == "^/cụcTKyt\\&v" for p in doc.paragraphs())


def test_broken_capitals_are_no_title_without_an_authority_before_them() -> None:
    doc = vtext.loads("Nội dung.\n\nNơi nhận:\n- Như trên;\nPHÓ cụ c TRƯỞNG\n- Lưu: VT.\n")
    assert doc.signature is None or doc.signature.title is None


def test_debris_before_a_signature_line_is_dropped_with_a_note() -> None:
    # a scan's footer: the title after "Nơi nhận:" behind two letters of debris
    doc = vtext.loads(
        "Bộ Tài chính hướng dẫn để thực hiện./.\n\n"
        "TL. BỘ TRƯỞNG\n"
        "Nơi nhận: Me VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ\n"
        "~ Như trên;\n"
        "- Lưu: VT, Vụ CST.\n"
    )
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title) == ("TL.", "BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ")
    assert any(n.code == "ignored" and n.message.endswith("'Me'") for n in doc.notes)


def test_authority_behind_a_stroke_after_the_label() -> None:
    doc = vtext.loads(
        "Cục Hải quan trả lời để công ty thực hiện.\n"
        "Noi nhận: _ KT.CỤC TRƯỞNG\n"
        "~ Như trên; — PHÓ CỤC TRƯỞNG\n"
        "~ Lưu: VT, GSQL (2b).\n"
        "Nguyễn Thanh Bình\n"
    )
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("KT.", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Thanh Bình")
    assert doc.recipients is not None and [r.text for r in doc.recipients.items] == ["Như trên;", "Lưu: VT, GSQL (2b)."]


def test_an_item_with_a_title_in_it_keeps_its_words() -> None:
    # "Vụ CS; PC (…" is an item (its bullet lost), not debris before a title
    doc = vtext.loads("Nội dung./.\nNơi nhận: TL. TỔNG CỤC TRƯỞNG\n- Như trên;\nVụ CS; PC (TL: VỤ TRƯỞNG\n")
    assert doc.signature is not None and doc.signature.title is None


# A web page's table: the footer's two columns on one row, each flattened into one cell.
FLAT_TABLE_FOOTER = """\
Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.

| Nơi nhận: - Như Điều 3; - Lưu: VT, PVHCC. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận |
|---|---|
"""


def test_signature_flattened_into_one_table_cell() -> None:
    doc = vtext.loads(FLAT_TABLE_FOOTER)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hứa Ngọc Thuận")
    assert sig.intermediate == ("KT. CHỦ TỊCH",)
    assert doc.recipients is not None and [r.text for r in doc.recipients.items] == ["Như Điều 3;", "Lưu: VT, PVHCC."]


def test_title_and_name_in_one_cell() -> None:
    doc = vtext.loads("Nội dung./.\n\n| Nơi nhận: - Như trên; - Lưu: VT. | CHỦ TỊCH Nguyễn Văn Sơn |\n|---|---|\n")
    sig = doc.signature
    assert sig is not None and (sig.title, sig.name) == ("CHỦ TỊCH", "Nguyễn Văn Sơn")


# A scan's footer: the "Nơi nhận" label garbled by OCR on the authority's line, the
# title flattened after an item, a clerk's reference between the filing line and the name.
GARBLED_LABEL_FOOTER = """\
Cục Thuế TP thông báo Công ty biết để thực hiện.

Nơi nan fe KT. CỤC TRƯỞNG
- Như trên;
- Phòng TTKT 2; PHÓ CỤC TRƯỞNG
- Lưu VT,TTHT.
1399-11995379/19 B.Hang
Nguyễn Nam Bình
"""


def test_garbled_label_sharing_the_authority_line() -> None:
    doc = vtext.loads(GARBLED_LABEL_FOOTER)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("KT.", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Nam Bình")
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Như trên;", "Phòng TTKT 2;", "Lưu VT,TTHT."]
    assert any(p.text == "1399-11995379/19 B.Hang" for p in doc.paragraphs())


def test_running_text_after_a_word_like_the_label_is_no_footer() -> None:
    doc = vtext.loads("Nơi nào có khó khăn thì báo cáo về Sở.\n\nNội dung khác.\n")
    assert doc.signature is None and doc.recipients is None


def test_vv_summary_goes_on_after_blank_lines_in_lower_case() -> None:
    doc = vtext.loads(
        "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 3761/BTC-CST Hà Nội, ngày 02 tháng 04 năm 2018\n"
        "V/v khẩu trừ thuế GTGT hàng\n\n"
        "nhập khẩu sau đó xuất trả cho\n\n"
        "chủ hàng nước ngoài.\n\n"
        "Kính gửi: Công ty TNHH Hon Chuan Vietnam\n\n"
        "Bộ Tài chính nhận được văn bản của Công ty.\n"
    )
    assert doc.header.summary == "khẩu trừ thuế GTGT hàng nhập khẩu sau đó xuất trả cho chủ hàng nước ngoài."


def test_vv_summary_stops_before_a_kinh_gui_line_behind_debris() -> None:
    doc = vtext.loads(
        "Số: 669/TCT-KK Hà Nội, ngày 02 tháng 04 năm 2018\n"
        "V/v hoàn thuế giá trị gia tăng\n\n"
        "l Kính gửi: Công ty cổ phần 4P Electronics\n\n"
        "Tổng cục Thuế nhận được văn bản của Công ty.\n"
    )
    assert doc.header.summary == "hoàn thuế giá trị gia tăng"


def test_title_wrapped_onto_a_second_line() -> None:
    doc = vtext.loads("Nội dung./.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CHÍNH SÁCH\nTHUẾ\n\nPhạm Đình Thi\n")
    sig = doc.signature
    assert sig is not None
    assert (sig.principal, sig.title, sig.intermediate, sig.name) == (
        "BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ CHÍNH SÁCH THUẾ", (), "Phạm Đình Thi"
    )


def test_two_title_lines_stay_two() -> None:
    doc = vtext.loads("Nội dung./.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLê Văn B\n")
    sig = doc.signature
    assert sig is not None and sig.title == "PHÓ CHÁNH VĂN PHÒNG" and sig.intermediate == ("CHÁNH VĂN PHÒNG",)


def test_garbled_number_is_neither_place_nor_body() -> None:
    doc = vtext.loads(
        "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC THUẾ TỈNH BẮC NINH Độc lập - Tự do - Hạnh phúc\n"
        "Số: A433/CT-TTHT Bắc Ninh, ngày 08 tháng 6 năm 2020\n"
        "V/v chính sách thuế TNCN\n\n"
        "Kính gửi: Công ty TNHH Konishi Việt Nam\n\n"
        "Cục Thuế có ý kiến như sau.\n"
    )
    h = doc.header
    assert (h.parent_body, h.issuing_body) == ("TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH BẮC NINH")
    assert h.issue_date is not None and h.issue_date.place == "Bắc Ninh"
    assert h.number is None
    assert any(p.text == "Số: A433/CT-TTHT" for p in doc.paragraphs())  # kept, with a note


def test_stamp_debris_inside_the_header_does_not_end_it() -> None:
    doc = vtext.loads(
        "TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\n\n"
        "CUC THUE TINH THANH HOA Độc lập - Tự do - Hanh phúc\n"
        "Ms69{Œ\n"
        "Số:345/CT-TTHT Thanh Hóa, ngày 28 tháng 10 năm 2016\n"
        "V/v chính sách thuế TNCN\n\n"
        "Kính gửi: Công ty TNHH Lọc Hoá Dầu Nghi Sơn\n\n"
        "Cục Thuế có ý kiến như sau.\n"
    )
    h = doc.header
    assert str(h.number) == "345/CT-TTHT" and h.summary == "chính sách thuế TNCN"
    assert any(n.code == "ignored" and n.message.endswith("'Ms69{Œ'") for n in doc.notes)


def test_rule_glued_to_a_body_in_a_table_cell() -> None:
    doc = vtext.loads(
        "| ỦY BAN NHÂN DÂN TỈNH HÀ GIANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
        "|---|---|\n"
        "| Số: 378/QĐ-UBND | Hà Giang, ngày 18 tháng 3 năm 2022 |\n\n"
        "QUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n\nĐiều 1. Công bố.\n"
    )
    assert doc.header.issuing_body == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"


def test_two_garbled_tokens_after_so_are_no_body() -> None:
    doc = vtext.loads(
        "TONG CỤC THUÊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "CUC THUE TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
        "Số $9934 /CT-TTHT Hà Nội, ngày 05 tháng 10 năm 2020\n"
        "V/v thuế GTGT\n\nKính gửi: Công ty TNHH Takara\n\nCục Thuế có ý kiến như sau.\n"
    )
    assert (doc.header.parent_body, doc.header.issuing_body) == ("TONG CỤC THUÊ", "CUC THUE TP HÀ NỘI")


# A web page's copy of a công văn: its title repeats the "V/v" line above the header,
# and the signature stands alone in a table row's right cell, without "Nơi nhận".
PAGE_TITLE_VV_AND_SIGNATURE_CELL = """\
# V/v điều chỉnh mức trợ cấp hàng tháng

| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------------- |
|---|---|
| Số: 2403/TTg-KGVX V/v Điều chỉnh mức trợ cấp hàng tháng | Hà Nội, ngày 03 tháng 12 năm 2009 |

Thủ tướng Chính phủ có ý kiến như sau.

|  | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng |
|---|---|
"""


def test_page_title_repeating_the_vv_line_stays_above_the_header() -> None:
    doc = vtext.loads(PAGE_TITLE_VV_AND_SIGNATURE_CELL)
    assert doc.header.summary == "Điều chỉnh mức trợ cấp hàng tháng"
    assert next(doc.paragraphs()).text == "V/v điều chỉnh mức trợ cấp hàng tháng"  # kept whole


def test_signature_cell_without_noi_nhan() -> None:
    sig = vtext.loads(PAGE_TITLE_VV_AND_SIGNATURE_CELL).signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("KT.", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Nguyễn Sinh Hùng")


def test_chained_authorities_in_one_cell_part_at_pho() -> None:
    doc = vtext.loads(
        "Nội dung./.\n\n"
        "| Nơi nhận: - Như trên; - Lưu: VT, CS (2b). | TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ |\n"
        "|---|---|\n"
    )
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TL.", "TỔNG CỤC TRƯỞNG", "PHÓ VỤ TRƯỞNG", "Ngô Văn Độ")
    assert sig.intermediate == ("KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH",)


def test_two_known_bodies_in_one_table_cell() -> None:
    doc = vtext.loads(
        "| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
        "|---|---|\n"
        "| Số: 1414/TCT-CS V/v hỗ trợ người có công cải thiện nhà ở. | Hà Nội, ngày 04 tháng 05 năm 2013 |\n\n"
        "Kính gửi: Cục Thuế tỉnh Hà Tĩnh.\n\nTổng cục Thuế có ý kiến như sau.\n"
    )
    assert (doc.header.parent_body, doc.header.issuing_body) == ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")


def test_one_body_named_twice_is_not_split() -> None:
    doc = vtext.loads("THANH TRA CHÍNH PHỦ THANH TRA CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TTr-TTCP\n\nNội dung.\n")
    assert doc.header.parent_body is None


_GARBLED_LABEL_ALONE = (
    "BỘ TÀI CHÍNH\n\nSố: 45/2021/TT-BTC\n\nHà Nội, ngày 14 tháng 6 năm 2021\n\nTHÔNG TƯ\n\n"
    "Hướng dẫn thi hành\n\nĐiều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn.\n\n"
    "BỘ TRƯỞNG\nHồ Đức Phớc\n\nNơi niệm\n- Văn phòng Quốc hội;\n- Văn phòng Chính phủ;\n"
    "- Lưu: VT, Vụ CST.\n"
)


def test_a_garbled_recipient_label_alone_on_its_line() -> None:
    """"Nơi niệm" (OCR for "Nơi nhận") alone on its line, items below it, is the label —
    as the canonical layout writes a label read from a line it shared with the title, so
    writing settles."""
    doc = vtext.loads(_GARBLED_LABEL_ALONE)
    assert doc.recipients is not None and doc.recipients.label == "Nơi niệm"
    assert len(doc.recipients.items) == 3
    assert doc.signature is not None and doc.signature.name == "Hồ Đức Phớc"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once
    assert vtext.loads(once) == doc


def test_a_loose_label_without_items_is_body_text() -> None:
    doc = vtext.loads("BÁO CÁO\n\nTổng kết\n\nI. KẾT QUẢ\n\nNơi nào\n\ncũng có cán bộ trực.\n")
    assert doc.recipients is None
    assert any("Nơi nào" in p.text for p in doc.paragraphs())


# A web page whose header table puts a long "V/v" summary in the number's cell: the line
# that opens with "Số:" and its number belongs to the header however long it is, so the
# place and date in the next cell are read too.
LONG_SUMMARY_IN_THE_NUMBER_CELL = """\
| BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 2864/LĐTBXH-NCC V/v giải quyết các chế độ chính sách cho những trường hợp từ trần hoặc bị thương trong lúc thực hiện nghĩa vụ lao động tại các Đoàn xây dựng kinh tế | Hà Nội , ngày 22 tháng 07 năm 2015 |

Kính gửi: Ủy ban nhân dân tỉnh Long An

Bộ Lao động - Thương binh và Xã hội có ý kiến như sau:
"""


def test_a_long_summary_in_the_number_cell_keeps_the_header_going() -> None:
    doc = vtext.loads(LONG_SUMMARY_IN_THE_NUMBER_CELL)
    h = doc.header
    assert str(h.number) == "2864/LĐTBXH-NCC"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Hà Nội", 22, 7, 2015)
    assert h.summary is not None and h.summary.endswith("xây dựng kinh tế")
    assert [r.text for r in doc.addressees] == ["Ủy ban nhân dân tỉnh Long An"]


def test_a_long_paragraph_citing_a_number_still_ends_the_header() -> None:
    doc = vtext.loads(
        LONG_SUMMARY_IN_THE_NUMBER_CELL.replace("Kính gửi: Ủy ban nhân dân tỉnh Long An\n\n", "")
        + "\nSố liệu: 12/BC-UBND ngày 01/02/2015 của Ủy ban nhân dân tỉnh Long An về việc "
        + "giải quyết chính sách đối với quân nhân từ trần hoặc bị thương trong lúc thực hiện "
        + "nghĩa vụ lao động tại các Đoàn Xây dựng kinh tế.\n"
    )
    assert str(doc.header.number) == "2864/LĐTBXH-NCC"
    assert any(p.text.startswith("Số liệu") for p in doc.paragraphs())
