"""Plain text → blocks: cleaning of what extractions add around a document."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model.origin import Layout, Origin
from vnadmin.text import lines as L
from vnadmin.text.blocks import Block
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


# -- the fast paths give what the general definitions give ------------------------------
# Pieces of what real extractions hold, for the fast line loop and the line-by-line
# normalisation to meet: stamps, page markers and numbers, tables, markdown, rules, wide
# gaps, controls and line separators, odd spaces, zero-width marks, Đ look-alikes and
# decomposed diacritics.
_PIECES = [
    "\n", "\n\n", "\r\n", "\r", "\f", "\t", "   ", "  ", " ", "\u2028", "\u2029", "\x85", "\x0b", "\x1c", "\x01",
    "\x00", "\u00a0", "\u200b", "\ufeff", "\u3000", "\u2003", "Ð", "ð", "e\u0301", "\u0301", "\u0323", "o\u0302\u0301",
    "Ký bởi: ", "Thời gian ký: ", "Người ký", "Email: ", "Cơ quan: ", "CỔNG THONG TIN ĐIỆN TỬ CHÍNH PHỦ", "ng  th",
    "KỲ", "--- PAGE 2 ---", "--- PAGE BREAK ---", "--", "12", "7", "| a | b |", "| --- | --- |", "+-----+-----+",
    "------ ------", "**", "*", "\\", "\\-", "# ", "1\\.", "- ", "+ ", "_____", "***", "• ", "Điều 1. ", "a) ",
    "BÁO CÁO", "Hà Nội, ngày 5 tháng 3 năm 2025", "công văn số", "x" * 70,
]
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐKYNGTH0123:;.,-*#|\\+ \t\n\u0301"
_raw_texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=12)), max_size=30
).map("".join)


@given(_raw_texts)
def test_line_by_line_normalising_is_the_whole_text_one(text: str) -> None:
    assert L._prepare(text) == L._prepare_whole(text)


@given(_raw_texts)
def test_fast_line_loop_gives_the_general_blocks(text: str) -> None:
    assert L.text_blocks(text, source="x.txt") == L._text_blocks_general(text, source="x.txt")


def test_fast_line_loop_examples() -> None:
    # Each starts a line the fast loop hands to the general path, after an ordinary line.
    for text in [
        "một\n- hai\n--- PAGE 2 ---\nba\n",
        "một\n12\n\fhai\n",
        "một\nKý bởi: A\nEmail: a@b.vn\n\nhai\n",
        "một\n**HAI**\nba **bốn\nnăm** sáu\n",
        "một\n_____\nhai   ba\n  bốn  năm\n",
        "một\n| a | b |\n| --- | --- |\n",
        "một\nhai\n \f \nba\n\f",  # a line holding only a form feed is not blank
        "một\n12\nhai\n\n\n\n                    3\n",  # lone numbers: in the text, then a page number
    ]:
        assert L.text_blocks(text) == L._text_blocks_general(text), text


def test_fast_line_loop_on_the_seed_and_the_corpus(seed_text: str, corpus_dir: Path) -> None:
    for path in [None, *sorted(corpus_dir.glob("*.txt"))]:
        text = seed_text if path is None else path.read_text(encoding="utf-8")
        assert L.text_blocks(text) == L._text_blocks_general(text), path


@given(st.text(alphabet=" \t\n\u00a0\u2003\x0bab", max_size=12))
def test_collapse_is_split_and_join(s: str) -> None:
    assert L._collapse(s) == " ".join(s.split())


@pytest.mark.parametrize("bold", [False, True])
def test_line_blocks_are_the_constructed_ones(bold: bool) -> None:
    (block,) = text_blocks("\n" + ("**Điều 1. Phạm vi**" if bold else "Điều 1. Phạm vi") + "\n", source="x.txt")[0]
    (indented,) = text_blocks("x\n\n  Điều 1. Phạm vi\n", source="x.txt")[0][1:]
    layout = Layout(bold=True) if bold else None
    expected = Block("Điều 1. Phạm vi", Origin("x.txt", 2, 1, layout=layout), blank_before=True)
    assert type(block) is Block and type(block.origin) is Origin
    attrs.validate(block.origin)
    assert block == expected and block.origin == expected.origin and repr(block) == repr(expected)
    assert hash(block) == hash(expected)
    assert indented == Block("Điều 1. Phạm vi", Origin("x.txt", 3, 3), blank_before=True, indent=2)


def test_cells_page_breaks_and_origins_are_the_constructed_ones() -> None:
    origin = L._origin_of("x.txt", 9, 4, Layout(bold=True))
    attrs.validate(origin)
    assert type(origin) is Origin and origin == Origin("x.txt", 9, 4, layout=Layout(bold=True))
    (cell,) = text_blocks("| Nơi nhận: | a |\n| --- | --- |\n", source="x.txt")[0][:1]
    expected = Block("Nơi nhận:", Origin("x.txt", 1, 3), True, 0, 1, 0, 0)
    assert type(cell) is Block and cell == expected and repr(cell) == repr(expected)
    blocks, _ = text_blocks("một\n\fhai\n")
    assert blocks[1] == Block("\f", Origin(None, 2, 1), kind="page-break")
    (wide,) = text_blocks("Nơi   nhận:\n")[0]
    assert wide == Block("Nơi nhận:", Origin(None, 1, 1), segments=((0, "Nơi"), (6, "nhận:")))


def _clean_markup_reference(s: str, markdown: bool) -> tuple[str, bool]:
    """clean_markup as first written: every step on every line."""
    t = s.strip()
    m = L._HEADING.match(t)
    if m:
        t = t[m.end() :]
    bold = t.startswith("**")
    t = L._BREAK_BEFORE_CLOSE.sub("", t)
    t = t.replace("\\*", L._ESC_STAR)
    t = L._ESCAPE.sub(r"\1", t)
    if t.endswith("\\"):
        t = t[:-1]
    if markdown and "*" in t:
        t = L._STAR_RUN.sub(" ", t)  # a decorative star run between words parts them
        t = t.replace("**", "")
        t = L._EMPHASIS.sub("", t)
    t = t.replace(L._ESC_STAR, "*")
    return " ".join(t.split()), bold


@given(st.text(alphabet="#*\\\x00 -.ab\u00a0|[]()!~<>", max_size=16), st.booleans())
def test_clean_markup_is_the_step_by_step_definition(s: str, markdown: bool) -> None:
    assert clean_markup(s, markdown) == _clean_markup_reference(s, markdown)


@given(st.text(alphabet="kKḱyYýỳnNñgGğtTţhHḣ \u2003\nx:", max_size=12))
def test_one_pattern_stamp_hint_is_the_alternation(text: str) -> None:
    assert (L._SHORT_HINT_FAST.search(text) is None) == (L._SHORT_STAMP_HINT.search(text) is None)
