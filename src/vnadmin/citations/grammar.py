"""The grammar of số, ký hiệu: parse a written number/symbol into a :class:`DocumentNumber`.

Styles (spec §4.5, the quick decision table):

* administrative ``05/NQ-HĐND`` — ``<n>/<TYPE>-<ISSUER>[-<ISSUER>…]`` (Nghị định
  30/2020/NĐ-CP, Phụ lục I, mục II.3);
* công văn ``1471/STTTT-TTBCXB`` — ``<n>/<ISSUER>-<UNIT>``, the first group is not a type
  code;
* legal ``30/2020/NĐ-CP`` — ``<n>/<year>/<TYPE>-<ISSUER>``; laws and National Assembly
  resolutions ``64/2025/QH15`` have no type group;
* Party ``05-CT/TW`` — ``<n>-<TYPE>/<ISSUER>`` (Hướng dẫn 36-HD/VPTW).

The number may be blank in a draft (``/BC-SKHCHN``). Parsing repairs what real text does to
a number — NFD, en/em dashes, spaces around separators, ``Ð``/``Ɖ`` for ``Đ``, lower case,
trailing sentence punctuation, a ``Số:`` prefix, ``QD``/``ND`` typed for ``QĐ``/``NĐ`` — and
keeps the text as given in :attr:`DocumentNumber.written`; the defects themselves are
reported by :func:`vnadmin.citations.check_number`, never silently "fixed" in the digits.

>>> str(parse_number("Số: 05/NQ-HĐND"))
'05/NQ-HĐND'
>>> n = parse_number("624/CT-TTHT")
>>> n.style, n.type_code, n.as_cong_van().style
('administrative', 'CT', 'cong_van')
>>> str(parse_number("2463 /QĐ - UBND."))
'2463/QĐ-UBND'
>>> parse_number("64/2025/QH15").type_code is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import attrs

from vnadmin.errors import CitationError, ModelError
from vnadmin.model import doctypes
from vnadmin.model import issuers as issuer_registry
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.number import DocumentNumber
from vnadmin.unicode import DASHES, ascii_digits, normalize, normalize_dashes

__all__ = [
    "DASH_CHARS",
    "NUMBER_RE",
    "ParsedParts",
    "canonical_issuer",
    "parse_number",
    "resolve_type_code",
    "scan_numbers",
    "split_number",
]

# ---------------------------------------------------------------------------------------
# Scanner for running text. Every repetition is bounded and the classes on either side of
# a repetition do not overlap, so a failed attempt at one position costs a bounded number
# of steps: a search over n characters is O(n).
#
# A group of a ký hiệu starts with a letter and continues with letters, digits and "&"
# (BLĐTB&XH, QH15). A separator may carry one space on each side, as typed text does
# ("2463 /QĐ - UBND", "301- KL/TU").
_LETTER = r"[^\W\d_]"
# A group may hold one dot between two abbreviations in capitals, as councils' standing
# committees write theirs ("06/QC-TT.HĐND-UBND", "45/TB-TT.HĐND"): the dot follows a letter
# and a capital and one more capital or digit follow it, so "05/QĐ-UBND.Về …" (a sentence
# without its space) keeps its symbol to "UBND".
_DOTTED = r"(?:(?<=[^\W\d_])\.[A-ZĐ][A-ZĐ0-9&]{1,15})?"
_PLAIN_GROUP = rf"{_LETTER}[^\W_]{{0,23}}(?:&[^\W_]{{1,12}}){{0,2}}"
_GROUP = _PLAIN_GROUP + _DOTTED
_GROUP_MAX = 24 + 2 * 13  # the longest group _PLAIN_GROUP matches (a Party type code)
# Separators: one space (or no-break space) may stand on either side; a hyphen may be any
# dash that real text uses, and may end a line ("134/2016/NĐ-" / "CP"). A group after a
# spaced hyphen must be a capital abbreviation ("2463 /QĐ - UBND"), so that prose after a
# number ("05/QĐ-UBND - Sở Nội vụ …") is not read into its symbol.
DASH_CHARS = "-" + DASHES
_DC = "\\-" + DASHES  # the same, escaped for a character class
_D = f"[{_DC}]"
_SLASH = r"[ \xa0]?/(?:[ \xa0]|\r?\n[ ]{0,40})?"  # a symbol may be cut at the line end after "/"
_UGROUP = r"[A-ZĐ][A-ZĐ0-9&]{0,31}"
_NEXT_GROUP = rf"(?:{_D}(?:\r?\n[ ]{{0,40}})?{_GROUP}|(?:[ \xa0]{_D}(?:[ \xa0]|\r?\n[ ]{{0,40}})?|{_D}[ \xa0]){_UGROUP})"

# A date word or "của" typed without its space after a symbol's last capital or digit
# ("381/ĐA-CPngày 09 tháng 5 năm 2025", "6425/UBND-THKHngày 23 tháng 7"): the symbol ends
# before it, as no group ends in one of these words. (Tested where a match would end, so
# the groups' characters cost nothing more.)
_GLUED = r"(?<=[A-ZĐ0-9])(?:ngày|năm|của)(?![^\W\d_])"

NUMBER_RE = re.compile(
    rf"""
    (?<![\w/&.,{_DC}])          # not inside a longer token
    # (the two branches exclude each other: after the digits and a space comes "/" or a
    # dash; the common State form is tried first, sparing it the Party branch's backtracking)
    (?:
        (?:(?P<num>\d{{1,7}}(?:\.\d{{1,2}})?)[ \xa0]?|(?<!\d[ \xa0]))/(?:[ \xa0]|\r?\n[ ]{{0,40}})?   # blank: /BC-SKHCHN
        (?:(?P<year>\d{{4}}){_SLASH})?
        (?P<groups>{_GROUP}{_NEXT_GROUP}{{0,7}})             # 05/NQ-HĐND, 30/2020/NĐ-CP
      |
        (?P<pnum>\d{{1,7}})[ \xa0]?{_D}[ \xa0]?(?P<ptype>{_PLAIN_GROUP}){_SLASH}
        (?P<pgroups>{_GROUP}{_NEXT_GROUP}{{0,5}})            # Party: 05-CT/TW
    )
    (?!(?!{_GLUED})[\w&]|[ \xa0]?/[ \xa0]?\w|{_D}\w)  # the symbol ends here,
    (?<![A-ZĐ0-9]ngày)(?<![A-ZĐ0-9]năm)(?<![A-ZĐ0-9]của)  # before a glued word, not after it
    """,
    re.VERBOSE,
)
"""Finds number/symbol tokens in running text, en/em dashes and no-break spaces included.
Linear time; a match is a candidate for :func:`parse_number`, which decides what it is."""



def _number_start(text: str, slash: int) -> int:
    """Where a number token whose (first) slash is at ``slash`` would begin."""
    j = slash
    if j > 0 and text[j - 1] in " \xa0":
        j -= 1
    digits = -1  # where the digits right before the slash start (-1: none)
    if j > 0 and text[j - 1].isdigit():
        k = j - 1
        while k > 0 and text[k - 1].isdigit() and j - k < 7:
            k -= 1
        if k > 2 and text[k - 1] == "." and j - k <= 2 and text[k - 2].isdigit():
            # a number in a series ("66.11/2026/NQ-CP"): its digits before the dot
            d = k - 1
            while d > 0 and text[d - 1].isdigit() and k - d < 9:
                d -= 1
            if not (d > 0 and (text[d - 1].isalnum() or text[d - 1] in "&.,")):
                return d
        if not (k > 0 and (text[k - 1].isalpha() or text[k - 1] == "&")):
            return k
        digits = k  # a letter before them: they may end a Party type code ("05-A0/TW")
    if j > 0 and text[j - 1].isalnum():
        # Party: <digits>[ ]-[ ]<TYPE>/ — walk back over the type code (letters, digits and
        # "&", as long as _GROUP allows)
        k = j - 1
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "&") and j - k < _GROUP_MAX:
            k -= 1
        if k > 0 and text[k - 1] in " \xa0":
            k -= 1
        if k > 0 and text[k - 1] in DASH_CHARS:
            k -= 1
            if k > 0 and text[k - 1] in " \xa0":
                k -= 1
            d = k
            while d > 0 and text[d - 1].isdigit() and k - d < 7:
                d -= 1
            if d < k:
                return d
    return slash if digits < 0 else digits


# A "/" that can be the first slash of a number: a letter after it (one space allowed), or
# a four-digit year and another "/". The pattern starts with a literal, so the regex engine
# skips to each "/" with a fast search; dates ("29/7/2022") are turned down without Python.
# The second slash of "/2020/" is skipped as well (a third of the hits, all inside a number
# found from the first one): no number starts there, as the lookbehind of NUMBER_RE refuses
# the digits after a "/" and the slash after a digit.
_SLASH_RE = re.compile(r"/(?<!/\d{4}/)(?=(?:[ \xa0]|\r?\n[ ]{0,40})?(?:[^\W\d_]|\d{4}[ \xa0]?/))")


def scan_numbers(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`NUMBER_RE` in ``text``, found from a pre-scan for ``/``
    (most of the text is never looked at by anything slower than a literal search)."""
    match = NUMBER_RE.match
    done = 0  # the end of the last number found: slashes inside it are skipped
    # the slashes first, in one pass of the regex engine
    for i in [hit.start() for hit in _SLASH_RE.finditer(text)]:
        if i < done:
            continue
        start = _number_start(text, i)
        m = match(text, start)
        if (m is None or m.end() <= i) and start != i:
            # nothing starts where a number or a Party code would: a blank number may start
            # at the slash itself ("A0-A /A" holds "/A"), as the regex's own scan finds
            m = match(text, i)
        if m is not None and m.end() > i:
            yield m
            done = m.end()


# ---------------------------------------------------------------------------------------
# Parser for one number string.

_PREFIX_RE = re.compile(r"(?:luật[ \t]{1,4})?(?:số|so)[ \t]{0,4}:?[ \t]{0,4}", re.IGNORECASE)
_TRAILING = ".,;:)]"
MAX_DIGITS = 9  # a sequence number never runs this long (real ones: up to 6 digits)
MAX_GROUP = 32  # nor does an abbreviation group (real ones: up to ~12 letters)
MAX_LENGTH = 120  # nor a whole number/symbol (the longest real joint symbols: ~40)
_SPACE = " \t\r\n"


@attrs.frozen
class ParsedParts:
    """The raw pieces of a number string before styles are decided: the number, the
    segments with the separator that follows each, and where each began (0-based columns in
    the normalised text)."""

    text: str
    number: str | None
    year: str | None
    party: bool
    groups: tuple[str, ...]
    columns: tuple[int, ...]
    prefix: str
    spaced: bool


def _error(message: str, text: str, column: int) -> CitationError:
    return CitationError(f"{message}: {text!r}", line=1, column=column + 1)


def _is_group_char(ch: str) -> bool:
    return ch.isalnum() or ch == "&"


def _group_end(core: str, i: int, n: int) -> int:
    """The end of the group starting at ``core[i]``: group characters, and a dot between
    two letters ("TT.HĐND": a standing committee's abbreviation)."""
    j = i
    while j < n:
        ch = core[j]
        if _is_group_char(ch) or (ch == "." and j > i and j + 1 < n and core[j - 1].isalpha() and core[j + 1].isalpha()):
            j += 1
            continue
        break
    return j


def _series_end(core: str, i: int, j: int, n: int) -> int:
    """The end of a leading number in a series ("66.11/2026/NQ-CP": digits, one dot, one or
    two digits), or ``j`` (the end of the group at ``i``) when ``core[i:j]`` is none."""
    if j < n and core[j] == "." and core[i:j].isdecimal():
        k = j + 1
        while k < n and k - j <= 3 and core[k].isdecimal():
            k += 1
        if 1 < k - j <= 3 and (k == n or not core[k].isalnum()):
            return k
    return j


def _is_number_token(word: str) -> bool:
    """A leading group that is a sequence number: digits, or a number in a series."""
    head, dot, tail = word.partition(".")
    return head.isdecimal() and (not dot or tail.isdecimal())


def _clean(s: str) -> tuple[str, str, int]:
    """NFC, dash and Đ repairs, strip prefix and trailing punctuation.

    Returns (core, normalised whole text, offset of core in it)."""
    if not isinstance(s, str):
        raise TypeError(f"parse_number expects str, not {type(s).__name__}")
    text = normalize_dashes(normalize(s))
    start, end = 0, len(text)
    while start < end and text[start] in _SPACE:
        start += 1
    m = _PREFIX_RE.match(text, start)
    # "Số" only counts as a prefix when something number-like follows it.
    if m is not None and m.end() < end and (text[m.end()].isdigit() or text[m.end()] == "/"):
        start = m.end()
    while end > start and (text[end - 1] in _SPACE or text[end - 1] in _TRAILING):
        end -= 1
    # "(" "[" around a whole number: drop an opening bracket matched by a stripped closer.
    while start < end and text[start] in "([":
        start += 1
        while start < end and text[start] in _SPACE:
            start += 1
    return text[start:end], text, start


def _tokens(core: str, offset: int, s: str) -> tuple[list[tuple[str, str, int]], bool]:
    """The tokens of a cleaned number string: ("w", text, col) for a group, ("/"|"-", sep,
    col) for a separator; and whether spaces stood around a separator."""
    tokens: list[tuple[str, str, int]] = []
    spaced = False
    i, n = 0, len(core)
    while i < n:
        ch = core[i]
        if _is_group_char(ch):
            j = _group_end(core, i, n)
            if not tokens:
                j = _series_end(core, i, j, n)
            if tokens and tokens[-1][0] == "w":
                raise _error(
                    "thiếu dấu '/' hoặc '-' giữa hai nhóm (a '/' or '-' is missing between two groups)",
                    s,
                    offset + i,
                )
            limit = MAX_DIGITS if core[i:j].isdecimal() else MAX_GROUP
            if j - i > limit:
                raise _error(
                    f"nhóm dài quá {limit} ký tự (a group longer than {limit} characters)",
                    s,
                    offset + i + limit,
                )
            tokens.append(("w", core[i:j], offset + i))
            i = j
        elif ch in "/-":
            if not tokens and ch == "-":
                raise _error("không được bắt đầu bằng '-' (must not start with '-')", s, offset + i)
            if tokens and tokens[-1][0] != "w":
                raise _error(
                    "nhóm rỗng giữa hai dấu phân cách (empty segment between two separators)",
                    s,
                    offset + i,
                )
            tokens.append((ch, ch, offset + i))
            i += 1
        elif ch in _SPACE:
            j = i
            while j < n and core[j] in _SPACE:
                j += 1
            # Spaces are tolerated only next to a separator ("2463 /QĐ - UBND").
            before_sep = j < n and core[j] in "/-"
            after_sep = bool(tokens) and tokens[-1][0] != "w"
            if not (before_sep or after_sep):
                raise _error(
                    "dấu cách giữa hai nhóm thay cho '/' hoặc '-' (a space where '/' or '-' is expected)",
                    s,
                    offset + i,
                )
            spaced = True
            i = j
        else:
            raise _error(f"ký tự không hợp lệ {ch!r} (character not allowed in a number/symbol)", s, offset + i)
    return tokens, spaced


# A number written tight in the common alphabet ("833/QĐ-UBND", "30/2020/NĐ-CP", "05-CT/TW"):
# its parts are read from one match. Anything else (spaces, a prefix, punctuation, other
# letters, a blank number, a defect) goes the general way, which gives the same parts.
_TIGHT_GROUP = "[A-Za-zĐđ][A-Za-zĐđ0-9&]{0,31}"
_TIGHT = re.compile(
    rf"(?P<num>[0-9]{{1,9}}(?:\.[0-9]{{1,2}})?)(?:-(?P<ptype>{_TIGHT_GROUP})/|/(?:(?P<year>[0-9]{{4}})/)?)"
    rf"(?P<rest>{_TIGHT_GROUP}(?:-{_TIGHT_GROUP}){{0,15}})"
)


def split_number(s: str) -> ParsedParts:
    """Tokenise a number string into its parts; raise :class:`CitationError` (with a
    1-based column in the normalised text) when it has no valid shape."""
    m = _TIGHT.fullmatch(s) if len(s) <= MAX_LENGTH else None
    if m is not None:
        ptype = m.group("ptype")
        groups: list[str] = [] if ptype is None else [ptype]
        columns: list[int] = [] if ptype is None else [m.start("ptype")]
        col = m.start("rest")
        for g in m.group("rest").split("-"):
            groups.append(g)
            columns.append(col)
            col += len(g) + 1
        return ParsedParts(
            text=s,
            number=m.group("num"),
            year=m.group("year"),
            party=ptype is not None,
            groups=tuple(groups),
            columns=tuple(columns),
            prefix="",
            spaced=False,
        )
    core, whole, offset = _clean(s)
    if len(core) > MAX_LENGTH:
        raise _error(
            f"dài quá {MAX_LENGTH} ký tự, không phải một số, ký hiệu (longer than {MAX_LENGTH} characters: not a number/symbol)",
            s,
            offset + MAX_LENGTH,
        )
    if not core:
        raise _error("chuỗi rỗng, không có số, ký hiệu (empty string, no number/symbol)", s, 0)
    tokens, spaced = _tokens(core, offset, s)
    if tokens[-1][0] != "w":
        raise _error(
            f"kết thúc bằng '{tokens[-1][1]}', thiếu nhóm sau nó (ends with '{tokens[-1][1]}', a group is missing after it)",
            s,
            tokens[-1][2],
        )
    words = [t for t in tokens if t[0] == "w"]
    seps = [t[0] for t in tokens if t[0] != "w"]
    prefix = whole[:offset].strip()

    number: str | None = None
    if tokens[0][0] == "w":
        if not _is_number_token(tokens[0][1]):
            raise _error(
                "số, ký hiệu phải bắt đầu bằng số thứ tự hoặc '/' (must start with the number or '/')",
                s,
                tokens[0][2],
            )
        number = ascii_digits(tokens[0][1])
        words = words[1:]
        if not seps:
            raise _error("chỉ có số, thiếu ký hiệu (a number without a symbol)", s, tokens[0][2])
    first_sep = seps[0]
    rest_seps = seps[1:]

    if first_sep == "-":
        # Party: <n>-<TYPE>/<ISSUER>[-…]
        if len(words) < 2 or not rest_seps or rest_seps[0] != "/" or "/" in rest_seps[1:]:
            raise _error(
                "số Đảng phải có dạng <số>-<LOẠI>/<CƠ QUAN> (a Party number is <n>-<TYPE>/<ISSUER>)",
                s,
                tokens[0][2],
            )
        return ParsedParts(
            text=s,
            number=number,
            year=None,
            party=True,
            groups=tuple(w[1] for w in words),
            columns=tuple(w[2] for w in words),
            prefix=prefix,
            spaced=spaced,
        )

    year: str | None = None
    if words and words[0][1].isdecimal():
        if len(words[0][1]) != 4 or not rest_seps or rest_seps[0] != "/":
            raise _error(
                "sau số thứ tự chỉ có thể là năm gồm 4 chữ số rồi '/' (after the number only a 4-digit year and '/' may come)",
                s,
                words[0][2],
            )
        year = ascii_digits(words[0][1])
        words = words[1:]
        rest_seps = rest_seps[1:]
    if not words:
        raise _error(
            "không có ký hiệu sau dấu '/' (nothing after the slash: the symbol is missing)",
            s,
            len(whole),
        )
    if "/" in rest_seps:
        bad = [t for t in tokens if t[0] == "/"][-1]
        raise _error(
            "dấu '/' thừa trong ký hiệu (an extra '/' inside the symbol)", s, bad[2]
        )
    for w in words:
        if w[1].isdecimal():
            raise _error("nhóm ký hiệu chỉ có chữ số (a symbol group made only of digits)", s, w[2])
    return ParsedParts(
        text=s,
        number=number,
        year=year,
        party=False,
        groups=tuple(w[1] for w in words),
        columns=tuple(w[2] for w in words),
        prefix=prefix,
        spaced=spaced,
    )


@lru_cache(maxsize=4096)
def resolve_type_code(code: str, system: str) -> tuple[DocumentType | None, bool]:
    """The registry type for ``code`` looked up in ``system`` first, and whether it was
    found only by the lenient match (``QD`` for ``QĐ``)."""
    t = doctypes.by_code(code, system)
    if t is not None:
        return t, False
    t = doctypes.by_code(code, system, lenient=True)
    return t, t is not None


@lru_cache(maxsize=4096)
def _registry_case(t: DocumentType, code: str) -> str:
    """The registry's spelling of ``code`` for type ``t`` (its code or one of its aliases)."""
    from vnadmin.unicode import ascii_fold, fold

    key = fold(code)
    for c in (t.code, *t.aliases):
        if c is not None and fold(c) == key:
            return c
    akey = ascii_fold(code)
    for c in (t.code, *t.aliases):
        if c is not None and ascii_fold(c) == akey:
            return c
    return t.code or code


@lru_cache(maxsize=8192)
def canonical_issuer(group: str) -> str:
    """The canonical spelling of an issuer/unit group: as written when it has no lower-case
    letter; otherwise the registry's case (``ttg`` → ``TTg``, ``ubnd`` → ``UBND``), or upper
    case for an unknown all-lower-case group."""
    if not any(c.islower() for c in group):
        return group
    known = issuer_registry.lookup(group)
    if known is not None:
        stem = known.code
        if known.numbered:
            return stem + group[len(stem):]
        return stem
    if not any(c.isupper() for c in group):
        return group.upper()
    return group


def _type_in(code: str, system: str) -> tuple[str, bool] | None:
    t, repaired = resolve_type_code(code, system)
    if t is None:
        return None
    return _registry_case(t, code), repaired


def parse_number(s: str) -> DocumentNumber:
    """Parse a written số, ký hiệu into a :class:`~vnadmin.model.DocumentNumber`.

    ``written`` keeps ``s`` exactly as given. Raises :class:`~vnadmin.errors.CitationError`
    (a ``ValueError``) with a 1-based column when ``s`` has no valid shape.

    >>> parse_number("Số: 05-CT/TW")
    DocumentNumber('05-CT/TW', style='party')
    >>> parse_number("12/2015/TTLT-BTC-BNV").issuers
    ('BTC', 'BNV')
    >>> parse_number("142/ttr-SKHCN").type_code
    'TTr'
    >>> parse_number("30/2020/ND-CP").type_code
    'NĐ'
    """
    found = _parse_cached(s)
    if isinstance(found, CitationError):
        # a fresh traceback each time: re-raising one instance would keep growing its own
        raise found.with_traceback(None)
    return found


@lru_cache(maxsize=8192)
def _parse_cached(s: str) -> DocumentNumber | CitationError:
    """The number, or the error to raise (failures are remembered too: running text repeats
    the same broken strings)."""
    try:
        parts = split_number(s)
        try:
            return _build(parts)
        except ModelError as exc:
            raise _error(f"số, ký hiệu không hợp lệ — {exc.message}", s, 0) from exc
    except CitationError as exc:
        # Kept in the cache without tracebacks: a traceback holds its frames, and they hold
        # their callers' frames with every local in them (a whole document's blocks and
        # paragraphs, read when the error was first met) for as long as the cache lives.
        exc.__traceback__ = None
        cause = exc.__cause__ or exc.__context__
        while cause is not None:
            cause.__traceback__ = None
            cause = cause.__cause__ or cause.__context__
        return exc


def _build(parts: ParsedParts) -> DocumentNumber:
    groups = parts.groups
    if parts.party:
        found = _type_in(groups[0], "party")
        type_code = found[0] if found else groups[0]
        return DocumentNumber(
            parts.number,
            type_code=type_code,
            issuers=tuple(canonical_issuer(g) for g in groups[1:]),
            style="party",
            written=parts.text,
        )
    if parts.year is not None:
        if len(groups) == 1:
            return DocumentNumber(
                parts.number,
                year=int(parts.year),
                issuers=(canonical_issuer(groups[0]),),
                style="legal",
                written=parts.text,
            )
        found = _type_in(groups[0], "legal")
        type_code = found[0] if found else groups[0]
        return DocumentNumber(
            parts.number,
            year=int(parts.year),
            type_code=type_code,
            issuers=tuple(canonical_issuer(g) for g in groups[1:]),
            style="legal",
            written=parts.text,
        )
    found = _type_in(groups[0], "state")
    if found is not None:
        if len(groups) == 1:
            raise _error(
                f"có mã loại {found[0]} nhưng thiếu cơ quan ban hành sau nó "
                f"(type code {found[0]} with no issuer after it)",
                parts.text,
                parts.columns[0],
            )
        return DocumentNumber(
            parts.number,
            type_code=found[0],
            issuers=tuple(canonical_issuer(g) for g in groups[1:]),
            style="administrative",
            written=parts.text,
        )
    return DocumentNumber(
        parts.number,
        issuers=(canonical_issuer(groups[0]),),
        unit="-".join(canonical_issuer(g) for g in groups[1:]) or None,
        style="cong_van",
        written=parts.text,
    )
