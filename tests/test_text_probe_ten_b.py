"""Whole documents of mass organisations at commune and province level (the Fatherland
Front's Ban Thường trực, an election committee's sub-board) as a Word file's text gives
them, read wrong by a probe: minimal reconstructions written for these tests, each
reproducing one way a real document was read wrong."""

from __future__ import annotations

from vnadmin import text as vtext

# A Word file's text: every paragraph, and every line of the trích yếu, its own paragraph
# with a blank line after it; the header's two columns one after the other.
FRONT_PLAN = """\
ỦY BAN MTTQ VIỆT NAM

XÃ HÒA BÌNH

BAN THƯỜNG TRỰC



Số: 7/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc



Hòa Bình, ngày 3 tháng 11 năm 2025



KẾ HOẠCH

Giám sát việc lập danh sách cử tri

và niêm yết danh sách người ứng cử

trên địa bàn xã



Căn cứ Luật Mặt trận Tổ quốc Việt Nam;

I. MỤC ĐÍCH, YÊU CẦU

- Bảo đảm dân chủ, đúng luật.

II. TỔ CHỨC THỰC HIỆN

- Các tổ chức thành viên phối hợp thực hiện.

Nơi nhận:

- Thường trực Đảng ủy xã;

- Lưu: VT.

TM. BAN THƯỜNG TRỰC

CHỦ TỊCH



Trần Thị Hoa
"""


def test_summary_lines_each_a_paragraph_are_joined() -> None:
    doc = vtext.loads(FRONT_PLAN)
    h = doc.header
    assert h.summary == "Giám sát việc lập danh sách cử tri và niêm yết danh sách người ứng cử trên địa bàn xã"
    assert h.parent_body == "ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH"
    assert h.issuing_body == "BAN THƯỜNG TRỰC"
    assert [s.label for s in doc.body if type(s).__name__ == "Section"] == ["I", "II"]
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_body_paragraph_after_the_summary_is_not_joined() -> None:
    # the body's first line opens in capitals: the summary ends at the blank line
    doc = vtext.loads(FRONT_PLAN.replace("trên địa bàn xã\n", "Trên địa bàn xã có 5 thôn.\n"))
    assert doc.header.summary == "Giám sát việc lập danh sách cử tri và niêm yết danh sách người ứng cử"
    # a summary line that ends a sentence is not continued either
    doc = vtext.loads(FRONT_PLAN.replace("người ứng cử\n", "người ứng cử.\n"))
    assert doc.header.summary == "Giám sát việc lập danh sách cử tri và niêm yết danh sách người ứng cử."


def test_letter_item_after_the_summary_is_not_joined() -> None:
    # "a) …" opens in lower case but is a marker, not the summary's next words
    doc = vtext.loads(FRONT_PLAN.replace("trên địa bàn xã\n", "a) trên địa bàn xã\n"))
    assert doc.header.summary == "Giám sát việc lập danh sách cử tri và niêm yết danh sách người ứng cử"


def test_debris_after_the_summary_is_not_joined() -> None:
    # a scanned stamp's remains above the header ("chinhph" / "0 quan VAI Hi") are body
    # paragraphs, which the canonical text writes after the summary: read back, the first
    # opens in lower case but on no Vietnamese word, and the summary does not take it
    text = "chinhph\n0 quan VAI Hi\n\n" + FRONT_PLAN.replace("trên địa bàn xã\n", "")
    doc = vtext.loads(text)
    summary = "Giám sát việc lập danh sách cử tri và niêm yết danh sách người ứng cử"
    assert doc.header.summary == summary
    once = vtext.dumps(doc)
    again = vtext.loads(once)
    assert again.header.summary == summary
    assert vtext.dumps(again) == once
    # a word of the language in its place would be read as the summary's next line
    assert vtext.loads(once.replace("chinhph 0 quan VAI Hi", "chính phủ 0 quan VAI Hi")).header.summary != summary


# A Word list's bullets are numbering, which the file's text loses: the Nơi nhận items
# come with no bullet; the filing line keeps a typed dash, indented by a tab.
UNBULLETED_LIST = """\
ỦY BAN MTTQ VIỆT NAM TỈNH AN HÒA
BAN THƯỜNG TRỰC
Số: 5/HD-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 4 tháng 11 năm 2025
HƯỚNG DẪN
Quy trình hiệp thương
I. THÀNH PHẦN
Ban Thường trực triệu tập hội nghị.
Nơi nhận:
Ban Thường trực UBTW MTTQ VN; (Để
Ban Thường vụ Tỉnh ủy;
Thường trực HĐND tỉnh;
Ủy ban bầu cử, Thường trực Đảng ủy, HĐND,
UBND các phường, xã;
   -   Lưu VP, Ban DC.
TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH THƯỜNG TRỰC
Nguyễn Văn Bình
"""


def test_recipient_items_that_lost_their_bullets() -> None:
    doc = vtext.loads(UNBULLETED_LIST)
    assert doc.recipients is not None
    texts = [r.text for r in doc.recipients.items]
    assert texts == [
        "Ban Thường trực UBTW MTTQ VN; (Để",
        "Ban Thường vụ Tỉnh ủy;",
        "Thường trực HĐND tỉnh;",
        "Ủy ban bầu cử, Thường trực Đảng ủy, HĐND, UBND các phường, xã;",
        "Lưu VP, Ban DC.",
    ]
    assert doc.recipients.items[-1].is_archive and doc.recipients.items[-1].bullet == "-"
    assert doc.signature is not None and doc.signature.name == "Nguyễn Văn Bình"
    once = vtext.dumps(doc)
    assert vtext.dumps(vtext.loads(once)) == once


def test_line_ending_no_item_under_the_label_is_no_item() -> None:
    # a line that does not end like an item (";" or ",") stays out of the list
    doc = vtext.loads(UNBULLETED_LIST.replace("Ban Thường trực UBTW MTTQ VN; (Để", "Ban Thường trực UBTW MTTQ VN"))
    assert doc.recipients is not None
    assert doc.recipients.items[0].text == "Ban Thường vụ Tỉnh ủy;"


def test_dash_typed_against_the_item() -> None:
    text = UNBULLETED_LIST.replace(
        "Ban Thường trực UBTW MTTQ VN; (Để\nBan Thường vụ Tỉnh ủy;\nThường trực HĐND tỉnh;\n"
        "Ủy ban bầu cử, Thường trực Đảng ủy, HĐND,\nUBND các phường, xã;\n",
        "- HĐND phường,\n-Thường trực Ủy ban MTTQ phường,\n- Ban CTMT TDP ( Thực hiện)\n",
    )
    doc = vtext.loads(text)
    assert doc.recipients is not None
    assert [(r.bullet, r.text) for r in doc.recipients.items] == [
        ("-", "HĐND phường,"),
        ("-", "Thường trực Ủy ban MTTQ phường,"),
        ("-", "Ban CTMT TDP ( Thực hiện)"),
        ("-", "Lưu VP, Ban DC."),
    ]
    assert any("gạch đầu dòng liền chữ" in n.message for n in doc.notes)


def test_stray_mark_before_the_first_body_line() -> None:
    # "/ỦY BAN MTTQ VIỆT NAM": a slash typed before the name, dropped with a note
    doc = vtext.loads("/" + FRONT_PLAN)
    assert doc.header.parent_body == "ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH"
    assert any(n.code == "ignored" and "ký tự lạc" in n.message for n in doc.notes)
    # a blank number's "/KH-…" line is not touched by it
    assert str(doc.header.number) == "7/KH-MTTQ-BTT"


def test_lone_bullet_joins_its_item_only_in_its_column() -> None:
    from vnadmin.text.lines import text_blocks

    def first_block(line: str) -> tuple[str, tuple[tuple[int, str], ...]]:
        found = text_blocks("Nơi nhận:\n" + line + "\n")
        blocks = found[0] if isinstance(found, tuple) else found
        return blocks[1].text, blocks[1].segments

    # the dash and its item in the left column: one item
    assert first_block("   -   Lưu VP, Ban DC.") == ("- Lưu VP, Ban DC.", ())
    # a lone dash at the left and a signature's line far right: two columns, not joined
    text, segments = first_block("   -                                  KT. CHỦ TỊCH")
    assert [piece for _, piece in segments] == ["-", "KT. CHỦ TỊCH"]
    assert text == "- KT. CHỦ TỊCH"  # (the pieces joined by one space, as for any layout line)
