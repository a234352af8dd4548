"""The header reader's round-6 fast paths give what the general definitions they stand
for give: a long piece told no junk on its first letters, one body line read as one name
without keying it, a header filled slot by slot."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.text.recogniser import header as H
from vnadmin.text.recogniser import patterns as P

# letters (Vietnamese, capitals and lower case), figures, spaces and signs: pieces that are
# junk and pieces that are not, on both sides of the twelve characters that decide
_PIECES = st.text(alphabet="aBđĐỦứ0129 .-/|{Œ\u00a0", max_size=30)


def _junk_long_way(text: str, anchored: bool) -> bool:
    letters = sum(map(str.isalpha, text))
    if letters <= 2:
        return True
    if letters <= 4 and len(text) <= 10 and " " not in text and any(c.isdigit() for c in text):
        return True
    return anchored and len(text) <= 12 and not P.is_mostly_upper(text)


@given(_PIECES, st.booleans())
def test_junk_decided_on_the_first_letters_is_the_count(text: str, anchored: bool) -> None:
    assert H._is_junk(text, anchored) == _junk_long_way(text, anchored)


def test_junk_examples() -> None:
    assert H._is_junk("Km")
    assert H._is_junk("Ms69{Œ")
    assert H._is_junk("- - - - - - - - - - - - 1 2")  # long, two letters at most
    assert H._is_junk("......... ab ........")
    assert not H._is_junk("BỘ TÀI CHÍNH TỔNG CỤC THUẾ")
    assert not H._is_junk("12 / 34 ......... abc")  # the letters stand late in a long piece


_BODY_LINES = st.sampled_from(
    ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "SỞ TÀI CHÍNH -", "BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "VĂN PHÒNG CHÍNH PHỦ-------",
     "THANH TRA CHÍNH PHỦ THANH TRA CHÍNH PHỦ", "LIÊN NGÀNH", "TỔNG CỤC THUẾ"]
)


@given(_BODY_LINES, st.sampled_from([None, 1]), st.booleans())
def test_one_body_line_is_one_name(text: str, table: int | None, bold: bool) -> None:
    from vnadmin.model.origin import Layout, Origin
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    block = Block(text, origin=Origin(layout=Layout(bold=True)) if bold else None, table=table)
    cells = [Cell(text, 0, block)]
    whole = H._body_name(cells)
    cut = H._two_bodies(whole) if table is not None else 0
    # the general reading of one line: one name, split only where a table cell holds two
    want = (whole[:cut].strip(), whole[cut:].strip(), cells) if cut else (None, whole, cells)
    assert H._split_bodies(cells) == want


def test_one_body_line_examples() -> None:
    from vnadmin.text.blocks import Block
    from vnadmin.text.recogniser.cells import Cell

    text = "BỘ TÀI CHÍNH TỔNG CỤC THUẾ"
    assert H._split_bodies([Cell(text, 0, Block(text))])[:2] == (None, text)
    assert H._split_bodies([Cell(text, 0, Block(text, table=1))])[:2] == ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")
    rule = "VĂN PHÒNG CHÍNH PHỦ-------"
    assert H._split_bodies([Cell(rule, 0, Block(rule))])[:2] == (None, "VĂN PHÒNG CHÍNH PHỦ")


def test_body_start_pairs_as_written_are_the_keyed_pairs() -> None:
    # every two characters that a line asked after a Latin letter can open on (keyed
    # letters, and a few others): looked up as written, as keyed
    seconds = sorted(H._LATIN) + list(" )1.-–IVXL\u00a0\u4e2d")
    for a in sorted(H._LATIN):
        for b in seconds:
            assert ((a + b) in H._BODY_START_PAIRS_TEXT) == (P.key(a + b) in H._BODY_START_PAIRS), a + b
    assert "Că" in H._BODY_START_PAIRS_TEXT and "ĐI" in H._BODY_START_PAIRS_TEXT and "Kí" in H._BODY_START_PAIRS_TEXT


@given(st.text(alphabet="0123456789 /-QĐUBNDqđx", max_size=24))
def test_number_spacing_searched_only_with_a_space(written: str) -> None:
    found = bool(H._SPACED_DIGITS.search(written) or H._SPACED_LETTERS.search(written))
    assert (" " in written and found) == found
