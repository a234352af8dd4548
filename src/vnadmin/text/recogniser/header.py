"""The header (ô 1–5 of Phụ lục I): issuing bodies, national title and motto (or the Party
title), "Số …", place and date, type and summary, an annex's label and "(Kèm theo …)".

Real extractions flatten the two header columns: the cells of a table come one after the
other, a layout line keeps both columns with wide gaps, and OCR puts them on one line with
single spaces ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Each piece is therefore
split at the anchors of the right-hand column (national title, motto, place and date) and
the left-hand one ("Số …", "V/v …"); what lies between anchors is classified on its own.
"""

from __future__ import annotations

import functools
import operator
import re
import string
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from vnadmin.citations import find_citations
from vnadmin.model import doctypes
from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.citation import Citation
from vnadmin.model.dates import IssueDate
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.header import Header
from vnadmin.model.number import DocumentNumber
from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.bodies import completes_body, known_body
from vnadmin.text.recogniser.cells import Cell, cells_of
from vnadmin.text.recogniser.context import Context
from vnadmin.text.recogniser.number import NumberMatch, find_number
from vnadmin.unicode import ascii_digits, ascii_fold

__all__ = ["HeaderResult", "match_type_line", "read_header"]

_LOCATION_WORDS = ("tinh ", "thanh pho ", "tp ", "tp.", "huyen ", "quan ", "xa ", "phuong ", "thi xa ", "thi tran ")
_CONNECTOR_WORDS = ("theo ", "va ", "cua ", "ve ")
# A name line that ends on a connector goes on in the next line ("BỘ THÔNG TIN VÀ" /
# "TRUYỀN THÔNG", a narrow cell's wrapping).
_ENDING_CONNECTORS = (" va ", " cua ", " ve ", " theo ", " & ", " - ", " – ")
# A name line that ends on a comma goes on in the next line ("CỤC ĐỔI MỚI SÁNG TẠO," /
# "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG"), unless that line opens a body's name of its own
# (OCR leaves a comma after "TỔNG CỤC THUẾ," above "CỤC THUẾ TP HÀ NỘI").
_NAME_HEADS = (
    "bo ", "tong cuc ", "cuc ", "chi cuc ", "vu ", "so ", "ban ", "phong ", "van phong ", "uy ban ",
    "ubnd ", "hoi dong ", "trung tam ", "tong cong ty ", "cong ty ", "tap doan ", "chi nhanh ",
    "truong ", "vien ", "benh vien ", "toa an ", "dang uy ", "dang bo ", "tinh uy ", "thanh uy ",
    "huyen uy ", "quan uy ", "thi uy ", "mat tran ", "hoi ", "doan ", "lien doan ", "kho bac ",
    "thanh tra ", "chinh phu ", "quoc hoi ", "ngan hang ", "bao hiem ", "cong an ", "bo chi huy ",
)
# A joint issuer's first line ("LIÊN NGÀNH" / "SỞ TÀI CHÍNH -" / "SỞ CÔNG THƯƠNG"): the
# names below it are its members, one issuing body.
_JOINT_HEADS = frozenset({"lien nganh", "lien bo", "lien tich", "lien co quan", "lien so"})
# The country's name alone on a line ("HỘI ĐIỀU DƯỠNG" / "VIỆT NAM", a narrow cell's
# wrapping of "Hội Điều dưỡng Việt Nam"): no body by itself, the end of the name above.
_COUNTRY_ONLY = frozenset({"viet nam"})
# Party committees named after their level ("TỈNH ỦY", "HUYỆN UỶ ĐỊNH HOÁ", "THÀNH ỦY"):
# the issuing body under "ĐẢNG BỘ TỈNH …", not a place continuing the line above.
_PARTY_COMMITTEE = re.compile(r"(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang)\s{1,2}uy\b")
_ANNEX = re.compile(r"phu\s{0,2}luc(?:\s{1,3}(?:[ivxlc]{1,6}|\d{1,3}|so\s{0,2}\d{1,3})\b)?")
_PREAMBLE_START = re.compile(r"(?:can\s{1,3}cu|theo\s{1,3}de\s{1,3}nghi|xet\s{1,3}de\s{1,3}nghi|xet\b)")
# OCR of "V/v" before a lower-case summary: "VA chi phí …", "Vw chính sách …".
_VA = re.compile(r"V[A/]\s{0,2}:?\s(?=[a-zđà-ỹ])")
_VE = re.compile(r"Về\s(?=[a-zđà-ỹ])")  # "Về tuyển lao động, …", "Về việc …"
_VE_PARTY = re.compile(r"[Vv]ề\s(?=[a-zđà-ỹ])")  # a Party công văn's "về việc …"
_PLACE_CONNECTORS = frozenset({"phố", "xã", "trấn", "thị"})
_PLACE_DASHES = frozenset({"-", "–", "—"})


@attrs.define
class HeaderResult:
    header: Header
    next: int
    before_body: list[Cell] = attrs.field(factory=list)  # unrecognised lines, kept as paragraphs
    kinh_gui: bool = False
    vv: bool = False
    # the enacting authority's line flattened onto the type line's end: the preamble's first line
    enacting: list[Cell] = attrs.field(factory=list)


class _Frag(NamedTuple):
    """A piece of a header line and what it is (a named tuple: cheap to make, never changed)."""

    kind: str
    cell: Cell
    value: object = None


# ``_new_frag(_Frag, (kind, cell, value))`` is ``_Frag(kind, cell, value)`` made in C, without
# the named tuple's own __new__ function (fragments are made for every header line).
_new_frag = tuple.__new__


@attrs.define
class _State:
    ctx: Context
    national: Cell | None = None
    motto: Cell | None = None
    party: Cell | None = None
    number: DocumentNumber | None = None
    number_label: str | None = None
    number_cell: Cell | None = None
    number_tentative: bool = False
    date: IssueDate | None = None
    date_cell: Cell | None = None
    bodies: list[Cell] = attrs.field(factory=list)
    vv: list[Cell] = attrs.field(factory=list)
    doc_type: DocumentType | None = None
    type_cell: Cell | None = None
    summary: list[Cell] = attrs.field(factory=list)
    annex: Cell | None = None
    attached: Cell | None = None
    attached_more: list[Cell] = attrs.field(factory=list)  # "(Kèm theo …" wrapped over lines
    extras: list[Cell] = attrs.field(factory=list)
    national_tail: str | None = None
    continuations: list[Cell] = attrs.field(factory=list)  # "SỐ 1050/QĐ-SCT" inside a body name
    kinh_gui: bool = False
    vv_early: bool = False  # the "V/v" line came before any anchor of the header
    # the last line asked about as a type line, and the answer (see _type_line)
    last_type_line: tuple[str, tuple[str, str, str] | None] | None = None
    enacting: list[Cell] = attrs.field(factory=list)

    @property
    def seen(self) -> bool:
        return (
            self.national is not None
            or self.motto is not None
            or self.party is not None
            or self.number is not None
            or self.date is not None
            or self.doc_type is not None
            or self.annex is not None
        )


# -- type lines -------------------------------------------------------------------------
def _type_names() -> list[tuple[str, str]]:
    names = {P.key(t.name): t.name for t in doctypes.all_types() if t.category != "annex"}
    return sorted(names.items(), key=lambda kv: -len(kv[0]))


_TYPE_NAMES = _type_names()
# The type names by the first character of their key, longest first as in _TYPE_NAMES: a
# line is compared only with the names it can start with.
_TYPE_NAMES_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _name_key, _name in _TYPE_NAMES:
    _TYPE_NAMES_BY_FIRST.setdefault(_name_key[:1], []).append((_name_key, _name))
# Keying this much of a line decides every comparison (the longest name and the character after it).
_TYPE_KEY_SPAN = max(len(k) for k, _ in _TYPE_NAMES) + 1
# Every name's key as one pattern: a key that opens on none of them is no type line, told
# in one match in C (speed: most lines asked are bodies' names, which the loop over the
# names of their first letter would compare one by one).
_TYPE_NAME_START = re.compile("|".join(re.escape(k) for k, _ in _TYPE_NAMES))


_TYPE_LINE_STRIP = " -–—.:*#"
# The characters a type line can open on: keyed to a name's first letter, and no lower-case
# letter (the name as written must be in capitals).
_TYPE_FIRST = frozenset(c for c in P.keyed_chars("".join(_TYPE_NAMES_BY_FIRST)) if not c.islower())


def match_type_line(text: str) -> tuple[str, str, str] | None:
    """(registry name, type as written, rest of the line) when ``text`` starts with a
    type name in capitals ("QUYẾT ĐỊNH", OCR "QUYET ĐỊNH", "KẾ HOẠCH Thực hiện …")."""
    t = text.strip(_TYPE_LINE_STRIP)
    if t[:1] not in _TYPE_FIRST:
        return None  # (speed: no name can start there in capitals; the line is not keyed)
    k = P.key(t[:_TYPE_KEY_SPAN])
    if _TYPE_NAME_START.match(k) is None:
        return None
    for name_key, name in _TYPE_NAMES_BY_FIRST.get(k[:1], ()):
        if k.startswith(name_key) and (
            len(k) == len(name_key)
            or not k[len(name_key)].isalnum()
            or t[len(name_key) : len(name_key) + 2].istitle()  # "QUYẾT ĐỊNHVề việc …": glued
        ):
            end = len(name_key)
            written = t[:end]
            if not P.is_upper_line(written):
                return None
            joint = _JOINT_QUALIFIER.match(P.key(t[end : end + 16]))
            if joint is not None and P.is_upper_line(t[end : end + joint.end()]):
                # "HƯỚNG DẪN LIÊN NGÀNH", "KẾ HOẠCH LIÊN TỊCH": a joint document's type as
                # written, where the registry has no type of that name (its longest names
                # are tried first: "THÔNG TƯ LIÊN TỊCH" is one)
                end += joint.end()
                written = t[:end]
            rest = t[end:].strip(" -–—:")
            return name, written, rest
    return None


# The words that make a type a joint document's (several bodies issue it together). The
# registry of Nghị định 30 has no such types but Thông tư liên tịch and Nghị quyết liên tịch
# of the legal-normative system; the others are as agencies write them (UNCONFIRMED
# against a rule: no list of them is published).
_JOINT_QUALIFIER = re.compile(r"\s{1,3}lien\s{1,3}(?:nganh|tich)(?![^\W_])")


# -- splitting a cell at its anchors ---------------------------------------------------
_GLUED_RULE = re.compile(r"[-–—_=]{3,}(?=[^\W\d_])")
_RULE_STARTS = frozenset(a + b + c for a in "-–—_=" for b in "-–—_=" for c in "-–—_=")


def _place_and_rest(gap: str) -> tuple[str | None, str]:
    """Split the text before "ngày …" into (place, what comes before the place)."""
    g = gap.rstrip(" ,.;:-")
    if g[:3] in _RULE_STARTS:
        # "--------------Hà Nội, ngày …": pdftotext (no -layout) glues the rule under the
        # motto to the line below it; the rule stands apart, before the place
        m = _GLUED_RULE.match(g)
        if m:
            g = f"{g[: m.end()]} {g[m.end() :]}"
    words = g.split()
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if "/" in w or (w[2:3] == ":" and P.key(w[:3]) == "so:"):  # (the key keeps ":": keyed only then)
            break  # "Số: A433/CT-TTHT Bắc Ninh": a number OCR garbled is no part of the place
        if w[:1].isupper() or (
            # "thành phố Hồ Chí Minh"; "Bà Rịa - Vũng Tàu", "Phan Rang - Tháp Chàm"
            (w in _PLACE_CONNECTORS or (w in _PLACE_DASHES and i < len(words)))
            and i > 1
            and words[i - 2][:1].isupper()
        ):
            i -= 1
            continue
        break
    # Do not start a place on a connector word.
    while i < len(words) and words[i] in _PLACE_CONNECTORS:
        i += 1
    # A name in capitals before a place in running case ("… ĐOÀN TNCS HỒ CHÍ MINH Hà Nội,
    # ngày …", a flattened header) is not part of the place; one capital word may be
    # ("TP. Hồ Chí Minh").
    caps = i
    while caps < len(words) and words[caps].isupper():
        caps += 1
    if caps - i >= 2 and caps < len(words) and not words[-1].isupper():
        i = caps
    place = " ".join(words[i:]) or None
    return place, " ".join(words[:i])


def _place_at(gap: str, place: str | None, rest: str) -> int:
    """Where the place starts in ``gap`` (what :func:`_place_and_rest` split): after the
    words before it, counted from the gap's first word (a gap after an anchor on the same
    line opens with a space: "Số: 3397/BKHĐT-QLKTTW V/v … Luật DN 2014 Hà Nội, ngày …",
    whose last figure is no part of the place)."""
    if place:
        at = gap.rfind(place)
        if at >= len(rest):
            return at
    return len(gap) - len(gap.lstrip()) + len(rest)


def _issue_date(m: re.Match[str], place: str | None) -> IssueDate | None:
    # (day and month read in line, not by a function made on every call)
    raw_day, raw_month = m.group("d", "m")
    day = month = None
    day_w = month_w = None
    # (digits of another script, "٠٥", are written as ASCII: the model keeps ASCII digits)
    if raw_day:
        digits = ascii_digits(raw_day.replace(" ", ""))
        if 1 <= int(digits) <= 31:
            day, day_w = int(digits), digits
    if raw_month:
        digits = ascii_digits(raw_month.replace(" ", ""))
        if 1 <= int(digits) <= 12:
            month, month_w = int(digits), digits
    year: int | None = None
    if m.group("y"):  # (blank in a draft's "Hà Nội, ngày   tháng   năm": see _blank_date)
        year = int(m.group("y"))
        if not 1000 <= year <= 9999:
            return None
    return _date_of(place, day, month, year, day_w, month_w)


_DATE_SET = slot_setters(IssueDate, ("place", "day", "month", "year", "day_written", "month_written", "origin"))


def _date_of(
    place: str | None, day: int | None, month: int | None, year: int | None, day_w: str | None, month_w: str | None
) -> IssueDate:
    """``IssueDate(place, day, month, year, day_written=day_w, month_written=month_w)`` for
    what _issue_date reads (day, month and year in range, each of day and month with its
    digits or both None), filled slot by slot (see vnadmin.model._trusted). What the
    validators would still check (a place of one line, ASCII digits) is checked here;
    when it fails, the constructor runs and raises its own error."""
    if not (
        (place is None or (type(place) is str and place and not place.isspace() and "\n" not in place))
        and (day_w is None or (day_w.isdigit() and day_w.isascii()))
        and (month_w is None or (month_w.isdigit() and month_w.isascii()))
    ):
        return IssueDate(place, day, month, year, day_written=day_w, month_written=month_w)
    date = new(IssueDate)
    s_place, s_day, s_month, s_year, s_day_w, s_month_w, s_origin = _DATE_SET
    s_place(date, place)
    s_day(date, day)
    s_month(date, month)
    s_year(date, year)
    s_day_w(date, day_w)
    s_month_w(date, month_w)
    s_origin(date, None)
    return date


# A header line, even one holding both columns, is far shorter than this.
_RUNNING_TEXT = 400


def _inside_running_text(text: str, start: int, end: int) -> bool:
    """A place and date with no other header anchor on its line, deep inside a line of
    running text ("… Hà N i, ngày 08 tháng 11 năm 2006 QUY T Đ NH …", a whole page
    pasted as one line): not a header's date line, whose text is short. Read so, the
    line would be split at the date on one reading and not on another, and writing would
    not settle."""
    return len(text) > _RUNNING_TEXT and start > 80 and len(text) - end > 80


_START = operator.itemgetter(0)


def _national_title(text: str, k: str) -> tuple[int, int] | None:
    return P.find_national_title(text, k) or P.find_cut_national_title(text, k)


def _fragments(cell: Cell) -> list[_Frag]:
    text = cell.text
    k = P.key(text)  # made once: the keys of the line's pieces are slices of it
    spans: list[tuple[int, int, str, object]] = []
    # (speed: each title is looked for only in a key holding a word its pattern needs: the
    # x of "xã", "dang" of the Party's name, the d of "độc lập" and of "tự do")
    if "x" in k:
        span = _national_title(text, k)
        if span:
            spans.append((span[0], span[1], "national", None))
    if "dang" in k:
        span = P.find_party_title(text, k)
        if span:
            spans.append((span[0], span[1], "party", None))
    if "d" in k:
        span = P.find_motto(text, k)
        if span:
            spans.append((span[0], span[1], "motto", None))
    # (every number's symbol holds a "/", in both of number._SYMBOL's forms: a line without
    # one holds no number)
    nm = find_number(text, k) if "/" in text else None
    if nm is not None and nm.start and _type_name_before(text[: nm.start], k[: nm.start]):
        nm = None  # "Công văn số 1581/CT-TTHT của …": a page's title citing it, not "Số:"
    if nm is not None:
        spans.append((nm.start, nm.end, "number", nm))
    dated = "ngay" in k or "ngau" in k  # (only such a key can hold a date: see P.find_date)
    dm = P.find_date(text, k) if dated else None
    if dm is None and dated:
        dm = _numeric_place_date(text, k) or _blank_place_date(text, k)
    if dm is not None and not (not spans and _inside_running_text(text, dm.start(), dm.end())):
        spans.append((dm.start(), dm.end(), "date", dm))
    if not spans:
        # (speed: most lines hold no anchor; what the loops below make of them, made directly)
        if text.endswith("|") and not text.startswith("|"):
            pos, stop = _inside_bars(text, 0, len(text))
        else:
            pos, stop = 0, len(text)
        whole = text[pos:stop].strip()
        if not whole:
            return []
        # (a line with nothing to cut off is its own piece: no new cell made)
        return _text_frags(cell if len(whole) == len(text) else cell.piece(pos, stop), cell, k)
    if len(spans) > 1:  # (one anchor, the common case: nothing to order or drop)
        spans.sort(key=_START)
        # Drop overlaps (keep the earlier anchor).
        kept: list[tuple[int, int, str, object]] = []
        for s in spans:
            if kept and s[0] < kept[-1][1]:
                continue
            kept.append(s)
        spans = kept
    barred = "|" in text  # (_inside_bars changes nothing on a line without a bar: not called)
    frags: list[_Frag] = []
    pos = 0
    for start, end, kind, value in spans:
        # A bar between anchors is the border of a table flattened onto one line
        # ("BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"), not part of a name.
        pos, stop = _inside_bars(text, pos, start) if barred else (pos, start)
        gap = text[pos:stop]
        if kind == "date":
            place, rest = _place_and_rest(gap)
            cut = pos + _place_at(gap, place, rest)
            if rest.strip():
                # ("V/v triển khai … | Hà Nội, ngày …": a converted table's cell bar between
                # the summary and the place belongs to neither)
                lo, hi = _inside_bars(text, pos, cut) if barred else (pos, cut)
                if hi > lo:
                    frags.extend(_text_frags(cell.piece(lo, hi), cell, k))
            date = _issue_date(value, place)  # type: ignore[arg-type]
            frags.append(_new_frag(_Frag, ("date", cell.piece(cut, end), date)))
        else:
            if gap.strip():
                frags.extend(_text_frags(cell.piece(pos, stop), cell, k))
            frags.append(_new_frag(_Frag, (kind, cell.piece(start, end), value)))
        pos = end
    # (the line holds an anchor here: its end, after the last anchor, is cut at a bar;
    # "THỦ TƯỚNG CHÍNH PHỦ |": a name cell's text with the table's border after it)
    stop = len(text)
    if barred:
        pos, stop = _inside_bars(text, pos, stop)
    if text[pos:stop].strip():
        frags.extend(_text_frags(cell.piece(pos, stop), cell, k))
    return frags


def _trich_yeu_ve(st: _State, f: _Frag) -> bool:
    """A công văn's summary printed without its "V/v" label under the number ("Về tuyển
    lao động, …"), before any type line or summary: read as the "V/v" line. A Party công
    văn (``Số 2449-CV/ĐU``) prints it in lower case ("về việc triển khai …", Hướng dẫn
    36-HD/VPTW's trích yếu)."""
    if f.kind != "text" or st.vv or st.doc_type is not None or st.number is None:
        return False
    if st.number.style == "cong_van":
        return _VE.match(f.cell.text) is not None
    return _party_cong_van(st.number) and _VE_PARTY.match(f.cell.text) is not None


def _party_cong_van(number: DocumentNumber) -> bool:
    """A Party công văn's number: ``2449-CV/ĐU`` (type code CV in the Party style)."""
    return number.style == "party" and number.type_code == "CV"


def _type_name_before(gap: str, k: str) -> bool:
    """Whether a number's line opens with a type's name in ordinary case and nothing else
    ("Công văn Số 17940/…", "Quyết định số 12/…"): a web page's title or a citation. A
    header prints "Số:" first, or after a name in capitals."""
    g = gap.strip(" |*#_")
    if not g or not g[:1].isupper() or P.is_mostly_upper(g):
        return False
    kg = k.strip(" |*#_")
    return any(kg == name_key for name_key, _ in _TYPE_NAMES_BY_FIRST.get(kg[:1], ()))


def _header_line_start(b: Block, frags: list[_Frag]) -> bool:
    """A long line that still belongs to the header: it opens with "V/v", or with "Số:"
    and the number (a page's table that puts a long V/v summary in the number's cell:
    "Số: 2864/LĐTBXH-NCC V/v giải quyết các chế độ …"). Running text opens with neither."""
    if P.VV.match(P.key(b.text[:40])):
        return True
    if not frags:
        return False
    first = frags[0]
    return (
        first.kind == "number"
        and first.cell.offset == 0
        and isinstance(first.value, NumberMatch)
        and first.value.start == 0
    )


def _opens_with_date(frags: list[_Frag]) -> bool:
    """A long line that opens with the header's place and date ("Hà Nội, ngày 14 tháng 12
    năm 2015 QUYẾT ĐỊNH VỀ VIỆC …", the type line and the summary flattened after it): a
    header line, not running text."""
    return bool(frags) and frags[0].kind == "date" and frags[0].cell.offset == 0


def _header_cells(b: Block) -> list[Cell]:
    """The cells of a header line, with a date that wide gaps cut into pieces made one
    cell again: a draft's "Hà Nội, ngày      tháng     năm 2025" is not three columns."""
    cells = cells_of(b)
    if len(cells) >= 2 and "/" in b.text:
        cells = _join_split_number(b, cells)
    if len(cells) < 2 or ("ng" not in b.text and "NG" not in b.text):
        return cells  # (no "ngày"/"NGÀY": no date)
    k = P.key(b.text)
    if "nga" not in k:
        return cells  # (speed: both date patterns open on "nga[yu]"; the line keyed once for both)
    m = P.find_date(b.text, k) or _blank_date(b.text, k)
    if m is None:
        return cells
    inside = [i for i, c in enumerate(cells) if c.offset < m.end() and m.start() < c.offset + len(c.text)]
    if len(inside) < 2:
        return cells
    a, z = cells[inside[0]], cells[inside[-1]]
    merged = Cell(b.text[a.offset : z.offset + len(z.text)], a.column, b, a.offset)
    return [*cells[: inside[0]], merged, *cells[inside[-1] + 1 :]]


_LABEL_AND_FIGURES = re.compile(r"so\s{0,3}[:;.]?(?:\s{0,3}\d{1,7})?")  # on the key: "Số: 7", "Số"


_LABEL_ONLY = re.compile(r"so\s{0,3}[:;.]?")  # on the key: "Số:" alone
_FIGURES_ONLY = re.compile(r"\d{1,7}")


def _join_label_and_figures(b: Block, cells: list[Cell]) -> list[Cell]:
    """"Số:", "4390" and "/UBND-NLN" as three pieces of a layout line (wide gaps on both
    sides of the figures typed into the form's blank): the label and the figures made one
    cell when a piece starting with "/" or "-" follows them."""
    for i in range(len(cells) - 2):
        a, f, z = cells[i], cells[i + 1], cells[i + 2]
        if (
            z.text[:1] in "/-"
            and _FIGURES_ONLY.fullmatch(f.text)
            and _LABEL_ONLY.fullmatch(P.key(a.text))
        ):
            merged = Cell(f"{a.text} {f.text}", a.column, b, a.offset)
            return [*cells[:i], merged, *cells[i + 2 :]]
    return cells


def _join_split_number(b: Block, cells: list[Cell]) -> list[Cell]:
    """"Số: 7" and "/QĐ-BQLCKCN" as two pieces of a layout line: the number typed into the
    blank a form left for it, the wide gap cutting its token in two; or a Party number
    left blank ("Số" and "-CTr/TU", the number stamped by the digital signature). Made one
    cell again, the gap one space. The figures may stand apart from the label too
    ("Số:   4390     /UBND-NLN": three pieces), and are first joined to it."""
    cells = _join_label_and_figures(b, cells)
    for i in range(len(cells) - 1):
        a, z = cells[i], cells[i + 1]
        if z.text[:1] in "/-" and _LABEL_AND_FIGURES.fullmatch(P.key(a.text)):
            merged = Cell(f"{a.text} {z.text}", a.column, b, a.offset)
            return [*cells[:i], merged, *cells[i + 2 :]]
    return cells


def _numeric_place_date(text: str, k: str) -> re.Match[str] | None:
    """A place-and-date line with the date in figures ("Quảng Ngãi, ngày 05/3/2025"):
    a place name and a comma right before "ngày", and nothing but punctuation after the
    date. Any other "ngày 05/3/2025" in a header line (a summary citing a document) is
    not the document's date."""
    m = P.find_numeric_date(text, k)
    if m is None or text[m.end() :].strip(" .;,)*_"):
        return None
    return m if _place_before(text, m) else None


def _place_before(text: str, m: re.Match[str]) -> bool:
    """Whether a place name (six words at most) and a comma stand right before the date
    ``m`` found in ``text``."""
    gap = text[: m.start()].rstrip()
    if not gap.endswith(","):
        return False
    place = _place_and_rest(gap)[0]
    return place is not None and len(place.split()) <= 6


# "ngày … tháng … năm" with the year left blank too (a draft before it is signed: "Hà Nội,
# ngày   tháng   năm"), on the key; day and month may be filled in. Only the end of a
# line: "năm" followed by nothing but the blanks' dots.
_BLANK_DATE = re.compile(
    r"nga[yu][\s._…]{0,24}(?P<d>\d{1,2})?[\s._…]{0,24}th[a-z]{0,2}ng[\s._…]{0,24}"
    r"(?P<m>\d{1,2})?[\s._…]{0,24}n[a-z]{0,2}m(?P<y>)[\s._…]{0,24}$"
)


def _blank_date(text: str, k: str | None = None) -> re.Match[str] | None:
    """The "ngày … tháng … năm" of a place-and-date line whose year is blank."""
    return _BLANK_DATE.search(P.key(text) if k is None else k)


def _blank_place_date(text: str, k: str) -> re.Match[str] | None:
    """A draft's place-and-date line with the year left blank ("Hà Nội, ngày tháng năm"):
    a place name and a comma right before "ngày", the blank date ending the line."""
    m = _blank_date(text, k)
    return m if m is not None and _place_before(text, m) else None


def _inside_bars(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``text[lo:hi]`` without a table bar (and the spaces around it) at either end; the
    same span when there is none."""
    if "|" not in text:
        return lo, hi
    a = lo
    while a < hi and text[a] == " ":
        a += 1
    if a < hi and text[a] == "|":
        lo = a
        while lo < hi and text[lo] in " |":
            lo += 1
    b = hi
    while b > lo and text[b - 1] == " ":
        b -= 1
    if b > lo and text[b - 1] == "|":
        hi = b
        while hi > lo and text[hi - 1] in " |":
            hi -= 1
    return lo, hi


def _text_frags(piece: Cell, cell: Cell, cell_key: str) -> list[_Frag]:
    """``piece`` of ``cell`` read as text, a "V/v" line or "Kính gửi" (``cell_key``: the
    key of ``cell.text``, whose slice is the piece's key)."""
    text = piece.text
    at = piece.offset - cell.offset  # where the piece's text stands in the cell's
    k = cell_key[at : at + min(len(text), 40)]  # VV and KINH_GUI match at most 20 characters
    # (speed: VV opens on a v, _VA on a V, KINH_GUI on a k after at most three other signs)
    m = P.VV.match(k) if k[:1] == "v" else None
    if m is None and text[:1] == "V":
        m = _VA.match(text)
    if m:
        return [_Frag("vv", piece.piece(m.end(), len(text)), text[: m.end()].strip())]
    if "k" in k[:4] and P.KINH_GUI.match(k):
        return [_new_frag(_Frag, ("kinh_gui", piece, None))]
    return [_new_frag(_Frag, ("text", piece, None))]


# -- classification ---------------------------------------------------------------------
def _is_junk(text: str, anchored: bool = True) -> bool:
    """OCR debris: almost no letters; on a line that holds header anchors, also a short
    piece in lower case ("Km", "ee ee", "Tín" beside the motto)."""
    if len(text) > 12 and sum(map(str.isalpha, text[:6])) >= 3:
        return False  # (speed: a longer piece is junk only for its letter count; three letters decide it)
    letters = sum(map(str.isalpha, text))
    if letters <= 2:
        return True
    if letters <= 4 and len(text) <= 10 and " " not in text and any(c.isdigit() for c in text):
        return True  # one short token of letters, figures and signs ("Ms69{Œ"): a stamp's debris
    return anchored and len(text) <= 12 and not P.is_mostly_upper(text)


def _type_line(st: _State, text: str) -> tuple[str, str, str] | None:
    """``match_type_line(text)``, made once for a line several tests ask about (the mark
    above the type line, the blank line before it, the line itself): the last answer is
    kept in the reading's state with the text it was for (the same text object)."""
    last = st.last_type_line
    if last is not None and last[0] is text:
        return last[1]
    found = match_type_line(text)
    st.last_type_line = (text, found)
    return found


def _starts_title_block(st: _State, text: str) -> bool:
    """The type line or an annex label, which may follow the header after a blank line."""
    return _type_line(st, text) is not None or bool(text[:1] == "P" and _ANNEX.match(P.key(text[:40])))


_DRAFT_MARK = re.compile(r"du\s{1,2}thao(?:\s{1,2}(?:lan\s{1,2})?\d{1,2})?")


def _draft_mark_before_title(st: _State, blocks: list[Block], i: int) -> bool:
    """ "DỰ THẢO" (or "Dự thảo lần 2") on a line of its own between the date and the type
    line: the header goes on to the type line below it."""
    text = blocks[i].text
    if len(text) > 24 or not _DRAFT_MARK.fullmatch(P.key(text).strip(" ()[]*_.:")):
        return False
    j = _next_line(blocks, i + 1)
    return j >= 0 and _starts_title_block(st, blocks[j].text)


def _mark_before_title(st: _State, blocks: list[Block], i: int) -> bool:
    """A short line in capitals right above the type line, after the date: an urgency or
    secrecy mark ("HỎA TỐC", "MẬT") or a scan's received stamp ("BỘ TÀI CHÍNH" of "ĐẾN
    …"). The header goes on to the type line; the mark is kept as a line of its own. (An
    enacting formula, "QUYẾT ĐỊNH:", is no type line here.)"""
    text = blocks[i].text
    if len(text) > 30 or not P.is_upper_line(text) or sum(map(str.isalpha, text)) < 3:
        return False
    if _starts_title_block(st, text):
        return False  # the type line itself ("THÔNG TƯ" / "QUY ĐỊNH …" under it)
    j = _next_line(blocks, i + 1)
    if j != i + 1:
        return False
    nxt = blocks[j].text.rstrip()
    return not nxt.endswith(":") and _type_line(st, nxt) is not None


# Marks a body's name never opens on, which an extraction or a typist may leave before it.
_STRAY_LEAD = frozenset("/\\|`")


def _is_body_name(text: str) -> bool:
    # (three letters at least: is_mostly_upper asks for them)
    return len(text) <= 160 and P.is_mostly_upper(text)


def _describes_document(text: str, anchors: list[_Frag]) -> bool:
    """A line above the header that only speaks of the document: no title line of the
    header (national, Party, motto) among its anchors, and either running text longer than
    any header line, or a type name followed by the document's number ("… SỐ 104-CTr/TU
    NGÀY …"), which a type line never holds."""
    if any(f.kind in ("national", "party", "motto") for f in anchors):
        return False
    if len(text) > 160:
        return True
    return match_type_line(text) is not None and any(f.kind == "number" for f in anchors)


def _star_beside_anchor(text: str, anchors: list[_Frag]) -> bool:
    """The star under a Party body's name on the line of the date or number ("*   Lào Cai,
    ngày …", Hướng dẫn 36-HD/VPTW's layout): no bullet of the body."""
    return text[:2] == "* " and any(f.kind in ("date", "number") for f in anchors)


# _PREAMBLE_START on the text as written (the spans it gives on the key; no key made).
_PREAMBLE_START_TEXT = P.on_text(_PREAMBLE_START.pattern)


# First characters none of _is_body_start's patterns can open on: a Latin letter keyed to
# none of c, t, x (the preamble openings), k (Kính gửi, which may also open on up to three
# characters that are no such letter) that opens no section marker (Phần, Chương, Mục,
# Tiểu mục, Điều, a Roman numeral, an item's letter). Most header lines are passed on it.
_NO_BODY_START_FIRST = (
    P.keyed_chars(string.ascii_lowercase) - P.keyed_chars("ctxk") - frozenset("PCMTĐIVXLđ" + string.ascii_lowercase)
)


# After a Latin letter (where KINH_GUI's leading marks cannot be), the keys of the first two
# characters _is_body_start's patterns can open on: "căn cứ", "theo đề nghị", "xét", "kính
# gửi", "Phần", "Chương", "Mục", "Tiểu mục", "Điều"; besides these, only an item's letter
# ("a)") and a Roman numeral (its next character another numeral, a space or its sign).
_LATIN = P.keyed_chars(string.ascii_lowercase)
_BODY_START_PAIRS = frozenset({"ca", "th", "xe", "ki", "ph", "ch", "mu", "ti", "di"})
# The same pairs as written: every two characters whose keys make one (speed: the line's
# first two characters are looked up as they stand, no key made for each line asked).
_BODY_START_PAIRS_TEXT = frozenset(
    a + b for pair in _BODY_START_PAIRS for a in P.keyed_chars(pair[0]) for b in P.keyed_chars(pair[1])
)
_ROMAN = frozenset("IVXL")
_ROMAN_NEXT = frozenset("IVXL.-–")


def _is_body_start(block_text: str) -> bool:
    first = block_text[:1]
    if first in _NO_BODY_START_FIRST:
        return False  # (speed: no pattern below can match; see _NO_BODY_START_FIRST)
    if first in _LATIN:
        # (speed: most header lines that pass the first letter fail on the second)
        second = block_text[1:2]
        if not (
            block_text[:2] in _BODY_START_PAIRS_TEXT
            or second == ")"
            or (first in _ROMAN and (second in _ROMAN_NEXT or second.isspace()))
        ):
            return False
    # _PREAMBLE_START and KINH_GUI on the key of the first 40 characters (they look at most
    # 21 characters in), matched on the text as written
    return bool(
        _PREAMBLE_START_TEXT.match(block_text, 0, 40)
        or P.KINH_GUI_TEXT.match(block_text, 0, 40)
        or P.MARKER.match(block_text)
        or P.BULLET.match(block_text)
    )


# A short rule drawn under a body's name, a lone dash in a layout line ("-   Độc lập Tự do
# Hạnh phúc" as pdftotext lays out a joint header's columns).
_RULE_PIECES = frozenset("-–—_")
_RULE_GAP = 8  # (a recipient's or an item's dash is followed by its text within a few columns)


def _past_rules(b: Block) -> str:
    """The text of a layout line after the short rules that open it: lone dashes, the
    first standing far from what follows (no bullet before its text); the line's text
    when it opens with none."""
    seg = b.segments
    if len(seg) < 2 or seg[0][1] not in _RULE_PIECES or seg[1][0] - seg[0][0] < _RULE_GAP:
        return b.text
    k = 0
    while k < len(seg) and seg[k][1] in _RULE_PIECES:
        k += 1
    return " ".join(piece for _, piece in seg[k:])


def _join(cells: list[Cell]) -> str:
    return " ".join([c.text for c in cells if c.text])  # (a list: join makes one of a generator anyway)


_GLUED_RULE_END = re.compile(r"(?<=[^\W\d_])[-–—_=]{3,}$")


def _body_name(cells: list[Cell]) -> str:
    """A body's name from its lines, without a rule glued to its end ("VĂN PHÒNG CHÍNH
    PHỦ-------": the line break before the rule under it lost, a web page's <br> dropped)."""
    text = _join(cells)
    return _GLUED_RULE_END.sub("", text) if text[-3:] in _RULE_STARTS else text


def _two_bodies(text: str) -> int:
    """Where a line holding two known bodies' names one after the other splits ("BỘ TÀI
    CHÍNH TỔNG CỤC THUẾ": a managing body and the issuing body a web page's table put in
    one cell); 0 when it does not hold two."""
    spans = [m.span() for m in _WORD_RE.finditer(text)]
    if not 4 <= len(spans) <= 16:
        return 0
    for i in range(2, len(spans) - 1):
        cut = spans[i][0]
        if known_body(text[:cut]) and known_body(text[cut:]) and P.key(text[:cut]).split() != P.key(text[cut:]).split():
            return cut  # (a name printed twice is one body, its repeat dropped later)
    return 0


_WORD_RE = re.compile(r"\S+")


def _split_bodies(
    cells: list[Cell], continuations: Sequence[Cell] = ()
) -> tuple[str | None, str | None, list[Cell]]:
    """(parent body, issuing body, the cells used) from the upper-case lines of the left
    column. Bold (pandoc, docx) tells the issuing body from its managing body; without it,
    a line starting with a place word ("TỈNH LÀO CAI") or a connector continues the line
    before it."""
    if not cells:
        return None, None, []
    if len(cells) == 1:
        # (speed: one line is one name, the issuing body's; nothing to key, test or join)
        return _one_name(cells)
    if any(c.bold for c in cells) and not all(c.bold for c in cells):
        parent = [c for c in cells if not c.bold]
        issuing = [c for c in cells if c.bold]
        # The managing body stands above the issuing body: bold that says otherwise (a
        # markdown bold span that opens on one line and closes on a later one, a parent
        # set in bold) is no guide, and the lines are read as if none were bold.
        last_plain = max(i for i, c in enumerate(cells) if not c.bold)
        first_bold = min(i for i, c in enumerate(cells) if c.bold)
        if last_plain < first_bold:
            return _body_name(parent) or None, _body_name(issuing) or None, cells
    names: list[list[Cell]] = []
    # (each line keyed once: ``last_key`` is the key of names[-1][-1], the line before,
    # ``head_key`` that of names[-1][0], the first line of the name it went to)
    last_key = head_key = ""
    for c in cells:
        kc = P.key(c.text)
        k = kc + " "
        if names and (
            (k.startswith(_LOCATION_WORDS) and not _PARTY_COMMITTEE.match(k))
            or k.startswith(_CONNECTOR_WORDS)
            or c in continuations
            or k.strip(" .,") in _COUNTRY_ONLY
            or (" " + last_key.rstrip() + " ").endswith(_ENDING_CONNECTORS)
            or (last_key.rstrip().endswith(",") and not k.startswith(_NAME_HEADS))
            or head_key.strip(" :") in _JOINT_HEADS
        ):
            names[-1].append(c)
        else:
            names.append([c])
            head_key = kc
        last_key = kc
    if len(names) > 1 and completes_body(_join(names[-2]), _join(names[-1])):
        # one known body's name over two lines ("HỘI ĐỒNG THẨM PHÁN" / "TÒA ÁN NHÂN DÂN
        # TỐI CAO"), not a managing body above its issuing body
        names[-2:] = [names[-2] + names[-1]]
    if len(names) == 1:
        return None, _body_name(names[0]), cells  # (one name over several lines)
    if cells[0].block.table is not None and all(c.bold for c in cells) and not _managing_then_issuing(names):  # (the cheaper test first)
        return None, _body_name(cells), cells
    # The issuing body is the last name above "Số"; what stands above it is its managing
    # body (and, in OCR, stamp debris that is kept there rather than lost).
    return " ".join(_body_name(n) for n in names[:-1]), _body_name(names[-1]), cells


def _one_name(cells: list[Cell]) -> tuple[str | None, str | None, list[Cell]]:
    """:func:`_split_bodies` of one line: the issuing body's name, or, in a table cell, a
    managing and an issuing body's names one after the other."""
    whole = _body_name(cells)
    # (a table cell only: where a web page's table puts both names, and no other header
    # pays for the look-ups)
    cut = _two_bodies(whole) if cells[0].block.table is not None else 0
    if cut:
        # "BỘ TÀI CHÍNH TỔNG CỤC THUẾ" in one table cell: two known bodies' names
        return whole[:cut].strip(), whole[cut:].strip(), cells
    return None, whole, cells


def _managing_then_issuing(names: list[list[Cell]]) -> bool:
    """Two names in a bold table cell that are a managing body and the office under it
    ("ĐOÀN ĐBQH VÀ HĐND / THÀNH PHỐ HỒ CHÍ MINH" over "VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI / VÀ
    HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ"): the second opens with an office's head word."""
    return len(names) == 2 and P.key(names[1][0].text).startswith(_OFFICE_HEADS)


_OFFICE_HEADS = ("van phong ", "so ", "ban ", "phong ", "cuc ", "chi cuc ", "vu ", "trung tam ")


_NOT_ANCHORS = frozenset({"text", "kinh_gui"})  # the fragments' kinds that are no header anchors
_KIND = operator.attrgetter("kind")


def read_header(ctx: Context, start: int = 0) -> HeaderResult:
    """Read the header from ``ctx.blocks[start:]``; ``next`` is the first block after it."""
    blocks = ctx.blocks
    st = _State(ctx)
    i = start
    n = len(blocks)
    pending: list[Cell] = []  # text before any anchor: unrecognised lines at the top
    kinh_gui = False
    stage = "top"
    reach = -1  # past page clutter: the header must have begun by this block
    seen = False  # st.seen, as of the line being read
    while i < n:
        b = blocks[i]
        if b.kind == "page-break":
            i += 1
            continue
        if b.kind != "line":
            break
        if stage == "summary":
            if not _summary_line(st, i):
                break
            i += 1
            continue
        if not b.segments:
            # (speed: a line without a layout's columns is one cell, most lines; its
            # fragments are the line's, and one fragment is told an anchor or not without a
            # list comprehension's frame)
            frags = _fragments(cells_of(b)[0])
            if len(frags) == 1:
                anchors = frags if frags[0].kind not in _NOT_ANCHORS else []
            else:
                anchors = [f for f in frags if f.kind not in _NOT_ANCHORS]
        else:
            frags = []
            for cell in _header_cells(b):
                frags.extend(_fragments(cell))
            anchors = [f for f in frags if f.kind not in _NOT_ANCHORS]
        # (speed: asked once a line, as nothing below changes it before the line's fragments
        # are taken; and only until it holds: no anchor taken is ever dropped again)
        if not seen:
            seen = st.seen
        if anchors and not seen and _describes_document(b.text, anchors) and _header_ahead(blocks, i + 1) >= 0:
            # a file's or page's title above the header, citing the document ("CHƯƠNG
            # TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026 CỦA TỈNH ỦY …"), or a note in
            # running text that mentions its number and date: kept with the lines above
            pending.extend(cells_of(b))
            i += 1
            continue
        if not anchors and st.number is not None and len(frags) == 1 and _trich_yeu_ve(st, frags[0]):
            frags = anchors = [_Frag("vv", frags[0].cell, "V/v")]
        if not anchors and st.date is not None and st.doc_type is None and _mark_before_title(st, blocks, i):
            st.extras.extend(cells_of(b))  # a mark or stamp above the type line: no body
            i += 1
            continue
        if (
            not anchors
            and b.blank_before
            and seen
            and (st.number is not None or st.date is not None)
            and not _starts_title_block(st, b.text)
            and not _draft_mark_before_title(st, blocks, i)
        ):
            break  # a blank line after the number/date block: the header is over
        if st.date is not None and anchors and all(f.kind == "date" for f in anchors):
            break  # a date in running text, not a second header date
        if not anchors and "kinh_gui" in map(_KIND, frags):  # (the cheaper test first; in C)
            kinh_gui = True
            break
        if (
            seen
            and (
                _is_body_start(b.text if b.text[:1] not in _RULE_PIECES else _past_rules(b))
                or (
                    len(b.text) > 160
                    and not _header_line_start(b, frags)
                    and not (st.date is None and _opens_with_date(frags))
                )
            )
            and not _star_beside_anchor(b.text, anchors)
        ):
            break
        stop = False
        for f in frags:
            if f.kind == "kinh_gui":
                kinh_gui = True
                stop = True
                if f.cell.offset > 0:
                    blocks[i] = _from_kinh_gui(b, f.cell)
                break
            if f.kind == "text" and _national_tail(st, f):
                continue
            if not _take(st, f, pending, bool(anchors)):
                if anchors and st.doc_type is None:
                    if len(f.cell.text) > 80:
                        # running text after the anchors of a header flattened onto one
                        # line (the rest of the document): kept, as a paragraph
                        st.extras.append(f.cell)
                        continue
                    # OCR debris on a line that holds header anchors.
                    ctx.ignored(f.cell.text, f.cell.origin, "nhiễu nhận dạng ký tự (OCR noise)")
                    continue
                stop = True
                break
        if stop:
            break
        i += 1
        if st.doc_type is not None or st.annex is not None:
            stage = "summary"
        if len(pending) > 6 and not st.seen:  # (the cheaper test first)
            if reach >= 0:
                if i > reach:
                    break
                continue
            # More lines above any anchor than a header has: a page's title, banner and
            # metadata above the document. Read on only if a national or Party title
            # stands a little further down, from the name lines above it.
            s = _header_ahead(blocks, i)
            if s < 0:
                break
            if st.bodies:
                # names in capitals among the page's lines ("THÔNG TIN TÀI LIỆU") are no
                # bodies of this header: they stay with the lines above it, in order
                order = {id(x): n for n, x in enumerate(blocks[start:i])}
                pending = sorted([*pending, *st.bodies], key=lambda c: order.get(id(c.block), -1))
                st.bodies.clear()
            for b in blocks[i:s]:
                if b.kind == "line":
                    pending.extend(cells_of(b))
            i = s
            reach = s + 8
    if not st.seen:
        return HeaderResult(Header(), start)
    # V/v continues on the following lines of the left column.
    if st.vv and not kinh_gui:
        i = _vv_continuation(st, i)
    # (KINH_GUI on the key of the first 40 characters, matched on the text as written: no key made)
    if i < n and blocks[i].kind == "line" and P.KINH_GUI_TEXT.match(blocks[i].text, 0, 40):
        kinh_gui = True
    st.kinh_gui = kinh_gui
    _summary_without_type_line(st)
    header = _build(st)
    before = list(pending)
    before.extend(st.extras)
    for c in before:
        ctx.unrecognised(c.text, c.origin)
    return HeaderResult(header, i, before, kinh_gui, bool(st.vv), st.enacting)


def _from_kinh_gui(b: Block, cell: Cell) -> Block:
    """The addressees' label and what follows it, on a header line that holds an anchor
    before them ("Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:", a crawler's text of a web
    page's table): the rest of the line, a line of its own for the addressees' reader (the
    anchors before it are read already)."""
    return b.evolve(text=b.text[cell.offset :], origin=cell.origin, segments=(), blank_before=False)


_WORD = re.compile(r"\w+")
_AHEAD = 30  # lines below page clutter searched for a header's title
_RULES = " |-_*=~."


def _header_ahead(blocks: list[Block], i: int) -> int:
    """Where a header starts below ``blocks[i]``: the first line of the names, number and
    "V/v" lines above a line holding the national or the Party title (-1: no such line
    within :data:`_AHEAD` lines)."""
    for j in range(i, min(len(blocks), i + _AHEAD)):
        b = blocks[j]
        if b.kind != "line":
            if b.kind == "page-break":
                continue
            return -1
        t = b.text.strip(_RULES)
        if len(t) > 60:
            if not _flattened_header(t):
                continue
        else:
            # the titles start with "C" (CỘNG HÒA) and "Đ" (ĐẢNG): other lines are passed
            # by their first letter, without keying them
            if t[:1] not in "CĐcđ" or not P.is_mostly_upper(t):
                # the two columns' first lines side by side, as PDF extraction prints
                # them ("TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                if not (P.is_mostly_upper(t[:12]) and _flattened_header(t)):
                    continue
            else:
                k = P.key(t)
                span = P.find_national_title(t, k) or P.find_party_title(t, k)
                if span is None or span[0] > 2:
                    continue
        s = j
        while s > i and _above_title(blocks[s - 1]):
            s -= 1
        return s
    return -1


# Where a summary on a flattened line ends: a decorative rule, "Kính gửi", or a preamble
# line ("Căn cứ", also as a dash item), capitalised as a line's start is; after the
# summary's first words.
_FLAT_SUMMARY_END = re.compile(r"[-_=]{3,}|\s(?=(?:-\s{0,2})?(?:Kính\s{1,2}gửi|Căn\s{1,2}cứ)\b)")


def _flattened_summary_end(text: str) -> int:
    """Where the summary ends in ``text``, the rest of a type line that holds more than a
    summary (a document flattened onto one line); 0: the whole of it is the summary."""
    if len(text) <= 60:
        return 0
    m = _FLAT_SUMMARY_END.search(text, 12)
    return m.start() if m else 0


def _page_text(text: str) -> bool:
    """A line of running text, not one a header could hold: four words or more, in lower
    case ("Dung lượng 95 KB", "Tài liệu đã được kiểm tra"), neither bracketed nor a form's
    label ("Mẫu số 01 - Phụ lục I", which may stand beside the names)."""
    return (
        text[:1] != "("
        and len(text.split()) >= 4
        and any(c.islower() for c in text)
        and not P.key(text[:8]).startswith(("mau", "bieu"))
    )


def _flattened_header(text: str) -> bool:
    """A header flattened onto one line, as document-sharing pages print a document's text:
    a name in capitals, then the national or Party title within the first 120 characters
    ("THANH TRA CHÍNH PHỦ CỘNG HÒA XÃ HỘI … Số … Hà Nội, ngày …")."""
    if not P.is_mostly_upper(text[:12]):
        return False
    head = text[:160]
    k = P.key(head)
    span = P.find_national_title(head, k) or P.find_party_title(head, k)
    return span is not None and 0 < span[0] <= 120 and P.is_mostly_upper(head[: span[0]])


def _above_title(b: Block) -> bool:
    """A line that may stand above the national title in a header: a name in capitals,
    "Số …", "V/v …" or a rule."""
    t = b.text
    if b.kind != "line" or len(t) > 90:
        return False
    if not t.strip(_RULES) or P.is_mostly_upper(t):
        return True
    k = P.key(t[:40])
    return bool(P.VV.match(k) or P.NUMBER_LABEL.match(k))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_NGHIA_END = re.compile(r"ngh[a-z]{0,2}a[\s\-–—_]{0,20}$")  # on the key: the title ends on "NGHĨA"


_KEYED_M = P.keyed_chars("m")


def _national_tail(st: _State, f: _Frag) -> bool:
    """ "…CHỦ NGHĨA VIỆT" / "TỔNG CỤC THUẾ NAM": the national title wrapped its last word
    onto the next line, after the left column's text."""
    if st.national is None or st.national_tail:
        return False
    t = f.cell.text.rstrip()
    # (speed: a last word "nam" ends on a character keyed to m; most lines are passed on
    # it, without keying)
    if t[-1:] not in _KEYED_M or P.key(t[-3:]) != "nam" or (len(t) > 3 and not t[-4].isspace()):
        return False  # (speed: the last word is no "nam", told without splitting or keying the title)
    if P.key(st.national.text).rstrip().endswith("nam"):
        return False
    words = f.cell.text.split()
    if not words or P.key(words[-1]) != "nam":
        return False
    # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM" (a narrow column, pdftotext -layout): both
    # last words wrapped, under a title that stops at "CHỦ NGHĨA"
    n = 2 if len(words) >= 2 and P.key(words[-2]) == "viet" and _NGHIA_END.search(P.key(st.national.text)) else 1
    st.national_tail = " ".join(words[-n:])
    head = f.cell.text[: f.cell.text.rstrip().rfind(words[-n])]
    if head.strip():
        rest = _Frag("text", f.cell.piece(0, len(head)))
        if not _take(st, rest, []):
            st.ctx.ignored(rest.cell.text, rest.cell.origin, "nhiễu nhận dạng ký tự (OCR noise)")
    return True


_SPACED_DIGITS = re.compile(r"\d \d")  # "8 5 2 0/BCT-KHCN": the digits OCR spaced out
_SPACED_LETTERS = re.compile(r"[^\W\d_] [^\W\d_]")  # "123/QĐ-UB ND": a group a stray space cut


def _take(st: _State, f: _Frag, pending: list[Cell], anchored: bool = True) -> bool:
    """Record one fragment; False when it does not belong to the header."""
    cell = f.cell
    ctx = st.ctx
    if f.kind in ("national", "motto", "party"):
        # The title lines are kept once; a repeated one is dropped with a note.
        if getattr(st, f.kind) is None:
            setattr(st, f.kind, cell)
        else:
            ctx.ignored(cell.text, cell.origin, "dòng lặp lại (a repeated header line)")
        return True
    if f.kind == "number":
        nm = f.value
        label = nm.label  # type: ignore[attr-defined]
        tentative = label.isupper()
        if st.number is None or (st.number_tentative and not tentative):
            if st.number_cell is not None and st.number_tentative:
                st.bodies.append(st.number_cell)
                st.continuations.append(st.number_cell)
            st.number = nm.number  # type: ignore[attr-defined]
            written = st.number.written or ""
            joined, canonical = written.replace(" ", ""), str(st.number)
            # (the words are compared only when the texts differ: equal texts have equal words)
            if (
                (joined != canonical and _words(joined) != _words(canonical))
                or (
                    " " in written  # (both searches need a space: a number written tight is not searched)
                    and (_SPACED_DIGITS.search(written) or _SPACED_LETTERS.search(written))  # "UB ND": a stray space
                )
            ):
                ctx.repaired(written, cell.origin, "số, ký hiệu (the number and symbol)")
            st.number_label = label
            st.number_cell = cell
            st.number_tentative = tentative
        elif tentative:
            st.bodies.append(cell)
            st.continuations.append(cell)
        else:
            st.extras.append(cell)
        return True
    if f.kind == "date":
        if st.date is None and f.value is not None:
            st.date = f.value  # type: ignore[assignment]
            st.date_cell = cell
            canonical = str(st.date)
            if cell.text != canonical and _words(cell.text) != _words(canonical):  # (as for the number)
                ctx.repaired(cell.text, cell.origin, "địa danh, ngày tháng (place and date)")
        elif f.value is None:
            ctx.ignored(cell.text, cell.origin, "ngày tháng không đọc được (an unreadable date)")
        else:
            st.extras.append(cell)
        return True
    if f.kind == "vv":
        if st.vv and st.vv_early:
            # a second "V/v" line: the first, above the header's anchors, was a web page's
            # title repeating the summary; its lines, label and all, stay with the lines
            # above the header
            blocks: list[Block] = []
            for c in st.vv:
                if not any(c.block is b for b in blocks):
                    blocks.append(c.block)
            for b in blocks:
                pending.extend(cells_of(b))
            st.vv.clear()
        st.vv_early = not st.seen
        if cell.text:
            st.vv.append(cell)
        if f.value != "V/v":
            ctx.repaired(str(f.value), cell.origin, "nhãn trích yếu V/v (the V/v label)")
        return True
    text = cell.text
    if not text:
        return True
    if st.doc_type is None and st.annex is None:
        tm = _type_line(st, text)
        if tm is not None:
            name, written, rest = tm
            st.doc_type = _pick_type(name, st)
            st.type_cell = cell.piece(0, len(written)) if written else cell
            if rest and not _is_junk(rest):
                # where the rest starts: the type line was matched stripped at both ends
                body = text.rstrip(_TYPE_LINE_STRIP)
                piece = cell.piece(len(body) - len(rest), len(cell.text))
                cut = _flattened_summary_end(piece.text)
                if cut > 0:
                    # the rest of a document flattened onto the type's line: the summary
                    # ends at a rule or at the first line of the body, kept as a paragraph
                    st.extras.append(piece.piece(cut, len(piece.text)))
                    piece = piece.piece(0, cut)
                at = _enacting_at(st, piece.text)
                if at > 0:
                    st.enacting.append(piece.piece(at, len(piece.text)))
                    piece = piece.piece(0, at)
                st.summary.append(piece)
            elif rest:
                # OCR debris after the type ("THÔNG BẢO ae"): dropped, with a note
                ctx.ignored(rest, cell.origin, "nhiễu nhận dạng ký tự (OCR noise)")
            return True
        if text[:1] == "P":  # (tested first: only such a line is keyed for the annex's label)
            k = P.key(text[:40])  # enough for _ANNEX.match and the prefix
            if _ANNEX.match(k) and k.startswith("phu luc"):
                st.annex = cell
                return True
    if _is_junk(text, anchored):
        st.ctx.ignored(text, cell.origin, "nhiễu nhận dạng ký tự (OCR noise)")
        return True
    if text[:1] == "/" and st.number is None and _blank_number(st, cell):
        return True
    if ("/" in text and _garbled_number(text)) or _unreadable_number(text):
        # "Số: A433/CT-TTHT", "Số4©96-/CT-TTHT": a number OCR garbled past reading, no
        # body's name; kept
        st.extras.append(cell)
        return True
    # (speed: whether the line is a body's name, asked once for the two tests below)
    is_name = st.number is None and st.doc_type is None and _is_body_name(text)
    if not is_name and st.number is None and st.doc_type is None and text.find(" ", 0, 3) > 0:
        cut = _debris_before_name(text)
        if cut:
            # "z\ TỈNH LÀO CAI": a scan's mark (a logo's, a stamp's) read before the name
            ctx.ignored(text[:cut].strip(), cell.origin, "nhiễu nhận dạng ký tự (OCR noise)")
            cell = cell.piece(cut, len(text))
            text = cell.text
            is_name = _is_body_name(text)
    if is_name:
        if text[:1] in _STRAY_LEAD and text[1:2].isupper():
            # "/ỦY BAN MTTQ VIỆT NAM": a stray mark typed before the name, which no name opens on
            ctx.ignored(text[:1], cell.origin, "ký tự lạc trước tên cơ quan (a stray mark before the body's name)")
            cell = cell.piece(1, len(text))
            text = cell.text
        # (speed: the rule ends the name; a name that does not end on a rule's character is
        # not searched, at each of its spaces, for one)
        m = _TRAILING_RULE.search(text) if text.rstrip()[-1:] in "-_=–—" else None
        if m is not None:
            # "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG -------": a table cell's name and its rule
            ctx.ignored(m.group().strip(), cell.origin, "đường kẻ trang trí (a decorative rule)")
            cell = cell.piece(0, m.start())
        st.bodies.append(cell)
        return True
    if not st.seen:
        if st.bodies and _page_text(text):
            # a page's own text after names in capitals, before any anchor: those were
            # the page's headings, not this header's bodies; they stay with the page
            pending.extend(st.bodies)
            st.bodies.clear()
        pending.append(cell)
        return True
    if (
        st.vv
        and cell.column in (0, None)
        and not cell.block.blank_before
        and not P.ends_sentence(st.vv[-1].text)
        and not _is_body_start(text)
        and (not P.is_upper_line(text) or _abbreviations_after(st.vv[-1].text, text))
    ):
        st.vv.append(cell)
        return True
    if P.is_upper_line(text) and st.doc_type is None:
        st.extras.append(cell)
        return True
    return False


_TRAILING_RULE = re.compile(r"\s[-_=–—]{3,}\s{0,3}$")


def _debris_before_name(text: str) -> int:
    """Where a body's name in capitals starts after one token of OCR debris (one or two
    characters, no capital letter nor digit: "z\\", "_", "|") at the start of ``text``; 0
    when the line is no such name."""
    sp = text.find(" ", 0, 3)
    head = text[:sp]
    if sp <= 0 or any(c.isupper() or c.isdigit() for c in head):
        return 0
    rest = text[sp:].lstrip()
    if len(rest) < 4 or not rest[:1].isalpha() or not P.is_upper_line(rest) or not _is_body_name(rest):
        return 0
    return len(text) - len(rest)

# The head's title before the body's name in an enacting authority's line (on the key):
# "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM".
_ENACTING_TITLES = (
    "tong cuc truong",
    "tong giam doc",
    "tong kiem toan",
    "giam doc",
    "chu tich",
    "bo truong",
    "thu tuong",
    "cuc truong",
    "truong ban",
    "chanh an",
    "vien truong",
    "thong doc",
    "hieu truong",
)
# Words that tie a name to the summary before it ("… CỦA ỦY BAN NHÂN DÂN TỈNH"): the name
# is then the summary's, not an enacting authority's line.
_TIES = frozenset(
    {
        *("cua", "tai", "cho", "voi", "thuoc", "va", "giua", "ve", "tren", "den", "boi", "do", "cac"),
        *("theo", "nhu", "la", "truc", "phoi", "hop", "lam", "viec"),
    }
)


def _enacting_at(st: _State, text: str) -> int:
    """Where the enacting authority's line starts at the end of a summary flattened onto
    the type's line ("QUYẾT ĐỊNH V/V BAN HÀNH … TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON
    TUM", a crawler's text of a page's header): the issuing body's name, perhaps after its
    head's title, closing a summary in capitals of a type with a preamble (0: none)."""
    doc_type = st.doc_type
    if doc_type is None or not doc_type.has_preamble or len(text) <= 60 or not st.bodies:
        return 0
    if not P.is_upper_line(text):
        return 0
    issuing = _split_bodies(st.bodies, st.continuations)[1]
    if not issuing:
        return 0
    k = P.key(text).rstrip(" .")
    name = " ".join(P.key(issuing).split())
    if not k.endswith(" " + name):
        return 0
    at = len(k) - len(name)
    before = k[:at]
    for title in _ENACTING_TITLES:
        if before.endswith(" " + title + " "):
            at -= len(title) + 1
            break
    words = k[:at].split()
    if len(words) < 3 or words[-1].strip("“”\"'") in _TIES:
        return 0
    return at


def _garbled_number(text: str) -> bool:
    """"Số" and one or two tokens holding a slash ("Số: A433/CT-TTHT", "Số4©96-/CT-TTHT",
    "Số $9934 /CT-TTHT")."""
    k = P.key(text[:3])
    return k[:2] == "so" and len(k) == 3 and not k[2].isalpha() and len(text[3:].split()) <= 2


def _unreadable_number(text: str) -> bool:
    """"Số:" and at most three tokens none of which holds a digit or a slash ("Số: OTERO
    TS"): a number OCR garbled past reading. No body's name starts with the label."""
    return (
        text[2:3] == ":"  # (the key keeps ":"; tested before keying)
        and P.key(text[:3]) == "so:"
        and len(text[3:].split()) <= 3
        and not any(ch.isdigit() or ch == "/" for ch in text[3:])
    )


def _blank_number(st: _State, cell: Cell) -> bool:
    """A draft's blank number on a line of its own ("/TTr-VPCP"), its "Số:" label left on
    another line of the extraction: read as that label would have it."""
    text = cell.text.rstrip(" |")
    if len(text) > 40 or " " in text.strip():
        return False
    nm = find_number(f"Số: {text}")
    if nm is None or nm.start != 0 or nm.end != len(text) + 4 or nm.number.number:
        return False
    st.number = nm.number
    st.number_label = None
    st.number_cell = cell
    return True


_ABBREVIATION = re.compile(r"[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,6})?")


def _abbreviations_after(last: str, text: str) -> bool:
    """ "V/v chính sách thuế" / "GTGT": a summary line in lower case wrapped before an
    abbreviation (at most three, in plain ASCII capitals, so neither a name nor a mark
    such as "KHẨN" or "HỎA TỐC" is taken)."""
    words = text.split()
    return (
        last[-1:].islower()
        and 1 <= len(words) <= 3
        and all(_ABBREVIATION.fullmatch(w) for w in words)
    )


def _pick_type(name: str, st: _State) -> DocumentType | None:
    system = "state"
    if st.number is not None and st.number.style == "legal":
        system = "legal"
    elif st.party is not None or (st.number is not None and st.number.style == "party"):
        system = "party"
    return _type_by_name(name, system)


@functools.lru_cache(maxsize=512)
def _type_by_name(name: str, system: str) -> DocumentType | None:
    # ``name`` is one of the registry's own names (_TYPE_NAMES) and the registry is fixed:
    # the answer is the same every time, and folding the name is slow.
    return doctypes.by_name(name, system=system)


_CONG_VAN = doctypes.cong_van()  # the registry's entry, looked up once


def _summary_line(st: _State, i: int) -> bool:
    """Whether block ``i`` continues the summary (trích yếu) after the type line."""
    b = st.ctx.blocks[i]
    text = b.text
    # for KEM_THEO, which matches at most 25 characters, and opens on "(" (which the key
    # keeps): the line is keyed only then
    k = P.key(text[:40]) if text[:1] == "(" else ""
    if st.attached is not None:
        so_far = " ".join(c.text for c in (st.attached, *st.attached_more))
        if so_far.count("(") > so_far.count(")") and not b.blank_before and len(st.attached_more) < 3:
            st.attached_more.append(cells_of(b)[0])
            return True
        return False
    if (
        st.summary
        and (b.blank_before or P.ends_sentence(st.summary[-1].text))
        and not (
            b.blank_before
            and (
                _summary_goes_on(st.summary[-1].text, text)
                or _quoted_title_goes_on(st.summary[-1].text, text)
                or _summary_resumes(st.summary[-1].text, text)
            )
        )
    ):
        if k and st.annex is not None and st.attached is None and P.KEM_THEO.match(k):
            st.attached = cells_of(b)[0]
            return True
        return False
    if len(st.summary) >= 6 or _is_body_start(text):
        return False
    if k and P.KEM_THEO.match(k):  # (k is made only for a line that opens on "(", as KEM_THEO does)
        if st.annex is not None and st.attached is None:
            st.attached = cells_of(b)[0]
            return True
        return False
    # (the last line: once a Party subject in running case is in, its wrapped lines go on)
    if st.summary and _sentence_after_capitals(st.summary[-1].text, text) and not _party_subject(st, text):
        return False  # the body's first paragraph, with no blank line before it
    if (
        P.is_upper_line(text)
        and st.summary
        and (st.doc_type is None or st.doc_type.has_preamble)
        and _authority_line(st.ctx.blocks, i)
    ):
        return False  # the enacting authority line of the preamble
    st.summary.append(cells_of(b)[0] if not b.segments else Cell(b.text, None, b))
    return True


def _sentence_after_capitals(first: str, text: str) -> bool:
    """A line in running case after a summary set in capitals: the summary is over (a
    page that lost the blank line before the body, "… ĐẾN NĂM 2025" / "Theo kết quả …").
    A bracketed line ("(Tài liệu …)") may still belong to the title block."""
    return (
        text[:1] != "("
        and not P.is_mostly_upper(text)
        and sum(map(str.isalpha, text[:40])) >= 3
        and P.is_mostly_upper(first)
        and not _issuer_then_subject(first, text)
    )


def _party_subject(st: _State, text: str) -> bool:
    """A Party document's trích yếu in running case under a line in capitals ("KẾT LUẬN
    CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về công tác cán bộ"; Hướng dẫn 36-HD/VPTW prints it in
    normal case): it starts in lower case, as no body paragraph does."""
    return st.doc_type is not None and st.doc_type.system == "party" and P.starts_lower(text)


def _issuer_then_subject(first: str, text: str) -> bool:
    """A Party resolution's title block: the issuer in capitals under the type line ("CỦA
    BAN THƯỜNG VỤ TỈNH ỦY"), then its subject in running case ("về phát triển …")."""
    return first.startswith("CỦA ") and _VE_PARTY.match(text) is not None


def _summary_goes_on(last: str, text: str) -> bool:
    """A blank line inside the summary (a page's layout): the summary's line ends no
    sentence and its last words, in lower case, stand after the blank ("… Luật Thuế giá
    trị gia" / "" / "tăng"). At most three words, each a word in lower case: not a letter
    item ("a. Thu thập …"), nor a paragraph of its own."""
    words = text.split(None, 3)  # (at most four: a longer line is no such end; not split whole)
    return (
        not P.ends_sentence(last)
        and 1 <= len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words)
        and len(words[0]) >= 2
    )


def _summary_resumes(last: str, text: str) -> bool:
    """A blank line between the summary's lines, each written as a paragraph of its own (a
    Word file's text: "Thực hiện công tác bầu cử … khóa XVI" / "" / "và bầu cử đại biểu Hội
    đồng nhân dân …"): the summary's line ends no sentence and the next opens on a word in
    lower case, as no body paragraph, marker ("a)") or signature line does."""
    if P.ends_sentence(last) or len(text) > 250:
        return False
    first = text.split(None, 1)[0] if text else ""
    return (
        len(first) >= 2
        and first.isalpha()
        and first.islower()
        # a Vietnamese word, not OCR debris ("chinhph 0 quan", a scanned stamp's remains
        # that the canonical text writes after the summary)
        and _SYLLABLE.fullmatch(ascii_fold(first)) is not None
    )


# One Vietnamese syllable without its marks: an onset, one to three vowels, a final.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def _quoted_title_goes_on(last: str, text: str) -> bool:
    """A blank line inside the summary before the quoted name it ends on (a web page's
    paragraphs: "Hướng dẫn … kinh phí hoạt động phong trào" / "" / "“Toàn dân đoàn kết xây
    dựng đời sống văn hóa”"): the summary's line ends no sentence and the line after the
    blank is one quotation, opened at its start and closed at its end, of at most twenty
    words."""
    t = text.strip()
    return (
        not P.ends_sentence(last)
        and t[:1] in "“\""
        and t.rstrip(".;,")[-1:] in "”\""
        and len(t) > 2
        and t.count("“") + t.count('"') <= 2
        and len(t.split()) <= 20
    )


def _authority_line(blocks: list[Block], i: int) -> bool:
    """Whether the capitals of block ``i`` start the enacting authority's line: a
    "Căn cứ …" (or "Theo đề nghị …") line follows it, directly or after one more line of
    capitals that a narrow page wrapped the name onto ("BỘ TRƯỞNG BỘ THÔNG" / "TIN VÀ
    TRUYỀN THÔNG")."""
    j = _next_line(blocks, i + 1)
    if j < 0:
        return False
    nxt = blocks[j]
    kn = P.key(nxt.text[:40])  # (made once for both patterns)
    if _PREAMBLE_START.match(kn):
        return True
    if P.SESSION.match(kn) and P.key(blocks[i].text[:20]).startswith(P.AUTHORITY_HEADS):
        return True  # a council's name above its session line
    if (
        not P.is_upper_line(nxt.text)
        or nxt.blank_before
        or not P.authority_wraps(blocks[i].text, nxt.text)  # a name's lines, not a summary's
        or not P.key(blocks[i].text[:20]).startswith(P.AUTHORITY_HEADS)
        or P.key(nxt.text[:20]).startswith(P.AUTHORITY_HEADS)  # the authority is that line
    ):
        return False
    k = _next_line(blocks, j + 1)
    return k >= 0 and bool(_PREAMBLE_START.match(P.key(blocks[k].text[:40])))


def _next_line(blocks: list[Block], j: int) -> int:
    """The index of the first ``line`` block from ``j`` on (-1: none)."""
    while j < len(blocks):
        if blocks[j].kind == "line":
            return j
        j += 1
    return -1


def _vv_continuation(st: _State, i: int) -> int:
    blocks = st.ctx.blocks
    while i < len(blocks) and len(st.vv) < 8:
        b = blocks[i]
        if b.kind == "page-break":
            break
        last = st.vv[-1].text
        # a blank line (a PDF extraction's spacing) ends the summary unless the next line
        # goes on with it in lower case ("V/v chính sách thuế TNCN đối" / "" / "với …")
        if (
            (b.blank_before and (not P.starts_lower(b.text) or "kinh g" in P.key(b.text[:12])))
            or P.ends_sentence(last)
            or _is_body_start(b.text)
        ):
            break  # ("l Kính gửi: …": OCR debris before the addressee's label)
        cells = cells_of(b)
        left = [c for c in cells if c.column in (0, None)]
        if not left or len(left[0].text) > 70:
            break
        if not (P.starts_lower(left[0].text) or len(left[0].text) <= 40):
            break
        if len(cells) > 1:
            break
        st.vv.append(left[0])
        i += 1
    return i


def _once(name: str, ctx: Context, cell: Cell) -> str:
    """A name printed twice in a row ("THANH TRA CHÍNH PHỦ THANH TRA CHÍNH PHỦ", a flattened
    page repeating a cell) is kept once, the repeat dropped with a note, as a repeated
    title line is."""
    words = name.split()
    n = len(words)
    if n < 4 or n % 2 or words[: n // 2] != words[n // 2 :]:
        return name
    half = " ".join(words[: n // 2])
    ctx.ignored(half, cell.origin, "dòng lặp lại (a repeated header line)")  # (made only here)
    return half


# What an enacting authority's line starts with, on the key ("ỦY BAN NHÂN DÂN TỈNH …",
# "BỘ TRƯỞNG BỘ TÀI CHÍNH"): such a line under the number is no summary.
_AUTHORITY_HEAD = re.compile(
    r"(?:uy ban|bo truong|chu tich|thu tuong|hoi dong|chinh phu|giam doc|tong cuc truong|cuc truong)\b"
)


def _summary_without_type_line(st: _State) -> None:
    """A scraped page that dropped the type line ("QUYẾT ĐỊNH"): the number gives the type
    (``41/2019/QĐ-UBND``) and the line in capitals right under the number and date row
    ("BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO …") is the summary, not an unrecognised line. Only
    a line of four words or more (no mark such as "KHẨN", "DỰ THẢO") that does not start
    like an enacting authority's line."""
    if st.doc_type is not None or st.summary or st.vv or st.number is None or not st.number.type_code:
        return
    if st.number.style == "cong_van" or st.number_cell is None or not st.extras:
        return
    anchor = st.date_cell if st.date_cell is not None else st.number_cell
    last = max(st.number_cell.block.origin.line or 0, anchor.block.origin.line or 0)
    first = st.extras[0]
    text = first.text
    if (
        first.block.origin.line != last + 1
        or not P.is_upper_line(text)
        or len(text.split()) < 4
        or _AUTHORITY_HEAD.match(P.key(text))
    ):
        return
    st.summary.append(first)
    del st.extras[0]


def _build(st: _State) -> Header:
    parent, issuing, used = _split_bodies(st.bodies, st.continuations)
    if parent and issuing and _same_name(parent, issuing):
        # the issuing body's name above itself: a running heading over the document (the
        # Official Gazette prints the issuing body's name over each of its documents), or
        # a name a layout printed twice; no body manages itself
        st.ctx.ignored(parent, used[0].origin, "dòng lặp lại (a repeated header line)")
        parent = None
    if issuing is not None and used:
        issuing = _once(issuing, st.ctx, used[0])
    doc_type = st.doc_type
    number = st.number
    summary = _join(st.summary) or None
    if st.vv:
        vv_text = _join(st.vv)
        if doc_type is None:
            summary = vv_text or None
        elif vv_text:
            st.ctx.unrecognised(vv_text, st.vv[0].origin)
    is_cong_van = doc_type is None and (
        bool(st.vv) or st.kinh_gui or (number is not None and number.style == "cong_van")
    )
    if is_cong_van and number is not None and _party_cong_van(number):
        is_cong_van = False  # its type is the Party's Công văn, from the number below
    if doc_type is None and st.annex is not None:
        doc_type = _type_by_name("Phụ lục", "state")
    if is_cong_van:
        doc_type = _CONG_VAN
        if number is not None and number.style == "administrative":
            number = number.as_cong_van()
    elif doc_type is None and number is not None and number.type_code:
        system = {"legal": "legal", "party": "party"}.get(number.style, "state")
        doc_type = doctypes.by_code(number.type_code, system=system, lenient=True)
    origins: list[tuple[str, Origin]] = []
    if used:
        if parent:
            origins.append(("parent_body", used[0].origin))
        origins.append(("issuing_body", used[-1].origin))
    first = st.summary or st.vv
    # (the fields' cells in one loop, not a function made and called for each)
    for name, cell in (
        ("national_title", st.national),
        ("motto", st.motto),
        ("party_title", st.party),
        ("number", st.number_cell),
        ("issue_date", st.date_cell),
        ("doc_type", st.type_cell),
        ("summary", first[0] if first else None),
        ("annex_label", st.annex),
        ("attached_to", st.attached),
    ):
        if cell is not None:
            origins.append((name, cell.origin))
    attached = None
    if st.attached is not None:
        whole = " ".join(c.text for c in (st.attached, *st.attached_more))
        attached = whole.strip().removeprefix("(").removesuffix(")").strip() or None
    return Header(
        parent_body=parent,
        issuing_body=issuing,
        national_title=_national(st),
        motto=_clean(st.motto),
        number=number,
        issue_date=st.date,
        doc_type=doc_type,
        summary=summary,
        party_title=_clean(st.party),
        annex_label=_clean(st.annex),
        attached_to=attached,
        attached_citation=_first_citation(attached),
        number_label=st.number_label,
        type_written=None if st.type_cell is None else st.type_cell.text,
        origins=tuple(origins),
    )


def _same_name(a: str, b: str) -> bool:
    """Whether two bodies' names are one name (case, diacritics and spacing aside)."""
    return P.key(a).split() == P.key(b).split()


def _national(st: _State) -> str | None:
    text = _clean(st.national)
    if text and st.national_tail:
        text = f"{text} {st.national_tail}"
    return text


def _clean(cell: Cell | None) -> str | None:
    if cell is None:
        return None
    return cell.text.strip(" -–—_,;") or None


def _first_citation(text: str | None) -> Citation | None:
    if not text:
        return None
    found = find_citations(text)
    return found[0] if found else None
