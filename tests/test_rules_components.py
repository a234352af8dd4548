"""Table-driven tests of the rules, one component at a time: a valid base document, one
change, and the rule names that must (and must not) fire."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import attrs
import pytest

import vnadmin
from vnadmin import (
    Citation,
    Document,
    DocumentNumber,
    Header,
    IssueDate,
    Paragraph,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.model import Layout, Origin, PageSetup
from vnadmin.rules import Config

TODAY = datetime.date(2025, 6, 30)
CONFIG = Config(today=TODAY)


def base() -> Document:
    """A valid Quyết định of a provincial Sở."""
    return Document(
        header=Header(
            parent_body="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            issuing_body="SỞ NỘI VỤ",
            national_title="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            motto="Độc lập - Tự do - Hạnh phúc",
            number=vnadmin.parse_number("15/QĐ-SNV"),
            issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025),
            doc_type=doctypes.by_code("QĐ"),
            summary="Về việc ban hành Quy chế làm việc",
        ),
        body=(
            Section("Điều 1", heading="Ban hành Quy chế", children=(Paragraph("Ban hành kèm theo Quyết định này Quy chế."),)),
            Section("Điều 2", heading="Hiệu lực", children=(Paragraph("Quyết định có hiệu lực từ ngày ký."),)),
        ),
        signature=SignatureBlock(title="GIÁM ĐỐC", name="Nguyễn Văn An"),
        recipients=RecipientList((Recipient("Như Điều 2;"), Recipient("UBND tỉnh;"), Recipient("Lưu: VT, VP."))),
    )


def names(doc: Document, config: Config = CONFIG) -> set[str]:
    return {f.name for f in vnadmin.validate(doc, config=config)}


def header(**changes: object) -> Callable[[Document], Document]:
    return lambda d: attrs.evolve(d, header=attrs.evolve(d.header, **changes))


def test_base_is_clean() -> None:
    assert vnadmin.validate(base(), config=CONFIG) == []


CASES: list[tuple[str, Callable[[Document], Document], set[str], set[str]]] = [
    # id, change, must fire, must not fire
    ("no-title", header(national_title=None), {"national-title-missing"}, {"motto-missing"}),
    ("hoa-old-tone", header(national_title="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), set(), {"national-title-wording"}),
    ("title-no-diacritics", header(national_title="CONG HOA XA HOI CHU NGHIA VIET NAM"), {"national-title-wording"}, set()),
    ("title-lower", header(national_title="Cộng hòa xã hội chủ nghĩa Việt Nam"), {"component-case"}, {"national-title-wording"}),
    ("motto-en-dash", header(motto="Độc lập – Tự do – Hạnh phúc"), set(), {"motto-wording"}),
    ("motto-wrong", header(motto="Độc lập - Tự do"), {"motto-wording"}, set()),
    ("no-motto", header(motto=None), {"motto-missing"}, {"national-title-missing"}),
    ("no-body", header(issuing_body=None), {"issuing-body-missing"}, set()),
    ("body-lower", header(issuing_body="Sở Nội vụ"), {"issuing-body-case"}, set()),
    ("no-parent", header(parent_body=None), {"parent-body-missing"}, {"issuing-body-missing"}),
    ("ministry-needs-no-parent", header(parent_body=None, issuing_body="BỘ NỘI VỤ"), set(), {"parent-body-missing"}),
    ("no-number", header(number=None), {"number-missing"}, {"number-blank"}),
    ("blank-number", header(number=DocumentNumber(None, type_code="QĐ", issuers=("SNV",))), {"number-blank"}, {"number-missing"}),
    ("number-no-zero", header(number=vnadmin.parse_number("5/QĐ-SNV")), {"number-leading-zero"}, set()),
    ("type-mismatch", header(number=vnadmin.parse_number("15/BC-SNV")), {"symbol-type-mismatch"}, set()),
    ("cong-van-no-type-code", header(doc_type=doctypes.cong_van(), number=vnadmin.parse_number("624/CT-TTHT")), set(), {"symbol-type-mismatch"}),
    ("typed-with-cong-van-number", header(number=vnadmin.parse_number("1471/STTTT-TTBCXB")), {"symbol-type-mismatch"}, set()),
    ("day-blank", header(issue_date=IssueDate("Quảng Ngãi", None, 3, 2025)), {"date-day-blank"}, {"date-leading-zero", "date-after-today"}),
    ("month-blank", header(issue_date=IssueDate("Quảng Ngãi", 5, None, 2025)), {"date-month-blank"}, set()),
    ("day-no-zero", header(issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025, day_written="5")), {"date-leading-zero"}, set()),
    ("month-03", header(issue_date=IssueDate("Quảng Ngãi", 5, 3, 2025, month_written="03")), {"date-leading-zero"}, set()),
    ("month-2-no-zero", header(issue_date=IssueDate("Quảng Ngãi", 19, 2, 2025, month_written="2")), {"date-leading-zero"}, set()),
    ("month-02", header(issue_date=IssueDate("Quảng Ngãi", 19, 2, 2025)), set(), {"date-leading-zero"}),
    ("month-12", header(issue_date=IssueDate("Quảng Ngãi", 10, 12, 2024)), set(), {"date-leading-zero"}),
    ("feb-30", header(issue_date=IssueDate("Quảng Ngãi", 30, 2, 2025)), {"date-impossible"}, {"date-after-today"}),
    ("future", header(issue_date=IssueDate("Quảng Ngãi", 1, 7, 2025)), {"date-after-today"}, set()),
    ("future-month-blank-day", header(issue_date=IssueDate("Quảng Ngãi", None, 7, 2025)), {"date-after-today"}, set()),
    ("no-place", header(issue_date=IssueDate(None, 5, 3, 2025)), {"place-missing"}, set()),
    ("no-date", header(issue_date=None), {"date-missing"}, set()),
    ("no-type", header(doc_type=None), {"type-missing"}, {"symbol-type-mismatch"}),
    ("no-summary", header(summary=None), {"summary-missing"}, set()),
    ("no-signature", lambda d: attrs.evolve(d, signature=None), {"signature-missing"}, set()),
    (
        "kt-with-head-title",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="KT.", principal="GIÁM ĐỐC", title="GIÁM ĐỐC", name="A B")),
        {"signature-deputy-title"},
        set(),
    ),
    (
        "kt-with-deputy",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="KT.", principal="GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC", name="Lê Văn Bình")),
        set(),
        {"signature-deputy-title", "signature-deputy-without-kt"},
    ),
    (
        "kt-thu-truong",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="KT.", principal="BỘ TRƯỞNG", title="THỨ TRƯỞNG", name="Trần Văn B")),
        set(),
        {"signature-deputy-title"},
    ),
    (
        "deputy-without-kt",
        lambda d: attrs.evolve(d, signature=SignatureBlock(title="PHÓ GIÁM ĐỐC", name="Lê Văn Bình")),
        {"signature-deputy-without-kt"},
        set(),
    ),
    (
        "tm-collective",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="TM.", principal="ỦY BAN NHÂN DÂN", title="CHỦ TỊCH", name="Trần Văn C")),
        set(),
        {"signature-collective"},
    ),
    (
        "tm-person",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="TM.", principal="GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC", name="Trần Văn C")),
        {"signature-collective"},
        set(),
    ),
    (
        "acting-head",
        lambda d: attrs.evolve(d, signature=SignatureBlock(authority="Q.", principal="GIÁM ĐỐC", name="Trần Văn C")),
        set(),
        {"signature-title-missing"},
    ),
    ("no-name", lambda d: attrs.evolve(d, signature=SignatureBlock(title="GIÁM ĐỐC")), {"signature-name-missing"}, set()),
    ("name-caps", lambda d: attrs.evolve(d, signature=SignatureBlock(title="GIÁM ĐỐC", name="NGUYỄN VĂN AN")), {"signature-name-form"}, set()),
    ("no-recipients", lambda d: attrs.evolve(d, recipients=None), {"recipients-missing"}, {"recipients-archive-missing"}),
    (
        "no-archive",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("Như Điều 2;"), Recipient("UBND tỉnh."),))),
        {"recipients-archive-missing"},
        {"recipients-missing"},
    ),
    (
        "archive-not-last",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("Lưu: VT, VP;"), Recipient("UBND tỉnh."),))),
        {"recipients-archive-not-last"},
        {"recipients-archive-missing"},
    ),
    (
        "archive-without-vt",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("UBND tỉnh;"), Recipient("Lưu: HC, PLTP."),))),
        {"recipients-archive-vt"},
        {"recipients-archive-missing"},
    ),
    (
        "recipient-punctuation",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("UBND tỉnh,"), Recipient("Lưu: VT, VP"),))),
        {"recipients-item-punctuation"},
        set(),
    ),
    (
        "recipient-label",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("UBND tỉnh;"), Recipient("Lưu: VT, VP.")), label="Nơi nhận")),
        {"recipients-label"},
        set(),
    ),
]


@pytest.mark.parametrize(("change", "fire", "silent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_cases(change: Callable[[Document], Document], fire: set[str], silent: set[str]) -> None:
    found = names(change(base()))
    assert fire <= found
    assert not (silent & found)


def _body(*sections: Section) -> Callable[[Document], Document]:
    return lambda d: attrs.evolve(d, body=sections)


ROMAN = [Section(x, heading="Mục") for x in ("I", "II", "IV")]
SECTION_CASES = [
    ("roman-gap", _body(*ROMAN), {"section-numbering-gap"}, {"section-numbering-repeat"}),
    ("arabic-repeat", _body(Section("I", heading="A", children=(Section("1"), Section("2"), Section("2")))), {"section-numbering-repeat"}, {"section-numbering-gap"}),
    ("starts-at-2", _body(Section("II", heading="A"), Section("III", heading="B")), {"section-numbering-gap"}, set()),
    ("letters-d-dj", _body(Section("Điều 1", heading="A", children=(Section("a"), Section("b"), Section("c"), Section("d"), Section("đ"), Section("e")))), set(), {"section-numbering-gap"}),
    ("letters-gap", _body(Section("Điều 1", heading="A", children=(Section("a"), Section("c")))), {"section-numbering-gap"}, set()),
    ("letter-f", _body(Section("Điều 1", heading="A", children=(Section("a"), Section("f")))), {"section-letter-invalid"}, set()),
    (
        "dieu-across-chapters",
        _body(
            Section("Chương I", heading="A", children=(Section("Điều 1", heading="x"), Section("Điều 2", heading="y"))),
            Section("Chương II", heading="B", children=(Section("Điều 3", heading="z"),)),
        ),
        set(),
        {"section-numbering-gap", "section-numbering-repeat"},
    ),
    (
        "dieu-restarting-is-a-repeat",
        _body(
            Section("Chương I", heading="A", children=(Section("Điều 1", heading="x"),)),
            Section("Chương II", heading="B", children=(Section("Điều 1", heading="z"),)),
        ),
        {"section-numbering-repeat"},
        set(),
    ),
    ("inserted-article", _body(Section("Điều 1", heading="a"), Section("Điều 1a", heading="b"), Section("Điều 2", heading="c")), set(), {"section-numbering-gap", "section-numbering-repeat"}),
    ("mixed-markers", _body(Section("I", heading="A", children=(Section("1"), Section("b")))), {"section-marker-inconsistent"}, set()),
    ("dieu-without-title", _body(Section("Điều 1"), Section("Điều 2", heading="x")), {"section-heading-missing"}, set()),
]


@pytest.mark.parametrize(("change", "fire", "silent"), [c[1:] for c in SECTION_CASES], ids=[c[0] for c in SECTION_CASES])
def test_section_cases(change: Callable[[Document], Document], fire: set[str], silent: set[str]) -> None:
    found = names(change(base()))
    assert fire <= found, found
    assert not (silent & found), found


def _cited(prose: str, written: str, type_name: str, number: str, date: datetime.date | None) -> Document:
    start = prose.index(written)
    c = Citation(
        written,
        (start, start + len(written)),
        doc_type=doctypes.by_name(type_name),
        number=vnadmin.parse_number(number),
        date=date,
        date_written=None if date is None else f"{date.day:02d}/{date.month if date.month > 2 else f'{date.month:02d}'}/{date.year}",
    )
    d = base()
    return attrs.evolve(d, body=(Paragraph(prose, citations=(c,)), *d.body))


CITATION_CASES = [
    ("hd-inside-cong-van", ("Theo Công văn Hướng dẫn 02/HD-SNV ngày 18/02/2025.", "Hướng dẫn 02/HD-SNV ngày 18/02/2025", "Hướng dẫn", "02/HD-SNV", datetime.date(2025, 2, 18)), set(), {"citation-type-mismatch", "citation-invalid", "citation-date-after-document"}),
    ("cong-van-ct-issuer", ("Theo công văn số 624/CT-TTHT ngày 10/02/2025.", "công văn số 624/CT-TTHT ngày 10/02/2025", "Công văn", "624/CT-TTHT", datetime.date(2025, 2, 10)), set(), {"citation-type-mismatch"}),
    ("wrong-type", ("Theo Quyết định số 12/KH-UBND ngày 10/02/2025.", "Quyết định số 12/KH-UBND ngày 10/02/2025", "Quyết định", "12/KH-UBND", datetime.date(2025, 2, 10)), {"citation-type-mismatch"}, set()),
    ("invalid", ("Theo Nghị quyết số 5-NQ/TU ngày 12/6/2024.", "Nghị quyết số 5-NQ/TU ngày 12/6/2024", "Nghị quyết", "5-NQ/TU", datetime.date(2024, 6, 12)), {"citation-invalid"}, set()),
    ("unknown-issuer-is-not-invalid", ("Theo Quyết định số 12/QĐ-XYZW ngày 10/02/2025.", "Quyết định số 12/QĐ-XYZW ngày 10/02/2025", "Quyết định", "12/QĐ-XYZW", datetime.date(2025, 2, 10)), {"citation-issuer-unknown"}, {"citation-invalid"}),
    ("after-document", ("Theo Quyết định số 12/QĐ-UBND ngày 10/3/2025.", "Quyết định số 12/QĐ-UBND ngày 10/3/2025", "Quyết định", "12/QĐ-UBND", datetime.date(2025, 3, 10)), {"citation-date-after-document"}, set()),
    ("same-day", ("Theo Quyết định số 12/QĐ-UBND ngày 05/3/2025.", "Quyết định số 12/QĐ-UBND ngày 05/3/2025", "Quyết định", "12/QĐ-UBND", datetime.date(2025, 3, 5)), set(), {"citation-date-after-document"}),
]


@pytest.mark.parametrize(("args", "fire", "silent"), [c[1:] for c in CITATION_CASES], ids=[c[0] for c in CITATION_CASES])
def test_citation_cases(args: tuple[str, str, str, str, datetime.date], fire: set[str], silent: set[str]) -> None:
    found = names(_cited(*args))
    assert fire <= found, found
    assert not (silent & found), found


def test_citation_after_a_document_with_blank_day() -> None:
    # Dated "tháng 3 năm 2025": a citation of 18/3/2025 is not later, one of 02/4/2025 is.
    def dated(day: datetime.date) -> set[str]:
        d = _cited("Theo Hướng dẫn 02/HD-SNV.", "Hướng dẫn 02/HD-SNV", "Hướng dẫn", "02/HD-SNV", day)
        d = attrs.evolve(d, header=attrs.evolve(d.header, issue_date=IssueDate("Quảng Ngãi", None, 3, 2025)))
        return names(d)

    assert "citation-date-after-document" not in dated(datetime.date(2025, 3, 31))
    assert "citation-date-after-document" in dated(datetime.date(2025, 4, 2))


def test_party_document() -> None:
    # Hướng dẫn 36-HD/VPTW: Party title instead of Quốc hiệu/Tiêu ngữ, "Số" without a
    # colon, T/M prefix, "Lưu Văn phòng …" without a colon.
    doc = Document(
        header=Header(
            issuing_body="BAN CHẤP HÀNH TRUNG ƯƠNG",
            party_title="ĐẢNG CỘNG SẢN VIỆT NAM",
            number=vnadmin.parse_number("60-NQ/TW"),
            issue_date=IssueDate("Hà Nội", 12, 4, 2025),
            doc_type=doctypes.by_code("NQ", system="party"),
            summary="hội nghị lần thứ mười một",
            number_label="Số",
        ),
        body=(Paragraph("Nội dung."),),
        signature=SignatureBlock(authority="TM.", authority_as_written="T/M", principal="BAN CHẤP HÀNH TRUNG ƯƠNG", title="TỔNG BÍ THƯ", name="Tô Lâm"),
        recipients=RecipientList((Recipient("Các tỉnh ủy;"), Recipient("Lưu Văn phòng Trung ương Đảng."))),
    )
    found = {f.name for f in vnadmin.validate(doc, config=CONFIG)}
    assert not found & {
        "national-title-missing", "motto-missing", "so-prefix-colon", "signature-authority-form",
        "recipients-archive-vt", "recipients-archive-colon", "recipients-archive-missing", "party-title-missing",
    }, found
    with_colon = attrs.evolve(doc, header=attrs.evolve(doc.header, number_label="Số:"))
    assert "so-prefix-colon" in names(with_colon)
    untitled = attrs.evolve(doc, header=attrs.evolve(doc.header, party_title=None))
    assert "party-title-missing" in names(untitled)


def test_state_number_label_without_colon() -> None:
    doc = header(number_label="Số")(base())
    assert "so-prefix-colon" in names(doc)
    assert "so-prefix-colon" not in names(header(number_label="Số:")(base()))


def _docx_like(layout: Layout, page: PageSetup) -> Document:
    d = base()
    o = Origin(source="a.docx", paragraph=3, layout=layout)
    h = attrs.evolve(d.header, origins=(("national_title", o),))
    return attrs.evolve(d, header=h, origin=Origin(source="a.docx", page=page))


A4_OK = PageSetup(210, 297, 20, 20, 30, 15)


def test_layout_clean() -> None:
    doc = _docx_like(Layout(font="Times New Roman", size=13, bold=True, italic=False), A4_OK)
    assert not {f.component for f in [vnadmin.rules.get(f.code) for f in vnadmin.validate(doc, config=CONFIG)] if f} & {"layout"}


@pytest.mark.parametrize(
    ("layout", "page", "rule"),
    [
        (Layout(font="Arial", size=13, bold=True), A4_OK, "font-family"),
        (Layout(font="Times New Roman", size=11, bold=True), A4_OK, "font-size"),
        (Layout(font="Times New Roman", size=13, bold=False), A4_OK, "font-style"),
        (Layout(font="Times New Roman", size=13, bold=True, italic=True), A4_OK, "font-style"),
        (Layout(size=13, bold=True), PageSetup(216, 279, 20, 20, 30, 15), "page-size"),
        (Layout(size=13, bold=True), PageSetup(210, 297, 20, 20, 20, 15), "page-margins"),
    ],
)
def test_layout_rules(layout: Layout, page: PageSetup, rule: str) -> None:
    found = vnadmin.validate(_docx_like(layout, page), config=CONFIG)
    hit = [f for f in found if f.name == rule]
    assert hit and hit[0].severity == "error"
    # The review profile widens tolerances or lowers the layout rules to warnings.
    review = [f for f in vnadmin.validate(_docx_like(layout, page), config=Config(profile="review", today=TODAY)) if f.name == rule]
    assert all(f.severity != "error" for f in review)


def test_review_tolerance_accepts_a_near_miss() -> None:
    doc = _docx_like(Layout(font="Times New Roman", size=14, bold=True), PageSetup(210, 297, 20, 20, 28, 15))
    strict = names(doc)
    review = names(doc, Config(profile="review", today=TODAY))
    assert {"font-size", "page-margins"} <= strict
    assert not {"font-size", "page-margins"} & review


def test_locations_point_at_the_source() -> None:
    doc = _docx_like(Layout(font="Arial"), A4_OK)
    f = next(f for f in vnadmin.validate(doc, config=CONFIG) if f.name == "font-family")
    assert f.location.paragraph == 3 and f.location.path == "header.national_title"


def _numbering(*items: Section | Paragraph) -> list[tuple[str, str]]:
    doc = attrs.evolve(base(), body=items)
    return [(f.name, f.severity) for f in vnadmin.validate(doc, config=Config(select=("S001", "S002"), today=TODAY))]


def test_quoted_amendments_are_not_numbered_with_the_text() -> None:
    amending = Section(
        "Điều 1",
        heading="Sửa đổi, bổ sung một số điều của Nghị định số 08/2015/NĐ-CP",
        children=(
            Section("1", heading="Khoản 7 Điều 3 được sửa đổi như sau:"),
            Section("7", heading="Cổng thông tin một cửa quốc gia"),
            Section("2", heading="Điều 24 được sửa đổi như sau:"),
            Section("Điều 24", heading="Hành vi vi phạm"),
        ),
    )
    assert _numbering(amending, Section("Điều 2", heading="Hiệu lực")) == []
    # Without the amending words the same numbering is a gap and a repeat.
    plain = Section(
        "Điều 1",
        heading="Quy định chung",
        children=(Section("1", heading="a"), Section("7", heading="b"), Section("2", heading="c"), Section("Điều 24", heading="d")),
    )
    assert {n for n, _ in _numbering(plain)} >= {"section-numbering-gap", "section-numbering-repeat"}


def test_an_appended_annex_numbers_its_own_items() -> None:
    body = (
        Section("Điều 1", heading="A"),
        Section("Điều 2", heading="B"),
        Paragraph("Phụ lục I"),
        Section("3", heading="Mục lục"),
        Section("Điều 1", heading="C"),
    )
    assert _numbering(*body) == []


def test_a_mistyped_marker_is_a_warning_not_a_gap() -> None:
    body = (
        Section("I", heading="A", children=(
            Section("1", heading="x", children=(Paragraph("Nội dung."), Paragraph("2, Nước thải là nước đã bị thay đổi."))),
            Section("3", heading="y"),
        )),
    )
    assert _numbering(*body) == [("section-numbering-gap", "warning")]
    doc = attrs.evolve(base(), body=body)
    (f,) = vnadmin.validate(doc, config=Config(select=("S001",), today=TODAY))
    assert '"2, Nước thải là nước đã…"' in f.message  # the paragraph the marker went into


@pytest.mark.parametrize(
    "written",
    ["1206 /QĐ-HVTC", "15- Nq/tw", "12/Ctr-UBND", "005/QĐ-UBND", "05/QD-UBND", "05/TT-BNV", "05/QĐ-XYZW",
     "05/QĐ-BNNMT", "12/2028/NĐ-CP", "05/QĐ–UBND"],
)
def test_check_number_findings_pass_through_for_the_header(written: str) -> None:
    # Every finding check_number gives for the header's number (as written, on the
    # document's date) comes out of validate under the same code and name.
    from vnadmin.citations import check_number

    number = vnadmin.parse_number(written)
    doc = header(number=number, doc_type=doctypes.by_code(number.type_code) if number.type_code else None)(base())
    doc = header(issue_date=IssueDate("Hà Nội", 5, 3, 2024))(doc)
    expected = {(f.code, f.name) for f in check_number(number, on=datetime.date(2024, 3, 5))}
    assert expected
    got = {(f.code, f.name) for f in vnadmin.validate(doc, config=CONFIG)}
    assert expected <= got


MORE_CASES: list[tuple[str, Callable[[Document], Document], set[str], set[str]]] = [
    ("year-blank", header(issue_date=IssueDate("Quảng Ngãi", 5, 3, None)), {"date-year-blank"}, set()),
    ("place-lower", header(issue_date=IssueDate("quảng Ngãi", 5, 3, 2025)), {"place-case"}, set()),
    ("type-lower", header(type_written="Quyết định"), {"type-case"}, set()),
    ("type-caps", header(type_written="QUYẾT ĐỊNH"), set(), {"type-case"}),
    ("title-lower", lambda d: attrs.evolve(d, signature=SignatureBlock(title="Giám đốc", name="Nguyễn Văn An")), {"signature-title-case"}, set()),
    (
        "recipient-bullet",
        lambda d: attrs.evolve(d, recipients=RecipientList((Recipient("UBND tỉnh;", bullet="+"), Recipient("Lưu: VT, VP.")))),
        {"recipients-item-bullet"},
        set(),
    ),
    (
        "cong-van-without-kinh-gui",
        header(doc_type=doctypes.cong_van(), number=vnadmin.parse_number("15/SNV-VP")),
        {"addressees-missing"},
        {"symbol-type-mismatch"},
    ),
    (
        "kinh-gui-without-nhu-tren",
        lambda d: attrs.evolve(
            header(doc_type=doctypes.cong_van(), number=vnadmin.parse_number("15/SNV-VP"))(d),
            addressees=RecipientList((Recipient("Ủy ban nhân dân tỉnh."),), label="Kính gửi:"),
        ),
        {"recipients-as-above"},
        {"addressees-missing"},
    ),
    (
        "kinh-gui-with-nhu-tren",
        lambda d: attrs.evolve(
            header(doc_type=doctypes.cong_van(), number=vnadmin.parse_number("15/SNV-VP"))(d),
            addressees=RecipientList((Recipient("Ủy ban nhân dân tỉnh."),), label="Kính gửi:"),
            recipients=RecipientList((Recipient("Như trên;"), Recipient("Lưu: VT, VP."))),
        ),
        set(),
        {"recipients-as-above", "addressees-missing"},
    ),
    (
        "party-title-wording",
        header(party_title="ĐẢNG CỘNG SẢN", number=vnadmin.parse_number("60-NQ/TW"), doc_type=doctypes.by_code("NQ", system="party")),
        {"party-title-wording"},
        {"national-title-missing"},
    ),
    (
        "header-out-of-order",
        header(origins=(("national_title", Origin(line=5)), ("motto", Origin(line=4)))),
        {"header-order"},
        set(),
    ),
    (
        "header-in-order",
        header(origins=(("national_title", Origin(line=4)), ("motto", Origin(line=5)))),
        set(),
        {"header-order"},
    ),
]


@pytest.mark.parametrize(("change", "fire", "silent"), [c[1:] for c in MORE_CASES], ids=[c[0] for c in MORE_CASES])
def test_more_rule_cases(change: Callable[[Document], Document], fire: set[str], silent: set[str]) -> None:
    found = names(change(base()))
    assert fire <= found, found
    assert not (silent & found), found


def test_citation_style_rules() -> None:
    prose = "Theo Quyết định số 005/QĐ-UBND ngày 12/03/2024."
    written = "Quyết định số 005/QĐ-UBND ngày 12/03/2024"
    start = prose.index(written)
    c = Citation(written, (start, start + len(written)), doc_type=doctypes.by_code("QĐ"),
                 number=vnadmin.parse_number("005/QĐ-UBND"), date=datetime.date(2024, 3, 12), date_written="12/03/2024")
    doc = attrs.evolve(base(), body=(Paragraph(prose, citations=(c,)), *base().body))
    found = {f.name: f.severity for f in vnadmin.validate(doc, config=CONFIG)}
    assert found["citation-number-style"] == "warning"  # zero padding: 005
    assert found["citation-date-style"] == "warning"  # month 03
    assert "citation-invalid" not in found


def test_alignment_rule() -> None:
    d = base()
    o = Origin(paragraph=8, layout=Layout(font="Times New Roman", size=14, bold=True, alignment="left"))
    doc = attrs.evolve(d, header=attrs.evolve(d.header, origins=(("doc_type", o),)))
    assert "alignment" in names(doc)


def test_party_recipient_lines_are_not_held_to_the_state_punctuation() -> None:
    text = (
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*\nSố 05-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Ngãi, ngày 15 tháng 3 năm 2025\n\nCHỈ THỊ\nvề công tác chuyển đổi số\n\nNội dung.\n\n"
        "Nơi nhận:\n- Các huyện ủy, thành ủy,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n"
    )
    doc = vnadmin.text.loads(text)
    assert "recipients-item-punctuation" not in {f.name for f in vnadmin.validate(doc, config=CONFIG)}
    state = vnadmin.text.loads(
        text.replace("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI")
        .replace("Số 05-CT/TU", "Số: 05/CT-UBND")
        .replace("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
        .replace("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN")
    )
    assert not state.header.party_title
    assert "recipients-item-punctuation" in {f.name for f in vnadmin.validate(state, config=CONFIG)}
