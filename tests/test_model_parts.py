"""Header, Preamble, SignatureBlock, Recipient(List) and Document validators."""

from __future__ import annotations

import pytest

from vnadmin import doctypes
from vnadmin.errors import ModelError
from vnadmin.model import (
    AUTHORITIES,
    Document,
    DocumentNumber,
    Footnote,
    Header,
    IssueDate,
    Note,
    Origin,
    Paragraph,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
)


def test_header_fields_default_to_none() -> None:
    h = Header()
    assert h.is_empty and repr(h) == "Header()"
    assert all(getattr(h, f) is None for f in ("parent_body", "issuing_body", "national_title", "motto",
                                                "number", "issue_date", "doc_type", "summary"))


def test_header_repr_shows_present_fields() -> None:
    h = Header(issuing_body="SỞ NỘI VỤ", summary="Về việc A")
    assert repr(h) == "Header(issuing_body='SỞ NỘI VỤ', summary='Về việc A')"
    assert not h.is_empty


def test_header_origins() -> None:
    o = Origin(line=3)
    h = Header(number=DocumentNumber("05", type_code="QĐ", issuers=("UBND",)), origins=[("number", o)])
    assert h.origin_of("number") == o and h.origin_of("summary") is None
    assert h == Header(number=DocumentNumber("05", type_code="QĐ", issuers=("UBND",)))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("issuing_body", ""),
        ("parent_body", "  "),
        ("national_title", "CỘNG HÒA\nXÃ HỘI"),
        ("motto", ""),
        ("number", "05/QĐ-UBND"),
        ("issue_date", "ngày 05 tháng 3 năm 2020"),
        ("doc_type", "Quyết định"),
        ("summary", ""),
        ("party_title", "ĐẢNG\nCỘNG SẢN"),
        ("annex_label", "Phụ lục\nI"),
        ("attached_to", ""),
    ],
)
def test_header_bad_values(field: str, value: object) -> None:
    with pytest.raises(ModelError) as err:
        Header(**{field: value})  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field, err.value.value) == ("Header", field, value)


def test_party_header() -> None:
    h = Header(party_title="ĐẢNG CỘNG SẢN VIỆT NAM", number=DocumentNumber("60", type_code="NQ", issuers=("TW",), style="party"))
    assert h.national_title is None and str(h.number) == "60-NQ/TW"


def test_preamble() -> None:
    empty = Preamble()
    assert not empty and len(empty) == 0
    p = Preamble("BỘ TRƯỞNG BỘ NỘI VỤ", [Paragraph("Căn cứ Luật Lưu trữ ngày 11 tháng 11 năm 2011;")], "QUYẾT ĐỊNH:")
    assert p and len(p) == 3 and type(p.bases) is tuple
    with pytest.raises(ModelError) as err:
        Preamble(bases=("Căn cứ …;",))  # type: ignore[arg-type]
    assert err.value.field == "bases"
    with pytest.raises(ModelError) as err:
        Preamble(formula="")
    assert err.value.field == "formula"


@pytest.mark.parametrize(
    ("block", "lines"),
    [
        (SignatureBlock(None, None, "GIÁM ĐỐC", "Trần Thanh Trường"), ("GIÁM ĐỐC", "Trần Thanh Trường")),
        (SignatureBlock("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"),
         ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A")),
        (SignatureBlock("KT.", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn B"), ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trần Văn B")),
        (SignatureBlock("TM.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Lê C", intermediate=["KT. CHỦ TỊCH"]),
         ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê C")),
        (SignatureBlock("Q.", "GIÁM ĐỐC", None, "Phạm D"), ("Q. GIÁM ĐỐC", "Phạm D")),
        (SignatureBlock("TM.", "BAN CHẤP HÀNH", "BÍ THƯ", "Võ E", authority_as_written="T/M"),
         ("T/M BAN CHẤP HÀNH", "BÍ THƯ", "Võ E")),
    ],
)
def test_signature_lines(block: SignatureBlock, lines: tuple[str, ...]) -> None:
    assert block.lines() == lines


def test_signature_authority_line() -> None:
    assert SignatureBlock(None, None, "GIÁM ĐỐC").authority_line is None
    assert SignatureBlock("TL.", None, "CHÁNH VĂN PHÒNG").authority_line == "TL."
    assert AUTHORITIES == ("TM.", "KT.", "TL.", "TUQ.", "Q.")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"authority": "K.T", "title": "GIÁM ĐỐC"}, "authority"),
        ({"authority": "KT", "title": "GIÁM ĐỐC"}, "authority"),
        ({"title": ""}, "title"),
        ({"name": " ", "title": "GIÁM ĐỐC"}, "name"),
        ({}, "title"),  # nothing at all
        ({"principal": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC"}, "principal"),  # principal without a prefix
        ({"authority_as_written": "T/M", "title": "BÍ THƯ"}, "authority_as_written"),
        ({"authority": "KT.", "authority_as_written": None, "title": "PHÓ GIÁM ĐỐC"}, "authority_as_written"),
        ({"title": "GIÁM ĐỐC", "intermediate": ("KT.", 5)}, "intermediate"),
        ({"title": "GIÁM ĐỐC", "remarks": "(Đã ký)"}, "remarks"),
    ],
)
def test_signature_bad_values(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ModelError) as err:
        SignatureBlock(**kwargs)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field) == ("SignatureBlock", field)


@pytest.mark.parametrize(
    ("text", "is_archive", "name", "purpose"),
    [
        ("Sở Nội vụ;", False, "Sở Nội vụ", None),
        ("Lưu: VT, VP.", True, "Lưu: VT, VP", None),
        ("Lưu VT, TCCB.", True, "Lưu VT, TCCB", None),
        ("Lưu Văn phòng Trung ương Đảng.", True, "Lưu Văn phòng Trung ương Đảng", None),
        ("Bộ Nội vụ (để báo cáo);", False, "Bộ Nội vụ (để báo cáo)", "để báo cáo"),
    ],
)
def test_recipient(text: str, is_archive: bool, name: str, purpose: str | None) -> None:
    r = Recipient(text)
    assert (r.is_archive, r.name, r.purpose, r.bullet) == (is_archive, name, purpose, "-")


@pytest.mark.parametrize(("text", "bullet", "field"), [("", "-", "text"), ("Sở\nNội vụ;", "-", "text"), ("Sở;", "--", "bullet")])
def test_recipient_bad_values(text: str, bullet: str, field: str) -> None:
    with pytest.raises(ModelError) as err:
        Recipient(text, bullet=bullet)
    assert (err.value.cls, err.value.field) == ("Recipient", field)


def test_recipient_list() -> None:
    items = [Recipient("Sở Nội vụ;"), Recipient("Lưu: VT, VP.")]
    rl = RecipientList(items)
    assert rl.items == tuple(items) and len(rl) == 2 and list(rl) == items
    assert rl.archive == items[1] and rl.label == "Nơi nhận:"
    assert RecipientList(items[:1]).archive is None
    kg = RecipientList((Recipient("Sở Tài chính.", bullet=None),), label="Kính gửi:")
    assert kg.label == "Kính gửi:" and kg.items[0].bullet is None
    with pytest.raises(ModelError) as err:
        RecipientList(("Sở Nội vụ;",))  # type: ignore[arg-type]
    assert err.value.field == "items"
    with pytest.raises(ModelError) as err:
        RecipientList((), label="")
    assert err.value.field == "label"


def test_document() -> None:
    body = (Paragraph("Mở đầu."), Section("I", heading="Khái quát", children=(Paragraph("Nội dung."),)))
    doc = Document(Header(doc_type=doctypes.by_code("BC")), body=list(body), footnotes=[Footnote("1", "Ghi chú.")])
    assert doc.body == body and doc.sections == (body[1],)
    assert [p.text for p in doc.paragraphs()] == ["Mở đầu.", "Nội dung."]
    assert list(doc.walk()) == [body[0], body[1], body[1].children[0]]
    assert doc.doc_type.code == "BC" and doc.number is None
    assert doc.footnote("1") == Footnote("1", "Ghi chú.") and doc.footnote("2") is None
    assert Document().header == Header() and not Document().preamble


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"header": None}, "header"),
        ({"preamble": None}, "preamble"),
        ({"body": ("Nội dung.",)}, "body"),
        ({"signature": "GIÁM ĐỐC"}, "signature"),
        ({"recipients": (Recipient("Sở;"),)}, "recipients"),
        ({"footnotes": ("1",)}, "footnotes"),
        ({"addressees": "Sở Nội vụ"}, "addressees"),
    ],
)
def test_document_bad_values(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ModelError) as err:
        Document(**kwargs)  # type: ignore[arg-type]
    assert (err.value.cls, err.value.field) == ("Document", field)


def test_document_notes_and_origin_outside_equality() -> None:
    a = Document(body=(Paragraph("Nội dung."),))
    b = Document(body=(Paragraph("Nội dung.", origin=Origin(line=9)),), origin=Origin(source="a.txt"),
                 notes=[Note("unrecognised", "dòng 4")])
    assert a == b and hash(a) == hash(b)
    assert b.notes == (Note("unrecognised", "dòng 4"),)


def test_issue_date_in_header() -> None:
    h = Header(issue_date=IssueDate("Hà Nội", 5, 1, 2020))
    assert str(h.issue_date) == "Hà Nội, ngày 05 tháng 01 năm 2020"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lưu: VT, VP.", True),
        ("Lưu VT.", True),
        ("Lưu Văn phòng Trung ương Đảng.", True),
        ("Lưu trữ quốc gia;", False),
        ("Lưu hành nội bộ;", False),
        ("Lưu ý các đơn vị;", False),
    ],
)
def test_recipient_is_archive_only_for_the_filing_entry(text: str, expected: bool) -> None:
    from vnadmin.model import Recipient

    assert Recipient(text).is_archive is expected
