"""Headers of documents copied from web pages of other kinds than the decisions of the
first probe (plans, council resolutions, công văn, Party documents): minimal layouts
written for these tests, each reproducing one way a real page was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A plan (no enacting formula) whose summary wraps before its "Căn cứ" lines: the last
# summary line is not an enacting authority.
PLAN_SUMMARY_BEFORE_BASES = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 77/KH-UBND
|
Hà Giang, ngày 3 tháng 4 năm 2024
|
KẾ HOẠCH
TRIỂN KHAI MÔ HÌNH DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA
BÀN TỈNH HÀ GIANG NĂM 2024
Căn cứ Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2024 của Ủy ban nhân dân tỉnh;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
"""

# A council resolution: its name and its session line stand between the summary and the
# "Căn cứ" lines; the name has seven words.
COUNCIL_RESOLUTION = """\
HỘI ĐỒNG NHÂN DÂN
TỈNH CAO BẰNG
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 9/NQ-HĐND
|
Cao Bằng, ngày 8 tháng 7 năm 2022
|
NGHỊ QUYẾT
VỀ KẾ HOẠCH ĐẦU TƯ CÔNG
NĂM 2023
HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG
KHÓA XVII, KỲ HỌP THỨ 8
Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;
QUYẾT NGHỊ:
Điều 1. Thông qua kế hoạch đầu tư công năm 2023.
"""

# A directive whose page lost the blank line between the summary in capitals and the
# first paragraph.
DIRECTIVE_NO_BLANK = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 4/CT-UBND | Bắc Kạn, ngày 6 tháng 3 năm 2021 |
CHỈ THỊ
VỀ VIỆC TĂNG CƯỜNG PHÒNG CHÁY RỪNG MÙA KHÔ
Những năm gần đây, diện tích rừng bị cháy trên địa bàn tỉnh có xu hướng tăng.
Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
"""


def test_a_plan_keeps_the_last_line_of_its_summary_before_the_bases() -> None:
    doc = vtext.loads(PLAN_SUMMARY_BEFORE_BASES)
    assert doc.header.summary == (
        "TRIỂN KHAI MÔ HÌNH DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH HÀ GIANG NĂM 2024"
    )
    assert not doc.preamble.authority


def test_a_council_name_above_its_session_line_is_the_authority() -> None:
    doc = vtext.loads(COUNCIL_RESOLUTION)
    assert doc.header.summary == "VỀ KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2023"
    assert doc.preamble.authority == "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG KHÓA XVII, KỲ HỌP THỨ 8"
    assert doc.preamble.formula == "QUYẾT NGHỊ:"


def test_a_summary_in_capitals_ends_before_a_sentence() -> None:
    doc = vtext.loads(DIRECTIVE_NO_BLANK)
    assert doc.header.summary == "VỀ VIỆC TĂNG CƯỜNG PHÒNG CHÁY RỪNG MÙA KHÔ"
    words = " ".join(p.text for p in doc.body if hasattr(p, "text"))
    assert "Những năm gần đây" in words


def test_a_bracketed_line_after_a_summary_in_capitals_stays_in_it() -> None:
    text = DIRECTIVE_NO_BLANK.replace(
        "MÙA KHÔ\n", "MÙA KHÔ\n(Tài liệu trình hội nghị)\n\n"
    )
    assert vtext.loads(text).header.summary == (
        "VỀ VIỆC TĂNG CƯỜNG PHÒNG CHÁY RỪNG MÙA KHÔ (Tài liệu trình hội nghị)"
    )


# A page that prints its own title, a download banner and a metadata table above the
# document: more lines than a header has before its first anchor.
CLUTTER_ABOVE = """\
Công văn 52/BXD-QLN năm 2023 về nhà ở xã hội do Bộ Xây dựng ban hành

Tóm tắt: Bộ Xây dựng trả lời về điều kiện mua nhà ở xã hội.

Số hiệu: 52/BXD-QLN Loại văn bản: Công văn
Nơi ban hành: Bộ Xây dựng Người ký: Nguyễn Văn A
Ngày ban hành: 09/01/2023 Tình trạng: Còn hiệu lực
Lĩnh vực: Xây dựng, Bất động sản

Tải về văn bản gốc

BỘ XÂY DỰNG
_______

Số: 52/BXD-QLN
V/v điều kiện mua nhà ở xã hội

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 9 tháng 1 năm 2023

Kính gửi: Sở Xây dựng tỉnh Bình Dương.

Bộ Xây dựng nhận được văn bản của Sở Xây dựng về điều kiện mua nhà ở xã hội.
"""

NO_HEADER = """\
Tình hình chung

Trong quý I, các đơn vị đã triển khai nhiệm vụ theo kế hoạch.
Một số chỉ tiêu đạt thấp so với cùng kỳ.
Công tác phối hợp còn chậm.
Việc báo cáo chưa đúng hạn.
Kinh phí được bố trí kịp thời.
Các đơn vị cần khắc phục hạn chế.
Cộng hòa xã hội chủ nghĩa Việt Nam được nhắc tới trong câu này.
"""


def test_a_header_below_a_pages_clutter_is_read() -> None:
    doc = vtext.loads(CLUTTER_ABOVE)
    h = doc.header
    assert h.issuing_body == "BỘ XÂY DỰNG"
    assert str(h.number) == "52/BXD-QLN"
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Hà Nội", 9, 1, 2023)
    assert h.doc_type is not None and h.doc_type.name == "Công văn"
    assert h.summary == "điều kiện mua nhà ở xã hội"
    # the page's lines above the header are kept, as the body's first paragraphs
    first = doc.body[0]
    assert getattr(first, "text", "").startswith("Công văn 52/BXD-QLN năm 2023")


def test_a_document_without_a_header_still_has_none() -> None:
    doc = vtext.loads(NO_HEADER)
    assert doc.header.national_title is None
    assert doc.header.issuing_body is None


CONG_VAN_ABBREVIATION = """\
TỔNG CỤC THUẾ
CỤC THUẾ TỈNH AN GIANG
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 812/CTAGI-TTHT
V/v hoàn thuế
TNCN
|
An Giang, ngày 4 tháng 5 năm 2021
|
Kính gửi: Công ty TNHH Minh Phát.
"""


def test_a_vv_summary_wrapped_before_an_abbreviation_keeps_it() -> None:
    h = vtext.loads(CONG_VAN_ABBREVIATION).header
    assert h.summary == "hoàn thuế TNCN"
    assert h.issue_date is not None and h.issue_date.place == "An Giang"


def test_an_urgency_mark_below_the_vv_summary_is_not_taken_into_it() -> None:
    text = CONG_VAN_ABBREVIATION.replace("TNCN\n", "HỎA TỐC\n")
    assert vtext.loads(text).header.summary == "hoàn thuế"


# A draft submission as a PDF extraction gives it: the "Số:" label and its blank number on
# different lines with the national title between them, the date's blank day and month
# leaving its pieces on lines of their own, and a draft mark above the type line.
DRAFT_FROM_PDF = """\
BỘ NỘI VỤ
Số:

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

/TTr-BNV

Hà Nội, ngày

tháng

năm 2024

DỰ THẢO

TỜ TRÌNH
Về dự thảo Nghị định quy định về vị trí việc làm
Kính gửi: Chính phủ
Thực hiện Chương trình công tác năm 2024, Bộ Nội vụ kính trình Chính phủ như sau:
"""


def test_a_draft_from_a_pdf_keeps_its_number_date_type_and_summary() -> None:
    doc = vtext.loads(DRAFT_FROM_PDF)
    h = doc.header
    assert (h.parent_body, h.issuing_body) == (None, "BỘ NỘI VỤ")
    assert h.number is not None and str(h.number) == "/TTr-BNV" and h.number.number is None
    assert h.issue_date is not None
    assert (h.issue_date.place, h.issue_date.day, h.issue_date.month, h.issue_date.year) == ("Hà Nội", None, None, 2024)
    assert h.doc_type is not None and h.doc_type.name == "Tờ trình"
    assert h.summary == "Về dự thảo Nghị định quy định về vị trí việc làm"
    texts = [getattr(p, "text", "") for p in doc.body]
    assert "DỰ THẢO" in texts  # kept, as a paragraph of its own


def test_a_slash_line_in_running_text_is_no_number() -> None:
    text = "Số: 12/BC-UBND\nHà Nội, ngày 2 tháng 3 năm 2024\nBÁO CÁO\nKết quả\n\n/mục lục\n"
    h = vtext.loads(text).header
    assert str(h.number) == "12/BC-UBND"


JOINT_GUIDANCE = """\
UBND TỈNH THANH HÓA
LIÊN NGÀNH
SỞ Y TẾ -
SỞ GIÁO DỤC VÀ ĐÀO TẠO
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/HDLN-SYT-SGDĐT
Thanh Hóa, ngày 2 tháng 8 năm 2019
HƯỚNG DẪN
CÔNG TÁC Y TẾ TRƯỜNG HỌC
"""


def test_a_joint_issuer_under_its_managing_body_is_one_name() -> None:
    h = vtext.loads(JOINT_GUIDANCE).header
    assert h.parent_body == "UBND TỈNH THANH HÓA"
    assert h.issuing_body == "LIÊN NGÀNH SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO"


def test_a_name_line_ending_in_a_dash_goes_on() -> None:
    text = JOINT_GUIDANCE.replace("UBND TỈNH THANH HÓA\nLIÊN NGÀNH\n", "")
    h = vtext.loads(text).header
    assert (h.parent_body, h.issuing_body) == (None, "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO")


# A document-sharing page: its menu, a caps heading of its own, details of the file, and
# the document's header flattened onto one line.
FLATTENED_AFTER_CLUTTER = """\
1. Trang chủ
2. » Tài liệu

BỘ NỘI VỤ

Lượt xem 120

CHI TIẾT TÀI LIỆU

Số trang 8
Dung lượng 95 KB

Nội dung

BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 88/BC-BNV Hà Nội, ngày 14 tháng 3 năm 2022 BÁO CÁO Kết quả thi tuyển công chức năm 2021
"""


def test_a_flattened_header_below_a_sharing_pages_clutter_is_read() -> None:
    doc = vtext.loads(FLATTENED_AFTER_CLUTTER)
    h = doc.header
    assert (h.parent_body, h.issuing_body) == (None, "BỘ NỘI VỤ")
    assert str(h.number) == "88/BC-BNV"
    assert h.issue_date is not None and (h.issue_date.day, h.issue_date.month, h.issue_date.year) == (14, 3, 2022)
    assert h.doc_type is not None and h.doc_type.name == "Báo cáo"
    assert h.summary == "Kết quả thi tuyển công chức năm 2021"
    # the page's own caps lines are kept above the document, not taken for its bodies
    texts = [n.message for n in doc.notes if n.code == "unrecognised"]
    assert any("CHI TIẾT TÀI LIỆU" in m for m in texts)


def test_a_forms_label_beside_the_names_does_not_part_them_from_the_header() -> None:
    text = "BỘ TÀI CHÍNH\nMẫu số 01 - Phụ lục I của Thông tư\nTỔNG CỤC THUẾ\nSố: 5/TB-TCT\nHà Nội, ngày 2 tháng 3 năm 2023\nTHÔNG BÁO\nVề việc nộp hồ sơ\n"
    h = vtext.loads(text).header
    assert (h.parent_body, h.issuing_body) == ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")


# A forum post holding a whole decision of the Youth Union on one line: its decorative star
# run glued between the body's name and "Số:", the rest of the document after the date.
FLATTENED_PARTY_STYLE = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 41-QĐ/TWĐTN Hà Nội, ngày 3 tháng 5 năm 2019 "
    "QUYẾT ĐỊNHVề việc thành lập tổ công tác của Ban Bí thư Trung ương Đoàn - Căn cứ Điều lệ "
    "Đoàn; QUYẾT ĐỊNH Điều 1. Thành lập tổ công tác. Điều 2. Quyết định này có hiệu lực từ ngày ký.\n"
)


def test_a_star_run_between_two_words_parts_them() -> None:
    h = vtext.loads(FLATTENED_PARTY_STYLE).header
    assert h.issuing_body == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert str(h.number) == "41-QĐ/TWĐTN"
    assert h.issue_date is not None and (h.issue_date.place, h.issue_date.year) == ("Hà Nội", 2019)


def test_the_rest_of_a_flattened_document_is_kept_as_a_paragraph() -> None:
    doc = vtext.loads(FLATTENED_PARTY_STYLE)
    texts = " ".join(getattr(p, "text", "") for p in doc.body)
    assert "Thành lập tổ công tác." in texts
    assert not [n for n in doc.notes if n.code == "ignored" and "Thành lập" in n.message]


def test_a_name_printed_twice_in_a_row_is_kept_once_with_a_note() -> None:
    doc = vtext.loads(
        "BỘ NỘI VỤ BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 7/TTr-BNV "
        "Hà Nội, ngày 1 tháng 2 năm 2020 TỜ TRÌNH Về dự thảo Nghị định\n"
    )
    assert doc.header.issuing_body == "BỘ NỘI VỤ"
    assert [n.code for n in doc.notes if "BỘ NỘI VỤ" in n.message] == ["ignored"]


def test_a_name_with_a_repeated_word_is_not_cut() -> None:
    h = vtext.loads("ỦY BAN NHÂN DÂN XÃ XUÂN XUÂN\nSố: 2/TB-UBND\nXuân Xuân, ngày 1 tháng 2 năm 2020\n").header
    assert h.issuing_body == "ỦY BAN NHÂN DÂN XÃ XUÂN XUÂN"


def test_a_name_in_capitals_before_the_place_is_not_part_of_it() -> None:
    h = vtext.loads("Số: 12/BC-SNV SỞ NỘI VỤ TỈNH LÀO CAI Lào Cai, ngày 5 tháng 6 năm 2021\n").header
    assert h.issue_date is not None and h.issue_date.place == "Lào Cai"


def test_an_abbreviation_before_the_place_stays_in_it() -> None:
    h = vtext.loads("Số: 12/BC-CT\nTP. Hồ Chí Minh, ngày 5 tháng 6 năm 2021\n").header
    assert h.issue_date is not None and h.issue_date.place == "TP. Hồ Chí Minh"


def test_a_type_glued_to_its_summary_on_a_flattened_line() -> None:
    doc = vtext.loads(FLATTENED_PARTY_STYLE)
    h = doc.header
    assert h.doc_type is not None and h.doc_type.name == "Quyết định"
    assert h.summary == "Về việc thành lập tổ công tác của Ban Bí thư Trung ương Đoàn"
    texts = " ".join(getattr(p, "text", "") for p in doc.body)
    assert "Căn cứ Điều lệ Đoàn" in texts


def test_a_flattened_cong_van_summary_ends_before_kinh_gui() -> None:
    line = (
        "SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 45/SYT-NVY Huế, ngày 2 tháng 3 năm 2022 "
        "TỜ TRÌNH Về việc mua sắm trang thiết bị y tế Kính gửi: Ủy ban nhân dân tỉnh. "
        "Sở Y tế kính trình Ủy ban nhân dân tỉnh xem xét việc mua sắm trang thiết bị y tế năm 2022.\n"
    )
    doc = vtext.loads(line)
    assert doc.header.summary == "Về việc mua sắm trang thiết bị y tế"


def test_a_short_summary_with_can_cu_words_is_whole() -> None:
    text = "Số: 3/QĐ-UBND\nHuế, ngày 2 tháng 3 năm 2022\nQUYẾT ĐỊNH Về việc bãi bỏ căn cứ tính phí\n"
    assert vtext.loads(text).header.summary == "Về việc bãi bỏ căn cứ tính phí"


def test_a_summary_on_the_type_line_ending_in_a_full_stop_keeps_its_first_letter() -> None:
    text = "Số: 3/TTr-UBND\nHuế, ngày 2 tháng 3 năm 2022\nTỜ TRÌNH Về việc sửa chữa trụ sở.\n"
    assert vtext.loads(text).header.summary == "Về việc sửa chữa trụ sở."
