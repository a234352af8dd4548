"""Speed round 6 of the recogniser's glue (body.py, preamble.py): each shortcut held to the
long way it replaces, on generated texts and on the corpus."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from test_text_recogniser_speed_paths import _body_long_way, check_build_body_against_the_long_way
from vnadmin.model.origin import Origin
from vnadmin.model.sections import Section
from vnadmin.text import loads
from vnadmin.text.recogniser import body as B
from vnadmin.text.recogniser import paragraphs as PP
from vnadmin.text.recogniser import patterns as P
from vnadmin.text.recogniser import preamble as PR

_O = Origin(line=1)
_ALPHABET = "PCMTĐIVXLađbcxyz0129٣３²¹[]()-+•*.:;…”' \t\u00a0\u2003ầươỹÂƯĐÊÔ\u4e2d"
_texts = st.text(alphabet=_ALPHABET, max_size=16)


# -- is_formula: a paragraph opening as a basis is written is told without the key ---------
def _is_formula_long_way(text: str) -> bool:
    """is_formula with every paragraph keyed whole (no quick test)."""
    upper = P.is_upper_line(text)
    k = P.key(text).strip(" .*#")
    if PR._FORMULA_WORDS.fullmatch(k) and upper:
        return True
    return bool(PR._ENACTS.search(k)) and len(text) <= 400 and not PR._BASIS.match(k)


_formula_words = st.lists(
    st.sampled_from(
        ["Chính", "phủ", "ban", "BAN", "hành", "HÀNH", "Nghị", "định", "QUYẾT", "ĐỊNH:", "Thông", "tư", "luật",
         "Căn", "cứ", "Theo", "đề", "nghị", "Xét", "Thực", "hiện", "  ", "\u00a0", "x", ".", "*"]
    ),
    max_size=9,
).map(" ".join)


@given(st.sampled_from(["", *PR._BASIS_AS_WRITTEN, "Căn cứ", "Xét", "Xétx ", "CĂN CỨ ", "Thực hiện"]), st.one_of(_formula_words, _texts))
@example("Căn cứ ", "Luật Ban hành văn bản quy phạm pháp luật;")
@example("Xét ", "đề nghị, Chính phủ ban hành Nghị định")
@example("Thực hiện ", "ban hành Thông tư")
@example("", "Chính phủ ban hành Nghị định quy định chi tiết.")
def test_is_formula_basis_opening_is_the_long_way(head: str, text: str) -> None:
    assert PR.is_formula(head + text) == _is_formula_long_way(head + text)


def test_basis_openings_are_bases_as_keyed() -> None:
    # what makes the quick test exact: each opening, keyed, is matched by _BASIS as a whole
    for opening in PR._BASIS_AS_WRITTEN:
        k = P.key(opening)
        assert PR._BASIS.match(k) is not None and k.strip(" .*#") == k.rstrip()


# -- read_preamble: a basis told from the key of its first twenty characters ---------------
@given(
    st.sampled_from(["", "Căn cứ", "Căn  cứ", "căn\u00a0cứ", "Theo   đề   nghị", "THEO ĐỀ NGHỊ", "Xét", "Xétx", "Thực  hiện",
                     "Thực hiệnx", "   ", "* Căn cứ", "ÇAN CU"]),
    st.sampled_from(["", " ", "  ", "\t", ".", "x", ";"]),
    _texts,
)
@example("Theo   đề   nghị", "", "")
@example("Thực  hiện", "", "x")
@example("Thực   hiện", " ", "")
def test_is_basis_is_the_whole_key(head: str, sep: str, text: str) -> None:
    t = head + sep + text
    assert PR._is_basis(t) == (PR._BASIS.match(P.key(t)) is not None)


# -- build_body reads "10. …" in its loop, as marker_of reads it ----------------------------
# (checked against the long way of round 5's tests: build_body from marker_of and the constructors)
_NUMBERED = st.builds(
    lambda h, s, t: h + s + t,
    st.sampled_from(["10.", "99.", "12.", "1.", "123.", "100.", "1a.", "a1.", "٣٣.", "３３.", "10", "10)", "10.1", "10.1.", "Điều 10."]),
    st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u2003", "x", ".", "1"]),
    _texts,
)


@given(st.lists(st.one_of(_NUMBERED, _texts), min_size=1, max_size=6))
@example(["10. Mục tiêu", "a) Một;", "11. Nội dung;", "Văn bản."])
@example(["12.", "10.\tb;", " 13. x", "14.\u00a0y"])
@example(["10.x", "10..", "1a. x", "٣٣. x"])
def test_build_body_two_digit_marker_is_the_long_way(texts: list[str]) -> None:
    check_build_body_against_the_long_way(texts)


# -- take_footnotes: the units without a footnote text, found by a loop ---------------------
@given(st.lists(st.sampled_from([None, "", "1", "2"]), max_size=6))
def test_take_footnotes_finds_any_footnote_text(footnotes: list[str | None]) -> None:
    units = [PP.Unit(f"Đoạn {k}¹ [2] văn bản.", _O, footnote=f) for k, f in enumerate(footnotes)]
    rest, notes = B.take_footnotes(units)
    if all(f is None for f in footnotes):
        assert rest == units and rest is not units and notes == []
    else:
        # a footnote text is taken (or turned back into a paragraph with its marker)
        assert notes or any(u not in units for u in rest)


# -- the corpus: every paragraph asked by formula_at, and every "NN. …" paragraph ------------
def test_corpus_fast_paths_are_the_long_way(corpus_dir: Path) -> None:
    asked = numbered = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        doc = loads(path.read_text(encoding="utf-8"))
        texts = [p.text for p in doc.preamble.bases] + [p.text for p in doc.paragraphs()]
        for text in texts:
            assert PR._is_basis(text) == (PR._BASIS.match(P.key(text)) is not None)
            if text.startswith(PR._BASIS_AS_WRITTEN) or P.is_upper_line(text):
                asked += 1
                assert PR.is_formula(text) == _is_formula_long_way(text), text
        for s in doc.walk():
            if type(s) is Section and len(s.marker) == 3 and s.marker[:2].isascii() and s.marker[:2].isdigit():
                numbered += 1
                text = s.marker + " " + (s.heading or "x.")
                assert B.build_body([PP.Unit(text, _O)], set()) == _body_long_way([text]), text
    assert asked > 100 and numbered > 100


# -- notes quote a text without asking it again when every line was printable -------------
def _read_both_ways(text: str) -> tuple[object, object] | None:
    """The document read from ``text`` with the recogniser told that every line was
    printable, and without (None when the preparation does not say so)."""
    from vnadmin.text.lines import prepare_lines, prepared_blocks
    from vnadmin.text.recogniser import recognise_lines

    prepared = prepare_lines(text)
    if not prepared[4]:
        return None
    blocks, notes = prepared_blocks(prepared)
    told = recognise_lines(blocks, notes=notes, printable=True)
    asked = recognise_lines(blocks, notes=notes, printable=False)
    return told, asked


_AFTER_FOOTER = st.lists(
    st.one_of(
        _texts,
        st.sampled_from(["Phụ lục I", "Mẫu số 01 'tờ khai'", "C:\\thư mục", "a\u00a0b", "x\u200by", "1.\tMột", "¹ chú thích", "**đậm**"]),
    ),
    max_size=5,
)


@given(_AFTER_FOOTER)
@example(["Phụ lục I", "Mẫu số 01 'tờ khai'", "C:\\thư mục"])
@example(["a\u00a0b", "x\u200by", "1.\tMột"])
def test_printable_told_is_printable_asked(after: list[str]) -> None:
    # the lines after a footer are kept as paragraphs, each with a note quoting it
    text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n\n" + "\n".join(after)
    both = _read_both_ways("Số: 12/BC-UBND\n\nBÁO CÁO\n\nTổng kết\n\nNội dung.\n\n" + text)
    if both is not None:
        told, asked = both
        assert told == asked and repr(told) == repr(asked)
        assert told.notes == asked.notes  # type: ignore[attr-defined]


def test_printable_told_on_the_corpus(corpus_dir: Path) -> None:
    told_some = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        both = _read_both_ways(path.read_text(encoding="utf-8"))
        if both is not None:
            told, asked = both
            assert told == asked and told.notes == asked.notes, path.name  # type: ignore[attr-defined]
            told_some += 1
    assert told_some > 100
