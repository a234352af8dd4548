"""The header reader's fast paths give what the general definitions they stand for give:
first-character tests before a pattern, texts compared before their words, a line's key
made once and sliced for its pieces."""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.text.recogniser import header as H
from vnadmin.text.recogniser import patterns as P

# Every keyed letter (the ones a first-character test may pass over) and the characters
# that open body lines, marks, digits of other scripts, spaces and characters past the table.
_KEYED = "".join(sorted(P.keyed_chars(string.ascii_lowercase)))
_ALPHABET = _KEYED + "0129٣３²¹[]()-+•*.:;…”»'‹ \t\u00a0\u2116\u4e2d"
_texts = st.text(alphabet=_ALPHABET, max_size=12)
_heads = st.sampled_from(
    ["Căn cứ ", "CĂN CỨ", "Theo đề nghị", "Xét đề nghị", "Xét ", "Kính gửi:", "KÍNH GỬI", "‹ Kính gửi",
     "Phần I", "Chương 2.", "Mục 3", "Tiểu mục 1", "Điều 5.", "IV.", "1.2.3 ", "12.", "a) ", "đ) ", "- ", "+ ", "• ",
     "٣. ", "Số: ", "Hà Nội, ngày"]
)
_lines = st.one_of(_texts, st.builds(lambda a, h, t: a + h + t, st.text(alphabet=_ALPHABET, max_size=1), _heads, _texts))


def _body_start_patterns(text: str) -> bool:
    return bool(
        H._PREAMBLE_START_TEXT.match(text, 0, 40)
        or P.KINH_GUI_TEXT.match(text, 0, 40)
        or P.MARKER.match(text)
        or P.BULLET.match(text)
    )


@given(_lines)
def test_body_start_first_character_test_is_the_patterns(text: str) -> None:
    assert H._is_body_start(text) == _body_start_patterns(text)


def test_no_body_start_first_characters_open_no_body_line() -> None:
    # each such character before every opening that a body line may have after its first
    # character: none of the patterns matches
    rests = ["", "an cu", "ăn cứ", "heo de nghi", "et ", "inh gui:", ") a", "ần I", "hương I", "ục 2", "iều 1.", ". a",
             "I. ", " Kính gửi", "  Kính gửi", "1. ", ".1 a"]
    assert H._NO_BODY_START_FIRST
    for c in H._NO_BODY_START_FIRST:
        for rest in rests:
            assert not _body_start_patterns(c + rest), c + rest


def test_keyed_chars_are_the_keyed_class() -> None:
    for letters in ("k", "ctxk", string.ascii_lowercase):
        assert re.fullmatch(P.keyed_class(letters), "x" if "x" in letters else letters[0])
        chars = P.keyed_chars(letters)
        assert all(P.key(c) in letters for c in chars)
        assert {c for c in chars if re.fullmatch(P.keyed_class(letters), c)} == chars
    assert {"Đ", "đ", "D", "d"} <= P.keyed_chars("d")


@given(_lines)
def test_unreadable_number_colon_test_is_the_key_test(text: str) -> None:
    long_way = (
        P.key(text[:3]) == "so:"
        and len(text[3:].split()) <= 3
        and not any(ch.isdigit() or ch == "/" for ch in text[3:])
    )
    assert H._unreadable_number(text) == long_way


@given(_lines)
def test_body_name_is_the_three_tests(text: str) -> None:
    assert H._is_body_name(text) == (
        len(text) <= 90 and P.is_mostly_upper(text) and sum(map(str.isalpha, text)) >= 3
    )


@given(st.text(alphabet="ab tăng ,.\u00a0", max_size=20), st.text(alphabet="ab tăng ,.\u00a0", max_size=20))
def test_summary_goes_on_splits_at_most_four_words(last: str, text: str) -> None:
    words = text.split()
    long_way = (
        not P.ends_sentence(last)
        and 1 <= len(words) <= 3
        and all(w.isalpha() and w.islower() for w in words)
        and len(words[0]) >= 2
    )
    assert H._summary_goes_on(last, text) == long_way


def test_starts_title_block_examples() -> None:
    assert H._starts_title_block("PHỤ LỤC I")
    assert H._starts_title_block("Phụ lục số 2")
    assert not H._starts_title_block("phụ lục I")  # (an annex label starts with a capital P)
    assert H._starts_title_block("QUYẾT ĐỊNH")
    assert not H._starts_title_block("Hà Nội, ngày 5 tháng 3 năm 2025")
