"""vnadmin.xml: every output of dumps validates, loads(dumps(d)) == d, dumps is deterministic."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import vnadmin
from vnadmin import xml as vx
from vnadmin.errors import XmlError
from vnadmin.model import (
    Citation,
    Document,
    DocumentNumber,
    DocumentType,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Note,
    Origin,
    Paragraph,
    Pinpoint,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.testing import strategies as vst


def _valid_xml(data: bytes) -> None:
    root = etree.fromstring(data)
    assert vx.schema().validate(root), vx.schema().error_log


def _annotations(doc: Document) -> list[object]:
    """What equality leaves out but the XML keeps: citations and "as written" variants."""

    def cite(c: Citation) -> tuple[object, ...]:
        return (
            c.text,
            c.span,
            c.doc_type,
            None if c.doc_type is None else c.doc_type.category,
            c.type_written,
            c.number,
            None if c.number is None else c.number.written,
            c.date,
            c.date_written,
            c.issuer,
            c.name,
            c.pinpoint,
            None if c.pinpoint is None else c.pinpoint.written,
        )

    h = doc.header
    out: list[object] = [
        h.number_label,
        h.type_written,
        None if h.number is None else h.number.written,
        None if h.attached_citation is None else cite(h.attached_citation),
    ]
    paragraphs = [*doc.preamble.bases, *doc.paragraphs()]
    out.extend(tuple(cite(c) for c in p.citations) for p in paragraphs)
    out.extend(tuple(cite(c) for c in f.citations) for f in doc.footnotes)
    return out


def _tree_bytes(doc: Document) -> bytes:
    """What lxml writes for the tree to_element builds: dumps writes text directly and
    must give exactly these bytes."""
    root = vx.to_element(doc)
    root.tail = "\n"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _round_trip(doc: Document) -> bytes:
    data = vx.dumps(doc)
    assert data == _tree_bytes(doc)
    _valid_xml(data)
    back = vx.loads(data)
    assert back == doc
    assert _annotations(back) == _annotations(doc)
    assert vx.dumps(back) == data
    return data


# -- generated documents ---------------------------------------------------------------------


@given(vst.documents())
def test_generated_valid_documents_round_trip(doc: Document) -> None:
    _round_trip(doc)


@given(vst.documents(valid=False))
def test_generated_defective_documents_round_trip(doc: Document) -> None:
    # A document with a defect (blank number, blank day, missing parts…) is still a value.
    _round_trip(doc)


@given(vst.documents())
def test_dumps_is_byte_identical_for_equal_documents(doc: Document) -> None:
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc and copy is not doc
    assert vx.dumps(copy) == vx.dumps(doc)
    # origin and notes describe one reading: they do not change the bytes.
    relabelled = attrs.evolve(doc, origin=Origin(source="x.txt", line=3), notes=(Note("repaired", "x"),))
    assert vx.dumps(relabelled) == vx.dumps(doc)


# -- awkward shapes the realistic generator does not make -----------------------------------

_words = st.sampled_from(["Sở", "Nội vụ", "kế hoạch", "ĐIỀU", "a", "Quảng Ngãi", "x&y", "<b>", "\"q\"", "1"])


@st.composite
def _texts(draw: st.DrawFn, *, one_line: bool = False) -> str:
    words = draw(st.lists(_words, min_size=1, max_size=5))
    seps = st.sampled_from([" ", "  ", "\t"] if one_line else [" ", "\n", " \r\n", "\t"])
    text = words[0]
    for w in words[1:]:
        text += draw(seps) + w
    if draw(st.booleans()):
        text = " " + text + " "
    return text


@st.composite
def _numbers(draw: st.DrawFn) -> DocumentNumber:
    style = draw(st.sampled_from(["administrative", "cong_van", "legal", "party"]))
    digits = draw(st.one_of(st.none(), st.sampled_from(["5", "05", "0007", "1471"])))
    issuers = tuple(draw(st.lists(st.sampled_from(["UBND", "HĐND", "TW", "QH15", "BTC", "x.y"]), min_size=1, max_size=3)))
    written = draw(st.one_of(st.none(), st.just(""), st.just("Số: 05 / NQ-HĐND")))
    if style == "legal":
        return DocumentNumber(digits, year=2020, type_code=draw(st.sampled_from([None, "NĐ"])), issuers=issuers, style=style, written=written)
    if style == "cong_van":
        return DocumentNumber(digits, issuers=issuers[:1], unit=draw(st.sampled_from([None, "VP", "TTBC-XB"])), style=style, written=written)
    return DocumentNumber(digits, type_code=draw(st.sampled_from(["QĐ", "CT", "BC"])), issuers=issuers, style=style, written=written)


_custom_types = st.builds(
    DocumentType,
    name=st.sampled_from(["Quyết định", "Văn bản lạ", "QUYẾT ĐỊNH"]),
    code=st.sampled_from([None, "QĐ", "VBL", "X&Y"]),
    system=st.sampled_from(["state", "legal", "party"]),
    category=st.sampled_from(["administrative", "specialised"]),
)
_registry_keys = {(t.system, t.name, t.code) for t in doctypes.all_types()}
# A type equal to a registry entry is read back as that entry (with the registry's category).
_custom_types = _custom_types.filter(lambda t: (t.system, t.name, t.code) not in _registry_keys)
_doc_types = st.one_of(st.sampled_from(doctypes.all_types()), _custom_types)


@st.composite
def _citations_in(draw: st.DrawFn, text: str) -> tuple[Citation, ...]:
    """Non-overlapping citations over non-blank slices of ``text``."""
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=4))))
    out = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        piece = text[start:end]
        if not piece.strip():
            continue
        date = draw(st.one_of(st.none(), st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))))
        out.append(
            Citation(
                piece,
                (start, end),
                doc_type=draw(st.one_of(st.none(), _doc_types)),
                type_written=draw(st.one_of(st.none(), st.just("Quyết định"))),
                number=draw(st.one_of(st.none(), _numbers())),
                date=date,
                date_written=None if date is None else draw(st.sampled_from(["05/3/2020", "ngày\n5"])),
                issuer=draw(st.one_of(st.none(), st.just("UBND tỉnh"))),
                name=draw(st.one_of(st.none(), st.just("Cán bộ, công chức"))),
                pinpoint=draw(
                    st.one_of(
                        st.none(),
                        st.builds(Pinpoint, st.just("39a"), st.sampled_from([None, "2"]), st.sampled_from([None, "đ"]),
                                  written=st.sampled_from([None, "điểm đ khoản 2 Điều 39a"])),
                    )
                ),
            )
        )
    return tuple(out)


@st.composite
def _paragraphs(draw: st.DrawFn, *, refs: bool = True) -> Paragraph:
    text = draw(_texts())
    offsets = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3))) if refs else []
    return Paragraph(
        text,
        bullet=draw(st.sampled_from([None, "-", "+", "•", "*"])),
        footnote_refs=tuple(FootnoteRef(draw(st.sampled_from(["1", "2", "*"])), o) for o in offsets),
        citations=draw(_citations_in(text)),
    )


_labels = st.sampled_from(["Phần I", "Chương II", "Mục 1", "Tiểu mục 2", "Điều 5", "Điều 39a", "I", "IV", "1", "1.2.3", "a", "đ", "a1"])


def _sections(depth: int) -> st.SearchStrategy[Section]:
    child: st.SearchStrategy[Section | Paragraph] = _paragraphs()
    if depth > 0:
        child = st.one_of(_paragraphs(), _sections(depth - 1))
    return st.builds(
        lambda label, heading, children, marker: Section(label, heading, children, **({} if marker is None else {"marker": marker})),
        _labels,
        st.one_of(st.none(), _texts()),
        st.lists(child, max_size=3).map(tuple),
        st.one_of(st.none(), st.sampled_from(["I -", "Điều 5:", "(a)"])),
    )


_lines = _texts(one_line=True)


@st.composite
def _issue_dates(draw: st.DrawFn) -> IssueDate:
    day = draw(st.one_of(st.none(), st.integers(1, 31)))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    return IssueDate(
        draw(st.one_of(st.none(), _lines)),
        day,
        month,
        draw(st.one_of(st.none(), st.integers(1000, 9999))),
        day_written=None if day is None else draw(st.sampled_from([str(day), f"{day:02d}", f"00{day}"])),
        month_written=None if month is None else draw(st.sampled_from([str(month), f"{month:02d}"])),
    )


@st.composite
def _headers(draw: st.DrawFn) -> Header:
    opt = lambda s: draw(st.one_of(st.none(), s))  # noqa: E731
    attached = opt(_texts())
    attached_citation = None
    if attached is not None:
        found = draw(_citations_in(attached))
        attached_citation = found[0] if found else None
    return Header(
        parent_body=opt(_texts()),
        issuing_body=opt(_texts()),
        national_title=opt(_lines),
        motto=opt(_lines),
        number=opt(_numbers()),
        issue_date=opt(_issue_dates()),
        doc_type=opt(_doc_types),
        summary=opt(_texts()),
        party_title=opt(_lines),
        annex_label=opt(_lines),
        attached_to=attached,
        attached_citation=attached_citation,
        number_label=opt(st.sampled_from(["Số:", "Số", "", "Luật số:"])),
        type_written=opt(st.sampled_from(["QUYẾT ĐỊNH", "BÁO CÁO"])),
    )


@st.composite
def _signatures(draw: st.DrawFn) -> SignatureBlock:
    authority = draw(st.sampled_from([None, "TM.", "KT.", "TL.", "TUQ.", "Q."]))
    return SignatureBlock(
        authority=authority,
        principal=None if authority is None else draw(st.one_of(st.none(), _texts())),
        title=draw(st.one_of(st.none(), _texts())),
        name=draw(_lines),
        authority_as_written=None if authority is None else draw(st.sampled_from([authority, "T/M", "K/T"])),
        intermediate=tuple(draw(st.lists(st.sampled_from(["KT. CHÁNH VĂN PHÒNG", "", " x\ny "]), max_size=2))),
        remarks=tuple(draw(st.lists(st.sampled_from(["(Đã ký)", ""]), max_size=2))),
    )


_recipient_lists = st.builds(
    lambda items, label: RecipientList(items, label=label),
    st.lists(st.builds(Recipient, _lines, bullet=st.sampled_from([None, "-", "+", "•", "*"])), max_size=3).map(tuple),
    st.one_of(st.none(), st.sampled_from(["Nơi nhận:", "Kính gửi:", "Kính\ngửi:"])),
)


@st.composite
def _edge_documents(draw: st.DrawFn) -> Document:
    footnotes = tuple(
        Footnote(marker, text, citations=draw(_citations_in(text)))
        for marker, text in draw(st.lists(st.tuples(st.sampled_from(["1", "2", "a"]), _texts()), max_size=2))
    )
    return Document(
        header=draw(st.one_of(st.just(Header()), _headers())),
        preamble=draw(
            st.builds(
                Preamble,
                st.one_of(st.none(), _texts()),
                st.lists(_paragraphs(), max_size=2).map(tuple),
                st.one_of(st.none(), st.just("QUYẾT ĐỊNH:")),
            )
        ),
        body=tuple(draw(st.lists(st.one_of(_paragraphs(), _sections(2)), max_size=3))),
        signature=draw(st.one_of(st.none(), _signatures())),
        recipients=draw(st.one_of(st.none(), _recipient_lists)),
        footnotes=footnotes,
        addressees=draw(st.one_of(st.none(), _recipient_lists)),
    )


@given(_edge_documents())
def test_awkward_documents_round_trip(doc: Document) -> None:
    _round_trip(doc)


# -- table-driven hand-built cases -----------------------------------------------------------


def _seed_like() -> Document:
    """The seed report's shape: blank number and day, no national title, a footnote."""
    head = "Theo đề nghị của Sở Nội vụ tại Công văn "
    cited = "Hướng dẫn 02/HD-SNV ngày 18/3/2025 của Sở Nội vụ tỉnh Quảng Ngãi"
    cite = Citation(
        cited,
        (len(head), len(head) + len(cited)),
        doc_type=doctypes.by_code("HD"),
        type_written="Hướng dẫn",
        number=DocumentNumber("02", type_code="HD", issuers=("SNV",), written="02/HD-SNV"),
        date=dt.date(2025, 3, 18),
        date_written="18/3/2025",
        issuer="Sở Nội vụ tỉnh Quảng Ngãi",
    )
    basis_text = head + cited + " về tổng kết;"
    assert basis_text[cite.span[0] : cite.span[1]] == cite.text
    return Document(
        header=Header(
            number=DocumentNumber(None, type_code="BC", issuers=("SKHCHN",)),
            issue_date=IssueDate("Quảng Ngãi", None, 3, 2025),
            doc_type=doctypes.by_code("BC"),
            summary="Tổng kết Phong trào thi đua “Quảng Ngãi vì người nghèo – Không để ai bị bỏ lại phía sau”",
            number_label="Số:",
        ),
        body=(
            Paragraph(basis_text, citations=(cite,)),
            Section(
                "I",
                heading="Khái quát đặc điểm tình hình",
                children=(
                    Paragraph(
                        "Sở đã ban hành Kế hoạch thực hiện.",
                        footnote_refs=(FootnoteRef("1", 23),),
                    ),
                ),
            ),
            Section("II", heading="Kết quả", children=(Section("1", heading="Công tác lãnh đạo"),)),
        ),
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Trần Thanh Trường"),
        recipients=RecipientList(
            (Recipient("Sở Nội vụ;"), Recipient("Lưu: VT, VP.")),
        ),
        footnotes=(Footnote("1", "Kế hoạch số 2277/KH-STTTT ngày 08/10/2024."),),
    )


def _party() -> Document:
    return Document(
        header=Header(
            issuing_body="BAN CHẤP HÀNH TRUNG ƯƠNG",
            party_title="ĐẢNG CỘNG SẢN VIỆT NAM",
            number=DocumentNumber("05", type_code="CT", issuers=("TW",), style="party"),
            issue_date=IssueDate("Hà Nội", 23, 6, 2021),
            doc_type=doctypes.by_code("CT", system="party"),
            summary="về tăng cường sự lãnh đạo của Đảng",
        ),
        body=(Paragraph("Nội dung chỉ thị."),),
        signature=SignatureBlock(
            authority="TM.", authority_as_written="T/M", principal="BAN BÍ THƯ", name="Võ Văn Thưởng",
            remarks=("(Đã ký)",),
        ),
    )


def _decision() -> Document:
    cited = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    law = Citation(
        cited,
        (7, 7 + len(cited)),
        doc_type=doctypes.by_name("Luật", "legal"),
        type_written="Luật",
        date=dt.date(2015, 6, 19),
        date_written="19 tháng 6 năm 2015",
        name="Tổ chức chính quyền địa phương",
    )
    return Document(
        header=Header(
            parent_body="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
            national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            motto="Độc lập - Tự do - Hạnh phúc",
            number=DocumentNumber("833", type_code="QĐ", issuers=("UBND",)),
            issue_date=IssueDate("Quảng Ngãi", 29, 7, 2022),
            doc_type=doctypes.by_code("QĐ"),
            summary="Phê duyệt Kế hoạch",
            type_written="QUYẾT ĐỊNH",
        ),
        preamble=Preamble(
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            (Paragraph("Căn cứ " + law.text + ";", citations=(law,)),),
            "QUYẾT ĐỊNH:",
        ),
        body=(
            Section("Điều 1", heading="Phê duyệt", children=(Section("1", children=(Section("a", children=(Paragraph("Nội dung."),)),)),)),
            Section("Điều 2", children=(Paragraph("Hiệu lực."),)),
        ),
        signature=SignatureBlock(
            authority="KT.", principal="CHỦ TỊCH", title="PHÓ CHỦ TỊCH", name="Trần Phước Hiền",
            intermediate=(),
        ),
        recipients=RecipientList((Recipient("Như Điều 2;"), Recipient("Lưu: VT."))),
    )


def _cong_van() -> Document:
    return Document(
        header=Header(
            issuing_body="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            number=DocumentNumber("1471", issuers=("STTTT",), unit="TTBCXB", style="cong_van"),
            issue_date=IssueDate("Quảng Ngãi", 8, 8, 2023, day_written="8", month_written="8"),
            doc_type=doctypes.cong_van(),
            summary="tuyên truyền Chương trình mục tiêu quốc gia",
        ),
        addressees=RecipientList((Recipient("Các cơ quan báo chí.", bullet=None),), label="Kính gửi:"),
        body=(Paragraph("Nội dung công văn."),),
    )


def _annex() -> Document:
    cited = "Quyết định số 96/QĐ-UBND ngày 18/01/2023"
    quyet_dinh = Citation(
        cited,
        (10, 10 + len(cited)),
        doc_type=doctypes.by_code("QĐ"),
        number=DocumentNumber("96", type_code="QĐ", issuers=("UBND",)),
        date=dt.date(2023, 1, 18),
        date_written="18/01/2023",
    )
    attached = "(Kèm theo " + quyet_dinh.text + ")"
    return Document(
        header=Header(
            doc_type=doctypes.by_name("Phụ lục"),
            annex_label="Phụ lục I",
            attached_to=attached,
            attached_citation=quyet_dinh,
        ),
        body=(Paragraph("Danh mục."),),
    )


CASES = {
    "seed-like": _seed_like,
    "party": _party,
    "decision": _decision,
    "cong-van": _cong_van,
    "annex": _annex,
    "empty": Document,
}


@pytest.mark.parametrize("name", CASES)
def test_hand_built_documents_round_trip(name: str) -> None:
    doc = CASES[name]()
    data = _round_trip(doc)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert data.endswith(b"</document>\n")
    assert vx.dumps(CASES[name]()) == data  # built twice: equal, so the same bytes


def test_blank_parts_are_absent_attributes() -> None:
    root = vx.to_element(_seed_like())
    ns = {"vn": vx.NAMESPACE}
    number = root.find("vn:header/vn:number", ns)
    assert number is not None and number.get("number") is None and number.get("typeCode") == "BC"
    date = root.find("vn:header/vn:issueDate", ns)
    assert date is not None and date.get("day") is None and date.get("month") == "3"
    assert root.findtext("vn:header/vn:issueDate/vn:place", namespaces=ns) == "Quảng Ngãi"
    assert root.find("vn:header/vn:nationalTitle", ns) is None  # never invented


def test_digits_are_kept_as_written() -> None:
    d = IssueDate("Hà Nội", 5, 1, 2020, day_written="5", month_written="1")
    doc = Document(header=Header(issue_date=d, number=DocumentNumber("7", type_code="NQ", issuers=("CP",))))
    back = vx.loads(vx.dumps(doc))
    assert back.header.issue_date is not None
    assert (back.header.issue_date.day_written, back.header.issue_date.month_written) == ("5", "1")
    assert str(back.header.number) == "7/NQ-CP"


def test_string_value_of_a_paragraph_is_its_text() -> None:
    doc = _seed_like()
    root = vx.to_element(doc)
    for el, p in zip(root.iter(f"{{{vx.NAMESPACE}}}p"), doc.paragraphs(), strict=True):
        assert el.xpath("string(.)") == p.text


def test_footnote_reference_inside_and_at_the_edges_of_a_citation() -> None:
    text = "Theo Quyết định số 5/QĐ-UBND."
    cite = Citation("Quyết định số 5/QĐ-UBND", (5, 28), number=DocumentNumber("5", type_code="QĐ", issuers=("UBND",)))
    refs = (FootnoteRef("1", 5), FootnoteRef("2", 11), FootnoteRef("3", 11), FootnoteRef("4", 28))
    doc = Document(body=(Paragraph(text, footnote_refs=refs, citations=(cite,)),))
    data = _round_trip(doc).decode("utf-8")
    assert (
        '<p>Theo <footnoteRef marker="1"/><citation><number style="administrative" number="5" typeCode="QĐ"'
        ' issuers="UBND"/>Quyết <footnoteRef marker="2"/><footnoteRef marker="3"/>định số 5/QĐ-UBND'
        '</citation><footnoteRef marker="4"/>.</p>'
    ) in data


def test_registry_types_come_back_as_registry_entries() -> None:
    doc = _decision()
    back = vx.loads(vx.dumps(doc))
    assert back.header.doc_type is doctypes.by_code("QĐ")
    assert back.header.doc_type is not None and back.header.doc_type.formula == "QUYẾT ĐỊNH:"


def test_unknown_type_keeps_name_code_system_and_category() -> None:
    custom = DocumentType("Văn bản riêng", "VBR", category="specialised", system="party")
    back = vx.loads(vx.dumps(Document(header=Header(doc_type=custom))))
    assert back.header.doc_type == custom
    assert back.header.doc_type is not None and back.header.doc_type.category == "specialised"


def test_to_element_embeds_and_from_element_reads_back() -> None:
    doc = _decision()
    wrapper = etree.Element("envelope")
    wrapper.append(vx.to_element(doc))
    assert vx.from_element(wrapper[0]) == doc
    reparsed = etree.fromstring(etree.tostring(wrapper))
    assert vx.from_element(reparsed[0]) == doc


def test_dump_and_load_files(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "doc.xml"
    vx.dump(_party(), path)
    assert path.read_bytes() == vx.dumps(_party())
    back = vx.load(path)
    assert back == _party()
    assert back.signature is not None and back.signature.origin is not None
    assert back.signature.origin.source == str(path)


def test_public_api_is_reachable_from_the_package() -> None:
    assert vnadmin.xml.dumps is vx.dumps and vnadmin.xml.loads is vx.loads
    assert vx.schema() is vx.schema()
    assert vx.NAMESPACE == "urn:vnadmin:document:1" and vx.VERSION == 1


# -- what the writer refuses -----------------------------------------------------------------


def test_writer_refuses_a_citation_that_is_not_at_its_span() -> None:
    misplaced = Citation("Quyết định", (0, 10))
    doc = Document(body=(Section("I", children=(Paragraph("Theo Quyết định 5.", citations=(misplaced,)),)),))
    with pytest.raises(XmlError) as info:
        vx.dumps(doc)
    assert info.value.xpath == "/vn:document/vn:body/vn:section[1]/vn:p[1]"


def test_writer_refuses_overlapping_citations() -> None:
    text = "Quyết định số 5/QĐ-UBND"
    doc = Document(body=(Paragraph(text, citations=(Citation(text, (0, 23)), Citation("số 5", (11, 15)))),))
    with pytest.raises(XmlError):
        vx.dumps(doc)


@pytest.mark.parametrize("bad", ["\x0b", "\ufffe", "\uffff", "\x00", "\x1f", "\ud800"])
def test_writer_refuses_characters_xml_cannot_carry(bad: str) -> None:
    doc = Document(body=(Paragraph("a"), Paragraph(f"b{bad}c")))
    with pytest.raises(XmlError) as info:
        vx.dumps(doc)
    assert info.value.xpath == "/vn:document/vn:body/vn:p[2]"


def test_writer_refuses_an_attached_citation_without_its_text() -> None:
    doc = Document(header=Header(attached_citation=Citation("Quyết định 5", (0, 12))))
    with pytest.raises(XmlError):
        vx.dumps(doc)


def test_writer_needs_a_document() -> None:
    with pytest.raises(TypeError):
        vx.dumps(Paragraph("a"))  # type: ignore[arg-type]
