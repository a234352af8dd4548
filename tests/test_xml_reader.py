"""vnadmin.xml reader: schema violations name the XPath and line, the model is built
straight from the elements, and every object knows where it came from."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from vnadmin import xml as vx
from vnadmin.errors import SchemaError, SecurityError, XmlError
from vnadmin.model import Document, Origin, Paragraph, Section, doctypes
from vnadmin.testing import strategies as vst
from vnadmin.unicode import normalize
from vnadmin.xml import reader

NS = 'xmlns="urn:vnadmin:document:1"'


def _doc(body: str = "<p>a</p>", header: str = "<header/>", tail: str = "") -> str:
    return f"<document {NS}>\n{header}\n<body>\n{body}\n</body>{tail}\n</document>"


# -- schema violations: table-driven -------------------------------------------------------------

SCHEMA_CASES = [
    # (name, xml, expected xpath, expected line)
    ("unknown element in a paragraph", _doc("<p>a</p>\n<p>b<b>bold</b></p>"), "/vn:document/vn:body/vn:p[2]/vn:b", 5),
    ("section without label", _doc('<section marker="I."><p>a</p></section>'), "/vn:document/vn:body/vn:section[1]", 4),
    ("bad section label", _doc('<section label="Khoản 1" marker="1."/>'), "/vn:document/vn:body/vn:section[1]", 4),
    ("bad bullet", _doc('<p bullet="o">a</p>'), "/vn:document/vn:body/vn:p[1]", 4),
    (
        "day 32",
        _doc(header='<header><issueDate day="32" month="1" year="2020"/></header>'),
        "/vn:document/vn:header/vn:issueDate",
        2,
    ),
    (
        "number with a slash in a group",
        _doc(header='<header><number style="administrative" typeCode="QĐ" issuers="UB/ND"/></header>'),
        "/vn:document/vn:header/vn:number",
        2,
    ),
    ("unknown number style", _doc(header='<header><number style="x" issuers="A"/></header>'), "/vn:document/vn:header/vn:number", 2),
    ("elements out of order", _doc(header="<header><motto>M</motto><nationalTitle>N</nationalTitle></header>"), "/vn:document/vn:header/vn:nationalTitle", 2),
    ("missing body", f"<document {NS}><header/></document>", "/vn:document", 1),
    ("national title on two lines", _doc(header="<header><nationalTitle>A\nB</nationalTitle></header>"), "/vn:document/vn:header/vn:nationalTitle", 2),
    ("text directly in body", _doc("loose text"), "/vn:document/vn:body", 3),
    ("citation date with a time zone", _doc('<p><citation date="2020-01-01Z">x</citation></p>'), "/vn:document/vn:body/vn:p[1]/vn:citation[1]", 4),
    ("wrong namespace version", '<document xmlns="urn:vnadmin:document:2"><header/><body/></document>', "/*[1]", 1),
    ("no namespace", "<document><header/><body/></document>", "/*[1]", 1),
    # The schema lets these through; the model refuses them, reported the same way.
    ("blank heading", _doc('<section label="I" marker="I."><heading>   </heading></section>'), "/vn:document/vn:body/vn:section[1]/vn:heading", 4),
    ("blank summary", _doc(header="<header>\n<summary> </summary></header>"), "/vn:document/vn:header/vn:summary", 3),
    ("blank signer name", _doc(tail="<signature><title>GIÁM ĐỐC</title>\n<name>\t</name></signature>"), "/vn:document/vn:signature/vn:name", 6),
    ("blank formula", _doc(header="<header/><preamble><formula> </formula></preamble>"), "/vn:document/vn:preamble/vn:formula", 2),
    ("blank paragraph", _doc("<p>  </p>"), "/vn:document/vn:body/vn:p[1]", 4),
    (
        "legal number without year",
        _doc(header='<header><number style="legal" number="5" issuers="QH15"/></header>'),
        "/vn:document/vn:header/vn:number",
        2,
    ),
    (
        "principal without authority",
        _doc(tail="<signature><principal>BỘ TRƯỞNG</principal><name>A</name></signature>"),
        "/vn:document/vn:signature/vn:principal",
        5,
    ),
    (
        "cited legal number without year",
        _doc('<p>a <citation><number style="legal" number="5" issuers="QH15"/>Luật số 5</citation></p>'),
        "/vn:document/vn:body/vn:p[1]/vn:citation[1]/vn:number",
        4,
    ),
    (
        "type code with a hyphen",
        _doc('<p>a</p><p><citation><docType name="X" code="A-B" system="state"/>X</citation></p>'),
        "/vn:document/vn:body/vn:p[2]/vn:citation[1]/vn:docType",
        4,
    ),
    ("empty citation", _doc("<p>Theo <citation> </citation>.</p>"), "/vn:document/vn:body/vn:p[1]/vn:citation[1]", 4),
    ("blank footnote marker", _doc('<p>a<footnoteRef marker=" "/></p>'), "/vn:document/vn:body/vn:p[1]/vn:footnoteRef[1]", 4),
]


@pytest.mark.parametrize(("name", "xml", "xpath", "line"), SCHEMA_CASES, ids=[c[0] for c in SCHEMA_CASES])
def test_schema_violations_name_the_xpath_and_line(name: str, xml: str, xpath: str, line: int) -> None:
    with pytest.raises(SchemaError) as info:
        vx.loads(xml)
    err = info.value
    assert err.xpath == xpath
    assert err.line == line
    assert xpath in str(err) and f"line {line}" in str(err)
    assert "(does not follow the vnadmin schema)" in str(err) or "(invalid value)" in str(err)


def test_schema_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        vx.loads(_doc("<q/>"))


def test_a_date_that_does_not_exist_is_kept() -> None:
    # 30/02 exists in drafts; the model keeps it and validation reports it.
    doc = vx.loads(_doc(header='<header><issueDate day="30" month="02" year="2025"/></header>'))
    d = doc.header.issue_date
    assert d is not None and (d.day, d.month, d.month_written) == (30, 2, "02") and d.as_date() is None


# -- not well formed -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("xml", "line"),
    [
        (_doc("<p>a</q>"), 4),
        (_doc("<p>KH&CN</p>"), 4),
        ("<document", 1),
        ("", 1),
        (b"\xff\xfe\x00garbage", 1),
    ],
)
def test_not_well_formed_is_an_xml_error_with_its_line(xml: str | bytes, line: int) -> None:
    with pytest.raises(XmlError) as info:
        vx.loads(xml)
    assert not isinstance(info.value, (SchemaError, SecurityError))
    assert info.value.line == line
    assert "(not well-formed XML)" in str(info.value)


def test_loads_needs_bytes_or_str() -> None:
    with pytest.raises(TypeError):
        vx.loads(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        vx.from_element("<document/>")  # type: ignore[arg-type]


# -- mapping to the model ------------------------------------------------------------------------

FULL = f"""<?xml version="1.0" encoding="UTF-8"?>
<document {NS}>
  <header numberLabel="Số:" typeWritten="QUYẾT ĐỊNH">
    <parentBody>ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI</parentBody>
    <issuingBody>SỞ KHOA HỌC VÀ CÔNG NGHỆ</issuingBody>
    <nationalTitle>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</nationalTitle>
    <motto>Độc lập - Tự do - Hạnh phúc</motto>
    <number style="administrative" number="05" typeCode="QĐ" issuers="SKHCN" written="05/QĐ-SKHCN"/>
    <issueDate month="3" year="2025"><place>Quảng Ngãi</place></issueDate>
    <docType name="Quyết định" code="QĐ" system="state"/>
    <summary>Về việc ban hành Quy chế</summary>
  </header>
  <preamble>
    <authority>GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ</authority>
    <basis>Căn cứ <citation typeWritten="Luật" date="2015-06-19" dateWritten="19 tháng 6 năm 2015" name="Tổ chức chính quyền địa phương"><docType name="Luật" system="legal"/>Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015</citation>;</basis>
    <formula>QUYẾT ĐỊNH:</formula>
  </preamble>
  <body>
    <section label="Điều 1" marker="Điều 1.">
      <heading>Ban hành</heading>
      <p>Theo <citation issuer="Ủy ban nhân dân tỉnh"><number style="administrative" number="833" typeCode="QĐ" issuers="UBND"/><pinpoint article="5" clause="2" written="khoản 2 Điều 5"/>khoản 2 Điều 5 Quyết định<footnoteRef marker="1"/> số 833/QĐ-UBND</citation>.<!-- a comment --> Tiếp.</p>
      <p bullet="-">Gạch đầu dòng.</p>
    </section>
  </body>
  <signature authority="KT." authorityWritten="K/T">
    <principal>GIÁM ĐỐC</principal>
    <title>PHÓ GIÁM ĐỐC</title>
    <name>Nguyễn Văn A</name>
    <remark>(Đã ký)</remark>
  </signature>
  <recipients label="Nơi nhận:">
    <item bullet="-">Như Điều 1;</item>
    <item>Lưu: VT.</item>
  </recipients>
  <footnotes>
    <footnote marker="1">Đã sửa đổi.</footnote>
  </footnotes>
</document>
"""


def test_every_part_maps_straight_to_the_model() -> None:
    doc = vx.loads(FULL.encode("utf-8"))
    h = doc.header
    assert h.parent_body == "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI"
    assert h.number is not None and str(h.number) == "05/QĐ-SKHCN" and h.number.written == "05/QĐ-SKHCN"
    assert h.number_label == "Số:" and h.type_written == "QUYẾT ĐỊNH"
    assert h.issue_date is not None and (h.issue_date.place, h.issue_date.day, h.issue_date.month) == ("Quảng Ngãi", None, 3)
    assert h.doc_type is doctypes.by_code("QĐ")
    assert doc.preamble.formula == "QUYẾT ĐỊNH:" and len(doc.preamble.bases) == 1
    law = doc.preamble.bases[0].citations[0]
    assert law.number is None and law.name == "Tổ chức chính quyền địa phương" and law.date == dt.date(2015, 6, 19)
    assert law.doc_type is not None and law.doc_type.system == "legal"

    section = doc.sections[0]
    assert (section.label, section.marker, section.heading) == ("Điều 1", "Điều 1.", "Ban hành")
    p = section.children[0]
    assert isinstance(p, Paragraph)
    assert p.text == "Theo khoản 2 Điều 5 Quyết định số 833/QĐ-UBND. Tiếp."
    (cite,) = p.citations
    assert p.text[cite.start : cite.end] == cite.text == "khoản 2 Điều 5 Quyết định số 833/QĐ-UBND"
    assert cite.pinpoint is not None and str(cite.pinpoint) == "khoản 2 Điều 5"
    assert cite.issuer == "Ủy ban nhân dân tỉnh" and str(cite.number) == "833/QĐ-UBND"
    (ref,) = p.footnote_refs
    assert (ref.marker, p.text[: ref.offset]) == ("1", "Theo khoản 2 Điều 5 Quyết định")
    assert section.children[1] == Paragraph("Gạch đầu dòng.", bullet="-")

    s = doc.signature
    assert s is not None and (s.authority, s.authority_as_written, s.remarks) == ("KT.", "K/T", ("(Đã ký)",))
    assert s.lines() == ("K/T GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A")
    assert doc.recipients is not None and doc.recipients.archive is not None
    assert doc.recipients.items[1].bullet is None
    assert doc.footnote("1") is not None


def test_origins_point_at_the_nodes() -> None:
    doc = vx.loads(FULL, source="qd.xml")
    assert doc.origin is not None and doc.origin.xpath == "/vn:document" and doc.origin.source == "qd.xml"
    section = doc.sections[0]
    assert section.origin is not None and section.origin.xpath == "/vn:document/vn:body/vn:section[1]"
    p = section.children[1]
    assert p.origin is not None and p.origin.xpath == "/vn:document/vn:body/vn:section[1]/vn:p[2]"
    cite = doc.preamble.bases[0].citations[0]
    assert cite.origin is not None and cite.origin.xpath == "/vn:document/vn:preamble/vn:basis[1]/vn:citation[1]"
    origin = doc.header.origin_of("issue_date")
    assert origin is not None and origin.xpath == "/vn:document/vn:header/vn:issueDate"
    assert doc.header.issue_date is not None and doc.header.issue_date.origin == origin
    assert doc.recipients is not None and doc.recipients.items[1].origin is not None
    assert doc.recipients.items[1].origin.xpath == "/vn:document/vn:recipients/vn:item[2]"
    assert doc.footnotes[0].origin is not None and doc.footnotes[0].origin.xpath == "/vn:document/vn:footnotes/vn:footnote[1]"
    # The XPath finds the node again.
    root = etree.fromstring(FULL.encode())
    (found,) = root.getroottree().xpath(p.origin.xpath, namespaces={"vn": vx.NAMESPACE})
    assert found.text == "Gạch đầu dòng."


def test_origin_is_not_part_of_equality_or_output() -> None:
    doc = vx.loads(FULL)
    again = vx.loads(vx.dumps(doc))
    assert again == doc
    assert b"xpath" not in vx.dumps(doc)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig", "utf-32"])
def test_bytes_in_any_xml_encoding(encoding: str) -> None:
    text = FULL.replace('encoding="UTF-8"', f'encoding="{encoding.replace("-sig", "")}"')
    assert vx.loads(text.encode(encoding)) == vx.loads(FULL)


def test_str_input_ignores_its_encoding_declaration() -> None:
    assert vx.loads(FULL.replace('encoding="UTF-8"', 'encoding="windows-1258"')) == vx.loads(FULL)


def test_text_is_normalised_to_nfc_on_the_way_in() -> None:
    nfd = "Quye\u0302\u0301t \u0111i\u0323nh"
    doc = vx.loads(_doc(f"<p>{nfd}</p>"))
    assert next(doc.paragraphs()).text == "Quyết định"


def test_whitespace_in_mixed_content_is_kept() -> None:
    doc = vx.loads(_doc("<p>  hai  dấu\tcách \r\n</p>"))
    assert next(doc.paragraphs()).text == "  hai  dấu\tcách \n"  # XML turns a literal CR LF into LF
    doc = vx.loads(_doc("<p>a&#13;b</p>"))
    assert next(doc.paragraphs()).text == "a\rb"


def test_a_registry_name_in_another_case_is_a_different_type() -> None:
    doc = vx.loads(_doc(header='<header><docType name="QUYẾT ĐỊNH" code="QĐ" system="state"/></header>'))
    t = doc.header.doc_type
    assert t is not None and t.name == "QUYẾT ĐỊNH" and t != doctypes.by_code("QĐ")


def test_from_element_validates_too() -> None:
    root = vx.to_element(Document(body=(Section("I", children=(Paragraph("a"),)),)))
    root[1][0].set("label", "Khoản 1")
    with pytest.raises(SchemaError) as info:
        vx.from_element(root)
    assert info.value.xpath == "/vn:document/vn:body/vn:section[1]"
    assert info.value.line is None  # built in memory: there is no line to give


def test_from_element_on_an_embedded_element_reports_paths_from_it() -> None:
    outer = etree.fromstring(("<envelope>\n" + _doc("<p>a</p><zz/>") + "</envelope>").encode())
    with pytest.raises(SchemaError) as info:
        vx.from_element(outer[0])
    assert info.value.xpath == "/vn:document/vn:body/vn:zz"
    assert info.value.line == 5


@given(
    st.text(
        alphabet=st.sampled_from(
            "aAđĐÐ\u00f0\u0189\u0256 \u00a0\u200b\u200c\u200d\u2060\ufeffe\u0301\u0302\u0323ếệ"
            "\u2007\u2009\u200a\u202f\u3000xyz\n\t…"
        )
    )
)
def test_the_readers_fast_normaliser_agrees_with_vnadmin_unicode(value: str) -> None:
    assert reader._nfc(value) == normalize(value)


_ODD = "aĐÐ\u00f0\u0189\u0256 \u00a0\u200b\u200d\ufeffe\u0301\u0302\u0323ếệ\u2009\u3000\n…¹"


@given(st.lists(st.text(alphabet=st.sampled_from(_ODD)), max_size=6))
def test_one_check_of_all_values_agrees_with_a_check_of_each(values: list[str]) -> None:
    # The reader's first pass checks a document's values joined; the verdict must be the
    # one the values give one by one, or a document would keep a value unnormalised.
    assert reader._all_normal(values) == all(reader._nfc(v) == v for v in values)


@given(
    st.text(alphabet=st.sampled_from(_ODD + "xyz"), min_size=1).filter(lambda t: normalize(t).strip() != ""),
    st.sampled_from(["Ð", "\u00a0", "e\u0301", "ế"]),
)
def test_values_that_need_normalising_anywhere_are_normalised(text: str, odd: str) -> None:
    # One odd value, late in the document (in a citation's attribute and in a recipient),
    # makes the reader normalise every value, as it would have alone.
    body = (
        f"<p>{escape(text)}</p><p>x <citation issuer=\"Sở{odd}Nội vụ\">"
        '<number style="administrative" number="02" typeCode="HD" issuers="SNV"/>HD 02</citation></p>'
    )
    doc = vx.loads(_doc(body, tail=f"<recipients><item>Lưu{odd}: VT.</item></recipients>"))
    paragraphs = list(doc.paragraphs())
    assert paragraphs[0].text == normalize(text)
    assert paragraphs[1].citations[0].issuer == normalize(f"Sở{odd}Nội vụ")
    assert doc.recipients is not None and doc.recipients.items[0].text == normalize(f"Lưu{odd}: VT.")


def test_a_value_blank_only_once_normalised_is_refused_at_its_element() -> None:
    # A zero-width space and a no-break space are not blank as written, so the first pass
    # builds the paragraph; normalised they are one space, which the model refuses, and
    # the error names the paragraph as it would have without the first pass.
    with pytest.raises(SchemaError) as info:
        vx.loads(_doc("<p>a</p><p>\u200b\u00a0</p>"))
    assert info.value.xpath == "/vn:document/vn:body/vn:p[2]"
    assert info.value.line == 4


# Long enough for the reader's path for long text.
_LONG = "Căn cứ Nghị định số 30/2020/NĐ-CP về công tác văn thư"


def test_the_readers_fast_normaliser_agrees_for_every_character() -> None:
    for cp in range(0x80, 0x30000):
        if 0xD800 <= cp < 0xE000:
            continue
        for value in (f"ế{chr(cp)}", f"\n{chr(cp)}ệ", f"{_LONG}{chr(cp)}"):
            assert reader._nfc(value) == normalize(value), hex(cp)


def _rebuilt(obj: object) -> object:
    """The object built again through its validating constructor."""
    return attrs.evolve(obj)  # type: ignore[misc]


def _check_built_objects(doc: Document) -> None:
    """The reader fills paragraphs, sections, citations and origins slot by slot: each must
    pass the model's validators and equal (annotations included) what the constructor
    builds."""
    back = vx.loads(vx.dumps(doc))
    assert back == doc
    seen = 0
    citations = [c for p in back.paragraphs() for c in p.citations]
    citations += [c for f in back.footnotes for c in f.citations]
    for obj in [*back.walk(), *back.preamble.bases, *citations]:
        attrs.validate(obj)  # type: ignore[arg-type]
        again = _rebuilt(obj)
        assert again == obj
        assert attrs.asdict(again, recurse=False) == attrs.asdict(obj, recurse=False)  # type: ignore[arg-type]
        assert obj.origin is not None and obj.origin == Origin(xpath=obj.origin.xpath)  # type: ignore[attr-defined]
        seen += 1
    assert seen >= len(citations)


@given(vst.documents())
def test_objects_built_slot_by_slot_are_what_the_constructors_build(doc: Document) -> None:
    _check_built_objects(doc)


@pytest.mark.parametrize(
    ("xml", "where", "xpath"),
    [
        ('<section label="1" marker="1."><heading> </heading></section>', "[Section.heading=", "section[1]/vn:heading"),
        ('<section label="1" marker=" "/>', "[Section.marker=", "section[1]"),
        ("<p>  </p>", "[Paragraph.text=", "p[1]"),
        ('<p>a <citation issuer=" ">b</citation></p>', "[Citation.issuer=", "p[1]/vn:citation[1]"),
        ('<p>a <citation typeWritten=" ">b</citation></p>', "[Citation.type_written=", "p[1]/vn:citation[1]"),
        ("<p>a <citation> </citation></p>", "[Citation.text=", "p[1]/vn:citation[1]"),
    ],
)
def test_values_the_model_refuses_still_go_through_its_validators(xml: str, where: str, xpath: str) -> None:
    data = f'<document xmlns="urn:vnadmin:document:1"><header/><body>{xml}</body></document>'
    with pytest.raises(SchemaError) as info:
        vx.loads(data)
    assert where in str(info.value)
    assert info.value.xpath == f"/vn:document/vn:body/vn:{xpath}"
