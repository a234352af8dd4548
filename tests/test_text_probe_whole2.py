"""Whole documents of kinds the project had not read (Party documents, resolutions and
notices of state bodies, bad scans) read wrong by a probe: minimal reconstructions written
for these tests, each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A Party công văn as a PDF's text layer lays it out: the trích yếu in lower case under
# the number (no "V/v"), then "Kính gửi:" with its first item on the label's line.
PARTY_CONG_VAN = """\
     ĐẢNG BỘ TỈNH HÀ GIANG                 ĐẢNG CỘNG SẢN VIỆT NAM
 ĐẢNG ỦY CÁC CƠ QUAN TỈNH
                                           Hà Giang, ngày 12 tháng 3 năm 2026
               *
         Số 118 -CV/ĐU
về việc góp ý dự thảo quy chế làm việc
của Ban Chấp hành Đảng bộ


                  Kính gửi: - Các chi bộ trực thuộc,
                            - Các đảng bộ cơ sở.


         Ban Thường vụ Đảng ủy đề nghị các chi bộ góp ý dự thảo quy chế.
Nơi nhận:                                    T/M BAN THƯỜNG VỤ
- Như trên;                                       BÍ THƯ
- Lưu Văn phòng Đảng ủy.

                                                Trần Văn An
"""


def test_party_cong_van_summary_in_lower_case_under_the_number() -> None:
    doc = vtext.loads(PARTY_CONG_VAN)
    h = doc.header
    assert str(h.number) == "118-CV/ĐU"
    assert h.doc_type is not None
    assert (h.doc_type.name, h.doc_type.code, h.doc_type.system) == ("Công văn", "CV", "party")
    assert h.summary == "về việc góp ý dự thảo quy chế làm việc của Ban Chấp hành Đảng bộ"
    assert doc.addressees is not None
    assert [r.text for r in doc.addressees.items] == ["Các chi bộ trực thuộc,", "Các đảng bộ cơ sở."]
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.authority_as_written) == ("TM.", "T/M")
    assert doc.signature.name == "Trần Văn An"
    assert doc.body and "góp ý dự thảo quy chế" in vtext.dumps(doc)
    assert vtext.loads(vtext.dumps(doc)) == doc


def test_lower_case_line_under_a_party_resolution_number_is_no_summary_label() -> None:
    # Only a Party công văn prints its trích yếu without a type line; under a Party
    # resolution's number the type line comes first and its summary after it.
    text = PARTY_CONG_VAN.replace("Số 118 -CV/ĐU", "Số 118 -NQ/ĐU").replace(
        "về việc góp ý", "NGHỊ QUYẾT\nvề việc góp ý"
    )
    doc = vtext.loads(text)
    assert doc.header.doc_type is not None and doc.header.doc_type.name == "Nghị quyết"
    assert doc.header.summary == "về việc góp ý dự thảo quy chế làm việc của Ban Chấp hành Đảng bộ"


# A scan's footer: OCR read "Nơi nhận" as "Not nhận" on the line it shares with the
# authority, put the next authority line ("KT. VỤ TRƯỞNG") after the first item's ";",
# and read an item's "-" as "=".
SCANNED_FOOTER = """\
BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/TB-BNG Hà Nội, ngày 26 tháng 1 năm 2024
THÔNG BÁO
Về hiệu lực của điều ước quốc tế

Bộ Ngoại giao trân trọng thông báo hiệu lực của Hiệp định.

Not nhận: TL. BỘ TRƯỞNG
- Ủy ban Đối ngoại Quốc hội (để b/c); KT. VỤ TRƯỞNG
= Văn phòng Chủ tịch nước (để b/c); PHÓ VỤ TRƯỞNG
- Lưu: LPQT.
Nguyễn Văn Bình
"""


def test_scanned_footer_with_garbled_label_and_authority_after_an_item() -> None:
    doc = vtext.loads(SCANNED_FOOTER)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal) == ("TL.", "BỘ TRƯỞNG")
    assert sig.intermediate == ("KT. VỤ TRƯỞNG",)
    assert (sig.title, sig.name) == ("PHÓ VỤ TRƯỞNG", "Nguyễn Văn Bình")
    assert doc.recipients is not None
    items = doc.recipients.items
    assert [r.text for r in items] == [
        "Ủy ban Đối ngoại Quốc hội (để b/c);",
        "Văn phòng Chủ tịch nước (để b/c);",
        "Lưu: LPQT.",
    ]
    assert items[-1].is_archive
    assert any(n.code == "repaired" and "'='" in n.message for n in doc.notes)


def test_equals_sign_starts_no_item_where_none_is_due() -> None:
    # "=" is read as an item's "-" only after an item that ends in ";".
    text = SCANNED_FOOTER.replace("(để b/c); KT. VỤ TRƯỞNG", "(để b/c) KT. VỤ TRƯỞNG")
    doc = vtext.loads(text)
    assert doc.recipients is not None
    assert all(not r.text.startswith("Văn phòng Chủ tịch") for r in doc.recipients.items)


def test_not_nhan_alone_in_running_text_is_no_label() -> None:
    # The loose label needs an authority beside it: a sentence that opens the same way
    # ("Nút nhấn …") stays a body paragraph.
    text = SCANNED_FOOTER.replace("Bộ Ngoại giao trân trọng", "Nút nhấn của hệ thống được Bộ Ngoại giao trân trọng")
    doc = vtext.loads(text)
    assert any("Nút nhấn" in p.text for p in doc.body if hasattr(p, "text"))


PARTY_RESOLUTION = """\
TỈNH ỦY HÀ GIANG ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 21 -NQ/TU Hà Giang, ngày 10 tháng 11 năm 2025

NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về phát triển du lịch cộng đồng

Trong những năm qua, du lịch của tỉnh đạt nhiều kết quả.
"""


def test_party_resolution_issuer_line_then_subject_in_running_case() -> None:
    doc = vtext.loads(PARTY_RESOLUTION)
    h = doc.header
    assert h.doc_type is not None and (h.doc_type.name, h.doc_type.system) == ("Nghị quyết", "party")
    assert h.summary == "CỦA BAN THƯỜNG VỤ TỈNH ỦY về phát triển du lịch cộng đồng"
    assert doc.body and "Trong những năm qua" in vtext.dumps(doc)


# A scan's header: the number OCR could not read ("Số: OTERO TS"), "ngày" read "ngàu" and
# the month lost, the receiving office's stamp ("BO TÀI CHÍNH") right above the type line,
# and debris after the type ("THÔNG BẢO ae").
SCANNED_HEADER = """\
BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: OTERO TS

Ha Nội, ngàu 26 tháng OF năm 2021

BO TÀI CHÍNH
THÔNG BẢO ae
Về hiệu lực của điều ước quốc tế

Bộ Ngoại giao trân trọng thông báo hiệu lực của Hiệp định.
"""


def test_scanned_header_with_unreadable_number_and_a_stamp_above_the_type() -> None:
    doc = vtext.loads(SCANNED_HEADER)
    h = doc.header
    assert h.issuing_body == "BỘ NGOẠI GIAO"
    assert h.number is None
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Ha Nội", 26, None, 2021)
    assert h.doc_type is not None and h.doc_type.name == "Thông báo"
    assert h.summary == "Về hiệu lực của điều ước quốc tế"
    out = vtext.dumps(doc)
    assert "Số: OTERO TS" in out and "BO TÀI CHÍNH" in out  # kept, as lines of their own
    assert any(n.code == "ignored" and "'ae'" in n.message for n in doc.notes)


def test_urgency_mark_above_the_type_line_keeps_the_header_going() -> None:
    text = """\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc
Số: 15/CĐ-UBND Lào Cai, ngày 02 tháng 9 năm 2026

HỎA TỐC
CÔNG ĐIỆN
Về việc ứng phó với bão số 3

Chủ tịch Ủy ban nhân dân tỉnh điện:
"""
    doc = vtext.loads(text)
    h = doc.header
    assert h.doc_type is not None and h.doc_type.name == "Công điện"
    assert h.summary == "Về việc ứng phó với bão số 3"
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"


def test_type_line_above_a_second_type_word_is_no_mark() -> None:
    # "THÔNG TƯ" above "QUY ĐỊNH …" (its summary in capitals) is the type line itself.
    text = """\
BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05/2018/TT-BCT Hà Nội, ngày 03 tháng 4 năm 2018

THÔNG TƯ
QUY ĐỊNH VỀ XUẤT XỨ HÀNG HÓA

Căn cứ Luật Quản lý ngoại thương ngày 12 tháng 6 năm 2017;
"""
    h = vtext.loads(text).header
    assert h.doc_type is not None and h.doc_type.name == "Thông tư"
    assert h.summary == "QUY ĐỊNH VỀ XUẤT XỨ HÀNG HÓA"


def test_number_typed_into_a_blank_is_one_token() -> None:
    # pdftotext keeps the blank a form left for the number: "Số: 7    /QĐ-BQLCKCN".
    text = """\
UBND TỈNH LÀO CAI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                          NAM
                                                 Độc lập - Tự do - Hạnh phúc
      Số: 7    /QĐ-BQLCKCN
                                            Lào Cai, ngày 15 tháng 01 năm 2026

                               QUYẾT ĐỊNH
    Về việc thành lập Hội đồng thẩm định

        Điều 1. Thành lập Hội đồng thẩm định.
"""
    h = vtext.loads(text).header
    assert str(h.number) == "7/QĐ-BQLCKCN"
    assert (h.parent_body, h.issuing_body) == ("UBND TỈNH LÀO CAI", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP")
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


# A scan's footer whose filing line ends open ("can -"), the signer's name after it, then a
# page break and a list annexed to the letter: the annex is no part of the filing item.
FILED_THEN_ANNEX = """\
BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc
Số: 2862/TCT-HTQT Hà Nội, ngày 04 tháng 7 năm 2024
V/v thông báo hiệu lực của Hiệp định

Kính gửi: Cục Thuế các tỉnh, thành phố.

Tổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố biết./.

Nơi nhận: TL. TỔNG CỤC TRƯỞNG
- Như trên;
- Lưu: VT, HTQT. can -

Trần Thị Thanh Bình

--- PAGE BREAK ---

DANH SÁCH CÁC NƯỚC THAM GIA KÝ HIỆP ĐỊNH ĐA PHƯƠNG
1 | Albania 01/03/2013 01/12/2013
"""


def test_filing_line_and_name_read_close_the_recipient_list() -> None:
    doc = vtext.loads(FILED_THEN_ANNEX)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Như trên;", "Lưu: VT, HTQT. can -"]
    assert doc.recipients.items[-1].is_archive
    assert doc.signature is not None and doc.signature.name == "Trần Thị Thanh Bình"
    out = vtext.dumps(doc)
    assert "DANH SÁCH CÁC NƯỚC" in out and "Albania" in out  # the annex: body text after the footer
    assert vtext.dumps(vtext.loads(out)) == out


def test_title_beside_the_label_after_a_stray_dash_is_the_title() -> None:
    # A scan's two footer columns on one line: "Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM".
    text = """\
VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 330/TB-VPCP Hà Nội, ngày 18 tháng 10 năm 2022
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ

Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.

Noi nhận: - BỘ TRƯỞNG, CHỦ NHIỆM
- TTgCP, các PTTgCP (để b/c);
- Lưu: VT, KSTT.

Trần Văn Sơn
"""
    doc = vtext.loads(text)
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.title) == (None, "BỘ TRƯỞNG, CHỦ NHIỆM")
    assert doc.signature.name == "Trần Văn Sơn"
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["TTgCP, các PTTgCP (để b/c);", "Lưu: VT, KSTT."]


def test_item_in_capitals_beside_the_label_stays_an_item() -> None:
    text = """\
VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 330/TB-VPCP Hà Nội, ngày 18 tháng 10 năm 2022
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ

Văn phòng Chính phủ thông báo để các Bộ, cơ quan biết, thực hiện./.

Nơi nhận: - BỘ TÀI CHÍNH;
- Lưu: VT, KSTT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Sỹ Hiệp
"""
    doc = vtext.loads(text)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["BỘ TÀI CHÍNH;", "Lưu: VT, KSTT."]
    assert doc.signature is not None and doc.signature.title == "PHÓ CHỦ NHIỆM"


def test_scan_cut_national_title_and_spaced_out_number() -> None:
    # The national title cut at the page's edge ("CỘNG HOÀ XÃ HỘI É") and the number's
    # digits OCR spaced out ("Số:8 5 2 0/BCT-KHCN").
    text = """\
BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI É
Độc lập - Tự do - Hạnh phúc

Số:8 5 2 0/BCT-KHCN Hà Nội, ngày 30 tháng 12 năm 2021
V/v hướng dẫn thực hiện quy định
lĩnh vực an toàn thực phẩm

Kính gửi: UBND tỉnh Bình Định

Bộ Công Thương có ý kiến như sau.
"""
    doc = vtext.loads(text)
    h = doc.header
    assert (h.parent_body, h.issuing_body) == (None, "BỘ CÔNG THƯƠNG")
    assert h.national_title == "CỘNG HOÀ XÃ HỘI É"
    assert str(h.number) == "8520/BCT-KHCN"
    assert h.number is not None and h.number.written == "8 5 2 0/BCT-KHCN"
    assert h.summary == "hướng dẫn thực hiện quy định lĩnh vực an toàn thực phẩm"
    assert doc.addressees is not None
    assert any(n.code == "repaired" and "8 5 2 0" in n.message for n in doc.notes)  # nothing lost


def test_national_title_a_narrow_cell_wrapped_after_xa_hoi_is_joined() -> None:
    # A web page's header cells one under the other, the title wrapped after "XÃ HỘI":
    # no cut title, the two lines are one.
    text = """\
ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 1556/KH-UBND
|
Lai Châu, ngày 10 tháng 5 năm 2024

KẾ HOẠCH
Thực hiện Chương trình mỗi xã một sản phẩm
"""
    h = vtext.loads(text).header
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_running_text_that_wraps_after_cong_hoa_xa_hoi_is_no_title() -> None:
    text = """\
BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/TB-BNG Hà Nội, ngày 26 tháng 1 năm 2024
THÔNG BÁO
Về hiệu lực của điều ước quốc tế

Khi ký Hiệp định, nước Cộng hòa xã hội
chủ nghĩa Việt Nam đưa ra tuyên bố sau.
"""
    doc = vtext.loads(text)
    assert "nước Cộng hòa xã hội chủ nghĩa Việt Nam đưa ra" in vtext.dumps(doc)
    assert doc.header.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


# A Party header as a PDF's text layer lays it out: the star under the issuing body on the
# line of the place and date, "Số" without a colon, the trích yếu in running case under a
# line in capitals, a blank line before the body (without it, the body's first line would
# be read as the trích yếu's wrapped line, which may start with a capital too).
PARTY_STAR_BESIDE_DATE = """\
ĐẢNG BỘ TỈNH LÀO CAI          ĐẢNG CỘNG SẢN VIỆT NAM
     TỈNH ỦY
        *                  Lào Cai, ngày 30 tháng 8 năm 2026
Số 88-TB/TU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về công tác cán bộ

Ban Thường vụ Tỉnh ủy kết luận như sau.
Nơi nhận:                    T/M BAN THƯỜNG VỤ
- Các đảng bộ trực thuộc,           BÍ THƯ
- Lưu Văn phòng Tỉnh ủy.

                              Nguyễn Văn An
"""


def test_party_star_on_the_date_line_and_running_case_subject() -> None:
    doc = vtext.loads(PARTY_STAR_BESIDE_DATE)
    h = doc.header
    assert (h.parent_body, h.issuing_body) == ("ĐẢNG BỘ TỈNH LÀO CAI", "TỈNH ỦY")
    assert str(h.number) == "88-TB/TU"
    assert h.issue_date is not None and (h.issue_date.place, h.issue_date.day) == ("Lào Cai", 30)
    assert h.doc_type is not None and (h.doc_type.name, h.doc_type.system) == ("Thông báo", "party")
    assert h.summary == "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về công tác cán bộ"
    assert [getattr(x, "text", None) for x in doc.body] == ["Ban Thường vụ Tỉnh ủy kết luận như sau."]
    assert doc.signature is not None and doc.signature.name == "Nguyễn Văn An"
    out = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(out)) == out


def test_bullet_star_in_a_state_document_body_still_ends_the_header() -> None:
    # "* " before running text (no date, no number on the line) is a bullet of the body.
    text = """\
BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/BTC-CST Hà Nội, ngày 05 tháng 3 năm 2024
V/v chính sách thuế
* Bộ Tài chính trả lời như sau.
"""
    doc = vtext.loads(text)
    assert doc.header.summary == "chính sách thuế"
    assert "Bộ Tài chính trả lời như sau." in vtext.dumps(doc)


# A Party document's text file: the file's own title and a note citing the number and date
# above the header, the number left blank ("Số         -CTr/TU", stamped by the digital
# signature), the trích yếu in running case wrapped over lines that start with capitals.
PARTY_FILE_WITH_TITLE = """\
# CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026 CỦA TỈNH ỦY LÀO CAI — BẢN TEXT
# LƯU Ý: lớp text bỏ rơi số/ngày (trường ký số) — ảnh trang 1 ghi rõ 'Số 104-CTr/TU, Lào Cai ngày 30 tháng 8 năm 2026'; trang 11 ký Hoàng Giang, dấu Tỉnh ủy, đối chiếu bản gốc.

TỈNH UỶ LÀO CAI
*
Số         -CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Lào Cai, ngày        tháng 8 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành
Trung ương Đảng khóa XIV về bảo vệ môi trường
-----

Thực hiện Kết luận số 75-KL/TW, Tỉnh ủy ban hành Chương trình hành động như sau:
"""


def test_party_header_below_a_files_title_with_a_blank_number() -> None:
    doc = vtext.loads(PARTY_FILE_WITH_TITLE)
    h = doc.header
    assert h.issuing_body == "TỈNH UỶ LÀO CAI"
    assert h.party_title == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert h.number is not None and (str(h.number), h.number.number) == ("-CTr/TU", None)
    assert h.issue_date is not None and (h.issue_date.day, h.issue_date.month, h.issue_date.year) == (None, 8, 2026)
    assert h.doc_type is not None and (h.doc_type.code, h.doc_type.system) == ("CTr", "party")
    assert h.summary is not None and h.summary.endswith("Trung ương Đảng khóa XIV về bảo vệ môi trường")
    out = vtext.dumps(doc)
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026" in out  # the title: body text
    assert vtext.dumps(vtext.loads(out)) == out


def test_type_line_with_its_number_is_still_the_header_without_a_title_below() -> None:
    # A document that starts with such a line and has no national or Party title below it
    # keeps reading it as its header.
    text = """\
NGHỊ QUYẾT SỐ 12/NQ-HĐND
Về việc thông qua kế hoạch năm 2025

Hội đồng nhân dân tỉnh quyết nghị.
"""
    h = vtext.loads(text).header
    assert h.doc_type is not None and h.doc_type.name == "Nghị quyết"
    assert str(h.number) == "12/NQ-HĐND"
