"""Header lines that a narrow table cell wrapped, joined again before the header is read.

Text copied from a legal-document web page (or a docx header table whose cells hold one
paragraph per printed line) keeps the header table's cells one after the other, each cell
cut into the lines it was printed on::

    ỦY                                   CỘNG HÒA XÃ HỘI          Số:
    BAN NHÂN DÂN                         CHỦ NGHĨA VIỆT NAM       14/2007/QĐ-UBND
    TỈNH QUẢNG NAM                                                |
    |                                                           Tam
                                                                  Kỳ, ngày 19 tháng 6 năm 2007

(each column above being lines in sequence, with a lone ``|`` between cells). Read line by
line, "ỦY" looks like OCR debris, "CỘNG HÒA XÃ HỘI" like an issuing body, "Số:" like a
label without a number and "Tam" like a stray word. :func:`unwrap_header` joins such a line
with the next one where only the two together make the header element:

* the national title cut anywhere ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), and the
  Party's ("ĐẢNG CỘNG" / "SẢN VIỆT NAM");
* "Số:" alone before the number's line;
* a place and date cut inside ("Quảng Nam, ngày" / "13 tháng 7 năm 2023", "Hà Nội, ngày
  28" / "tháng 6 năm 2011"), inside the place name ("Tam" / "Kỳ, ngày …") or right after
  the place's comma ("Quảng Bình," / "ngày 25 tháng 5 năm 2015");
* the type cut inside its name ("THÔNG" / "TƯ");
* one capitalised word cut from the name it starts ("ỦY" / "BAN NHÂN DÂN", "THỦ" /
  "TƯỚNG CHÍNH PHỦ"), or a known body's name cut inside ("UỶ BAN NHÂN" / "DÂN", "ỦY BAN
  THƯỜNG VỤ" / "QUỐC HỘI").

Only the top of a document is looked at (up to the first line that starts the body, and
at most :data:`_REACH` lines), and only lines that follow each other without a blank line,
in the same table cell.

The same pages often print the first word of a paragraph alone on its line ("Căn" / "cứ
Luật …", "Điều" / "1. Phạm vi điều chỉnh", "Chương" / "I"); in a document copied so (a
header line joined above, or a lone bar among its first lines), such a word is joined
with the next line anywhere where the two start a preamble line or a section heading.

A joined block keeps the first line's origin and both texts, joined by one space, so
nothing is lost.
"""

from __future__ import annotations

import re

from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser.bodies import completes_body
from vnadmin.text.recogniser.header import match_type_line

__all__ = ["unwrap_header"]

_REACH = 40  # header lines looked at (the longest real headers take about 25 lines)
_BARS = " |"


def unwrap_header(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the wrapped header lines at their top, and the heading words
    printed alone, joined (the same list when there are none)."""
    top = _unwrap_top(blocks)
    # (a lone bar: a text among the first lines that strips to nothing; the texts stripped
    # in a list comprehension, which costs less than a generator's step per line)
    if top is blocks and all([b.text.strip(_BARS) for b in blocks[:_REACH]]):  # noqa: C419
        # Neither a cut header nor a cell's bar: no page copied this way (looking for the
        # lone heading words over the whole document would cost every document a pass).
        return blocks
    return _unwrap_heads(top)


# A word that starts a preamble line or a heading, alone on its line, and what the next
# line must start with for the two to be one line (matched on the next line's key, up to
# a space or the end).
# (chapters, sections and parts by a Roman numeral; articles by a number with its dot and
# a title: "Chương" / "98" in an OCR'd tariff table is a column of the table)
_ROMAN = r"[ivxlc]{1,6}(?:[.:]|\s|$)"
_HEADS = {
    "Căn": re.compile(r"cu(?:\s|$)"),
    "Theo": re.compile(r"de\s{1,2}nghi\b"),
    "Xét": re.compile(r"de\s{1,2}nghi\b"),
    "Điều": re.compile(r"\d{1,3}[a-z]?\.\s"),
    "Chương": re.compile(_ROMAN),
    "Mục": re.compile(_ROMAN),
    "Phần": re.compile(rf"(?:thu\s|{_ROMAN})"),
}


def _unwrap_heads(blocks: list[Block]) -> list[Block]:
    heads = _HEADS
    # (a list comprehension reads a block's slot faster than attrgetter's generic look-up)
    texts = [b.text for b in blocks]
    if heads.keys().isdisjoint(texts):
        return blocks  # (almost every document)
    n = len(blocks)
    i = next(k for k, t in enumerate(texts) if t in heads)
    out = list(blocks[:i])
    joined = False
    while i < n:
        b = blocks[i]
        starts = heads.get(b.text)
        if starts is not None and i + 1 < n:
            nxt = blocks[i + 1]
            if _joinable(b, nxt) and starts.match(P.key(nxt.text[:16])):
                out.append(b.evolve(text=f"{b.text} {nxt.text}"))
                joined = True
                i += 2
                continue
        out.append(b)
        i += 1
    return out if joined else blocks


def _unwrap_top(blocks: list[Block]) -> list[Block]:
    out: list[Block] | None = None
    i = 0
    n = min(len(blocks), _REACH)
    while i < n:
        b = blocks[i]
        text = b.text
        first = text[:1]
        # (speed: _starts_body's own first-character test, made before calling it)
        if i and (first in _BODY_FIRST or not first.isalnum()) and _starts_body(text):
            break
        j = i + 1
        if len(text) > _MAX_CUT + 2:  # no cut piece: the common header line
            if out is not None:
                out.append(b)
            i = j
            continue
        if text[-1:] in _DAY_ENDS:
            j = _spread_date(blocks, i)
            if j > i + 1:
                b = b.evolve(text=" ".join(x.text for x in blocks[i:j]))
        # a line may be cut twice ("Sơn" / "La, ngày 11 tháng 3" / "năm 2020")
        while (
            j < len(blocks)
            and j - i <= 3
            and _joinable(blocks[j - 1], blocks[j])
            and _completes(b.text, blocks[j].text)
        ):
            b = b.evolve(text=f"{b.text} {blocks[j].text}")
            j += 1
        if j > i + 1 and out is None:
            out = list(blocks[:i])
        if out is not None:
            out.append(b)
        i = j
    if out is None:
        return blocks
    out.extend(blocks[i:])
    return out


# A draft's place and date with the day and month left blank, each piece on a line of its
# own between blank lines, as PDF extraction gives it ("Hà Nội, ngày" / "tháng" / "năm
# 2016"): the first piece ends on "ngày" (or its day), the others are "tháng" (with its
# month) and "năm" with the year.
_DAY_ENDS = frozenset("yYÀ0123456789")
_PLACE_DAY = re.compile(r"[^\n]{2,40},\s{0,3}ngay(?:\s{1,3}\d{1,2})?")
_DATE_PIECE = re.compile(r"(?:thang(?:\s{1,3}\d{1,2})?)?\s{0,3}(?:nam\s{1,3}\d{4})?")


def _spread_date(blocks: list[Block], i: int) -> int:
    """The end of a place and date spread over ``blocks[i]`` and the one or two short
    lines after it (``i + 1``: not so)."""
    a = blocks[i].text.strip(_BARS)
    if len(a) > 48 or not _PLACE_DAY.fullmatch(P.key(a)):
        return i + 1
    j = i + 1
    while j < len(blocks) and j - i <= 2:
        nxt = blocks[j]
        t = nxt.text.strip(_BARS)
        if nxt.kind != "line" or not t or len(t) > 16 or not _DATE_PIECE.fullmatch(P.key(t)):
            break
        j += 1
        if P.find_date(" ".join(x.text for x in blocks[i:j])) is not None:
            return j
    return i + 1


def _starts_body(text: str) -> bool:
    first = text[:1]
    if len(text) < 4 or (first not in _BODY_FIRST and first.isalnum()):
        return False
    # the key of the first 24 characters starting "can cu", "dieu 1" or "i. ", or KINH_GUI
    # on it: matched on the text as written (no key made)
    return _BODY_OPENINGS.match(text, 0, 24) is not None or P.KINH_GUI_TEXT.match(text, 0, 24) is not None


_BODY_OPENINGS = P.on_text(r"can cu|dieu 1|i\. ")


def _joinable(a: Block, b: Block) -> bool:
    """Two lines of one cell: consecutive, plain lines, in the same table cell."""
    return (
        a.kind == "line"
        and b.kind == "line"
        and not b.blank_before
        and not a.segments
        and not b.segments
        and (a.table, a.row, a.column) == (b.table, b.row, b.column)
        and b.text.strip(_BARS) != ""
    )


def _completes(first: str, second: str) -> bool:
    """Whether ``second`` completes a header element that ``first`` leaves cut."""
    a = first.rstrip(_BARS)
    if not a or len(a) > _MAX_CUT:
        return False  # (most header lines: a cut piece is short)
    ka = P.key(a)
    joined = f"{a} {second}"
    # (speed: each cut is tried only when the first line has what it needs, told from one
    # look at it: the national title opens on c, the Party's on d, "Số" on s (past the
    # marks _national_cut, _party_cut and _label_cut strip); a type's or a name's cut is in
    # capitals; a date cut holds "ngày", ends on a comma, or is a place of one or two words
    # in running case)
    lead = ka.lstrip(" :.*_")[:1]
    upper = a.isupper()
    return (
        (lead == "c" and _national_cut(a, ka, joined))
        or (lead == "d" and _party_cut(a, ka, joined))
        or (lead == "s" and _label_cut(ka, second))
        or (("ngay" in ka or a[-1] == "," or not upper) and _date_cut(a, ka, second, joined))
        or (upper and (_type_cut(a, joined) or _name_cut(a, second) or _body_cut(a, ka, second)))
    )


# The letters a body's first line starts with ("Căn cứ", "Điều 1", "I.", "Kính gửi"; or a
# mark before "Kính gửi").
_BODY_FIRST = frozenset("CcĐđIKk")
_MAX_CUT = 48  # the longest piece a cut leaves ("Thành phố Hồ Chí Minh, ngày 28 tháng")


def _national_cut(a: str, k: str, joined: str) -> bool:
    """ "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM": the title runs over the line end."""
    if not k.lstrip(" *_").startswith("c") or len(a.split()) > 7:
        return False
    whole = P.find_national_title(joined)
    if whole is None or whole[1] <= len(a) + 1:
        return False
    part = P.find_national_title(a, k)
    if part is None:
        return True
    # the first line alone matched without "VIỆT NAM", which the next line holds
    return P.key(joined[part[1] :]).lstrip().startswith("viet nam")


def _party_cut(a: str, k: str, joined: str) -> bool:
    """ "ĐẢNG CỘNG" / "SẢN VIỆT NAM": the Party title runs over the line end."""
    if not k.lstrip(" *_").startswith("dang") or len(a.split()) > 3 or P.find_party_title(a, k):
        return False
    whole = P.find_party_title(joined)
    return whole is not None and whole[1] > len(a) + 1


def _label_cut(a: str, second: str) -> bool:
    """ "Số:" alone, the number on the next line."""
    return P.key(a).strip(" :.*_") == "so" and second.lstrip()[:1].isdigit()


def _date_cut(a: str, ka: str, second: str, joined: str) -> bool:
    """A place and date cut inside the date ("Quảng Nam, ngày" / "13 tháng 7 năm 2023") or
    inside the place's name ("Tam" / "Kỳ, ngày 19 tháng 6 năm 2007")."""
    if "ngay" in ka:
        if "," not in a or P.find_date(a, ka) is not None:
            return False
        m = P.find_date(joined)
        return m is not None and m.start() < len(a) < m.end() and P.find_date(second) is None
    if a.endswith(","):
        # the cell wrapped right after the place's comma ("Quảng Bình," / "ngày 25 tháng 5
        # năm 2015"): a place of capitalised words, the whole date on the next line
        place = a[:-1].split()
        return (
            1 <= len(place) <= 5
            and all(w[:1].isupper() and not any(map(str.isdigit, w)) for w in place)
            and P.key(second[:8]).lstrip().startswith("ngay")
            and P.find_date(second) is not None
        )
    # a place of one or two words cut before its last word: that word, a comma, the date
    # (which may itself go on in the line after: "Sơn" / "La, ngày 11 tháng 3" / "năm 2020")
    words = a.split()
    if not (1 <= len(words) <= 2 and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)):
        return False
    kb = P.key(second[:40])
    at = kb.find("ngay")
    if at < 0 or not any(c.isdigit() for c in kb[at : at + 12]):
        return False
    before = second[:at].rstrip()
    return before.endswith(",") and len(before[:-1].split()) == 1


def _type_cut(a: str, joined: str) -> bool:
    """ "THÔNG" / "TƯ": the type's name runs over the line end."""
    if not P.is_upper_line(a) or len(a.split()) > 2 or match_type_line(a) is not None:
        return False
    found = match_type_line(joined)
    return found is not None and len(found[1]) > len(a)


def _name_cut(a: str, second: str) -> bool:
    """One capitalised word alone ("ỦY", "THỦ") before the capitals that finish the name."""
    b = second.rstrip(_BARS)
    if not (
        len(a.split()) == 1
        and a.isalpha()
        and P.is_upper_line(a)
        and match_type_line(a) is None  # "LUẬT" above its name is a type line
        and P.is_mostly_upper(b)
    ):
        return False
    kb = P.key(b)  # (made once for both finders)
    return P.find_national_title(b, kb) is None and match_type_line(b) is None and P.find_motto(b, kb) is None


def _body_cut(a: str, ka: str, second: str) -> bool:
    """A body's name cut inside ("UỶ BAN NHÂN" / "DÂN", "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI"): the
    first line is the start of a known body's name (citation vocabulary) and not a whole
    name, and the two lines make that name."""
    b = second.rstrip(_BARS)
    # (completes_body first: it passes most lines on the first one's words, before the
    # second line is keyed for the finders)
    if not (P.is_upper_line(a) and completes_body(a, b) and P.is_mostly_upper(b)):
        return False
    kb = P.key(b)  # (made once for the three finders)
    return not (P.find_national_title(b, kb) or P.find_party_title(b, kb) or P.find_motto(b, kb) or match_type_line(b))
