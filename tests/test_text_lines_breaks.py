"""Line breaks the source marks without a line: a decorative rule between two lines, and
"<br>" inside a cell of a converter's pipe table."""

from __future__ import annotations

from vnadmin import text as vtext
from vnadmin.text.lines import text_blocks

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 216/QĐ-UBND\nQuảng Nam, ngày 06 tháng 02 năm 2023\n\nQUYẾT ĐỊNH\nVề việc triển khai\n\n"
    "Điều 1. Triển khai thực hiện.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
)


def test_a_rule_parts_lines_as_a_blank_line_does() -> None:
    blocks, notes = text_blocks("BÁO CÁO\nTổng kết thực hiện Luật thuế\n-----------\nNgày 03/6/2008, Quốc hội thông qua Luật.\n")
    assert [(b.text, b.blank_before) for b in blocks][-1] == ("Ngày 03/6/2008, Quốc hội thông qua Luật.", True)
    assert [n.code for n in notes] == ["ignored"]  # the rule itself, with a note
    doc = vtext.loads("Số: 01/BC-BTC\nBÁO CÁO\nTổng kết thực hiện Luật thuế\n-----------\nNgày 03/6/2008, Quốc hội thông qua Luật.\n")
    assert doc.header.summary == "Tổng kết thực hiện Luật thuế"
    assert doc.body[0].text == "Ngày 03/6/2008, Quốc hội thông qua Luật."


def test_party_summary_ends_at_its_rule() -> None:
    doc = vtext.loads(
        "TỈNH ỦY QUẢNG NAM\n*\nSố 185-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Nam, ngày 03 tháng 01 năm 2020\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư\n-----\n"
        "Thực hiện Chỉ thị số 37-CT/TW, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.\n"
    )
    assert doc.header.summary == "thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư"
    assert doc.body[0].text.startswith("Thực hiện Chỉ thị")


def test_br_in_pipe_table_cells() -> None:
    footer = (
        "| **Nơi nhận:**<br>- Như Điều 2;<br>- Lưu: VT, KTN. | **TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>"
        "PHÓ CHỦ TỊCH**<br><br><br>**Trần Anh Tuấn** |\n|---|---|\n"
    )
    doc = vtext.loads(HEAD + footer)
    s, r = doc.signature, doc.recipients
    assert s is not None and (s.authority, s.principal, s.title, s.name) == ("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Trần Anh Tuấn")
    assert r is not None and [x.text for x in r.items] == ["Như Điều 2;", "Lưu: VT, KTN."]
    header = "| ỦY BAN NHÂN DÂN<br/>TỈNH QUẢNG NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<BR />Độc lập - Tự do - Hạnh phúc |\n|---|---|\n"
    h = vtext.loads(header + "| Số: 216/QĐ-UBND | Quảng Nam, ngày 06 tháng 02 năm 2023 |\n\nQUYẾT ĐỊNH\n\nVề việc triển khai\n").header
    assert (h.issuing_body, h.national_title, h.motto) == (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    )
    # offsets of the pieces point into the source line
    blocks, _ = text_blocks(header)
    line = header.split("\n")[0]
    for b in blocks[:2]:
        assert line[b.origin.column - 1 :].startswith(b.text)
