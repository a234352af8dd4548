"""Whole documents from further sources (a thông tư's docx text and pdftotext layout, an
OCR of a Party programme, an inspection team's kế hoạch) read wrong by a probe: minimal
reconstructions written for these tests, each reproducing one way a real document was read
wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A Nơi nhận item that names the Government portal beside the Official Gazette: its words
# are those of the portal's signing stamp ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ"), but it is
# an item of the list.
PORTAL_ITEM = """\
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
     Số: 12/2025/TT-BNNMT                     Hà Nội, ngày 3 tháng 7 năm 2025
                                      THÔNG TƯ
              Sửa đổi một số điều của Thông tư số 05/2024/TT-BNNMT
      Điều 1. Thông tư này có hiệu lực kể từ ngày 01 tháng 9 năm 2025.
Nơi nhận:                                                     KT. BỘ TRƯỞNG
- Văn phòng Chính phủ;                                         THỨ TRƯỞNG
- Công báo; Cổng Thông tin điện tử Chính phủ;
- Cổng thông tin điện tử Chính phủ;                           Trần Văn Bình
- Lưu: VT, PC.
"""


def test_recipient_naming_the_government_portal_is_kept() -> None:
    doc = vtext.loads(PORTAL_ITEM)
    assert doc.recipients is not None
    items = [it.text for it in doc.recipients.items]
    assert items == [
        "Văn phòng Chính phủ;",
        "Công báo; Cổng Thông tin điện tử Chính phủ;",
        "Cổng thông tin điện tử Chính phủ;",
        "Lưu: VT, PC.",
    ]
    assert not any("chữ ký số" in n.message for n in doc.notes)


# The portal's stamp itself, alone on its line at the head of a scan, is still dropped.
PORTAL_STAMP = """\
CỔNG THONG TIN ĐIỆN TỪ CHÍNH PHU

BỘ TÀI CHÍNH                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc
Số: 7/2025/TT-BTC                  Hà Nội, ngày 2 tháng 1 năm 2025
THÔNG TƯ
Hướng dẫn một số điều
Điều 1. Thông tư này có hiệu lực kể từ ngày ký.
"""


def test_portal_stamp_alone_is_still_dropped() -> None:
    doc = vtext.loads(PORTAL_STAMP)
    assert doc.header.issuing_body == "BỘ TÀI CHÍNH"
    assert any("chữ ký số" in n.message and "CỔNG THONG TIN" in n.message for n in doc.notes)


# A signed PDF's stamp box at the top of page 1, as OCR reads it: the signer's name (twice)
# and the signing time with its UTC offset, above the real header.
SIGNED_BOX = """\
===== Trang 1 =====
BAN BÍ THƯ
BAN BÍ THƯ
05-03-2026 10:21:07 +07:00

BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-CT/TW Hà Nội, ngày 5 tháng 3 năm 2026

CHỈ THỊ
về tăng cường công tác dân vận

I- TÌNH HÌNH
Công tác dân vận đạt nhiều kết quả.
"""


def test_signing_time_box_above_the_header_is_dropped() -> None:
    doc = vtext.loads(SIGNED_BOX)
    h = doc.header
    assert h.parent_body is None
    assert h.issuing_body is not None and h.issuing_body.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG")
    assert str(h.number) == "12-CT/TW"
    dropped = [n.message for n in doc.notes if "chữ ký số" in n.message]
    assert len(dropped) == 3  # both name lines and the time
    assert "BAN BÍ THƯ" not in vtext.dumps(doc).split("BAN CHẤP HÀNH")[0]


# The same shape in running text far from the head is a paragraph like any other.
def test_time_with_offset_in_the_body_is_kept() -> None:
    text = SIGNED_BOX.replace("BAN BÍ THƯ\nBAN BÍ THƯ\n05-03-2026 10:21:07 +07:00\n", "")
    text += "".join(f"Đoạn {k} của chỉ thị.\n" for k in range(12))
    text += "NHẬT KÝ HỆ THỐNG\n05-03-2026 10:21:07 +07:00\n"
    doc = vtext.loads(text)
    out = vtext.dumps(doc)
    assert "05-03-2026 10:21:07 +07:00" in out
    assert "NHẬT KÝ HỆ THỐNG" in out


# A signature whose signer's own post is printed under the name ("PHÓ GIÁM ĐỐC / SỞ …"),
# with the Nơi nhận items beside it: the two lines stay in the body, and writing settles.
OWN_POST = """\
   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh Phúc
                                     Lào Cai, ngày 10 tháng 3 năm 2026
     Số: 15/KH-ĐKT
                               KẾ HOẠCH
               Kiểm tra an toàn vật liệu nổ công nghiệp
      1. Mục tiêu
      Đánh giá việc chấp hành pháp luật.
      2. Yêu cầu
      Đúng trình tự, thủ tục./.
Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA
- Giám đốc Sở;                                       TRƯỞNG ĐOÀN
- Lưu: VT.



                                                     Nguyễn Văn Hải
                                                     PHÓ GIÁM ĐỐC
                                                SỞ CÔNG THƯƠNG LÀO CAI
"""


def test_writing_settles_with_a_post_under_the_signer_name() -> None:
    doc = vtext.loads(OWN_POST)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TM.", "ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN", "Nguyễn Văn Hải")
    once = vtext.dumps(doc)
    again = vtext.loads(once)
    assert again.signature is not None
    assert (again.signature.authority, again.signature.principal) == ("TM.", "ĐOÀN KIỂM TRA")
    assert again.signature.intermediate == ()
    assert vtext.dumps(again) == once
