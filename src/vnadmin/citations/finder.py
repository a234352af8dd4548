"""Find citations of other documents in running prose: :func:`find_citations`.

A citation is built around what anchors it:

* a number/symbol (``833/QĐ-UBND``) found by :func:`~vnadmin.citations.grammar.scan_numbers`;
  the type is the type word nearest before it (``Công văn Hướng dẫn 02/HD-SNV`` is a Hướng
  dẫn), or the type shared by a list (``các Quyết định số 833/…, số 128/…``), or the one its
  code names;
* a law, code or ordinance cited by name and date or year (``Luật Tổ chức chính quyền địa
  phương ngày 19 tháng 6 năm 2015``, ``Bộ luật Dân sự năm 2015``), with ``number`` ``None``.

Around the anchor it reads a pinpoint before the type (``điểm a khoản 1 Điều 3``), and after
the number a date (``ngày 29/7/2022``, ``ngày 29 tháng 7 năm 2022``) and the issuer after
"của" (``UBND tỉnh``). Spans are character offsets into the string passed in, even when it
is NFD or uses en dashes. The document's own number in its header (``Số: /BC-SKHCHN`` at the
start of a line) is not a citation.

>>> [c.number for c in find_citations("theo Quyết định số 833/QĐ-UBND ngày 29/7/2022 của UBND tỉnh")]
[DocumentNumber('833/QĐ-UBND', style='administrative')]
>>> c = find_citations("khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP")[0]
>>> str(c.pinpoint), c.doc_type.name, c.span
('khoản 2 Điều 5', 'Nghị định', (0, 41))
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add, itemgetter
from typing import Any, NamedTuple

from vnadmin._collector import collector_paused
from vnadmin.citations.grammar import DASH_CHARS, _parse_cached, scan_numbers
from vnadmin.citations.view import MARK_RE as _MARK_RE
from vnadmin.citations.view import Offsets as _Offsets
from vnadmin.citations.view import matching_view as _view
from vnadmin.citations.view import spans_back as _spans_back
from vnadmin.citations.vocab import Vocabulary, vocabulary
from vnadmin.errors import CitationError
from vnadmin.model import doctypes
from vnadmin.model._trusted import new, slot_setters
from vnadmin.model.citation import Citation, Pinpoint
from vnadmin.model.doctypes import DocumentType
from vnadmin.model.number import DocumentNumber
from vnadmin.unicode import ascii_fold, fold

__all__ = ["find_citations", "find_citations_each", "find_citations_where"]

# The text matched on is the caller's, with NFD stretches composed: see citations/view.py.
_DASH_SET = frozenset(DASH_CHARS)


# -- small regular expressions (all bounded, all anchored with .match) -------------------
_WS = r"[\s*]{0,80}"  # markdown emphasis ("*") counts as space
_WS1 = r"[\s*]{1,80}"
# "ngày 29/7/2022", "ban hành ngày 29 tháng 7 năm 2022" (after the number: a comma may
# stand before it; after the issuer it may not, where "…, ngày 15/3 Sở đã …" starts a clause).
_DATE_TAIL = rf"""(?i:ban{_WS1}hành{_WS1})?(?i:ngày){_WS}
    (?P<date>
        (?P<d>\d{{1,2}}){_WS}
        (?:
            (?P<sep>[/.\-\u2013\u2014]){_WS}(?P<m>\d{{1,2}}){_WS}(?P=sep){_WS}(?P<y>\d{{4}})
          | (?i:tháng){_WS}(?P<m2>\d{{1,2}}){_WS}(?i:năm){_WS}(?P<y2>\d{{4}})
        )
    )(?!\d)"""
_DATE = rf"{_WS}(?:,{_WS})?{_DATE_TAIL}"
_LATE_DATE_RE = re.compile(rf"{_WS}{_DATE_TAIL}", re.VERBOSE)
_OF = rf"{_WS}(?:,{_WS})?(?i:của|cuả){_WS1}"
_DATE_RE = re.compile(_DATE, re.VERBOSE)
_YEAR_RE = re.compile(rf"{_WS1}(?P<kw>(?i:năm)){_WS1}(?P<year>\d{{4}})(?!\d)")
_OF_RE = re.compile(_OF)
_LIST_JOIN_RE = re.compile(rf"{_WS}(?:[,;]{_WS})?(?:(?i:và){_WS1})?")  # between two items of a list
_BETWEEN_RE = re.compile(rf"{_WS}(?:,{_WS})?(?i:giữa){_WS1}")  # a joint document's issuers
# What a law cited by name needs after it: a date or a year (a superset of both patterns).
_LAW_DATE_HINT = re.compile(rf"(?i:ngày|năm){_WS}\d")
# What follows a number, in one match: a date, then "của" before the issuer (either may be
# missing; the match may be empty).
_AFTER_RE = re.compile(rf"(?:{_DATE})?(?P<of>{_OF})?", re.VERBOSE)
_PARAGRAPH_RE = re.compile(r"\n[ \t\r]{0,80}\n|\f")
_WORD_RE = re.compile(r"[^\W_]+(?:&[^\W_]+)*|[^\w\s*]")  # "*" and "_" are skipped
_SKIPPED = "*_"  # characters _WORD_RE skips
_DATE_WORDS = ("năm", "ngày", "NĂM", "NGÀY")

# Folded keys of the words the finder looks for (fold moves tone marks: "của" → "cuả").
_K_CUA, _K_CAC, _K_SO, _K_VA = fold("của"), fold("các"), fold("số"), fold("và")
_K_NGAY, _K_NAM, _K_DOI, _K_BO = fold("ngày"), fold("năm"), fold("đổi"), fold("bổ")
_K_LUAT, _K_TP = fold("luật"), fold("tp")
_K_SO_COLON = fold("số:")
_SO_KEYS = frozenset({_K_SO, _K_SO_COLON})  # (a constant set: a tuple of globals is built per test)

_BACK = 72  # characters looked at before a number (type word, "số", a pinpoint)
_BACK_FAR = 240  # … and when a law's name may run further back
_AHEAD = 64  # characters looked at for an issuer …
_AHEAD_FAR = 240  # … and when its name runs to the end of that window
_MAX_QUALIFIERS = 4  # words between a type word and "số"/the number
_MAX_NAME = 24  # words in a law's name
_MAX_ISSUER = 16  # words in a body's name
_LAW_WINDOW = 220  # characters looked at after a law word for its name and date


class _Toks:
    """The words and punctuation marks of ``view[lo:hi]`` (as :data:`_WORD_RE` would find
    them): ``text`` and folded ``key`` lists; offsets (``s``, ``e``) on first use.

    Splitting on white space first and using the regex only on chunks that are not plain
    words is several times faster than running the regex over the window."""

    __slots__ = ("_back", "_pos", "hi", "key", "lo", "n", "text", "view")

    def __init__(self, view: str, lo: int, hi: int, *, from_end: bool = False) -> None:
        self.view, self.lo, self.hi = view, lo, hi
        text: list[str] = []
        append = text.append
        for chunk in view[lo:hi].split():
            if chunk.isalnum():
                append(chunk)
                continue
            # a word with one mark after it ("2022,", "tỉnh;") or before it ("(Quyết"):
            # the mark is a token of its own unless it is "*" or "_", which are skipped
            last = chunk[-1]
            if last not in _SKIPPED and chunk[:-1].isalnum() and not last.isalnum():
                append(chunk[:-1])
                append(last)
                continue
            first = chunk[0]
            if first not in _SKIPPED and chunk[1:].isalnum() and not first.isalnum():
                append(first)
                append(chunk[1:])
                continue
            text.extend(_WORD_RE.findall(chunk))
        self.text = text
        self.n = len(text)  # the number of tokens (read often: an attribute, not len())
        self.key = list(map(_key, text))
        self._pos: list[int] = []  # offsets of the first tokens, found left to right
        # offsets of the last tokens, found right to left (windows that end at a number
        # only ever ask for those), or None to go left to right only
        self._back: list[int] | None = [] if from_end else None

    def __len__(self) -> int:
        return len(self.text)

    def s(self, i: int) -> int:
        """The offset in the view where token ``i`` starts."""
        pos = self._pos
        if i < len(pos):
            return pos[i]
        back = self._back
        text = self.text
        if back is not None:
            n = len(text)
            k = n - 1 - i  # index counted from the end
            if k >= len(back):
                rfind = self.view.rfind
                cur = back[-1] if back else self.hi
                for j in range(n - 1 - len(back), i - 1, -1):
                    cur = rfind(text[j], self.lo, cur)
                    back.append(cur)
            return back[k]
        find, hi = self.view.find, self.hi
        cur = pos[-1] + len(text[len(pos) - 1]) if pos else self.lo
        for j in range(len(pos), i + 1):
            cur = find(text[j], cur, hi)
            pos.append(cur)
            cur += len(text[j])
        return pos[i]

    def e(self, i: int) -> int:
        return self.s(i) + len(self.text[i])

    def word(self, i: int) -> bool:
        return self.text[i][0].isalnum()

    def cap(self, i: int) -> bool:
        return self.text[i][0].isupper()


class _KeyCache(dict[str, str]):
    """The folded keys of words, memoised (bounded): ``_KEYS[w] == fold(w)``."""

    def __missing__(self, w: str) -> str:
        k = fold(w)
        if len(self) < 200_000:
            self[w] = k
        return k


_KEYS = _KeyCache()
_key = _KEYS.__getitem__


class _AsciiCache(dict[str, str]):
    """The ASCII keys of words, memoised (bounded): ``_ASCII[w] == ascii_fold(w)``. A dict
    with ``__missing__`` is read in C, several times faster than an lru_cache call."""

    # the instance's ``clear``, under the name the benchmark's first reading looks for on
    # every cache (an attribute of the instance only: the class has no such method)
    cache_clear: Callable[[], None]

    def __missing__(self, w: str) -> str:
        k = ascii_fold(w)
        if len(self) < 65536:
            self[w] = k
        return k


_ASCII = _AsciiCache()
_ASCII.cache_clear = _ASCII.clear
_ascii_word = _ASCII.__getitem__


def _is_luat(line: str) -> bool:
    """``fold(line) == "luật"``, without folding the lines that cannot be: the word folds
    from at most six code points (ậ may be written a + two marks), and only characters
    that are not printable (zero-width ones, controls, odd spaces) can vanish in folding."""
    return (len(line) <= 6 or not line.isprintable()) and fold(line) == _K_LUAT


def _is_so(key: str) -> bool:
    """"số", also as OCR and typing leave it ("So", "sô", "SÓ")."""
    return key == _K_SO or (len(key) == 2 and _ascii_word(key) == "so")


# -- dates -----------------------------------------------------------------------------


def _read_date(view: str, pos: int) -> tuple[_dt.date | None, str, int, int] | None:
    """(date, written, start of the written date, end) for a date starting at ``pos``."""
    m = _DATE_RE.match(view, pos)
    if m is None:
        return None
    d, mo, mo2, y, y2 = m.group("d", "m", "m2", "y", "y2")
    return _date_of(d, mo or mo2, y or y2), m.group("date"), m.start("date"), m.end()


# The date of each written date _AFTER_RE has read ("29/7/2022", "29 tháng 7 năm 2022"):
# the written form alone decides the day, month and year the pattern's groups hold.
_DATES_WRITTEN: dict[str, _dt.date | None] = {}
_UNREAD: Any = object()  # no entry in _DATES_WRITTEN


@lru_cache(maxsize=8192)
def _date_of(day: str, month: str, year: str) -> _dt.date | None:
    """The date of written day, month and year digits; ``None`` when there is no such day."""
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


# -- issuers ---------------------------------------------------------------------------


def _read_issuer(view: str, pos: int, voc: Vocabulary) -> tuple[str, int] | None:
    """The body named after "của" at ``pos``: (name with spaces collapsed, end offset)."""
    m = _OF_RE.match(view, pos)
    if m is None:
        return None
    return _issuer_at(view, m.end(), voc)


def _issuer_at(view: str, at: int, voc: Vocabulary) -> tuple[str, int] | None:
    """The body named at ``at`` (just after "của"): (name with spaces collapsed, end)."""
    quick = _quick_issuer(view, at, voc)  # the common shapes, without a _Toks
    if quick is not _MORE:
        return quick  # type: ignore[return-value]
    return _read_issuer_at(view, at, voc)


def _read_issuer_at(view: str, at: int, voc: Vocabulary) -> tuple[str, int] | None:
    """:func:`_issuer_at` the general way: the tokens of a window, read by _issuer_extent."""
    for ahead in (_AHEAD, _AHEAD_FAR):
        hi = min(len(view), at + ahead)
        brk = _PARAGRAPH_RE.search(view, at, hi)
        if brk is not None:
            hi = brk.start()
        toks = _Toks(view, at, hi)
        end = _issuer_extent(toks, 0, voc)
        if end < toks.n or hi == len(view) or brk is not None:
            break  # the name ended inside the window
    if end == 0:
        return None
    last = toks.e(end - 1)
    return " ".join(view[toks.s(0) : last].replace("*", " ").split()), last


_QUICK_CHUNKS = 8  # words looked at by _quick_issuer (a body's name and what follows it)


def _quick_issuer(view: str, at: int, voc: Vocabulary) -> tuple[str, int] | object | None:
    """:func:`_issuer_at`'s answer for the common shapes, read from the plain words of its
    first window: a known body, or a title then a known body ("Bộ trưởng Bộ Tài chính"),
    then a locality and its capitalised name ("tỉnh Quảng Ngãi") or nothing, then a word
    that is not capitalised or a mark that is no dash; or no issuer, where no body, title
    or head starts. ``_MORE`` for anything else (the general reading decides). Each step is the general reading's (_issuer_extent,
    _after_body, _locality, _place, _parent) on those shapes."""
    hi = at + _AHEAD
    window = view[at:hi]
    complete = hi >= len(view)  # whether the tokens below are all the window's
    if window.count("\n") > 1 or "\f" in window:  # (a paragraph break needs two newlines)
        brk = _PARAGRAPH_RE.search(window)
        if brk is not None:
            window = window[: brk.start()]
            complete = True
    chunks = window.split(None, _QUICK_CHUNKS)
    if len(chunks) > _QUICK_CHUNKS:
        chunks.pop()  # the rest of the window, not split
        complete = False
    elif not complete and chunks:
        chunks.pop()  # the window's end may cut it
    # the tokens _Toks cuts from plain words and words with one mark glued to them, up to the
    # first chunk of any other kind
    text: list[str] = []
    append = text.append
    for chunk in chunks:
        if chunk.isalnum():
            append(chunk)
            continue
        last = chunk[-1]
        if last not in _SKIPPED and chunk[:-1].isalnum() and not last.isalnum():
            append(chunk[:-1])
            append(last)
            continue
        first = chunk[0]
        if first not in _SKIPPED and chunk[1:].isalnum() and not first.isalnum():
            append(first)
            append(chunk[1:])
            continue
        if len(chunk) == 1 and first not in _SKIPPED:
            append(first)  # a mark alone ("Lao động - Thương binh"), as _WORD_RE finds it
            continue
        complete = False
        break
    m = len(text)
    if m == 0:
        return _MORE
    if not text[0][0].isupper():
        return None  # a name starts with a capital
    keys = list(map(_key, text))
    n = _known(voc, "body", keys, 0, complete)
    if n < 0:
        return _MORE
    if n == 0:
        # a title, then a body or nothing capitalised ("Thủ tướng."); a head is read the
        # general way
        n = _known(voc, "title", keys, 0, complete)
        if n == 0 and _known(voc, "head", keys, 0, complete) == 0:
            return None  # no body, title or head starts here ("Nghị quyết này", "Luật …")
        if n <= 0 or (n == m and not complete):
            return _MORE
        if n < m and text[n][0].isupper():
            nb = _known(voc, "body", keys, n, complete)
            if nb <= 0:
                return _MORE
            n += nb
        else:
            return _found(view, at, text, n)
    # the body ends at text[n]: a locality and its name, or a place (read the general way
    # unless the next token is not capitalised), then a parent after a dash (general way)
    if n == m:
        return _found(view, at, text, n) if complete else _MORE
    loc = _known(voc, "locality", keys, n, complete)
    if loc < 0:
        return _MORE
    if loc == 0:
        if text[n][0].isupper() or text[n] in _DASH_SET:
            return _MORE
        return _found(view, at, text, n)
    k = n + loc
    if k < m and text[k] == "." and keys[k - 1] == _K_TP:
        k += 1
    count = 0
    caps_stops = voc.caps_stops
    while count < 6:
        if k == m:
            if complete:
                break
            return _MORE
        if not text[k][0].isupper() or keys[k] in caps_stops:
            break
        t = _known(voc, "type", keys, k, complete)
        if t < 0:
            return _MORE
        if t:
            break
        k += 1
        count += 1
    if k < m and text[k] in _DASH_SET:
        return _MORE
    return _found(view, at, text, k)


def _known(voc: Vocabulary, kind: str, keys: list[str], i: int, complete: bool) -> int:
    """``voc.match(kind, keys, i)`` where ``keys`` are the first tokens of a window (all of
    them when ``complete``); -1 when a longer phrase might go on past them."""
    lengths = voc.firsts[kind].get(keys[i])
    if lengths is None:
        return 0
    room = len(keys) - i
    if not complete and lengths[0] > room and tuple(keys[i:]) in voc.prefixes[kind]:
        return -1
    if lengths[0] > 1 and room > 1:
        # (only the lengths of the phrases that start with these two words)
        longer = voc.pairs[kind].get((keys[i], keys[i + 1]))
        if longer is not None:
            table = voc.tables[kind]
            for n in longer:
                if n <= room and (n == 2 or tuple(keys[i : i + n]) in table):
                    return n
    return 1 if lengths[-1] == 1 else 0


def _found(view: str, at: int, text: list[str], n: int) -> tuple[str, int]:
    """The name of the first ``n`` tokens of the window at ``at`` and its end (as
    _read_issuer_at gives them: the tokens found left to right, spaces collapsed)."""
    find = view.find
    start = cur = find(text[0], at)
    name = " ".join(text[:n])
    if view.startswith(name, start):
        return name, start + len(name)  # words one space apart (the common case: one test)
    for word in text[:n]:
        cur = find(word, cur) + len(word)
    return " ".join(view[start:cur].split()), cur  # (plain words and marks: no "*" in it)


def _issuer_extent(toks: _Toks, i: int, voc: Vocabulary) -> int:
    """The index just after the body's name that starts at ``toks[i]`` (0 when none does)."""
    keys = toks.key
    if i >= toks.n or not toks.word(i) or not toks.cap(i):
        return 0
    n = voc.match("body", keys, i)
    if n:
        return _after_body(toks, i + n, voc)
    n = voc.match("title", keys, i)
    if n:
        j = i + n
        if j < toks.n and toks.cap(j):
            nb = voc.match("body", keys, j)
            if nb:
                return _after_body(toks, j + nb, voc)
            nh = voc.match("head", keys, j)
            if nh:
                return _after_head(toks, j + nh, voc, titled=True) or j
        return j
    n = voc.match("head", keys, i)
    if n:
        return _after_head(toks, i + n, voc, titled=False)
    return 0


def _locality(toks: _Toks, i: int, voc: Vocabulary) -> int:
    """The end of a locality ("tỉnh Quảng Ngãi", "TP. Hà Nội", a bare "tỉnh") starting at
    ``toks[i]``, or ``i`` when there is none."""
    n = voc.match("locality", toks.key, i)
    if n == 0:
        return i
    j = i + n
    if j < toks.n and toks.text[j] == "." and toks.key[j - 1] == _K_TP:
        j += 1
    k = j
    count = 0
    while k < toks.n and count < 6:
        if (
            toks.word(k)
            and toks.cap(k)
            and toks.key[k] not in voc.caps_stops  # "… TỈNH VỀ …": a name in capitals ends
            and voc.match("type", toks.key, k) == 0
        ):
            k += 1
            count += 1
            continue
        if toks.text[k] in _DASH_SET and count and k + 1 < toks.n and toks.word(k + 1) and toks.cap(k + 1):
            k += 1
            continue
        break
    return k


def _after_body(toks: _Toks, j: int, voc: Vocabulary) -> int:
    """A known body ends at ``j``: add a locality ("tỉnh Quảng Ngãi") or a bare place name
    ("Tỉnh ủy Cà Mau"), then a "- <parent body>"."""
    end = _locality(toks, j, voc)
    if end == j:
        end = _place(toks, j, voc)
    return _parent(toks, end, voc)


def _place(toks: _Toks, j: int, voc: Vocabulary) -> int:
    """Capitalised words that name a place (at most 4, "Bà Rịa - Vũng Tàu" included) on the
    line of the body before them."""
    keys = toks.key
    if 0 < j < toks.n and "\n" in toks.view[toks.e(j - 1) : toks.s(j)]:
        return j
    k = j
    count = 0
    while k < toks.n and count < 4:
        if (
            toks.word(k)
            and toks.cap(k)
            and keys[k] not in voc.caps_stops
            and not voc.match("type", keys, k)
            and not (k == j and voc.match("head", keys, k))  # "Hải Phòng" is a place
            and not voc.match("body", keys, k)
            and not voc.match("title", keys, k)
            and not voc.match("law", keys, k)
        ):
            k += 1
            count += 1
            continue
        if toks.text[k] in _DASH_SET and count and k + 1 < toks.n and toks.word(k + 1) and toks.cap(k + 1):
            k += 1
            continue
        break
    while k > j and not toks.word(k - 1):
        k -= 1
    return k


def _parent(toks: _Toks, j: int, voc: Vocabulary) -> int:
    """``Cục An ninh kinh tế - Bộ Công an``: a hyphen and the parent body."""
    if j + 1 < toks.n and toks.text[j] in _DASH_SET:
        sub = _issuer_extent(toks, j + 1, voc)
        if sub:
            return sub
    return j


def _after_head(toks: _Toks, j: int, voc: Vocabulary, *, titled: bool) -> int:
    """A head (Bộ, Sở, Cục…) ends at ``j``; read the name after it."""
    keys = toks.key
    if j >= toks.n or not toks.word(j) or not toks.cap(j) or voc.match("head", keys, j):
        # "Giám đốc Sở", "Công an tỉnh": a head alone after a title or before a locality.
        loc = _locality(toks, j, voc)
        if loc > j or titled:
            return _parent(toks, loc, voc)
        return 0
    k = j + 1
    last_good = k
    lower_run = 0
    count = 1
    while k < toks.n and count < _MAX_ISSUER:
        if toks.word(k):
            if toks.cap(k):
                if keys[k] in voc.caps_stops or voc.match("head", keys, k) or voc.match("type", keys, k):
                    break  # a function word in capitals, another body or a type word
                lower_run = 0
            else:
                if keys[k] == _K_VA:
                    # "và" joins parts of one name before a capitalised word (Khoa học và
                    # Công nghệ), never before another body or a type word.
                    nxt = k + 1
                    if (
                        nxt < toks.n
                        and toks.word(nxt)
                        and toks.cap(nxt)
                        and not voc.match("head", keys, nxt)
                        and not voc.match("body", keys, nxt)
                        and not voc.match("type", keys, nxt)
                    ):
                        k += 1
                        count += 1
                        continue
                    break
                if voc.match("locality", keys, k) or keys[k] in voc.stops:
                    break
                if lower_run >= 3 and not _locality_ahead(toks, k, voc):
                    break  # a name's words in lower case run three at most …
                lower_run += 1
            k += 1
            count += 1
            last_good = k
            continue
        # "Bộ Văn hóa, Thể thao và Du lịch", "Hội đồng Thi đua - Khen thưởng": a comma or a
        # hyphen inside a name, before a capitalised word that starts nothing else
        sep = toks.text[k]
        if (sep == "," or sep in _DASH_SET) and k + 1 < toks.n and toks.word(k + 1) and toks.cap(k + 1):
            nxt = k + 1
            if (
                toks.text[nxt].isupper()
                or voc.match("head", keys, nxt)
                or voc.match("body", keys, nxt)
                or voc.match("type", keys, nxt)
                or voc.match("law", keys, nxt)
            ):
                break
            k = nxt
            continue
        break
    return _parent(toks, _locality(toks, last_good, voc), voc)


def _locality_ahead(toks: _Toks, k: int, voc: Vocabulary) -> bool:
    """… unless a locality and its name follow within three more ("Ban Quản lý các khu
    công nghiệp tỉnh Lào Cai", "Ban Quản lý khu kinh tế tỉnh Quảng Ngãi"): plain lower-case
    words, none of them a stop, from ``toks[k]`` to a locality word and a capitalised word
    after it."""
    keys = toks.key
    for j in range(k, min(toks.n, k + 4)):
        if not toks.word(j) or toks.cap(j) or keys[j] in voc.stops or keys[j] == _K_VA:
            return False
        n = voc.match("locality", keys, j)
        if n:
            return j + n < toks.n and toks.word(j + n) and toks.cap(j + n)
    return False


# -- what comes before a number -----------------------------------------------------------


class _Before(NamedTuple):
    """What stands left of a number."""

    start: int  # where the citation starts (pinpoint, type word or "số")
    type_name: str | None  # registry name of the type word (None: generic or absent)
    type_written: str | None
    has_type: bool
    law_name: str | None
    pinpoint: Pinpoint | None
    list_join: int | None  # offset of the "," / ";" / "và" joining this to a previous one


def _read_before(view: str, num_start: int, voc: Vocabulary) -> _Before | None:
    """Look left of a number (when :func:`_fast_before` could not decide); ``None`` when
    the number is the document's own (header)."""
    found = _read_before_in(view, num_start, voc, _BACK)
    if found is _MORE:
        found = _read_before_in(view, num_start, voc, _BACK_FAR)
    return None if found is _MORE else found  # type: ignore[return-value]


_MORE = object()  # the window was too short to decide
_new_tuple = tuple.__new__  # builds a _Before without the keyword handling of its __new__
_FAST_BACK = 40


# _fast_before's answer for the document's own number in its header (not a citation)
_HEADER = _Before(-1, None, None, False, None, None, None)


def _symbol_like(word: str, voc: Vocabulary) -> bool:
    """A word with a "/" inside (a number/symbol, a date written with slashes) that starts
    and ends with a letter or digit, and whose last group can end no type word or law word
    (the long way reads "…-TT" as the abbreviation of Thông tư)."""
    if "/" not in word or not word[0].isalnum() or not word[-1].isalnum():
        return False
    m = _LAST_GROUP_RE.search(word)
    tail = _key(word if m is None else m.group())
    if _is_so(tail):
        return False  # "Hồ sơ/số 12/QĐ-UBND": the long way's tokens read the "số" after the slash
    lasts = voc.lasts
    return tail not in lasts["type"] and tail not in lasts["law"] and _ascii_word(tail) not in lasts["ascii_type"]


_LAST_GROUP_RE = re.compile(r"[^\W_]+$")


def _fast_before(view: str, num_start: int, voc: Vocabulary) -> _Before | None:
    """The common cases, read from the plain words of a short window, as the long way
    (:func:`_read_before_in`) reads them: ``[pinpoint] [của] <Type word> [qualifiers] [số[:]]
    <number>``, where the qualifiers are up to four plain words after a capitalised type
    word (a law's short name: "Luật Quản lý thuế số …"); the next item of a list; the
    document's own "Số:". ``None`` means "read it the long way"."""
    lo = num_start - _FAST_BACK
    if lo < 0:
        lo = 0
    left = view[lo:num_start]
    if "_" in left:
        # the long way's words skip "_" (markdown emphasis), so that a pin word may stand
        # before a type word across "_" or glued to it ("điểm a _ Quyết định", "điểm_ a")
        return None
    starred = "*" in left
    if starred:
        left = left.replace("*", " ")  # markdown emphasis (same length: offsets hold)
    words = left.split()
    k = len(words)
    if k < 2:
        return None
    last = words[-1]
    if not last[-1].isalnum() and last[-1] != ":":
        if last[-1] == "_":
            return None  # markdown emphasis, which the long way's words skip
        # "…, 05/QĐ-UBND", "(05/QĐ-UBND": punctuation right before the number, so neither a
        # type word nor "số" belongs to it
        return _new_tuple(_Before, (num_start, None, None, False, None, None, None))
    key = _key(last)
    if key in _SO_KEYS or (len(key) == 2 and _ascii_word(key) == "so"):  # (OCR: "sô", "So")
        if key == _K_SO_COLON or not last[0].islower():
            # "Số:" may head the document: opening its line (or after "Luật") it does, and
            # the number is dropped; "Số:" elsewhere the long way decides; "SỐ" inside a
            # line ("Nghị định SỐ 132/2020/NĐ-CP") and "số:" are read as "số" is
            if starred:
                return None
            at = lo + left.rfind(last)
            reach = at - _BACK_FAR if at > _BACK_FAR else 0
            line = view[(view.rfind("\n", reach, at) + 1 or reach) : at].strip()
            if not line or _is_luat(line):
                return _HEADER
            if key == _K_SO_COLON and not last[0].islower():
                # after another number's token no type word ends before "Số:", which then
                # heads the document (as the long way reads it); elsewhere the long way decides
                return _HEADER if _symbol_like(words[k - 2], voc) else None
        k -= 1
        last = words[k - 1]
        key = _key(last)
        if last[-1] in ",;" and not starred:
            # the next item of a list ("…, số 128/QĐ-UBND"): no type word or law's name
            # reaches over the mark, which joins the list ("… và số" the long way reads: a
            # law's name may run through the "và")
            so_at = left.rfind(words[-1])
            at = left.rfind(last, 0, so_at) + len(last) - 1
            return _new_tuple(_Before, (lo + so_at, None, None, False, None, None, lo + at))
        if not starred and _symbol_like(last, voc):
            # another number's token before "số" ("… 05/QĐ-UBND số 06/QĐ-UBND"): no type word
            # reaches over its marks, so the number stands bare from "số"
            return _new_tuple(_Before, (lo + left.rfind(words[-1]), None, None, False, None, None, None))
    # The longest type phrase ending at words[end - 1], within the 7 words before it, with at
    # least two words before it among those 7: right before "số" (end == k) or, as the long
    # way reads, before up to _MAX_QUALIFIERS plain words ("Luật Quản lý thuế số …", "Báo
    # cáo thẩm tra số …"), where a type word counts only capitalised.
    types = voc.types
    type_lasts = voc.lasts["type"]
    end = k
    n = 0
    lead = 0  # marks glued before the type word ("(Quyết định số …")
    room = 7 if k > 7 else k
    phrase: tuple[str, ...] = (key,)
    while True:
        lengths = type_lasts.get(key)
        if lengths is not None:
            room = 7 if end > 7 else end
            if end < k and not all(w.isalnum() for w in words[end - min(room, lengths[0]) : end]):
                return None  # marks among the words a phrase could hold: the long way's tokens
            for length in lengths:
                if length > room:
                    continue
                if length == 1:
                    n = 1
                    phrase = (key,)
                    break
                # (the last word's key is known: a two-word phrase, the most common, needs one more)
                phrase = (_key(words[end - 2]), key) if length == 2 else tuple(map(_key, words[end - length : end]))
                if phrase in types:
                    n = length
                    break
                first = words[end - length]
                if end == k and not first[0].isalnum() and not starred and key != _K_SO_COLON:
                    # The marks are tokens of their own: nothing before them can be a
                    # pinpoint or "của" of this type word, and the long way would read the same.
                    j = 1
                    while j < len(first) and not first[j].isalnum():
                        j += 1
                    word = first[j:]
                    if word.isalnum() and "_" not in first[:j]:
                        bare = (_key(word), *phrase[1:])
                        if bare in types:
                            n, lead, phrase = length, j, bare
                            break
                if not all(w.isalnum() for w in words[end - length : end]):
                    # marks inside the words a longer phrase could hold ('trình"Pháp lệnh',
                    # "“Pháp lệnh" with "*" about): the long way's tokens part them and may read
                    # the longer phrase ("Pháp lệnh", not "lệnh"), so it decides
                    if not all(w.isalnum() for w in words[end - length + 1 : end]):
                        return None
                    tokens = _WORD_RE.findall(first)
                    if tokens and (_key(tokens[-1]), *phrase[1:]) in types:
                        return None
            if n and (end == k or words[end - n][0].isupper()):
                break
            n = 0
        # a qualifier: a plain word that is no barrier (the long way reads on over it; it
        # keeps the "*" of markdown emphasis in a law's name)
        if not starred and end == k == len(words) and _symbol_like(last, voc):
            # another number's token right before this one ("… 05/QĐ-UBND 06/QĐ-UBND", a
            # date "29/7/2022"): no type word or pinpoint reaches over its marks, so this
            # number stands bare
            return _new_tuple(_Before, (num_start, None, None, False, None, None, None))
        if (
            starred
            or end <= k - _MAX_QUALIFIERS
            or end <= 4
            or not words[end - 1].isalnum()
            or key in voc.barriers
        ):
            return None
        end -= 1
        key = _key(words[end - 1])
    if room - n < 2 or (end < k and end - n < 3):
        return None  # the window is too short to be sure
    if lead:
        if phrase in voc.laws:
            return None
        pos = len(left)
        rfind = left.rfind
        for j in range(len(words) - 1, k - n - 1, -1):
            pos = rfind(words[j], 0, pos)
        written = " ".join([words[k - n][lead:], *words[k - n + 1 : k]])
        return _new_tuple(_Before, (lo + pos + lead, types[phrase], written, True, None, None, None))
    law_name: str | None = None
    if phrase in voc.laws:
        if end == k:
            if not words[end - n][0].isupper():
                return None  # "pháp luật số …" is no law: the long way reads further back
        else:
            law_name = " ".join(words[end - n : k])  # a law's name between its law word and "số"
    t = end - n  # the type word's index
    pin: Pinpoint | None = None
    begin = t  # the index of the citation's first word
    if t == 2 and lo > 0 and not left[0].isspace() and not view[lo - 1].isspace():
        return None  # the word two before the type word is the window's first, maybe cut ("…m a")
    before_type = _key(words[t - 1])
    two_before = words[t - 2]
    if not two_before.isalnum() and _key(_WORD_RE.findall(two_before)[-1]) in _PIN_WORDS:
        # a pin word glued after a bracket, quote or other mark ("(Điều 5 Nghị định số …",
        # "quy định:điểm đ Báo cáo số …", "-ĐIỀU 5 Thông tư số …"): the long way's tokens
        # part the mark from the word and read the pinpoint
        return None
    if before_type in _CUA_OR_PIN or _key(two_before) in _PIN_WORDS:
        # A pinpoint may precede the type word: read it here (as _pinpoint_before reads
        # tokens) while the words it reads are plain words, whole inside the window (not
        # words[0], which may be cut); anything else goes the long way.
        if starred:
            return None
        # the long way's window, split the same way (its last words are ``words``'s)
        wide = view[num_start - _BACK if num_start > _BACK else 0 : num_start].split()
        shift = len(wide) - len(words)
        j = (t - 1 if before_type == _K_CUA else t) + shift
        parts: dict[str, str] = {}
        rank = 0
        while True:
            if j < 3:
                return None
            word, label = wide[j - 2], wide[j - 1]
            if not label.isalnum():
                if label[-1] == "," and label[:-1].isalnum():
                    if not parts:
                        break  # "…, Điều 2 Nghị định": a comma right before the type word
                    # "điểm b, khoản 5 Điều 22": the long way steps over a comma between parts
                    label = label[:-1]
                elif label[-1].isalnum() or label[-1] in ",_*":
                    return None
                else:
                    break  # a mark ends the chunk ("theo”.", "1)"): no pin word before it
            if not word.isalnum():
                if word[-1].isalnum() or word[-1] == "_":
                    return None
                break  # a mark ends the word before the label ("…”", "2022;"): no pin word
            field = _PIN_WORDS.get(_key(word))
            if field is None or _PIN_RANK[field] < rank or not _label_ok(field, label):
                break
            parts[field] = label
            rank = _PIN_RANK[field] + 1
            begin = j - 2
            j -= 2
        if parts:
            pin = _pinpoint(parts.get("article"), parts.get("clause"), parts.get("point"))
            # its offset: where its words stand single-spaced before one space (one test, as
            # for the type word below), or else walking the words back from the number
            tail = " ".join(wide[begin:])
            pos = num_start - 1 - len(tail)
            if pos < 0 or view[num_start - 1] != " " or not view.startswith(tail, pos):
                pos = num_start
                rfind = view.rfind
                for j in range(len(wide) - 1, begin - 1, -1):
                    pos = rfind(wide[j], 0, pos)
            return _new_tuple(_Before, (pos, types[phrase], " ".join(words[t:end]), True, law_name, pin, None))
    written = " ".join(words[t:end])
    # the offset of the type word: where its words (and qualifiers, "số") stand single-spaced
    # before one space (the common case: one test), or else walking the words back from the
    # window's end
    if end == len(words):
        tail = written
    elif end == len(words) - 1:
        tail = f"{written} {words[end]}"  # the type word then "số" (one join spared)
    else:
        tail = " ".join(words[t:])
    pos = len(left) - 1 - len(tail)
    if pos < 0 or left[-1] != " " or not left.startswith(tail, pos):
        pos = len(left)
        rfind = left.rfind
        for j in range(len(words) - 1, t - 1, -1):
            pos = rfind(words[j], 0, pos)
    return _new_tuple(_Before, (lo + pos, types[phrase], written, True, law_name, None, None))


def _read_before_in(view: str, num_start: int, voc: Vocabulary, back: int) -> _Before | object | None:
    lo = max(0, num_start - back)
    toks = _Toks(view, lo, num_start, from_end=True)
    keys = toks.key
    i = toks.n
    so: int | None = None
    colon = i >= 2 and toks.text[i - 1] == ":" and _is_so(keys[i - 2])
    if colon:
        i -= 1
    if i and _is_so(keys[i - 1]):
        so = i - 1
        i -= 1
    if so is not None and (toks.cap(so) or colon) and _is_header(view, toks, so, colon, voc):
        return None
    # The nearest type word, over at most _MAX_QUALIFIERS words in between; then the same
    # with the diacritics folded away (OCR: "THONG TƯ SO 164/2013/TT-BTC").
    text = toks.text
    barriers = voc.barriers
    for kind, words in (("type", keys), ("ascii_type", None)):
        if words is None:
            # Most windows hold no word ending an ASCII type phrase where the search below
            # looks (the words it visits, as it visits them): then it finds nothing, and the
            # ASCII keys of the window need not be built.
            ascii_lasts = voc.lasts[kind]
            k = i
            skipped = 0
            while k > 0 and skipped <= _MAX_QUALIFIERS:
                if _ascii_word(keys[k - 1]) in ascii_lasts:
                    break
                if not text[k - 1][0].isalnum() or keys[k - 1] in barriers:
                    k = 0
                    break
                k -= 1
                skipped += 1
            else:
                k = 0
            if k == 0:
                continue
            # only the words the search below can reach need their ASCII keys
            reach = max(0, i - _MAX_QUALIFIERS - voc.longest["ascii_type"] - 1)
            words = [""] * reach + [_ascii_word(w) for w in keys[reach:i]]
        lasts = voc.lasts[kind]  # (most words end no phrase: one look-up says so)
        k = i
        skipped = 0
        while k > 0 and skipped <= _MAX_QUALIFIERS:
            if words[k - 1] in lasts:
                n = voc.ending(kind, words, k)
                # A law word counts only capitalised ("pháp luật" is not a law), and a type
                # word with qualifiers after it only capitalised ("văn bản quy phạm pháp luật
                # số …" names a law; "Báo cáo thẩm tra số …" is a report).
                if n and (text[k - n][0].isupper() or (k == i and tuple(keys[k - n : k]) not in voc.laws)):
                    return _typed(view, toks, k - n, k, i, voc, kind)
            if not text[k - 1][0].isalnum() or keys[k - 1] in barriers:
                break
            k -= 1
            skipped += 1
    law = _law_before(toks, i, voc)
    if law is _MORE and lo > 0:
        return _MORE
    if isinstance(law, tuple):
        return _typed(view, toks, law[0], law[0] + law[1], i, voc, "law")
    join: int | None = None
    if so is not None and i:
        prev = i - 1
        if toks.text[prev] in (",", ";") or keys[prev] == _K_VA:
            join = toks.s(prev)
            if keys[prev] == _K_VA and prev >= 1 and toks.text[prev - 1] == ",":
                join = toks.s(prev - 1)
    return _Before(
        start=toks.s(so) if so is not None else num_start,
        type_name=None,
        type_written=None,
        has_type=False,
        law_name=None,
        pinpoint=None,
        list_join=join,
    )


def _typed(view: str, toks: _Toks, ts: int, te: int, i: int, voc: Vocabulary, kind: str) -> _Before:
    """A type word at ``toks[ts:te]``; the words up to ``toks[i]`` are qualifiers (or the
    name of a law)."""
    if kind == "ascii_type":
        type_name = voc.ascii_types[tuple(_ascii_word(w) for w in toks.key[ts:te])]
    elif kind == "law":
        type_name = voc.laws[tuple(toks.key[ts:te])]
    else:
        type_name = voc.types[tuple(toks.key[ts:te])]
    law_name = None
    if tuple(toks.key[ts:te]) in voc.laws and te < i:
        law_name = " ".join(view[toks.s(ts) : toks.e(i - 1)].replace("*", " ").split())
    pin, pstart = _pinpoint_before(toks, ts)
    return _Before(
        start=pstart if pin is not None else toks.s(ts),
        type_name=type_name,
        type_written=" ".join(view[toks.s(ts) : toks.e(te - 1)].replace("*", " ").split()),
        has_type=True,
        law_name=law_name,
        pinpoint=pin,
        list_join=None,
    )


def _is_header(view: str, toks: _Toks, so: int, colon: bool, voc: Vocabulary) -> bool:
    """``Số: 05/…``, ``Số 60-NQ/TW`` or ``Luật số: 64/2025/QH15`` heading a document: "Số"
    opens its line (or follows "Luật" there), or carries a colon with no type word before
    it."""
    at = toks.s(so)
    reach = max(0, at - _BACK_FAR)
    line_start = view.rfind("\n", reach, at) + 1 or reach
    before = view[line_start:at].strip()
    if not before or _is_luat(before):
        return True
    return colon and toks.cap(so) and voc.ending("type", toks.key, so) == 0


def _law_before(toks: _Toks, i: int, voc: Vocabulary) -> tuple[int, int] | object | None:
    """A law word opening a name that runs up to ``toks[i]`` (``Luật Tổ chức chính quyền địa
    phương`` before ``số 72/2025/QH15``): (index of the law word, its length); ``_MORE`` when
    the words run on to the start of the window."""
    k = i
    steps = 0
    keys = toks.key
    text = toks.text
    law_lasts = voc.lasts["law"]  # a law phrase ends with one of these words
    while k > 0 and steps < _MAX_NAME:
        if not text[k - 1][0].isalnum():
            # a comma inside a name ("Luật Thuế xuất khẩu, thuế nhập khẩu") is followed by a
            # lower-case word
            if text[k - 1] == "," and k < i and text[k][0].isalnum() and not text[k][0].isupper():
                k -= 1
                steps += 1
                continue
            return None
        lengths = law_lasts.get(keys[k - 1])
        if lengths is not None:
            for n in (2, 1):
                if n in lengths and k - n >= 0 and tuple(keys[k - n : k]) in voc.laws and text[k - n][0].isupper():
                    return k - n, n
        k -= 1
        steps += 1
    return _MORE if k == 0 and steps < _MAX_NAME else None


_PIN_WORDS = {fold("điểm"): "point", fold("khoản"): "clause", fold("điều"): "article"}
# What every word folding to one of _PIN_WORDS starts with, in any case and with "Đ" typed
# as "Ð" or "Ɖ" (IGNORECASE also takes the Kelvin sign for "k", which NFC turns into "K"): a
# window without it holds no pinpoint (a quick test before a law's pinpoint is read).
_PIN_HINT_RE = re.compile(r"(?i:[đðɖ]i|kh)")
_PIN_BACK = 60  # characters looked at before a law word for a pinpoint
_PIN_ORDER = ("article", "clause", "point")  # as read from right to left
_PIN_RANK = {field: i for i, field in enumerate(_PIN_ORDER)}
_CUA_OR_PIN = frozenset({_K_CUA, *_PIN_WORDS})  # the words before a type word that call for a pinpoint reading


def _pinpoint_before(toks: _Toks, type_index: int) -> tuple[Pinpoint | None, int]:
    """A pinpoint in Vietnamese order (``điểm a khoản 1 Điều 3 [của]``) ending just before
    ``toks[type_index]``: (pinpoint, its start offset)."""
    k = type_index
    if k and toks.key[k - 1] == _K_CUA:
        k -= 1
    parts: dict[str, str] = {}
    start = -1
    rank = 0
    while k >= 2:
        field = _PIN_WORDS.get(toks.key[k - 2])
        label = toks.text[k - 1]
        if field is None or _PIN_RANK[field] < rank or not _label_ok(field, label):
            if parts and toks.text[k - 1] == ",":
                k -= 1
                continue
            break
        parts[field] = label
        rank = _PIN_RANK[field] + 1
        start = toks.s(k - 2)
        k -= 2
    if not parts:
        return None, -1
    return _pinpoint(parts.get("article"), parts.get("clause"), parts.get("point")), start


@lru_cache(maxsize=4096)
def _pinpoint(article: str | None, clause: str | None, point: str | None) -> Pinpoint:
    """The (immutable) Pinpoint of these labels, built once."""
    return Pinpoint(article, clause, point)


def _label_ok(field: str, label: str) -> bool:
    if not label.isalnum() or len(label) > 5:
        return False
    if field == "point":
        return label[0].isalpha() and label.islower() and len(label) <= 3
    return label[0].isdigit()


# -- resolving the type ------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _by_name(name: str, system: str) -> DocumentType | None:
    return doctypes.by_name(name, system)


@lru_cache(maxsize=1024)
def _same_type(registry_name: str, type_word: str) -> bool:
    a, b = fold(registry_name), fold(type_word)
    return a == b or a.startswith(b + " ")


@lru_cache(maxsize=1024)
def _by_code(code: str, system: str) -> DocumentType | None:
    return doctypes.by_code(code, system, lenient=True)


@lru_cache(maxsize=1024)
def _is_cong_van(t: DocumentType) -> bool:
    return t.is_cong_van


@lru_cache(maxsize=4096)
def _type_of(type_name: str | None, style: str | None, type_code: str | None) -> DocumentType | None:
    """The type of a citation from its type word and its number's style and type code
    (the registry is fixed: one look-up per combination)."""
    system = "legal" if style is None else style if style in ("party", "legal") else "state"
    if type_name is not None:
        named = _by_name(type_name, system)
        if type_code is not None:
            # "Bản sao số 04-BS/TU": the code names the type the word stands for, in the
            # number's own family (Party Bản sao, not the State Bản sao y).
            coded = _by_code(type_code, system)
            if coded is not None and _same_type(coded.name, type_name):
                return coded
        return named
    if style is None:
        return None
    if style == "cong_van":
        return doctypes.cong_van()
    if type_code is not None:
        return _by_code(type_code, system)
    return None


# -- the finder ---------------------------------------------------------------------------


# A citation being assembled is a Citation already, on the finder's view: ``span`` holds
# offsets into the view and ``text`` is left unset until the span is mapped back to the
# caller's text (one object per citation instead of a draft and then a Citation). A list
# may lend it its issuer (the slot setters below).


def find_citations(text: str) -> list[Citation]:
    """Every citation of another document in ``text``, in order of position.

    ``span`` is in characters of ``text`` as given (``text[c.start:c.end] == c.text``).
    """
    if not isinstance(text, str):
        raise TypeError(f"find_citations expects str, not {type(text).__name__}")
    if _cannot_cite(text):
        return []
    with collector_paused():  # thousands of small acyclic objects: see vnadmin._collector
        drafts, offsets = _drafts(text)
        if offsets is None:
            for c in drafts:
                s, e = c.span
                _SET_TEXT(c, text[s:e])
        else:
            for c, span in zip(drafts, _spans_back(offsets, [c.span for c in drafts]), strict=True):
                _SET_SPAN(c, span)
                _SET_TEXT(c, text[span[0] : span[1]])
        return drafts


def find_citations_each(texts: Sequence[str]) -> list[list[Citation]]:
    """``[find_citations(t) for t in texts]``, in one pass over all of them.

    Readers hand over the paragraphs of a document at once: the set-up of a search (the
    passes for tone marks and law words, the vocabulary, the list building) is paid once
    instead of once per paragraph. The texts are joined with a separator that every
    reading stops at (a paragraph break around a lone "§"), so the result is the same as
    reading each text alone; a citation that would cross it is read again from its text
    alone (never seen, but cheap to guard).
    """
    out: list[list[Citation]] = [[] for _ in texts]
    for i, found in find_citations_where(texts):
        out[i] = found
    return out


def find_citations_where(texts: Sequence[str], *, combining: bool = True) -> list[tuple[int, list[Citation]]]:
    """``(i, find_citations(texts[i]))`` for each text that cites something, in order of
    ``i``: :func:`find_citations_each` without an empty list for each of the many texts
    that cite nothing (a reader fills only the paragraphs that cite something).

    ``combining=False``: the caller knows that no text holds a combining mark (U+0300–U+036F;
    a reader that found none in its whole input), so the texts are matched as they are,
    without the passes that look for tone marks to compose. (Given texts that do hold
    one, a citation written in decomposed form may be missed.)
    """
    # Every non-empty text is read (the passes over the joined text cost less than a quick
    # test of each text would save). The common case runs in C: the join refuses an item
    # that is no str (the items' types are looked at one by one only when it does), a str's
    # truth is its length, and each text's start is counted from the lengths as they are read.
    live: Sequence[int]
    sep = len(_SEPARATOR)
    several = len(texts) > 1
    if several:
        try:
            joined = _SEPARATOR.join(texts)
        except TypeError:
            _check_items(texts)
            raise
    if several and all(texts):  # (every item is a str by now)
        live = range(len(texts))
        starts = list(accumulate(map(add, map(len, texts), repeat(sep)), initial=0))
    else:
        _check_items(texts)  # (an empty item that is no str is not joined: look at each)
        lengths = list(map(len, texts))
        live = list(compress(range(len(texts)), lengths))
        if len(live) <= 1:
            return [(i, found) for i in live if (found := find_citations(texts[i]))]
        joined = _SEPARATOR.join([texts[i] for i in live])
        starts = list(accumulate((lengths[i] + sep for i in live), initial=0))
    starts.pop()
    with collector_paused():
        return _split(texts, live, starts, _drafts(joined, combining=combining))


def _check_items(texts: Sequence[str]) -> None:
    """Raise the batch search's TypeError for the first item of ``texts`` that is no str."""
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"a batch citation search expects str items, not {type(t).__name__}")


def _split(
    texts: Sequence[str],
    live: Sequence[int],
    starts: list[int],
    found: tuple[list[Citation], _Offsets | None],
) -> list[tuple[int, list[Citation]]]:
    """The drafts found in the joined texts, as citations of each text: (index of the
    text, its citations) for each text that cites something, in order."""
    drafts, offsets = found
    redo: set[int] = set()
    out: list[tuple[int, list[Citation]]] = []
    spans = [c.span for c in drafts] if offsets is None else _spans_back(offsets, [c.span for c in drafts])
    # The drafts come in order of their starts, so the texts in order of their index: a
    # text's start is looked up for its first citation only (a cited text has 1.6 on average).
    i = base = -1
    text = ""
    after = 0  # where the separator after the current text ends (the next text's start)
    own: list[Citation] = []
    for c, (s, e) in zip(drafts, spans, strict=True):
        if s >= after:
            k = bisect.bisect_right(starts, s) - 1
            i = live[k]
            text = texts[i]
            base = starts[k]
            after = base + len(text) + len(_SEPARATOR)
            own = []
            out.append((i, own))
        s -= base
        e -= base
        if e > len(text):
            redo.add(i)
            continue
        _SET_SPAN(c, (s, e))
        _SET_TEXT(c, text[s:e])
        own.append(c)
    if not redo:
        return out
    cited = {i: own for i, own in out if own}
    for i in redo:
        cited[i] = find_citations(texts[i])
    return sorted((item for item in cited.items() if item[1]), key=itemgetter(0))


# Between texts read together: a paragraph break (dates, "của", names and issuers never
# cross one) around a mark that is no word (no type word or "số" reaches over it).
_SEPARATOR = "\n\n§\n\n"


def _cannot_cite(text: str) -> bool:
    """Nothing can anchor a citation in ``text``: no slash for a number, no law word, and
    no combining mark that could hide one. Most paragraphs are such (a quick test, before
    any set-up)."""
    return "/" not in text and not _has_law_word(text) and _MARK_RE.search(text) is None


def _drafts(text: str, *, combining: bool = True) -> tuple[list[Citation], _Offsets | None]:
    """The citations of ``text`` as drafts on its view (no ``text`` yet), and the view's
    offset map (``combining=False``: ``text`` holds no combining mark, so it is its own view)."""
    view, offsets = _view(text) if combining else (text, None)
    voc = vocabulary()
    shared: set[int] = set()
    drafts = _numbered(view, voc, shared) if "/" in view else []
    # (on a long text the quick test would cost more than the search it saves)
    laws = _laws_by_name(view, voc, drafts) if len(view) > 4096 or _has_law_word(view) else None
    if laws:
        drafts.extend(laws)
        drafts.sort(key=_start_of)
    _share_issuers(drafts, view, shared)
    return drafts, offsets


# -- building the Citation objects ----------------------------------------------------------
# Every field of a Citation the finder returns is built here from values the finder made
# itself: a non-empty text with span (s, e) and e - s == len(text), registry types, parsed
# numbers, dates, collapsed non-empty strings, Pinpoints. Running the model's validators
# on each of thousands of citations is most of the cost of building them, so the objects
# are filled slot by slot (tests/test_citations_finder.py checks that every citation found
# passes attrs.validate and equals the one the validating constructor builds).
_CITATION_FIELDS = (
    "text",
    "span",
    "doc_type",
    "type_written",
    "number",
    "date",
    "date_written",
    "issuer",
    "name",
    "pinpoint",
    "origin",
)
(
    _SET_TEXT,
    _SET_SPAN,
    _SET_DOC_TYPE,
    _SET_TYPE_WRITTEN,
    _SET_NUMBER,
    _SET_DATE,
    _SET_DATE_WRITTEN,
    _SET_ISSUER,
    _SET_NAME,
    _SET_PINPOINT,
    _SET_ORIGIN,
) = slot_setters(Citation, _CITATION_FIELDS)


def _draft(
    start: int,
    end: int,
    doc_type: DocumentType | None,
    type_written: str | None,
    number: DocumentNumber | None,
    date: _dt.date | None,
    date_written: str | None,
    issuer: str | None,
    name: str | None,
    pinpoint: Pinpoint | None,
) -> Citation:
    """A citation being assembled, at ``view[start:end]`` (``text`` is set later)."""
    c: Citation = new(Citation)
    _SET_SPAN(c, (start, end))
    _SET_DOC_TYPE(c, doc_type)
    _SET_TYPE_WRITTEN(c, type_written)
    _SET_NUMBER(c, number)
    _SET_DATE(c, date)
    _SET_DATE_WRITTEN(c, date_written)
    _SET_ISSUER(c, issuer)
    _SET_NAME(c, name)
    _SET_PINPOINT(c, pinpoint)
    _SET_ORIGIN(c, None)
    return c


def _start_of(c: Citation) -> int:
    return c.span[0]


def _numbers_read_back(view: str, voc: Vocabulary) -> list[tuple[int, DocumentNumber, _Before]]:
    """The numbers that can anchor a citation, each with what stands before it: (end of
    the number, the parsed number, the reading before it)."""
    out: list[tuple[int, DocumentNumber, _Before]] = []
    append = out.append
    # all candidates first, then their readings: alternating the regex engine and the
    # readers measurably slows both
    numbers: list[tuple[int, int, DocumentNumber]] = []
    add = numbers.append
    for m in list(scan_numbers(view)):
        ptype, groups = m.group("ptype", "groups")  # (one call for both)
        first = ptype or groups
        if not first[0].isupper():
            continue  # "CSDL)/ bộ số liệu", "100 đồng/kg": prose, not a symbol
        if first[1:2].islower() and _is_word(first):
            continue  # "1/ Bộ", "số 12/Sở Nội vụ": a word, not an abbreviation
        number = _parse_cached(m.group())
        if isinstance(number, CitationError):
            continue
        add((*m.span(), number))
    fast = [_fast_before(view, start, voc) for start, _, _ in numbers]
    for (start, end, number), before in zip(numbers, fast, strict=True):
        if before is None:
            before = _read_before(view, start, voc)
            if before is None:
                continue
        if before is _HEADER:
            continue
        # A bare number with neither a type word nor "số" before it: only a full symbol
        # counts (a year, a Party form, or at least two groups), never a blank draft.
        if (
            before[0] == start  # its start: no type word, no "số", no pinpoint before it
            and not before[3]  # has_type
            and (number.number is None or (number.style == "cong_van" and number.unit is None))
        ):
            continue
        append((end, number, before))
    return out


# Lower-case vowels, with every tone mark (what a Vietnamese word holds and a symbol's
# abbreviation in mixed case does not: "TTg", "Ktr", "QĐi" start with two capitals or have
# no vowel after the first letter).
_VOWELS = frozenset(
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _is_word(group: str) -> bool:
    """Whether the first group of a symbol (``group`` and what follows it) is a word: a
    capital, then lower-case letters with a vowel among them ("Bộ", "Luật", "Sở")."""
    m = _LETTERS_RE.match(group)
    word = group if m is None else m.group()
    return len(word) > 1 and word[1:].islower() and not _VOWELS.isdisjoint(word[1:])


def _numbered(view: str, voc: Vocabulary, shared: set[int]) -> list[Citation]:
    """The citations anchored by a number, in order; the ``id`` of each that takes the
    type word of the one before it (a list) is added to ``shared``."""
    heads = _numbers_read_back(view, voc)
    match = _AFTER_RE.match
    afters = [match(view, end) for end, _, _ in heads]  # dates and "của", in one pass
    issuers = [
        _issuer_at(view, after.end("of"), voc) if after is not None and after.start("of") >= 0 else None
        for after in afters
    ]
    drafts: list[Citation] = []
    append = drafts.append
    set_span, set_doc_type, set_type_written, set_number = _SET_SPAN, _SET_DOC_TYPE, _SET_TYPE_WRITTEN, _SET_NUMBER
    set_date, set_date_written, set_issuer, set_name = _SET_DATE, _SET_DATE_WRITTEN, _SET_ISSUER, _SET_NAME
    set_pinpoint, set_origin = _SET_PINPOINT, _SET_ORIGIN
    for (end, number, before), after, found in zip(heads, afters, issuers, strict=True):
        if after is None:  # pragma: no cover - every part of the pattern is optional
            continue
        # (a _Before unpacked at once: reading a named tuple's fields by name costs more)
        start, type_name, type_written, has_type, law_name, pinpoint, list_join = before
        value: _dt.date | None = None
        date_written = after.group("date")
        if date_written is not None:
            # (a date written as before is one look-up: documents repeat their dates)
            value = _DATES_WRITTEN.get(date_written, _UNREAD)
            if value is _UNREAD:
                d, mo, mo2, y, y2 = after.group("d", "m", "m2", "y", "y2")
                value = _date_of(d, mo or mo2, y or y2)
                if len(_DATES_WRITTEN) < 8192:
                    _DATES_WRITTEN[date_written] = value
            end = after.end("date")
        issuer = None
        if found is None and after.start("of") < 0 and number.type_code in _JOINT_CODES:
            # a joint document's issuers after "giữa" ("Thông tư liên tịch số 02/2011/
            # TTLT-VPCP-BNV … giữa Văn phòng Chính phủ và Bộ Nội vụ")
            between = _BETWEEN_RE.match(view, end)
            if between is not None:
                found = _issuer_at(view, between.end(), voc)
        if found is not None:
            issuer, end = found
            if len(number.issuers) > 1 and number.type_code in _JOINT_CODES:
                issuer, end = _joint_issuer(view, issuer, end, len(number.issuers), voc)
            if value is None:
                # "Nghị định số 30/2020/NĐ-CP của Chính phủ ngày 05/3/2020": the date after
                # the issuer
                late = _LATE_DATE_RE.match(view, end)
                if late is not None:
                    d, mo, mo2, y, y2 = late.group("d", "m", "m2", "y", "y2")
                    value = _date_of(d, mo or mo2, y or y2)
                    if value is not None:
                        date_written = late.group("date")
                        end = late.end("date")
        shares = False
        doc_type: DocumentType | None = None
        style = number.style
        if not has_type and list_join is not None and drafts:
            prev = drafts[-1]
            if prev.number is not None and prev.doc_type is not None and not view[prev.span[1] : list_join].strip():
                shares = True  # a list sharing the type word of the citation before it
                type_written = prev.type_written
                doc_type = prev.doc_type
        if not shares:
            doc_type = _type_of(type_name, style, number.type_code)
        # (a type with a code is no công văn: one attribute read spares hashing the type)
        if style == "administrative" and doc_type is not None and doc_type.code is None and _is_cong_van(doc_type):
            number = _as_cong_van(number)
        # (_draft inlined: a call with ten arguments costs as much as filling the slots)
        c = new(Citation)
        set_span(c, (start, end))
        set_doc_type(c, doc_type)
        set_type_written(c, type_written)
        set_number(c, number)
        set_date(c, value)
        set_date_written(c, date_written)
        set_issuer(c, issuer)
        set_name(c, law_name)
        set_pinpoint(c, pinpoint)
        set_origin(c, None)
        if shares:
            shared.add(id(c))  # (the drafts stay alive until read: their ids are theirs)
        append(c)
    return drafts


# The công văn reading of each parsed number, by the number's identity (the parsed numbers
# are the cache's own objects, read again wherever their text repeats; building a number
# runs its validators): id -> (number, its công văn reading), the number kept alive so
# that its id stays its own.
class _CongVanCache(dict[int, tuple[DocumentNumber, DocumentNumber]]):
    cache_clear: Callable[[], None]  # emptied with the other caches (as _AsciiCache)


_CONG_VAN_OF = _CongVanCache()
_CONG_VAN_OF.cache_clear = _CONG_VAN_OF.clear


def _as_cong_van(number: DocumentNumber) -> DocumentNumber:
    """``number.as_cong_van()``, built once per parsed number."""
    found = _CONG_VAN_OF.get(id(number))
    if found is not None and found[0] is number:
        return found[1]
    reading = number.as_cong_van()
    if len(_CONG_VAN_OF) < 8192:
        _CONG_VAN_OF[id(number)] = (number, reading)
    return reading


# Joint legal documents (liên tịch), whose symbol names every issuing body
# (01/2015/TTLT-BNV-BTC); other symbols with two groups name a body and its unit (QĐ-UBND-VX).
_JOINT_CODES = frozenset(t.code for t in doctypes.all_types() if t.name.endswith("liên tịch") and t.code)
# Between the bodies of a joint document ("của Bộ Nội vụ và Bộ Tài chính", "Bộ Nội vụ,
# Bộ Tài chính").
_JOINT_RE = re.compile(rf"{_WS}(?:,{_WS}(?:và{_WS1})?|và{_WS1}|&{_WS})")


def _joint_issuer(view: str, issuer: str, end: int, groups: int, voc: Vocabulary) -> tuple[str, int]:
    """A number with several issuer groups (01/2015/TTLT-BNV-BTC) names a joint document:
    the bodies after the first one, joined by "và" or a comma, are its issuers too (as many
    more as the number has groups). Only joint types are read this way: after a citation
    of a single body, "…, Sở Tài chính báo cáo" starts a clause."""
    written = [issuer]
    while len(written) < groups:
        m = _JOINT_RE.match(view, end)
        if m is None:
            break
        found = _issuer_at(view, m.end(), voc)
        if found is None:
            break
        name, stop = found
        joiner = " và " if "và" in view[m.start() : m.end()] else ", "
        written.append(joiner + name)
        end = stop
    return "".join(written), end


def _share_issuers(drafts: list[Citation], view: str, shared: set[int]) -> None:
    """In a list sharing one type word, an issuer written after the last item belongs to
    every item of the list that has none of its own. So it does in a list that repeats the
    type word, when the items' symbols name the same issuer ("Quyết định số 1234/QĐ-BTC …
    và Quyết định số 567/QĐ-BTC … của Bộ Tài chính")."""
    issuers = [c.issuer for c in drafts]  # (read once: most pairs fail on these two tests)
    for k in range(len(drafts) - 2, -1, -1):
        if issuers[k] is not None or issuers[k + 1] is None:
            continue
        a, b = drafts[k], drafts[k + 1]
        if (
            a.number is not None
            and b.number is not None
            and a.number.issuers
            and a.number.issuers == b.number.issuers
            and a.doc_type == b.doc_type
            and _LIST_JOIN_RE.fullmatch(view, a.span[1], b.span[0]) is not None
        ):
            _SET_ISSUER(a, b.issuer)
            issuers[k] = b.issuer
    if not shared:
        return  # no list shares a type word (most documents)
    i = len(drafts) - 1
    while i > 0:
        if id(drafts[i]) not in shared:
            i -= 1
            continue
        j = i
        while j > 0 and id(drafts[j]) in shared:
            j -= 1
        issuer = drafts[i].issuer
        if issuer is not None:
            for k in range(j, i):
                if drafts[k].issuer is None:
                    _SET_ISSUER(drafts[k], issuer)
        i = j - 1


def _has_law_word(view: str) -> bool:
    """Whether ``view`` holds a word :func:`_law_positions` would find (a quick test for a
    paragraph: "pháp" and "luật" alone are common words)."""
    return "Luật" in view or "Bộ luật" in view or "Pháp lệnh" in view or "Hiến pháp" in view


def _law_positions(view: str) -> list[int]:
    """Where a law word may start, in order: "Luật", "Bộ luật", "Bộ Luật", "Pháp lệnh",
    "Hiến pháp", each with a date word and a date hint within reach (see _LAW_LUAT_RE).

    Two searches run in C, each for a letter that every word of its kind holds ("ậ", "á";
    the regex engine scans for a literal first character without calling back into
    Python), with the words checked around it; "Bộ Luật" is both a law word and "Luật"."""
    out: list[int] = []
    append = out.append
    for m in _LAW_LUAT_RE.finditer(view):
        e = m.end()
        if view[e - 4] == "L":
            if view.startswith("Bộ ", e - 7):
                append(e - 7)
            append(e - 4)
        else:
            append(e - 7)  # "Bộ luật"
    phap = [m.end() - 9 for m in _LAW_PHAP_RE.finditer(view)]  # both words are 9 long
    if phap:
        out.extend(phap)
        out.sort()
    return out




def _date_word_within(reach: int) -> str:
    """A lookahead: one of _DATE_WORDS starts at most ``reach`` characters on (what a law
    word needs before anything else, tested here in C: most law words are mentions
    without one; _law_at reads the date word itself). Each branch is a greedy run of any
    characters then a literal, which the regex engine matches by scanning back for that
    character: a few steps per law word, and linear time (the run is bounded)."""
    lower = "|".join(w[1:] for w in _DATE_WORDS if w[0] == "n")
    upper = "|".join(w[1:] for w in _DATE_WORDS if w[0] == "N")
    return rf"(?=(?s:.){{0,{reach}}}n(?:{lower})|(?s:.){{0,{reach}}}N(?:{upper}))"


def _hint_within(reach: int) -> str:
    """A lookahead: a date hint (_LAW_DATE_HINT) starts at most ``reach`` characters on,
    before any of ";.:()" (what _law_at asks first; a lazy bounded run, so linear time)."""
    return rf"(?=[^;.:()]{{0,{reach}}}?{_LAW_DATE_HINT.pattern})"


# "Luật", "Bộ luật" (and so "Bộ Luật") around "ậ"; "Pháp lệnh", "Hiến pháp" around "á"
# (the match ends where the word does; a pattern that starts with one literal character is
# searched twice as fast as one that starts with two; "á" is common, so the "p" after it is
# tested first). Then what _law_at asks of the law word before anything else, tested in
# C (most law words are mentions, and fail): a date word starting within _LAW_WINDOW of
# its start, which is at most 216 characters on from its end ("Luật"; 211 for the
# nine-letter words; none starts inside a law word); then a date hint starting before
# _law_at's window ends, 219 characters from its start at most, so 215 (210) from its end.
_LAW_LUAT_RE = re.compile(
    r"ậ(?:(?<=Luậ)|(?<=Bộ luậ))t" + _date_word_within(_LAW_WINDOW - 4) + _hint_within(_LAW_WINDOW - 5)
)
_LAW_PHAP_RE = re.compile(
    r"á(?=p)(?:(?<=Phá)p lệnh|(?<=Hiến phá)p)" + _date_word_within(_LAW_WINDOW - 9) + _hint_within(_LAW_WINDOW - 10)
)


def _laws_by_name(view: str, voc: Vocabulary, drafts: list[Citation]) -> list[Citation]:
    """Laws, codes, ordinances cited by name with a date or a year and no number."""
    starts = [d.span[0] for d in drafts]
    ends = [d.span[1] for d in drafts]
    out: list[Citation] = []
    reached = -1
    # (each law word has a date word within reach: _law_positions asks for one, in C, and
    # _law_at finds it again; a law word without one is no citation)
    for pos in _law_positions(view):
        if pos < reached or (pos and view[pos - 1].isalnum()):
            continue
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < ends[k]:
            continue  # inside a numbered citation
        if _NAMELESS_LAW_RE.match(view, pos):
            continue  # "Luật năm 2020": no name between the law word and its year (as _law_at finds)
        d = _law_at(view, pos, voc)
        if d is None:
            continue
        d_start, d_end = d.span
        k = bisect.bisect_left(starts, d_start)
        if k < len(starts) and starts[k] < d_end:
            continue  # runs into a numbered citation
        out.append(d)
        reached = d_end
    return out


# A law word with a date or a year right after it, so no name: _law_at would read none.
_NAMELESS_LAW_RE = re.compile(r"(?:Bộ[ ]{1,3}[Ll]uật|Luật|Pháp[ ]{1,3}lệnh)[ ]{1,3}(?:năm|ngày|NĂM|NGÀY)[ ]{1,3}\d")

# The words before a law's date, year or number ("ngày", "năm", "số").
_DATE_KEYS = frozenset({_K_NGAY, _K_NAM, _K_SO})

# Types whose type word names the one document of that type: "Hiến pháp năm 2013" is cited
# by its year alone, where "Luật năm 2020" names no law.
_SELF_NAMED = frozenset({"Hiến pháp"})
_DEMONSTRATIVES = frozenset({fold("này"), fold("đó")})


def _name_goes_on(toks: _Toks, k: int, voc: Vocabulary) -> bool:
    """Whether a law's name continues after a comma, at ``toks[k]``."""
    key = toks.key[k]
    if key == _K_BO and toks.key[k - 2] == _K_DOI:
        return True  # "sửa đổi, bổ sung"
    return (
        toks.word(k)
        and not toks.cap(k)
        and key not in voc.barriers
        and key not in voc.stops
        and voc.match("type", toks.key, k) == 0
    )


def _law_at(view: str, pos: int, voc: Vocabulary) -> Citation | None:
    hi = min(len(view), pos + _LAW_WINDOW)
    for stop in ";.:()\n":
        k = view.find(stop, pos, hi)
        if k >= 0 and (stop != "\n" or view.startswith("\n\n", k)):
            hi = k  # a name and its date never cross these
    hint = _LAW_DATE_HINT.search(view, pos, hi + 82)
    if hint is None or hint.start() >= hi:
        # No "ngày"/"năm" before digits within the name's reach: the date and year readers
        # below could not match (a quick test; most law words are mentions, not citations).
        return None
    marks = [k for k in (view.find(w, pos, hi) for w in _DATE_WORDS) if k >= 0]
    if not marks:
        return None  # no date or year: not cited by name
    toks = _Toks(view, pos, min(hi, min(marks) + 12))
    keys = toks.key
    n = voc.match("law", keys, 0)
    if n == 0 or not toks.cap(0):
        return None
    law = voc.laws[tuple(keys[:n])]
    k = n
    # (the tokens' lists and the law words' first words held in locals: this loop runs over
    # every word of every name)
    text, count, law_firsts = toks.text, toks.n, voc.firsts["law"]
    while k < count and k - n < _MAX_NAME:
        key = keys[k]
        if key in _DATE_KEYS and k + 1 < count and text[k + 1][0].isdigit():
            break  # the date, the year or the number follows
        first = text[k][0]
        if not first.isalnum():
            # A comma inside a name ("sửa đổi, bổ sung"; "Luật Quản lý, sử dụng vũ khí, vật
            # liệu nổ và công cụ hỗ trợ") stands before a lower-case word that neither joins
            # a list ("các", "và") nor starts a type word ("nghị định …").
            if text[k] == "," and k + 1 < count and _name_goes_on(toks, k + 1, voc):
                k += 1
                continue
            return None
        if first.isupper() and key in law_firsts and voc.match("law", keys, k):
            # A law named inside the name ("Luật sửa đổi, bổ sung một số điều của Luật A và
            # Luật B") belongs to it; any other law word starts a nearer citation.
            amending = _K_CUA in keys[n:k]
            if keys[k - 1] not in (_K_CUA, _K_CAC) and not (amending and keys[k - 1] == _K_VA):
                return None
        k += 1
    if (k == n and law not in _SELF_NAMED) or k >= toks.n or keys[k] == _K_SO or not toks.text[k + 1 : k + 2]:
        return None  # no name, a name that runs on, or a number (read elsewhere)
    if k > n and (keys[n] in _DEMONSTRATIVES or toks.text[k - 1][0].isdigit()):
        # "Luật này đã được Quốc hội … thông qua" refers to the text itself; a name never
        # ends in a number ("… trong tháng 10 năm 2013" is a month, not a year after a name)
        return None
    # (where the name's words stand single-spaced from the law word on, its end is one test)
    written_name = " ".join(text[:k])
    name_end = pos + len(written_name) if view.startswith(written_name, pos) else toks.e(k - 1)
    value: _dt.date | None = None
    date = _read_date(view, name_end)
    if date is not None:
        value, written, _, end = date
    else:
        y = _YEAR_RE.match(view, name_end)
        if y is None:
            return None
        written = " ".join(view[y.start("kw") : y.end()].split())
        end = y.end()
    body = None
    found = _read_issuer(view, end, voc)
    if found is not None:
        body, end = found
    pin: Pinpoint | None = None
    pstart = -1
    lo = pos - _PIN_BACK if pos > _PIN_BACK else 0
    if _PIN_HINT_RE.search(view, lo, pos) is not None:
        before = _Toks(view, lo, pos, from_end=True)
        pin, pstart = _pinpoint_before(before, before.n)
    return _draft(
        start=pstart if pin is not None else pos,
        end=end,
        doc_type=_by_name(law, "legal"),
        type_written=" ".join(view[pos : toks.e(n - 1)].replace("*", " ").split()),
        number=None,
        date=value,
        date_written=written,
        issuer=body,
        name=" ".join(view[pos:name_end].replace("*", " ").split()),
        pinpoint=pin,
    )
