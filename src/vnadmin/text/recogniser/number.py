"""The "Số, ký hiệu" token of a header, as real extractions print it.

Headers come with spaces inside the token ("Số : 624 /CT-TTHT", "2463 /QĐ - UBND"), with
or without the colon, Party style ("Số 60-NQ/TW"), blank numbers in drafts
("Số: /BC-SKHCHN", "Số:  /2025/TT-BTC") and OCR that lost the "Đ" of a type code ("QD",
"ND"). This module finds the token and builds a :class:`~vnadmin.model.DocumentNumber`.
The token, without the spaces inside it, is parsed by
:func:`vnadmin.citations.parse_number`, which also restores a lost "Đ" in a type code
(``QD`` → ``QĐ``); the text as printed stays in ``DocumentNumber.written``.
"""

from __future__ import annotations

import re

from vnadmin.citations import parse_number
from vnadmin.errors import ModelError, VnAdminError
from vnadmin.model import doctypes, issuers
from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.number import DocumentNumber
from vnadmin.text.recogniser.patterns import NUMBER_LABEL, key

__all__ = ["NumberMatch", "find_number", "is_type_code"]

# (a dot between two abbreviations, "TT.HĐND", as in the citation grammar)
_G = r"[A-ZĐ0-9&][A-ZĐ0-9&]{0,11}(?:[rygih][A-ZĐ0-9&]{0,6})?(?:(?<=[^\W\d_])\.[A-ZĐ][A-ZĐ0-9&]{1,11})?(?![^\W_])"
_SYMBOL = re.compile(
    # (up to twelve spaces before the "/": a number typed into the blank a form left for
    # it, "Số: 7    /QĐ-BQLCKCN", as a PDF's text layer keeps the blank)
    # (and the digits OCR spaced out, "Số:8 5 2 0/BCT-KHCN": one space between two)
    # (and a number in a series, "66.11/2026/NQ-CP": one or two digits after the dot)
    rf"(?P<num>\d{{1,3}}\.\d{{3}}(?!\d)|\d{{1,7}}\.\d{{1,2}}(?![\d.])|\d(?: ?\d){{0,6}})?\s{{0,12}}"
    rf"(?:-\s{{0,2}}(?P<ptype>[A-ZĐ][A-Za-zĐđ]{{0,4}})\s{{0,2}}/|/)\s{{0,2}}"
    rf"(?:(?P<year>\d{{4}})\s{{0,2}}/\s{{0,2}})?"
    rf"(?P<groups>{_G}(?:\s{{0,2}}[-–]\s{{0,2}}{_G}){{0,5}})"
)
_GROUP = re.compile(_G)
# A type's name written before a lower-case "số:" label, on the key ("nghi quyet", "thong
# tu lien tich"): the registry's names in title case (a name in capitals is a type line).
_TYPE_LABEL = re.compile(
    "(?:" + "|".join(sorted({re.escape(key(t.name)) for t in doctypes.all_types()}, key=len, reverse=True)) + ")"
)


class NumberMatch:
    """A number found in a line: the parsed value, where the label starts and where the
    token ends, and the label as written ("Số:", "Số", "Luật số:")."""

    __slots__ = ("end", "label", "number", "start")

    def __init__(self, number: DocumentNumber, start: int, end: int, label: str) -> None:
        self.number = number
        self.start = start
        self.end = end
        self.label = label


def is_type_code(code: str) -> bool:
    """Whether ``code`` is a registered type code, allowing a lost "Đ" (QD, ND)."""
    return doctypes.by_code(code, lenient=True) is not None


# Type codes longest first, so that "TTLT…" is tried before "TT…".
_TYPE_CODES = tuple(sorted({t.code for t in doctypes.all_types() if t.code and len(t.code) >= 2}, key=len, reverse=True))


def _unglue(group: str) -> tuple[str, ...]:
    """ "QĐUBND" → ("QĐ", "UBND"): a symbol whose hyphen a PDF's text layer dropped
    ("Số: 1961/QĐUBND", "NĐCP"). Split only when the group starts with a registered type
    code, the rest is a registered issuer of at least two letters, and the whole is not
    itself an issuer's code ("TCHQ", "TTCP" stay whole)."""
    if issuers.lookup(group) is not None:
        return (group,)
    for code in _TYPE_CODES:
        rest = group[len(code) :]
        if group.startswith(code) and len(rest) >= 2 and rest[0].isupper() and issuers.lookup(rest) is not None:
            return (code, rest)
    return (group,)


def _build(m: re.Match[str], printed: str | None = None) -> DocumentNumber | None:
    """The token without its inner spaces goes to :func:`vnadmin.citations.parse_number`
    (the one grammar of numbers); what it refuses (OCR damage) is built here from the
    groups as printed. ``printed``: the token as printed when ``m`` matched it with a stray
    space taken out (see :func:`_rejoined`)."""
    num, ptype, year_text, symbol = m.group("num", "ptype", "year", "groups")
    whole = m.group(0) if printed is None else printed
    groups = tuple(_GROUP.findall(symbol))
    if len(groups) == 1 and not ptype:
        groups = _unglue(groups[0])
    written = " ".join(whole.split())
    if num is not None:
        # "69.262": a thousands separator, not part of the number ("66.11", a number in a
        # series, keeps its dot); "8 5 2 0": OCR's spaces
        if len(num.partition(".")[2]) == 3:
            num = num.replace(".", "")
        num = num.replace(" ", "")
    head = (num or "") + (f"-{ptype}/" if ptype else "/")
    token = head + (f"{year_text}/" if year_text else "") + "-".join(groups)
    try:
        parsed = parse_number(token)
        if parsed.written == written:
            return parsed  # (speed: a token printed tight is its own written form; nothing to rebuild)
        return _with_written(parsed, written)
    except VnAdminError:
        pass  # OCR damage the grammar refuses: build the number from the groups as printed
    try:
        if ptype:
            return DocumentNumber(num, type_code=ptype, issuers=groups, style="party", written=written)
        if year_text:
            year = int(year_text)
            if len(groups) > 1 and is_type_code(groups[0]):
                return DocumentNumber(
                    num, year=year, type_code=groups[0], issuers=groups[1:], style="legal", written=written
                )
            return DocumentNumber(num, year=year, issuers=groups, style="legal", written=written)
        if len(groups) > 1 and is_type_code(groups[0]):
            return DocumentNumber(num, type_code=groups[0], issuers=groups[1:], written=written)
        return DocumentNumber(
            num, issuers=groups[:1], unit="-".join(groups[1:]) or None, style="cong_van", written=written
        )
    except ModelError:
        return None


_NUMBER_SLOTS = slot_setters(DocumentNumber, ("number", "year", "type_code", "issuers", "unit", "style", "written"))


def _with_written(parsed: DocumentNumber, written: str) -> DocumentNumber:
    """``attrs.evolve(parsed, written=written)``, filled slot by slot (see
    vnadmin.model._trusted): ``parsed``'s fields passed the validators and the shape check
    when it was made, and ``written`` has neither, so nothing is checked again (speed:
    build_number's checks of every group are not run a second time)."""
    n = new(DocumentNumber)
    s_number, s_year, s_type_code, s_issuers, s_unit, s_style, s_written = _NUMBER_SLOTS
    s_number(n, parsed.number)
    s_year(n, parsed.year)
    s_type_code(n, parsed.type_code)
    s_issuers(n, parsed.issuers)
    s_unit(n, parsed.unit)
    s_style(n, parsed.style)
    s_written(n, written)
    return n


# A stray space inside the symbol's last group, as OCR and retyping leave it ("Số: 123/QĐ-UB
# ND"): one space, then capitals up to a word's end.
_SPLIT_TAIL = re.compile(r" ([A-ZĐ]{1,6})(?![^\W_])")


def _rejoined(text: str, sm: re.Match[str], at: int) -> tuple[re.Match[str], int, str] | None:
    """The symbol matched at ``at`` with a stray space inside its last group taken out:
    the two pieces are one group when together they are a registered issuer's code and the
    first piece alone is none ("UB ND" → "UBND"; "UBND CỘNG HÒA" and "VP HA" stay apart).
    Returns the match on the text without the space, where the token ends in ``text``, and
    the token as printed."""
    tail = _SPLIT_TAIL.match(text, sm.end())
    if tail is None:
        return None
    last = _GROUP.findall(sm.group("groups"))[-1]
    if issuers.lookup(last) is not None or issuers.lookup(last + tail.group(1)) is None:
        return None
    tight = text[: sm.end()] + text[sm.end() + 1 :]
    m = _SYMBOL.match(tight, at)
    if m is None or m.end() != tail.end() - 1:
        return None
    return m, tail.end(), text[sm.start() : tail.end()]


def find_number(text: str, k: str | None = None) -> NumberMatch | None:
    """The first "Số …" token in ``text``. A label in capitals ("SỐ 1050/QĐ-SCT", part of
    an issuing body's name) is passed over when a proper "Số" label follows."""
    if k is None:
        k = key(text)
    if "so" not in k:
        return None  # (speed: NUMBER_LABEL holds "so"; its search, tried at every position, is not run)
    found: list[NumberMatch] = []
    for lm in NUMBER_LABEL.finditer(k):
        sm = _SYMBOL.match(text, lm.end())
        if sm is None:
            continue
        start = lm.start()
        label = " ".join(text[start : lm.end()].split())
        if label[:1].islower():
            head = text[:start].strip()
            if head and label.endswith(":") and _TYPE_LABEL.fullmatch(k[:start].strip()):
                # "Nghị quyết số: 653/2019/UBTVQH14": a type's name before the label
                start = text.index(head)
                label = f"{' '.join(head.split())} {label}"
            elif head or not label.endswith(":"):
                # "số 3054/CT-…" in running text, not a header label (tested before
                # parsing); a cell that starts "số:" is the label typed in lower case
                continue
        if text.startswith("/v", sm.end()) and text[sm.end() - 1 : sm.end()] == "V":
            # "Số: 3722/VPCP-CNV/v cơ chế …": the line break between the number and its
            # "V/v" summary lost (a web page's <br> dropped by a scraper); the "V" is the
            # label's, not the symbol's
            cut = _SYMBOL.match(text, lm.end(), sm.end() - 1)
            if cut is not None and cut.end() == sm.end() - 1:
                sm = cut
        end = sm.end()
        rejoined = _rejoined(text, sm, lm.end()) if text.startswith(" ", end) else None
        if rejoined is not None:
            sm, end, printed = rejoined
            number = _build(sm, printed)
        else:
            number = _build(sm)
        if number is None:
            continue
        if not label.isupper():
            # the first proper label's number, whatever follows it (speed: the rest of the
            # line is not read for more labels)
            return NumberMatch(number, start, end, label)
        found.append(NumberMatch(number, start, end, label))
    return found[0] if found else None
