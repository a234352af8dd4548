"""The section tree's and the preamble's fast paths (speed round 3) give what the general
definitions they stand for give: set look-ups for a marker's end and an item's end, the
marker words tested before marker_of, and the enacting formula looked for once."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# -- the enacting formula looked for once per document ---------------------------------------
_PREAMBLE_LINES = st.sampled_from(
    [
        "BỘ TRƯỞNG BỘ TÀI CHÍNH",
        "CHÍNH PHỦ",
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;",
        "Theo đề nghị của Vụ trưởng Vụ Pháp chế,",
        "Xét đề nghị của Trưởng Ban Sổ - Thẻ tại Tờ trình số 12/TTr ngày 1/2/2020, QUYẾT ĐỊNH:",
        "Chính phủ ban hành Nghị định quy định chi tiết một số điều.",
        "QUYẾT ĐỊNH:",
        "NGHỊ QUYẾT:",
        "Điều 1. Phạm vi điều chỉnh",
        "1. Nội dung thứ nhất.",
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về việc ban hành quyết định,",
        "Báo cáo kết quả thực hiện nhiệm vụ năm 2024.",
    ]
)


@given(st.lists(_PREAMBLE_LINES, max_size=9), st.sampled_from(["QĐ", "NĐ", "NQ", "BC", "TT"]), st.sampled_from([set(), {"1"}]))
def test_formula_looked_for_once_is_the_preamble_read_the_long_way(
    lines: list[str], code: str, markers: set[str]
) -> None:
    # _recognise looks for the formula once and hands it to split_glued_formula and
    # read_preamble: what each of them finds looking for it itself
    from vnadmin.model.doctypes import by_code
    from vnadmin.model.origin import Origin
    from vnadmin.text.recogniser import paragraphs as PP
    from vnadmin.text.recogniser import preamble as PR

    doc_type = by_code(code)
    assert doc_type is not None
    units = [PP.Unit(t, Origin("a.txt", k + 1, 1)) for k, t in enumerate(lines)]
    split_long = PR.split_glued_formula(units)
    long_way = PR.read_preamble(split_long, doc_type, markers, None)
    found = PR.formula_at(units)
    split = PR.split_glued_formula(units, found)
    assert (split is units) == (split_long is units)
    assert [u.text for u in split] == [u.text for u in split_long]
    got = PR.read_preamble(split, doc_type, markers, None, found if split is units else None)
    assert got == long_way and repr(got) == repr(long_way)
    assert PR.has_formula(units) == (found[0] >= 0)


def test_formula_handed_over_on_real_texts(corpus_dir: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # every read_preamble call the recogniser makes on the seed and the corpus, with the
    # formula it was handed, gives what read_preamble finds looking for it itself
    import vnadmin.text.recogniser as R
    from vnadmin import text
    from vnadmin.text.recogniser import preamble as PR

    calls: list[tuple[object, ...]] = []
    real = R.read_preamble

    def recording(*args: object) -> object:
        calls.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(R, "read_preamble", recording)
    for t in [seed_text, *(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))]:
        text.loads(t)
    handed = [c for c in calls if len(c) == 5 and c[4] is not None]
    assert len(handed) > 30  # the corpus's decisions, decrees, resolutions…
    for units, doc_type, markers, _citing, found in handed:
        assert found == PR.formula_at(units)  # type: ignore[arg-type]
        assert real(units, doc_type, markers, None, found) == real(units, doc_type, markers, None)  # type: ignore[arg-type]
