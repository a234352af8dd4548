"""The preamble of a decision, resolution, decree…: the enacting authority line, the
"Căn cứ …", "Theo đề nghị …", "Xét …" lines and the enacting formula ("QUYẾT ĐỊNH:",
"QUYẾT NGHỊ:", "Chính phủ ban hành Nghị định …").

Only types whose registry entry has a formula get a preamble, and only before the formula
(or before the first section when the formula is missing). In a report, "Theo đề nghị …"
is an ordinary body paragraph.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.model.doctypes import DocumentType
from vnadmin.model.document import Preamble
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.body import Citing, make_paragraph, marker_of, with_markers
from vnadmin.text.recogniser.paragraphs import Unit

__all__ = ["formula_at", "has_formula", "is_formula", "read_preamble", "split_glued_formula"]

_BASIS = re.compile(r"(?:can\s{1,3}cu|theo\s{1,3}de\s{1,3}nghi|xet\b|thuc\s{1,3}hien\b)")
_FORMULA_WORDS = re.compile(r"(?:quyet\s{1,2}dinh|quyet\s{1,2}nghi|nghi\s{1,2}quyet)\s{0,2}:?")
_ENACTS = re.compile(
    r"\bban\s{1,2}hanh\s{1,2}(?:nghi\s{1,2}dinh|thong\s{1,2}tu|luat|bo\s{1,2}luat|phap\s{1,2}lenh|quyet\s{1,2}dinh|nghi\s{1,2}quyet)\b"
)


def _is_basis(text: str) -> bool:
    """Whether ``text`` opens as a basis ("Căn cứ …", "Theo đề nghị …", "Xét …"): _BASIS
    matched on the key of its first twenty characters (a match spans at most sixteen, and
    the key is made character by character: the key of the whole text would say the same)."""
    return _BASIS.match(P.key(text[:20])) is not None


# What every _ENACTS match holds, on the text as written: a paragraph in ordinary case
# without it is no formula, found without keying the paragraph (a regex scan costs a
# fraction of making the key, and most paragraphs ask).
_BAN_HANH = P.on_text(r"ban\s{1,2}hanh")


# How a basis opens as commonly written: in ordinary case, such a paragraph is no formula
# (_BASIS matches its key), told without the scan for "ban hành" and the key (the bases
# are most of the paragraphs asked, and many mention the law on issuing documents).
_BASIS_AS_WRITTEN = ("Căn cứ ", "Theo đề nghị ", "Xét ", "Thực hiện ")


def is_formula(text: str) -> bool:
    upper = P.is_upper_line(text)
    if not upper and (len(text) > 400 or text.startswith(_BASIS_AS_WRITTEN) or _BAN_HANH.search(text) is None):
        return False  # neither test below can hold: spare keying the paragraph
    k = P.key(text).strip(" .*#")
    if _FORMULA_WORDS.fullmatch(k) and upper:
        return True
    return bool(_ENACTS.search(k)) and len(text) <= 400 and not _BASIS.match(k)


# The enacting formula typed on at the end of the last basis ("Xét đề nghị của Trưởng Ban
# Sổ - Thẻ, QUYẾT ĐỊNH:", a crawler's text of a page).
_GLUED_FORMULA = re.compile(r"\s(QUYẾT ĐỊNH|QUYẾT NGHỊ)\s?:\s*$")


def split_glued_formula(units: list[Unit], found: tuple[int, int] | None = None) -> list[Unit]:
    """``units`` with an enacting formula typed on at the end of a basis line ("Căn cứ …",
    "Xét đề nghị …, QUYẾT ĐỊNH:") made a line of its own, when no line before the first
    section is the formula; the same list otherwise. ``found``: ``formula_at(units)`` when
    the caller has it."""
    if (formula_at(units) if found is None else found)[0] >= 0:
        return units
    for j, u in enumerate(units):
        if u.footnote is not None:
            continue
        text = u.text
        if marker_of(text) is not None:
            break
        m = _GLUED_FORMULA.search(text, len(text) - 20) if len(text) > 40 else None
        if m is None or u.footnote_refs or not _is_basis(text):
            continue
        at = m.start(1)
        o = u.origin
        if u.lines == 1 and o.column is not None:
            o = attrs.evolve(o, column=o.column + at)
        head = Unit(text[:at].rstrip(), u.origin, u.blank_before, u.indent, u.lines, u.column)
        formula = Unit(text[at:].strip(), o, False, u.indent, 1, u.column)
        return [*units[:j], head, formula, *units[j + 1 :]]
    return units


def has_formula(units: list[Unit]) -> bool:
    """Whether an enacting formula stands among ``units`` before the first section."""
    return formula_at(units)[0] >= 0


def formula_at(units: list[Unit]) -> tuple[int, int]:
    """(index of the enacting formula or -1, index of the first section or the end): what
    stands before the first section, looked at up to the formula. (The recogniser looks
    once and hands the answer to :func:`split_glued_formula` and :func:`read_preamble`:
    the scan keys the bases that mention "ban hành".)"""
    for j, u in enumerate(units):
        if u.footnote is not None:
            continue
        if marker_of(u.text) is not None:
            return -1, j
        if is_formula(u.text):
            return j, len(units)
    return -1, len(units)


def read_preamble(
    units: list[Unit],
    doc_type: DocumentType | None,
    markers: set[str],
    citing: Citing | None,
    found: tuple[int, int] | None = None,
) -> tuple[Preamble, int]:
    """The preamble at the start of ``units`` and the index of the first body unit
    (``found``: ``formula_at(units)`` when the caller has it)."""
    if doc_type is None or not doc_type.has_preamble or not units:
        return Preamble(), 0
    where, limit = formula_at(units) if found is None else found
    end = where if where >= 0 else limit
    head = units[:end]
    authority = None
    start = 0
    if head and P.is_upper_line(head[0].text) and marker_of(head[0].text) is None:
        authority = with_markers(head[0].text, head[0].footnote_refs)
        start = 1
        if (
            len(head) > 2
            and P.key(head[0].text[:20]).startswith(P.AUTHORITY_HEADS)
            and P.is_upper_line(head[1].text)
            and (
                P.authority_wraps(head[0].text, head[1].text)
                or P.SESSION.match(P.key(head[1].text[:40])) is not None  # "KHÓA …, KỲ HỌP THỨ …"
            )
            and not P.key(head[1].text[:20]).startswith(P.AUTHORITY_HEADS)
            and head[1].footnote is None
            and marker_of(head[1].text) is None
        ):
            # the name wrapped onto a second line ("BỘ TRƯỞNG BỘ THÔNG" / "TIN VÀ TRUYỀN THÔNG"),
            # or a council over its organisation ("HỘI ĐỒNG THÀNH VIÊN" / "TỔNG CÔNG TY …")
            authority = f"{authority} {with_markers(head[1].text, head[1].footnote_refs)}"
            start = 2
    bases = head[start:]
    if where < 0 and not any(_is_basis(u.text) for u in bases):
        return Preamble(), 0
    if bases and not _is_basis(bases[0].text) and authority is None:
        return Preamble(), 0
    paragraphs = tuple(make_paragraph(u, markers, citing) for u in bases if u.footnote is None)
    formula = with_markers(units[where].text, units[where].footnote_refs) if where >= 0 else None
    nxt = where + 1 if where >= 0 else end
    return Preamble(authority, paragraphs, formula), nxt
