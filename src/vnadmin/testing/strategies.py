"""Hypothesis strategies for every vnadmin model type — public and stable.

Use them in your own tests::

    from hypothesis import given
    from vnadmin.testing import strategies as vst

    @given(vst.documents())
    def test_my_writer_keeps_the_number(doc):
        assert str(doc.header.number) in my_writer(doc)

For a fixed example (in a doctest, a notebook, a bug report) use :func:`hypothesis.find`
with derandomised settings; without the shrink phase it returns the first example that
satisfies the condition, at once:

>>> from hypothesis import Phase, find, settings
>>> fixed = settings(derandomize=True, database=None, phases=[Phase.generate])
>>> letter = find(documents(doc_type="Công văn"), lambda d: True, settings=fixed)
>>> letter.header.number.style, letter.addressees.label, letter.recipients.items[0].text
('cong_van', 'Kính gửi:', 'Như trên;')
>>> bad = find(documents(valid=False, defects=["motto-missing"]), lambda d: True, settings=fixed)
>>> defect_of(bad), bad.header.motto, bad.header.national_title
('motto-missing', None, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')

What they generate
------------------
Realistic Vietnamese content: real type names and codes from :mod:`vnadmin.doctypes`,
issuer codes from :mod:`vnadmin.issuers`, the 34 provinces and centrally-run cities,
dates not after today, nested sections built from the marker hierarchy (Phần/Chương/Mục/
Điều/khoản/điểm or I./1./1.1./a)) with labels in sequence at each level (Điều numbers run
through the whole document, as in real decisions), bullet paragraphs ("-", "+"),
footnotes each referenced by exactly one :class:`~vnadmin.model.FootnoteRef`, signature
blocks whose quyền hạn agrees with the titles ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"), and
recipient lists ending with "Lưu: VT, <UNIT>.".

Legal-normative documents (Nghị định of the Government, Thông tư of a minister, Quyết
định of the Prime Minister or a provincial People's Committee, Nghị quyết of a provincial
People's Council) have the year in their number (``05/2024/NĐ-CP``), articles (Điều), a
preamble of "Căn cứ" lines and — for Nghị định and Thông tư — a closing sentence naming
who enacts ("Chính phủ ban hành Nghị định quy định …."), and a signature of the head or a
deputy ("TM."/"KT.", never "TL." or "TUQ.").

Party documents (Hướng dẫn 36-HD/VPTW) have the Party title "ĐẢNG CỘNG SẢN VIỆT NAM" instead
of the national title and motto, the issuing body (a provincial committee under "ĐẢNG BỘ
TỈNH …"), "Số 05-CT/TU" without a colon, a summary in lower case ("về …"), a signature
"T/M BAN THƯỜNG VỤ" (or "K/T BÍ THƯ" over "PHÓ BÍ THƯ") and a Nơi nhận whose lines end
with "," and whose filing line has no colon ("Lưu Văn phòng Tỉnh ủy.").

A valid document satisfies Nghị định 30/2020/NĐ-CP: national title and motto, issuing body,
a number with a leading zero below 10 whose type code agrees with the type (a công văn: the
``cong_van`` style and a "V/v" summary; công văn and tờ trình — and some báo cáo — have
"Kính gửi:" addressees), a complete issue date
written with the Phụ lục I zero rule and not after today, a summary, a preamble exactly
when the type has an enacting formula, a signature and recipients. Citations embedded in
paragraphs carry valid numbers dated before the document, with a type word that agrees
with the type code; they are recorded in ``Paragraph.citations`` with their spans.

Content constraints (so every reader — text, XML, docx — can round-trip what is generated):
every string is NFC, stripped, one line and non-empty; paragraph texts are sentences from a
curated vocabulary ending with "." or ";", never starting with something that looks like a
section marker, a bullet or a structural keyword ("Căn cứ", "Nơi nhận", "Số", …), never all
upper case; section headings are short and never end with "." or ";"; a section has no
heading only when its first child is a (non-bullet) paragraph; within a section paragraphs
come before subsections, and top-level paragraphs come before the first section.

Defective documents
-------------------
``documents(valid=False)`` produces documents that carry exactly one named defect each
(one of :data:`DEFECTS`, or one of ``defects=`` when given) and are otherwise valid. The
defect is recorded in ``Document.notes`` as ``Note(code="defect", message=<name>)``;
:func:`defect_of` reads it back. The names are the validation rules' names.

Citation forms
--------------
A generated :class:`~vnadmin.model.Citation`'s ``text`` runs from the pinpoint (if any) or
the type word to the end of the last part written — the date, or the issuer after "của"
when there is one: ``"khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính
phủ"``. ``date_written`` is the date as written after "ngày" (``"05/3/2020"`` or
``"05 tháng 3 năm 2020"``), ``type_written`` the type word, ``issuer`` the body's name
without "của". Laws in a preamble are cited by name and date (``number`` is ``None``,
``name`` is the title after the word "Luật").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.model import (
    SEVERITIES,
    Citation,
    Document,
    DocumentNumber,
    DocumentType,
    Finding,
    Footnote,
    FootnoteRef,
    Header,
    IssueDate,
    Layout,
    Location,
    Note,
    Origin,
    PageSetup,
    Paragraph,
    Pinpoint,
    Preamble,
    Recipient,
    RecipientList,
    Section,
    SignatureBlock,
    doctypes,
)
from vnadmin.model import issuers as _issuers
from vnadmin.model.dates import canonical_day, canonical_month
from vnadmin.testing import _vocabulary as voc
from vnadmin.unicode import fold

__all__ = [
    "DEFECTS",
    "MOTTO",
    "NATIONAL_TITLE",
    "PARTY_TITLE",
    "SCHEMES",
    "citations",
    "defect_of",
    "doc_types",
    "document_numbers",
    "documents",
    "findings",
    "footnote_refs",
    "footnotes",
    "headers",
    "issue_dates",
    "issuers",
    "layouts",
    "locations",
    "notes",
    "origins",
    "page_setups",
    "paragraphs",
    "pinpoints",
    "preambles",
    "recipient_lists",
    "recipients",
    "register",
    "sections",
    "signature_blocks",
]

T = TypeVar("T")

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

#: The defects ``documents(valid=False)`` can plant, named as the validation rules are.
DEFECTS: tuple[str, ...] = (
    "national-title-missing",
    "motto-missing",
    "issuing-body-missing",
    "number-blank",
    "date-day-blank",
    "date-leading-zero",
    "symbol-type-mismatch",
    "section-numbering-gap",
    "signature-missing",
    "recipients-missing",
    "recipients-archive-missing",
    "citation-invalid",
    "citation-date-after-document",
)

#: The earliest issue date generated for documents.
_MIN_DOC_DATE = _dt.date(2010, 1, 1)
#: The earliest date of a cited document.
_MIN_CITED_DATE = _dt.date(1995, 1, 1)


def _today() -> _dt.date:
    return _dt.date.today()


# Drawing helpers. The internal builders below are plain functions taking ``draw``, and
# they draw from a few cached strategies: building a fresh strategy object for every
# choice made Hypothesis validate thousands of them per document.

_BOOL = st.booleans()


@lru_cache(maxsize=4096)
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def _pick(draw: st.DrawFn, options: Sequence[T]) -> T:
    """One of ``options`` (shrinks towards the first)."""
    return options[draw(_ints(0, len(options) - 1))]


def _date_in(draw: st.DrawFn, lo: _dt.date, hi: _dt.date) -> _dt.date:
    """A date in ``[lo, hi]`` (``lo`` when ``hi`` is earlier)."""
    return lo + _dt.timedelta(days=draw(_ints(0, max(0, (hi - lo).days))))


def _some(draw: st.DrawFn, options: Sequence[T], lo: int, hi: int) -> list[T]:
    """Between ``lo`` and ``hi`` distinct items of ``options``, in a drawn order."""
    pool = list(options)
    out: list[T] = []
    for _ in range(draw(_ints(lo, min(hi, len(pool))))):
        out.append(pool.pop(draw(_ints(0, len(pool) - 1))))
    return out


# ---------------------------------------------------------------------------------------
# Registry-derived vocabularies
# ---------------------------------------------------------------------------------------


def _types(pred: Callable[[DocumentType], bool]) -> tuple[DocumentType, ...]:
    return tuple(t for t in doctypes.all_types() if pred(t))


def _is_document_type(t: DocumentType) -> bool:
    """State types a whole document can be generated for: Phụ lục III types with a code,
    specialised types, and công văn (not copies, annexes or Thư công)."""
    if t.system != "state":
        return False
    if t.category == "specialised":
        return True
    return t.category == "administrative" and (t.code is not None or t.is_cong_van)


_STATE_DOC_TYPES = _types(_is_document_type)

#: Legal-normative types (văn bản quy phạm pháp luật) generated whole, with who issues each
#: (body codes of the vocabulary): Nghị định by the Government, Thông tư by a minister,
#: Quyết định by the Prime Minister or a provincial People's Committee, Nghị quyết by a
#: provincial People's Council. Their numbers carry the year (Luật 64/2025/QH15, Điều 7;
#: Nghị định 34/2016/NĐ-CP, Điều 58 — spec §4.3).
_LEGAL_ISSUERS: dict[str, tuple[str, ...]] = {
    "NĐ": ("CP",),
    "TT": ("BNV", "BTC", "BKHCN", "BXD", "BGDĐT"),
    "QĐ": ("TTg", "UBND"),
    "NQ": ("HĐND",),
}
_LEGAL_DOC_TYPES = tuple(
    t for t in doctypes.all_types() if t.system == "legal" and t.code in _LEGAL_ISSUERS
)
#: Party documents (Hướng dẫn 36-HD/VPTW) generated whole: the types whose codes real
#: symbols confirm (spec §7; Quy định's QĐi/QĐ, Thông tri, Đề án and Công văn are left out
#: as UNCONFIRMED or ambiguous).
_PARTY_DOC_CODES = ("NQ", "CT", "KL", "HD", "TB", "BC", "KH", "CTr")
_PARTY_DOC_TYPES = tuple(t for t in doctypes.all_types() if t.system == "party" and t.code in _PARTY_DOC_CODES)
_DOC_TYPES = (*_STATE_DOC_TYPES, *_LEGAL_DOC_TYPES, *_PARTY_DOC_TYPES)
_DEFECT_DOC_TYPES = (*_STATE_DOC_TYPES, *_LEGAL_DOC_TYPES)
#: Defects a Party document cannot carry: it has no national title or motto, and a Party
#: draft's blank number ("-NQ/TW") is not a form vnadmin.parse_number reads (see
#: document_numbers).
_NOT_PARTY_DEFECTS = ("national-title-missing", "motto-missing", "number-blank")
_TYPED_DOC_TYPES = tuple(t for t in _STATE_DOC_TYPES if t.code is not None)
_ADMIN_CODES = tuple(t.code for t in doctypes.all_types() if t.system == "state" and t.code is not None)
_PARTY_TYPES = _types(lambda t: t.system == "party" and t.code is not None)

#: Issuers in the registry that issued under their code without a time bound and whose
#: code is not also a type code (so a công văn number reads back as a công văn).
_OPEN_ISSUERS = tuple(
    i
    for i in _issuers.all_issuers()
    if i.system == "state"
    and i.valid_from is None
    and i.valid_to is None
    and not i.numbered
    and not doctypes.all_by_code(i.code)
)
_MINISTRIES = tuple(i for i in _OPEN_ISSUERS if i.code.startswith("B"))
_PARTY_ISSUERS = tuple(i.code for i in _issuers.all_issuers() if i.system == "party" and i.valid_to is None)
_BODIES_BY_CODE = {b.code: b for b in voc.BODIES}
_HANOI = next(p for p in voc.PROVINCES if p.place == "Hà Nội")


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    letters = voc.LETTERS
    if n <= len(letters):
        return letters[n - 1]
    raise ValueError(f"no điểm letter after {len(letters)}")


def _day_month(day: _dt.date) -> tuple[str, str]:
    return canonical_day(day.day), canonical_month(day.month)


def _short_date(day: _dt.date) -> str:
    d, m = _day_month(day)
    return f"{d}/{m}/{day.year}"


def _long_date(day: _dt.date) -> str:
    d, m = _day_month(day)
    return f"{d} tháng {m} năm {day.year}"


def _fill(template: str, province: voc.Province) -> str:
    return template.replace("{p}", province.prose).replace("{P}", province.prose.upper())


# ---------------------------------------------------------------------------------------
# Small pieces
# ---------------------------------------------------------------------------------------


def doc_types(*, system: str | None = None) -> st.SearchStrategy[DocumentType]:
    """Any type in the registry (``system=`` restricts the family: "state", "legal",
    "party")."""
    if system is not None and system not in doctypes.SYSTEMS:
        raise InvalidArgument(f"system must be one of {doctypes.SYSTEMS}, not {system!r}")
    return st.sampled_from(_types(lambda t: system is None or t.system == system))


def issuers() -> st.SearchStrategy[_issuers.Issuer]:
    """An entry of the issuer registry (:mod:`vnadmin.issuers`)."""
    return st.sampled_from(_issuers.all_issuers())


def _digits(draw: st.DrawFn, *, blank: bool = False) -> str | None:
    """A sequence number as written: a leading zero below 10 (Phụ lục I, mục II.3)."""
    if blank and draw(_ints(0, 4)) == 0:
        return None
    if draw(_BOOL):
        return f"{draw(_ints(1, 9)):02d}"
    return str(draw(_ints(10, 4999)))


def _khoa(year: int) -> int:
    """The National Assembly term (khóa) sitting in ``year``."""
    for start, term in ((2026, 16), (2021, 15), (2016, 14), (2011, 13), (2007, 12), (2002, 11)):
        if year > start or (year == start and term < 16):
            return term
    return 10


def _legal_number(
    draw: st.DrawFn, year: int, number: str | None, *, with_laws: bool = True
) -> DocumentNumber:
    ministry = _pick(draw, _MINISTRIES).code
    forms: list[tuple[str | None, tuple[str, ...]]] = [
        ("NĐ", ("CP",)),
        ("QĐ", ("TTg",)),
        ("QĐ", ("UBND",)),
        ("NQ", ("HĐND",)),
        ("NQ", ("CP",)),
        ("TT", (ministry,)),
    ]
    others = [m.code for m in _MINISTRIES if m.code != ministry]
    if year <= 2016 and others:
        forms.append(("TTLT", (ministry, _pick(draw, others))))
    if with_laws:
        forms.append((None, (f"QH{_khoa(year)}",)))
    code, groups = _pick(draw, forms)
    return DocumentNumber(number, year=year, type_code=code, issuers=groups, style="legal")


def document_numbers(style: str | None = None, *, blank: bool = False) -> st.SearchStrategy[DocumentNumber]:
    """Số, ký hiệu in canonical form, in any style or the one named (``"administrative"``,
    ``"cong_van"``, ``"legal"``, ``"party"``). Numbers below 10 carry their leading zero;
    ``blank=True`` also produces drafts with the number left blank (``number is None``;
    not for the Party style).

    Some legal numbers are numbers in a series (``66.11/2026/NQ-CP``).

    ``vnadmin.parse_number(str(n)) == n`` holds for every generated number: a công văn's
    first group is never also a type code."""
    styles = ("administrative", "cong_van", "legal", "party")
    if style is not None and style not in styles:
        raise InvalidArgument(f"style must be one of {styles}, not {style!r}")

    @st.composite
    def build(draw: st.DrawFn) -> DocumentNumber:
        chosen = style or _pick(draw, styles)
        # A Party draft's blank number ("-NQ/TW") is not produced: vnadmin.parse_number
        # does not read it back.
        number = _digits(draw, blank=blank and chosen != "party")
        if chosen == "administrative":
            return DocumentNumber(
                number,
                type_code=_pick(draw, _ADMIN_CODES),
                issuers=(_pick(draw, _OPEN_ISSUERS).code,),
            )
        if chosen == "cong_van":
            return DocumentNumber(
                number,
                issuers=(_pick(draw, _OPEN_ISSUERS).code,),
                unit=_pick(draw, voc.UNITS),
                style="cong_van",
            )
        if chosen == "legal":
            year = draw(_ints(1990, _today().year))
            if number is not None and draw(_ints(0, 7)) == 0:
                number = f"{number}.{draw(_ints(1, 12))}"  # a series: 66.11/2026/NQ-CP
            return _legal_number(draw, year, number)
        t = _pick(draw, _PARTY_TYPES)
        return DocumentNumber(number, type_code=t.code, issuers=(_pick(draw, _PARTY_ISSUERS),), style="party")

    return build()


def issue_dates(
    *, min_date: _dt.date = _MIN_DOC_DATE, max_date: _dt.date | None = None, blank: bool = False
) -> st.SearchStrategy[IssueDate]:
    """Địa danh và thời gian ban hành: a real place and a date between ``min_date`` and
    ``max_date`` (default: today), written with the Phụ lục I zero rule. ``blank=True`` also
    produces drafts with the day (or day and month) left blank."""

    @st.composite
    def build(draw: st.DrawFn) -> IssueDate:
        place = _pick(draw, voc.PROVINCES).place
        day = _date_in(draw, min_date, max_date or _today())
        if blank and draw(_BOOL):
            month = None if draw(_BOOL) else day.month
            return IssueDate(place, day=None, month=month, year=day.year)
        return IssueDate(place, day=day.day, month=day.month, year=day.year)

    return build()


def pinpoints() -> st.SearchStrategy[Pinpoint]:
    """Điều / khoản Điều / điểm khoản Điều, with suffixed articles ("39a") and the letter
    đ among the points."""
    article = st.one_of(
        st.integers(1, 120).map(str),
        st.tuples(st.integers(1, 120), st.sampled_from("abc")).map(lambda t: f"{t[0]}{t[1]}"),
    )
    clause = st.integers(1, 12).map(str)
    point = st.sampled_from(voc.LETTERS[:12])
    return st.one_of(
        st.builds(Pinpoint, article=article),
        st.builds(Pinpoint, article=article, clause=clause),
        st.builds(Pinpoint, article=article, clause=clause, point=point),
    )


_PINPOINTS = pinpoints()


# ---------------------------------------------------------------------------------------
# Citations
# ---------------------------------------------------------------------------------------


def _issuer_name(code: str, province: voc.Province) -> str | None:
    body = _BODIES_BY_CODE.get(code)
    if body is not None:
        return _fill(body.name, province)
    if code.startswith("QH"):
        return "Quốc hội"
    party = {
        "TW": "Ban Chấp hành Trung ương",
        "VPTW": "Văn phòng Trung ương Đảng",
        "TU": f"Tỉnh ủy {province.place}",
        "ĐU": "Đảng ủy",
        "UBKTTW": "Ủy ban Kiểm tra Trung ương",
        "UBKTTU": f"Ủy ban Kiểm tra Tỉnh ủy {province.place}",
    }
    if code in party:
        return party[code]
    found = _issuers.lookup(code)
    return found.name if found is not None else None


def _type_of(number: DocumentNumber) -> DocumentType:
    if number.style == "cong_van":
        return doctypes.cong_van()
    if number.style == "legal" and number.type_code is None:
        found = doctypes.by_name("Luật", system="legal")
    else:
        assert number.type_code is not None
        system = {"legal": "legal", "party": "party"}.get(number.style, "state")
        found = doctypes.by_code(number.type_code, system=system)
    assert found is not None
    return found


def _citation_for(
    draw: st.DrawFn,
    number: DocumentNumber,
    day: _dt.date,
    province: voc.Province,
    *,
    pinpoint: bool = True,
) -> Citation:
    """The citation of ``number`` dated ``day``, as it would be written in prose."""
    doc_type = _type_of(number)
    type_word = doc_type.name
    written = _short_date(day) if draw(_BOOL) else _long_date(day)
    issuer = None
    if len(number.issuers) == 1 and draw(_BOOL):
        issuer = _issuer_name(number.issuers[0], province)
    pp = draw(_PINPOINTS) if pinpoint and draw(_BOOL) else None
    text = f"{type_word} số {number} ngày {written}"
    if pp is not None:
        text = f"{pp} {text}"
    if issuer is not None:
        text = f"{text} của {issuer}"
    return Citation(
        text,
        (0, len(text)),
        doc_type=doc_type,
        type_written=type_word,
        number=number,
        date=day,
        date_written=written,
        issuer=issuer,
        pinpoint=pp,
    )


def _valid_citation(
    draw: st.DrawFn,
    province: voc.Province,
    lo: _dt.date,
    hi: _dt.date,
    *,
    families: Sequence[str] = ("administrative", "cong_van", "legal"),
    pinpoint: bool = True,
) -> Citation:
    """A citation of a well-formed number dated in ``[lo, hi]``."""
    day = _date_in(draw, lo, hi)
    family = _pick(draw, tuple(families))
    number_str = _digits(draw)
    assert number_str is not None
    # The Government sends công văn through its Office (VPCP), not under "CP".
    bodies = tuple(b for b in voc.BODIES if b.code != "CP")
    if family == "legal":
        number = _legal_number(draw, day.year, number_str, with_laws=False)
    elif family == "party":
        t = _pick(draw, _PARTY_TYPES)
        number = DocumentNumber(
            number_str, type_code=t.code, issuers=(_pick(draw, ("TW", "TU")),), style="party"
        )
    elif family == "cong_van":
        body = _pick(draw, bodies)
        number = DocumentNumber(
            number_str, issuers=(body.code,), unit=_pick(draw, voc.UNITS), style="cong_van"
        )
    else:
        body = _pick(draw, bodies)
        t = _pick(draw, _TYPED_DOC_TYPES)
        number = DocumentNumber(number_str, type_code=t.code, issuers=(body.code,))
    return _citation_for(draw, number, day, province, pinpoint=pinpoint)


def citations(
    *, before: _dt.date | None = None, families: Sequence[str] | None = None
) -> st.SearchStrategy[Citation]:
    """A citation as written in prose (``span`` is ``(0, len(text))``): a valid number of
    the given ``families`` ("administrative", "cong_van", "legal", "party"; default: all),
    dated before ``before`` (default: up to today), with a type word agreeing with the
    type code, sometimes a pinpoint and an issuer."""
    chosen = tuple(families or ("administrative", "cong_van", "legal", "party"))
    unknown = set(chosen) - {"administrative", "cong_van", "legal", "party"}
    if unknown:
        raise InvalidArgument(f"unknown citation families: {sorted(unknown)}")
    hi = (before - _dt.timedelta(days=1)) if before is not None else _today()
    if hi < _MIN_CITED_DATE:
        raise InvalidArgument(f"before must be after {_MIN_CITED_DATE}")

    @st.composite
    def build(draw: st.DrawFn) -> Citation:
        return _valid_citation(draw, _pick(draw, voc.PROVINCES), _MIN_CITED_DATE, hi, families=chosen)

    return build()


# ---------------------------------------------------------------------------------------
# Paragraphs, footnotes, sections
# ---------------------------------------------------------------------------------------


@attrs.frozen
class _Context:
    """What the body of one document shares: its province and date."""

    province: voc.Province
    date: _dt.date


def _context(draw: st.DrawFn) -> _Context:
    return _Context(_pick(draw, voc.PROVINCES), _date_in(draw, _MIN_DOC_DATE, _today()))


def _clause(draw: st.DrawFn, ctx: _Context) -> str:
    subject = _pick(draw, voc.SUBJECTS)
    verb = _pick(draw, voc.VERBS)
    obj = _pick(draw, voc.OBJECTS)
    tail = _pick(
        draw,
        (
            "",
            f" trên địa bàn {ctx.province.prose}",
            f" trong năm {ctx.date.year}",
            " theo đúng quy định của pháp luật",
            " và đạt kết quả tích cực",
        ),
    )
    text = f"{subject} {verb} {obj}{tail}"
    if draw(_BOOL):
        text += f", {_pick(draw, voc.GOALS)}"
    return text


def _paragraph(
    draw: st.DrawFn,
    ctx: _Context,
    *,
    bullet: str | None = None,
    citation: Citation | None = None,
) -> Paragraph:
    """A sentence; sometimes (or when ``citation`` is given) it cites a document."""
    if citation is None and draw(_ints(0, 5)) == 5:  # shrinks towards no citation
        citation = _valid_citation(draw, ctx.province, _MIN_CITED_DATE, ctx.date - _dt.timedelta(days=1))
    clause = _clause(draw, ctx)
    end = _pick(draw, ".;")
    if citation is None:
        return Paragraph(clause + end, bullet=bullet)
    head = f"{clause} theo "
    text = f"{head}{citation.text}{end}"
    return Paragraph(text, bullet=bullet, citations=(citation.shifted(len(head)),))


def paragraphs(*, bullets: bool = True) -> st.SearchStrategy[Paragraph]:
    """A body paragraph: a natural sentence ending with "." or ";", sometimes citing a
    document (recorded in ``citations`` with its span), sometimes a "-" or "+" bullet."""

    @st.composite
    def build(draw: st.DrawFn) -> Paragraph:
        return _paragraph(draw, _context(draw), bullet=_pick(draw, (None, "-", "+")) if bullets else None)

    return build()


def footnote_refs() -> st.SearchStrategy[FootnoteRef]:
    """A footnote reference: a numeric marker at some offset."""
    return st.builds(FootnoteRef, st.integers(1, 20).map(str), st.integers(0, 200))


def footnotes(*, marker: str | None = None) -> st.SearchStrategy[Footnote]:
    """A footnote: a numeric ``marker`` (or the one given) and a sentence."""
    markers = st.just(marker) if marker is not None else st.integers(1, 20).map(str)

    @st.composite
    def build(draw: st.DrawFn) -> Footnote:
        return Footnote(draw(markers), _clause(draw, _context(draw)) + ".")

    return build()


#: Marker hierarchies, outermost first.
SCHEMES: dict[str, tuple[str, ...]] = {
    "report": ("roman", "arabic", "letter"),
    "report_decimal": ("roman", "arabic", "decimal"),
    "report_parts": ("phan", "roman", "arabic"),
    "articles": ("dieu", "arabic", "letter"),
    "chapters": ("chuong", "dieu", "arabic", "letter"),
    "chapters_sections": ("chuong", "muc", "dieu", "arabic"),
    "numbered": ("arabic", "letter"),
}
_NESTING_KINDS = ("phan", "chuong", "muc")


def _label(kind: str, index: int, parent: str | None, state: dict[str, int]) -> str:
    if kind == "dieu":
        state["dieu"] += 1
        return f"Điều {state['dieu']}"
    if kind == "phan":
        return f"Phần {_roman(index)}"
    if kind == "chuong":
        return f"Chương {_roman(index)}"
    if kind == "muc":
        return f"Mục {index}"
    if kind == "roman":
        return _roman(index)
    if kind == "arabic":
        return str(index)
    if kind == "decimal":
        return f"{parent}.{index}"
    return _letter(index)


def _section(
    draw: st.DrawFn,
    ctx: _Context,
    scheme: tuple[str, ...],
    level: int,
    index: int,
    parent: str | None,
    state: dict[str, int],
) -> Section:
    kind = scheme[level]
    state["budget"] -= 1
    label = _label(kind, index, parent, state)
    heading: str | None
    if kind in _NESTING_KINDS:
        heading = _pick(draw, voc.HEADINGS_CAPS)
    elif kind == "dieu":
        heading = _pick(draw, voc.HEADINGS_ARTICLE)
    elif kind == "roman":
        heading = _pick(draw, voc.HEADINGS_REPORT)
    elif kind in ("arabic", "decimal"):
        heading = _pick(draw, voc.HEADINGS_REPORT) if draw(_BOOL) else None
    else:
        heading = None
    deeper = level + 1 < len(scheme)
    must_nest = kind in _NESTING_KINDS and deeper
    n_sub = 0
    if deeper and (state["budget"] > 0 or must_nest):
        n_sub = draw(_ints(1 if must_nest else 0, 3))
    children: list[Section | Paragraph] = []
    if not must_nest:
        least = 1 if (heading is None or n_sub == 0) else 0
        for i in range(draw(_ints(least, 3))):
            if i == 0 and heading is None:
                bullet = None
            else:
                previous = children[-1].bullet if children and type(children[-1]) is Paragraph else None
                options = ("-", "+", None) if previous in ("-", "+") else (None, "-")
                bullet = _pick(draw, options)
            children.append(_paragraph(draw, ctx, bullet=bullet))
    number = label.rsplit(" ", 1)[-1]
    for i in range(1, n_sub + 1):
        children.append(_section(draw, ctx, scheme, level + 1, i, number, state))
    return Section(label, heading, tuple(children))


def _body(
    draw: st.DrawFn, ctx: _Context, scheme: str | None, *, min_sections: int = 1, intro: int = 2
) -> tuple[Section | Paragraph, ...]:
    items: list[Section | Paragraph] = []
    if scheme is None:
        n_intro = draw(_ints(1, 4))
    elif SCHEMES[scheme][0] in ("dieu", "chuong"):
        n_intro = 0  # after "QUYẾT ĐỊNH:" comes Điều 1 (or Chương I)
    else:
        n_intro = draw(_ints(0, intro))
    for i in range(n_intro):
        bullet = None if i == 0 else _pick(draw, (None, "-"))
        items.append(_paragraph(draw, ctx, bullet=bullet))
    if scheme is None:
        return tuple(items)
    levels = SCHEMES[scheme]
    state = {"budget": 40, "dieu": 0}
    top = draw(_ints(min_sections, max(min_sections, 5)))
    for i in range(1, top + 1):
        items.append(_section(draw, ctx, levels, 0, i, None, state))
    return tuple(items)


def sections(*, scheme: str | None = None) -> st.SearchStrategy[Section]:
    """A top-level section with nested subsections of varied depth, built from one marker
    hierarchy (see :data:`SCHEMES`; default: any), labels in sequence at each level."""
    if scheme is not None and scheme not in SCHEMES:
        raise InvalidArgument(f"scheme must be one of {sorted(SCHEMES)}, not {scheme!r}")

    @st.composite
    def build(draw: st.DrawFn) -> Section:
        name = scheme or _pick(draw, sorted(SCHEMES))
        ctx = _Context(_pick(draw, voc.PROVINCES), _date_in(draw, _MIN_DOC_DATE, _today()))
        state = {"budget": draw(_ints(1, 12)), "dieu": 0}
        return _section(draw, ctx, SCHEMES[name], 0, 1, None, state)

    return build()


def _ref_offsets(p: Paragraph) -> list[int]:
    """Where a footnote marker may go: right after a word, never inside a citation."""
    text = p.text
    spans = [c.span for c in p.citations]
    spots = [i for i in range(1, len(text)) if text[i] in " .;," and text[i - 1].isalnum()]
    return [i for i in spots if not any(a <= i <= b for a, b in spans)]


def _with_refs(
    items: tuple[Section | Paragraph, ...], chosen: dict[int, tuple[str, int]], counter: list[int]
) -> tuple[Section | Paragraph, ...]:
    out: list[Section | Paragraph] = []
    for item in items:
        if type(item) is Section:
            out.append(Section(item.label, item.heading, _with_refs(item.children, chosen, counter)))
            continue
        assert type(item) is Paragraph
        index = counter[0]
        counter[0] += 1
        if index in chosen:
            marker, offset = chosen[index]
            item = attrs.evolve(item, footnote_refs=(FootnoteRef(marker, offset),))
        out.append(item)
    return tuple(out)


def _footnoted(
    draw: st.DrawFn, ctx: _Context, body: tuple[Section | Paragraph, ...]
) -> tuple[tuple[Section | Paragraph, ...], tuple[Footnote, ...]]:
    paras: list[Paragraph] = []
    for item in body:
        if type(item) is Section:
            paras.extend(c for c in item.walk() if type(c) is Paragraph)
        else:
            assert type(item) is Paragraph
            paras.append(item)
    usable = [i for i, p in enumerate(paras) if _ref_offsets(p)]
    picked = sorted(_some(draw, usable, 0, 3))
    chosen: dict[int, tuple[str, int]] = {}
    notes: list[Footnote] = []
    for n, index in enumerate(picked, start=1):
        offset = _pick(draw, _ref_offsets(paras[index]))
        chosen[index] = (str(n), offset)
        notes.append(Footnote(str(n), _clause(draw, ctx) + "."))
    return _with_refs(body, chosen, [0]), tuple(notes)


# ---------------------------------------------------------------------------------------
# Signature, recipients, preamble, header
# ---------------------------------------------------------------------------------------


def _signature(draw: st.DrawFn, body: voc.Body) -> SignatureBlock:
    name = f"{_pick(draw, voc.FAMILY_NAMES)} {_pick(draw, voc.MIDDLE_NAMES)} {_pick(draw, voc.GIVEN_NAMES)}"
    if body.collective is not None:
        if draw(_BOOL):
            return SignatureBlock("TM.", body.collective, body.head, name)
        return SignatureBlock("TM.", body.collective, body.deputy, name, intermediate=(f"KT. {body.head}",))
    authority = _pick(draw, (None, "KT.", "TL.", "TUQ.", "Q."))
    if authority is None:
        return SignatureBlock(None, None, body.head, name)
    if authority == "KT.":
        return SignatureBlock("KT.", body.head, body.deputy, name)
    if authority == "Q.":
        return SignatureBlock("Q.", body.head, None, name)
    return SignatureBlock(authority, body.head, body.office, name)


def signature_blocks() -> st.SearchStrategy[SignatureBlock]:
    """Chữ ký: quyền hạn consistent with the titles — none (the head signs), "TM." with
    the collective body over the head's title (or stacked "KT." over a deputy), "KT." over
    a deputy's title ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG"),
    "TL."/"TUQ." over the office head's title, "Q." (acting head, no second title)."""
    return st.composite(lambda draw: _signature(draw, _pick(draw, voc.BODIES)))()


def _recipient_names(province: voc.Province) -> tuple[str, ...]:
    return (
        "Bộ Nội vụ",
        "Văn phòng Chính phủ",
        f"Ủy ban nhân dân {province.prose}",
        f"Thường trực Hội đồng nhân dân {province.prose}",
        "Ban Giám đốc",
        "Các phòng, đơn vị thuộc Sở",
        "Cổng thông tin điện tử",
        "Trung tâm Công nghệ thông tin",
        "Ban Thi đua - Khen thưởng",
        f"Sở Tài chính {province.prose}",
    )


def _recipient_list(
    draw: st.DrawFn, province: voc.Province, unit: str, *, first: str | None = None
) -> RecipientList:
    names = _some(draw, _recipient_names(province), 1, 4)
    items = [Recipient(f"{first};")] if first else []
    for name in names:
        purpose = _pick(draw, ("", "", " (để báo cáo)", " (để thực hiện)", " (để biết)"))
        items.append(Recipient(f"{name}{purpose};"))
    items.append(Recipient(f"Lưu: VT, {unit}."))
    return RecipientList(tuple(items))


def recipients(*, archive: bool | None = None) -> st.SearchStrategy[Recipient]:
    """One line of a Nơi nhận list ("Sở Nội vụ;", or the filing entry "Lưu: VT, VP." when
    ``archive`` is true; either when it is ``None``)."""
    plain = st.sampled_from(voc.PROVINCES).flatmap(
        lambda p: st.sampled_from(_recipient_names(p)).map(lambda n: Recipient(f"{n};"))
    )
    filing = st.sampled_from(voc.UNITS).map(lambda u: Recipient(f"Lưu: VT, {u}."))
    if archive is None:
        return st.one_of(plain, filing)
    return filing if archive else plain


def recipient_lists() -> st.SearchStrategy[RecipientList]:
    """A Nơi nhận list: "-" items ending with ";", the last "Lưu: VT, <UNIT>."."""
    return st.composite(
        lambda draw: _recipient_list(draw, _pick(draw, voc.PROVINCES), _pick(draw, voc.UNITS))
    )()


def _addressees(draw: st.DrawFn, province: voc.Province) -> RecipientList:
    pool = (
        f"Ủy ban nhân dân các xã, phường {province.prose}",
        f"Sở Tài chính {province.prose}",
        "Các sở, ban, ngành",
        "Các cơ quan, đơn vị thuộc tỉnh",
        "Bộ Nội vụ",
    )
    names = _some(draw, pool, 1, 3)
    if len(names) == 1:
        return RecipientList((Recipient(f"{names[0]}.", bullet=None),), label="Kính gửi:")
    items = [Recipient(f"{n};") for n in names[:-1]] + [Recipient(f"{names[-1]}.")]
    return RecipientList(tuple(items), label="Kính gửi:")


def _issue_day(draw: st.DrawFn, latest: _dt.date | None, early_day_or_month: bool) -> _dt.date:
    """A document's date, not after ``latest`` (today); with ``early_day_or_month`` its day
    or month is below 10, so that a leading zero can be dropped or added."""
    day = _date_in(draw, _MIN_DOC_DATE, latest or _today())
    if early_day_or_month and day.day >= 10 and day.month >= 10:
        day = day.replace(day=day.day % 9 + 1)
    return day


def _law_basis(law: voc.Law) -> Paragraph:
    """ "Căn cứ <law> ngày <date>;" with its citation (a law cited by name and date)."""
    written = _long_date(law.adopted)
    cited = f"{law.name} ngày {written}"
    citation = Citation(
        cited,
        (len("Căn cứ "), len("Căn cứ ") + len(cited)),
        doc_type=doctypes.by_name("Luật", system="legal"),
        type_written="Luật",
        date=law.adopted,
        date_written=written,
        name=law.name.removeprefix("Luật "),
    )
    return Paragraph(f"Căn cứ {cited};", citations=(citation,))


def _preamble(draw: st.DrawFn, doc_type: DocumentType, body: voc.Body, ctx: _Context) -> Preamble:
    upper = _fill(body.upper, ctx.province)
    if body.collective is not None or upper.startswith(body.head):
        authority = upper
    else:
        authority = f"{body.head} {upper}"
    laws = [law for law in voc.LAWS if law.adopted < ctx.date]
    bases = [_law_basis(law) for law in _some(draw, laws, 0, 2)]
    for _ in range(draw(_ints(0 if bases else 1, 2))):
        c = _valid_citation(
            draw,
            ctx.province,
            _MIN_CITED_DATE,
            ctx.date - _dt.timedelta(days=1),
            families=("legal", "administrative"),
            pinpoint=False,
        )
        bases.append(Paragraph(f"Căn cứ {c.text};", citations=(c.shifted(len("Căn cứ ")),)))
    proposer = _pick(draw, ("Chánh Văn phòng", "Trưởng phòng Tổ chức cán bộ", "Giám đốc Sở Nội vụ"))
    bases.append(Paragraph(f"Theo đề nghị của {proposer}."))
    assert doc_type.formula is not None
    return Preamble(authority, tuple(bases), doc_type.formula)


def preambles() -> st.SearchStrategy[Preamble]:
    """A decision's or resolution's preamble: the enacting authority, "Căn cứ …;" lines
    (laws by name and date, documents by number, each line ending with ";"), a closing
    "Theo đề nghị của ….", and the type's formula ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:")."""
    with_formula = tuple(t for t in _STATE_DOC_TYPES if t.formula is not None)
    return st.composite(
        lambda draw: _preamble(draw, _pick(draw, with_formula), _pick(draw, voc.BODIES), _context(draw))
    )()


def _summary(draw: st.DrawFn, ctx: _Context, cong_van: bool) -> str:
    obj = _pick(draw, voc.OBJECTS)
    when = _pick(draw, (f"năm {ctx.date.year}", f"trên địa bàn {ctx.province.prose}", ""))
    lead = _pick(draw, voc.VERBS if cong_van else voc.SUMMARY_PREFIXES)
    text = f"{lead} {obj}"
    return f"{text} {when}".strip()


def _scheme_for(doc_type: DocumentType) -> tuple[str | None, ...]:
    """The marker hierarchies a type's body may use (``None``: paragraphs only)."""
    code = doc_type.code
    if code in ("QĐ", "NQ"):
        return ("articles", "articles", "chapters")
    if code in ("QC", "QyĐ"):
        return ("chapters", "chapters_sections", "articles")
    if code in ("BC", "KH", "CTr", "PA", "ĐA", "DA", "HD", "TB", "TTr", "TC", "CT"):
        return ("report", "report_decimal", "report_parts", "numbered")
    return ("numbered", None)


@attrs.frozen
class _Draft:
    """A valid document and what a defect needs to know about how it was made."""

    doc: Document
    ctx: _Context


def _valid_document(
    draw: st.DrawFn,
    doc_type: DocumentType | None,
    *,
    latest: _dt.date | None = None,
    early_day_or_month: bool = False,
    typed_only: bool = False,
    min_sections: int = 0,
) -> _Draft:
    if doc_type is None:
        doc_type = _pick(draw, _TYPED_DOC_TYPES if typed_only else _DOC_TYPES)
    if doc_type.system == "legal":
        return _valid_legal_document(draw, doc_type, latest=latest, early_day_or_month=early_day_or_month,
                                     min_sections=min_sections)
    if doc_type.system == "party":
        return _valid_party_document(draw, doc_type, latest=latest, early_day_or_month=early_day_or_month,
                                     min_sections=min_sections)
    cong_van = doc_type.is_cong_van
    bodies = voc.BODIES
    if doc_type.code == "NQ":
        bodies = tuple(b for b in bodies if b.collective is not None)
    body = _pick(draw, bodies)
    province = _pick(draw, voc.PROVINCES) if body.local else _HANOI
    day = _issue_day(draw, latest, early_day_or_month)
    ctx = _Context(province, day)
    unit = _pick(draw, voc.UNITS)
    digits = _digits(draw)
    if cong_van:
        number = DocumentNumber(digits, issuers=(body.code,), unit=unit, style="cong_van")
    else:
        number = DocumentNumber(digits, type_code=doc_type.code, issuers=(body.code,))
    header = Header(
        parent_body=_fill(body.parent, province) if body.parent else None,
        issuing_body=_fill(body.upper, province),
        national_title=NATIONAL_TITLE,
        motto=MOTTO,
        number=number,
        issue_date=IssueDate(province.place, day.day, day.month, day.year),
        doc_type=doc_type,
        summary=_summary(draw, ctx, cong_van),
    )
    preamble = _preamble(draw, doc_type, body, ctx) if doc_type.formula else Preamble()
    scheme = _pick(draw, _scheme_for(doc_type))
    # Công văn and Tờ trình always, a Báo cáo sometimes (one sent upward), name their
    # addressees after "Kính gửi:" and open Nơi nhận with "Như trên;" (Nghị định
    # 30/2020/NĐ-CP, Phụ lục I, mục II.9).
    addressed = cong_van or doc_type.code == "TTr" or (doc_type.code == "BC" and draw(_BOOL))
    if min_sections and scheme is None:
        scheme = "numbered"
    items = _body(draw, ctx, scheme, min_sections=max(1, min_sections))
    items, notes = _footnoted(draw, ctx, items)
    doc = Document(
        header=header,
        preamble=preamble,
        body=items,
        signature=_signature(draw, body),
        recipients=_recipient_list(draw, province, unit, first="Như trên" if addressed else None),
        footnotes=notes,
        addressees=_addressees(draw, province) if addressed else None,
    )
    return _Draft(doc, ctx)


_LEGAL_SUMMARIES = ("Quy định", "Hướng dẫn thực hiện", "Quy định chi tiết")


def _legal_preamble(
    draw: st.DrawFn, doc_type: DocumentType, body: voc.Body, ctx: _Context, summary: str
) -> Preamble:
    """A legal-normative document's preamble. Nghị định and Thông tư end on a sentence
    naming who enacts ("Chính phủ ban hành Nghị định quy định …", "Bộ trưởng Bộ Tài chính
    ban hành Thông tư …"); Quyết định and Nghị quyết on the enacting authority's line above
    the "Căn cứ" lines and the formula ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:")."""
    if doc_type.formula is not None and doc_type.formula.endswith(":"):
        return _preamble(draw, doc_type, body, ctx)
    laws = [law for law in voc.LAWS if law.adopted < ctx.date]
    bases = [_law_basis(law) for law in (_some(draw, laws, 1, 2) if laws else [])]
    if doc_type.code == "NĐ":
        minister = _pick(draw, tuple(b for b in voc.BODIES if b.code.startswith("B")))
        bases.append(Paragraph(f"Theo đề nghị của Bộ trưởng {minister.name};"))
        who = body.name
    else:
        bases.append(Paragraph("Theo đề nghị của Vụ trưởng Vụ Pháp chế;"))
        who = f"Bộ trưởng {body.name}"
    assert doc_type.formula is not None
    rest = summary[0].lower() + summary[1:]
    return Preamble(None, tuple(bases), f"{who} {doc_type.formula} {rest}.")


def _legal_signature(draw: st.DrawFn, body: voc.Body) -> SignatureBlock:
    """A legal-normative document is signed by the head or, "KT.", a deputy — for a body
    that decides collectively under "TM." (never "TL." or "TUQ.")."""
    name = f"{_pick(draw, voc.FAMILY_NAMES)} {_pick(draw, voc.MIDDLE_NAMES)} {_pick(draw, voc.GIVEN_NAMES)}"
    deputy = draw(_BOOL)
    if body.collective is not None:
        if deputy:
            return SignatureBlock("TM.", body.collective, body.deputy, name, intermediate=(f"KT. {body.head}",))
        return SignatureBlock("TM.", body.collective, body.head, name)
    if deputy:
        return SignatureBlock("KT.", body.head, body.deputy, name)
    return SignatureBlock(None, None, body.head, name)


def _valid_legal_document(
    draw: st.DrawFn,
    doc_type: DocumentType,
    *,
    latest: _dt.date | None = None,
    early_day_or_month: bool = False,
    min_sections: int = 0,
) -> _Draft:
    """A legal-normative document (văn bản quy phạm pháp luật) issued by a body
    :data:`_LEGAL_ISSUERS` allows for its type, its number in the legal style with the
    year of issue (``05/2024/NĐ-CP``), articles (Điều) in its body."""
    assert doc_type.code is not None
    by_code = {b.code: b for b in voc.BODIES}
    body = by_code[_pick(draw, _LEGAL_ISSUERS[doc_type.code])]
    province = _pick(draw, voc.PROVINCES) if body.local else _HANOI
    day = _issue_day(draw, latest, early_day_or_month)
    ctx = _Context(province, day)
    number = DocumentNumber(
        _digits(draw), year=day.year, type_code=doc_type.code, issuers=(body.code,), style="legal"
    )
    summary = f"{_pick(draw, _LEGAL_SUMMARIES)} {_pick(draw, voc.OBJECTS)}"
    header = Header(
        issuing_body=_fill(body.upper, province),
        national_title=NATIONAL_TITLE,
        motto=MOTTO,
        number=number,
        issue_date=IssueDate(province.place, day.day, day.month, day.year),
        doc_type=doc_type,
        summary=summary,
    )
    scheme = _pick(draw, ("articles", "chapters"))
    items = _body(draw, ctx, scheme, min_sections=max(1, min_sections))
    items, notes = _footnoted(draw, ctx, items)
    doc = Document(
        header=header,
        preamble=_legal_preamble(draw, doc_type, body, ctx, summary),
        body=items,
        signature=_legal_signature(draw, body),
        recipients=_recipient_list(draw, province, _pick(draw, voc.UNITS)),
        footnotes=notes,
    )
    return _Draft(doc, ctx)


#: Party title (tiêu đề), Hướng dẫn 36-HD/VPTW.
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"


@attrs.frozen
class _PartyBody:
    """A Party body that issues documents: its header lines, its code in symbols, who signs
    for it ("T/M <collective>" over the head's title, or "K/T" over a deputy's)."""

    code: str
    upper: str  # the issuing body's header line
    superior: str | None  # the line above it ("ĐẢNG BỘ TỈNH {P}")
    collective: str
    head: str
    deputy: str | None  # None: only the head signs (no "K/T" form is confirmed for it)
    local: bool


_PARTY_BODIES = (
    _PartyBody("TW", "BAN CHẤP HÀNH TRUNG ƯƠNG", None, "BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ", None,
               local=False),
    _PartyBody("TU", "TỈNH ỦY", "ĐẢNG BỘ {P}", "BAN THƯỜNG VỤ", "BÍ THƯ", "PHÓ BÍ THƯ", local=True),
)  # fmt: skip

_PARTY_SUMMARIES = ("về tăng cường", "về đẩy mạnh", "về việc thực hiện", "về nâng cao hiệu quả")
_PARTY_RECIPIENTS = (
    "Các huyện ủy, thành ủy, đảng ủy trực thuộc", "Các ban đảng, đảng đoàn, ban cán sự đảng",
    "Các đồng chí Ủy viên Ban Thường vụ", "Các tỉnh ủy, thành ủy", "Các ban đảng Trung ương",
)  # fmt: skip


def _valid_party_document(
    draw: st.DrawFn,
    doc_type: DocumentType,
    *,
    latest: _dt.date | None = None,
    early_day_or_month: bool = False,
    min_sections: int = 0,
) -> _Draft:
    """A Party document (Hướng dẫn 36-HD/VPTW): the Party title where the national title
    would be, the issuing body (under its Party organisation for a provincial committee),
    "Số 05-CT/TU" without a colon, a summary in lower case ("về …"), a signature "T/M"
    or "K/T" with the slash, and a Nơi nhận whose filing line has no colon ("- Lưu Văn
    phòng Tỉnh ủy.")."""
    assert doc_type.code is not None
    body = _pick(draw, _PARTY_BODIES)
    province = _pick(draw, voc.PROVINCES) if body.local else _HANOI
    day = _issue_day(draw, latest, early_day_or_month)
    ctx = _Context(province, day)
    number = DocumentNumber(_digits(draw), type_code=doc_type.code, issuers=(body.code,), style="party")
    header = Header(
        parent_body=_fill(body.superior, province) if body.superior else None,
        issuing_body=body.upper,
        party_title=PARTY_TITLE,
        number=number,
        number_label="Số",
        issue_date=IssueDate(province.place, day.day, day.month, day.year),
        doc_type=doc_type,
        summary=f"{_pick(draw, _PARTY_SUMMARIES)} {_pick(draw, voc.OBJECTS)}",
    )
    scheme = _pick(draw, ("report", "numbered"))
    items = _body(draw, ctx, scheme, min_sections=max(1, min_sections))
    items, notes = _footnoted(draw, ctx, items)
    name = f"{_pick(draw, voc.FAMILY_NAMES)} {_pick(draw, voc.MIDDLE_NAMES)} {_pick(draw, voc.GIVEN_NAMES)}"
    if body.deputy is None or draw(_BOOL):
        signature = SignatureBlock("TM.", body.collective, body.head, name, authority_as_written="T/M")
    else:
        signature = SignatureBlock(
            "TM.", body.collective, body.deputy, name, intermediate=(f"K/T {body.head}",), authority_as_written="T/M"
        )
    office = "Văn phòng Trung ương Đảng" if body.code == "TW" else "Văn phòng Tỉnh ủy"
    recipients = RecipientList(
        (
            *(Recipient(f"{name},", bullet="-") for name in _some(draw, _PARTY_RECIPIENTS, 1, 3)),
            Recipient(f"Lưu {office}.", bullet="-"),
        )
    )
    doc = Document(header=header, body=items, signature=signature, recipients=recipients, footnotes=notes)
    return _Draft(doc, ctx)


# ---------------------------------------------------------------------------------------
# Defects
# ---------------------------------------------------------------------------------------


def _bump_last_top_section(doc: Document) -> Document:
    """Skip one label at the top level: I, II, III → I, II, IV (Điều n → Điều n+1)."""
    body = list(doc.body)
    last = max(i for i, item in enumerate(body) if type(item) is Section)
    section = body[last]
    assert type(section) is Section
    kind = section.kind
    number = section.number
    if kind in ("roman", "phan", "chuong"):
        from_roman = {_roman(n): n for n in range(1, 60)}
        new_number = _roman(from_roman[number] + 1)
    elif kind == "letter":
        new_number = _letter(voc.LETTERS.index(number) + 2)
    else:
        new_number = str(int(number) + 1)
    prefix = section.label[: len(section.label) - len(number)]
    body[last] = Section(prefix + new_number, section.heading, section.children)
    return attrs.evolve(doc, body=tuple(body))


@cache
def _other_codes(doc_type: DocumentType) -> tuple[str, ...]:
    """Phụ lục III codes that name another type: not the type's own code, and no code that
    any family uses for a type of the same name (QĐ is also the Party's Quy định, so it is
    no mismatch on a State Quy định)."""
    name = fold(doc_type.name)
    return tuple(
        t.code
        for t in _TYPED_DOC_TYPES
        if t.code is not None and all(fold(x.name) != name for x in doctypes.all_by_code(t.code))
    )


def _leading_zero_variants(d: IssueDate) -> list[IssueDate]:
    assert d.day is not None and d.month is not None
    out = []
    if d.day < 10:
        out.append(attrs.evolve(d, day_written=str(d.day)))
    if d.month <= 2:
        out.append(attrs.evolve(d, month_written=str(d.month)))
    elif d.month < 10:
        out.append(attrs.evolve(d, month_written=f"0{d.month}"))
    return out


def _with_first_paragraph(doc: Document, paragraph: Paragraph) -> Document:
    return attrs.evolve(doc, body=(paragraph, *doc.body))


def _invalid_citation(draw: st.DrawFn, province: voc.Province) -> Citation:
    """A well-shaped legal number whose year (before 1945) ``check_number`` reports as an
    error: the model can hold it, the finder can find it, and nothing else is wrong with
    it (the cited date lies in that year, so it is before the document; the type word
    agrees with the code)."""
    year = draw(_ints(1900, 1944))
    day = _date_in(draw, _dt.date(year, 1, 1), _dt.date(year, 12, 31))
    digits = _digits(draw)
    code, issuer = _pick(draw, (("NĐ", "CP"), ("QĐ", "TTg"), ("TT", "BTC")))
    number = DocumentNumber(digits, year=year, type_code=code, issuers=(issuer,), style="legal")
    return _citation_for(draw, number, day, province, pinpoint=False)


def _defective_document(draw: st.DrawFn, doc_type: DocumentType | None, defects: tuple[str, ...]) -> Document:
    defect = _pick(draw, defects)
    if doc_type is None:
        # Party documents carry no national title or motto to take away: defects are drawn
        # on State and legal-normative documents unless a Party type is asked for.
        doc_type = _pick(draw, _TYPED_DOC_TYPES if defect == "symbol-type-mismatch" else _DEFECT_DOC_TYPES)
    today = _today()
    # Room after the document's date for a citation dated after it (and not after today).
    latest = today - _dt.timedelta(days=30) if defect == "citation-date-after-document" else None
    draft = _valid_document(
        draw,
        doc_type,
        latest=latest,
        early_day_or_month=defect == "date-leading-zero",
        typed_only=defect == "symbol-type-mismatch",
        min_sections=2 if defect == "section-numbering-gap" else 0,
    )
    doc, header = draft.doc, draft.doc.header
    if defect == "national-title-missing":
        doc = attrs.evolve(doc, header=attrs.evolve(header, national_title=None))
    elif defect == "motto-missing":
        doc = attrs.evolve(doc, header=attrs.evolve(header, motto=None))
    elif defect == "issuing-body-missing":
        doc = attrs.evolve(doc, header=attrs.evolve(header, issuing_body=None, parent_body=None))
    elif defect == "number-blank":
        assert header.number is not None
        doc = attrs.evolve(doc, header=attrs.evolve(header, number=attrs.evolve(header.number, number=None)))
    elif defect == "date-day-blank":
        d = header.issue_date
        assert d is not None
        blank = IssueDate(d.place, day=None, month=d.month, year=d.year)
        doc = attrs.evolve(doc, header=attrs.evolve(header, issue_date=blank))
    elif defect == "date-leading-zero":
        assert header.issue_date is not None
        wrong = _pick(draw, _leading_zero_variants(header.issue_date))
        doc = attrs.evolve(doc, header=attrs.evolve(header, issue_date=wrong))
    elif defect == "symbol-type-mismatch":
        assert header.number is not None and header.doc_type is not None
        other = _pick(draw, _other_codes(header.doc_type))
        number = attrs.evolve(header.number, type_code=other)
        doc = attrs.evolve(doc, header=attrs.evolve(header, number=number))
    elif defect == "section-numbering-gap":
        doc = _bump_last_top_section(doc)
    elif defect == "signature-missing":
        doc = attrs.evolve(doc, signature=None)
    elif defect == "recipients-missing":
        doc = attrs.evolve(doc, recipients=None)
    elif defect == "recipients-archive-missing":
        assert doc.recipients is not None
        kept = list(doc.recipients.items[:-1])
        kept[-1] = attrs.evolve(kept[-1], text=kept[-1].text[:-1] + ".")
        doc = attrs.evolve(doc, recipients=attrs.evolve(doc.recipients, items=tuple(kept)))
    elif defect == "citation-invalid":
        citation = _invalid_citation(draw, draft.ctx.province)
        doc = _with_first_paragraph(doc, _paragraph(draw, draft.ctx, citation=citation))
    elif defect == "citation-date-after-document":
        lo = draft.ctx.date + _dt.timedelta(days=1)
        citation = _valid_citation(draw, draft.ctx.province, lo, today, families=("administrative", "legal"))
        doc = _with_first_paragraph(doc, _paragraph(draw, draft.ctx, citation=citation))
    else:  # pragma: no cover - guarded by documents()
        raise InvalidArgument(f"unknown defect {defect!r}")
    return attrs.evolve(doc, notes=(*doc.notes, Note("defect", defect)))


def defect_of(doc: Document) -> str | None:
    """The name of the defect ``documents(valid=False)`` planted in ``doc``, or ``None``."""
    for note in doc.notes:
        if note.code == "defect":
            return note.message
    return None


def _resolve_type(doc_type: DocumentType | str | None) -> DocumentType | None:
    if doc_type is None or isinstance(doc_type, DocumentType):
        found = doc_type
    else:
        # a State type first (QĐ: the administrative decision), then a legal-normative one
        found = next(
            (
                t
                for t in (
                    doctypes.by_code(doc_type),
                    doctypes.by_name(doc_type),
                    doctypes.by_code(doc_type, system="legal"),
                    doctypes.by_name(doc_type, system="legal"),
                )
                if t is not None and t in _DOC_TYPES
            ),
            doctypes.by_code(doc_type) or doctypes.by_name(doc_type),
        )
        if found is None:
            raise InvalidArgument(f"unknown document type {doc_type!r}")
    if found is not None and found not in _DOC_TYPES:
        names = ", ".join(sorted({t.name for t in _DOC_TYPES}))
        raise InvalidArgument(
            f"documents() generates State documents under Nghị định 30/2020/NĐ-CP and the "
            f"legal-normative Nghị định, Thông tư, Quyết định and Nghị quyết; {found!r} is not one "
            f"of them ({names})"
        )
    return found


def documents(
    valid: bool = True,
    doc_type: DocumentType | str | None = None,
    defects: Iterable[str] | None = None,
) -> st.SearchStrategy[Document]:
    """Whole documents of a State type (any, or ``doc_type`` — a :class:`DocumentType`,
    a code such as ``"QĐ"`` or a name such as ``"Công văn"``), or of a legal-normative type
    (văn bản quy phạm pháp luật: Nghị định, Thông tư, Quyết định, Nghị quyết — pass the
    legal :class:`DocumentType` for a Quyết định or Nghị quyết, whose codes name the
    administrative type first; ``"NĐ"`` and ``"TT"`` name the legal ones), or of a Party
    type (Hướng dẫn 36-HD/VPTW: Nghị quyết, Chỉ thị, Kết luận, Hướng dẫn, Thông báo, Báo
    cáo, Kế hoạch, Chương trình — pass the Party :class:`DocumentType`). Without
    ``doc_type``, valid documents come from all three families and defective ones from the
    State and legal families (a Party document has no national title or motto to leave
    out, and no blank-number draft form).

    ``valid=True`` (default): documents that satisfy Nghị định 30/2020/NĐ-CP fully (see the
    module docstring). ``valid=False``: documents carrying exactly one deliberate defect
    each — one of :data:`DEFECTS`, or of ``defects`` when given — recorded as
    ``Note(code="defect", message=<name>)`` in ``Document.notes`` (read it with
    :func:`defect_of`)."""
    resolved = _resolve_type(doc_type)
    if valid:
        if defects is not None:
            raise InvalidArgument("defects= needs valid=False")
        return st.composite(lambda draw: _valid_document(draw, resolved).doc)()
    chosen = tuple(defects) if defects is not None else DEFECTS
    if not chosen:
        raise InvalidArgument("defects= must name at least one defect")
    unknown = [d for d in chosen if d not in DEFECTS]
    if unknown:
        raise InvalidArgument(f"unknown defects {unknown}; known: {', '.join(DEFECTS)}")
    if resolved is not None and resolved.system == "party":
        chosen = tuple(d for d in chosen if d not in _NOT_PARTY_DEFECTS)
        if not chosen:
            raise InvalidArgument(f"a Party document cannot carry {', '.join(_NOT_PARTY_DEFECTS)}")
    if resolved is not None and resolved.code is None and "symbol-type-mismatch" in chosen:
        chosen = tuple(d for d in chosen if d != "symbol-type-mismatch")
        if not chosen:
            raise InvalidArgument("a công văn has no type code, so it cannot carry symbol-type-mismatch")
    return st.composite(lambda draw: _defective_document(draw, resolved, chosen))()


def headers() -> st.SearchStrategy[Header]:
    """The header of a valid document: national title and motto (a Party document: the
    Party title), issuing (and managing) body, number agreeing with the type, place and
    date, type and summary."""
    return documents().map(lambda d: d.header)


def findings() -> st.SearchStrategy[Finding]:
    """A finding with a rule-like code and name and a valid severity."""
    return st.builds(
        Finding,
        code=st.sampled_from(("H001", "N002", "D003", "S004")),
        name=st.sampled_from(DEFECTS),
        severity=st.sampled_from(SEVERITIES),
        message=st.just("thiếu thành phần (component missing)"),
    )


def layouts() -> st.SearchStrategy[Layout]:
    """Formatting a docx reader saw: font, size in points, bold/italic/…, alignment and
    indent (finite values; ``None`` where the source does not say)."""
    maybe_bool = st.sampled_from((None, True, False))
    return st.builds(
        Layout,
        font=st.sampled_from((None, "Times New Roman", "Arial")),
        size=st.sampled_from((None, 11.0, 12.0, 13.0, 14.0)),
        bold=maybe_bool,
        italic=maybe_bool,
        underline=maybe_bool,
        all_caps=maybe_bool,
        alignment=st.sampled_from((None, "left", "center", "right", "both")),
        first_line_indent_cm=st.sampled_from((None, 1.0, 1.27)),
        style=st.sampled_from((None, "Normal", "VnBody")),
    )


def page_setups() -> st.SearchStrategy[PageSetup]:
    """A docx page: A4 either way round, margins within Phụ lục I's ranges (in mm)."""
    return st.builds(
        lambda landscape, top, bottom, left, right: PageSetup(
            width_mm=297.0 if landscape else 210.0,
            height_mm=210.0 if landscape else 297.0,
            margin_top_mm=top,
            margin_bottom_mm=bottom,
            margin_left_mm=left,
            margin_right_mm=right,
            orientation="landscape" if landscape else "portrait",
        ),
        st.booleans(),
        st.sampled_from((20.0, 25.0)),
        st.sampled_from((20.0, 25.0)),
        st.sampled_from((30.0, 35.0)),
        st.sampled_from((15.0, 20.0)),
    )


def origins() -> st.SearchStrategy[Origin]:
    """Where something was read: a line and column of a text file, a paragraph of a docx
    (with its layout), or an XPath."""
    return st.one_of(
        st.builds(Origin, source=st.just("vanban.txt"), line=st.integers(1, 500), column=st.integers(1, 80)),
        st.builds(
            Origin,
            source=st.just("vanban.docx"),
            paragraph=st.integers(0, 300),
            layout=st.one_of(st.none(), layouts()),
            page=st.one_of(st.none(), page_setups()),
        ),
        st.builds(Origin, source=st.just("vanban.xml"), xpath=st.just("/v:document/v:body/v:section[1]")),
    )


def locations() -> st.SearchStrategy[Location]:
    """Where a finding points (line and column, docx paragraph or XPath, and model path)."""
    return st.builds(
        Location,
        source=st.sampled_from((None, "vanban.txt")),
        line=st.one_of(st.none(), st.integers(1, 500)),
        column=st.one_of(st.none(), st.integers(1, 80)),
        path=st.sampled_from((None, "header.number", "body[0]")),
    )


def notes() -> st.SearchStrategy[Note]:
    """A reader's note (``code`` and ``message``)."""
    return st.builds(
        Note,
        code=st.sampled_from(("unrecognised", "repaired", "ignored", "defect")),
        message=st.sampled_from(("dòng không nhận diện được", *DEFECTS)),
    )


# ---------------------------------------------------------------------------------------
# st.from_type
# ---------------------------------------------------------------------------------------

_REGISTRY: tuple[tuple[type, Callable[[], st.SearchStrategy[Any]]], ...] = (
    (DocumentType, doc_types),
    (DocumentNumber, document_numbers),
    (IssueDate, issue_dates),
    (Header, headers),
    (Pinpoint, pinpoints),
    (Citation, citations),
    (Paragraph, paragraphs),
    (FootnoteRef, footnote_refs),
    (Footnote, footnotes),
    (Section, sections),
    (SignatureBlock, signature_blocks),
    (Recipient, recipients),
    (RecipientList, recipient_lists),
    (Preamble, preambles),
    (Document, documents),
    (Finding, findings),
    (Note, notes),
    (Layout, layouts),
    (PageSetup, page_setups),
    (Origin, origins),
    (Location, locations),
    (_issuers.Issuer, issuers),
)


def register() -> None:
    """Register these strategies with ``st.register_type_strategy`` so that
    ``st.from_type(vnadmin.Document)`` (and every other model class) works. Done on import
    of this module and by vnadmin's Hypothesis plugin; calling it again is harmless."""
    for cls, factory in _REGISTRY:
        st.register_type_strategy(cls, factory())


register()
