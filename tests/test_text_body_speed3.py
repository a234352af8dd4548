"""The section tree's and the preamble's fast paths (speed round 3) give what the general
definitions they stand for give: set look-ups for a marker's end and an item's end, the
marker words tested before marker_of, and the enacting formula looked for once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.text.recogniser import body as B
from vnadmin.text.recogniser import patterns as P

_ALPHABET = (
    "PCMTĐIVXLađbcxyz0129٣３²¹⁰[]()-+•*.:;…”»\"'’ \t\u00a0\u2003\u3000\n"
    "ầươỹÂƯĐÊÔhnươèứ"
    "\u2116\u2192\u4e2d\U0001f600"
)
_texts = st.text(alphabet=_ALPHABET, max_size=16)
_heads = st.sampled_from(
    ["Phần I", "Phần thứ hai", "Chương 2.", "Mục 3", "Tiểu mục 1", "Điều 5.", "IV.", "1.2.3 ", "12.", "a) ", "đ)",
     "Các ", "Trong ", "Để ", "Theo ", "Căn cứ", "Ph", "Mụ", "Điề", "Tiểu", "1.", "1", "a)", "z)\u3000"]
)
_lines = st.one_of(_texts, st.builds(lambda h, t: h + t, _heads, _texts))


def test_space_or_end_holds_every_whitespace_character() -> None:
    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert set(B._SPACE_OR_END) == spaces | {""}


@given(_lines)
def test_marker_words_tested_before_marker_of_keep_every_marker(text: str) -> None:
    # build_body asks marker_of nothing of a text starting with P, C, M, T or Đ that is
    # no marker word
    c = text[:1]
    if c in B._WORD_FIRST and not text.startswith(B._MARKER_WORDS):
        assert B.marker_of(text) is None and P.MARKER.match(text) is None


@given(_texts)
def test_item_end_on_the_last_character_is_ends_item(text: str) -> None:
    # build_body's test of the text after a marker (never empty there)
    if text:
        last = text[-1]
        fast = last in B._ITEM_ENDS or (last in B._ITEM_SKIPPED and P.ends_item(text))
        assert fast == P.ends_item(text)


def test_item_end_sets_are_ends_items() -> None:
    assert B._ITEM_ENDS == P._ITEM_ENDS and B._ITEM_SKIPPED == P._ITEM_SKIPPED


_MARKER_HEADS = st.text(alphabet="0123456789.IVXLiệ -–—)a\t\u00a0\u3000", max_size=7)


@given(st.builds(lambda h, t: h + t, _MARKER_HEADS, _texts))
def test_digit_and_roman_starts_refused_without_the_regex_are_no_markers(text: str) -> None:
    # marker_of answers None without the regex for a digit run not followed by a dot and
    # for a roman numeral's first letter followed by what the roman alternative refuses
    assert (B.marker_of(text) is None) == (P.MARKER.match(text) is None)


def test_digit_and_roman_starts_examples() -> None:
    for text in ("2024 là năm", "1/ Về", "10 - Các", "1234. Số", "Việc thực hiện", "Xét đề nghị", "Luật số", "X"):
        assert B.marker_of(text) is None and P.MARKER.match(text) is None
    assert B.marker_of("1.2 Nội dung")[:3] == ("1.2", "1.2", 7)  # type: ignore[index]
    assert B.marker_of("IV - Kiến nghị")[:3] == ("IV", "IV-", 5)  # type: ignore[index]
    assert B.marker_of("II. Nhiệm vụ") == ("II", "II.", 5, "Nhiệm vụ")
    assert B.marker_of("XI\u3000. Khác")[:2] == ("XI", "XI\u3000.")  # type: ignore[index]


@given(st.text(alphabet="aĐ'\\\"\n\t\x00\u200b “”ứ", max_size=12))
def test_unrecognised_note_is_the_note_of_quoted(text: str) -> None:
    # Context.unrecognised writes quoted(text) and note() out: the note they make
    from vnadmin.model.origin import Note, Origin
    from vnadmin.text.recogniser.context import Context, quoted

    origin = Origin("a.txt", 3, 1)
    fast, slow = Context([]), Context([])
    fast.unrecognised(text, origin)
    slow.note(
        "unrecognised",
        f"dòng không nhận dạng được, giữ làm đoạn văn (unrecognised line kept as a paragraph): {quoted(text)}",
        origin,
    )
    assert fast.notes == slow.notes and fast.notes[0].message == slow.notes[0].message
    assert repr(fast.notes) == repr(slow.notes) and type(fast.notes[0]) is Note
    assert fast.notes[0].origin is origin
