"""Kinds of documents the earlier probes never held whole (biên bản, hướng dẫn liên ngành,
a provincial kế hoạch converted from Word), read wrong by a probe: minimal reconstructions
written for these tests, each reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A Word document converted to text: the footer table's two cells joined on one line with
# " | " (the Nơi nhận items typed on after the label, the signature column's first lines
# after the bar), the rest of the signature column on the next line.
BAR_BEFORE_SIGNATURE = """\
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 7/KH-UBND
KẾ HOẠCH
Phòng chống dịch bệnh năm 2026
I. MỤC ĐÍCH
Bảo đảm an toàn cho người dân.
Nơi nhận: - Sở Y tế; - UBND các xã; - Lưu: VT, KT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
PHÓ CHỦ TỊCH Lê Văn Bình
"""


def test_cell_bar_parts_the_signature_column_from_the_filing_line() -> None:
    doc = vtext.loads(BAR_BEFORE_SIGNATURE)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Sở Y tế;", "UBND các xã;", "Lưu: VT, KT."]
    assert doc.recipients.items[-1].is_archive
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê Văn Bình")
    assert sig.intermediate == ("KT. CHỦ TỊCH",)
    once = vtext.dumps(doc)
    assert "|" not in once
    assert vtext.dumps(vtext.loads(once)) == once


def test_bar_before_an_item_stays_in_the_item() -> None:
    # a bar followed by a further recipient (lower case, ends like an item): no signature
    text = BAR_BEFORE_SIGNATURE.replace("KT. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "KT. | các phòng;")
    doc = vtext.loads(text)
    sig = doc.signature
    assert sig is None or sig.authority is None


# The signature column's first two lines typed on one ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
# the title and the name on their own lines.
TWO_AUTHORITIES = """\
ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG
Số: 15/HD-UBND
HƯỚNG DẪN
Về việc kiểm kê đất đai
1. Phạm vi
Các xã trên địa bàn huyện.
Nơi nhận:
- Các xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
"""


def test_second_authority_on_the_authority_line_is_a_line_of_its_own() -> None:
    doc = vtext.loads(TWO_AUTHORITIES)
    sig = doc.signature
    assert sig is not None
    assert (sig.authority, sig.principal, sig.title, sig.name) == ("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Hoàng Văn Nam")
    assert sig.intermediate == ("KT. CHỦ TỊCH",)
    once = vtext.dumps(doc)
    assert "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Nam" in once
    assert vtext.dumps(vtext.loads(once)) == once


# A joint document laid out by pdftotext: the signers' blocks side by side (a stamp's
# letters among them), "Nơi nhận:" below them, each item's dash kept apart from its text by
# the layout's gap.
JOINT_FOOTER = """\
BỘ CÔNG AN                                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 3/HDLN-BCA-BYT                           Hà Nội, ngày 02 tháng 3 năm 2026

HƯỚNG DẪN
Về việc phối hợp kiểm tra

1. Các bộ phối hợp kiểm tra theo quy định.
         KT. BỘ TRƯỞNG                                KT. BỘ TRƯỞNG
           BỘ Y TẾ                                     BỘ CÔNG AN
         THỨ TRƯỞNG                                   THỨ TRƯỞNG
    AN
         Trần Văn Thuấn                               Lê Quốc Hùng
  VIEN    *
      Nơi nhận:
      -   Bộ Công an;
      -   Bộ Y tế;
      -   Lưu: VT.
"""


def test_recipient_label_below_several_signatures_is_read() -> None:
    doc = vtext.loads(JOINT_FOOTER)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items] == ["Bộ Công an;", "Bộ Y tế;", "Lưu: VT."]
    assert all(r.bullet == "-" for r in doc.recipients.items)
    assert doc.signature is not None and doc.signature.name == "Trần Văn Thuấn"
    once = vtext.dumps(doc)
    for word in ("Lê Quốc Hùng", "VIEN", "Bộ Công an;"):
        assert word in once
    assert vtext.dumps(vtext.loads(once)) == once


def test_recipient_label_after_a_paragraph_below_the_signature_is_not_the_footer() -> None:
    # an annex after the signature (a long paragraph before its own "Nơi nhận:"): the
    # signature's footer ends at the annex, as before
    text = JOINT_FOOTER.replace(
        "  VIEN    *\n",
        "Phụ lục mẫu báo cáo của đơn vị được kiểm tra gửi về cơ quan chủ trì trước ngày 15 hằng tháng theo mẫu.\n",
    )
    doc = vtext.loads(text)
    assert doc.recipients is None


# A joint header laid out by pdftotext: the short rules under the bodies' names are lone
# dashes on the lines of the national title and the motto, the motto without its hyphens.
RULES_BEFORE_MOTTO = """\
BỘ TƯ PHÁP BỘ NỘI VỤ
                  -                        -   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỘ Y TẾ  BỘ CÔNG THƯƠNG
          -                            -             Độc lập Tự do Hạnh phúc

 Số: 5/HDLN-BTP-BNV                           Hà Nội, ngày 10 tháng 4 năm 2026

                                HƯỚNG DẪN
                      Về việc phối hợp kiểm tra văn bản

1. Các bộ phối hợp kiểm tra văn bản theo quy định.
"""


def test_short_rules_before_the_motto_do_not_end_the_header() -> None:
    doc = vtext.loads(RULES_BEFORE_MOTTO)
    h = doc.header
    assert str(h.number) == "5/HDLN-BTP-BNV"
    assert h.issue_date is not None and (h.issue_date.place, h.issue_date.day, h.issue_date.month) == ("Hà Nội", 10, 4)
    assert h.doc_type is not None and h.doc_type.name == "Hướng dẫn"
    assert h.summary == "Về việc phối hợp kiểm tra văn bản"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_a_bullet_in_a_header_line_is_no_rule() -> None:
    # a dash with its text a few columns on: an item, which ends the header as before
    text = RULES_BEFORE_MOTTO.replace(
        "          -                            -             Độc lập Tự do Hạnh phúc",
        "-   Căn cứ Luật Tổ chức Chính phủ;",
    )
    doc = vtext.loads(text)
    assert doc.header.number is None


def test_a_long_joint_body_name_is_read_back_as_a_body() -> None:
    # seven bodies' names joined on one line (as the writer writes a joint header's
    # managing bodies): more than 90 characters, still a name in capitals
    names = "BỘ CÔNG AN BỘ QUỐC PHÒNG BỘ Y TẾ BỘ CÔNG THƯƠNG BỘ TÀI CHÍNH VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"
    assert len(names) > 90
    text = f"{names}\nTÒA ÁN NHÂN DÂN TỐI CAO\nSố: 9/HDLN-BCA\nHƯỚNG DẪN\nVề việc thử\n1. Nội dung.\n"
    doc = vtext.loads(text)
    assert doc.header.parent_body == names
    assert doc.header.issuing_body == "TÒA ÁN NHÂN DÂN TỐI CAO"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


# A scanned biên bản's last page read by OCR: no authority line and no "Nơi nhận", the
# signer's title, the OCR of the signature's scribble, the name, and the scanner app's mark
# at the page's foot.
SCANNED_MINUTES = """\
THANH TRA TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐOÀN THANH TRA SỐ 5 Độc lập - Tự do - Hạnh phúc

BIÊN BẢN LÀM VIỆC

I. THÀNH PHẦN
Đại diện đoàn thanh tra và đại diện công ty.

II. NỘI DUNG
Biên bản được lập thành 03 bản, có giá trị pháp lý như nhau.

ĐẠI DIỆN CÔNG TY ĐẠI DIỆN ĐOÀN THANH TRA
TRƯỞNG ĐOÀN

_ _-*H

É AC dời —

Nguyễn Văn Hữu

Scanned with
- fCamscanner |
"""


def test_title_and_name_with_scribble_and_scanner_mark_make_the_signature() -> None:
    doc = vtext.loads(SCANNED_MINUTES)
    sig = doc.signature
    assert sig is not None
    assert (sig.title, sig.name) == ("TRƯỞNG ĐOÀN", "Nguyễn Văn Hữu")
    once = vtext.dumps(doc)
    for word in ("CÔNG TY", "Scanned", "fCamscanner"):
        assert word in once
    assert vtext.dumps(vtext.loads(once)) == once


def test_garbled_capitals_above_a_name_are_no_title() -> None:
    # two scanned columns run together, OCR garbage among the capitals: no signature read
    text = SCANNED_MINUTES.replace("TRƯỞNG ĐOÀN\n", "CÔNG TY TNHH NGHIEĐZ£TSBÊN THÀNH\n")
    doc = vtext.loads(text)
    assert doc.signature is None or doc.signature.title is None


def test_scan_mark_before_the_managing_body_is_dropped() -> None:
    # a scan's mark read before the left column's first name ("z\\ TỈNH LÀO CAI")
    text = SCANNED_MINUTES.replace("THANH TRA TỈNH LÀO CAI CỘNG", "z\\ TỈNH LÀO CAI CỘNG")
    doc = vtext.loads(text)
    assert doc.header.parent_body == "TỈNH LÀO CAI"
    assert doc.header.issuing_body == "ĐOÀN THANH TRA SỐ 5"
    assert any(n.code == "ignored" and "'z\\\\'" in n.message for n in doc.notes)
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_a_garbled_number_label_is_no_debris_before_a_name() -> None:
    # "6ӕ" for "Số" (a font's letters read as others): a figure in it, so no scan mark
    text = SCANNED_MINUTES.replace("BIÊN BẢN LÀM VIỆC", "6ӕ 12 /TTr-ĐTT\nBIÊN BẢN LÀM VIỆC")
    doc = vtext.loads(text)
    assert not any(n.code == "ignored" and "'6ӕ'" in n.message for n in doc.notes)


def test_a_joint_documents_type_line_keeps_its_qualifier() -> None:
    # "HƯỚNG DẪN LIÊN NGÀNH": the type is Hướng dẫn, written with the joint qualifier; the
    # summary is the next line, not "LIÊN NGÀNH"
    doc = vtext.loads(RULES_BEFORE_MOTTO.replace("HƯỚNG DẪN\n", "HƯỚNG DẪN LIÊN NGÀNH\n"))
    h = doc.header
    assert h.doc_type is not None and h.doc_type.name == "Hướng dẫn"
    assert h.type_written == "HƯỚNG DẪN LIÊN NGÀNH"
    assert h.summary == "Về việc phối hợp kiểm tra văn bản"
    once = vtext.dumps(doc)
    assert "HƯỚNG DẪN LIÊN NGÀNH\nVề việc phối hợp kiểm tra văn bản" in once  # no word lost
    assert vtext.dumps(vtext.loads(once)) == once


def test_joint_qualifiers_and_registry_names() -> None:
    from vnadmin.text.recogniser.header import match_type_line

    assert match_type_line("KẾ HOẠCH LIÊN TỊCH Thực hiện") == ("Kế hoạch", "KẾ HOẠCH LIÊN TỊCH", "Thực hiện")
    # a registry name that holds the words is the type itself
    assert match_type_line("THÔNG TƯ LIÊN TỊCH") == ("Thông tư liên tịch", "THÔNG TƯ LIÊN TỊCH", "")
    # the qualifier must be in capitals and a whole word
    assert match_type_line("HƯỚNG DẪN Liên ngành") == ("Hướng dẫn", "HƯỚNG DẪN", "Liên ngành")
    assert match_type_line("KẾ HOẠCH LIÊN NGÀNHX") == ("Kế hoạch", "KẾ HOẠCH", "LIÊN NGÀNHX")
