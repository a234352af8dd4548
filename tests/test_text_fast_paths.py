"""The text reader's fast paths give what the plain definitions they replace give."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from vnadmin.text import lines as L
from vnadmin.text.recogniser import patterns as P

# Letters and marks the reader meets, the characters normalize() repairs, and line breaks.
_ALPHABET = (
    "aAcCdDđĐgGhHkKnNtTuUyYýÝ ưởừiíoô0:\n\t.[]¹"
    "\u0301\u0302\x00\x01\x0b\x0c\x0e\x1f\x7f\r\x85\u2028"
    "\u00a0\u202f\u2007\u2009\u200a\u3000\u200b\u200c\u200d\u2060\ufeff\u00d0\u0189\u0256\u00f0"
)
_texts = st.text(alphabet=_ALPHABET, max_size=40)
_words = st.lists(
    st.sampled_from(["Căn", "cứ", "CĂN", "CU", "Theo", "đề", "nghị", "Xét", "Kính", "gửi", "Nơi", "nhận", "can", "cu", "x"]),
    max_size=5,
).map(" ".join)


@given(st.one_of(_words, _texts))
def test_structural_on_text_matches_structural_on_key(text: str) -> None:
    on_key = P.STRUCTURAL.match(P.key(text[:20]))
    on_text = P.STRUCTURAL_TEXT.match(text, 0, 20)
    assert (on_key is None) == (on_text is None)
    if on_key is not None and on_text is not None:
        assert on_key.span() == on_text.span()


def test_structural_on_text_examples() -> None:
    assert P.STRUCTURAL_TEXT.match("Căn cứ Luật Tổ chức")
    assert P.STRUCTURAL_TEXT.match("CAN CU Luat")
    assert P.STRUCTURAL_TEXT.match("Cănh cứ") is None


@given(st.one_of(_texts, st.sampled_from(["Ký bởi: Sở", "Thời gian ký: 12", "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ"])))
def test_stamp_hints_pass_every_stamp(text: str) -> None:
    key = P.key(text[:60])
    if L._STAMP.search(key[:30]):
        assert L._STAMP_HINT.search(text, 0, 30)
    if L._PORTAL_STAMP.search(key):
        assert L._PORTAL_HINT.search(text[:60])


@given(st.text(alphabet="ab .;:!?…”\"'’»)*]¹²[0123", max_size=12))
def test_ends_sentence_fast_path(text: str) -> None:
    t = text.rstrip()
    if t[-1:] == "]" or t[-1:] in P.SUPERSCRIPTS:
        t = P._TRAILING_REF.sub("", t)
    t = t.rstrip(" ”\"'’»)*")
    assert P.ends_sentence(text) == (bool(t) and t[-1] in ".;:!?…")


@given(st.text(alphabet="a ¹²³⁴⁰\n9[]", max_size=20), st.sampled_from(["1", "2", "12", "123", "1234", "0", "4", "*", "", "٣"]))
def test_superscript_reference_is_a_regex_run(text: str, marker: str) -> None:
    from vnadmin.text.recogniser.body import _SUP_REF, _sup_referred

    runs = {P.superscript_digits(r) for r in _SUP_REF.findall(text)}
    assert _sup_referred(text, marker) == (marker in runs)


def test_superscript_reference_examples() -> None:
    from vnadmin.text.recogniser.body import _sup_referred

    assert _sup_referred("a¹ b", "1")
    assert not _sup_referred("a¹² b", "1")
    assert _sup_referred("a¹²³⁴ b", "4")
    assert not _sup_referred("a¹²³⁴ b", "34")
    assert _sup_referred("x\n¹", "1")


@given(st.text(alphabet="|#\\ \n\t\r-a*x\x85\u2028\x1c", max_size=16))
def test_is_markdown_is_the_markdown_signs_search(text: str) -> None:
    expected = "**" in text or (
        ("\\" in text or "|" in text or "#" in text) and L._MD_SIGNS.search(text) is not None
    )
    assert L.is_markdown(text) == expected


@given(st.text(alphabet="*ab\n", max_size=80))
def test_holds_double_is_the_two_character_search(text: str) -> None:
    assert L._holds_double(text, "*") == ("**" in text)


_labels = st.lists(
    st.sampled_from(["Nơi", "nhận", "Noi", "nhan", "Nơi nan", "nơi", "niệm", ":", ";", "KT.", "GIÁM ĐỐC", "fe", "—", "x", "ñ"]),
    max_size=5,
).map(" ".join)


@given(st.one_of(_labels, _texts, st.text(alphabet="nNñơƠiIíTtHhậẬaAeo:; \u00a0x", max_size=30)))
def test_recipient_label_read_once_for_both_readings(text: str) -> None:
    from vnadmin.text.recogniser import signature as S

    strict, alone = S._noi_nhan_both(text)
    for got, expected in ((strict, S._is_noi_nhan(text)), (alone, S._is_noi_nhan(text, alone=True))):
        assert (got is None) == (expected is None)
        if got is not None and expected is not None:
            assert got.span() == expected.span()


def test_recipient_label_both_readings_examples() -> None:
    from vnadmin.text.recogniser import signature as S

    assert S._noi_nhan_both("Nơi nan")[0] is None and S._noi_nhan_both("Nơi nan")[1] is not None
    assert all(m is not None for m in S._noi_nhan_both("Nơi nhận:"))
    assert S._noi_nhan_both("Nghị định") == (None, None)


def test_undecided_line_ends_hold_every_whitespace_character() -> None:
    from vnadmin.text.recogniser import paragraphs

    spaces = {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert spaces <= paragraphs._UNDECIDED
    assert set(paragraphs._UNDECIDED) == set(P.END_SKIPPED) | spaces


@given(st.text(alphabet="a :*“”.", max_size=14).filter(lambda t: "“" in t))
def test_quotation_opening_read_from_the_mark_back(text: str) -> None:
    from vnadmin.text.recogniser.body import _opens

    before = text[: text.index("“")].rstrip(" *")
    assert _opens(text) == ((not before or before.endswith(":")) and text.count("“") > text.count("”"))


def test_unit_origins_are_their_first_blocks_origins() -> None:
    # assemble makes a new unit's origin from its block's parts, as Block.origin does
    from vnadmin.text.lines import text_blocks
    from vnadmin.text.recogniser.paragraphs import assemble

    text = "Một dòng\nnối tiếp.\n\n**Hai**\n    ba bốn\n\n- năm;\n"
    blocks = text_blocks(text, source="a.txt")[0]
    units = assemble(blocks)
    fresh = text_blocks(text, source="a.txt")[0]  # blocks that have not made their origins
    firsts = [b for b in fresh if any(u.first == b.text for u in units)]
    assert [u.origin for u in units] == [b.origin for b in firsts]
    assert all(u.origin.source == "a.txt" and u.origin.line is not None for u in units)


def _is_formula_keyed(text: str) -> bool:
    """is_formula as written before its quick test: the key made for every paragraph."""
    from vnadmin.text.recogniser import preamble as PR

    if len(text) > 400 and not P.is_upper_line(text):
        return False
    k = P.key(text).strip(" .*#")
    if PR._FORMULA_WORDS.fullmatch(k) and P.is_upper_line(text):
        return True
    return bool(PR._ENACTS.search(k)) and len(text) <= 400 and not PR._BASIS.match(k)


_formula_words = st.lists(
    st.sampled_from(
        ["Chính", "phủ", "ban", "BAN", "bàn", "bản", "hành", "HÀNH", "hanh", "Nghị", "định", "QUYẾT", "ĐỊNH:", "Thông", "tư",
         "Căn", "cứ", "luật", "  ", "\u00a0", "x", "."]
    ),
    max_size=8,
).map(" ".join)


@given(st.one_of(_formula_words, _texts))
def test_is_formula_quick_test_keeps_every_formula(text: str) -> None:
    from vnadmin.text.recogniser.preamble import is_formula

    assert is_formula(text) == _is_formula_keyed(text)


def test_is_formula_examples() -> None:
    from vnadmin.text.recogniser.preamble import is_formula

    assert is_formula("Chính phủ ban hành Nghị định quy định chi tiết.")
    assert is_formula("Bộ trưởng Bộ Tài chính BAN  HÀNH Thông tư hướng dẫn.")
    assert is_formula("QUYẾT ĐỊNH:")
    assert not is_formula("Căn cứ Luật ban hành văn bản quy phạm pháp luật;")
    assert not is_formula("Chính phủ bản hành chính")
    assert not is_formula("ban hành Nghị định " + "x" * 400)


_TABLE_AND_MARKUP = (
    "**BỘ TÀI CHÍNH**\n\n| Nơi nhận: | KT. BỘ TRƯỞNG |\n|---|---|\n| - Như trên; | THỨ TRƯỞNG |\n\n"
    "--- PAGE 2 ---\n\f\n1\\. Điều chỉnh\n\n+---+---+\n| a | b |\n+---+---+\n\nKý bởi: Sở\n\n____\n"
)


def _check_recognise_lines(text: str) -> None:
    from vnadmin.text.lines import text_blocks
    from vnadmin.text.recogniser import recognise, recognise_lines

    blocks, notes = text_blocks(text, source="t.txt")
    assert all(b.text for b in blocks)  # what recognise_lines takes for granted
    assert not any(b.footnote_refs for b in blocks)
    again, _ = text_blocks(text, source="t.txt")
    assert recognise_lines(blocks, source="t.txt", notes=notes) == recognise(again, source="t.txt", notes=notes)


@given(st.one_of(_texts, st.lists(st.sampled_from(_TABLE_AND_MARKUP.split("\n")), max_size=12).map("\n".join)))
def test_recognise_lines_is_recognise_of_text_blocks(text: str) -> None:
    if text.strip("\n\x00"):
        _check_recognise_lines(text)


def test_recognise_lines_on_the_seed_and_the_corpus(seed_text: str, corpus_dir: Path) -> None:
    _check_recognise_lines(seed_text)
    _check_recognise_lines(_TABLE_AND_MARKUP)
    for path in sorted(corpus_dir.glob("*.txt")):
        _check_recognise_lines(path.read_text(encoding="utf-8"))


_stamp_words = st.lists(
    st.sampled_from(
        ["Ký", "ky", "KÝ", "bởi", "boi", ":", "Thời", "gian", "ký", "Người", "Ngày", "CỔNG", "C0NG", "THÔNG", "TH0NG",
         "TIN", "T1N", "ĐIỆN", "TỬ", "TƯ", "CHÍNH", "CH", "x", " ", "\u00a0", "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ",
         "C0NG TH0NG T1N DIEN TU CH", "cổngthôngtinđiệntừchí", "Thời gian ký:", "Ký bởi "]
    ),
    max_size=9,
).map(" ".join)


@given(st.one_of(_stamp_words, _texts, st.text(alphabet="kKýYbBoOơiIcCnNgGtThHuUưừ01lL: ", max_size=70)))
def test_stamp_patterns_on_text_are_the_key_patterns(text: str) -> None:
    key = P.key(text[:60])
    for on_key, on_text in ((L._PORTAL_STAMP.search(key), L._PORTAL_STAMP_TEXT.search(text, 0, 60)),
                            (L._STAMP.search(key[:30]), L._STAMP_TEXT.search(text, 0, 30))):
        assert (on_key is None) == (on_text is None)
        if on_key is not None and on_text is not None:
            assert on_key.span() == on_text.span()


def test_stamp_patterns_on_text_examples() -> None:
    for text in ("CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ", "C0NG TH0NG T1N DIEN TU CH", "CỔNG THONG TIN ĐIỆN TỪ CHI PHU"):
        assert L._PORTAL_STAMP_TEXT.search(text, 0, 60) is not None
        assert L._PORTAL_STAMP.search(P.key(text)) is not None
    for text in ("Ký bởi: Văn phòng", "Thời gian ký: 12.05.2025", "NGÀY KÝ: 1"):
        assert L._STAMP_TEXT.search(text, 0, 30) is not None
    assert L._STAMP_TEXT.search("Kỹ thuật viên", 0, 30) is None


_opening_words = st.lists(
    st.sampled_from(
        ["Kính", "gửi", "KÍNH", "GỬI", "Kinh", "gui", "gưi:", "-", "*", "1", ":", "Căn", "cứ", "CĂN", "CỨ", "Điều", "1", "1.",
         "I.", "i.", "Theo", "đề", "nghị", "Xét", "xét", "x", " ", "\n", "\u00a0", "*-", "*-Kính", "(-Kính", "1-Kính"]
    ),
    max_size=8,
).map(" ".join)


@given(st.one_of(_opening_words, _texts, st.text(alphabet="kKíinNhHgGửuUiIcCăđĐe1.: -*\n", max_size=45)))
def test_openings_on_text_are_the_key_openings(text: str) -> None:
    from vnadmin.text.recogniser import header as H
    from vnadmin.text.recogniser import unwrap as U

    on_key, on_text = P.KINH_GUI.match(P.key(text[:40])), P.KINH_GUI_TEXT.match(text, 0, 40)
    assert (on_key is None) == (on_text is None)
    if on_key is not None and on_text is not None:
        assert on_key.span() == on_text.span()
    k = P.key(text[:40])
    assert H._is_body_start(text) == bool(
        H._PREAMBLE_START.match(k) or P.KINH_GUI.match(k) or P.MARKER.match(text) or P.BULLET.match(text)
    )
    if len(text) >= 4 and (text[:1] in U._BODY_FIRST or not text[:1].isalnum()):
        k = P.key(text[:24])
        assert U._starts_body(text) == (k.startswith(("can cu", "dieu 1", "i. ")) or bool(P.KINH_GUI.match(k)))


def test_openings_on_text_examples() -> None:
    from vnadmin.text.recogniser import header as H
    from vnadmin.text.recogniser import unwrap as U

    assert P.KINH_GUI_TEXT.match("Kính gửi: Bộ Tài chính", 0, 40)
    assert P.KINH_GUI_TEXT.match("- KÍNH GỬI Sở", 0, 40)
    assert P.KINH_GUI_TEXT.match("Kính gửiquá", 0, 40) is None
    assert P.KINH_GUI_TEXT.match("*- Kính gửi:", 0, 40) is not None
    assert P.KINH_GUI_TEXT.match("*-- Kính gửi:", 0, 40) is None
    assert H._is_body_start("Căn cứ Luật Tổ chức Chính phủ;")
    assert H._is_body_start("Xét đề nghị của Giám đốc")
    assert not H._is_body_start("Xétnghiệm")
    assert U._starts_body("Điều 1. Phạm vi")
    assert U._starts_body("I. MỤC ĐÍCH")
    assert not U._starts_body("Căng thẳng")


@given(
    st.one_of(_stamp_words, _texts, st.text(alphabet="kKýYbBoOơiIcCnNgGtThHuUưừ01lLaAy: \u00a0\t", max_size=40)),
    st.integers(0, 40),
)
def test_stamp_from_ky_finds_a_stamp_where_the_stamp_pattern_does(text: str, end: int) -> None:
    # the fast loop asks _STAMP_FROM_KY whether _STAMP_TEXT matches in a window
    assert (L._STAMP_FROM_KY.search(text, 0, end) is None) == (L._STAMP_TEXT.search(text, 0, end) is None)


def test_stamp_from_ky_examples() -> None:
    for text in ("Ký bởi: Văn phòng", "Thời gian ký: 12.05.2025", "NGÀY KÝ: 1", "người ký :", "ky boi x", "Thoi gian ky 1"):
        assert L._STAMP_FROM_KY.search(text, 0, 30) is not None, text
    for text in ("Kỹ thuật viên", "abc ký bởi", "Ngày ký 5", "x" * 25 + "Ký bởi: A", "gian ký: 1"):
        assert L._STAMP_FROM_KY.search(text, 0, 30) is None, text


@given(st.text(alphabet="kybothigangu :\t\u00a0x", max_size=40), st.integers(0, 40))
def test_stamp_key_from_ky_finds_a_stamp_where_the_stamp_pattern_does(key: str, end: int) -> None:
    # _Builder.add asks _STAMP_KEY_FROM_KY whether _STAMP matches a key's first characters
    assert (L._STAMP_KEY_FROM_KY.search(key, 0, end) is None) == (L._STAMP.search(key[:end]) is None)
    for stamp in ("ky boi:", "thoi gian ky ", "nguoi ky :", "ngay ky:"):
        assert L._STAMP_KEY_FROM_KY.search(key + stamp) is not None


@given(st.text(alphabet="#*\\\x00 -.ab\u00a0\u3000|[]()!~<>", max_size=20), st.booleans(), st.booleans())
def test_clean_marked_is_clean_markup_of_a_marked_line(s: str, markdown: bool, printable: bool) -> None:
    # the fast loop hands a line holding "#", a backslash, or (markdown) "*" or NUL, stripped
    assume(not printable or s.isprintable())  # (the loop says printable only of a text whose every line is)
    assume("#" in s or "\\" in s or (markdown and ("*" in s or "\x00" in s)))
    assert L._clean_marked(s.strip(), markdown, printable) == L._clean_markup(s, markdown, printable)


def test_clean_marked_examples() -> None:
    for s in ("  **Điều 1.** Phạm vi", "23\\. Sắp xếp  toàn bộ", "## Chương I", "*Căn cứ* Luật;*", "a\x00b *c*"):
        assert L._clean_marked(s.strip(), True, "\x00" not in s) == L._clean_markup(s, True, "\x00" not in s)
    assert L._clean_marked("**Điều 1.** Phạm vi", True, True) == ("Điều 1. Phạm vi", True)
