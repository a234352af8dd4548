"""Files vnadmin did not write: a document built with python-docx on Word's own template
(direct formatting, line breaks in the header cell, Word list numbering, a signature table)
is recognised like its text would be."""

from __future__ import annotations

import io

import pytest

from vnadmin import docx

python_docx = pytest.importorskip("docx", reason="python-docx (the test extra) is needed")


def _word_file() -> bytes:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    center = WD_ALIGN_PARAGRAPH.CENTER
    d = python_docx.Document()

    def line(cell_or_doc: object, text: str, *, bold: bool = False, italic: bool = False,
             centred: bool = True, first: bool = False, style: str | None = None) -> None:
        p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph(style=style)  # type: ignore[attr-defined]
        run = p.add_run(text)
        run.bold, run.italic = bold or None, italic or None
        if centred:
            p.alignment = center

    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    line(left, "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", first=True)
    line(left, "SỞ NỘI VỤ", bold=True)
    line(left, "Số: 123/KH-SNV")
    line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first=True)
    line(right, "Độc lập - Tự do - Hạnh phúc", bold=True)
    line(right, "Quảng Ngãi, ngày 05 tháng 3 năm 2025", italic=True)
    line(d, "KẾ HOẠCH", bold=True)
    line(d, "Triển khai công tác văn thư năm 2025", bold=True)
    line(d, "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Sở Nội vụ xây dựng "
            "kế hoạch như sau:", centred=False)
    line(d, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, centred=False)
    line(d, "Nâng cao chất lượng công tác văn thư.", centred=False, style="List Number")
    line(d, "Bảo đảm đúng thể thức văn bản.", centred=False, style="List Number")
    line(d, "II. NỘI DUNG", bold=True, centred=False)
    line(d, "- Rà soát các mẫu văn bản;", centred=False)
    line(d, "- Tập huấn cho công chức.", centred=False)
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    line(left, "Nơi nhận:", bold=True, italic=True, centred=False, first=True)
    line(left, "- UBND tỉnh;", centred=False)
    line(left, "- Lưu: VT, VP.", centred=False)
    line(right, "KT. GIÁM ĐỐC", bold=True, first=True)
    line(right, "PHÓ GIÁM ĐỐC", bold=True)
    line(right, "Nguyễn Văn B", bold=True)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_file_is_recognised() -> None:
    doc = docx.loads(_word_file())
    h = doc.header
    assert (h.parent_body, h.issuing_body) == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "SỞ NỘI VỤ")
    assert (h.national_title, h.motto) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    assert str(h.number) == "123/KH-SNV"
    assert h.issue_date is not None and h.issue_date.as_date() is not None
    assert h.issue_date.as_date().isoformat() == "2025-03-05"
    assert h.doc_type is not None and h.doc_type.code == "KH"
    assert h.summary == "Triển khai công tác văn thư năm 2025"
    first, second = doc.sections
    assert (first.label, first.heading) == ("I", "MỤC ĐÍCH, YÊU CẦU")
    assert [s.label for s in first.sections] == ["1", "2"]  # from Word's list numbering
    assert [p.bullet for p in second.paragraphs()] == ["-", "-"]
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.principal, doc.signature.title, doc.signature.name) == (
        "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn B")
    assert doc.recipients is not None and doc.recipients.archive is not None
    assert [r.text for r in doc.recipients.items] == ["UBND tỉnh;", "Lưu: VT, VP."]


def test_a_header_and_footer_typed_with_tabs() -> None:
    """No tables: the two columns are separated by tabs, as many people type them."""
    d = python_docx.Document()
    for text in (
        "BỘ TÀI CHÍNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "\t\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 15/QĐ-BTC\t\tHà Nội, ngày 10 tháng 01 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế làm việc",
        "BỘ TRƯỞNG BỘ TÀI CHÍNH",
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "Điều 2. Quyết định này có hiệu lực từ ngày ký.",
        "Nơi nhận:\t\tBỘ TRƯỞNG",
        "- Như Điều 2;",
        "- Lưu: VT, VP.\t\tNguyễn Văn C",
    ):
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    found = docx.blocks(buf.getvalue()).blocks
    assert [piece for _, piece in found[0].segments] == ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    doc = docx.loads(buf.getvalue())
    h = doc.header
    assert (h.issuing_body, h.national_title, h.motto) == (
        "BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    assert str(h.number) == "15/QĐ-BTC" and h.issue_date is not None and h.issue_date.day == 10
    assert doc.preamble.authority == "BỘ TRƯỞNG BỘ TÀI CHÍNH" and doc.preamble.formula == "QUYẾT ĐỊNH:"
    assert [s.label for s in doc.sections] == ["Điều 1", "Điều 2"]
    assert doc.signature is not None and (doc.signature.title, doc.signature.name) == ("BỘ TRƯỞNG", "Nguyễn Văn C")
    assert doc.recipients is not None and [r.text for r in doc.recipients.items] == ["Như Điều 2;", "Lưu: VT, VP."]


def test_theme_fonts_are_resolved() -> None:
    d = python_docx.Document()  # Word's template: the body font comes from the theme
    d.add_paragraph("Nội dung")
    buf = io.BytesIO()
    d.save(buf)
    layout = docx.blocks(buf.getvalue()).blocks[0].layout
    assert layout is not None and layout.font not in (None, "Times New Roman")
    assert not layout.font.startswith("@")


def test_layout_rules_pass_on_what_vnadmin_writes_and_fail_on_a_default_word_file() -> None:
    import vnadmin
    from test_docx_samples import SAMPLES

    for name, make in SAMPLES.items():
        back = docx.loads(docx.dumps(make()))
        layout = [f.code for f in vnadmin.validate(back) if f.code.startswith("L")]
        assert layout == [], (name, layout)
    word = docx.loads(_word_file())  # Letter paper, Word's margins and theme font
    codes = {f.code for f in vnadmin.validate(word) if f.code.startswith("L")}
    assert {"L001", "L002", "L003"} <= codes


def test_a_word_file_reads_the_same_on_the_fast_and_the_general_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word's template states formatting on every run (w:rPr) and numbers lists through
    numbering.xml: the fast path for the common paragraph gives the general path's blocks."""
    from vnadmin.docx.reader import _Reader

    data = _word_file()
    fast = docx.blocks(data)
    monkeypatch.setattr(_Reader, "fast_paths", False)
    general = docx.blocks(data)
    assert fast == general and repr(fast) == repr(general)
    assert [b.text for b in fast.blocks][:2] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]


def test_lines_pasted_from_a_pdf_one_paragraph_each_run_on() -> None:
    # Text copied from a PDF into Word keeps each printed line a paragraph of its own.
    d = python_docx.Document()
    for text in (
        "BÁO CÁO",
        "Kết quả thực hiện năm 2025",
        "Thực hiện Quyết định số",  # ends on "số": the number follows
        "1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng, Sở báo cáo như sau:",
        "Các cơ quan, đơn vị phối hợp với",  # ends on a word that needs what follows
        "Sở Tài chính thực hiện các nhiệm vụ",
        "trên địa bàn tỉnh.",  # lower case after a sentence that does not end
        "Nội dung thứ hai được triển khai đúng tiến độ.",
        "Nội dung thứ ba chưa hoàn thành.",  # a new sentence after one that ends
    ):
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    doc = docx.loads(buf.getvalue())
    got = [p.text for p in doc.paragraphs()]
    assert got == [
        "Thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng, Sở báo cáo như sau:",
        "Các cơ quan, đơn vị phối hợp với Sở Tài chính thực hiện các nhiệm vụ trên địa bàn tỉnh.",
        "Nội dung thứ hai được triển khai đúng tiến độ.",
        "Nội dung thứ ba chưa hoàn thành.",
    ]
    assert [str(c.number) for c in next(doc.paragraphs()).citations] == ["1074/QĐ-BXD"]
