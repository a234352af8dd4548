"""vnadmin.testing.strategies: generated objects satisfy their own invariants, valid
documents satisfy Nghị định 30/2020/NĐ-CP, defective ones carry exactly their defect."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import vnadmin
from vnadmin import doctypes
from vnadmin.citations import check_number, parse_number
from vnadmin.model import Citation, Document, Paragraph, Section
from vnadmin.model.dates import canonical_day, canonical_month
from vnadmin.testing import strategies as vst

STRUCTURAL = (
    "Nơi nhận", "Kính gửi", "Căn cứ", "Theo đề nghị", "Xét", "Lưu", "Số", "V/v", "TM.", "KT.", "TL.",
    "TUQ.", "Q.", "T/M", "Phụ lục", "(Kèm theo", "QUYẾT ĐỊNH", "QUYẾT NGHỊ", "Phần ", "Chương ", "Mục ",
    "Tiểu mục ", "Điều ",
)  # fmt: skip
MARKER_START = re.compile(r"(?:[IVXLCDM]+\.|[0-9]+(?:\.[0-9]+)*\.|[0-9]+(?:\.[0-9]+)+|[a-zđ]\)|[-+•*])")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]


# ---------------------------------------------------------------------------------------
# An independent reading of the invariants
# ---------------------------------------------------------------------------------------


def strings(obj: Any, path: str = "doc") -> Iterator[tuple[str, str]]:
    """Every str held in the content of ``obj`` (fields in equality), with its path."""
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, tuple):
        for i, x in enumerate(obj):
            yield from strings(x, f"{path}[{i}]")
    elif attrs.has(type(obj)) and not isinstance(obj, vnadmin.DocumentType):
        for f in attrs.fields(type(obj)):
            if f.eq:
                yield from strings(getattr(obj, f.name), f"{path}.{f.name}")


def paragraph_problems(p: Paragraph) -> list[str]:
    text = p.text
    out = []
    if not text.endswith((".", ";")):
        out.append("does not end with . or ;")
    if MARKER_START.match(text):
        out.append("starts like a section marker or bullet")
    if text.startswith(STRUCTURAL):
        out.append("starts with a structural keyword")
    if vnadmin.unicode.is_upper_text(text):
        out.append("all upper case")
    return out


def label_number(section: Section) -> int:
    n = section.number
    kind = section.kind
    if kind in ("roman", "phan", "chuong"):
        return ROMAN[n]
    if kind == "letter":
        return LETTERS.index(n) + 1
    if kind == "decimal":
        return int(n.rsplit(".", 1)[1])
    return int(n)


def numbering_gaps(items: tuple[Section | Paragraph, ...], counter: dict[str, int]) -> list[str]:
    """Sibling labels must run 1, 2, 3… at each level; Điều numbers run through the whole
    document; a decimal label extends its parent's number."""
    out = []
    expected = 1
    for item in items:
        if type(item) is not Section:
            continue
        if item.kind == "dieu":
            counter["dieu"] += 1
            if label_number(item) != counter["dieu"]:
                out.append(item.label)
        else:
            if label_number(item) != expected:
                out.append(item.label)
            expected += 1
        out.extend(numbering_gaps(item.children, counter))
    return out


def structure_problems(items: tuple[Section | Paragraph, ...]) -> list[str]:
    out = []
    seen_section = False
    for item in items:
        if type(item) is Section:
            seen_section = True
            h = item.heading
            if h is None:
                first = item.children[0] if item.children else None
                if type(first) is not Paragraph or first.bullet is not None:
                    out.append(f"{item.label}: no heading and no leading paragraph")
                if item.kind in ("phan", "chuong", "muc", "dieu", "roman"):
                    out.append(f"{item.label}: heading required")
            elif h.endswith((".", ";")) or len(h.split()) > 12:
                out.append(f"{item.label}: bad heading {h!r}")
            if not item.children:
                out.append(f"{item.label}: empty")
            out.extend(structure_problems(item.children))
        elif seen_section:
            out.append(f"paragraph after a section: {item!r}")
        else:
            out.extend(paragraph_problems(item))
    return out


def citations_of(doc: Document) -> Iterator[tuple[Paragraph, Citation]]:
    for p in (*doc.preamble.bases, *doc.paragraphs()):
        for c in p.citations:
            yield p, c


def violations(doc: Document) -> set[str]:
    """Which of the named defects ``doc`` shows, judged from the model alone."""
    h = doc.header
    found = set()
    if h.doc_type is not None and h.doc_type.system == "party":
        # a Party document: the Party title stands where the national title and motto would
        assert h.party_title == vst.PARTY_TITLE and h.national_title is None and h.motto is None
    else:
        if h.national_title != vst.NATIONAL_TITLE:
            found.add("national-title-missing")
        if h.motto != vst.MOTTO:
            found.add("motto-missing")
    if h.issuing_body is None:
        found.add("issuing-body-missing")
    if h.number is None or h.number.number is None:
        found.add("number-blank")
    d = h.issue_date
    assert d is not None and d.month is not None and d.year is not None
    if d.day is None:
        found.add("date-day-blank")
    if (d.day is not None and d.day_written != canonical_day(d.day)) or d.month_written != canonical_month(d.month):
        found.add("date-leading-zero")
    assert h.doc_type is not None and h.number is not None
    if h.doc_type.is_cong_van:
        if h.number.style != "cong_van":
            found.add("symbol-type-mismatch")
    elif h.number.type_code != h.doc_type.code:
        # Another code for a type of the same name (QĐ, the Party's Quy định) is no mismatch.
        same = doctypes.all_by_code(h.number.type_code or "")
        if not any(t.name == h.doc_type.name for t in same):
            found.add("symbol-type-mismatch")
    if numbering_gaps(doc.body, {"dieu": 0}):
        found.add("section-numbering-gap")
    if doc.signature is None:
        found.add("signature-missing")
    if doc.recipients is None:
        found.add("recipients-missing")
    elif doc.recipients.archive is None:
        found.add("recipients-archive-missing")
    # A blank day: the document is not dated before the end of its month (a citation of
    # 18/3/2025 is not after "ngày … tháng 3 năm 2025").
    last_day = (dt.date(d.year + d.month // 12, d.month % 12 + 1, 1) - dt.timedelta(days=1)).day
    doc_date = dt.date(d.year, d.month, d.day or last_day)
    for _, c in citations_of(doc):
        if c.number is not None and any(f.severity == "error" for f in check_number(str(c.number))):
            found.add("citation-invalid")
        if c.date is not None and c.date > doc_date:
            found.add("citation-date-after-document")
    return found


# ---------------------------------------------------------------------------------------
# Valid documents
# ---------------------------------------------------------------------------------------


@given(vst.documents())
def test_valid_documents_satisfy_nghi_dinh_30(doc: Document) -> None:
    assert violations(doc) == set()
    assert vst.defect_of(doc) is None and doc.notes == ()
    h = doc.header
    assert h.number is not None and h.issue_date is not None and h.doc_type is not None
    assert len(h.number.number or "") >= 2  # leading zero below 10
    assert h.number.issuers and h.summary
    assert h.issue_date.as_date() is not None and h.issue_date.as_date() <= dt.date.today()  # type: ignore[operator]
    assert h.issue_date.place
    assert parse_number(str(h.number)) == h.number
    if h.doc_type.is_cong_van or h.doc_type.code == "TTr":
        assert doc.addressees is not None
    if doc.addressees is not None:
        assert h.doc_type.is_cong_van or h.doc_type.code in ("TTr", "BC")
        assert doc.addressees.label == "Kính gửi:"
        assert doc.recipients is not None and doc.recipients.items[0].text == "Như trên;"
    assert bool(doc.preamble) is (h.doc_type.formula is not None)
    bases = [p.text for p in doc.preamble.bases]
    assert all(b.startswith(("Căn cứ ", "Theo đề nghị ")) for b in bases)
    formula = h.doc_type.formula
    if formula is not None and formula.endswith(":"):  # "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
        assert doc.preamble.formula == formula and doc.preamble.authority
        assert bases and all(b.endswith(";") for b in bases[:-1]) and bases[-1].endswith(".")
    elif formula is not None:  # "Chính phủ ban hành Nghị định quy định …."
        assert doc.preamble.authority is None
        assert doc.preamble.formula is not None and f" {formula} " in doc.preamble.formula
        assert doc.preamble.formula.endswith(".")
        assert bases and all(b.endswith(";") for b in bases)
    if h.doc_type.system == "legal":  # a legal-normative document: the year in its number
        assert h.number.style == "legal" and h.number.year == h.issue_date.year
        assert h.number.type_code == h.doc_type.code
        assert doc.signature is not None and doc.signature.authority in (None, "TM.", "KT.")


@given(vst.documents())
def test_valid_documents_meet_the_content_constraints(doc: Document) -> None:
    for path, s in strings(doc):
        assert s == s.strip() and s, path
        assert "\n" not in s and "\r" not in s, path
        assert unicodedata.is_normalized("NFC", s), path
    assert structure_problems(doc.body) == []
    for p in doc.paragraphs():
        assert paragraph_problems(p) == [], p.text
    assert doc.recipients is not None and doc.signature is not None
    items = doc.recipients.items
    assert doc.header.doc_type is not None
    if doc.header.doc_type.system == "party":  # "- Các tỉnh ủy, thành ủy," … "- Lưu Văn phòng Tỉnh ủy."
        assert all(r.text.endswith(",") and r.bullet == "-" for r in items[:-1])
        assert re.fullmatch(r"Lưu Văn phòng (?:Trung ương Đảng|Tỉnh ủy)\.", items[-1].text)
    else:
        assert all(r.text.endswith(";") and r.bullet == "-" for r in items[:-1])
        assert re.fullmatch(r"Lưu: VT, [A-Z]+\.", items[-1].text)
    for f in doc.footnotes:
        assert f.text.endswith(".") and not f.text.startswith(STRUCTURAL)


@given(vst.documents())
def test_footnotes_are_referenced_exactly_once_in_order(doc: Document) -> None:
    refs = [r.marker for p in doc.paragraphs() for r in p.footnote_refs]
    assert refs == [f.marker for f in doc.footnotes] == [str(i) for i in range(1, len(refs) + 1)]
    for p in doc.paragraphs():
        for r in p.footnote_refs:
            assert 0 < r.offset < len(p.text) and p.text[r.offset - 1].isalnum()
            assert not any(c.start <= r.offset <= c.end for c in p.citations)


@given(vst.documents())
def test_embedded_citations_are_exact_and_valid(doc: Document) -> None:
    h = doc.header
    assert h.issue_date is not None
    doc_date = h.issue_date.as_date()
    assert doc_date is not None
    for p, c in citations_of(doc):
        assert p.text[c.start : c.end] == c.text
        assert c.date is not None and c.date < doc_date
        assert c.type_written is not None and c.text.find(c.type_written) >= 0
        if c.number is None:  # a law cited by name
            assert c.type_written == "Luật" and c.name
            continue
        assert f"số {c.number}" in c.text
        assert not [f for f in check_number(str(c.number)) if f.severity == "error"]
        assert c.doc_type is not None
        if c.number.style == "cong_van":
            assert c.doc_type.is_cong_van and c.type_written == "Công văn"
        else:
            assert c.doc_type.code == c.number.type_code
            assert doctypes.by_name(c.type_written, system=c.doc_type.system) == c.doc_type
        if c.number.style == "legal":
            assert c.number.year == c.date.year
        assert c.date_written is not None and f"ngày {c.date_written}" in c.text
        if c.issuer is not None:
            assert c.text.endswith(f"của {c.issuer}")


@given(vst.documents())
def test_signature_authority_agrees_with_titles(doc: Document) -> None:
    s = doc.signature
    assert s is not None and s.name
    if s.authority == "KT.":
        assert s.title is not None and s.title.startswith(("PHÓ", "THỨ"))
    if s.authority == "TM.":
        party = doc.header.doc_type is not None and doc.header.doc_type.system == "party"
        if party:  # "T/M BAN THƯỜNG VỤ" (over "K/T BÍ THƯ" / "PHÓ BÍ THƯ")
            assert s.authority_as_written == "T/M"
            assert s.principal in ("BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN THƯỜNG VỤ")
        else:
            assert s.principal in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "CHÍNH PHỦ")
        if s.intermediate:
            assert s.intermediate[0].startswith("K/T" if party else "KT.")
            assert s.title is not None and s.title.startswith("PHÓ")
    if s.authority is None:
        assert s.principal is None and s.title is not None and not s.title.startswith(("PHÓ", "THỨ"))


# ---------------------------------------------------------------------------------------
# Defective documents
# ---------------------------------------------------------------------------------------


@given(vst.documents(valid=False))
def test_each_defective_document_has_exactly_its_defect(doc: Document) -> None:
    defect = vst.defect_of(doc)
    assert defect in vst.DEFECTS
    assert [n for n in doc.notes if n.code == "defect"] == [vnadmin.model.Note("defect", defect)]
    assert violations(doc) == {defect}


@pytest.mark.parametrize("defect", vst.DEFECTS)
def test_every_defect_can_be_asked_for(defect: str) -> None:
    @settings(max_examples=8)
    @given(vst.documents(valid=False, defects=[defect]))
    def check(doc: Document) -> None:
        assert vst.defect_of(doc) == defect
        assert violations(doc) == {defect}

    check()


def test_defect_names_match_the_rule_names() -> None:
    assert vst.DEFECTS == (
        "national-title-missing", "motto-missing", "issuing-body-missing", "number-blank", "date-day-blank",
        "date-leading-zero", "symbol-type-mismatch", "section-numbering-gap", "signature-missing",
        "recipients-missing", "recipients-archive-missing", "citation-invalid", "citation-date-after-document",
    )  # fmt: skip


@given(vst.documents(valid=False, defects=["citation-invalid"]))
def test_invalid_citation_is_an_error_for_check_number(doc: Document) -> None:
    bad = [c for _, c in citations_of(doc) if c.number is not None and c.number.year and c.number.year < 1945]
    assert len(bad) == 1
    assert any(f.severity == "error" for f in check_number(str(bad[0].number)))


def test_defect_of_plain_documents() -> None:
    assert vst.defect_of(Document()) is None


# ---------------------------------------------------------------------------------------
# Arguments, types and the other strategies
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_type", ["QĐ", "Công văn", "BC", "Nghị quyết", doctypes.by_code("KH")])
def test_documents_of_a_type(doc_type: object) -> None:
    @settings(max_examples=5)
    @given(vst.documents(doc_type=doc_type))  # type: ignore[arg-type]
    def check(doc: Document) -> None:
        assert doc.header.doc_type is not None
        want = doc_type if isinstance(doc_type, vnadmin.DocumentType) else None
        if want is not None:
            assert doc.header.doc_type == want
        elif doc_type == "Công văn":
            assert doc.header.doc_type.is_cong_van and doc.header.number.style == "cong_van"  # type: ignore[union-attr]
        elif doc_type == "Nghị quyết":
            assert doc.header.doc_type.code == "NQ" and doc.preamble.formula == "QUYẾT NGHỊ:"
        else:
            assert doc.header.doc_type.code == doc_type
        assert violations(doc) == set()

    check()


@pytest.mark.parametrize(
    "call",
    [
        lambda: vst.documents(doc_type="XYZ"),
        lambda: vst.documents(doc_type=doctypes.by_code("QĐi", system="party")),  # Party Quy định: not generated
        lambda: vst.documents(valid=False, doc_type=doctypes.by_code("CT", system="party"), defects=["motto-missing"]),
        lambda: vst.documents(doc_type=doctypes.by_code("L", system="legal")),  # Lệnh: not generated
        lambda: vst.documents(valid=False, defects=["no-such-defect"]),
        lambda: vst.documents(valid=False, defects=[]),
        lambda: vst.documents(defects=["motto-missing"]),
        lambda: vst.documents(valid=False, doc_type="Công văn", defects=["symbol-type-mismatch"]),
        lambda: vst.document_numbers(style="roman"),
        lambda: vst.doc_types(system="church"),
        lambda: vst.sections(scheme="nested"),
        lambda: vst.citations(families=["ancient"]),
        lambda: vst.citations(before=dt.date(1990, 1, 1)),
    ],
)
def test_bad_arguments(call: Any) -> None:
    with pytest.raises(InvalidArgument):
        call()


@given(vst.document_numbers(blank=True))
def test_numbers_round_trip_through_the_parser(n: vnadmin.DocumentNumber) -> None:
    assert parse_number(str(n)) == n
    if n.number is not None:
        head, dot, tail = n.number.partition(".")  # (a number in a series: "66.11")
        assert head == str(int(head)).zfill(2)  # leading zero below 10, no other padding
        assert not dot or (n.style == "legal" and tail.isdigit() and len(tail) <= 2)
        assert not [f for f in check_number(str(n)) if f.severity == "error"]


@pytest.mark.parametrize("style", ["administrative", "cong_van", "legal", "party"])
@given(data=st.data())
def test_numbers_of_each_style(style: str, data: st.DataObject) -> None:
    n = data.draw(vst.document_numbers(style))
    assert n.style == style
    if style == "cong_van":
        assert n.type_code is None and n.unit and not doctypes.all_by_code(n.issuers[0])
    elif style == "legal":
        assert n.year is not None and n.year <= dt.date.today().year
    else:
        assert doctypes.all_by_code(n.type_code or "")


@given(vst.issue_dates(blank=True))
def test_issue_dates(d: vnadmin.IssueDate) -> None:
    assert d.year is not None and d.place
    if d.day is not None:
        assert d.as_date() is not None and d.as_date() <= dt.date.today()  # type: ignore[operator]
        assert d.day_written == canonical_day(d.day)


@given(vst.sections())
def test_sections_are_numbered_and_well_formed(s: Section) -> None:
    assert label_number(s) == 1
    assert numbering_gaps(s.children, {"dieu": 1 if s.kind == "dieu" else 0}) == []
    assert structure_problems((s,)) == []


@given(vst.paragraphs())
def test_paragraphs(p: Paragraph) -> None:
    assert paragraph_problems(p) == []
    assert p.bullet in (None, "-", "+")
    for c in p.citations:
        assert p.text[c.start : c.end] == c.text


@given(vst.citations(before=dt.date(2020, 1, 1)))
def test_citations(c: Citation) -> None:
    assert c.span == (0, len(c.text)) and c.date is not None and c.date < dt.date(2020, 1, 1)
    assert c.number is not None and parse_number(str(c.number)) == c.number


@given(vst.signature_blocks())
def test_signature_blocks(s: vnadmin.SignatureBlock) -> None:
    assert s.name and s.lines()[-1] == s.name
    if s.authority == "KT.":
        assert s.title in ("PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG", "PHÓ CHỦ TỊCH", "PHÓ THỦ TƯỚNG")
    if s.authority == "Q.":
        assert s.title is None and s.principal


@given(vst.recipient_lists())
def test_recipient_lists(rl: vnadmin.RecipientList) -> None:
    assert rl.label == "Nơi nhận:" and rl.archive is rl.items[-1]
    assert sum(r.is_archive for r in rl.items) == 1


@given(vst.recipients(archive=False))
def test_plain_recipients(r: vnadmin.Recipient) -> None:
    assert not r.is_archive and r.text.endswith(";")


@given(vst.preambles())
def test_preambles(p: vnadmin.Preamble) -> None:
    assert p.formula in ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") and p.authority is not None
    assert vnadmin.unicode.is_upper_text(p.authority)


@given(vst.footnotes(marker="3"))
def test_footnotes(f: vnadmin.Footnote) -> None:
    assert f.marker == "3" and f.text.endswith(".")


@given(vst.headers())
def test_headers(h: vnadmin.Header) -> None:
    assert h.issuing_body
    if h.party_title is not None:  # a Party document
        assert h.party_title == vst.PARTY_TITLE and h.national_title is None and h.motto is None
    else:
        assert h.national_title == vst.NATIONAL_TITLE and h.motto == vst.MOTTO


@pytest.mark.parametrize(
    "cls",
    [vnadmin.Document, vnadmin.DocumentNumber, vnadmin.Section, vnadmin.Citation, vnadmin.Header, vnadmin.IssueDate,
     vnadmin.RecipientList, vnadmin.SignatureBlock, vnadmin.DocumentType, vnadmin.Preamble, vnadmin.Footnote],
    ids=lambda c: c.__name__,
)  # fmt: skip
@settings(max_examples=3)
@given(data=st.data())
def test_from_type_resolves_every_model_class(cls: type, data: st.DataObject) -> None:
    assert type(data.draw(st.from_type(cls))) is cls


def test_plugin_registers_lazily() -> None:
    from vnadmin.testing import _hypothesis_plugin

    _hypothesis_plugin._register()  # idempotent, as Hypothesis calls it on import

    @settings(max_examples=3)
    @given(st.from_type(vnadmin.Document))
    def check(doc: Document) -> None:
        assert violations(doc) == set()

    check()


_LEGAL = [doctypes.by_code(code, system="legal") for code in ("NĐ", "TT", "QĐ", "NQ")]
_PARTY = [doctypes.by_code(code, system="party") for code in ("NQ", "CT", "KL", "HD", "TB", "BC", "KH", "CTr")]


@pytest.mark.parametrize("doc_type", _LEGAL + _PARTY, ids=lambda t: f"{t.system}-{t.code}")
def test_legal_and_party_documents_are_valid_and_read_back_in_every_format(doc_type: Any) -> None:
    from vnadmin import docx, text, xml

    @settings(max_examples=15, deadline=None)
    @given(vst.documents(doc_type=doc_type))
    def check(doc: Document) -> None:
        h = doc.header
        assert h.doc_type == doc_type and h.number is not None and h.number.style == doc_type.system
        assert violations(doc) == set()
        assert not [f.name for f in vnadmin.validate(doc)]
        assert text.loads(text.dumps(doc)) == doc
        assert xml.loads(xml.dumps(doc)) == doc
        assert docx.loads(docx.dumps(doc)) == doc

    check()


@pytest.mark.parametrize("doc_type", _LEGAL + _PARTY, ids=lambda t: f"{t.system}-{t.code}")
def test_defects_planted_in_legal_and_party_documents_are_found(doc_type: Any) -> None:
    @settings(max_examples=26, deadline=None)
    @given(vst.documents(valid=False, doc_type=doc_type))
    def check(doc: Document) -> None:
        assert vst.defect_of(doc) in violations(doc)
        assert vst.defect_of(doc) in {f.name for f in vnadmin.validate(doc)}

    check()


def test_codes_and_names_pick_a_family() -> None:
    assert vst._resolve_type("NĐ") == doctypes.by_code("NĐ", system="legal")
    assert vst._resolve_type("TT") == doctypes.by_code("TT", system="legal")
    assert vst._resolve_type("QĐ") == doctypes.by_code("QĐ")  # the administrative decision
    assert vst._resolve_type("Nghị định") == doctypes.by_code("NĐ", system="legal")
