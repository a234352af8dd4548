"""Plain text → blocks: cleaning of what extractions add around a document."""

from __future__ import annotations

import pytest

from vnadmin.text.lines import clean_markup, text_blocks


def texts(s: str) -> list[str]:
    blocks, _ = text_blocks(s)
    return [b.text for b in blocks if b.kind == "line"]


@pytest.mark.parametrize(
    ("line", "text", "bold"),
    [
        ("**NGHỊ QUYẾT**", "NGHỊ QUYẾT", True),
        ("1\\. Sắp xếp toàn bộ", "1. Sắp xếp toàn bộ", False),
        ("\\- Báo cáo chính trị", "- Báo cáo chính trị", False),
        ("*Căn cứ* *Luật Tổ chức*", "Căn cứ Luật Tổ chức", False),
        ("# QUYẾT ĐỊNH", "QUYẾT ĐỊNH", False),
        ("**T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", True),
        ("ỦY BAN THƯỜNG VỤ\\", "ỦY BAN THƯỜNG VỤ", False),
    ],
)
def test_markup(line: str, text: str, bold: bool) -> None:
    assert clean_markup(line) == (text, bold)


def test_a_star_in_plain_text_stays() -> None:
    assert texts("Ghi chú: giá trị * hệ số\n") == ["Ghi chú: giá trị * hệ số"]
    assert texts("BAN CHẤP HÀNH TRUNG ƯƠNG*\n") == ["BAN CHẤP HÀNH TRUNG ƯƠNG*"]


def test_page_markers_form_feeds_and_page_numbers() -> None:
    blocks, notes = text_blocks("một\n\n--- PAGE BREAK ---\n\n--- PAGE 2 ---\nhai\fba\n                 2\nbốn\n")
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("line", "một") in kinds and ("line", "hai") in kinds and ("line", "ba") in kinds
    assert sum(1 for k, _ in kinds if k == "page-break") == 4
    assert {n.code for n in notes} == {"ignored"} and len(notes) == 3


def test_signature_stamps_are_dropped() -> None:
    blocks, notes = text_blocks(
        "Ký bởi: Cổng Thông tin điện tử Chính phủ\nEmail: thongtinchinhphu@chinhphu.vn\n"
        "Cơ quan: Văn phòng Chính phủ\nThời gian ký 17.11.2016 120722 0700\n\nCHÍNH PHỦ\n"
    )
    assert [b.text for b in blocks] == ["CHÍNH PHỦ"]
    assert len(notes) == 4 and all("digital-signature stamp" in n.message for n in notes)


def test_pipe_table() -> None:
    blocks, _ = text_blocks("| CHÍNH PHỦ  Số: 30/2020/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n")
    assert [(b.text, b.column) for b in blocks] == [
        ("CHÍNH PHỦ Số: 30/2020/NĐ-CP", 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1),
    ]


def test_grid_table_cells_come_column_by_column() -> None:
    grid = (
        "+------------------+------------------+\n"
        "| Nơi nhận:\\       | TM. CHÍNH PHỦ\\   |\n"
        "| - Bộ Nội vụ;\\    | THỦ TƯỚNG        |\n"
        "| - Lưu: VT.       |                  |\n"
        "+------------------+------------------+\n"
    )
    blocks, notes = text_blocks(grid)
    assert [(b.text, b.column) for b in blocks] == [
        ("Nơi nhận:", 0),
        ("- Bộ Nội vụ;", 0),
        ("- Lưu: VT.", 0),
        ("TM. CHÍNH PHỦ", 1),
        ("THỦ TƯỚNG", 1),
    ]
    assert len(notes) == 2  # the two borders


def test_simple_table_is_cut_at_its_columns() -> None:
    simple = (
        "  ---------------------- ------------------------------\n"
        "    **BỘ TÀI CHÍNH**       **CỘNG HÒA XÃ HỘI CHỦ NGHĨA**\n"
        "\n"
        "   Số: 12/BC-BTC          *Hà Nội, ngày 02 tháng 3 năm 2025*\n"
        "  ---------------------- ------------------------------\n"
    )
    blocks, _ = text_blocks(simple)
    assert [(b.text, b.row, b.column) for b in blocks] == [
        ("BỘ TÀI CHÍNH", 0, 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 0, 1),
        ("Số: 12/BC-BTC", 1, 0),
        ("Hà Nội, ngày 02 tháng 3 năm 2025", 1, 1),
    ]


def test_layout_lines_keep_their_columns() -> None:
    blocks, _ = text_blocks("   UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    (b,) = blocks
    assert b.text == "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert b.segments == ((3, "UỶ BAN NHÂN DÂN"), (35, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert b.indent == 3 and b.origin.column == 4


def test_nfd_control_characters_and_line_separators() -> None:
    nfd = "Quye\u0302\u0301t \u0111i\u0323nh"
    assert texts(nfd + "\u2028hai\x1dba\r\nbốn\n") == ["Quyết định", "hai ba", "bốn"]


def test_blank_lines_and_origins() -> None:
    blocks, _ = text_blocks("một\n\n  hai\nba\n", source="x.txt")
    assert [(b.text, b.blank_before, b.origin.line, b.origin.column) for b in blocks] == [
        ("một", False, 1, 1),
        ("hai", True, 3, 3),
        ("ba", False, 4, 1),
    ]
    assert blocks[0].origin.source == "x.txt"
