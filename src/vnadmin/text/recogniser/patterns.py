"""Patterns the recogniser modules share: fold keys that keep offsets, component anchors
(national title, motto, Party title, place and date, "Số", "V/v", "Kính gửi"), section
markers, bullets and footnote markers.

Matching is done on a *key* of the text with the same length as the text: lower case,
diacritics removed, ``đ`` → ``d``. OCR that lost its diacritics ("CONG HOA XA HOI CHU
NGHIA VIET NAM", "TONG CUC THUE") then matches like the correct text, and a match's offsets
point straight back into the text as written. Every pattern is linear: no nested
quantifiers over overlapping classes, repetitions bounded.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "BULLET",
    "FOOTNOTE_TEXT",
    "KINH_GUI",
    "KINH_GUI_TEXT",
    "MARKER",
    "NOI_NHAN",
    "SUPERSCRIPTS",
    "VV",
    "ends_sentence",
    "find_cut_national_title",
    "find_date",
    "find_motto",
    "find_national_title",
    "find_numeric_date",
    "find_party_title",
    "key",
    "starts_lower",
]


def _key_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        if c in "đĐ":
            table[cp] = "d"
            continue
        base = unicodedata.normalize("NFD", c)[0].lower()
        if len(base) == 1 and base != c:
            table[cp] = base
    return table


_KEY_TABLE = _key_table()


def _key_list() -> list[int]:
    # The same mapping as a list indexed by code point, every character below U+2100 listed
    # (itself when unchanged): ``str.translate`` then never raises and catches a LookupError
    # per unchanged character, as it does with the sparse dict; it is twice as fast on
    # Vietnamese text. Characters past the list are left alone all the same.
    table = list(range(0x2100))
    for cp, k in _KEY_TABLE.items():
        table[cp] = ord(k)
    return table


_KEY_LIST = _key_list()


def key(text: str) -> str:
    """A matching key of ``text`` with the same length: lower case, no diacritics."""
    # (speed: an ASCII text's key is its lower case, which str.lower makes ≈ 8× faster than
    # the table; isascii is a flag test. _KEY_LIST changes no ASCII character but A-Z.)
    if text.isascii():
        return text.lower()
    return text.translate(_KEY_LIST)


# -- header anchors (on keys) ----------------------------------------------------------
_NATIONAL = re.compile(
    r"c[a-z]{0,2}ng\s{0,3}h[a-z]{0,2}a\s{0,3}x[a-z]{0,2}\s{0,3}h[a-z]{0,2}i\s{0,3}"
    r"(?:ch[a-z]{0,2}\s{0,3}ngh[a-z]{0,2}a(?:\s{0,3}vi[a-z]{0,2}t(?:\s{0,3}nam)?)?|[^\n]{0,16}?\bnam\b)"
)
# "Độc lập - Tự do - Hạnh phúc", and its end alone ("Tự do – Hạnh phúc"); find_motto searches
# the two alternatives apart (see there), _MOTTO is the one pattern they make.
_MOTTO_DOC = r"d[a-z]{0,2}c\s{0,3}l[a-z]{0,2}p[^a-z]{0,4}(?:t[a-z]{0,2}\s{0,3}do[^a-z]{0,4})?(?:h[a-z]{0,2}nh\s{0,3}ph[a-z]{0,2}c)?"
_MOTTO_DO = r"[a-z]{0,2}\s{0,2}do\s{0,2}[-—–~]\s{0,3}h[a-z]{0,2}nh\s{0,3}ph[a-z]{0,2}c"
_MOTTO = re.compile(f"{_MOTTO_DOC}|{_MOTTO_DO}")
_MOTTO_DOC_RE = re.compile(_MOTTO_DOC)
_MOTTO_DO_RE = re.compile(_MOTTO_DO)
_DO_DASH_RE = re.compile(r"do\s{0,2}[-—–~]")  # what _MOTTO_DO holds at most four characters in
_PARTY = re.compile(r"dang\s{1,3}cong\s{1,3}san\s{1,3}viet\s{1,3}nam")
_DATE = re.compile(  # ("ngau": OCR reads the y of "ngày" as a u)
    r"nga[yu]\s{0,3}(?P<djunk>[^\d\s]{0,3})\s{0,2}(?P<d>\d(?:\s?\d)?)?\s{0,3}(?:[^\d\s]{0,2}\s{0,2})?"
    r"th[a-z]{0,2}ng\s{0,3}(?P<mjunk>[^\d\s]{0,2})\s{0,2}(?P<m>\d{1,2})?\s{0,3}(?:[^\d\s]{0,2}\s{0,2})?"
    r"n[a-z]{0,2}m\s{0,3}(?P<y>\d{4})"
)

#: How an enacting authority's line starts (on the key): the body or its head's title.
AUTHORITY_HEADS = (
    "bo truong",
    "uy ban",
    "chinh phu",
    "thu tuong",
    "chu tich",
    "hoi dong",
    "giam doc",
    "tong cuc truong",
    "cuc truong",
    "quoc hoi",
    "thong doc",
    "tong kiem toan",
    "chanh an",
    "vien truong",
)

#: A people's council's session line under its name, part of the enacting authority
#: ("HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI" / "KHÓA XVIII, KỲ HỌP THỨ 13"), on the key.
SESSION = re.compile(r"khoa\s{1,3}[ivxlcdm0-9]{1,8}\b[^\n]{0,12}?\bky\s{1,3}hop\b")

#: "Số:", "Số :", "So:", "Luật số:", "Số" (Party, no colon) before a number or a slash.
# ("-" after the label: a Party number left blank, "Số -CTr/TU")
NUMBER_LABEL = re.compile(r"(?<![a-z])(?:luat\s{0,2})?so\s{0,3}[:;.,]?\s{0,3}(?=[\d/-])")
VV = re.compile(r"(?:v\s{0,2}/\s{0,2}v|viv|vw)(?![a-z])\s{0,2}:?\s{0,2}")
KINH_GUI = re.compile(r"[^a-z0-9]{0,3}kinh\s{0,2}g[a-z]{1,3}(?![a-z])\s{0,2}:?\s{0,2}")
NOI_NHAN = re.compile(r"n[a-z]{0,2}i\s{0,2}nh[a-z]{0,2}n\s{0,2}[:;]?")
#: Lines that always start a paragraph: preamble bases, recipient labels.
STRUCTURAL = re.compile(
    r"(?:can\s{1,3}cu|theo\s{1,3}de\s{1,3}nghi|xet\s{1,3}de\s{1,3}nghi|kinh\s{1,2}gui|noi\s{1,2}nhan)\b"
)


def on_text(key_pattern: str) -> re.Pattern[str]:
    """Compile a pattern written for keys (:func:`key`) so that it matches the text as
    written: every plain lower-case letter becomes the class of characters whose key it is
    ("d" → "[dDđĐ…]"). Matching it on a text gives the same spans as matching
    ``key_pattern`` on the text's key, without making the key. Only for patterns without
    character classes (escapes such as ``\\s`` and ``\\b`` are kept)."""
    out: list[str] = []
    escaped = False
    for c in key_pattern:
        if escaped:
            out.append(c)
            escaped = False
        elif c == "\\":
            out.append(c)
            escaped = True
        elif c == "[":
            raise ValueError("on_text: character classes are not supported")
        elif "a" <= c <= "z":
            chars = sorted({c, *(chr(cp) for cp, k in _KEY_TABLE.items() if k == c)})
            out.append("[" + "".join(re.escape(x) for x in chars) + "]")
        else:
            out.append(c)
    return re.compile("".join(out))


def keyed_chars(letters: str) -> frozenset[str]:
    """Every character whose key is one of ``letters`` (lower-case ASCII letters), the
    letters themselves included (a character outside _KEY_TABLE is its own key)."""
    return frozenset(set(letters) | {chr(cp) for cp, k in _KEY_TABLE.items() if k in letters})


def keyed_class(letters: str) -> str:
    """A character class (with its brackets) of every character whose key is one of
    ``letters`` (lower-case ASCII letters): the class to put on the text as written where a
    pattern for keys has ``[letters]`` (a character outside _KEY_TABLE is its own key)."""
    return "[" + "".join(re.escape(c) for c in sorted(keyed_chars(letters))) + "]"


_AZ_KEYED = keyed_class("abcdefghijklmnopqrstuvwxyz")[1:-1]
#: KINH_GUI on the text as written (each letter and class made the class of the characters
#: keyed to it): matched on a text's first characters it gives the spans KINH_GUI gives on
#: their key, without making the key.
KINH_GUI_TEXT = re.compile(
    rf"[^{_AZ_KEYED}0-9]{{0,3}}{keyed_class('k')}{keyed_class('i')}{keyed_class('n')}{keyed_class('h')}\s{{0,2}}"
    rf"{keyed_class('g')}[{_AZ_KEYED}]{{1,3}}(?![{_AZ_KEYED}])\s{{0,2}}:?\s{{0,2}}"
)


#: STRUCTURAL on the text as written.
STRUCTURAL_TEXT = on_text(STRUCTURAL.pattern)
KEM_THEO = re.compile(r"\(\s{0,2}(?:ban\s{1,2}hanh\s{1,2})?kem\s{1,2}theo\b")

# -- body -------------------------------------------------------------------------------
#: Section markers at the start of a paragraph (on the text as written). Their digits are
#: ASCII ("[0-9]", not "\d"): a section's label is, and "٣. …" in another script's digits
#: stays a paragraph.
MARKER = re.compile(
    r"(?P<kw>Phần|Chương|Mục|Tiểu mục)\s+(?P<kwn>[IVXLCDM]{1,8}|[0-9]{1,3})\b\.?"
    # a part numbered in words ("Phần thứ ba", "Phần mở đầu"): see body.marker_of
    r"|Phần\s{1,3}(?P<pord>thứ\s{1,3}(?:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|mở\s{1,3}đầu)(?!\w)\.?"
    r"|(?P<dieu>Điều)\s+(?P<dn>[0-9]{1,3}[a-zđ]?)\s{0,2}[.:]"
    r"|(?P<roman>[IVXL]{1,6})\s{0,2}(?P<rsep>[.\-–])(?=\s|$)"
    r"|(?P<dec>[0-9]{1,3}(?:\.[0-9]{1,3}){1,4})(?P<decdot>\.?)(?=\s)"
    r"|(?P<arabic>[0-9]{1,3})\.(?=\s|$)"
    r"|(?P<letter>[a-zđ])\)(?=\s|$)"
)
BULLET = re.compile(r"([-+•*])\s+(?=\S)")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Cheap tests run before MARKER (and BULLET, FOOTNOTE_TEXT) on every line: False only where
# the regex cannot match. A marker starting with P, C, M, T or Đ is one of these words; the
# others start with a Roman numeral, an ASCII digit or a letter followed by ")" (the tests
# below also let other scripts' digits through: a superset is safe).
MARKER_WORDS = ("Phần", "Chương", "Mục", "Tiểu mục", "Điều")
WORD_FIRST = frozenset("PCMTĐ")
MARKER_OTHER_FIRST = frozenset("IVXL0123456789")
HEAD_OTHER_FIRST = MARKER_OTHER_FIRST | frozenset("-+•*[" + SUPERSCRIPTS)  # bullets, footnote texts


def may_be_marker(text: str) -> bool:
    """False when MARKER cannot match at the start of ``text``."""
    c = text[:1]
    if c in WORD_FIRST:
        return text.startswith(MARKER_WORDS)
    return c in MARKER_OTHER_FIRST or text[1:2] == ")" or c.isdecimal()


def may_start_paragraph(text: str) -> bool:
    """False when none of MARKER, BULLET and FOOTNOTE_TEXT can match at the start of ``text``."""
    c = text[:1]
    if c in WORD_FIRST:
        return text.startswith(MARKER_WORDS)
    return c in HEAD_OTHER_FIRST or text[1:2] == ")" or c.isdecimal()
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
#: A footnote's own text: "¹ Kế hoạch …" or "[1] Kế hoạch …" at the start of a line.
FOOTNOTE_TEXT = re.compile(rf"(?:(?P<sup>[{SUPERSCRIPTS}]{{1,3}})|\[(?P<br>\d{{1,3}})\])\s+(?=\S)")


def superscript_digits(s: str) -> str:
    return s.translate(_SUPER_TO_DIGIT)


# The national title a scan cut at the page's edge ("CỘNG HOÀ XÃ HỘI É"): the line ends
# within a stray letter or two after "xã hội". Only in capitals (see find_national_title).
_NATIONAL_CUT = re.compile(r"c[a-z]{0,2}ng\s{0,3}h[a-z]{0,2}a\s{0,3}x[a-z]{0,2}\s{0,3}h[a-z]{0,2}i\s{1,3}[a-z]{1,2}\s{0,3}$")


def find_national_title(text: str, k: str | None = None) -> tuple[int, int] | None:
    m = _NATIONAL.search(key(text) if k is None else k)
    return (m.start(), m.end()) if m else None


def find_cut_national_title(text: str, k: str | None = None) -> tuple[int, int] | None:
    """The national title cut at the page's edge, stray letters after it ("CỘNG HOÀ XÃ HỘI
    É"), in capitals: read only in the header, after lines were unwrapped (a title that
    a narrow cell wrapped after "XÃ HỘI" is joined to its second line first)."""
    if k is None:
        k = key(text)
    m = _NATIONAL_CUT.search(k) if "xa" in k else None
    if m is None or not text[m.start() : m.start() + 4].isupper():
        return None  # (running text that wraps after "Cộng hòa xã hội" is no title)
    return (m.start(), m.end())


def find_motto(text: str, k: str | None = None) -> tuple[int, int] | None:
    if k is None:
        k = key(text)
    # (speed: _MOTTO's leftmost match, its two alternatives searched apart. The first,
    # "d…c l…p" (Độc lập), opens on a d that the regex engine looks for directly; it needs
    # an l and a p. The second, "do" and a dash (Tự do – Hạnh phúc), would be tried at
    # every position: it opens at most four characters before its "do" and dash, so it is
    # tried only from four characters before the first of them, and, once the first
    # alternative has matched, only at the places left of that match, where it can win.)
    m = _MOTTO_DOC_RE.search(k) if ("l" in k and "p" in k and "d" in k) else None
    dash = _DO_DASH_RE.search(k) if m is None or m.start() else None  # (none left of the start)
    if dash is not None:
        lo = max(0, dash.start() - 4)
        if m is None:
            m = _MOTTO_DO_RE.search(k, lo)
        else:
            for at in range(lo, m.start()):
                second = _MOTTO_DO_RE.match(k, at)
                if second is not None:
                    m = second
                    break
    if m is None or m.end() - m.start() < 10:
        return None
    return (m.start(), m.end())


def _has_dash(k: str) -> bool:
    return "-" in k or "—" in k or "–" in k or "~" in k


def find_party_title(text: str, k: str | None = None) -> tuple[int, int] | None:
    m = _PARTY.search(key(text) if k is None else k)
    return (m.start(), m.end()) if m else None


def find_date(text: str, k: str | None = None) -> re.Match[str] | None:
    """The "ngày … tháng … năm YYYY" part of a place-and-date line (on the key)."""
    return _DATE.search(key(text) if k is None else k)


# "ngày 05/3/2025" (also with "-" or "."): the date of a place-and-date line written in
# figures, against Phụ lục I, which asks for it in full. Only a whole place-and-date line
# is read this way (see the header); inside other lines it is a citation's date.
_NUMERIC_DATE = re.compile(  # ("ngau": OCR reads the y of "ngày" as a u)
    r"nga[yu]\s{0,3}(?P<d>\d{1,2})\s{0,2}(?P<sep>[/.-])\s{0,2}(?P<m>\d{1,2})\s{0,2}(?P=sep)\s{0,2}(?P<y>\d{4})(?!\d)"
)


def find_numeric_date(text: str, k: str | None = None) -> re.Match[str] | None:
    """The "ngày DD/MM/YYYY" part of a line (on the key), in figures."""
    return _NUMERIC_DATE.search(key(text) if k is None else k)


_TERMINAL = ".;:!?…"
TERMINAL = _TERMINAL  #: what ends a sentence or a list item


# What ends_sentence looks past at the end of a line: closing quotes and brackets, markers.
_END_SKIPPED = frozenset(" ”\"'’»)*]" + SUPERSCRIPTS)
END_SKIPPED = _END_SKIPPED
_TRAILING_REF = re.compile(r"(?:\[\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s{0,2}$")


def ends_sentence(text: str) -> bool:
    """Whether a line ends a sentence or a list item (closing quotes and brackets, and a
    footnote marker, skipped)."""
    if not text:
        return False
    # Most lines end on a letter or a terminal: decided on the last character, unstripped.
    last = text[-1]
    if last in _TERMINAL:
        return True
    if last not in _END_SKIPPED and not last.isspace():
        return False
    t = text.rstrip()
    if not t:
        return False
    last = t[-1]
    if last in _TERMINAL:
        return True
    if last not in _END_SKIPPED:
        return False
    if last == "]" or last in SUPERSCRIPTS:
        t = _TRAILING_REF.sub("", t)
    t = t.rstrip(" ”\"'’»)*")
    return bool(t) and t[-1] in _TERMINAL


_ITEM_ENDS = frozenset(".;")
_ITEM_SKIPPED = frozenset(" ”\"'’»")


def ends_item(text: str) -> bool:
    """Whether text after a section marker is a paragraph: it ends with "." or ";"."""
    # (speed: decided on the last character unless it is one that is skipped)
    last = text[-1:]
    if last in _ITEM_ENDS:
        return True
    if last not in _ITEM_SKIPPED:
        return False
    t = text.rstrip(" ”\"'’»")
    return t.endswith((".", ";"))


def starts_lower(text: str) -> bool:
    """Whether the first letter of ``text`` is lower case (a continuation)."""
    for c in text:
        if c.isalpha():
            return c.islower()
        if c.isdigit():
            return False
    return False


def authority_wraps(first: str, second: str) -> bool:
    """Whether an enacting authority's name may run from line ``first`` onto ``second`` (by
    their lengths): a name a narrow page wrapped ("BỘ TRƯỞNG BỘ THÔNG" / "TIN VÀ TRUYỀN
    THÔNG"), or a council's short name over its organisation's ("HỘI ĐỒNG THÀNH VIÊN" /
    "TỔNG CÔNG TY LƯU KÝ VÀ BÙ TRỪ CHỨNG KHOÁN VIỆT NAM"); longer lines are a summary's."""
    n0, n1 = len(first.split()), len(second.split())
    return (n0 <= 6 and n0 + n1 <= 12) or (n0 <= 4 and n1 <= 12)


def is_upper_line(text: str) -> bool:
    """Capitals only (and at least two characters)."""
    return text.isupper() and len(text) >= 2


def is_mostly_upper(text: str) -> bool:
    """Capitals with some OCR slips ("CUC THUE TP. HO CHi MINH")."""
    # (speed: the first letter decides running text, which is not read whole for it)
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            break
    letters = list(filter(str.isalpha, text))
    if len(letters) < 3 or not letters[0].isupper():
        return False
    return sum(map(str.isupper, letters)) >= 0.85 * len(letters)
