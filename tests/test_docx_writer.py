"""The docx writer: layout of Nghị định 30/2020/NĐ-CP Phụ lục I, named styles, the package."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from test_docx_samples import SAMPLES, cong_van, decision, party, report
from vnadmin.docx import document_xml, dumps
from vnadmin.docx.oxml import qn
from vnadmin.docx.parts import EPOCH
from vnadmin.docx.styles import STYLES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: etree.fromstring(zf.read(n)) for n in zf.namelist()}


def _style_of(p: etree._Element) -> str | None:
    s = p.find(f"{W}pPr/{W}pStyle")
    return None if s is None else s.get(f"{W}val")


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _styled(root: etree._Element) -> list[tuple[str | None, str]]:
    return [(_style_of(p), _text(p)) for p in root.iter(f"{W}p") if _text(p)]


def _mm(twips: str | None) -> float:
    assert twips is not None
    return int(twips) * 25.4 / 1440


def test_page_is_a4_portrait_with_the_prescribed_margins() -> None:
    sect = document_xml(report()).find(f"{W}body/{W}sectPr")
    size = sect.find(f"{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("11906", "16838", "portrait")
    m = sect.find(f"{W}pgMar")
    assert 20 <= _mm(m.get(f"{W}top")) <= 25
    assert 20 <= _mm(m.get(f"{W}bottom")) <= 25
    assert 30 <= _mm(m.get(f"{W}left")) <= 35
    assert 15 <= _mm(m.get(f"{W}right")) <= 20
    # page numbers from page 2: a first-page header that is empty, and titlePg
    assert sect.find(f"{W}titlePg") is not None
    kinds = sorted(h.get(f"{W}type") for h in sect.iter(f"{W}headerReference"))
    assert kinds == ["default", "first"]


def test_package_parts_and_relationships() -> None:
    parts = _parts(dumps(report()))
    assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/settings.xml", "docProps/core.xml", "word/footnotes.xml",
            "word/header1.xml", "word/header2.xml"} <= set(parts)
    assert "word/footnotes.xml" not in _parts(dumps(cong_van()))
    overrides = {o.get("PartName") for o in parts["[Content_Types].xml"]}
    assert "/word/document.xml" in overrides and "/word/footnotes.xml" in overrides
    targets = {r.get("Target") for r in parts["word/_rels/document.xml.rels"]}
    assert {"styles.xml", "settings.xml", "footnotes.xml", "header1.xml", "header2.xml"} <= targets
    # the default header holds a centred PAGE field; the first-page header holds none
    instr = "".join(t.text or "" for t in parts["word/header1.xml"].iter(f"{W}instrText"))
    assert instr.strip() == "PAGE"
    assert not list(parts["word/header2.xml"].iter(f"{W}instrText"))


def test_times_new_roman_in_all_four_font_slots() -> None:
    styles = _parts(dumps(report()))["word/styles.xml"]
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(f"{W}{slot}") == "Times New Roman"
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == "Times New Roman"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_style_used_is_defined_and_named(name: str) -> None:
    parts = _parts(dumps(SAMPLES[name]()))
    defined = {s.get(f"{W}styleId"): s for s in parts["word/styles.xml"].iter(f"{W}style")}
    used = {_style_of(p) for p in parts["word/document.xml"].iter(f"{W}p")} - {None}
    used |= {r.get(f"{W}val") for r in parts["word/document.xml"].iter(f"{W}rStyle")}
    assert used <= set(defined)
    for sid in used:
        assert defined[sid].find(f"{W}name").get(f"{W}val") == STYLES[sid].name


def test_component_typography_follows_the_sample_table() -> None:
    table = {  # style: (size, bold, italic, caps) — rules.md §2.2
        "VnNationalTitle": (12, True, False, True),
        "VnMotto": (13, True, False, False),
        "VnParentBody": (12, False, False, True),
        "VnIssuingBody": (12, True, False, True),
        "VnNumber": (13, False, False, False),
        "VnPlaceDate": (13, False, True, False),
        "VnDocType": (14, True, False, True),
        "VnSummary": (14, True, False, False),
        "VnCongVanSummary": (12, False, False, False),
        "VnRecipientsLabel": (12, True, True, False),
        "VnRecipient": (11, False, False, False),
        "VnSignerName": (14, True, False, False),
        "VnSignatureTitle": (14, True, False, True),
        "VnPart": (14, True, False, False),
        "VnPartTitle": (14, True, False, True),
    }
    styles = {s.get(f"{W}styleId"): s for s in _parts(dumps(report()))["word/styles.xml"].iter(f"{W}style")}
    for sid, (size, bold, italic, caps) in table.items():
        rpr = styles[sid].find(f"{W}rPr")
        assert rpr.find(f"{W}sz").get(f"{W}val") == str(size * 2), sid
        assert (rpr.find(f"{W}b") is not None) is bold, sid
        assert (rpr.find(f"{W}i") is not None) is italic, sid
        assert (rpr.find(f"{W}caps") is not None) is caps, sid
    body = styles["VnBody"].find(f"{W}pPr")
    assert body.find(f"{W}jc").get(f"{W}val") == "both"
    assert body.find(f"{W}ind").get(f"{W}firstLine") in ("567", "720")  # 1 cm or 1.27 cm
    assert int(body.find(f"{W}spacing").get(f"{W}after")) >= 120  # at least 6 pt
    for sid in ("VnDocType", "VnSummary", "VnPart", "VnPartTitle", "VnNationalTitle"):
        assert styles[sid].find(f"{W}pPr/{W}jc").get(f"{W}val") == "center", sid


def test_header_is_a_borderless_two_column_table() -> None:
    root = document_xml(decision())
    tbl = root.find(f"{W}body/{W}tbl")
    borders = tbl.find(f"{W}tblPr/{W}tblBorders")
    assert {b.get(f"{W}val") for b in borders} == {"nil"}
    rows = tbl.findall(f"{W}tr")
    cells = [[_styled(tc) for tc in tr.findall(f"{W}tc")] for tr in rows]
    assert cells[0][0] == [("VnParentBody", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"), ("VnIssuingBody", "SỞ NỘI VỤ")]
    assert cells[0][1] == [("VnNationalTitle", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                           ("VnMotto", "Độc lập - Tự do - Hạnh phúc")]
    assert cells[1] == [[("VnNumber", "Số: 15/QĐ-SNV")], [("VnPlaceDate", "Quảng Ngãi, ngày 05 tháng 01 năm 2025")]]
    # short rules: empty paragraphs with a bottom border under the issuing body and the motto
    rules = [p for p in tbl.iter(f"{W}p") if _style_of(p) == "VnRule"]
    assert len(rules) == 2 and all(p.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None for p in rules)


def test_title_preamble_sections_signature_and_recipients() -> None:
    styled = _styled(document_xml(decision()))
    after_header = styled[6:]
    assert after_header[:2] == [("VnDocType", "QUYẾT ĐỊNH"), ("VnSummary", "Về việc ban hành Quy chế làm việc")]
    assert ("VnAuthority", "GIÁM ĐỐC SỞ NỘI VỤ") in styled
    assert ("VnBasis", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;") in styled
    assert ("VnFormula", "QUYẾT ĐỊNH:") in styled
    assert ("VnPart", "Chương I") in styled and ("VnPartTitle", "QUY ĐỊNH CHUNG") in styled
    assert ("VnArticle", "Điều 1. Phạm vi điều chỉnh") in styled
    # a khoản or điểm without a title runs into its text, upright
    assert ("VnClause", "1. Công chức của Sở.") in styled
    assert ("VnPoint", "a) Người lao động.") in styled
    assert styled[-6:] == [
        ("VnRecipientsLabel", "Nơi nhận:"), ("VnRecipient", "- Như Điều 3;"), ("VnRecipient", "- Lưu: VT, VP."),
        ("VnSignatureAuthority", "KT. GIÁM ĐỐC"), ("VnSignatureTitle", "PHÓ GIÁM ĐỐC"),
        ("VnSignerName", "Nguyễn Văn A"),
    ]
    footer = document_xml(decision()).find(f"{W}body").findall(f"{W}tbl")[-1]
    assert {b.get(f"{W}val") for b in footer.find(f"{W}tblPr/{W}tblBorders")} == {"nil"}


def test_cong_van_summary_goes_under_the_number_and_has_no_type_line() -> None:
    root = document_xml(cong_van())
    left = root.find(f"{W}body/{W}tbl").findall(f"{W}tr")[1].find(f"{W}tc")
    assert _styled(left) == [("VnNumber", "Số: 1471/SKHCN-VP"),
                             ("VnCongVanSummary", "V/v triển khai chuyển đổi số năm 2025")]
    styled = _styled(root)
    assert not [s for s, _ in styled if s in ("VnDocType", "VnSummary")]
    assert ("VnAddressee", "Kính gửi:- Các phòng, đơn vị thuộc Sở.") in styled  # a line break between


def test_party_document_uses_its_own_title_and_number_form() -> None:
    styled = _styled(document_xml(party()))
    assert ("VnPartyTitle", "ĐẢNG CỘNG SẢN VIỆT NAM") in styled
    assert ("VnNumber", "Số 60-NQ/TW") in styled
    assert ("VnSignatureAuthority", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG") in styled
    assert not [s for s, _ in styled if s == "VnNationalTitle"]


def test_missing_components_are_not_invented() -> None:
    styled = _styled(document_xml(report()))
    assert not [t for _, t in styled if "CỘNG HÒA" in t or "Độc lập" in t]
    assert not [s for s, _ in styled if s in ("VnNationalTitle", "VnMotto", "VnIssuingBody", "VnParentBody")]
    # the number keeps its blank, the date its blank day
    assert ("VnNumber", "Số: /BC-SKHCHN") in styled
    assert ("VnPlaceDate", "Quảng Ngãi, ngày tháng 3 năm 2025") in styled


def test_text_is_written_as_held_capitals_come_from_styles() -> None:
    doc = decision()
    import attrs

    lower = attrs.evolve(doc, header=attrs.evolve(doc.header, issuing_body="Sở Nội vụ"))
    assert ("VnIssuingBody", "Sở Nội vụ") in _styled(document_xml(lower))


def test_footnotes_are_real_word_footnotes() -> None:
    parts = _parts(dumps(report()))
    refs = list(parts["word/document.xml"].iter(f"{W}footnoteReference"))
    assert len(refs) == 1 and refs[0].get(f"{W}customMarkFollows") is None  # marker "1" is Word's own
    notes = {n.get(f"{W}id"): n for n in parts["word/footnotes.xml"].iter(f"{W}footnote")}
    note = notes[refs[0].get(f"{W}id")]
    assert _text(note).strip() == "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024."
    assert note.find(f".//{W}footnoteRef") is not None
    assert {"-1", "0"} <= set(notes)
    # the reference sits at its offset in the paragraph
    p = refs[0].getparent().getparent()
    before = "".join(t.text or "" for r in p.findall(f"{W}r")[:1] for t in r.iter(f"{W}t"))
    assert before == "- Sở đã ban hành Kế hoạch"


def test_dumps_is_reproducible_and_dates_come_from_the_issue_date() -> None:
    for make in SAMPLES.values():
        assert dumps(make()) == dumps(make())
    created = _parts(dumps(decision()))["docProps/core.xml"].find(qn("dcterms:created"))
    assert created.text == "2025-01-05T00:00:00Z"
    core = _parts(dumps(report()))["docProps/core.xml"]
    assert core.find(qn("dcterms:created")).text == EPOCH  # the day is blank
    assert core.find(qn("dc:title")).text.startswith("Báo cáo Tổng kết Phong trào thi đua")


def test_control_characters_are_refused_with_a_docx_error() -> None:
    from vnadmin.errors import DocxError
    from vnadmin.model import Document, Paragraph

    with pytest.raises(DocxError):
        dumps(Document(body=(Paragraph("bad \x01 char"),)))
