"""Lines → paragraphs: the shortcuts of this speed round give what the long way gives
(the layout judgement, the merge of neighbouring units, the joining rule's first tests)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model.origin import Origin
from vnadmin.text.blocks import Block
from vnadmin.text.recogniser import paragraphs as PP
from vnadmin.text.recogniser import patterns as P

_O = Origin(line=1)


# -- _starts_indented: texts with no line indented by two or more ---------------------------
def _starts_indented_reference(blocks: list[Block]) -> bool:
    """_starts_indented as written before: every pair of lines read, no first pass."""
    starts = indented = runs = flush = 0
    before: Block | None = None
    for b in blocks:
        if b.kind != "line" or not b.text:
            before = None
            continue
        if before is not None and not b.blank_before and b.column is None and before.column is None:
            last = before.text[-1]
            if last == ".":
                starts += 1
                indented += b.indent >= 2
            elif last.isalpha():
                runs += 1
                flush += b.indent <= 1
            if starts >= 40 and runs >= 40:
                break
        before = b
    return starts >= 5 and runs >= 5 and indented >= 0.7 * starts and flush >= 0.7 * runs


_LAYOUT_LINES = st.lists(
    st.tuples(
        st.sampled_from(["Một câu.", "một dòng", "Dòng tiếp", "x", "1.", "- ý;", "KẾT LUẬN", "ngày 1."]),
        st.sampled_from([0, 0, 0, 1, 2, 3, 6]),
        st.booleans(),
        st.sampled_from([None, None, None, 0]),
        st.sampled_from(["line"] * 8 + ["page-break"]),
    ),
    max_size=60,
)


@given(_LAYOUT_LINES)
def test_starts_indented_is_the_long_way(rows: list[tuple[str, int, bool, int | None, str]]) -> None:
    blocks = [
        Block(text, Origin(line=n + 1), blank, indent, column=column, kind=kind)
        for n, (text, indent, blank, column, kind) in enumerate(rows)
    ]
    assert PP._starts_indented(blocks) == _starts_indented_reference(blocks)


def test_starts_indented_on_a_layout_text_and_the_corpus(corpus_dir: Path) -> None:
    from vnadmin.text.lines import text_blocks

    layout = "\n".join(["   Đoạn một bắt đầu thụt vào", "và chạy tiếp ở lề trái."] * 8)
    blocks = text_blocks(layout)[0]
    assert PP._starts_indented(blocks) is True
    assert _starts_indented_reference(blocks) is True
    seen = set()
    for path in sorted(corpus_dir.glob("*.txt")):
        blocks = [b for b in text_blocks(path.read_text(encoding="utf-8"))[0] if b.text or b.kind == "page-break"]
        got = PP._starts_indented(blocks)
        assert got == _starts_indented_reference(blocks), path.name
        seen.add(got)
    assert seen == {True, False}  # the corpus holds texts of both layouts


# -- _continues: a line starting with a capital meets its last tests first ------------------
def _continues_before(
    prev: PP.Unit, text: str, blank: bool, indent: int, column: int | None, upper_now: bool | None = None
) -> bool:
    """_continues as it read before this round (its tests in their first order)."""
    e = prev.ends()
    c = text[:1]
    if e and (blank or not (c.islower() and prev.last[-1:] in ";:" and text[1:2] not in ")./")):
        return False
    if PP.starts_paragraph(text) and not (c in PP._WORD_FIRST and PP._CITED_PART.match(text)):
        return False
    if c in PP._STRUCTURAL_FIRST and text[:3] in PP._STRUCTURAL_STARTS and P.STRUCTURAL_TEXT.match(text, 0, 20):
        return False
    if upper_now is None:
        upper_now = P.is_upper_line(text)
    upper_prev = prev.upper
    lower = c.islower() if c.isalpha() else P.starts_lower(text)
    if upper_prev != upper_now and not lower:
        return False
    if blank:
        if (upper_prev and upper_now) or prev.first_is_marker():
            return False
        if lower:
            return True
        if text.lstrip()[:1].isdigit():
            return True
        return prev.length >= 100 and not upper_now and not (upper_prev and prev.length <= 120)
    if indent <= 1 and 2 <= prev.indent <= 12 and prev.lines == 1 and prev.column is None and column is None:
        return True
    if (
        not lower
        and prev.lines == 1
        and prev.length <= 80
        and (upper_prev or prev.first_is_marker())
        and not (not upper_prev and PP.ends_on_connector(prev.last))
    ):
        return False
    return lower or not (indent >= 4 and indent > prev.indent + 2 and prev.indent < 4)


_PREV_LINES = st.one_of(
    st.sampled_from(
        ["1. Kết quả", "I. MỞ ĐẦU", "KẾ HOẠCH", "Điều 5. Hiệu lực", "1. Theo quy định của", "Theo quy định của", "a) Nội dung"]
    ),
    st.builds(
        lambda head, n, tail: head + "x" * n + tail,
        st.sampled_from(["", "1. ", "Căn cứ ", "CHƯƠNG ", "A"]),
        st.sampled_from([60, 75, 76, 77, 78, 86, 87, 88, 96, 97, 98, 99, 100, 101, 116, 117, 118, 119, 120, 121]),
        st.sampled_from(["", ".", ";", " của", " và các", "A"]),
    ),
)
_CAPITAL_LINES = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(
        ["Năm ", "KẾ HOẠCH", "Điều 5. ", "Điều 5 Nghị định", "Chương VI Nghị định số", "Chương II", "Mục 1",
         "Căn cứ ", "CĂN CỨ", "Theo đề nghị", "Kính gửi", "Nơi nhận", "Luật ", "IV. ", "V", "X. ", "Đ", "Ⅳ",
         "Ω ", "א ", "Ǆ"]
    ),
    st.sampled_from(["", "thực hiện", "HỌP", "2025.", ":", " x"]),
)


@given(
    st.lists(_PREV_LINES, min_size=1, max_size=3),
    _CAPITAL_LINES,
    st.booleans(),
    st.integers(0, 8),
    st.sampled_from([0, 1, 2, 3, 12, 13]),
    st.sampled_from([None, 0]),
    st.sampled_from([None, 0]),
    st.booleans(),
)
def test_continues_a_capital_line_is_the_old_order(
    parts: list[str],
    text: str,
    blank: bool,
    indent: int,
    prev_indent: int,
    column: int | None,
    prev_column: int | None,
    give_upper: bool,
) -> None:
    def unit() -> PP.Unit:
        u = PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column)
        for part in parts[1:]:
            u.append(part)
        return u

    upper = P.is_upper_line(text) if give_upper else None
    want = _continues_before(unit(), text, blank, indent, column, upper)
    assert PP._continues(unit(), text, blank, indent, column, upper) == want


_CAPITAL_PREVS = [
    ["1. Kết quả"], ["I. MỞ ĐẦU"], ["KẾ HOẠCH"], ["Thực hiện theo quy định của"], ["1. Thực hiện theo quy định của"],
    ["Thực hiện theo quy định"],
    ["Kết quả;"], ["x" * 80], ["x" * 81], ["1. " + "x" * 77], ["1. " + "x" * 78], ["1. " + "x" * 97],
    ["x" * 99], ["x" * 100], ["A" * 100], ["A" * 120], ["A" * 121], ["x" * 60, "y" * 39], ["THỰC HIỆN", "KẾ HOẠCH"],
]
_CAPITAL_NEXTS = [
    "Năm 2025", "KẾ HOẠCH", "Điều 5. Hiệu lực", "Chương VI Nghị định số 1", "Chương II", "Căn cứ Luật", "CĂN CỨ",
    "Luật Quản lý thuế", "IV. KẾT LUẬN", "X", "Đ", "Ω x", "א x", "Nơi nhận:",
]


def test_continues_a_capital_line_on_every_combination() -> None:
    import itertools

    for parts, text, blank, indent, prev_indent, (column, prev_column) in itertools.product(
        _CAPITAL_PREVS, _CAPITAL_NEXTS, (False, True), (0, 1, 2, 4, 5), (0, 1, 2, 3, 12, 13),
        ((None, None), (0, None), (None, 0)),
    ):
        for upper in (P.is_upper_line(text), None):
            got, want = (PP.Unit(parts[0], _O, indent=prev_indent, column=prev_column) for _ in range(2))
            for part in parts[1:]:
                got.append(part)
                want.append(part)
            expected = _continues_before(want, text, blank, indent, column, upper)
            assert PP._continues(got, text, blank, indent, column, upper) == expected, (parts, text, blank, indent)
