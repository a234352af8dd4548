"""The text reader's quicker readings of a line agree with the general ones (lines.py)."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model.origin import Note
from vnadmin.text import lines as L

_MARKUP = st.text(alphabet="ab ế#*\\-.|_`[]()!0123:", max_size=30)


@given(_MARKUP, st.booleans())
def test_clean_markup_of_a_printable_line_is_the_general_one(s: str, markdown: bool) -> None:
    assert s.isprintable()
    assert L._clean_markup(s, markdown, True) == L.clean_markup(s, markdown) == L._clean_markup(s, markdown, False)


def _same(text: str) -> None:
    fast = L.text_blocks(text, source="x.txt")
    general = L._text_blocks_general(text, source="x.txt")
    assert fast == general, text
    # notes compare without their origins: compare those too, and the blocks' origins
    assert [n.origin for n in fast[1]] == [n.origin for n in general[1]], text
    assert [b.origin for b in fast[0]] == [b.origin for b in general[0]], text


def test_page_markers_and_bullets_read_in_the_fast_loop_are_the_general_ones() -> None:
    for text in [
        "một\n--- PAGE 2 ---\nhai\n",  # a page marker after an ordinary line
        "--- PAGE 1 ---\nmột\n",  # one opening the text
        "một\n\n==== Trang 2 ====\n\nhai\n",  # a banner after a blank line
        "một\nKý bởi: A\n--- PAGE BREAK ---\nhai\n",  # one right after a stamp
        "một\n--- PAGE 2 ---\f\nhai\n",  # with a form feed
        "một\n-- PAGE 3 --\n+ hai\n+ba\n++ bốn\n+-----+\n+\n",  # '+' bullets, a border's start, a lone '+'
        "một\n+ Ký bởi: A\n+ 28-07-2026 18:08:51 +07:00\n",  # a bullet that is a stamp, a signing time
        "**một**\n\n--- PAGE 2 ---\n**hai\nba**\n",  # markdown around a marker
    ]:
        _same(text)


def test_a_pandoc_text_with_no_break_spaces_reads_as_the_general_one() -> None:
    # printable once its no-break spaces are spaces: its lines are cleaned the quick way
    text = "**ỦY BAN\u00a0NHÂN DÂN**\n\n1\\. Điều\u00a0một *nghiêng*\n\n|\u00a0a\u00a0|\u00a0b\u00a0|\n|---|---|\n"
    prepared = L.prepare_lines(text)
    assert prepared[3:] == (False, True, False)
    _same(text)


def test_the_shortest_stamps_are_as_long_as_the_fast_loop_takes_them() -> None:
    # the fast loop looks for no stamp on a line shorter than the fewest characters a
    # match takes: those bounds are the patterns' own
    from re import _parser  # type: ignore[attr-defined]

    assert _parser.parse(L._STAMP_TEXT.pattern).getwidth()[0] == L._STAMP_TEXT_MIN
    assert _parser.parse(L._PORTAL_STAMP_TEXT.pattern).getwidth()[0] == L._PORTAL_TEXT_MIN


def test_short_stamp_lines_around_the_length_bounds_read_as_the_general_ones() -> None:
    for text in [
        "một\nKý bởi:\nhai\n",  # 7 characters: the shortest stamp
        "một\nKý bởi\nhai\n",  # 6: too short for one
        "một\nKý bởi: A\nhai\n",
        "một\nngày ký: 5\nhai\n",
        "một\nky ky ky\nhai\n",  # a hint, no stamp
        "một\nnguoi ky:\nhai\n",
        "một\ncong thong tin\nhai\n",  # the portal's hint on a line too short for its stamp
        "một\nCONG THONG TIN DIEN TU CHINH PHU\nhai\n",  # the portal's stamp
        "một\nCỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nhai\n",
        "một\nCONGTHONGTINXXTUCH\nhai\n",  # 18 characters: the shortest portal stamp
        "một\nng th + 1\nhai\n",  # a hint and a '+' in the first lines
        "một\nKý bởi: A   Email: b\nhai\n",
        "**một**\n\n**Ký bởi:**\n*ng th*\nhai\n",  # markdown
    ]:
        _same(text)


def test_notes_filled_slot_by_slot_are_the_constructed_notes(seed_text: str, corpus_dir: Path) -> None:
    # _Builder.ignore fills its notes without the constructor: each is valid and equal,
    # origin included, to the one Note(...) makes
    texts = [seed_text, "một\n--- PAGE 2 ---\n____\nKý bởi: A\n+---+---+\n| a | b |\n+---+---+\n12\n\f\n"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))[::9]]
    seen = 0
    for text in texts:
        for note in L.text_blocks(text, source="x.txt")[1]:
            attrs.validate(note)
            assert type(note) is Note
            made = Note(note.code, note.message, note.origin)
            assert note == made and note.origin == made.origin and repr(note) == repr(made)
            seen += 1
    assert seen > 10


_EMPHASIS_ALTERNATION = re.compile(r"(?<=\S)\*|\*(?=\S)")  # the emphasis star as first written


@given(st.text(alphabet="*a \u00a0\x00\nế\\", max_size=20))
def test_emphasis_opening_on_the_star_removes_what_the_alternation_removes(s: str) -> None:
    assert L._EMPHASIS.sub("", s) == _EMPHASIS_ALTERNATION.sub("", s)
    assert [m.span() for m in L._EMPHASIS.finditer(s)] == [m.span() for m in _EMPHASIS_ALTERNATION.finditer(s)]


def test_emphasis_on_starred_corpus_lines_is_the_alternation(corpus_dir: Path) -> None:
    seen = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "*" in line:
                assert L._EMPHASIS.sub("", line) == _EMPHASIS_ALTERNATION.sub("", line), line
                seen += 1
    assert seen > 100


def test_the_escapable_characters_are_the_escape_patterns_class() -> None:
    escapable = {chr(c) for c in range(0x3000) if L._ESCAPE.fullmatch("\\" + chr(c))}
    assert escapable == L._ESCAPABLE


@given(st.text(alphabet="\\*.-#ab ế`|", max_size=16), st.booleans())
def test_a_lone_backslash_is_unescaped_as_the_pattern_unescapes_it(s: str, markdown: bool) -> None:
    # _clean_marked slices a lone backslash out; the general definition runs _ESCAPE.sub
    t = s.strip()
    if "#" in t or "*" in t or "\\" in t:
        ours = L._clean_marked(t, markdown, True)
        assert ours == L._clean_marked(t, markdown, False) == L.clean_markup(s, markdown)
        if t.count("\\") == 1 and "*" not in t and "#" not in t:
            assert ours[0] == " ".join(L._ESCAPE.sub(r"\1", t).rstrip("\\").split())


@given(st.text(alphabet="-_=~*.·•—–‐−\\ \u2003a1", min_size=1, max_size=12))
def test_a_rule_has_a_rule_character_or_a_space_third(text: str) -> None:
    # the fast loop asks _RULE only of a line whose third character is one of those
    if L._RULE.fullmatch(text) and len(text) >= 3:
        assert text[2] in L._RULE_FIRST or text[2].isspace()


def test_rules_bullets_and_nul_free_markdown_read_as_the_general_ones() -> None:
    for text in [
        "một\n- hai\n-- ba\n---\n- - -\n—— bốn\n___\n*\n\\**\n~~~ năm\n. . .\n",
        "**một**\n\n- hai *ba*\n\n1\\. bốn\n\n- - -\n\n*năm*\n",  # markdown, printable: no NUL looked for
        "**một**\n\n- hai\x00 *ba*\n\n\x00\n",  # markdown with NULs (not printable)
    ]:
        _same(text)
