"""The shared recogniser, component by component, on small texts shaped like real ones."""

from __future__ import annotations

import pytest

import vnadmin
from vnadmin.model.sections import Paragraph, Section
from vnadmin.text import dumps, loads
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import recognise

CONG_VAN_LAYOUT = """\
CỤC THUẾ TP HÀ NỘI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                              Độc lập - Tự do - Hạnh phúc
Số : 624 /CT-TTHT              Hà Nội, ngày 30tháng10năm 2013
V/v chính sách thuế

Kính gửi: Công ty TNHH ABC.

Trả lời công văn số 12/CV ngày 01/10/2013 của Công ty, Cục Thuế có ý kiến như sau:

Nơi nhận:                                   KT. CỤC TRƯỞNG
- Như trên;                                 PHÓ CỤC TRƯỞNG
- Lưu: VT, TTHT.
                                            (Đã ký)
                                            Nguyễn Văn A
"""

DECISION = """\
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/QĐ-UBND
Lào Cai, ngày 05 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

1. Thành lập Tổ công tác.

a) Tổ trưởng là Giám đốc Sở;

b) các thành viên khác.

Điều 2. Quyết định có hiệu lực từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B
"""


def test_cong_van_from_a_layout_extraction() -> None:
    doc = loads(CONG_VAN_LAYOUT, source="cv.txt")
    h = doc.header
    assert h.issuing_body == "CỤC THUẾ TP HÀ NỘI"
    assert h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert h.motto == "Độc lập - Tự do - Hạnh phúc"
    assert h.doc_type == vnadmin.doctypes.cong_van()
    assert h.number is not None and h.number.style == "cong_van"
    assert (h.number.issuers, h.number.unit, str(h.number)) == (("CT",), "TTHT", "624/CT-TTHT")
    assert h.issue_date is not None and h.issue_date.as_date().isoformat() == "2013-10-30"
    assert h.summary == "chính sách thuế"
    assert doc.addressees is not None and doc.addressees.label == "Kính gửi:"
    assert [r.text for r in doc.addressees] == ["Công ty TNHH ABC."]
    s = doc.signature
    assert s is not None
    assert (s.authority, s.principal, s.title, s.name) == ("KT.", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "Nguyễn Văn A")
    assert s.remarks == ("(Đã ký)",)
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients] == ["Như trên;", "Lưu: VT, TTHT."]
    origin = h.origin_of("issue_date")
    assert origin is not None and (origin.source, origin.line) == ("cv.txt", 3)


def test_header_table_flattened_with_bars() -> None:
    """A header table copied from a web page: the cells of each row on one line, each
    ended by a bar. The bars are borders, never part of a name."""
    doc = loads(
        "BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 14447/BTC-ĐT | Hà Nội, ngày 29 tháng 12 năm 2023 |\n"
        "Kính gửi: Thủ tướng Chính phủ.\n"
        "Bộ Tài chính báo cáo như sau:\n"
    )
    h = doc.header
    assert (h.issuing_body, h.national_title, str(h.number)) == (
        "BỘ TÀI CHÍNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "14447/BTC-ĐT",
    )
    assert h.issue_date is not None and h.issue_date.as_date().isoformat() == "2023-12-29"
    assert doc.notes == ()  # no bar left over as noise
    # a bar inside a name that is not at its ends stays (nothing else changes)
    assert loads("SỞ A|B\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").header.issuing_body == "SỞ A|B"


def test_signature_without_authority_after_a_short_decision() -> None:
    """A title and a name closing the text are the signature only when nothing but titles
    and remarks stands between them: the enacting formula in capitals a few lines up is
    not the signer's title (Hypothesis found the decision below read wrong)."""
    doc = loads(
        "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 10/QĐ-SNV\nLai Châu, ngày 01 tháng 01 năm 2010\n\n"
        "QUYẾT ĐỊNH\nVề việc triển khai các nhiệm vụ chuyển đổi số năm 2010\n\nGIÁM ĐỐC SỞ NỘI VỤ\n\n"
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;\n\n"
        "Theo đề nghị của Chánh Văn phòng.\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phạm vi điều chỉnh\n\nSở đã triển khai các nhiệm vụ chuyển đổi số.\n\n"
        "GIÁM ĐỐC\nNguyễn Văn An\n"
    )
    assert doc.preamble.formula == "QUYẾT ĐỊNH:"
    assert doc.signature is not None
    assert (doc.signature.title, doc.signature.name, doc.signature.intermediate) == ("GIÁM ĐỐC", "Nguyễn Văn An", ())
    [article] = doc.body
    assert isinstance(article, Section) and article.label == "Điều 1"
    assert [p.text for p in article.children] == ["Sở đã triển khai các nhiệm vụ chuyển đổi số."]
    assert not [n for n in doc.notes if n.code == "unrecognised"]


def test_decision_preamble_and_sections() -> None:
    doc = loads(DECISION)
    pre = doc.preamble
    assert pre.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"
    assert [p.text[:12] for p in pre.bases] == ["Căn cứ Luật ", "Theo đề nghị"]
    assert pre.formula == "QUYẾT ĐỊNH:"
    chapter = doc.sections[0]
    assert (chapter.label, chapter.heading) == ("Chương I", "QUY ĐỊNH CHUNG")
    art1, art2 = chapter.sections
    assert (art1.label, art1.heading, art1.marker) == ("Điều 1", "Phạm vi điều chỉnh", "Điều 1.")
    clause = art1.sections[0]
    assert clause.label == "1" and clause.heading is None
    assert clause.children[0] == Paragraph("Thành lập Tổ công tác.")
    assert [s.label for s in clause.sections] == ["a", "b"]
    assert art2.heading is None and art2.paragraphs()[0].text == "Quyết định có hiệu lực từ ngày ký."
    s = doc.signature
    assert s is not None and s.authority == "TM." and s.intermediate == ("KT. CHỦ TỊCH",)
    assert (s.title, s.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn B")
    assert vnadmin.text.loads(vnadmin.text.dumps(doc)) == doc


def test_theo_de_nghi_is_a_body_paragraph_in_a_report() -> None:
    doc = loads("Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\nTheo đề nghị của Sở Nội vụ, Ủy ban báo cáo như sau:\n")
    assert not doc.preamble
    assert doc.body == (Paragraph("Theo đề nghị của Sở Nội vụ, Ủy ban báo cáo như sau:"),)


@pytest.mark.parametrize(
    ("line", "expected", "style"),
    [
        ("Số: /BC-SKHCHN", "/BC-SKHCHN", "administrative"),
        ("Số : 624 /CT-TTHT", "624/CT-TTHT", "administrative"),
        ("Số 60-NQ/TW", "60-NQ/TW", "party"),
        ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP", "legal"),
        ("Số: 2463 /QĐ - UBND", "2463/QĐ-UBND", "administrative"),
        ("Số: 69.262 /CT-TTHT", "69262/CT-TTHT", "administrative"),
        ("Luật số: /2025/QH15", "/2025/QH15", "legal"),
        ("Số: 1421/QD-BTC", "1421/QĐ-BTC", "administrative"),
        ("số: 05/BC-SKHCN", "05/BC-SKHCN", "administrative"),  # the label typed in lower case
    ],
)
def test_number_forms(line: str, expected: str, style: str) -> None:
    h = loads(line + "\n").header
    assert h.number is not None
    assert (str(h.number), h.number.style) == (expected, style)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Quảng Ngãi, ngày tháng 3 năm 2025", ("Quảng Ngãi", None, 3, 2025)),
        ("Hà Nội, ngày 30tháng10năm 2013", ("Hà Nội", 30, 10, 2013)),
        ("Lào Cai, ngày 10 tháng 01năm 2026", ("Lào Cai", 10, 1, 2026)),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", ("Thành phố Hồ Chí Minh", 29, 6, 2019)),
        ("Lai Châu, ngày tháng năm 2025", ("Lai Châu", None, None, 2025)),
        # in figures, against Phụ lục I: read, with a note that it was rewritten
        ("Quảng Ngãi, ngày 05/3/2025", ("Quảng Ngãi", 5, 3, 2025)),
        ("TP. Hồ Chí Minh, ngày 29-6-2019.", ("TP. Hồ Chí Minh", 29, 6, 2019)),
        ("Hà Nội, ngày 01.02.2024", ("Hà Nội", 1, 2, 2024)),
    ],
)
def test_place_and_date(line: str, parts: tuple[object, ...]) -> None:
    d = loads(f"Số: 01/KH-UBND\n{line}\n").header.issue_date
    assert d is not None
    assert (d.place, d.day, d.month, d.year) == parts


def test_a_place_and_date_line_in_figures_is_read_with_a_note() -> None:
    doc = loads("Số: 01/KH-UBND\nQuảng Ngãi, ngày 05/3/2025\n\nKẾ HOẠCH\nTriển khai\n\nNội dung.\n")
    assert doc.header.issue_date is not None and doc.header.issue_date.as_date() is not None
    assert [n.code for n in doc.notes] == ["repaired"]
    assert "05/3/2025" in doc.notes[0].message


@pytest.mark.parametrize(
    "line",
    [
        "V/v thực hiện Công văn số 123/BTC, ngày 05/3/2025",  # a summary citing a document
        "V/v thực hiện Công văn số 123/BTC ngày 05/3/2025",
        "(Kèm theo Quyết định số 05/QĐ-UBND, ngày 05/3/2025)",
        "Quảng Ngãi, ngày 05/3/2025 của UBND tỉnh",  # more after the date: not a date line
        "Quảng Ngãi, ngày 05/3-2025",  # two different separators: not a date
    ],
)
def test_a_date_in_figures_elsewhere_in_the_header_is_not_the_documents(line: str) -> None:
    h = loads(f"UBND TỈNH QUẢNG NGÃI\nSỞ TÀI CHÍNH\nSố: 01/STC-NS\n{line}\n\nNội dung.\n").header
    assert h.issue_date is None


def test_bold_that_puts_the_managing_body_below_the_issuing_body_is_no_guide() -> None:
    # Markdown bold on the managing body's line only: the lines are read in order.
    h = loads("**UBND TỈNH QUẢNG NGÃI**\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 05/BC-SKHCN\n\nBÁO CÁO\nTổng kết\n").header
    assert (h.parent_body, h.issuing_body) == ("UBND TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    # Bold on the issuing body, as Phụ lục I sets it, still tells the two apart.
    h = loads("UBND TỈNH QUẢNG NGÃI\n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\nSố: 05/BC-SKHCN\n\nBÁO CÁO\nTổng kết\n").header
    assert (h.parent_body, h.issuing_body) == ("UBND TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")


def test_flattened_ocr_header_without_diacritics() -> None:
    text = (
        "BỘ TÀI CHÍNH CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TONG CUC THUE Doc lap - Tu do - Hanh phuc\n"
        "Số: 5580/TCT-KK Hà Nội, ngày 02 tháng 12 năm 2016\n"
        "V/v hoàn thuế giá trị gia tăng\n"
        "Kính gửi: Cục Thuế các tỉnh.\n"
    )
    h = loads(text).header
    assert (h.parent_body, h.issuing_body) == ("BỘ TÀI CHÍNH", "TONG CUC THUE")
    assert h.national_title == "CONG HOA XA HOI CHU NGHIA VIET NAM"
    assert h.motto == "Doc lap - Tu do - Hanh phuc"
    assert str(h.number) == "5580/TCT-KK" and h.doc_type == vnadmin.doctypes.cong_van()
    assert h.summary == "hoàn thuế giá trị gia tăng"


def test_party_header_and_signature() -> None:
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 60-NQ/TW\n"
        "Hà Nội, ngày 12 tháng 4 năm 2025\n\nNGHỊ QUYẾT\nHội nghị lần thứ 11\n\nNội dung.\n\n"
        "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\nTô Lâm\n"
    )
    doc = loads(text)
    h = doc.header
    assert h.party_title == "ĐẢNG CỘNG SẢN VIỆT NAM" and h.national_title is None
    assert h.number_label == "Số" and h.doc_type is not None and h.doc_type.system == "party"
    s = doc.signature
    assert s is not None and (s.authority, s.authority_as_written) == ("TM.", "T/M")
    out = vnadmin.text.dumps(doc)
    assert "\nSố 60-NQ/TW\n" in out and "\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\n" in out
    assert vnadmin.text.loads(out) == doc


def test_annex() -> None:
    text = (
        "Phụ lục I\nDANH MỤC TỪ VIẾT TẮT\n"
        "(Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ)\n\n1. Nghị quyết: NQ;\n"
    )
    doc = loads(text)
    h = doc.header
    assert h.doc_type == vnadmin.doctypes.by_name("Phụ lục")
    assert h.annex_label == "Phụ lục I" and h.summary == "DANH MỤC TỪ VIẾT TẮT"
    assert h.attached_to == "Kèm theo Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"
    cite = h.attached_citation
    assert cite is not None and str(cite.number) == "30/2020/NĐ-CP"
    assert vnadmin.text.loads(vnadmin.text.dumps(doc)) == doc


def test_pandoc_tables_and_markup() -> None:
    text = """\
  ----------------------- -----------------------------------------------
    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\
         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\
     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**

   Số: 1654/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*
  ----------------------- -----------------------------------------------

**NGHỊ QUYẾT**

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH

**Điều 1. Sắp xếp**

1\\. Sắp xếp toàn bộ diện tích.
"""
    doc = loads(text)
    h = doc.header
    assert h.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI" and h.parent_body is None
    assert str(h.number) == "1654/NQ-UBTVQH15" and h.issue_date is not None
    assert h.summary == "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH"
    art = doc.sections[0]
    assert art.label == "Điều 1" and art.sections[0].children[0] == Paragraph("Sắp xếp toàn bộ diện tích.")


def test_noise_is_dropped_with_notes_and_unrecognised_lines_kept() -> None:
    text = (
        "Ký bởi: Cổng Thông tin điện tử Chính phủ\nThời gian ký: 25.10.2018 10:56:23 +07:00\n\n"
        "--- PAGE 1 ---\nSố: 01/TB-UBND\n\nTHÔNG BÁO\nKết quả\n\nNội dung thông báo.\n"
    )
    doc = loads(text, source="tb.txt")
    ignored = [n for n in doc.notes if n.code == "ignored"]
    assert len(ignored) == 3
    assert all(n.origin is not None and n.origin.source == "tb.txt" for n in ignored)
    assert doc.body == (Paragraph("Nội dung thông báo."),)

    odd = loads("Số: 01/TB-UBND\n\nTHÔNG BÁO\nKết quả\n\nNội dung.\n\nGIÁM ĐỐC\nNguyễn Văn C\n\nghi chú lạc chỗ\n")
    notes = [n for n in odd.notes if n.code == "unrecognised"]
    assert len(notes) == 1 and notes[0].origin is not None and notes[0].origin.line == 11
    assert odd.body[-1] == Paragraph("ghi chú lạc chỗ")


def test_recognise_works_from_blocks_with_table_cells() -> None:
    blocks = [
        Block("BỘ TÀI CHÍNH", table=0, row=0, column=0),
        Block("Số: 12/BC-BTC", table=0, row=0, column=0),
        Block("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", table=0, row=0, column=1),
        Block("Độc lập - Tự do - Hạnh phúc", table=0, row=0, column=1),
        Block("Hà Nội, ngày 02 tháng 3 năm 2025", table=0, row=0, column=1),
        Block("BÁO CÁO", blank_before=True),
        Block("Tình hình thực hiện"),
        Block("I. Kết quả", blank_before=True),
        Block("Đã hoàn thành.", blank_before=True),
    ]
    doc = recognise(blocks, source="x.docx")
    assert doc.header.issuing_body == "BỘ TÀI CHÍNH"
    assert str(doc.header.number) == "12/BC-BTC"
    assert doc.header.issue_date is not None and doc.header.issue_date.day == 2
    assert doc.sections == (Section("I", "Kết quả", (Paragraph("Đã hoàn thành."),)),)


def test_citations_are_found_in_paragraphs() -> None:
    doc = loads("Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả\n\nThực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.\n")
    cites = doc.body[0].citations  # type: ignore[union-attr]
    assert [str(c.number) for c in cites] == ["30/2020/NĐ-CP"]


def test_bracket_footnotes() -> None:
    doc = loads("Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả\n\nĐã ban hành Kế hoạch[1] thực hiện.\n\n[1] Kế hoạch số 5/KH-UBND.\n")
    p = doc.body[0]
    assert type(p) is Paragraph and p.text == "Đã ban hành Kế hoạch thực hiện."
    assert [(r.marker, r.offset) for r in p.footnote_refs] == [("1", 20)]
    assert [(f.marker, f.text) for f in doc.footnotes] == [("1", "Kế hoạch số 5/KH-UBND.")]


def test_quoted_provisions_stay_paragraphs() -> None:
    doc = loads(
        "Số: 01/TCT-CS\nV/v chính sách thuế\n\nKính gửi: Cục Thuế tỉnh A.\n\n"
        "Căn cứ Điều 6 Thông tư số 152/2015/TT-BTC quy định:\n\n"
        "“Điều 6. Giá tính thuế tài nguyên\n\n1. Giá tính thuế là giá bán.”\n"
    )
    assert doc.header.doc_type == vnadmin.doctypes.cong_van()
    assert not doc.preamble  # a công văn has no enacting formula
    assert doc.body[1] == Paragraph("“Điều 6. Giá tính thuế tài nguyên")
    # the quoted clause, up to the closing mark, is the quoted text's, not a section
    assert doc.body[2] == Paragraph("1. Giá tính thuế là giá bán.”")
    assert doc.sections == ()


def test_a_quotation_over_paragraphs_holds_no_sections() -> None:
    doc = loads(
        "Số: 01/TCT-CS\nV/v chính sách thuế\n\nKính gửi: Cục Thuế tỉnh A.\n\n"
        "1. Về giá tính thuế\n\nTại Điều 4 Thông tư số 195/2015/TT-BTC quy định: “Điều 4. Giá tính thuế\n\n"
        "1. Đối với hàng hóa sản xuất trong nước.\n\na) Giá bán của cơ sở sản xuất.”\n\n"
        "2. Về hồ sơ hoàn thuế\n\nCông ty nộp hồ sơ theo quy định.\n"
    )
    assert [s.label for s in doc.sections] == ["1", "2"]
    first = doc.sections[0]
    assert [p.text for p in first.children[1:]] == ["1. Đối với hàng hóa sản xuất trong nước.", "a) Giá bán của cơ sở sản xuất.”"]


def test_a_quotation_whose_closing_mark_was_lost_takes_nothing() -> None:
    """An opening mark never closed (OCR), or closed only after another quotation opens:
    the lines after it keep their sections."""
    doc = loads(
        "BÁO CÁO\n\nTổng kết\n\nI. KẾT QUẢ\n\nTheo quy định: “Điều 4. Giá tính thuế\n\n"
        "1. Đối với hàng hóa.\n\n2. Đối với dịch vụ.\n\n“Điều 5. Thuế suất.”\n\nII. TỒN TẠI\n\nNội dung.\n"
    )
    assert [s.label for s in doc.sections] == ["I", "II"]
    assert [s.label for s in doc.sections[0].children if hasattr(s, "label")] == ["1", "2"]


def test_ocr_recipient_bullets_and_flattened_footer() -> None:
    text = (
        "Số: 01/TCT-CS\nV/v chính sách thuế\n\nNội dung./.\n\n"
        "TL. TỔNG CỤC TRƯỞNG\nNơi nhận: VỤ TRƯỞNG VỤ CHÍNH SÁCH\n- Như trên;\n~ Lưu VT, CS(4b).\n\nLưu Đức Huy\n"
    )
    doc = loads(text)
    s = doc.signature
    assert s is not None
    assert (s.authority, s.principal, s.title, s.name) == ("TL.", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG VỤ CHÍNH SÁCH", "Lưu Đức Huy")
    assert doc.recipients is not None
    assert [(r.bullet, r.text) for r in doc.recipients] == [("-", "Như trên;"), ("-", "Lưu VT, CS(4b).")]
    assert any(n.code == "repaired" for n in doc.notes)


def test_layout_decision_with_indented_paragraphs() -> None:
    text = (
        "       ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "     TỈNH QUẢNG NGÃI                       Độc lập - Tự do - Hạnh phúc\n\n"
        "   Số: 1234/QĐ-UBND                 Quảng Ngãi, ngày 15 tháng 8 năm 2022\n\n"
        "                              QUYẾT ĐỊNH\n"
        "          Về việc phê duyệt Kế hoạch chuyển đổi số năm 2022\n\n"
        "               CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\n"
        "     Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt\n"
        "Chương trình Chuyển đổi số quốc gia;\n\n"
        "                                 QUYẾT ĐỊNH:\n\n"
        "     Điều 1. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành\n"
        "Quyết định này./.\n\n"
        "Nơi nhận:                                                KT. CHỦ TỊCH\n"
        "- Như Điều 1;                                            PHÓ CHỦ TỊCH\n"
        "- Lưu: VT, KGVX.\n"
        "                                                        Trần Phước Hiền\n"
    )
    doc = loads(text)
    h = doc.header
    assert h.issuing_body == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" and h.parent_body is None
    assert (str(h.number), h.issue_date.day if h.issue_date else None) == ("1234/QĐ-UBND", 15)
    assert doc.preamble.bases[0].text.endswith("phê duyệt Chương trình Chuyển đổi số quốc gia;")
    art = doc.sections[0]
    assert art.heading is None and art.paragraphs()[0].text.endswith("thi hành Quyết định này./.")
    assert doc.signature is not None and doc.signature.name == "Trần Phước Hiền"
    assert doc.recipients is not None and len(doc.recipients) == 2
    assert vnadmin.text.loads(vnadmin.text.dumps(doc)) == doc


def test_a_symbol_cut_at_a_hyphen_by_the_line_end_is_joined_without_a_space() -> None:
    doc = loads(
        "Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\n"
        "Triển khai Nghị định 08/2014/NĐ-\nCP ngày 27/01/2014 của Chính phủ và Thông tư liên tịch số 01/2017/TTLT-BCA-\n"
        "BQP-BTC ngày 29 tháng 12 năm 2017 của Bộ Công an, kinh tế-\nxã hội, theo Quyết định số 05/QĐ-\nUBND.\n"
    )
    (p,) = list(doc.paragraphs())
    assert "08/2014/NĐ-CP ngày" in p.text and "01/2017/TTLT-BCA-BQP-BTC ngày" in p.text
    # the last line, "UBND." alone, is in capitals: a heading, were the symbol not cut
    assert [str(c.number) for c in p.citations] == ["08/2014/NĐ-CP", "01/2017/TTLT-BCA-BQP-BTC", "05/QĐ-UBND"]
    assert all(c.number is not None and c.number.written == str(c.number) for c in p.citations)
    assert all(p.text[c.start : c.end] == c.text for c in p.citations)
    assert "kinh tế- xã hội" in p.text  # no "/" in the word: the hyphen may be the writer's
    codes = {f.code for f in vnadmin.validate(doc)}
    assert "C001" not in codes  # the symbol is whole: no "spaces-in-symbol"


def test_a_joined_symbol_keeps_footnote_references_at_their_place() -> None:
    from vnadmin.model import Origin
    from vnadmin.text.recogniser.paragraphs import Unit

    u = Unit("theo Nghị định 08/2014/NĐ-", Origin())
    u.append("CP quy định", refs=(("1", 2),))  # the reference right after "CP"
    assert u.text == "theo Nghị định 08/2014/NĐ-CP quy định"
    assert u.footnote_refs == (("1", u.text.index("CP") + 2),)
    assert u.length == len(u.text)
    u.append("thêm", refs=(("2", 0),))
    assert u.footnote_refs[-1] == ("2", u.text.index("thêm")) and u.length == len(u.text)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("2. Các nội dung khác được thực hiện theo quy định của", "Luật Quản lý thuế số 38/2019/QH14.", True),
        ("3. Bộ Tài chính chủ trì, phối hợp với", "Bộ Công Thương hướng dẫn thực hiện.", True),
        ("1. Kết quả đạt được", "Trong năm, Sở đã hoàn thành các nhiệm vụ.", False),  # "đạt được" ends a phrase
        ("2. Chuyển đổi số", "Sở đã triển khai các nền tảng số.", False),
        ("4. Các bước tiếp theo", "Sở sẽ tổ chức tổng kết.", False),
    ],
)
def test_a_marker_line_ending_on_a_connector_runs_on(first: str, second: str, joined: bool) -> None:
    doc = loads(f"Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\n{first}\n{second}\n")
    (section,) = doc.body
    assert isinstance(section, Section)
    if joined:
        assert section.heading is None
        assert [p.text for p in section.children] == [first.split(" ", 1)[1] + " " + second]
    else:
        assert section.heading == first.split(" ", 1)[1]
        assert [p.text for p in section.children] == [second]


@pytest.mark.parametrize("remark", ["(Đã ký)", "[ (Đã ký)", "Đã ký", "Đã ký.", "Đã ký và đóng dấu", "Chữ ký số", "Đã ký số"])
def test_signature_remarks_with_and_without_brackets(remark: str) -> None:
    # Web pages and Word's plain-text export print "Đã ký" bare, or with stray brackets.
    text = (
        "Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        f"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n{remark}\n\n\n\nNguyễn Văn A\n"
    )
    s = loads(text).signature
    assert s is not None and (s.title, s.name, s.remarks) == ("CHỦ TỊCH", "Nguyễn Văn A", (remark,))


def test_a_sentence_that_starts_like_a_remark_is_not_one() -> None:
    text = (
        "Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐã ký kết hợp đồng mua bán\n\nNguyễn Văn A\n"
    )
    s = loads(text).signature
    assert s is not None and s.remarks == () and s.name is None


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        # a clause cut by the line end after ";" or ":": the next line starts in lower case
        (["Đối tượng áp dụng bao gồm: Người nộp thuế;", "cơ quan thuế; công chức thuế."], 1),
        (["Hồ sơ gồm:", "tờ khai, bản sao hợp đồng và hóa đơn."], 1),
        # items: a capital, or a letter marker ("b)", "b.", "b/")
        (["a. Thu thập tài liệu do đơn vị cung cấp;", "b. Kiểm tra hồ sơ pháp lý."], 2),
        (["Nội dung gồm:", "a) Kế hoạch;", "b) Báo cáo."], 3),
        (["Người nộp thuế;", "Cơ quan thuế."], 2),
        # "căn cứ", "nơi nhận" in lower case run on; with a capital they start a paragraph
        (["Thời gian làm việc thực tế được tính làm", "căn cứ tính trợ cấp thôi việc."], 1),
        (["Văn bản được nhân bản theo số lượng xác định ở phần", "nơi nhận của văn bản."], 1),
        (["Kết quả thực hiện như sau", "Căn cứ kết quả kiểm tra, Sở đề xuất."], 2),
    ],
)
def test_lines_cut_by_the_layout_run_on(lines: list[str], paragraphs: int) -> None:
    doc = loads("Số: 01/BC-UBND\n\nBÁO CÁO\nKết quả năm 2025\n\n" + "\n".join(lines) + "\n")
    got = [p.text for p in doc.paragraphs()]
    assert len(got) == paragraphs, got
    for line in lines:  # every line's words are there (a marker "a)" goes to its section)
        assert line.split(" ", 1)[-1] in " ".join(got)


@pytest.mark.parametrize(
    ("lines", "parent", "issuing"),
    [
        (["ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH ỦY"], "ĐẢNG BỘ TỈNH QUẢNG NGÃI", "TỈNH ỦY"),
        (["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN UỶ ĐỊNH HOÁ"], "ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN UỶ ĐỊNH HOÁ"),
        (["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], None, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"),  # a place runs on
    ],
)
def test_a_party_committee_under_its_party_organisation_is_the_issuing_body(
    lines: list[str], parent: str | None, issuing: str
) -> None:
    text = "\n".join(lines) + "\n*\nSố 05-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 15 tháng 3 năm 2025\n\nCHỈ THỊ\nvề công tác\n"
    h = loads(text).header
    assert (h.parent_body, h.issuing_body) == (parent, issuing)


_LAYOUT = [
    "      Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công",
    "Thương về việc kiểm tra việc chấp hành quy định pháp luật trong sử dụng vật liệu",
    "nổ công nghiệp trên địa bàn tỉnh.",
    "Trưởng đoàn kiểm tra lập kế hoạch tiến hành kiểm tra như sau.",
    "      Doanh nghiệp đã xây dựng kho chứa theo đúng thiết kế được phê duyệt và",
    "thực hiện đầy đủ chế độ báo cáo định kỳ với cơ quan quản lý.",
    "      Công tác huấn luyện an toàn được tổ chức hằng năm cho người lao động",
    "trực tiếp làm việc với vật liệu nổ công nghiệp tại các công trường.",
    "      Việc kiểm tra định kỳ được thực hiện theo kế hoạch đã được phê duyệt từ",
    "đầu năm và có biên bản lưu tại đơn vị.",
    "      Kết quả kiểm tra được báo cáo về Sở Công Thương đúng thời hạn quy định",
    "trong kế hoạch năm.",
]


def test_a_sentence_ending_at_a_line_end_stays_in_its_paragraph_where_paragraphs_start_indented() -> None:
    # pdftotext layout: paragraphs start indented and go on flush left, so a flush-left
    # line after a sentence that ended at the line end is the paragraph's next sentence.
    doc = loads("Số: 01/KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra năm 2026\n\n" + "\n".join(_LAYOUT) + "\n")
    got = [p.text for p in doc.paragraphs()]
    assert len(got) == 5
    assert got[0].endswith("trên địa bàn tỉnh. Trưởng đoàn kiểm tra lập kế hoạch tiến hành kiểm tra như sau.")


def test_without_indented_paragraph_starts_a_sentence_end_at_a_line_end_ends_the_paragraph() -> None:
    flush = [line.strip() for line in _LAYOUT]
    doc = loads("Số: 01/KH-ĐKT\n\nKẾ HOẠCH\nKiểm tra năm 2026\n\n" + "\n".join(flush) + "\n")
    got = [p.text for p in doc.paragraphs()]
    assert got[1] == "Trưởng đoàn kiểm tra lập kế hoạch tiến hành kiểm tra như sau."


def test_a_recipient_whose_bullet_ocr_lost_keeps_the_list_and_the_signer_after_it() -> None:
    # The footer flattened by OCR: the signature's lines among the recipients, an item whose
    # "- Bộ" became "6", and the signer's name after the filing line.
    text = (
        "Số: 01/BTC-TCT\n\nV/v hoàn thuế\n\nNội dung công văn./.\n\nKT. BỘ TRƯỞNG\n\n"
        "Nơi nhận: THỨ TRƯỞNG\n~ Như trên;\n6 trưởng Đinh Tiến Dũng (để báo cáo);\n\n"
        "- Tổng cục Thuế (PC, CS);\n- Lưu: VT, TCT.\n\nĐỗ Hoàng Anh Tuấn\n"
    )
    doc = loads(text)
    assert doc.signature is not None
    assert (doc.signature.authority, doc.signature.title, doc.signature.name) == ("KT.", "THỨ TRƯỞNG", "Đỗ Hoàng Anh Tuấn")
    assert doc.recipients is not None
    assert [r.text for r in doc.recipients.items][-2:] == ["Tổng cục Thuế (PC, CS);", "Lưu: VT, TCT."]
    assert len(doc.recipients.items) == 4


def test_capitals_after_the_filing_line_are_no_second_title() -> None:
    text = (
        "Số: 01/KH-UBND\n\nKẾ HOẠCH\nTriển khai\n\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nMẪU BÁO CÁO KẾT QUẢ\n"
    )
    s = loads(text).signature
    assert s is not None and s.title == "CHỦ TỊCH"


def test_header_number_with_a_dot_between_abbreviations() -> None:
    """A standing committee's symbol ("TT.HĐND") is read whole in the header."""
    from vnadmin import text as vt

    doc = vt.loads(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 06/QC-TT.HĐND-UBND\n\n"
        "Hòa Bình, ngày 12 tháng 3 năm 2021\n\nQUY CHẾ\n\nPhối hợp công tác\n"
    )
    number = doc.header.number
    assert number is not None and str(number) == "06/QC-TT.HĐND-UBND"
    assert number.issuers == ("TT.HĐND", "UBND")


# -- a stray space inside the symbol's last group ---------------------------------------------

_CUT_HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: {number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 5 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nVề việc A\n\n"
    "Điều 1. Nội dung.\n"
)


@pytest.mark.parametrize(
    ("printed", "number", "repaired"),
    [
        ("123/QĐ-UB ND", "123/QĐ-UBND", True),  # UB is no issuer, UBND is
        ("12/BC-HĐ ND", "12/BC-HĐND", True),
        ("123/QĐ-UBND", "123/QĐ-UBND", False),
        ("45/TB-VP HA", "45/TB-VP", False),  # VPHA is no issuer: "HA" stays out of the symbol
    ],
)
def test_header_number_with_a_group_cut_by_a_stray_space(printed: str, number: str, repaired: bool) -> None:
    """The two pieces are joined when together they are a registered issuer's code and the
    first alone is none; the number keeps the form as printed and the reader says so."""
    doc = loads(_CUT_HEADER.format(number=printed))
    assert doc.header.number is not None and str(doc.header.number) == number
    notes = [n for n in doc.notes if n.code == "repaired" and printed in n.message]
    assert bool(notes) is repaired
    if repaired:
        assert doc.header.number.written == printed
    out = dumps(doc)
    assert dumps(loads(out)) == out


def test_a_registered_group_is_not_joined_to_the_next_line_part() -> None:
    """A whole issuer's code followed by other text in capitals keeps its end: the text is
    no part of the symbol."""
    doc = loads(_CUT_HEADER.format(number="123/QĐ-UBND HN"))
    assert str(doc.header.number) == "123/QĐ-UBND"
