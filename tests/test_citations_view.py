"""The citation finder's matching view (citations/view.py): NFD stretches composed, offsets
mapped back, and the quick paths that must give what the plain ones give."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.citations import find_citations
from vnadmin.citations.view import _acute_finder, _plain_checked, _table, matching_view, offset, spans_back


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def reference_table(piece: str, size: int) -> list[int]:
    """_table's plain path: every letter with the marks after it composed alone."""
    table: list[int] = []
    i, n = 0, len(piece)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(piece[j]):
            j += 1
        c = len(nfc(piece[i:j])) if j - i > 1 else 1
        table.extend(range(i, i + c) if c == j - i else [i] * c)
        i = j
    if len(table) != size:
        table = [next(k for k in range(n + 1) if len(nfc(piece[:k])) >= p) for p in range(size)]
    table.append(n)
    return table


# Vietnamese letters and marks, marks outside U+0300–U+036F, the class-0 U+034F, singletons
# (U+0344 → two marks, U+212B, U+2000), Hangul jamo that compose across letters.
ALPHABET = list("aeouyAĐđăâêôơư ,.\n") + list(
    "\u0301\u0300\u0323\u0309\u0303\u0302\u0306\u031b\u0316\u034f\u0344\u1dc4\u20d0\u0483"
    "\u1100\u1161\u11a8\uac00\u212b\u2000\u09be\u09c7\u3099\u304b"
)
pieces = st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=40).map("".join)


def test_plain_characters_checked() -> None:
    assert _plain_checked()


@given(pieces)
def test_table_as_the_plain_loop(piece: str) -> None:
    size = len(nfc(piece))
    assert _table(piece, size) == reference_table(piece, size)


def test_vietnamese_table_quick_path() -> None:
    piece = nfd("Luật Tổ chức chính quyền địa phương")
    size = len(nfc(piece))
    table = _table(piece, size)
    assert table == reference_table(piece, size)
    assert table[:4] == [0, 1, 2, 5]  # "ậ" is three characters in NFD


def test_no_tone_mark_no_copy() -> None:
    text = "Quyết định số 05/QĐ-UBND của UBND tỉnh " * 50
    view, offsets = matching_view(text)
    assert view is text and offsets is None


def test_only_acute_marks() -> None:
    # the quick test counts U+0301 when no other tone mark is there
    text = "Cong van so 12/UBND-KT cu\u0301a UBND tỉnh"
    view, offsets = matching_view(text)
    assert view == nfc(text) and offsets is not None


def test_nfd_view_and_offsets() -> None:
    text = nfd("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; ") * 20
    view, offsets = matching_view(text)
    # composed around the tone marks (a word with none, far from one, may stay NFD)
    assert nfc(view) == nfc(text)
    assert view.count("Luật") == view.count("tháng") == 20
    assert offsets is not None
    assert offset(offsets, 0) == 0 and offset(offsets, len(view)) == len(text)
    marks = [offset(offsets, p) for p in range(len(view) + 1)]
    assert marks == sorted(marks)
    # each view character maps to where its letter starts in the caller's text
    assert all(nfc(text[marks[p] : marks[p + 1]]) == nfc(view[p]) for p in range(len(view)))


@given(st.lists(st.sampled_from([*ALPHABET, " Luật năm 2015 ", "x" * 200]), max_size=60).map("".join))
def test_view_is_canonically_equivalent(text: str) -> None:
    view, offsets = matching_view(text)
    assert nfc(view) == nfc(text)
    if offsets is None:
        assert view == text
    else:
        marks = [offset(offsets, p) for p in range(len(view) + 1)]
        assert marks[0] == 0 and marks[-1] == len(text) and marks == sorted(marks)


def test_law_citation_found_in_nfd() -> None:
    text = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    (a,) = find_citations(text)
    (b,) = find_citations(nfd(text))
    assert (a.name, a.date, a.doc_type) == (b.name, b.date, b.doc_type)
    assert nfc(b.text) == a.text


def test_acute_found_as_str_find_finds_it() -> None:
    chars = list("ươ x" * 3000)  # ư and ơ hold the byte 0x01 of U+0301
    for p in (0, 4095, 4096, 8199, len(chars) - 1):
        chars[p] = "\u0301"
    text = "".join(chars)
    find_acute = _acute_finder(text)
    for start in (0, 1, 4095, 4096, 4097, 8199, 8200, len(text) - 1, len(text)):
        assert find_acute(start) == text.find("\u0301", start)
    assert _acute_finder("ươ" * 100)(0) == -1


@given(
    st.lists(st.sampled_from([*ALPHABET, " Luật năm 2015 ", "x" * 200]), min_size=1, max_size=60).map("".join),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 300)), max_size=30),
    st.booleans(),
)
def test_spans_back_as_offset_gives(text: str, picks: list[tuple[float, int]], ordered: bool) -> None:
    view, offsets = matching_view(text)
    if offsets is None:
        return
    n = len(view)
    spans = [(int(f * n), min(n, int(f * n) + w)) for f, w in picks]
    if ordered:
        spans.sort()  # as the finder hands them over; unordered spans take the slow way
    assert spans_back(offsets, spans) == [(offset(offsets, s), offset(offsets, e)) for s, e in spans]


def test_spans_back_over_many_stretches() -> None:
    text = nfd("Quyết định số 05/QĐ-UBND của UBND tỉnh; " + "x" * 300) * 30
    view, offsets = matching_view(text)
    assert offsets is not None and len(offsets.starts) > 20
    spans = [(m, m + 24) for m in range(0, len(view) - 24, 37)]
    assert spans_back(offsets, spans) == [(offset(offsets, s), offset(offsets, e)) for s, e in spans]
    assert spans_back(offsets, spans[::-1]) == [(offset(offsets, s), offset(offsets, e)) for s, e in spans[::-1]]
