"""The docx reader's blocks, from files shaped like Word and LibreOffice output."""

from __future__ import annotations

import pytest
from lxml import etree

from vnadmin.docx import blocks, dumps
from vnadmin.docx.oxml import CT, RT
from vnadmin.docx.package import write_package
from vnadmin.docx.parts import content_types, relationships

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECL = f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _xml(text: str) -> bytes:
    return etree.tostring(etree.fromstring(text.encode("utf-8")), xml_declaration=True, encoding="UTF-8")


def make_docx(body: str, *, numbering: str | None = None, footnotes: str | None = None,
              styles: str | None = None) -> bytes:
    """A package whose main part has ``body`` (WordprocessingML inside w:body)."""
    rels = []
    overrides = [("word/document.xml", CT.DOCUMENT)]
    parts = {"word/document.xml": _xml(f"<w:document {DECL}><w:body>{body}</w:body></w:document>")}
    for name, kind, content, ctype in (
        ("numbering.xml", RT.NUMBERING, numbering, "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
        ("footnotes.xml", RT.FOOTNOTES, footnotes, CT.FOOTNOTES),
        ("styles.xml", RT.STYLES, styles, CT.STYLES),
    ):
        if content is not None:
            rels.append((f"rId{len(rels) + 1}", kind, name))
            overrides.append((f"word/{name}", ctype))
            root = {"numbering.xml": "w:numbering", "footnotes.xml": "w:footnotes", "styles.xml": "w:styles"}[name]
            parts[f"word/{name}"] = _xml(f"<{root} {DECL}>{content}</{root}>")
    parts["word/_rels/document.xml.rels"] = etree.tostring(relationships(rels))
    parts["_rels/.rels"] = etree.tostring(relationships([("rId1", RT.OFFICE_DOCUMENT, "word/document.xml")]))
    parts["[Content_Types].xml"] = etree.tostring(content_types(overrides))
    return write_package(parts)


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def texts(data: bytes) -> list[str]:
    return [b.text for b in blocks(data).blocks]


NUMBERING = """
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf02d"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="3"/>
  <w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
"""


def num(level: int, num_id: int = 1) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def test_word_list_numbering_becomes_the_label_word_displays() -> None:
    body = "".join([
        p("Khái quát", num(0)), p("Công tác chỉ đạo", num(1)), p("nội dung một;", num(2)),
        p("nội dung hai.", num(2)), p("gạch đầu dòng", num(3)), p("Tiểu mục", num(4)),
        p("Kết quả", num(0)), p("Lại từ đầu", num(1)), p("Bắt đầu từ năm", num(1, 2)),
        p("Không đánh số", num(1, 0)),
    ])
    assert texts(make_docx(body, numbering=NUMBERING)) == [
        "I. Khái quát", "1. Công tác chỉ đạo", "a) nội dung một;", "b) nội dung hai.", "- gạch đầu dòng",
        "1.1. Tiểu mục", "II. Kết quả", "1. Lại từ đầu", "5. Bắt đầu từ năm", "Không đánh số",
    ]


def test_numbering_from_the_paragraph_style() -> None:
    styles = f"""<w:style w:type="paragraph" w:styleId="ListRoman"><w:name w:val="List Roman"/>
      <w:pPr>{num(0)}</w:pPr></w:style>"""
    body = p("Một", '<w:pStyle w:val="ListRoman"/>') + p("Hai", '<w:pStyle w:val="ListRoman"/>')
    assert texts(make_docx(body, numbering=NUMBERING, styles=styles)) == ["I. Một", "II. Hai"]


def test_soft_line_breaks_split_lines_and_table_cells_keep_their_place() -> None:
    cell_left = "<w:p><w:r><w:t>ỦY BAN NHÂN DÂN TỈNH</w:t><w:br/><w:t>QUẢNG NGÃI</w:t></w:r></w:p>"
    cell_right = p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rpr="<w:b/>")
    body = (f"<w:tbl><w:tr><w:tc>{cell_left}</w:tc><w:tc>{cell_right}</w:tc></w:tr>"
            f"<w:tr><w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr>{p('Dòng gộp')}</w:tc></w:tr></w:tbl>"
            + p("Sau bảng"))
    got = blocks(make_docx(body)).blocks
    assert [(b.text, b.table, b.row, b.column) for b in got] == [
        ("ỦY BAN NHÂN DÂN TỈNH", 0, 0, 0), ("QUẢNG NGÃI", 0, 0, 0),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0, 0, 1), ("Dòng gộp", 0, 1, 0), ("Sau bảng", None, None, None),
    ]
    assert got[2].layout is not None and got[2].layout.bold is True
    assert got[1].blank_before is False  # a soft break continues the paragraph


def test_tab_separated_header_lines_keep_their_columns() -> None:
    body = ("<w:p><w:r><w:t>BỘ TÀI CHÍNH</w:t><w:tab/><w:tab/><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>"
            "<w:p><w:r><w:tab/><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p>")
    got = blocks(make_docx(body)).blocks
    assert got[0].text == "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [piece for _, piece in got[0].segments] == ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert got[0].segments[0][0] == 0 and got[0].segments[1][0] >= 28
    assert got[1].segments and got[1].segments[0][0] >= 28


def test_text_boxes_deleted_text_and_field_codes_are_left_out() -> None:
    box = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    body = (f"<w:p><w:r><w:t>Trang </w:t></w:r>{box}"
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>3</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
            "<w:del><w:r><w:delText>cũ</w:delText></w:r></w:del><w:ins><w:r><w:t> mới</w:t></w:r></w:ins></w:p>")
    found = blocks(make_docx(body))
    assert [b.text for b in found.blocks] == ["Trang 3 mới"]
    assert [n.code for n in found.notes] == ["ignored"] and "DỰ THẢO" in found.notes[0].message


def test_decorative_rules_are_dropped_with_a_note() -> None:
    found = blocks(make_docx(p("CHÍNH PHỦ") + p("_______") + p("Số: 30/2020/NĐ-CP") + p("- - - -")
                             + p("- Nội dung;") + p("*") + p("-")))
    assert [b.text for b in found.blocks] == ["CHÍNH PHỦ", "Số: 30/2020/NĐ-CP", "- Nội dung;", "-"]
    assert [n.code for n in found.notes] == ["ignored"] * 3


def test_footnote_references_and_texts() -> None:
    body = ("<w:p><w:r><w:t>Kế hoạch</w:t></w:r><w:r><w:footnoteReference w:id='2'/></w:r>"
            "<w:r><w:t xml:space='preserve'> và quyết định</w:t></w:r>"
            "<w:r><w:footnoteReference w:customMarkFollows='1' w:id='3'/><w:t>*</w:t></w:r>"
            "<w:r><w:t>.</w:t></w:r></w:p>")
    notes = ("<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
             "<w:footnote w:id='2'><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space='preserve'> Kế hoạch số 1.</w:t></w:r></w:p></w:footnote>"
             "<w:footnote w:id='3'><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space='preserve'> Quyết định số 2.</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>Dòng hai.</w:t></w:r></w:p></w:footnote>")
    found = blocks(make_docx(body, footnotes=notes)).blocks
    assert found[0].text == "Kế hoạch và quyết định."
    assert found[0].footnote_refs == (("1", 8), ("*", 22))
    assert [(b.kind, b.footnote_marker, b.text) for b in found[1:]] == [
        ("footnote", "1", "Kế hoạch số 1."), ("footnote", "*", "* Quyết định số 2.\nDòng hai."),
    ]


def test_layout_hints_resolve_styles_and_direct_formatting() -> None:
    styles = """<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="Tên loại"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>"""
    body = p("QUYẾT ĐỊNH", '<w:pStyle w:val="Title1"/>') + p("Nội dung", '<w:ind w:firstLine="720"/>', "<w:i/><w:u w:val='single'/>")
    a, b = blocks(make_docx(body, styles=styles)).blocks
    assert a.layout is not None and b.layout is not None
    assert (a.layout.bold, a.layout.size, a.layout.alignment, a.layout.style, a.layout.font) == (
        True, 13.0, "center", "Tên loại", "Times New Roman")
    assert (b.layout.bold, b.layout.italic, b.layout.size, b.layout.first_line_indent_cm, b.layout.style) == (
        False, True, 14.0, 1.27, "Normal")
    assert (a.layout.underline, b.layout.underline) == (False, True)


def test_page_setup_and_paragraph_origins() -> None:
    sect = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
            '<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1985"/></w:sectPr>')
    found = blocks(make_docx(p("") + p("Một") + p("Hai") + sect))
    assert found.page is not None
    assert (found.page.width_mm, found.page.height_mm, found.page.orientation) == (297.0, 210.0, "landscape")
    assert (found.page.margin_top_mm, found.page.margin_left_mm, found.page.margin_right_mm) == (25.0, 35.0, 20.0)
    assert [b.origin.paragraph for b in found.blocks] == [1, 2]
    assert found.blocks[0].blank_before is True


def test_written_files_give_the_blocks_the_recogniser_needs() -> None:
    from test_docx_samples import decision

    got = blocks(dumps(decision())).blocks
    cells = [(b.text, b.row, b.column) for b in got if b.table == 0]
    assert cells[:2] == [("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", 0, 0), ("SỞ NỘI VỤ", 0, 0)]
    assert ("Quảng Ngãi, ngày 05 tháng 01 năm 2025", 1, 1) in cells
    styles = [b.layout.style for b in got if b.layout is not None]
    assert "VN Document Type" in styles and "VN Signer Name" in styles
    assert all(b.blank_before for b in got if b.table is None)


def test_hidden_and_white_text_is_not_read() -> None:
    body = ("<w:p><w:r><w:rPr><w:color w:val='FFFFFF'/></w:rPr><w:t>[</w:t></w:r>"
            "<w:r><w:t xml:space='preserve'> (Đã ký)</w:t></w:r>"
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>")
    assert texts(make_docx(body)) == ["(Đã ký)"]


def test_numbering_of_word_default_template_lists() -> None:
    """python-docx builds on Word's own default template: its List Number and List
    Bullet styles number through numbering.xml (bullets in the Symbol font)."""
    import io

    python_docx = pytest.importorskip("docx")
    d = python_docx.Document()
    for line in ("Khái quát", "Kết quả"):
        d.add_paragraph(line, style="List Number")
    d.add_paragraph("Tuyên truyền", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    assert texts(buf.getvalue()) == ["1. Khái quát", "2. Kết quả", "• Tuyên truyền"]


def test_empty_list_items_still_count_and_refs_before_a_break_stay() -> None:
    body = p("Một", num(1)) + p("", num(1)) + p("Ba", num(1))
    assert texts(make_docx(body, numbering=NUMBERING)) == ["1. Một", "3. Ba"]
    body = ("<w:p><w:r><w:t>Dòng một</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r>"
            "<w:r><w:br/><w:t>Dòng hai</w:t></w:r></w:p>")
    notes = "<w:footnote w:id='1'><w:p><w:r><w:t>Chú thích.</w:t></w:r></w:p></w:footnote>"
    found = blocks(make_docx(body, footnotes=notes)).blocks
    assert [(b.text, b.footnote_refs) for b in found[:2]] == [("Dòng một", (("1", 8),)), ("Dòng hai", ())]


# -- fast paths: the same blocks as the general path ------------------------------------------

# Paragraph shapes the fast path reads itself, and ones it hands over (each next to the
# shape it differs from): run properties, a character style, hidden and white runs, a
# w:rPr that is not first, bookmarks and proofing marks between runs, a w:pPr that is not
# first, empty and blank paragraphs, numbering labels, rules, tabs, breaks, references,
# hyperlinks, fields, a table with a spanned cell.
_SHAPES = "".join([
    p("Một đoạn văn thường."), p("Đoạn có kiểu", '<w:pStyle w:val="Title1"/>'),
    p("Đoạn căn giữa", '<w:pStyle w:val="Title1"/><w:jc w:val="center"/>'),
    p("Tiếp tục căn giữa", '<w:pStyle w:val="Title1"/><w:jc w:val="center"/>'),
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>nghiêng</w:t></w:r>"
    "<w:r><w:t xml:space='preserve'>  </w:t></w:r></w:p>",
    "<w:p><w:r><w:rPr><w:rStyle w:val='Strong'/></w:rPr><w:t>Kiểu ký tự</w:t></w:r></w:p>",
    "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:t>hiện</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Trước</w:t><w:rPr><w:b/></w:rPr><w:t> sau</w:t></w:r></w:p>",
    "<w:p><w:bookmarkStart w:id='0' w:name='a'/><w:r><w:t>Dấu trang</w:t></w:r><w:proofErr w:type='spellStart'/>"
    "<w:r><w:lastRenderedPageBreak/><w:t> và lỗi</w:t></w:r><w:bookmarkEnd w:id='0'/></w:p>",
    "<w:p><w:r><w:t>Thuộc tính sau</w:t></w:r><w:pPr><w:jc w:val='center'/></w:pPr></w:p>",
    "<w:p/>", p(""), p("   "), p("Mục một", num(0)), p("", num(1)), p("Mục ba", num(1)),
    p("_______"), p("*"), p("- - -"),
    "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>Dòng hai</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Tham chiếu</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r></w:p>",
    "<w:p><w:hyperlink><w:r><w:t>Liên kết</w:t></w:r></w:hyperlink></w:p>",
    "<w:p><w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:t>Sau trường</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Tho\u0302ng\u00a0tin</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val='Hidden'/></w:pPr><w:r><w:t>Kiểu ẩn</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val='Hidden'/></w:pPr><w:r><w:t>Kiểu ẩn lần hai</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val='Title1'/></w:pPr><w:r><w:t>Tie\u0302u đe\u0302\u0300</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val='Title1'/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Nghiêng</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val='Title1'/></w:pPr><w:r><w:t xml:space='preserve'>   </w:t></w:r></w:p>",
    "<w:tbl><w:tr><w:tc>" + p("Ô một") + "</w:tc><w:tc>" + p("Ô hai", rpr="<w:b/>") + "</w:tc></w:tr>"
    "<w:tr><w:tc><w:tcPr><w:gridSpan w:val='2'/></w:tcPr>" + p("Ô gộp") + "</w:tc></w:tr></w:tbl>",
    p("Sau bảng"),
])
_SHAPE_STYLES = """<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="Tên loại"/><w:basedOn w:val="Normal"/>
    <w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Hidden"><w:name w:val="Ẩn"/><w:rPr><w:vanish/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>"""
_SHAPE_NOTES = "<w:footnote w:id='1'><w:p><w:r><w:t>Chú thích.</w:t></w:r></w:p></w:footnote>"


def _packages() -> list[bytes]:
    from pathlib import Path

    from test_docx_samples import annex, cong_van, decision, party, report

    out = [make_docx(_SHAPES, numbering=NUMBERING, styles=_SHAPE_STYLES, footnotes=_SHAPE_NOTES)]
    out += [dumps(d()) for d in (report, decision, cong_van, party, annex)]
    seed = Path(__file__).resolve().parent.parent / "examples" / "seed-report.docx"
    if seed.is_file():
        out.append(seed.read_bytes())
    return out


def _general_path_blocks(data: bytes, monkeypatch: pytest.MonkeyPatch) -> object:
    from vnadmin.docx.reader import _Reader

    with monkeypatch.context() as m:
        m.setattr(_Reader, "fast_paths", False)
        return blocks(data)


@pytest.mark.parametrize("k", range(7))
def test_fast_paths_give_the_general_paths_blocks(k: int, monkeypatch: pytest.MonkeyPatch) -> None:
    packages = _packages()
    if k >= len(packages):
        pytest.skip("examples/seed-report.docx is absent")
    fast, general = blocks(packages[k]), _general_path_blocks(packages[k], monkeypatch)
    assert fast == general and repr(fast) == repr(general)
    assert fast.blocks


def test_fast_paths_on_the_shapes_they_read_and_hand_over() -> None:
    found = blocks(make_docx(_SHAPES, numbering=NUMBERING, styles=_SHAPE_STYLES, footnotes=_SHAPE_NOTES))
    got = [b.text for b in found.blocks]
    assert got[:8] == ["Một đoạn văn thường.", "Đoạn có kiểu", "Đoạn căn giữa", "Tiếp tục căn giữa", "Đậm nghiêng",
                       "Kiểu ký tự", "hiện", "Trước sau"]
    assert found.blocks[3].blank_before is False and found.blocks[2].blank_before is True
    assert "Thông tin" in got and "I. Mục một" in got and "2. Mục ba" in got and "Sau trường" in got
    assert "Tiêu đề" in got and "Nghiêng" in got and not any("Kiểu ẩn" in t for t in got)
    assert found.blocks[5].layout is not None and found.blocks[5].layout.bold is True


def test_corpus_fast_paths_give_the_general_paths_blocks(corpus_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    files = sorted(corpus_dir.glob("*.docx"))
    if not files:
        pytest.skip("the corpus holds no .docx")
    for path in files:
        data = path.read_bytes()
        fast, general = blocks(data), _general_path_blocks(data, monkeypatch)
        assert fast == general and repr(fast) == repr(general), path.name


def test_blocks_with_origins_made_when_asked_equal_the_constructors() -> None:
    import attrs

    from vnadmin.model.origin import Origin
    from vnadmin.text.blocks import Block

    seen = 0
    for data in _packages():
        for b in blocks(data).blocks:
            layout = b.layout  # read before the origin is made
            attrs.validate(b.origin)
            assert type(b.origin) is Origin and b.origin is b.origin and b.origin.layout is layout
            origin = Origin(**{f.name: getattr(b.origin, f.name) for f in attrs.fields(Origin)})
            built = Block(**{name: getattr(b, name) for name in Block.__match_args__} | {"origin": origin})
            assert b == built and repr(b) == repr(built) and hash(b) == hash(built)
            if b.kind == "line":
                assert b.origin.paragraph is not None and b.origin.line is None
                seen += 1
    assert seen > 20


def test_zip_entries_read_from_the_buffer_are_what_zipfile_reads() -> None:
    import io
    import struct
    import zipfile

    from vnadmin.docx.package import _read_entry

    stored = io.BytesIO()
    with zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", "<a>Văn bản</a>")
        zf.writestr("tệp/ghi chú.xml", "<b/>")
        zf.writestr("empty.xml", b"")
    for data in [*_packages(), stored.getvalue()]:
        zf = zipfile.ZipFile(io.BytesIO(data))
        for info in zf.infolist():
            assert _read_entry(data, info) == zf.read(info), info.filename
    # Anything not intact is left to zipfile (which reports it): a damaged stream, a CRC
    # that does not match, a size that lies, a truncated file, an encrypted entry.
    data = dumps(__import__("test_docx_samples").report())
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra)
    damaged = bytearray(data)
    damaged[start + info.compress_size // 2] ^= 0xFF
    assert _read_entry(bytes(damaged), info) is None
    for field, value in (("CRC", info.CRC ^ 1), ("file_size", info.file_size - 1), ("file_size", info.file_size + 1),
                         ("flag_bits", info.flag_bits | 1), ("compress_type", zipfile.ZIP_BZIP2)):
        liar = zipfile.ZipInfo(info.filename)
        for name in ("header_offset", "compress_size", "file_size", "CRC", "flag_bits", "compress_type", "orig_filename"):
            setattr(liar, name, getattr(info, name))
        setattr(liar, field, value)
        assert _read_entry(data, liar) is None, field
    assert _read_entry(data[: start + 10], info) is None
    renamed = bytearray(data)
    struct.pack_into("<B", renamed, info.header_offset + 30, ord("W"))
    assert _read_entry(bytes(renamed), info) is None


def test_the_odd_character_check_matches_the_repair_pattern_on_every_character() -> None:
    from vnadmin.docx.reader import _NEEDS_REPAIR, _has_odd

    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        assert _has_odd(ch) == (_NEEDS_REPAIR.search(ch) is not None), hex(code)
        assert _has_odd("Văn bản " + ch) == (_NEEDS_REPAIR.search(ch) is not None), hex(code)


def test_run_properties_and_their_character_style_in_one_pass() -> None:
    from vnadmin.docx.stylemap import Props, run_props, run_props_and_style

    def rpr(inner: str) -> etree._Element:
        return etree.fromstring(f"<w:rPr {DECL}>{inner}</w:rPr>")

    cases = {
        "": (Props(), None),
        "<w:rStyle w:val='A'/><w:b/>": (Props(bold=True), "A"),
        "<w:b w:val='0'/><w:rStyle w:val='B'/><w:rStyle w:val='C'/>": (Props(bold=False), "B"),
        "<w:rStyle/><w:i/>": (Props(italic=True), None),
        "<w:vanish/><w:color w:val='ffffff'/><w:sz w:val='x'/>": (Props(hidden=True), None),
        "<w:color w:val='FFFFFF'/><w:vanish w:val='off'/><w:caps/><w:u/>": (Props(hidden=False, caps=True, underline=True),
                                                                           None),
        "<w:rFonts w:asciiTheme='minorHAnsi'/><w:sz w:val='27'/><w:bCs/>": (Props(font="@minorHAnsi", size=13.5), None),
    }
    for inner, want in cases.items():
        assert run_props_and_style(rpr(inner)) == want, inner
        assert run_props(rpr(inner)) == want[0]
    assert run_props_and_style(None) == (Props(), None)


def test_numbering_levels_read_once_on_first_use_take_each_first_setting() -> None:
    from vnadmin.docx.numbering import Numbering

    part = etree.fromstring(
        f"<w:numbering {DECL}>"
        "<w:abstractNum w:abstractNumId='1'><w:lvl w:ilvl='0'><w:numFmt w:val='lowerLetter'/>"
        "<w:numFmt w:val='upperRoman'/><w:lvlText w:val='%1)'/><w:lvlText w:val='%1.'/><w:start w:val='3'/>"
        "<w:suff w:val='nothing'/></w:lvl></w:abstractNum>"
        "<w:abstractNum w:abstractNumId='2'><w:lvl w:ilvl='x'/><w:lvl w:ilvl='0'><w:start w:val='?'/></w:lvl>"
        "</w:abstractNum>"
        "<w:num w:numId='5'><w:abstractNumId w:val='1'/></w:num><w:num w:numId='6'><w:abstractNumId w:val='2'/></w:num>"
        "<w:num w:numId='7'><w:abstractNumId w:val='9'/></w:num></w:numbering>")
    n = Numbering(part)
    assert [n.label("5", 0) for _ in range(2)] == ["c)", "d)"]
    assert n.label("6", 0) is None  # an empty level text: counted, not shown
    assert n.label("7", 0) is None  # an abstract list that is not there


def test_an_encrypted_zip_entry_is_refused_with_docx_error() -> None:
    import io
    import struct
    import zipfile

    from test_docx_samples import report
    from vnadmin.errors import DocxError

    data = bytearray(dumps(report()))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    struct.pack_into("<H", data, info.header_offset + 6, info.flag_bits | 1)  # local header
    pos = bytes(data).find(b"PK\x01\x02")
    while pos >= 0:  # and the central directory
        if bytes(data[pos + 46: pos + 46 + len(b"word/document.xml")]) == b"word/document.xml":
            struct.pack_into("<H", data, pos + 8, info.flag_bits | 1)
        pos = bytes(data).find(b"PK\x01\x02", pos + 4)
    with pytest.raises(DocxError, match="encrypted"):
        blocks(bytes(data))


def test_a_damaged_lzma_zip_entry_is_refused_with_docx_error() -> None:
    import io
    import zipfile

    from test_docx_samples import report
    from vnadmin.errors import DocxError

    src = zipfile.ZipFile(io.BytesIO(dumps(report())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            method = zipfile.ZIP_LZMA if info.filename == "word/document.xml" else zipfile.ZIP_DEFLATED
            zf.writestr(info.filename, src.read(info), compress_type=method)
    data = bytearray(out.getvalue())
    assert blocks(bytes(data)).blocks  # an intact LZMA entry reads (through zipfile)
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 4, start + 60):
        data[k] ^= 0x55
    with pytest.raises(DocxError, match="cannot read the zip entry"):
        blocks(bytes(data))
